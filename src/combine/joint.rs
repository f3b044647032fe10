//! Building or updating the joint project from a reviewed [`Review`].
//!
//! Accepted proposals join actors into groups (strongest first; a join that would put two
//! actors of one member, or two joint actors, into one group is skipped). Each group is one
//! joint actor: an existing joint actor keeps its id and its own fields, a new one copies the
//! first member's actor. Importance, ring and kind follow the group's decision if there is one,
//! else the members' value if they all agree, else stay as they are.
//!
//! Relations are matched through their ends: a member's relation is the joint relation this
//! member's same relation was before (provenance), else the first joint relation between the
//! same two joint actors that this member has not yet matched and that does not point the
//! other way (two directed relations in opposite directions stay apart), else a new one.
//!
//! Updating replaces the contribution of each member in the files: its sightings are dropped
//! and made again, and what nobody sees any more is removed (actors and relations added by hand
//! in the joint project, with no sightings at all, stay). Building twice from the same files
//! gives the same project.

use super::matching::{ActorKey, Review, Verdict};
use crate::model::joint::{
    ActorRecord, ActorSighting, Decision, JointField, JointInfo, JointMember, JointValue, MemberPhases, RelationRecord,
    RelationSighting, decision_on,
};
use crate::model::{Actor, ActorId, Catalog, Holder, MemberId, PhaseId, Project, Relation, RelationId};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What a build did, for the summary.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Members of the joint project that were not in this round's files.
    pub missing_members: Vec<String>,
    /// Names of joint actors removed because no member names them any more.
    pub removed_actors: Vec<String>,
    /// How many joint relations were removed because no member names them any more.
    pub removed_relations: usize,
    /// Accepted proposals that were not applied because they would join two actors of one
    /// member: (actor name, target name).
    pub conflicts: Vec<(String, String)>,
}

/// The joint project and what building it did.
#[derive(Clone, Debug)]
pub struct Combined {
    /// The joint project.
    pub project: Project,
    /// What was done.
    pub report: Report,
}

/// Union–find over review keys, remembering which members and joint actors each group holds.
struct Groups {
    parent: Vec<usize>,
    members: Vec<BTreeSet<usize>>,
    joint: Vec<Option<ActorId>>,
}

impl Groups {
    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two groups unless that would hold one member twice or two joint actors.
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return true;
        }
        if !self.members[a].is_disjoint(&self.members[b]) || (self.joint[a].is_some() && self.joint[b].is_some()) {
            return false;
        }
        let (keep, gone) = if a < b { (a, b) } else { (b, a) };
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.members[gone]);
        self.members[keep].extend(moved);
        self.joint[keep] = self.joint[keep].or(self.joint[gone]);
        true
    }
}

fn merge_catalog(into: &mut Catalog, from: &Catalog) {
    for item in &from.0 {
        if !into.contains(&item.key) {
            into.0.push(item.clone());
        }
    }
}

fn own_phases(project: &Project) -> MemberPhases {
    let own = project.own_actor().map(|a| a.id);
    MemberPhases {
        answers: PhaseId::ALL[..5]
            .iter()
            .map(|&p| project.sheet(p).answers.clone())
            .collect(),
        idea: project.idea.canvas.clone(),
        competences: project
            .competences
            .competences
            .iter()
            .map(|c| {
                let level = c
                    .cells
                    .iter()
                    .find(|cell| own.is_some_and(|o| cell.holder == Holder::Actor(o)))
                    .map(|cell| cell.level);
                (c.name.clone(), level)
            })
            .collect(),
    }
}

/// The value all sightings agree on, if they do.
fn unanimous<T: PartialEq + Clone>(values: impl Iterator<Item = T>) -> Option<T> {
    let mut values = values;
    let first = values.next()?;
    values.all(|v| v == first).then_some(first)
}

fn apply_actor_values(actor: &mut Actor, record: &ActorRecord) {
    let decided = |f| decision_on(&record.decisions, f).map(|d: &Decision| d.value.clone());
    match decided(JointField::Importance) {
        Some(JointValue::Importance(v)) => actor.importance = v,
        _ => {
            if let Some(v) = unanimous(record.seen_by.iter().map(|s| s.importance)) {
                actor.importance = v;
            }
        }
    }
    match decided(JointField::Ring) {
        Some(JointValue::Ring(v)) => actor.ring = v,
        _ => {
            if let Some(v) = unanimous(record.seen_by.iter().map(|s| s.ring)) {
                actor.ring = v;
            }
        }
    }
    match decided(JointField::Kind) {
        Some(JointValue::Kind(v)) => actor.kind = v,
        _ => {
            if let Some(v) = unanimous(record.seen_by.iter().map(|s| s.kind.clone())) {
                actor.kind = v;
            }
        }
    }
}

