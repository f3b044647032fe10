//! Context menus on actors, relations and empty canvas. Changes made here are ordinary
//! edits: each one an undo step (typing a new name is one step per field visit).

use super::*;
use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::{Actor, Edit, Project, Relation, RelationStatus, Ring};
use crate::ui::Selection;
use crate::ui::map::actions::{self, set_actor, set_relation};
use crate::ui::map::state::Target;
use egui::Pos2;

/// Shows the context menu of whatever was right-clicked last.
pub(super) fn context_menu(
    response: &egui::Response,
    cx: &mut ViewCtx,
    state: &mut MapState,
    requests: &mut Vec<Action>,
) {
    let project = cx.project;
    // Clicks inside do not close it (typing a name starts with a click); its buttons close
    // it themselves.
    let popup = egui::Popup::context_menu(response).close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    popup.show(|ui| {
        ui.set_min_width(200.0);
        match state.interaction.context.clone() {
            Some(Target::Actor(id)) => match project.actor(id) {
                Some(actor) => actor_menu(ui, cx, actor, state),
                None => ui.close(),
            },
            Some(Target::Relation(id)) => match project.relation(id) {
                Some(relation) => relation_menu(ui, cx, relation),
                None => ui.close(),
            },
            Some(Target::Canvas(at)) => canvas_menu(ui, project, state, cx.lang, at, requests),
            None => ui.close(),
        }
    });
}

fn actor_menu(ui: &mut egui::Ui, cx: &mut ViewCtx, actor: &Actor, state: &mut MapState) {
    let (project, lang) = (cx.project, cx.lang);
    let out = &mut *cx.out;
    let id = actor.id;
    // The name, edited in place; every keystroke applies at once (one undo step per visit).
    if state.interaction.rename.as_ref().is_none_or(|(rid, _)| *rid != id) {
        state.interaction.rename = Some((id, actor.name.clone()));
    }
    if let Some((_, name)) = &mut state.interaction.rename {
        let label = ui.label(NAME.get(lang));
        let field = ui
            .add(egui::TextEdit::singleline(name).desired_width(200.0))
            .labelled_by(label.id);
        if field.changed() && *name != actor.name {
            let mut changed = actor.clone();
            changed.name = name.clone();
            out.edit(ui.ctx(), Edit::SetActor(Box::new(changed)));
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            ui.close();
        }
    }
    ui.separator();
    ui.menu_button(KIND.get(lang), |ui| {
        for item in &project.catalogs.actor_kinds.0 {
            if ui.radio(actor.kind == item.key, item.label(lang)).clicked() {
                set_actor(out, actor, |a| a.kind = item.key.clone());
                ui.close();
            }
        }
    });
    ui.menu_button(RING.get(lang), |ui| {
        for &ring in Ring::ALL {
            if ui.radio(actor.ring == ring, ring.label().get(lang)).clicked() {
                set_actor(out, actor, |a| a.ring = ring);
                ui.close();
            }
        }
    });
    ui.menu_button(IMPORTANCE.get(lang), |ui| {
        for n in 1..=5u8 {
            if ui.radio(actor.importance == n, n.to_string()).clicked() {
                set_actor(out, actor, |a| a.importance = n);
                ui.close();
            }
        }
    });
    let mut pinned = actor.pinned;
    if ui.checkbox(&mut pinned, PINNED.get(lang)).changed() {
        // A pinned actor keeps the place it is drawn at, so that place is saved with it.
        let here = state.actor_world_pos(id);
        set_actor(out, actor, |a| {
            a.pinned = pinned;
            if a.pos.is_none() {
                a.pos = here.map(|[x, y]| [x.round(), y.round()]);
            }
        });
    }
    let mut own = actor.own;
    if ui.checkbox(&mut own, OWN.get(lang)).changed() {
        set_actor(out, actor, |a| a.own = own);
    }
    ui.separator();
    if ui.button(CONNECT_FROM.get(lang)).clicked() {
        state.interaction.connect_from = Some(id);
        ui.close();
    }
    if ui.button(SELECT_NEIGHBOURS.get(lang)).clicked() {
        *cx.selection = Selection::Actors(actions::with_neighbours(project, id));
        ui.close();
    }
    let selected = cx.selection.actors();
    let several = selected.len() > 1 && selected.contains(&id);
    let text = if several {
        DELETE_ACTORS.fmt(lang, &[("count", &selected.len())])
    } else {
        DELETE_ACTOR.get(lang).to_owned()
    };
    if ui.button(text).clicked() {
        if !several {
            *cx.selection = Selection::Actors(vec![id]);
        }
        actions::delete_selection(cx);
        ui.close();
    }
}

fn relation_menu(ui: &mut egui::Ui, cx: &mut ViewCtx, relation: &Relation) {
    let (project, lang) = (cx.project, cx.lang);
    let arrow = if relation.directed { "→" } else { "–" };
    ui.label(
        egui::RichText::new(format!(
            "{} {arrow} {}",
            actions::actor_name(project, relation.from, lang),
            actions::actor_name(project, relation.to, lang)
        ))
        .strong(),
    );
    ui.separator();
    let out = &mut *cx.out;
    let set = |out: &mut Outbox, change: &dyn Fn(&mut Relation)| set_relation(out, relation, change);
    let mut directed = relation.directed;
    if ui.checkbox(&mut directed, DIRECTED.get(lang)).changed() {
        set(out, &|r| r.directed = directed);
    }
    if ui.button(REVERSE.get(lang)).clicked() {
        set(out, &|r| std::mem::swap(&mut r.from, &mut r.to));
        ui.close();
    }
    ui.menu_button(ROLE.get(lang), |ui| {
        for item in &project.catalogs.relation_roles.0 {
            if ui.radio(relation.role == item.key, item.label(lang)).clicked() {
                set(out, &|r| r.role = item.key.clone());
                ui.close();
            }
        }
    });
    ui.menu_button(STATUS.get(lang), |ui| {
        for &status in RelationStatus::ALL {
            if ui.radio(relation.status == status, status.label().get(lang)).clicked() {
                set(out, &|r| r.status = status);
                ui.close();
            }
        }
    });
    ui.menu_button(IMPORTANCE.get(lang), |ui| {
        for n in 1..=5u8 {
            if ui.radio(relation.importance == n, n.to_string()).clicked() {
                set(out, &|r| r.importance = n);
                ui.close();
            }
        }
    });
    ui.separator();
    if ui.button(DELETE_RELATION.get(lang)).clicked() {
        *cx.selection = Selection::Relation(relation.id);
        actions::delete_selection(cx);
        ui.close();
    }
}

fn canvas_menu(
    ui: &mut egui::Ui,
    project: &Project,
    state: &MapState,
    lang: Lang,
    at: Pos2,
    requests: &mut Vec<Action>,
) {
    let mut item = |ui: &mut egui::Ui, enabled: bool, text: &str, action: Action| {
        if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
            requests.push(action);
            ui.close();
        }
    };
    item(ui, true, ADD_ACTOR_HERE.get(lang), Action::AddActor(Some(at)));
    item(ui, !project.actors.is_empty(), SELECT_ALL.get(lang), Action::SelectAll);
    item(ui, true, ZOOM_FIT.get(lang), Action::Fit);
    ui.separator();
    if state.interaction.force.is_some() {
        item(ui, true, FORCE_STOP.get(lang), Action::ForceStop);
    } else {
        item(ui, project.actors.len() > 1, FORCE_START.get(lang), Action::ForceStart);
    }
    item(ui, !project.actors.is_empty(), CONCENTRIC.get(lang), Action::Concentric);
}
