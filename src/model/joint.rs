//! Provenance of a joint project: which members' own files it was combined from, which member
//! sees each actor and relation with which values, and the values the group chose where the
//! members disagree. Ordinary projects have none of this (`Project::joint` is `None`) and their
//! files do not mention it. The combining itself lives in `crate::combine`.

use super::ids::{ActorId, RelationId};
use super::phases::IdeaCanvas;
use super::project::Project;
use super::validate::Problem;
use super::values::{Date, RelationStatus, Ring};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How widely a joint actor or relation is seen, for the map's filter and colouring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SeenBy {
    /// Every member names it.
    All,
    /// More than one member, not all.
    Several,
    /// One member only.
    One,
    /// No member (added in the joint project itself).
    None,
}

impl SeenBy {
    /// Every class, from the widest agreement to none.
    pub const ALL: [SeenBy; 4] = [SeenBy::All, SeenBy::Several, SeenBy::One, SeenBy::None];
}

/// Classifies `seen` members out of `members`.
pub fn seen_by(seen: usize, members: usize) -> SeenBy {
    match seen {
        0 => SeenBy::None,
        n if n >= members => SeenBy::All,
        1 => SeenBy::One,
        _ => SeenBy::Several,
    }
}

/// How widely the members see each actor and relation of a joint project, by actor and
/// relation index (the order of `project.actors` and `project.relations`); `None` for an
/// ordinary project. For the map's colouring and filter, on screen and exported.
pub fn agreement(project: &Project) -> Option<(Vec<SeenBy>, Vec<SeenBy>)> {
    let joint = project.joint.as_ref()?;
    let members = joint.members.len();
    let actors: std::collections::HashMap<ActorId, usize> =
        joint.actors.iter().map(|r| (r.actor, r.seen_by.len())).collect();
    let relations: std::collections::HashMap<RelationId, usize> =
        joint.relations.iter().map(|r| (r.relation, r.seen_by.len())).collect();
    Some((
        project
            .actors
            .iter()
            .map(|a| seen_by(actors.get(&a.id).copied().unwrap_or(0), members))
            .collect(),
        project
            .relations
            .iter()
            .map(|r| seen_by(relations.get(&r.id).copied().unwrap_or(0), members))
            .collect(),
    ))
}

/// Identifies a member within a joint project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MemberId(pub u32);

impl std::fmt::Display for MemberId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Everything a joint project knows about where its content came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JointInfo {
    /// The members whose own files were combined, in the order they were first combined.
    pub members: Vec<JointMember>,
    /// Per joint actor: who sees it and the group's decisions, in actor id order.
    pub actors: Vec<ActorRecord>,
    /// Per joint relation: who sees it and the group's decisions, in relation id order.
    pub relations: Vec<RelationRecord>,
}

/// One member of the joint work and what its own file said in phases 1–5.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JointMember {
    /// Stable id within the joint project.
    pub id: MemberId,
    /// The member's name: its file's organisation, or the file's name without extension.
    pub name: String,
    /// The file name (without folders) the member's view was last read from.
    pub source: String,
    /// The organisation named in the member's file.
    pub organisation: String,
    /// The member's own phases 1–5, kept to be shown side by side.
    pub own: MemberPhases,
}

/// A member's answers in phases 1–5, copied at combining time for the comparison views.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MemberPhases {
    /// Per phase 1–5 (index 0–4), the answers to its guiding questions in the questions' order.
    pub answers: Vec<Vec<String>>,
    /// The phase-5 idea canvas.
    pub idea: IdeaCanvas,
    /// Phase 3: the competences the member listed with the level it gives its own
    /// organisation (0–4; `None` when its own column has no cell).
    pub competences: Vec<(String, Option<u8>)>,
}

/// One member's sighting of a joint actor: its own id and values for it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActorSighting {
    /// The member.
    pub member: MemberId,
    /// The actor's id in the member's own file.
    pub actor: ActorId,
    /// The name the member uses.
    pub name: String,
    /// The member's actor kind key.
    pub kind: String,
    /// The member's ring.
    pub ring: Ring,
    /// The member's importance, 1–5.
    pub importance: u8,
}

