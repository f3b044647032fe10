//! Building blocks shared by the worksheets of the network-collaboration half of the cycle
//! (phases 6–9): row controls for tables and lists, actor pickers and actor chips, and the
//! member lists drawn from the map.

use crate::i18n::Lang;
use crate::model::{Actor, ActorId, Project, Ring};

crate::messages! {
    MOVE_UP = "Siirrä {row} ylös", "Move {row} up";
    MOVE_DOWN = "Siirrä {row} alas", "Move {row} down";
    DELETE_ROW = "Poista {row}", "Delete {row}";
    NO_ACTOR = "(ei valittu)", "(none chosen)";
    ADD_TO = "Lisää: {what}", "Add to {what}";
    REMOVE_FROM = "Poista {name}: {what}", "Remove {name} from {what}";
    EVERYONE_ADDED = "Kaikki kartan toimijat on jo lisätty.", "Every actor of the map is already added.";
    NO_ACTORS = "Kartalla ei ole vielä toimijoita: lisää ne vaiheessa 1.", "The map has no actors yet: add them in phase 1.";
    NOBODY = "ei ketään", "nobody";
}

/// A change to the order or content of a list, asked for by a row's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOp {
    /// Swap row `i` with the one above.
    Up(usize),
    /// Swap row `i` with the one below.
    Down(usize),
    /// Remove row `i`.
    Delete(usize),
}

/// Carries out `op` on `rows`; out-of-range operations do nothing.
pub fn apply_row_op<T>(rows: &mut Vec<T>, op: RowOp) {
    match op {
        RowOp::Up(i) if i > 0 && i < rows.len() => rows.swap(i - 1, i),
        RowOp::Down(i) if i + 1 < rows.len() => rows.swap(i, i + 1),
        RowOp::Delete(i) if i < rows.len() => {
            rows.remove(i);
        }
        _ => {}
    }
}

/// A small button showing `text` whose accessible name (and tooltip) is `name`.
pub fn icon_button(ui: &mut egui::Ui, enabled: bool, text: &str, name: &str) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(text).min_size(egui::vec2(26.0, 0.0)));
    let label = name.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::Button, enabled, &label));
    response.on_hover_text(name).on_disabled_hover_text(name)
}

/// Move-up, move-down and delete buttons for row `index` (0-based) of `len` rows, named
/// after `row` ("rule 2") for screen readers and tests: "Move rule 2 up", "Delete rule 2".
pub fn row_buttons(ui: &mut egui::Ui, index: usize, len: usize, row: &str, lang: Lang) -> Option<RowOp> {
    row_buttons_with(ui, index, len, row, true, lang).inner
}

/// [`row_buttons`] whose delete button can be disabled; the response is the buttons' group,
/// for a tooltip that explains why.
pub fn row_buttons_with(
    ui: &mut egui::Ui,
    index: usize,
    len: usize,
    row: &str,
    can_delete: bool,
    lang: Lang,
) -> egui::InnerResponse<Option<RowOp>> {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        let mut op = None;
        if icon_button(ui, index > 0, "↑", &MOVE_UP.fmt(lang, &[("row", &row)])).clicked() {
            op = Some(RowOp::Up(index));
        }
        if icon_button(ui, index + 1 < len, "↓", &MOVE_DOWN.fmt(lang, &[("row", &row)])).clicked() {
            op = Some(RowOp::Down(index));
        }
        if icon_button(ui, can_delete, "🗑", &DELETE_ROW.fmt(lang, &[("row", &row)])).clicked() {
            op = Some(RowOp::Delete(index));
        }
        op
    })
}

/// Width of the move-up, move-down and delete buttons.
pub const ROW_BUTTONS_WIDTH: f32 = 90.0;

/// An actor's name for lists, `#id` when it has none.
pub fn actor_label(project: &Project, id: ActorId) -> String {
    match project.actor(id) {
        Some(a) if !a.name.trim().is_empty() => a.name.clone(),
        _ => format!("#{id}"),
    }
}

