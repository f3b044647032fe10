//! Drop-down choices. One generic [`choice`] draws every combo box (change marking, accessible
//! name, read-only text); the others only say what the options are: an editable list
//! (catalog, with colour swatches where its items have colours), a fixed set of values, an enumeration, an
//! actor, or an actor or none.

use super::{CHOOSE, NO_ACTOR, NO_ACTORS, OWN_MARK, UNKNOWN_ITEM, is_read_only, value_text};
use crate::i18n::{Lang, Tr};
use crate::model::{ActorId, Catalog, Project};
use egui::{WidgetInfo, WidgetType};

/// How a combo box looks: its width (texts longer than it are cut with "…"), the popup's
/// height (`None` leaves egui's default) and the text shown in an empty list.
#[derive(Clone, Copy, Debug, Default)]
pub struct Look<'a> {
    /// The closed box's width.
    pub width: Option<f32>,
    /// The open list's greatest height.
    pub height: Option<f32>,
    /// Shown in the open list when there are no options.
    pub empty: Option<&'a str>,
    /// The open list's least width, for a narrow box with long option texts.
    pub popup_width: Option<f32>,
}

impl Look<'_> {
    /// A box `width` wide.
    pub fn width(width: f32) -> Self {
        Look {
            width: Some(width),
            ..Look::default()
        }
    }
}

/// A drop-down named `label` showing `selected`; the options are built only while the list is
/// open. The response is marked changed when the user
/// picked another value. Read-only views show `selected` as text.
pub fn choice<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    selected: String,
    look: Look<'_>,
    options: impl FnOnce() -> Vec<(T, String)>,
) -> egui::Response {
    let shown = selected.clone().into();
    rich_choice(ui, id_salt, label, value, (selected, shown), look, |_| {
        options().into_iter().map(|(o, text)| (o, text, None)).collect()
    })
}

/// [`choice`] whose box and options may show formatted text (a colour swatch): `selected` is
/// the plain text and what is shown, and each option is a value, its plain text (its name
/// for screen readers) and what is shown instead, if anything.
#[allow(clippy::type_complexity)]
fn rich_choice<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    (selected, shown): (String, egui::WidgetText),
    look: Look<'_>,
    options: impl FnOnce(&egui::Ui) -> Vec<(T, String, Option<egui::WidgetText>)>,
) -> egui::Response {
    if is_read_only(ui) {
        return value_text(ui, &selected);
    }
    let mut combo = egui::ComboBox::from_id_salt(id_salt).selected_text(shown);
    if let Some(width) = look.width {
        combo = combo.width(width).truncate();
    }
    if let Some(height) = look.height {
        combo = combo.height(height);
    }
    let mut changed = false;
    let mut response = combo
        .show_ui(ui, |ui| {
            if let Some(width) = look.popup_width {
                ui.set_min_width(width);
            }
            let options = options(ui);
            if options.is_empty()
                && let Some(empty) = look.empty
            {
                ui.label(empty);
            }
            for (option, text, rich) in options {
                let is_selected = *value == option;
                let response = match rich {
                    None => ui.selectable_label(is_selected, text),
                    Some(rich) => {
                        let response = ui.add(egui::Button::selectable(is_selected, rich));
                        response.widget_info(|| {
                            WidgetInfo::selected(WidgetType::SelectableLabel, true, is_selected, &text)
                        });
                        response
                    }
                };
                if response.clicked() && !is_selected {
                    *value = option;
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    let label = label.to_owned();
    let enabled = response.enabled();
    // The chosen value is announced with the name.
    response.widget_info(move || {
        let mut info = WidgetInfo::labeled(WidgetType::ComboBox, enabled, &label);
        info.current_text_value = Some(selected.clone());
        info
    });
    response
}

/// A drop-down of fixed values shown by `text`.
pub fn value_choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    options: &[T],
    look: Look<'_>,
    text: impl Fn(T) -> String,
) -> egui::Response {
    let selected = text(*value);
    choice(ui, id_salt, label, value, selected, look, || {
        options.iter().map(|&o| (o, text(o))).collect()
    })
}

/// Two drop-downs over the same `options` side by side, each after its caption: what is
/// compared with what (two rounds, two versions). `captions` are each box's shown caption and
/// its accessible name.
pub fn choice_pair<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    captions: [(&str, &str); 2],
    values: [&mut T; 2],
    options: &[T],
    look: Look<'_>,
    text: impl Fn(T) -> String,
) {
    for (i, ((caption, label), value)) in captions.into_iter().zip(values).enumerate() {
        if i > 0 {
            ui.add_space(12.0);
        }
        ui.label(caption);
        value_choice(ui, label, label, value, options, look, &text);
    }
}

/// A drop-down of a labelled enumeration (`ALL` and `label()`).
pub fn enum_choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    all: &[T],
    label_of: impl Fn(T) -> Tr,
    lang: Lang,
) -> egui::Response {
    value_choice(ui, id_salt, label, value, all, Look::default(), |v| {
        label_of(v).get(lang).to_owned()
    })
}

/// A drop-down of the items of an editable list, by key; items with a colour (actor kinds)
/// are shown after their colour swatch. An unknown key (a list item that was removed) is
/// shown as such and kept until the user picks another.
pub fn catalog_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    catalog: &Catalog,
    lang: Lang,
    key: &mut String,
    width: f32,
) -> egui::Response {
    let selected = match catalog.get(key) {
        Some(item) => item.label(lang).to_owned(),
        None => UNKNOWN_ITEM.fmt(lang, &[("key", key)]),
    };
    let look = Look {
        height: Some(420.0),
        ..Look::width(width)
    };
    let shown = swatch_text(ui, catalog, key, &selected).unwrap_or_else(|| selected.clone().into());
    let response = rich_choice(ui, id_salt, label, key, (selected.clone(), shown), look, |ui| {
        catalog
            .0
            .iter()
            .map(|i| {
                let text = i.label(lang).to_owned();
                let rich = swatch_text(ui, catalog, &i.key, &text);
                (i.key.clone(), text, rich)
            })
            .collect()
    });
    response.on_hover_text(selected)
}

