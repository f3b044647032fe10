//! Building blocks for the worksheets' row tables: fixed-width cells so a header lines up with
//! the rows below it, row controls (move up, move down, delete) with spoken names, actor
//! pickers that show the chosen names as chips, choices from the project's editable lists,
//! and a compact numbered scale.
//!
//! Every control gets an accessible name built from the column and the row, e.g.
//! "Service, row 2" or "Move goal 3 up", so screen readers and tests can find it.

use crate::i18n::{Lang, Tr};
use crate::model::{ActorId, Catalog, Project};
use egui::{Color32, RichText, WidgetInfo, WidgetType};

crate::messages! {
    MOVE_UP = "Siirrä {item} {n} ylös", "Move {item} {n} up";
    MOVE_DOWN = "Siirrä {item} {n} alas", "Move {item} {n} down";
    DELETE = "Poista {item} {n}", "Delete {item} {n}";
    CELL = "{column}, {item} {n}", "{column}, {item} {n}";
    NO_ACTORS = "Kartalla ei ole vielä toimijoita. Lisää ne vaiheessa 1.", "There are no actors on the map yet. Add them in phase 1.";
    CHOOSE = "Valitse…", "Choose…";
    NONE_CHOSEN = "Ei valittu", "None chosen";
    REMOVE_CHIP = "Poista {name} kentästä {field}", "Remove {name} from {field}";
    UNKNOWN_ITEM = "(tuntematon: {key})", "(unknown: {key})";
    OWN_MARK = "(oma)", "(own)";
    EMPTY_TABLE = "Ei vielä rivejä.", "No rows yet.";
}

/// Colour of marks that point out a change (a role to change, a tie to deepen): a blue of the
/// cycle's own-organisation half, dark on a light theme and light on a dark one.
pub fn accent(ui: &egui::Ui) -> Color32 {
    let hues = crate::ui::style::OWN_HUES;
    if ui.visuals().dark_mode { hues[4] } else { hues[0] }
}

/// Height of one table line: a text field or a button.
pub const LINE: f32 = 26.0;

/// A change to a list's order or length asked for by a row's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOp {
    /// Swap the row with the one above.
    Up(usize),
    /// Swap the row with the one below.
    Down(usize),
    /// Remove the row.
    Delete(usize),
}

impl RowOp {
    /// Applies the change to `rows`; out-of-range rows are ignored.
    pub fn apply<T>(self, rows: &mut Vec<T>) {
        match self {
            RowOp::Up(i) if i > 0 && i < rows.len() => rows.swap(i - 1, i),
            RowOp::Down(i) if i + 1 < rows.len() => rows.swap(i, i + 1),
            RowOp::Delete(i) if i < rows.len() => {
                rows.remove(i);
            }
            _ => {}
        }
    }
}

/// The accessible name of a cell: "{column}, {item} {n}" (n is 1-based).
pub fn cell_name(lang: Lang, column: Tr, item: Tr, index: usize) -> String {
    CELL.fmt(
        lang,
        &[
            ("column", &column.get(lang)),
            ("item", &item.get(lang)),
            ("n", &(index + 1)),
        ],
    )
}

/// Gives `response` the accessible name `label` (and a matching tooltip for icon buttons).
pub fn name(response: &egui::Response, typ: WidgetType, label: &str) {
    let label = label.to_owned();
    let enabled = response.enabled();
    response.widget_info(move || WidgetInfo::labeled(typ, enabled, &label));
}

/// A small icon button whose accessible name and tooltip is `label`.
pub fn icon_button(ui: &mut egui::Ui, enabled: bool, icon: &str, label: &str) -> bool {
    let response = ui
        .add_enabled(enabled, egui::Button::new(icon).min_size(egui::vec2(LINE, LINE)))
        .on_hover_text(label)
        .on_disabled_hover_text(label);
    name(&response, WidgetType::Button, label);
    response.clicked()
}