fn apply_relation_values(relation: &mut Relation, record: &RelationRecord) {
    let decided = |f| decision_on(&record.decisions, f).map(|d: &Decision| d.value.clone());
    match decided(JointField::Status) {
        Some(JointValue::Status(v)) => relation.status = v,
        _ => {
            if let Some(v) = unanimous(record.seen_by.iter().map(|s| s.status)) {
                relation.status = v;
            }
        }
    }
    match decided(JointField::Flows) {
        Some(JointValue::Flows(v)) => relation.flows = v,
        _ => {
            if let Some(v) = unanimous(record.seen_by.iter().map(|s| s.flows.clone())) {
                relation.flows = v;
            }
        }
    }
}

/// The review's actors (the joint project's first) in groups by the accepted proposals,
/// strongest first; the joins that were skipped, as (actor name, target name).
#[allow(clippy::type_complexity)]
fn group_actors(
    review: &Review,
    project: &Project,
) -> (Vec<ActorKey>, HashMap<ActorKey, usize>, Groups, Vec<(String, String)>) {
    let mut keys: Vec<ActorKey> = project.actors.iter().map(|a| ActorKey::Joint(a.id)).collect();
    for (k, f) in review.files.iter().enumerate() {
        keys.extend(f.project.actors.iter().map(|a| ActorKey::Member(k, a.id)));
    }
    let slot: HashMap<ActorKey, usize> = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let mut groups = Groups {
        parent: (0..keys.len()).collect(),
        members: keys
            .iter()
            .map(|k| match k {
                ActorKey::Member(m, _) => BTreeSet::from([*m]),
                ActorKey::Joint(_) => BTreeSet::new(),
            })
            .collect(),
        joint: keys
            .iter()
            .map(|k| match k {
                ActorKey::Joint(id) => Some(*id),
                ActorKey::Member(..) => None,
            })
            .collect(),
    };
    let mut accepted: Vec<usize> = (0..review.proposals.len())
        .filter(|&i| review.proposals[i].verdict == Verdict::Accepted)
        .collect();
    accepted.sort_by(|&a, &b| {
        let (pa, pb) = (&review.proposals[a], &review.proposals[b]);
        pa.reason
            .cmp(&pb.reason)
            .then(pb.score.total_cmp(&pa.score))
            .then(a.cmp(&b))
    });
    let mut conflicts = Vec::new();
    for i in accepted {
        let p = &review.proposals[i];
        let (Some(&a), Some(&b)) = (slot.get(&p.actor), slot.get(&p.target)) else {
            continue;
        };
        if !groups.join(a, b) {
            conflicts.push((
                review.name(p.actor).unwrap_or_default().to_owned(),
                review.name(p.target).unwrap_or_default().to_owned(),
            ));
        }
    }
    (keys, slot, groups, conflicts)
}

/// How many actors the joint project built from `review` will have, without building it:
/// the joint project's actors that stay, and one new actor per group of members' actors
/// holding none of them.
pub fn count_actors(review: &Review) -> usize {
    let empty = Project::default();
    let base = review.base.as_ref().unwrap_or(&empty);
    let (keys, _, mut groups, _) = group_actors(review, base);
    let round: HashSet<MemberId> = review.member_ids.iter().copied().collect();
    // Joint actors whose group holds a member's actor of this round.
    let mut matched: HashSet<usize> = HashSet::new();
    let mut new_groups: HashSet<usize> = HashSet::new();
    for (i, key) in keys.iter().enumerate() {
        if let ActorKey::Member(..) = key {
            let root = groups.find(i);
            if groups.joint[root].is_some() {
                matched.insert(root);
            } else {
                new_groups.insert(root);
            }
        }
    }
    let records: HashMap<ActorId, &ActorRecord> = base
        .joint
        .as_ref()
        .map(|j| j.actors.iter().map(|r| (r.actor, r)).collect())
        .unwrap_or_default();
    let kept = keys
        .iter()
        .enumerate()
        .filter(|&(i, key)| {
            let ActorKey::Joint(id) = key else { return false };
            // Removed: only this round's members saw it, and none of them does any more.
            let only_this_round = records
                .get(id)
                .is_some_and(|r| !r.seen_by.is_empty() && r.seen_by.iter().all(|s| round.contains(&s.member)));
            !only_this_round || matched.contains(&groups.find(i))
        })
        .count();
    kept + new_groups.len()
}