/// A drop-down of the project's actors.
pub fn actor_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut ActorId,
    project: &Project,
    width: f32,
) -> egui::Response {
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .width(width)
        .truncate()
        .selected_text(actor_label(project, *value))
        .show_ui(ui, |ui| {
            for actor in &project.actors {
                changed |= ui
                    .selectable_value(value, actor.id, actor_label(project, actor.id))
                    .changed();
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    let label = label.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &label));
    response
}

/// A drop-down of the project's actors with a "none" choice.
pub fn optional_actor_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut Option<ActorId>,
    project: &Project,
    lang: Lang,
    width: f32,
) -> egui::Response {
    let mut changed = false;
    let selected = value.map_or_else(|| NO_ACTOR.get(lang).to_owned(), |id| actor_label(project, id));
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .width(width)
        .truncate()
        .selected_text(selected)
        .show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, NO_ACTOR.get(lang)).changed();
            for actor in &project.actors {
                changed |= ui
                    .selectable_value(value, Some(actor.id), actor_label(project, actor.id))
                    .changed();
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    let label = label.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &label));
    response
}

/// Actors shown as chips, each with a remove button, and an add menu of the actors not yet
/// in the list. `what` names the list for screen readers ("agreed by, rule 2"). Returns
/// whether the list changed.
pub fn actor_chips(ui: &mut egui::Ui, what: &str, list: &mut Vec<ActorId>, project: &Project, lang: Lang) -> bool {
    let mut remove = None;
    let mut add = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        for (i, &id) in list.iter().enumerate() {
            let name = actor_label(project, id);
            // A chip is a frame around two widgets, which a wrapping layout cannot measure in
            // advance: measure it here and start a new line when it would not fit.
            let font = egui::TextStyle::Body.resolve(ui.style());
            let text_width = ui
                .painter()
                .layout_no_wrap(format!("{name} ×"), font, egui::Color32::WHITE)
                .size()
                .x;
            let chip_width = text_width + 24.0;
            if ui.available_size_before_wrap().x < chip_width
                && ui.available_size_before_wrap().x < ui.max_rect().width()
            {
                ui.end_row();
            }
            chip(ui, |ui| {
                ui.label(&name);
                let remove_name = REMOVE_FROM.fmt(lang, &[("name", &name), ("what", &what)]);
                let x = ui.add(egui::Button::new("×").frame(false).small());
                x.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &remove_name));
                if x.on_hover_text(&remove_name).clicked() {
                    remove = Some(i);
                }
            });
        }
        let add_name = ADD_TO.fmt(lang, &[("what", &what)]);
        let menu = ui.menu_button("+", |ui| {
            let mut any = false;
            for actor in &project.actors {
                if list.contains(&actor.id) {
                    continue;
                }
                any = true;
                if ui.button(actor_label(project, actor.id)).clicked() {
                    add = Some(actor.id);
                    ui.close();
                }
            }
            if !any {
                ui.label(if project.actors.is_empty() {
                    NO_ACTORS.get(lang)
                } else {
                    EVERYONE_ADDED.get(lang)
                });
            }
        });
        menu.response
            .widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &add_name));
        menu.response.on_hover_text(&add_name);
    });
    if let Some(i) = remove {
        list.remove(i);
    }
    if let Some(id) = add {
        list.push(id);
    }
    remove.is_some() || add.is_some()
}

/// A rounded, lightly filled frame around a chip's content.
pub fn chip(ui: &mut egui::Ui, content: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .corner_radius(10.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                content(ui);
            });
        });
}

/// A multi-line text field with `visible` above it and `accessible` as its name for screen
/// readers (the visible label plus what it belongs to, so that names stay unique).
pub fn named_area(
    ui: &mut egui::Ui,
    visible: &str,
    accessible: &str,
    value: &mut String,
    rows: usize,
) -> egui::Response {
    ui.label(visible);
    let response = ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    );
    let label = accessible.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &label));
    response
}

/// Lays out `add` in a column exactly `width` wide. A grid offers a cell only as much room
/// as its column had in the previous frame, so a text field asking for more would stay as
/// narrow as the column's header; a fixed width avoids that.
pub fn fixed<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}

/// The cells of one table row, each drawn in the next column's width.
pub struct Cells<'a> {
    ui: &'a mut egui::Ui,
    widths: &'a [f32],
    next: usize,
}

