//! The whole project document.

use super::catalog::Catalogs;
use super::ids::*;
use super::network::{Actor, Relation};
use super::phases::*;
use crate::i18n::Tr;
use serde::{Deserialize, Serialize};

/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 1;

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

    /// An actor's name, or `#id` for an id that names nobody.
    pub fn actor_name(&self, id: ActorId) -> String {
        self.actor(id).map_or_else(|| format!("#{id}"), |a| a.name.clone())
    }

    /// A fresh actor id.
    pub fn next_actor_id(&self) -> ActorId {
        ActorId(next_id(self.actors.iter().map(|a| a.id.0)))
    }

    /// A fresh relation id.
    pub fn next_relation_id(&self) -> RelationId {
        RelationId(next_id(self.relations.iter().map(|r| r.id.0)))
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
        CriterionId(next_id(self.evaluation.criteria.iter().map(|c| c.id.0)))
    }

    /// A fresh evaluation round id.
    pub fn next_round_id(&self) -> RoundId {
        RoundId(next_id(self.evaluation.rounds.iter().map(|r| r.id.0)))
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
        if let Some(joint) = &mut self.joint {
            joint.forget_actors(ids);
            joint.forget_missing_relations(&self.relations);
        }
    }
}