/// Builds the joint project from the review: a new one, or `review.base` updated.
pub fn build(review: &Review) -> Combined {
    let mut report = Report::default();
    let mut project = review.base.clone().unwrap_or_else(|| {
        let mut p = Project::new();
        p.meta.name = review.files.iter().map(|f| f.name()).collect::<Vec<_>>().join(" + ");
        p
    });
    let mut joint = project.joint.take().unwrap_or_default();

    // Lists: every member's kinds, roles and flows exist in the joint project.
    for f in &review.files {
        let from = &f.project.catalogs;
        let to = &mut project.catalogs;
        merge_catalog(&mut to.actor_kinds, &from.actor_kinds);
        merge_catalog(&mut to.relation_roles, &from.relation_roles);
        merge_catalog(&mut to.flows, &from.flows);
    }

    // Members.
    for (k, f) in review.files.iter().enumerate() {
        let member = JointMember {
            id: review.member_ids[k],
            name: f.name(),
            source: f.source.clone(),
            organisation: f.project.meta.organisation.clone(),
            own: own_phases(&f.project),
        };
        match joint.members.iter_mut().find(|m| m.id == member.id) {
            Some(m) => *m = member,
            None => joint.members.push(member),
        }
    }
    let round: HashSet<MemberId> = review.member_ids.iter().copied().collect();
    report.missing_members = joint
        .members
        .iter()
        .filter(|m| !round.contains(&m.id))
        .map(|m| m.name.clone())
        .collect();

    // Actor groups.
    let (_, slot, mut groups, conflicts) = group_actors(review, &project);
    report.conflicts = conflicts;

    // Joint actor per group; new groups get ids in file and actor order.
    let mut next_actor = project.next_actor_id().0;
    let mut group_actor: HashMap<usize, ActorId> = HashMap::new();
    let mut mapped: HashMap<(usize, ActorId), ActorId> = HashMap::new();
    let mut new_actors: Vec<Actor> = Vec::new();
    let mut sightings: BTreeMap<ActorId, Vec<ActorSighting>> = BTreeMap::new();
    for (k, f) in review.files.iter().enumerate() {
        for a in &f.project.actors {
            let id = a.id;
            let Some(&i) = slot.get(&ActorKey::Member(k, id)) else {
                continue;
            };
            let root = groups.find(i);
            let joint_id = match group_actor.get(&root) {
                Some(&j) => j,
                None => {
                    let j = match groups.joint[root] {
                        Some(j) => j,
                        None => {
                            let j = ActorId(next_actor);
                            next_actor += 1;
                            new_actors.push(Actor {
                                id: j,
                                own: false,
                                ..a.clone()
                            });
                            j
                        }
                    };
                    group_actor.insert(root, j);
                    j
                }
            };
            mapped.insert((k, id), joint_id);
            sightings.entry(joint_id).or_default().push(ActorSighting {
                member: review.member_ids[k],
                actor: a.id,
                name: a.name.clone(),
                kind: a.kind.clone(),
                ring: a.ring,
                importance: a.importance,
            });
        }
    }
    project.actors.extend(new_actors);
    project.actors.sort_by_key(|a| a.id);

    // Actor records: this round's members' sightings replaced.
    let mut records: BTreeMap<ActorId, ActorRecord> = joint.actors.drain(..).map(|r| (r.actor, r)).collect();
    let mut orphaned: Vec<ActorId> = Vec::new();
    for record in records.values_mut() {
        let had = !record.seen_by.is_empty();
        record.seen_by.retain(|s| !round.contains(&s.member));
        if had && record.seen_by.is_empty() && !sightings.contains_key(&record.actor) {
            orphaned.push(record.actor);
        }
    }
    for (id, seen) in sightings {
        let record = records.entry(id).or_insert_with(|| ActorRecord {
            actor: id,
            ..ActorRecord::default()
        });
        record.seen_by.extend(seen);
        record.seen_by.sort_by_key(|s| s.member);
    }
    let gone: HashSet<ActorId> = orphaned.iter().copied().collect();
    joint.actors = records.into_values().filter(|r| !gone.contains(&r.actor)).collect();
    let by_id: HashMap<ActorId, usize> = joint.actors.iter().enumerate().map(|(i, r)| (r.actor, i)).collect();
    for a in &mut project.actors {
        if let Some(&i) = by_id.get(&a.id) {
            apply_actor_values(a, &joint.actors[i]);
        }
    }
    report.removed_actors = orphaned.iter().map(|&id| project.actor_name(id)).collect();
    project.remove_actors(&orphaned);

    build_relations(review, &mut project, &mut joint, &mapped, &round, &mut report);
    project.joint = Some(joint);
    Combined { project, report }
}