/// Move up, move down and delete buttons for row `index` of `len`, named after `item`.
pub fn row_controls(ui: &mut egui::Ui, lang: Lang, item: Tr, index: usize, len: usize) -> Option<RowOp> {
    let args = |tr: Tr| tr.fmt(lang, &[("item", &item.get(lang)), ("n", &(index + 1))]);
    let mut op = None;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        // Narrow padding keeps each icon button a LINE-sized square.
        ui.spacing_mut().button_padding = egui::vec2(4.0, 2.0);
        if icon_button(ui, index > 0, "⬆", &args(MOVE_UP)) {
            op = Some(RowOp::Up(index));
        }
        if icon_button(ui, index + 1 < len, "⬇", &args(MOVE_DOWN)) {
            op = Some(RowOp::Down(index));
        }
        if icon_button(ui, true, "🗑", &args(DELETE)) {
            op = Some(RowOp::Delete(index));
        }
    });
    op
}

/// A cell of fixed `width` whose contents are laid out top-down; rows of cells placed with
/// `ui.horizontal_top` line up with a [`header`] of the same widths.
pub fn cell<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        egui::vec2(width, LINE),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}

/// A header row: each title in a cell of its width, in the weak, bold style of table heads.
pub fn header(ui: &mut egui::Ui, columns: &[(&str, f32)]) {
    ui.horizontal_top(|ui| {
        for &(title, width) in columns {
            cell(ui, width, |ui| {
                ui.add(egui::Label::new(RichText::new(title).strong().color(ui.visuals().weak_text_color())).wrap());
            });
        }
    });
}

/// The frame of one row: a light card, alternating shade, so long rows stay readable on a
/// projector.
pub fn row_frame(ui: &egui::Ui, index: usize) -> egui::Frame {
    let visuals = ui.visuals();
    // Both shades differ from the text fields' background, so empty fields stay visible.
    let fill = if index.is_multiple_of(2) {
        visuals.faint_bg_color
    } else {
        visuals.panel_fill
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(8, 6))
}

