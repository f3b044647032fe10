//! Chips and sets of actors: the chosen actors as removable chips, and a menu to add more.

use super::{ADD_TO, CHOOSE, EVERYONE_ADDED, NO_ACTORS, REMOVE_CHIP, choice::actor_options, is_read_only, name};
use crate::i18n::Lang;
use crate::model::{ActorId, Project};
use egui::{Color32, WidgetType};

/// How an actor set offers more actors.
#[derive(Clone, Copy, Debug)]
pub enum SetMenu<'a> {
    /// "Choose… ⏷": a menu with a check box per actor that stays open, so several actors can
    /// be ticked at once; the menu button is named by the text.
    Toggle(&'a str),
    /// "+": a menu of the actors not yet chosen, one click adds one and closes it; the button
    /// is named "Add to {field}".
    Add,
}

/// A chip: a name with "×" in a rounded box; clicking it removes the name. It is one widget,
/// so a row of chips wraps within its cell. Its accessible name is `remove_label`.
pub fn chip(ui: &mut egui::Ui, text: &str, remove_label: &str) -> bool {
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

/// The names of `ids` joined by commas, or "nobody".
pub fn names(project: &Project, ids: &[ActorId], lang: Lang) -> String {
    if ids.is_empty() {
        super::NOBODY.get(lang).to_owned()
    } else {
        project.actor_names(ids)
    }
}

/// Names as chips that cannot be removed (read-only views), or "nobody".
pub fn chip_row(ui: &mut egui::Ui, names: &[String], lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        if names.is_empty() {
            ui.weak(super::NOBODY.get(lang));
        }
        for text in names {
            egui::Frame::new()
                .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.3))
                .corner_radius(10.0)
                .inner_margin(egui::Margin::symmetric(8, 2))
                .show(ui, |ui| ui.label(text));
        }
    });
}

/// Several actors: chips of the chosen ones (clicking one removes it, named "Remove {name} from
/// {field}") and a menu to choose more. Returns whether the list changed.
pub fn actor_set(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    field: &str,
    menu: SetMenu<'_>,
    project: &Project,
    lang: Lang,
    chosen: &mut Vec<ActorId>,
) -> bool {
    if is_read_only(ui) {
        let names: Vec<String> = chosen.iter().map(|&id| project.actor_name(id)).collect();
        chip_row(ui, &names, lang);
        return false;
    }
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
        changed |= match menu {
            SetMenu::Toggle(label) => toggle_menu(ui, egui::Id::new(&id_salt), label, project, lang, chosen),
            SetMenu::Add => add_menu(ui, field, project, lang, chosen),
        };
    });
    changed
}

/// The "Choose… ⏷" menu of check boxes; it stays open while boxes are ticked.
fn toggle_menu(
    ui: &mut egui::Ui,
    salt: egui::Id,
    label: &str,
    project: &Project,
    lang: Lang,
    chosen: &mut Vec<ActorId>,
) -> bool {
    let mut changed = false;
    let config =
        egui::containers::menu::MenuConfig::default().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let (response, _) = egui::containers::menu::MenuButton::new(format!("{} ⏷", CHOOSE.get(lang)))
        .config(config)
        .ui(ui, |ui| {
            ui.push_id(salt, |ui| {
                let options = actor_options(project, lang);
                if options.is_empty() {
                    ui.label(NO_ACTORS.get(lang));
                }
                for (id, text) in options {
                    let mut on = chosen.contains(&id);
                    if ui.checkbox(&mut on, text).changed() {
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
    changed
}

/// The "+" menu of the actors not chosen yet; a click adds one.
fn add_menu(ui: &mut egui::Ui, field: &str, project: &Project, lang: Lang, chosen: &mut Vec<ActorId>) -> bool {
    let mut add = None;
    let label = ADD_TO.fmt(lang, &[("what", &field)]);
    let menu = ui.menu_button("+", |ui| {
        let options: Vec<_> = actor_options(project, lang)
            .into_iter()
            .filter(|(id, _)| !chosen.contains(id))
            .collect();
        if options.is_empty() {
            ui.label(if project.actors.is_empty() {
                NO_ACTORS.get(lang)
            } else {
                EVERYONE_ADDED.get(lang)
            });
        }
        for (id, text) in options {
            if ui.button(text).clicked() {
                add = Some(id);
                ui.close();
            }
        }
    });
    name(&menu.response, WidgetType::Button, &label);
    menu.response.on_hover_text(&label);
    if let Some(id) = add {
        chosen.push(id);
    }
    add.is_some()
}

/// A "+ Add …" menu button (named `text`) listing `options`; a click picks one actor and
/// closes the menu. Without options the button is disabled and its tooltip says `why`. Hidden
/// in read-only mode.
pub fn actor_menu(ui: &mut egui::Ui, text: &str, options: &[(ActorId, String)], why: &str) -> Option<ActorId> {
    if is_read_only(ui) {
        return None;
    }
    let mut picked = None;
    let menu = ui.add_enabled_ui(!options.is_empty(), |ui| {
        super::menu_button(ui, text, |ui| {
            for (id, option) in options {
                if ui.button(option).clicked() {
                    picked = Some(*id);
                    ui.close();
                }
            }
        });
    });
    if options.is_empty() {
        menu.response.on_disabled_hover_text(why);
    }
    picked
}

/// The actors of `ids` with their names, in that order, for [`actor_menu`].
pub fn actor_options_of(project: &Project, ids: impl IntoIterator<Item = ActorId>) -> Vec<(ActorId, String)> {
    ids.into_iter().map(|id| (id, project.actor_name(id))).collect()
}

/// Why an add menu of actors has nothing to offer: the map is empty, or all are added.
pub fn no_actors_left(project: &Project, lang: Lang) -> &'static str {
    if project.actors.is_empty() {
        NO_ACTORS.get(lang)
    } else {
        EVERYONE_ADDED.get(lang)
    }
}