fn pair(a: ActorId, b: ActorId) -> (ActorId, ActorId) {
    if a <= b { (a, b) } else { (b, a) }
}

fn build_relations(
    review: &Review,
    project: &mut Project,
    joint: &mut JointInfo,
    mapped: &HashMap<(usize, ActorId), ActorId>,
    round: &HashSet<MemberId>,
    report: &mut Report,
) {
    let mut provenance: HashMap<(MemberId, RelationId), RelationId> = HashMap::new();
    for r in &joint.relations {
        for s in &r.seen_by {
            provenance.insert((s.member, s.relation), r.relation);
        }
    }
    let mut by_pair: HashMap<(ActorId, ActorId), Vec<RelationId>> = HashMap::new();
    let mut ends: HashMap<RelationId, (ActorId, ActorId, bool)> = HashMap::new();
    for r in &project.relations {
        by_pair.entry(pair(r.from, r.to)).or_default().push(r.id);
        ends.insert(r.id, (r.from, r.to, r.directed));
    }
    let mut next = project.next_relation_id().0;
    let mut claimed: HashSet<(MemberId, RelationId)> = HashSet::new();
    let mut sightings: BTreeMap<RelationId, Vec<RelationSighting>> = BTreeMap::new();
    let mut new_relations = Vec::new();
    for (k, f) in review.files.iter().enumerate() {
        let member = review.member_ids[k];
        for r in &f.project.relations {
            let (Some(&from), Some(&to)) = (mapped.get(&(k, r.from)), mapped.get(&(k, r.to))) else {
                continue;
            };
            let compatible = |id: &RelationId| {
                ends.get(id)
                    .is_some_and(|&(f2, t2, d2)| pair(f2, t2) == pair(from, to) && !(r.directed && d2 && f2 != from))
            };
            let found = provenance
                .get(&(member, r.id))
                .copied()
                .filter(|id| compatible(id) && !claimed.contains(&(member, *id)))
                .or_else(|| {
                    by_pair.get(&pair(from, to)).and_then(|ids| {
                        ids.iter()
                            .copied()
                            .find(|id| compatible(id) && !claimed.contains(&(member, *id)))
                    })
                });
            let id = match found {
                Some(id) => id,
                None => {
                    let id = RelationId(next);
                    next += 1;
                    new_relations.push(Relation {
                        id,
                        from,
                        to,
                        ..r.clone()
                    });
                    by_pair.entry(pair(from, to)).or_default().push(id);
                    ends.insert(id, (from, to, r.directed));
                    id
                }
            };
            claimed.insert((member, id));
            sightings.entry(id).or_default().push(RelationSighting {
                member,
                relation: r.id,
                status: r.status,
                flows: r.flows.clone(),
            });
        }
    }
    project.relations.extend(new_relations);
    project.relations.sort_by_key(|r| r.id);

    let mut records: BTreeMap<RelationId, RelationRecord> =
        joint.relations.drain(..).map(|r| (r.relation, r)).collect();
    let mut orphaned: BTreeSet<RelationId> = BTreeSet::new();
    for record in records.values_mut() {
        let had = !record.seen_by.is_empty();
        record.seen_by.retain(|s| !round.contains(&s.member));
        if had && record.seen_by.is_empty() && !sightings.contains_key(&record.relation) {
            orphaned.insert(record.relation);
        }
    }
    for (id, seen) in sightings {
        let record = records.entry(id).or_insert_with(|| RelationRecord {
            relation: id,
            ..RelationRecord::default()
        });
        record.seen_by.extend(seen);
        record.seen_by.sort_by_key(|s| s.member);
    }
    project.relations.retain(|r| !orphaned.contains(&r.id));
    report.removed_relations = orphaned.len();
    joint.relations = records
        .into_values()
        .filter(|r| !orphaned.contains(&r.relation))
        .collect();
    let alive: BTreeSet<RelationId> = project.relations.iter().map(|r| r.id).collect();
    joint.relations.retain(|r| alive.contains(&r.relation));
    let by_id: HashMap<RelationId, usize> = joint
        .relations
        .iter()
        .enumerate()
        .map(|(i, r)| (r.relation, i))
        .collect();
    for r in &mut project.relations {
        if let Some(&i) = by_id.get(&r.id) {
            apply_relation_values(r, &joint.relations[i]);
        }
    }
}
