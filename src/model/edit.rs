//! Every change to a project is one [`Edit`], applied by [`Project::apply`], which returns the
//! edit that undoes it. The undo history (in `app`) only stores these inverse edits.

use super::catalog::Catalogs;
use super::ids::{ActorId, RelationId};
use super::network::{Actor, Relation};
use super::phases::*;
use super::project::{Project, ProjectMeta};

/// One change to a project.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the project's name and description.
    SetMeta(ProjectMeta),
    /// Replace the editable lists.
    SetCatalogs(Box<Catalogs>),
    /// Add an actor (its id must be unused).
    AddActor(Box<Actor>),
    /// Replace the actor with the same id.
    SetActor(Box<Actor>),
    /// Remove actors and everything that refers to them.
    RemoveActors(Vec<ActorId>),
    /// Move actors to new positions.
    MoveActors(Vec<(ActorId, Option<[f32; 2]>)>),
    /// Add a relation (its id must be unused and its ends must exist).
    AddRelation(Box<Relation>),
    /// Replace the relation with the same id.
    SetRelation(Box<Relation>),
    /// Remove relations.
    RemoveRelations(Vec<RelationId>),
    /// Replace phase 1's worksheet data (not the map itself).
    SetMapping(Box<MappingPhase>),
    /// Replace phase 2's data.
    SetRoles(Box<RolesPhase>),
    /// Replace phase 3's data.
    SetCompetences(Box<CompetencePhase>),
    /// Replace phase 4's data.
    SetTactics(Box<TacticsPhase>),
    /// Replace phase 5's data.
    SetIdea(Box<IdeaPhase>),
    /// Replace phase 6's data.
    SetConditions(Box<ConditionsPhase>),
    /// Replace phase 7's data.
    SetStrategy(Box<StrategyPhase>),
    /// Replace phase 8's data.
    SetEvaluation(Box<EvaluationPhase>),
    /// Replace phase 9's data.
    SetCard(Box<CardPhase>),
    /// Replace the presentation's choices (slides left out, notes, map slides).
    SetPresentation(Box<super::presentation::Presentation>),
    /// Replace the joint project's provenance and decisions (`crate::combine` builds these).
    SetJoint(Box<Option<super::joint::JointInfo>>),
    /// Several edits as one step (applied in order, undone in reverse).
    Batch(Vec<Edit>),
    /// Replace the whole project (the inverse of edits that touch many places at once).
    Restore(Box<Project>),
    /// An import applied as one step (see [`ImportEdit`]).
    Import(Box<ImportEdit>),
}

/// An import as one edit: the lists replaced, actors and relations added or replaced by id,
/// then relations and actors removed. Applied in the order catalogs, removals, actors,
/// relations; nothing changes if any reference is missing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportEdit {
    /// The lists after the import (with new kinds, roles and flows), if they change.
    pub catalogs: Option<Catalogs>,
    /// Actors to add or to replace (by id), in id order.
    pub actors: Vec<Actor>,
    /// Relations to add or to replace (by id), in id order.
    pub relations: Vec<Relation>,
    /// Relations to remove.
    pub remove_relations: Vec<RelationId>,
    /// Actors to remove, with everything that refers to them.
    pub remove_actors: Vec<ActorId>,
}

/// Why an edit could not be applied. The project is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The edit names an actor that does not exist.
    #[error("no actor with id {0}")]
    NoSuchActor(ActorId),
    /// The edit names a relation that does not exist.
    #[error("no relation with id {0}")]
    NoSuchRelation(RelationId),
    /// An added actor's id is taken.
    #[error("actor id {0} is already in use")]
    ActorIdTaken(ActorId),
    /// An added relation's id is taken.
    #[error("relation id {0} is already in use")]
    RelationIdTaken(RelationId),
}

fn replace<T>(slot: &mut T, value: T) -> T {
    std::mem::replace(slot, value)
}

