//! The toolbar above the canvas: add, connect, delete, layout, size, zoom to fit, search,
//! filter, labels and legend. Every control has a visible, translated label, which is also
//! its accessible name.

use super::commands::search_matches;
use super::*;
use crate::i18n::Lang;
use crate::model::{Project, RelationStatus, Ring};
use crate::ui::Selection;
use std::collections::BTreeSet;

/// The label of a "size by" choice.
pub(super) fn size_label(size: SizeBy, lang: Lang) -> &'static str {
    use crate::analysis::Metric;
    match size {
        SizeBy::Importance => SIZE_IMPORTANCE.get(lang),
        SizeBy::Degree => Metric::Degree.label().get(lang),
        SizeBy::Betweenness => Metric::Betweenness.label().get(lang),
        SizeBy::Closeness => Metric::Closeness.label().get(lang),
    }
}

fn toggle_in<T: Ord>(ui: &mut egui::Ui, set: &mut BTreeSet<T>, value: T, text: &str) {
    let mut on = set.contains(&value);
    if ui.checkbox(&mut on, text).changed() {
        if on {
            set.insert(value);
        } else {
            set.remove(&value);
        }
    }
}

/// Draws the toolbar and returns what it asked for.
pub(super) fn show(ui: &mut egui::Ui, cx: &ViewCtx, state: &mut MapState) -> Vec<Action> {
    let (project, selection, lang) = (cx.project, &*cx.selection, cx.lang);
    let mut actions = Vec::new();
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(ADD_ACTOR.get(lang))
            .on_hover_text(ADD_ACTOR_HINT.get(lang))
            .clicked()
        {
            actions.push(Action::AddActor(None));
        }
        let connect = ui.add(egui::Button::new(CONNECT.get(lang)).selected(state.interaction.connect_mode));
        if connect.on_hover_text(CONNECT_HINT.get(lang)).clicked() {
            state.interaction.connect_mode = !state.interaction.connect_mode;
            state.interaction.connect_from = None;
        }
        let can_delete = *selection != Selection::None;
        if ui
            .add_enabled(can_delete, egui::Button::new(DELETE.get(lang)))
            .on_hover_text(DELETE_HINT.get(lang))
            .clicked()
        {
            actions.push(Action::Delete);
        }
        ui.separator();

        ui.menu_button(LAYOUT.get(lang), |ui| {
            if state.interaction.force.is_some() {
                if ui.button(FORCE_STOP.get(lang)).clicked() {
                    actions.push(Action::ForceStop);
                    ui.close();
                }
                if ui.button(FORCE_CANCEL.get(lang)).clicked() {
                    actions.push(Action::ForceCancel);
                    ui.close();
                }
            } else if ui
                .add_enabled(project.actors.len() > 1, egui::Button::new(FORCE_START.get(lang)))
                .clicked()
            {
                actions.push(Action::ForceStart);
                ui.close();
            }
            if ui
                .add_enabled(!project.actors.is_empty(), egui::Button::new(CONCENTRIC.get(lang)))
                .clicked()
            {
                actions.push(Action::Concentric);
                ui.close();
            }
            ui.separator();
            ui.checkbox(&mut state.options.show_ring_guides, RING_GUIDES.get(lang));
            ui.label(egui::RichText::new(LAYOUT_HINT.get(lang)).small().weak());
        });
        if state.interaction.force.is_some() && ui.button(FORCE_STOP.get(lang)).clicked() {
            actions.push(Action::ForceStop);
        }

        let size_text = format!("{}: {}", SIZE_BY.get(lang), size_label(state.options.size_by, lang));
        ui.menu_button(size_text, |ui| {
            for size in SizeBy::ALL {
                // Metrics come from the shared analysis; while a large network's first
                // analysis runs, symbols keep their importance sizes.
                if ui
                    .add(egui::Button::selectable(
                        state.options.size_by == size,
                        size_label(size, lang),
                    ))
                    .clicked()
                {
                    state.options.size_by = size;
                    ui.close();
                }
            }
        });

        if ui
            .button(ZOOM_FIT.get(lang))
            .on_hover_text(ZOOM_FIT_HINT.get(lang))
            .clicked()
        {
            actions.push(Action::Fit);
        }
        ui.separator();

        let label = ui.label(SEARCH.get(lang));
        let before = state.options.search.clone();
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut state.options.search)
                    .hint_text(SEARCH_HINT.get(lang))
                    .desired_width(120.0),
            )
            .labelled_by(label.id)
            .on_hover_text(SEARCH_TIP.get(lang));
        if state.options.search != before {
            state.interaction.search_cursor = 0;
            if search_matches(project, &state.options.search).len() == 1 {
                actions.push(Action::SearchNext);
            }
        }
        if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            actions.push(Action::SearchNext);
            search.request_focus();
        }
        if !state.options.search.trim().is_empty() {
            let count = search_matches(project, &state.options.search).len();
            let text = if count == 0 {
                SEARCH_NONE.get(lang).to_owned()
            } else {
                SEARCH_COUNT.fmt(lang, &[("count", &count)])
            };
            ui.label(egui::RichText::new(text).small());
        }

        let active = state.options.filter.condition_count();
        let filter_text = if active == 0 {
            FILTER.get(lang).to_owned()
        } else {
            FILTER_ACTIVE.fmt(lang, &[("count", &active)])
        };
        // Ticking a box keeps the menu open, so several conditions can be set at once.
        egui::containers::menu::MenuButton::new(filter_text)
            .config(keep_open())
            .ui(ui, |ui| filter_menu(ui, project, state, lang));
        ui.separator();
        ui.checkbox(&mut state.options.show_labels, LABELS.get(lang));
        ui.checkbox(&mut state.options.show_relation_labels, RELATION_LABELS.get(lang))
            .on_hover_text(RELATION_LABELS_HINT.get(lang));
        ui.checkbox(&mut state.options.show_legend, LEGEND.get(lang));
        ui.separator();
        if ui.button(crate::ui::present::ADD_VIEW_SLIDE.get(lang)).clicked() {
            actions.push(Action::AddViewSlide);
        }
    });
    actions
}

