//! The whole project document.

use super::catalog::Catalogs;
use super::ids::*;
use super::network::{Actor, Relation};
use super::phases::*;
use super::values::Ring;
use crate::i18n::Tr;
use serde::{Deserialize, Serialize};

/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 2;

/// Name and description of the project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectMeta {
    /// Project name, shown in the window title.
    pub name: String,
    /// The organisation whose strategy this is.
    pub organisation: String,
    /// Free description.
    pub description: String,
}

/// A network-strategy project: one file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Project {
    /// Version of the file format; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Name and description.
    pub meta: ProjectMeta,
    /// Editable lists.
    pub catalogs: Catalogs,
    /// Actors of the network, in id order.
    pub actors: Vec<Actor>,
    /// Relations between actors, in id order.
    pub relations: Vec<Relation>,
    /// Phase 1.
    pub mapping: MappingPhase,
    /// Phase 2.
    pub roles: RolesPhase,
    /// Phase 3.
    pub competences: CompetencePhase,
    /// Phase 4.
    pub tactics: TacticsPhase,
    /// Phase 5.
    pub idea: IdeaPhase,
    /// Phase 6.
    pub conditions: ConditionsPhase,
    /// Phase 7.
    pub strategy: StrategyPhase,
    /// Phase 8.
    pub evaluation: EvaluationPhase,
    /// Phase 9.
    pub card: CardPhase,
    /// The presentation's choices: slides left out, speaker notes, map slides (format 2).
    pub presentation: super::presentation::Presentation,
    /// Provenance when the project combines members' own views; absent from ordinary files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint: Option<super::joint::JointInfo>,
}

impl Default for Project {
    fn default() -> Project {
        Project {
            format_version: FORMAT_VERSION,
            meta: ProjectMeta::default(),
            catalogs: Catalogs::default(),
            actors: Vec::new(),
            relations: Vec::new(),
            mapping: MappingPhase::default(),
            roles: RolesPhase::default(),
            competences: CompetencePhase::default(),
            tactics: TacticsPhase::default(),
            idea: IdeaPhase::default(),
            conditions: ConditionsPhase::default(),
            strategy: StrategyPhase::default(),
            evaluation: EvaluationPhase::default(),
            card: CardPhase::default(),
            presentation: Default::default(),
            joint: None,
        }
    }
}

/// One of the nine phases of the cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PhaseId {
    /// 1. Network mapping.
    #[default]
    Mapping,
    /// 2. The organisation's network role in services.
    Roles,
    /// 3. Extended competence map.
    Competences,
    /// 4. Network tactics.
    Tactics,
    /// 5. The network's refining idea.
    Idea,
    /// 6. Conditions of networking.
    Conditions,
    /// 7. Network strategy.
    Strategy,
    /// 8. Evaluating the network's activity.
    Evaluation,
    /// 9. The network's business card.
    Card,
}

impl PhaseId {
    /// The nine phases in the cycle's order.
    pub const ALL: [PhaseId; 9] = [
        PhaseId::Mapping,
        PhaseId::Roles,
        PhaseId::Competences,
        PhaseId::Tactics,
        PhaseId::Idea,
        PhaseId::Conditions,
        PhaseId::Strategy,
        PhaseId::Evaluation,
        PhaseId::Card,
    ];

    /// The phase's number, 1–9.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// The phase's index, 0–8.
    pub fn index(self) -> usize {
        PhaseId::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }

    /// The phase with number 1–9.
    pub fn from_number(number: usize) -> Option<PhaseId> {
        number.checked_sub(1).and_then(|i| PhaseId::ALL.get(i).copied())
    }

    /// The next phase; after 9 the cycle starts again at 1.
    pub fn next(self) -> PhaseId {
        PhaseId::ALL[(self.index() + 1) % 9]
    }

    /// The previous phase; before 1 comes 9.
    pub fn prev(self) -> PhaseId {
        PhaseId::ALL[(self.index() + 8) % 9]
    }

    /// Whether the phase belongs to the own organisation's half (1–5) of the cycle.
    pub fn is_own_organisation(self) -> bool {
        self.index() < 5
    }

    /// The phase's full name.
    pub fn name(self) -> Tr {
        crate::i18n::method::PHASES[self.index()].name
    }
}

impl Project {
    /// An empty project with the method's default lists and criteria.
    pub fn new() -> Project {
        Project::default()
    }

    /// The project's display name, or a default when it has none.
    pub fn display_name(&self) -> &str {
        if self.meta.name.trim().is_empty() {
            "Verkosto"
        } else {
            self.meta.name.trim()
        }
    }