impl Project {
    /// Applies `edit` and returns the edit that undoes it. On error nothing has changed.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        Ok(match edit {
            Edit::SetMeta(m) => Edit::SetMeta(replace(&mut self.meta, m)),
            Edit::SetCatalogs(c) => Edit::SetCatalogs(Box::new(replace(&mut self.catalogs, *c))),
            Edit::AddActor(actor) => {
                if self.actor(actor.id).is_some() {
                    return Err(EditError::ActorIdTaken(actor.id));
                }
                let id = actor.id;
                let own = actor.own;
                let before = own.then(|| self.clone());
                if own {
                    self.actors.iter_mut().for_each(|a| a.own = false);
                }
                let at = self.actors.partition_point(|a| a.id < id);
                self.actors.insert(at, *actor);
                match before {
                    Some(project) => Edit::Restore(Box::new(project)),
                    None => Edit::RemoveActors(vec![id]),
                }
            }
            Edit::SetActor(actor) => {
                let index = self
                    .actors
                    .iter()
                    .position(|a| a.id == actor.id)
                    .ok_or(EditError::NoSuchActor(actor.id))?;
                if actor.own && !self.actors[index].own {
                    // Marking a new own organisation unmarks the old one: undo must restore both.
                    let before = self.clone();
                    self.actors.iter_mut().for_each(|a| a.own = false);
                    self.actors[index] = *actor;
                    Edit::Restore(Box::new(before))
                } else {
                    Edit::SetActor(Box::new(replace(&mut self.actors[index], *actor)))
                }
            }
            Edit::RemoveActors(ids) => {
                if let Some(&missing) = ids.iter().find(|&&id| self.actor(id).is_none()) {
                    return Err(EditError::NoSuchActor(missing));
                }
                let before = self.clone();
                self.remove_actors(&ids);
                Edit::Restore(Box::new(before))
            }
            Edit::MoveActors(moves) => {
                if let Some(&(missing, _)) = moves.iter().find(|(id, _)| self.actor(*id).is_none()) {
                    return Err(EditError::NoSuchActor(missing));
                }
                let mut inverse = Vec::with_capacity(moves.len());
                for (id, pos) in moves {
                    if let Some(actor) = self.actors.iter_mut().find(|a| a.id == id) {
                        inverse.push((id, replace(&mut actor.pos, pos)));
                    }
                }
                inverse.reverse();
                Edit::MoveActors(inverse)
            }
            Edit::AddRelation(relation) => {
                if self.relation(relation.id).is_some() {
                    return Err(EditError::RelationIdTaken(relation.id));
                }
                for end in [relation.from, relation.to] {
                    if self.actor(end).is_none() {
                        return Err(EditError::NoSuchActor(end));
                    }
                }
                let id = relation.id;
                let at = self.relations.partition_point(|r| r.id < id);
                self.relations.insert(at, *relation);
                Edit::RemoveRelations(vec![id])
            }
            Edit::SetRelation(relation) => {
                for end in [relation.from, relation.to] {
                    if self.actor(end).is_none() {
                        return Err(EditError::NoSuchActor(end));
                    }
                }
                let slot = self
                    .relations
                    .iter_mut()
                    .find(|r| r.id == relation.id)
                    .ok_or(EditError::NoSuchRelation(relation.id))?;
                Edit::SetRelation(Box::new(replace(slot, *relation)))
            }
            Edit::RemoveRelations(ids) => {
                if let Some(&missing) = ids.iter().find(|&&id| self.relation(id).is_none()) {
                    return Err(EditError::NoSuchRelation(missing));
                }
                if self.joint.as_ref().is_some_and(|j| j.mentions_relations(&ids)) {
                    // The relations' provenance goes with them; undo must bring both back.
                    let before = self.clone();
                    self.relations.retain(|r| !ids.contains(&r.id));
                    if let Some(joint) = &mut self.joint {
                        joint.forget_missing_relations(&self.relations);
                    }
                    return Ok(Edit::Restore(Box::new(before)));
                }
                let mut removed: Vec<Edit> = Vec::new();
                self.relations.retain(|r| {
                    let keep = !ids.contains(&r.id);
                    if !keep {
                        removed.push(Edit::AddRelation(Box::new(r.clone())));
                    }
                    keep
                });
                Edit::Batch(removed)
            }
            Edit::SetMapping(p) => Edit::SetMapping(Box::new(replace(&mut self.mapping, *p))),
            Edit::SetRoles(p) => Edit::SetRoles(Box::new(replace(&mut self.roles, *p))),
            Edit::SetCompetences(p) => Edit::SetCompetences(Box::new(replace(&mut self.competences, *p))),
            Edit::SetTactics(p) => Edit::SetTactics(Box::new(replace(&mut self.tactics, *p))),
            Edit::SetIdea(p) => Edit::SetIdea(Box::new(replace(&mut self.idea, *p))),
            Edit::SetConditions(p) => Edit::SetConditions(Box::new(replace(&mut self.conditions, *p))),
            Edit::SetStrategy(p) => Edit::SetStrategy(Box::new(replace(&mut self.strategy, *p))),
            Edit::SetEvaluation(p) => Edit::SetEvaluation(Box::new(replace(&mut self.evaluation, *p))),
            Edit::SetCard(p) => Edit::SetCard(Box::new(replace(&mut self.card, *p))),
            Edit::SetPresentation(p) => Edit::SetPresentation(Box::new(replace(&mut self.presentation, *p))),
            Edit::SetJoint(j) => Edit::SetJoint(Box::new(replace(&mut self.joint, *j))),
            Edit::Batch(edits) => {
                let before = self.clone();
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            *self = before;
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Edit::Batch(inverses)
            }
            Edit::Restore(p) => Edit::Restore(Box::new(replace(self, *p))),
            Edit::Import(import) => self.apply_import(*import)?,
        })
    }
}

