//! The map's actions on the document and the selection, in one place for every view of
//! phase 1 (canvas, context menus, tables, inspector): adding an actor or a relation,
//! deleting the selection, selecting, and the few lookups they all need. The data rules
//! (a new actor's defaults, a valid new relation) are the model's: `Project::new_actor`,
//! `Project::new_relation`.

use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::{Actor, ActorId, Edit, Project, Relation, RelationId};
use crate::ui::{Selection, ViewCtx};
use std::collections::HashSet;

impl Selection {
    /// The selected actors (none when a relation or nothing is selected).
    pub fn actors(&self) -> &[ActorId] {
        match self {
            Selection::Actors(ids) => ids,
            _ => &[],
        }
    }

    /// The selected relation, if one is.
    pub fn relation(&self) -> Option<RelationId> {
        match self {
            Selection::Relation(id) => Some(*id),
            _ => None,
        }
    }

    /// Selects `ids`, or nothing when the list is empty.
    pub fn set_actors(&mut self, ids: Vec<ActorId>) {
        *self = if ids.is_empty() {
            Selection::None
        } else {
            Selection::Actors(ids)
        };
    }

    /// Drops selected actors and a selected relation that no longer exist (after an undo or
    /// a delete elsewhere).
    pub fn prune(&mut self, project: &Project) {
        match self {
            Selection::None => {}
            Selection::Actors(ids) => {
                if let [one] = ids.as_slice() {
                    if project.actor(*one).is_none() {
                        ids.clear();
                    }
                } else {
                    let existing: HashSet<ActorId> = project.actors.iter().map(|a| a.id).collect();
                    ids.retain(|id| existing.contains(id));
                }
                if ids.is_empty() {
                    *self = Selection::None;
                }
            }
            Selection::Relation(id) => {
                if project.relation(*id).is_none() {
                    *self = Selection::None;
                }
            }
        }
    }
}

/// Adds a new actor (the defaults of `Project::new_actor`, named "New actor") at `pos`, or
/// unplaced, and selects it. Returns its id.
pub fn add_actor(cx: &mut ViewCtx, pos: Option<[f32; 2]>) -> ActorId {
    add_named_actor(cx, super::NEW_ACTOR.get(cx.lang), pos)
}

/// Adds a new actor named `name` (otherwise the defaults of `Project::new_actor`) at `pos`, or
/// unplaced, as one undo step, and selects it. Returns its id.
pub fn add_named_actor(cx: &mut ViewCtx, name: &str, pos: Option<[f32; 2]>) -> ActorId {
    let actor = cx.project.new_actor(name, pos);
    let id = actor.id;
    cx.out.edit_step(Edit::AddActor(Box::new(actor)));
    *cx.selection = Selection::Actors(vec![id]);
    id
}

/// Adds a relation from `from` to `to` (the defaults of `Project::new_relation`) as one undo
/// step; nothing when they are the same actor or one is missing. The selection is left to
/// the caller: the map and the table select the new relation, the inspector keeps the actor.
pub fn add_relation(project: &Project, out: &mut Outbox, from: ActorId, to: ActorId) -> Option<RelationId> {
    let relation = project.new_relation(from, to)?;
    let id = relation.id;
    out.edit_step(Edit::AddRelation(Box::new(relation)));
    Some(id)
}

/// Adds a relation from `from` to `to` and selects it.
pub fn connect(cx: &mut ViewCtx, from: ActorId, to: ActorId) -> Option<RelationId> {
    let id = add_relation(cx.project, cx.out, from, to)?;
    *cx.selection = Selection::Relation(id);
    Some(id)
}

/// Deletes the selected actors (their relations go with them) or the selected relation, as
/// one undo step, and clears the selection.
pub fn delete_selection(cx: &mut ViewCtx) {
    let project = cx.project;
    match &*cx.selection {
        Selection::Actors(ids) => {
            let ids: Vec<ActorId> = ids.iter().copied().filter(|&id| project.actor(id).is_some()).collect();
            if !ids.is_empty() {
                cx.out.edit_step(Edit::RemoveActors(ids));
            }
        }
        Selection::Relation(id) => {
            if project.relation(*id).is_some() {
                cx.out.edit_step(Edit::RemoveRelations(vec![*id]));
            }
        }
        Selection::None => return,
    }
    *cx.selection = Selection::None;
}

/// Selects every actor.
pub fn select_all(cx: &mut ViewCtx) {
    cx.selection
        .set_actors(cx.project.actors.iter().map(|a| a.id).collect());
}

/// `id` and its neighbours, `id` first, each once.
pub fn with_neighbours(project: &Project, id: ActorId) -> Vec<ActorId> {
    let mut ids = vec![id];
    for r in project.relations.iter().filter(|r| r.touches(id)) {
        let other = if r.from == id { r.to } else { r.from };
        if !ids.contains(&other) {
            ids.push(other);
        }
    }
    ids
}

/// Applies `change` to a copy of `actor` and queues it as one undo step if it changed.
pub fn set_actor(out: &mut Outbox, actor: &Actor, change: impl FnOnce(&mut Actor)) {
    let mut changed = actor.clone();
    change(&mut changed);
    if changed != *actor {
        out.edit_step(Edit::SetActor(Box::new(changed)));
    }
}

/// Applies `change` to a copy of `relation` and queues it as one undo step if it changed.
pub fn set_relation(out: &mut Outbox, relation: &Relation, change: impl FnOnce(&mut Relation)) {
    let mut changed = relation.clone();
    change(&mut changed);
    if changed != *relation {
        out.edit_step(Edit::SetRelation(Box::new(changed)));
    }
}

/// Queues an edited actor or relation: as its own undo step after a button, box or
/// drop-down (`step`), merged with the typing before it otherwise.
pub fn queue_edit(ctx: &egui::Context, out: &mut Outbox, edit: Edit, step: bool) {
    if step {
        out.edit_step(edit);
    } else {
        out.edit(ctx, edit);
    }
}

/// Counts the relations that touch any of `ids` (linear, also for thousands of ids).
pub fn relations_touching(project: &Project, ids: &[ActorId]) -> usize {
    let set: HashSet<ActorId> = ids.iter().copied().collect();
    project
        .relations
        .iter()
        .filter(|r| set.contains(&r.from) || set.contains(&r.to))
        .count()
}

/// The actor's name, or a placeholder when it has none.
pub fn actor_label(actor: &Actor, lang: Lang) -> String {
    if actor.name.trim().is_empty() {
        super::UNNAMED.get(lang).to_owned()
    } else {
        actor.name.clone()
    }
}

/// The name of actor `id`, a placeholder when it has none, `#id` when there is no such actor.
pub fn actor_name(project: &Project, id: ActorId, lang: Lang) -> String {
    project
        .actor(id)
        .map_or_else(|| format!("#{id}"), |a| actor_label(a, lang))
}