    /// The actor with `id`.
    pub fn actor(&self, id: ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The relation with `id`.
    pub fn relation(&self, id: RelationId) -> Option<&Relation> {
        self.relations.iter().find(|r| r.id == id)
    }

    /// The actor marked as the own organisation.
    pub fn own_actor(&self) -> Option<&Actor> {
        self.actors.iter().find(|a| a.own)
    }

    /// An actor's name for lists and pickers, or `#id` for an id that names nobody and for
    /// an actor without a name (so that it can still be told apart and chosen).
    pub fn actor_name(&self, id: ActorId) -> String {
        match self.actor(id) {
            Some(a) if !a.name.trim().is_empty() => a.name.clone(),
            _ => format!("#{id}"),
        }
    }

    /// The names of `ids` joined by commas, in the given order.
    pub fn actor_names(&self, ids: &[ActorId]) -> String {
        ids.iter().map(|&id| self.actor_name(id)).collect::<Vec<_>>().join(", ")
    }

    /// The actors of the core ring, in the map's order.
    pub fn core_members(&self) -> Vec<ActorId> {
        self.actors
            .iter()
            .filter(|a| a.ring == Ring::Core)
            .map(|a| a.id)
            .collect()
    }

    /// The actors of the core ring, then the partners, each in the map's order: the network's
    /// members as the method counts them.
    pub fn core_then_partners(&self) -> Vec<&Actor> {
        let core = self.actors.iter().filter(|a| a.ring == Ring::Core);
        let partners = self.actors.iter().filter(|a| a.ring == Ring::Partner);
        core.chain(partners).collect()
    }

    /// A fresh actor id.
    pub fn next_actor_id(&self) -> ActorId {
        ActorId(next_id(self.actors.iter().map(|a| a.id.0)))
    }

    /// A fresh relation id.
    pub fn next_relation_id(&self) -> RelationId {
        RelationId(next_id(self.relations.iter().map(|r| r.id.0)))
    }

    /// A new actor as every view adds it (the map, the actors table): a fresh id, `name`, the
    /// kind "other" when the project's list has it (else the list's first kind), the partner
    /// ring, middle importance, and `pos` if the view knows where it goes. Not yet added: hand
    /// it to `Edit::AddActor`.
    pub fn new_actor(&self, name: &str, pos: Option<[f32; 2]>) -> Actor {
        let kinds = &self.catalogs.actor_kinds;
        let default = Actor::default();
        let kind = if kinds.contains(&default.kind) || kinds.0.is_empty() {
            default.kind.clone()
        } else {
            kinds.first_key()
        };
        Actor {
            id: self.next_actor_id(),
            name: name.to_owned(),
            kind,
            pos: pos.map(|[x, y]| [x.round(), y.round()]),
            ..default
        }
    }

    /// A new relation from `from` to `to` as every view adds it: a fresh id, undirected,
    /// current, the role "partner" when the project's list has it (else the list's first
    /// role). `None` when the two are the same actor or either does not exist.
    pub fn new_relation(&self, from: ActorId, to: ActorId) -> Option<Relation> {
        if from == to || self.actor(from).is_none() || self.actor(to).is_none() {
            return None;
        }
        let roles = &self.catalogs.relation_roles;
        let default = Relation::default();
        let role = if roles.contains(&default.role) || roles.0.is_empty() {
            default.role.clone()
        } else {
            roles.first_key()
        };
        Some(Relation {
            id: self.next_relation_id(),
            from,
            to,
            role,
            ..default
        })
    }

    /// A fresh portfolio network id.
    pub fn next_network_id(&self) -> NetworkId {
        NetworkId(next_id(self.mapping.portfolio.iter().map(|n| n.id.0)))
    }

    /// A fresh competence id.
    pub fn next_competence_id(&self) -> CompetenceId {
        CompetenceId(next_id(self.competences.competences.iter().map(|c| c.id.0)))
    }

    /// A fresh criterion id.
    pub fn next_criterion_id(&self) -> CriterionId {
        self.evaluation.next_criterion_id()
    }

    /// A fresh evaluation round id.
    pub fn next_round_id(&self) -> RoundId {
        self.evaluation.next_round_id()
    }

    /// The worksheet (common fields) of `phase`.
    pub fn sheet(&self, phase: PhaseId) -> &Worksheet {
        match phase {
            PhaseId::Mapping => &self.mapping.sheet,
            PhaseId::Roles => &self.roles.sheet,
            PhaseId::Competences => &self.competences.sheet,
            PhaseId::Tactics => &self.tactics.sheet,
            PhaseId::Idea => &self.idea.sheet,
            PhaseId::Conditions => &self.conditions.sheet,
            PhaseId::Strategy => &self.strategy.sheet,
            PhaseId::Evaluation => &self.evaluation.sheet,
            PhaseId::Card => &self.card.sheet,
        }
    }

    /// The worksheet (common fields) of `phase`, for editing.
    pub fn sheet_mut(&mut self, phase: PhaseId) -> &mut Worksheet {
        match phase {
            PhaseId::Mapping => &mut self.mapping.sheet,
            PhaseId::Roles => &mut self.roles.sheet,
            PhaseId::Competences => &mut self.competences.sheet,
            PhaseId::Tactics => &mut self.tactics.sheet,
            PhaseId::Idea => &mut self.idea.sheet,
            PhaseId::Conditions => &mut self.conditions.sheet,
            PhaseId::Strategy => &mut self.strategy.sheet,
            PhaseId::Evaluation => &mut self.evaluation.sheet,
            PhaseId::Card => &mut self.card.sheet,
        }
    }

    /// Removes actors and everything that refers to them: their relations, and their rows or
    /// mentions in every phase.
    pub(crate) fn remove_actors(&mut self, ids: &[ActorId]) {
        let gone = |id: &ActorId| ids.contains(id);
        self.actors.retain(|a| !gone(&a.id));
        self.relations.retain(|r| !gone(&r.from) && !gone(&r.to));
        for n in &mut self.mapping.portfolio {
            n.members.retain(|m| !gone(m));
        }
        for row in &mut self.roles.rows {
            row.partners.retain(|m| !gone(m));
        }
        self.competences.columns.retain(|m| !gone(m));
        for c in &mut self.competences.competences {
            c.cells
                .retain(|cell| !matches!(cell.holder, Holder::Actor(a) if gone(&a)));
            c.candidates.retain(|m| !gone(m));
        }
        self.tactics.partners.retain(|t| !gone(&t.partner));
        self.conditions.members.retain(|m| !gone(&m.member));
        for rule in &mut self.conditions.rules {
            rule.agreed_by.retain(|m| !gone(m));
        }
        self.strategy.approvals.retain(|a| !gone(&a.member));
        for round in &mut self.evaluation.rounds {
            for r in &mut round.respondents {
                if r.actor.as_ref().is_some_and(gone) {
                    r.actor = None;
                }
            }
        }
        self.card.members.retain(|m| !gone(m));
        for slide in &mut self.presentation.map_slides {
            if slide.focus.as_ref().is_some_and(gone) {
                slide.focus = None;
            }
        }
        if let Some(joint) = &mut self.joint {
            joint.forget_actors(ids);
            joint.forget_missing_relations(&self.relations);
        }
    }
}

#[cfg(test)]
// Tests may unwrap, as in tests/ (Cargo.toml's lint note).
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::{RelationStatus, Ring};