/// Menus that stay open while boxes are ticked; a click outside closes them.
fn keep_open() -> egui::containers::menu::MenuConfig {
    egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
}

/// A submenu of the filter menu, titled with the number of ticked boxes.
fn section(ui: &mut egui::Ui, title: &str, ticked: usize, content: impl FnOnce(&mut egui::Ui)) {
    let text = if ticked == 0 {
        title.to_owned()
    } else {
        format!("{title} ({ticked})")
    };
    egui::containers::menu::SubMenuButton::new(text)
        .config(keep_open())
        .ui(ui, |ui| {
            egui::ScrollArea::vertical().max_height(480.0).show(ui, content);
        });
}

/// A filter submenu with a box for each item of an editable list.
fn catalog_section(
    ui: &mut egui::Ui,
    title: &str,
    set: &mut BTreeSet<String>,
    catalog: &crate::model::Catalog,
    lang: Lang,
) {
    section(ui, title, set.len(), |ui| {
        for item in &catalog.0 {
            toggle_in(ui, set, item.key.clone(), item.label(lang));
        }
    });
}

/// The filter menu: kinds, tags, rings, flows and statuses; what does not match fades.
fn filter_menu(ui: &mut egui::Ui, project: &Project, state: &mut MapState, lang: Lang) {
    let filter = &mut state.options.filter;
    if ui
        .add_enabled(filter.is_active(), egui::Button::new(FILTER_CLEAR.get(lang)))
        .clicked()
    {
        *filter = Default::default();
    }
    ui.separator();
    catalog_section(
        ui,
        FILTER_KIND.get(lang),
        &mut filter.kinds,
        &project.catalogs.actor_kinds,
        lang,
    );
    section(ui, FILTER_RING.get(lang), filter.rings.len(), |ui| {
        for &ring in Ring::ALL {
            toggle_in(ui, &mut filter.rings, ring, ring.label().get(lang));
        }
    });
    section(ui, FILTER_TAG.get(lang), filter.tags.len(), |ui| {
        let tags: BTreeSet<&str> = project
            .actors
            .iter()
            .flat_map(|a| a.tags.iter().map(String::as_str))
            .collect();
        if tags.is_empty() {
            ui.label(egui::RichText::new(FILTER_NO_TAGS.get(lang)).weak());
        }
        for tag in tags {
            toggle_in(ui, &mut filter.tags, tag.to_owned(), tag);
        }
    });
    catalog_section(
        ui,
        FILTER_FLOW.get(lang),
        &mut filter.flows,
        &project.catalogs.flows,
        lang,
    );
    section(ui, FILTER_STATUS.get(lang), filter.statuses.len(), |ui| {
        for &status in RelationStatus::ALL {
            toggle_in(ui, &mut filter.statuses, status, status.label().get(lang));
        }
    });
}