/// One member's sighting of a joint relation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RelationSighting {
    /// The member.
    pub member: MemberId,
    /// The relation's id in the member's own file.
    pub relation: RelationId,
    /// The member's status.
    pub status: RelationStatus,
    /// The member's flow keys.
    pub flows: Vec<String>,
}

/// A value the group chose for a joint actor or relation where members disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum JointValue {
    /// An actor's importance, 1–5.
    Importance(u8),
    /// An actor's ring.
    Ring(Ring),
    /// An actor's kind key.
    Kind(String),
    /// A relation's status.
    Status(RelationStatus),
    /// A relation's flow keys.
    Flows(Vec<String>),
}

/// Which field a [`JointValue`] is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JointField {
    /// An actor's importance.
    Importance,
    /// An actor's ring.
    Ring,
    /// An actor's kind.
    Kind,
    /// A relation's status.
    Status,
    /// A relation's flows.
    Flows,
}

impl JointValue {
    /// The field this value is for.
    pub fn field(&self) -> JointField {
        match self {
            JointValue::Importance(_) => JointField::Importance,
            JointValue::Ring(_) => JointField::Ring,
            JointValue::Kind(_) => JointField::Kind,
            JointValue::Status(_) => JointField::Status,
            JointValue::Flows(_) => JointField::Flows,
        }
    }
}

/// The group's choice of a joint value, recorded with its date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// The chosen value.
    pub value: JointValue,
    /// When it was chosen.
    pub date: Option<Date>,
}

/// Provenance of one joint actor.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActorRecord {
    /// The joint actor.
    pub actor: ActorId,
    /// The members that name it, in member order.
    pub seen_by: Vec<ActorSighting>,
    /// The group's decisions, at most one per field.
    pub decisions: Vec<Decision>,
}

/// Provenance of one joint relation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RelationRecord {
    /// The joint relation.
    pub relation: RelationId,
    /// The members that name it, in member order.
    pub seen_by: Vec<RelationSighting>,
    /// The group's decisions, at most one per field.
    pub decisions: Vec<Decision>,
}

/// The decision on `field` among `decisions`, if the group made one.
pub fn decision_on(decisions: &[Decision], field: JointField) -> Option<&Decision> {
    decisions.iter().find(|d| d.value.field() == field)
}

impl JointInfo {
    /// The member with `id`.
    pub fn member(&self, id: MemberId) -> Option<&JointMember> {
        self.members.iter().find(|m| m.id == id)
    }

    /// The provenance of joint actor `id`.
    pub fn actor(&self, id: ActorId) -> Option<&ActorRecord> {
        self.actors.iter().find(|r| r.actor == id)
    }

    /// The provenance of joint relation `id`.
    pub fn relation(&self, id: RelationId) -> Option<&RelationRecord> {
        self.relations.iter().find(|r| r.relation == id)
    }

    /// Drops the records of removed actors, so that removing an actor never leaves a
    /// dangling record behind.
    pub fn forget_actors(&mut self, ids: &[ActorId]) {
        self.actors.retain(|r| !ids.contains(&r.actor));
    }

    /// Drops the records of relations that no longer exist in `relations`.
    pub fn forget_missing_relations(&mut self, relations: &[super::network::Relation]) {
        let alive: BTreeSet<RelationId> = relations.iter().map(|r| r.id).collect();
        self.relations.retain(|r| alive.contains(&r.relation));
    }

    /// Whether any record is about one of `ids`.
    pub fn mentions_relations(&self, ids: &[RelationId]) -> bool {
        self.relations.iter().any(|r| ids.contains(&r.relation))
    }
}

fn dangling(problems: &mut Vec<Problem>, place: String, id: u32) {
    problems.push(Problem::Dangling { place, id });
}