impl Cells<'_> {
    /// Draws the next cell.
    pub fn cell<R>(&mut self, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let width = self.widths.get(self.next).copied().unwrap_or(60.0);
        self.next += 1;
        fixed(self.ui, width, add)
    }

    /// Draws the next cell as a column header.
    pub fn header(&mut self, text: &str) {
        self.cell(|ui| header(ui, text));
    }
}

/// Draws one row of a table whose columns have the given `widths`: cells are aligned at the
/// top (a multi-line cell makes its row taller, never overlaps the next one), and every
/// other row (`stripe`) gets a faint background. egui's Grid centres cells vertically and
/// sizes columns from the previous frame, which suits neither multi-line cells nor fixed
/// column widths.
pub fn table_row(ui: &mut egui::Ui, stripe: bool, widths: &[f32], add: impl FnOnce(&mut Cells<'_>)) {
    let background = ui.painter().add(egui::Shape::Noop);
    let row = ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = COLUMN_GAP;
        let mut cells = Cells { ui, widths, next: 0 };
        add(&mut cells);
    });
    if stripe {
        let rect = row.response.rect.expand2(egui::vec2(4.0, 2.0));
        ui.painter().set(
            background,
            egui::Shape::rect_filled(rect, 3.0, ui.visuals().faint_bg_color),
        );
    }
}

/// Space between table columns.
pub const COLUMN_GAP: f32 = 10.0;

/// The width left for flexible columns when `fixed` columns (and the gaps between all
/// `columns`) are taken from the available width, shared by `flexible` columns, at least `min`.
pub fn flexible_width(ui: &egui::Ui, fixed: f32, columns: usize, flexible: usize, min: f32) -> f32 {
    let gaps = COLUMN_GAP * columns.saturating_sub(1) as f32;
    ((ui.available_width() - fixed - gaps - 8.0) / flexible.max(1) as f32).max(min)
}

/// A multi-line text field in a table cell, `width` wide, named `label` for screen readers.
pub fn cell_area(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    fixed(ui, width, |ui| {
        let response = ui.add(egui::TextEdit::multiline(value).desired_rows(1).desired_width(width));
        let label = label.to_owned();
        response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &label));
        response
    })
}

/// A one-line text field in a table cell, `width` wide, named `label` for screen readers.
pub fn text_cell(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    fixed(ui, width, |ui| crate::ui::widgets::cell_text(ui, label, value, width))
}

/// A date field in a table cell, named `label` for screen readers.
pub fn date_cell(ui: &mut egui::Ui, label: &str, value: &mut Option<crate::model::Date>) -> egui::Response {
    fixed(ui, 100.0, |ui| crate::ui::widgets::date_field(ui, label, value))
}

/// The actors of the core ring, then the partners, each in the map's order: the network's
/// members as the method counts them.
pub fn core_then_partners(project: &Project) -> Vec<&Actor> {
    let core = project.actors.iter().filter(|a| a.ring == Ring::Core);
    let partners = project.actors.iter().filter(|a| a.ring == Ring::Partner);
    core.chain(partners).collect()
}

/// The actors of the core ring, in the map's order.
pub fn core_members(project: &Project) -> Vec<ActorId> {
    project
        .actors
        .iter()
        .filter(|a| a.ring == Ring::Core)
        .map(|a| a.id)
        .collect()
}

/// Names of `ids` joined by commas, or "nobody".
pub fn names(project: &Project, ids: &[ActorId], lang: Lang) -> String {
    if ids.is_empty() {
        return NOBODY.get(lang).to_owned();
    }
    ids.iter()
        .map(|&id| actor_label(project, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A section title: larger than body text, with a little room above.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(egui::RichText::new(title).heading().size(18.0));
    ui.add_space(2.0);
}

/// A column header of a table.
pub fn header(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).strong());
}

/// The edit queue helper: queue `edit` as its own undo step after a button or menu choice
/// (`step`), else merged while the same field keeps the focus.
pub fn emit(ui: &egui::Ui, out: &mut crate::app::Outbox, step: bool, edit: crate::model::Edit) {
    if step {
        out.edit_step(edit);
    } else {
        out.edit(ui.ctx(), edit);
    }
}