impl Project {
    /// Applies an import; see [`ImportEdit`]. Its inverse is an `ImportEdit` too, except when
    /// actors are removed: that can touch every phase, so the inverse restores the whole project.
    fn apply_import(&mut self, edit: ImportEdit) -> Result<Edit, EditError> {
        if let Some(&missing) = edit.remove_relations.iter().find(|&&id| self.relation(id).is_none()) {
            return Err(EditError::NoSuchRelation(missing));
        }
        if let Some(&missing) = edit.remove_actors.iter().find(|&&id| self.actor(id).is_none()) {
            return Err(EditError::NoSuchActor(missing));
        }
        let present = |id: ActorId| {
            !edit.remove_actors.contains(&id) && (self.actor(id).is_some() || edit.actors.iter().any(|a| a.id == id))
        };
        for r in &edit.relations {
            for end in [r.from, r.to] {
                if !present(end) {
                    return Err(EditError::NoSuchActor(end));
                }
            }
        }
        let before = (!edit.remove_actors.is_empty()).then(|| self.clone());
        let mut inverse = ImportEdit {
            catalogs: edit.catalogs.map(|c| replace(&mut self.catalogs, c)),
            ..ImportEdit::default()
        };
        let gone: Vec<RelationId> = edit.remove_relations;
        self.relations.retain(|r| {
            let keep = !gone.contains(&r.id);
            if !keep {
                inverse.relations.push(r.clone());
            }
            keep
        });
        self.remove_actors(&edit.remove_actors);
        for actor in edit.actors {
            match self.actors.binary_search_by_key(&actor.id, |a| a.id) {
                Ok(i) => inverse.actors.push(replace(&mut self.actors[i], actor)),
                Err(i) => {
                    inverse.remove_actors.push(actor.id);
                    self.actors.insert(i, actor);
                }
            }
        }
        for relation in edit.relations {
            match self.relations.binary_search_by_key(&relation.id, |r| r.id) {
                Ok(i) => inverse.relations.push(replace(&mut self.relations[i], relation)),
                Err(i) => {
                    inverse.remove_relations.push(relation.id);
                    self.relations.insert(i, relation);
                }
            }
        }
        inverse.actors.sort_by_key(|a| a.id);
        inverse.relations.sort_by_key(|r| r.id);
        Ok(match before {
            Some(project) => Edit::Restore(Box::new(project)),
            None => Edit::Import(Box::new(inverse)),
        })
    }
}