/// A one-line text field of `width` named `label`.
pub fn text_cell(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    let response = ui.add(egui::TextEdit::singleline(value).desired_width(width));
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A text field of `width` named `label` that wraps long text onto more lines (names of
/// services and competences can be long).
/// The text stays one line: Enter inserts nothing and pasted line breaks become spaces.
pub fn wrapping_cell(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    let response = ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(1)
            .desired_width(width)
            .return_key(None),
    );
    if response.changed() && value.contains(['\n', '\r']) {
        *value = value.replace("\r\n", " ").replace(['\n', '\r'], " ");
    }
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A multi-line text field of `width` with a small caption above; the caption names it.
pub fn text_block(ui: &mut egui::Ui, caption: &str, label: &str, value: &mut String, width: f32) -> egui::Response {
    ui.label(RichText::new(caption).small().color(ui.visuals().weak_text_color()));
    let response = ui.add(egui::TextEdit::multiline(value).desired_rows(2).desired_width(width));
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A drop-down of the items of an editable list, by key. An unknown key (a list item that was
/// removed) is shown as such and kept until the user picks another.
pub fn catalog_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    catalog: &Catalog,
    lang: Lang,
    key: &mut String,
    width: f32,
) -> bool {
    let selected = match catalog.get(key) {
        Some(item) => item.label(lang).to_owned(),
        None => UNKNOWN_ITEM.fmt(lang, &[("key", key)]),
    };
    let mut changed = false;
    let response = egui::ComboBox::from_id_salt(id_salt)
        .width(width)
        .height(420.0)
        .truncate()
        .selected_text(selected)
        .show_ui(ui, |ui| {
            for item in &catalog.0 {
                if ui.selectable_label(*key == item.key, item.label(lang)).clicked() && *key != item.key {
                    key.clone_from(&item.key);
                    changed = true;
                }
            }
        });
    let hover = catalog.label(key, lang).to_owned();
    name(&response.response, WidgetType::ComboBox, label);
    response.response.on_hover_text(hover);
    changed
}

/// A drop-down of fixed values shown by `text`.
pub fn value_choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    options: &[T],
    width: f32,
    text: impl Fn(T) -> String,
) -> bool {
    let mut changed = false;
    let response = egui::ComboBox::from_id_salt(id_salt)
        .width(width)
        .truncate()
        .selected_text(text(*value))
        .show_ui(ui, |ui| {
            for &option in options {
                if ui.selectable_label(*value == option, text(option)).clicked() && *value != option {
                    *value = option;
                    changed = true;
                }
            }
        });
    name(&response.response, WidgetType::ComboBox, label);
    changed
}

/// The actors a picker offers, sorted by name, the own organisation marked.
fn actor_options(project: &Project, lang: Lang) -> Vec<(ActorId, String)> {
    let mut actors: Vec<(ActorId, String)> = project
        .actors
        .iter()
        .map(|a| {
            let name = if a.own {
                format!("{} {}", a.name, OWN_MARK.get(lang))
            } else {
                a.name.clone()
            };
            (a.id, name)
        })
        .collect();
    actors.sort_by_key(|(_, n)| n.to_lowercase());
    actors
}

/// A drop-down of the project's actors for a single reference.
pub fn actor_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    project: &Project,
    lang: Lang,
    value: &mut ActorId,
    width: f32,
) -> bool {
    let current = if project.actor(*value).is_some() {
        project.actor_name(*value)
    } else {
        CHOOSE.get(lang).to_owned()
    };
    let mut changed = false;
    let response = egui::ComboBox::from_id_salt(id_salt)
        .width(width)
        .truncate()
        .selected_text(current)
        .show_ui(ui, |ui| {
            let options = actor_options(project, lang);
            if options.is_empty() {
                ui.label(NO_ACTORS.get(lang));
            }
            for (id, name) in options {
                if ui.selectable_label(*value == id, name).clicked() && *value != id {
                    *value = id;
                    changed = true;
                }
            }
        });
    name(&response.response, WidgetType::ComboBox, label);
    changed
}

/// A chip: a name with "×" in a rounded box; clicking it removes the name. It is one widget,
/// so a row of chips wraps within its cell. Its accessible name is `remove_label`.
fn chip(ui: &mut egui::Ui, text: &str, remove_label: &str) -> bool {
    let fill = ui.visuals().selection.bg_fill.gamma_multiply(0.3);
    // A name longer than the cell is shortened with "…" (the full name is in the tooltip), so
    // that one long name does not widen its column.
    let room = ui.max_rect().width() - 2.0 * ui.spacing().button_padding.x;
    let shown = fit_text(ui, &format!("{text}  ×"), "  ×", room);
    let response = ui
        .add(
            egui::Button::new(shown)
                .fill(fill)
                .stroke(egui::Stroke::NONE)
                .corner_radius(10.0)
                .wrap_mode(egui::TextWrapMode::Extend),
        )
        .on_hover_text(format!("{text}\n{remove_label}"));
    name(&response, WidgetType::Button, remove_label);
    response.clicked()
}

/// `text` as it fits in `width` in the button font: whole, or shortened before `suffix` with
/// "…".
fn fit_text(ui: &egui::Ui, text: &str, suffix: &str, width: f32) -> String {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let measure = |t: &str| ui.fonts_mut(|f| f.layout_no_wrap(t.to_owned(), font.clone(), Color32::WHITE).size().x);
    if measure(text) <= width {
        return text.to_owned();
    }
    let mut head: Vec<char> = text.strip_suffix(suffix).unwrap_or(text).chars().collect();
    while head.len() > 1 {
        head.pop();
        let candidate = format!("{}…{suffix}", head.iter().collect::<String>().trim_end());
        if measure(&candidate) <= width {
            return candidate;
        }
    }
    text.to_owned()
}

/// Several actors: chips of the chosen ones and a menu with a check box per actor. `field`
/// is the field's name for the chips' remove buttons, `label` the menu button's name.
pub fn actor_set(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    field: &str,
    label: &str,
    project: &Project,
    lang: Lang,
    chosen: &mut Vec<ActorId>,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        let mut remove = None;
        for (i, &id) in chosen.iter().enumerate() {
            let actor_name = project.actor_name(id);
            let remove_label = REMOVE_CHIP.fmt(lang, &[("name", &actor_name), ("field", &field)]);
            if chip(ui, &actor_name, &remove_label) {
                remove = Some(i);
            }
        }
        if let Some(i) = remove {
            chosen.remove(i);
            changed = true;
        }
        // The menu stays open while boxes are ticked, so several actors can be chosen at once.
        let config =
            egui::containers::menu::MenuConfig::default().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        let (response, _) = egui::containers::menu::MenuButton::new(format!("{} ⏷", CHOOSE.get(lang)))
            .config(config)
            .ui(ui, |ui| {
                ui.push_id(&id_salt, |ui| {
                    let options = actor_options(project, lang);
                    if options.is_empty() {
                        ui.label(NO_ACTORS.get(lang));
                    }
                    for (id, name) in options {
                        let mut on = chosen.contains(&id);
                        if ui.checkbox(&mut on, name).changed() {
                            if on {
                                chosen.push(id);
                            } else {
                                chosen.retain(|&a| a != id);
                            }
                            changed = true;
                        }
                    }
                });
            });
        name(&response, WidgetType::Button, label);
    });
    changed
}

