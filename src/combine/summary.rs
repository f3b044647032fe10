//! Agreement in a joint project: who sees each actor and relation, where the members disagree,
//! recording the group's choice, and the text summary printed by `verkosto merge`.

use super::joint::Report;
use super::matching::{Reason, Review, Verdict};
use super::msg;
use crate::i18n::Lang;
use crate::model::joint::{ActorRecord, Decision, JointField, JointValue, RelationRecord, decision_on};
use crate::model::{ActorId, Date, Edit, MemberId, Project, RelationId};
use std::fmt::Write as _;

pub use crate::model::joint::{SeenBy, seen_by};

/// How widely `subject` is seen in a joint project; `None` in an ordinary project.
pub fn seen_of(project: &Project, subject: Subject) -> Option<SeenBy> {
    let joint = project.joint.as_ref()?;
    let seen = match subject {
        Subject::Actor(id) => joint.actor(id).map_or(0, |r| r.seen_by.len()),
        Subject::Relation(id) => joint.relation(id).map_or(0, |r| r.seen_by.len()),
    };
    Some(seen_by(seen, joint.members.len()))
}

/// What a disagreement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// A joint actor.
    Actor(ActorId),
    /// A joint relation.
    Relation(RelationId),
}

/// One field where members see a joint actor or relation differently: one row of the table
/// the group walks through.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// The actor or relation.
    pub subject: Subject,
    /// The field.
    pub field: JointField,
    /// Each member's value, in member order.
    pub values: Vec<(MemberId, JointValue)>,
    /// The value the joint project now has.
    pub joint: JointValue,
    /// The group's decision, if made.
    pub decided: Option<Decision>,
}

/// A field, how to read it from a sighting, and the joint value.
type ActorField = (
    JointField,
    fn(&crate::model::joint::ActorSighting) -> JointValue,
    JointValue,
);
/// A field, how to read it from a sighting, and the joint value.
type RelationField = (
    JointField,
    fn(&crate::model::joint::RelationSighting) -> JointValue,
    JointValue,
);

fn differ(values: &[(MemberId, JointValue)]) -> bool {
    values.windows(2).any(|w| w[0].1 != w[1].1)
}

/// Every disagreement of a joint project: actors in id order (importance, ring, kind), then
/// relations (status, flows).
pub fn disagreements(project: &Project) -> Vec<Disagreement> {
    let mut out = Vec::new();
    let Some(joint) = &project.joint else {
        return out;
    };
    for record in &joint.actors {
        actor_disagreements(project, record, &mut out);
    }
    for record in &joint.relations {
        relation_disagreements(project, record, &mut out);
    }
    out
}

/// The disagreements about one joint actor or relation (none when it has no record), in the
/// order of [`disagreements`]: what the inspector shows next to the actor's own fields.
pub fn disagreements_about(project: &Project, subject: Subject) -> Vec<Disagreement> {
    let mut out = Vec::new();
    let Some(joint) = &project.joint else {
        return out;
    };
    match subject {
        Subject::Actor(id) => {
            if let Some(record) = joint.actor(id) {
                actor_disagreements(project, record, &mut out);
            }
        }
        Subject::Relation(id) => {
            if let Some(record) = joint.relation(id) {
                relation_disagreements(project, record, &mut out);
            }
        }
    }
    out
}

fn actor_disagreements(project: &Project, record: &ActorRecord, out: &mut Vec<Disagreement>) {
    let Some(actor) = project.actor(record.actor) else {
        return;
    };
    let fields: [ActorField; 3] = [
        (
            JointField::Importance,
            |s| JointValue::Importance(s.importance),
            JointValue::Importance(actor.importance),
        ),
        (
            JointField::Ring,
            |s| JointValue::Ring(s.ring),
            JointValue::Ring(actor.ring),
        ),
        (
            JointField::Kind,
            |s| JointValue::Kind(s.kind.clone()),
            JointValue::Kind(actor.kind.clone()),
        ),
    ];
    for (field, get, current) in fields {
        let values: Vec<(MemberId, JointValue)> = record.seen_by.iter().map(|s| (s.member, get(s))).collect();
        if differ(&values) {
            out.push(Disagreement {
                subject: Subject::Actor(record.actor),
                field,
                values,
                joint: current,
                decided: decision_on(&record.decisions, field).cloned(),
            });
        }
    }
}