/// Problems in a project's joint information: duplicate member ids, records for actors,
/// relations or members that do not exist, a member seen twice in one record, two decisions
/// on one field, and values outside their scales or lists. Empty for an ordinary project.
pub fn problems(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(joint) = &project.joint else {
        return problems;
    };
    let mut members = BTreeSet::new();
    for (i, m) in joint.members.iter().enumerate() {
        if !members.insert(m.id) {
            problems.push(Problem::DuplicateId {
                place: format!("joint.members[{i}].id"),
                id: m.id.0,
            });
        }
    }
    let actors: BTreeSet<ActorId> = project.actors.iter().map(|a| a.id).collect();
    let relations: BTreeSet<RelationId> = project.relations.iter().map(|r| r.id).collect();
    let mut seen_actors = BTreeSet::new();
    for (i, record) in joint.actors.iter().enumerate() {
        let at = format!("joint.actors[{i}]");
        if !actors.contains(&record.actor) {
            dangling(&mut problems, format!("{at}.actor"), record.actor.0);
        }
        if !seen_actors.insert(record.actor) {
            problems.push(Problem::DuplicateId {
                place: format!("{at}.actor"),
                id: record.actor.0,
            });
        }
        check_members(&mut problems, &members, &at, record.seen_by.iter().map(|s| s.member));
        for (j, s) in record.seen_by.iter().enumerate() {
            importance(&mut problems, &format!("{at}.seen_by[{j}].importance"), s.importance);
        }
        check_decisions(&mut problems, project, &at, &record.decisions, true);
    }
    let mut seen_relations = BTreeSet::new();
    for (i, record) in joint.relations.iter().enumerate() {
        let at = format!("joint.relations[{i}]");
        if !relations.contains(&record.relation) {
            dangling(&mut problems, format!("{at}.relation"), record.relation.0);
        }
        if !seen_relations.insert(record.relation) {
            problems.push(Problem::DuplicateId {
                place: format!("{at}.relation"),
                id: record.relation.0,
            });
        }
        check_members(&mut problems, &members, &at, record.seen_by.iter().map(|s| s.member));
        check_decisions(&mut problems, project, &at, &record.decisions, false);
    }
    problems
}

fn importance(problems: &mut Vec<Problem>, place: &str, value: u8) {
    if !(1..=5).contains(&value) {
        problems.push(Problem::OutOfRange {
            place: place.into(),
            value: value.into(),
            scale: super::validate::Scale { min: 1, max: 5 },
        });
    }
}

/// Checks the members of the record at `at` (its path in the file, from 0).
fn check_members(
    problems: &mut Vec<Problem>,
    members: &BTreeSet<MemberId>,
    at: &str,
    seen_by: impl Iterator<Item = MemberId>,
) {
    let mut once = BTreeSet::new();
    for (i, member) in seen_by.enumerate() {
        if !members.contains(&member) {
            dangling(problems, format!("{at}.seen_by[{i}].member"), member.0);
        } else if !once.insert(member) {
            problems.push(Problem::Invalid {
                place: format!("{at}.seen_by[{i}].member"),
                value: member.to_string(),
            });
        }
    }
}

/// Checks the decisions of the record at `place` (its path in the file, from 0).
fn check_decisions(problems: &mut Vec<Problem>, project: &Project, place: &str, decisions: &[Decision], actor: bool) {
    let mut fields = BTreeSet::new();
    let has = |list: &str, key: &str| {
        project
            .catalogs
            .lists()
            .iter()
            .find(|(name, _)| *name == list)
            .is_some_and(|(_, catalog)| catalog.contains(key))
    };
    for (j, d) in decisions.iter().enumerate() {
        let at = format!("{place}.decisions[{j}].value");
        let field = d.value.field();
        let for_actor = matches!(field, JointField::Importance | JointField::Ring | JointField::Kind);
        if !fields.insert(field) || for_actor != actor {
            problems.push(Problem::Invalid {
                place: at.clone(),
                value: format!("{field:?}"),
            });
        }
        match &d.value {
            JointValue::Importance(v) => importance(problems, &at, *v),
            JointValue::Kind(key) if !has("actor_kinds", key) => problems.push(Problem::Invalid {
                place: at.clone(),
                value: key.clone(),
            }),
            JointValue::Flows(keys) => {
                for key in keys.iter().filter(|k| !has("flows", k)) {
                    problems.push(Problem::Invalid {
                        place: at.clone(),
                        value: key.clone(),
                    });
                }
            }
            _ => {}
        }
    }
}
