//! Building blocks shared by the worksheets of the network-collaboration half of the cycle
//! (phases 6–9): row controls for tables and lists, actor pickers and actor chips, and the
//! member lists drawn from the map.

use crate::i18n::Lang;
use crate::model::{Actor, ActorId, Project, Ring};

crate::messages! {
    MOVE_UP = "Siirrä rivi {n} ylös", "Move row {n} up";
    MOVE_DOWN = "Siirrä rivi {n} alas", "Move row {n} down";
    DELETE_ROW = "Poista rivi {n}", "Delete row {n}";
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
/// "Move row 2 up" and so on for screen readers and tests.
pub fn row_buttons(ui: &mut egui::Ui, index: usize, len: usize, lang: Lang) -> Option<RowOp> {
    let n = index + 1;
    let mut op = None;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        if icon_button(ui, index > 0, "↑", &MOVE_UP.fmt(lang, &[("n", &n)])).clicked() {
            op = Some(RowOp::Up(index));
        }
        if icon_button(ui, index + 1 < len, "↓", &MOVE_DOWN.fmt(lang, &[("n", &n)])).clicked() {
            op = Some(RowOp::Down(index));
        }
        if icon_button(ui, true, "🗑", &DELETE_ROW.fmt(lang, &[("n", &n)])).clicked() {
            op = Some(RowOp::Delete(index));
        }
    });
    op
}

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

/// A multi-line text field in a table cell, named `label` for screen readers.
pub fn cell_area(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    let response = ui.add(egui::TextEdit::multiline(value).desired_rows(1).desired_width(width));
    let label = label.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &label));
    response
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