/// A catalog item's colour, if it has one.
fn catalog_colour(catalog: &Catalog, key: &str) -> Option<egui::Color32> {
    catalog
        .get(key)
        .and_then(|item| item.colour)
        .map(|[r, g, b]| egui::Color32::from_rgb(r, g, b))
}

/// `text` (an item's label) after the item's colour swatch, if it has a colour (the colour is
/// never the only cue: the name is always written out).
fn swatch_text(ui: &egui::Ui, catalog: &Catalog, key: &str, text: &str) -> Option<egui::WidgetText> {
    use egui::text::{LayoutJob, TextFormat};
    let colour = catalog_colour(catalog, key)?;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let mut job = LayoutJob::default();
    job.append("● ", 0.0, TextFormat::simple(font.clone(), colour));
    job.append(text, 0.0, TextFormat::simple(font, ui.visuals().text_color()));
    Some(job.into())
}

/// The actors a picker offers, sorted by name, the own organisation marked.
pub(super) fn actor_options(project: &Project, lang: Lang) -> Vec<(ActorId, String)> {
    let mut actors: Vec<(ActorId, String)> = project
        .actors
        .iter()
        .map(|a| {
            let name = project.actor_name(a.id);
            if a.own {
                (a.id, format!("{name} {}", OWN_MARK.get(lang)))
            } else {
                (a.id, name)
            }
        })
        .collect();
    actors.sort_by_key(|(_, n)| n.to_lowercase());
    actors
}

/// A drop-down of the project's actors for a single reference; an id that names nobody shows
/// "Choose…".
pub fn actor_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    project: &Project,
    lang: Lang,
    value: &mut ActorId,
    width: f32,
) -> egui::Response {
    let selected = if project.actor(*value).is_some() {
        project.actor_name(*value)
    } else {
        CHOOSE.get(lang).to_owned()
    };
    let look = Look {
        empty: Some(NO_ACTORS.get(lang)),
        ..Look::width(width)
    };
    choice(ui, id_salt, label, value, selected, look, || {
        actor_options(project, lang)
    })
}

/// A drop-down of the project's actors with a "none chosen" choice first.
pub fn optional_actor_choice(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    project: &Project,
    lang: Lang,
    value: &mut Option<ActorId>,
    width: f32,
) -> egui::Response {
    let none = NO_ACTOR.get(lang).to_owned();
    let selected = value.map_or_else(|| none.clone(), |id| project.actor_name(id));
    choice(ui, id_salt, label, value, selected, Look::width(width), || {
        std::iter::once((None, none))
            .chain(actor_options(project, lang).into_iter().map(|(id, n)| (Some(id), n)))
            .collect()
    })
}