fn relation_disagreements(project: &Project, record: &RelationRecord, out: &mut Vec<Disagreement>) {
    let Some(relation) = project.relation(record.relation) else {
        return;
    };
    let fields: [RelationField; 2] = [
        (
            JointField::Status,
            |s| JointValue::Status(s.status),
            JointValue::Status(relation.status),
        ),
        (
            JointField::Flows,
            |s| JointValue::Flows(s.flows.clone()),
            JointValue::Flows(relation.flows.clone()),
        ),
    ];
    for (field, get, current) in fields {
        let values: Vec<(MemberId, JointValue)> = record.seen_by.iter().map(|s| (s.member, get(s))).collect();
        if differ(&values) {
            out.push(Disagreement {
                subject: Subject::Relation(record.relation),
                field,
                values,
                joint: current,
                decided: decision_on(&record.decisions, field).cloned(),
            });
        }
    }
}

/// The edit that records the group's choice of `value` for `subject` on `date` and sets the
/// joint value: one undoable step. `None` when the subject has no provenance record or the
/// value does not fit it (an actor field for a relation or the other way round).
pub fn decide(project: &Project, subject: Subject, value: JointValue, date: Option<Date>) -> Option<Edit> {
    let mut joint = project.joint.clone()?;
    let decision = Decision {
        value: value.clone(),
        date,
    };
    let field = value.field();
    let set = |decisions: &mut Vec<Decision>| {
        decisions.retain(|d| d.value.field() != field);
        decisions.push(decision.clone());
        decisions.sort_by_key(|d| d.value.field());
    };
    let edit = match subject {
        Subject::Actor(id) => {
            let mut actor = project.actor(id)?.clone();
            match value {
                JointValue::Importance(v) => actor.importance = v,
                JointValue::Ring(v) => actor.ring = v,
                JointValue::Kind(v) => actor.kind = v,
                JointValue::Status(_) | JointValue::Flows(_) => return None,
            }
            set(&mut joint.actors.iter_mut().find(|r| r.actor == id)?.decisions);
            Edit::SetActor(Box::new(actor))
        }
        Subject::Relation(id) => {
            let mut relation = project.relation(id)?.clone();
            match value {
                JointValue::Status(v) => relation.status = v,
                JointValue::Flows(v) => relation.flows = v,
                _ => return None,
            }
            set(&mut joint.relations.iter_mut().find(|r| r.relation == id)?.decisions);
            Edit::SetRelation(Box::new(relation))
        }
    };
    Some(Edit::Batch(vec![edit, Edit::SetJoint(Box::new(Some(joint)))]))
}