/// A compact scale of numbers `min..=max`; clicking a number sets it. Each number is a radio
/// button named "{label}: {n}".
pub fn scale(ui: &mut egui::Ui, label: &str, value: &mut u8, min: u8, max: u8) -> bool {
    let mut current = Some(*value);
    let changed = scale_opt(ui, label, &mut current, min, max, None);
    if let Some(v) = current {
        *value = v;
    }
    changed
}

/// Like [`scale`], for a value that may be unset; with `clear` given, a "–" button named
/// `clear` unsets it.
pub fn scale_opt(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<u8>,
    min: u8,
    max: u8,
    clear: Option<&str>,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for n in min..=max {
            let selected = *value == Some(n);
            let response = ui.add(egui::Button::selectable(selected, n.to_string()).min_size(egui::vec2(24.0, LINE)));
            let spoken = format!("{label}: {n}");
            response.widget_info(|| WidgetInfo::selected(WidgetType::RadioButton, true, selected, &spoken));
            if response.clicked() && !selected {
                *value = Some(n);
                changed = true;
            }
        }
        if let Some(clear) = clear {
            let response = ui
                .add_enabled(value.is_some(), egui::Button::new("–").min_size(egui::vec2(24.0, LINE)))
                .on_hover_text(clear);
            name(&response, WidgetType::Button, clear);
            if response.clicked() {
                *value = None;
                changed = true;
            }
        }
    });
    changed
}

/// A button that opens a menu, showing `text` with a drop-down mark; its accessible name is
/// `text` alone.
pub fn menu_button(ui: &mut egui::Ui, text: &str, content: impl FnOnce(&mut egui::Ui)) {
    let response = ui.menu_button(format!("{text} ⏷"), content).response;
    name(&response, WidgetType::Button, text);
}

/// A section title inside a worksheet, one step below the phase's heading.
pub fn section_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(text).heading().size(18.0));
}

/// A coloured badge with white text, e.g. a gap.
pub fn badge(ui: &mut egui::Ui, text: &str, fill: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(text).strong().color(Color32::WHITE));
        })
        .response
}

/// The hint shown in place of an empty table.
pub fn empty_hint(ui: &mut egui::Ui, lang: Lang) {
    ui.label(
        RichText::new(EMPTY_TABLE.get(lang))
            .italics()
            .color(ui.visuals().weak_text_color()),
    );
}