    fn two() -> Project {
        let mut p = Project::new();
        for id in [1, 2] {
            p.actors.push(Actor {
                id: ActorId(id),
                ..Actor::default()
            });
        }
        p
    }

    #[test]
    fn a_new_actor_gets_a_fresh_id_the_other_kind_and_a_rounded_place() {
        let p = two();
        let a = p.new_actor("New", Some([10.4, -3.6]));
        assert_eq!(a.id, ActorId(3));
        assert_eq!((a.name.as_str(), a.kind.as_str()), ("New", "other"));
        assert_eq!(
            (a.ring, a.importance, a.own, a.pinned),
            (Ring::Partner, 3, false, false)
        );
        assert_eq!(a.pos, Some([10.0, -4.0]));
        assert_eq!(p.new_actor("New", None).pos, None);
    }

    #[test]
    fn a_new_actor_takes_the_first_kind_when_the_list_has_no_other() {
        let mut p = two();
        p.catalogs.actor_kinds.0.retain(|k| k.key != "other");
        let first = p.catalogs.actor_kinds.first_key();
        assert!(!first.is_empty());
        assert_eq!(p.new_actor("New", None).kind, first);
    }

    #[test]
    fn a_new_relation_needs_two_different_existing_actors() {
        let p = two();
        let r = p.new_relation(ActorId(1), ActorId(2)).expect("two actors");
        assert_eq!((r.id, r.from, r.to), (RelationId(1), ActorId(1), ActorId(2)));
        assert_eq!(
            (r.directed, r.status, r.role.as_str()),
            (false, RelationStatus::Current, "partner")
        );
        assert!(p.new_relation(ActorId(1), ActorId(1)).is_none(), "not to itself");
        assert!(p.new_relation(ActorId(1), ActorId(9)).is_none(), "not to nobody");
    }

    #[test]
    fn a_new_relation_takes_the_first_role_when_the_list_has_no_partner() {
        let mut p = two();
        p.catalogs.relation_roles.0.retain(|k| k.key != "partner");
        let first = p.catalogs.relation_roles.first_key();
        let r = p.new_relation(ActorId(2), ActorId(1)).expect("two actors");
        assert_eq!(r.role, first);
    }
}