/// A value as shown to the user.
pub fn show_value(project: &Project, value: &JointValue, lang: Lang) -> String {
    match value {
        JointValue::Importance(v) => v.to_string(),
        JointValue::Ring(r) => r.label().get(lang).to_owned(),
        JointValue::Kind(k) => project.catalogs.actor_kinds.label(k, lang).to_owned(),
        JointValue::Status(s) => s.label().get(lang).to_owned(),
        JointValue::Flows(f) if f.is_empty() => "–".to_owned(),
        JointValue::Flows(f) => f
            .iter()
            .map(|k| project.catalogs.flows.label(k, lang))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A field's name as shown to the user ("importance").
pub fn field_name(field: JointField, lang: Lang) -> &'static str {
    match field {
        JointField::Importance => msg::FIELD_IMPORTANCE.get(lang),
        JointField::Ring => msg::FIELD_RING.get(lang),
        JointField::Kind => msg::FIELD_KIND.get(lang),
        JointField::Status => msg::FIELD_STATUS.get(lang),
        JointField::Flows => msg::FIELD_FLOWS.get(lang),
    }
}

/// The summary `verkosto merge` prints: members, counts, matches, disagreements and what the
/// update removed, in `lang`.
pub fn render(review: &Review, project: &Project, report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    let Some(joint) = &project.joint else {
        return out;
    };
    let members = joint.members.len();
    let member_name = |id: MemberId| joint.member(id).map_or_else(|| id.to_string(), |m| m.name.clone());
    let _ = writeln!(out, "{}", msg::SUMMARY_MEMBERS.fmt(lang, &[("count", &members)]));
    for m in &joint.members {
        let _ = writeln!(out, "  {} ({})", m.name, m.source);
    }
    for name in &report.missing_members {
        let _ = writeln!(out, "{}", msg::SUMMARY_MISSING_MEMBER.fmt(lang, &[("member", name)]));
    }
    let count = |classes: &[SeenBy], actors: bool| -> usize {
        if actors {
            joint
                .actors
                .iter()
                .filter(|r| classes.contains(&seen_by(r.seen_by.len(), members)))
                .count()
        } else {
            joint
                .relations
                .iter()
                .filter(|r| classes.contains(&seen_by(r.seen_by.len(), members)))
                .count()
        }
    };
    let _ = writeln!(
        out,
        "{}",
        msg::SUMMARY_ACTORS.fmt(
            lang,
            &[
                ("count", &project.actors.len()),
                ("all", &count(&[SeenBy::All], true)),
                ("several", &count(&[SeenBy::Several], true)),
                ("one", &count(&[SeenBy::One], true)),
            ],
        )
    );
    let _ = writeln!(
        out,
        "{}",
        msg::SUMMARY_RELATIONS.fmt(
            lang,
            &[
                ("count", &project.relations.len()),
                ("all", &count(&[SeenBy::All], false)),
                ("several", &count(&[SeenBy::Several], false)),
                ("one", &count(&[SeenBy::One], false)),
            ],
        )
    );

    let mut names: std::collections::HashMap<crate::combine::ActorKey, &str> = std::collections::HashMap::new();
    for (k, f) in review.files.iter().enumerate() {
        names.extend(
            f.project
                .actors
                .iter()
                .map(|a| (crate::combine::ActorKey::Member(k, a.id), a.name.as_str())),
        );
    }
    if let Some(base) = &review.base {
        names.extend(
            base.actors
                .iter()
                .map(|a| (crate::combine::ActorKey::Joint(a.id), a.name.as_str())),
        );
    }
    let name = |key| names.get(&key).copied().unwrap_or_default();
    let shown: Vec<_> = review
        .proposals
        .iter()
        .filter(|p| p.reason != Reason::Provenance)
        .collect();
    let _ = writeln!(out, "{}", msg::SUMMARY_MATCHES.fmt(lang, &[("count", &shown.len())]));
    for p in shown {
        let reason = match p.reason {
            Reason::Exact => msg::REASON_EXACT,
            Reason::SuffixOnly => msg::REASON_SUFFIX,
            Reason::Similar => msg::REASON_SIMILAR,
            Reason::Manual | Reason::Provenance => msg::REASON_MANUAL,
        };
        let verdict = match p.verdict {
            Verdict::Accepted => msg::VERDICT_ACCEPTED,
            Verdict::Proposed => msg::VERDICT_PROPOSED,
            Verdict::Rejected => msg::VERDICT_REJECTED,
        };
        let _ = writeln!(
            out,
            "  {} ↔ {} – {} {:.2}, {}",
            name(p.actor),
            name(p.target),
            reason.get(lang),
            p.score,
            verdict.get(lang)
        );
    }
    for (a, b) in &report.conflicts {
        let _ = writeln!(
            out,
            "{}",
            msg::SUMMARY_CONFLICT.fmt(lang, &[("actor", a), ("target", b)])
        );
    }

    let list = disagreements(project);
    let _ = writeln!(
        out,
        "{}",
        msg::SUMMARY_DISAGREEMENTS.fmt(lang, &[("count", &list.len())])
    );
    for d in &list {
        let subject = match d.subject {
            Subject::Actor(id) => project.actor_name(id),
            Subject::Relation(id) => project.relation(id).map_or_else(
                || format!("#{id}"),
                |r| format!("{} – {}", project.actor_name(r.from), project.actor_name(r.to)),
            ),
        };
        let values: Vec<String> = d
            .values
            .iter()
            .map(|(m, v)| format!("{} {}", member_name(*m), show_value(project, v, lang)))
            .collect();
        let _ = writeln!(out, "  {subject}, {}: {}", field_name(d.field, lang), values.join("; "));
    }
    for name in &report.removed_actors {
        let _ = writeln!(out, "{}", msg::SUMMARY_REMOVED_ACTOR.fmt(lang, &[("actor", name)]));
    }
    if report.removed_relations > 0 {
        let _ = writeln!(
            out,
            "{}",
            msg::SUMMARY_REMOVED_RELATIONS.fmt(lang, &[("count", &report.removed_relations)])
        );
    }
    out
}
