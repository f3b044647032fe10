//! Checks a loaded project for problems a parser cannot see: duplicate ids, references to
//! things that do not exist, and values outside their scales.

use super::ids::*;
use super::phases::{Holder, TAGLINE_MAX};
use super::project::Project;
use crate::i18n::{Lang, msg};
use std::collections::BTreeSet;

/// A numeric scale a field must stay within.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    /// Smallest allowed value.
    pub min: u8,
    /// Largest allowed value.
    pub max: u8,
}

const ONE_TO_FIVE: Scale = Scale { min: 1, max: 5 };
const ZERO_TO_FOUR: Scale = Scale { min: 0, max: 4 };
const ONE_TO_THREE: Scale = Scale { min: 1, max: 3 };

/// Largest coordinate an actor may have on the map.
pub const MAX_COORDINATE: f32 = 1.0e7;

crate::messages! {
    PROBLEM_POSITION = "{place}: sijainnin on oltava kaksi lukua väliltä −{max}…{max}.", "{place}: the position must be two numbers between −{max} and {max}.";
}

/// The scale of a numeric field by its name in the file, for naming the scale when a number
/// is too large even to be read (importance 300 does not fit the byte it is kept in).
pub fn scale_of_field(field: &str) -> Option<Scale> {
    match field {
        "importance" | "significance" | "strength" | "criticality" | "priority" | "score" => Some(ONE_TO_FIVE),
        "required" | "level" => Some(ZERO_TO_FOUR),
        "weight" => Some(ONE_TO_THREE),
        _ => None,
    }
}

/// One problem found in a project. `place` says where, as the path in the file in its own
/// field names with positions counted from 0 (`relations[2].to`): it finds the line and column,
/// and [`shown_place`] counts from 1 for the message.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Two things of one kind share an id.
    DuplicateId {
        /// Where the repeated one is, as its path in the file with positions counted from 0
        /// (`actors[4].id` is the fifth actor's id; see [`shown_place`]).
        place: String,
        /// The repeated id.
        id: u32,
    },
    /// A reference names something that does not exist.
    Dangling {
        /// The field (or list element) holding the reference, as its path in the file with
        /// positions counted from 0 (`relations[2].to`, `card.members[0]`; see [`shown_place`]).
        place: String,
        /// The missing id.
        id: u32,
    },
    /// A number is outside its scale.
    OutOfRange {
        /// The field.
        place: String,
        /// Its value.
        value: i64,
        /// The scale.
        scale: Scale,
    },
    /// A value is not allowed, e.g. an unknown list key or an infinite coordinate.
    Invalid {
        /// The field.
        place: String,
        /// The value as text.
        value: String,
    },
    /// A map position that is not a number, infinite, or too far out (a file may say `NaN` or
    /// `1e39`, which reads as infinity).
    BadPosition {
        /// The field.
        place: String,
    },
    /// More than one actor is marked as the own organisation.
    SeveralOwn {
        /// How many are marked.
        count: usize,
    },
    /// A text is longer than allowed.
    TooLong {
        /// The field.
        place: String,
        /// Its length in characters.
        length: usize,
        /// The limit.
        max: usize,
    },
}

/// A path in the file (`relations[2].to`, positions from 0) as people count: from 1
/// (`relations[3].to`, the third relation).
pub fn shown_place(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    let mut rest = place;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let close = rest.find(']').unwrap_or(rest.len());
        match rest[..close].parse::<usize>() {
            Ok(n) => out.push_str(&n.saturating_add(1).to_string()),
            Err(_) => out.push_str(&rest[..close]),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

impl Problem {
    /// The path in the file of what the problem is about (positions from 0): what finds its
    /// line and column. `None` for a problem of the whole project.
    pub fn file_path(&self) -> Option<&str> {
        match self {
            Problem::DuplicateId { place, .. }
            | Problem::Dangling { place, .. }
            | Problem::OutOfRange { place, .. }
            | Problem::Invalid { place, .. }
            | Problem::BadPosition { place }
            | Problem::TooLong { place, .. } => Some(place),
            Problem::SeveralOwn { .. } => None,
        }
    }

    /// The problem as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::DuplicateId { place, id } => {
                msg::PROBLEM_DUPLICATE_ID.fmt(lang, &[("place", &shown_place(place)), ("id", id)])
            }
            Problem::Dangling { place, id } => {
                msg::PROBLEM_DANGLING.fmt(lang, &[("place", &shown_place(place)), ("id", id)])
            }
            Problem::OutOfRange { place, value, scale } => msg::PROBLEM_OUT_OF_RANGE.fmt(
                lang,
                &[
                    ("place", &shown_place(place)),
                    ("value", value),
                    ("min", &scale.min),
                    ("max", &scale.max),
                ],
            ),
            Problem::Invalid { place, value } => {
                msg::PROBLEM_INVALID.fmt(lang, &[("place", &shown_place(place)), ("value", value)])
            }
            Problem::BadPosition { place } => PROBLEM_POSITION.fmt(
                lang,
                &[("place", &shown_place(place)), ("max", &(MAX_COORDINATE as u64))],
            ),
            Problem::SeveralOwn { count } => msg::PROBLEM_SEVERAL_OWN.fmt(lang, &[("count", count)]),
            Problem::TooLong { place, length, max } => msg::PROBLEM_TOO_LONG.fmt(
                lang,
                &[("place", &shown_place(place)), ("length", length), ("max", max)],
            ),
        }
    }
}

/// Collects problems while walking a project.
struct Checker<'a> {
    project: &'a Project,
    actors: BTreeSet<ActorId>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn scale(&mut self, place: impl Into<String>, value: u8, scale: Scale) {
        if value < scale.min || value > scale.max {
            self.problems.push(Problem::OutOfRange {
                place: place.into(),
                value: value.into(),
                scale,
            });
        }
    }

    fn actor_ref(&mut self, place: impl Into<String>, id: ActorId) {
        if !self.actors.contains(&id) {
            self.problems.push(Problem::Dangling {
                place: place.into(),
                id: id.0,
            });
        }
    }

    /// Each element of the list at `place` (`place[0]`, `place[1]` …) must name an actor.
    fn actor_refs(&mut self, place: &str, ids: &[ActorId]) {
        for (i, &id) in ids.iter().enumerate() {
            self.actor_ref(format!("{place}[{i}]"), id);
        }
    }

    fn unique<T: Ord + Copy + Into<u32>>(&mut self, place: &str, ids: impl Iterator<Item = T>) -> BTreeSet<T> {
        let mut seen = BTreeSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                // The repeated one, so that a reader of the file can find it.
                self.problems.push(Problem::DuplicateId {
                    place: format!("{place}[{index}].id"),
                    id: id.into(),
                });
            }
        }
        seen
    }

    fn key(&mut self, place: impl Into<String>, list: &str, key: &str) {
        let known = self
            .project
            .catalogs
            .lists()
            .iter()
            .find(|(name, _)| *name == list)
            .is_some_and(|(_, catalog)| catalog.contains(key));
        if !known {
            self.problems.push(Problem::Invalid {
                place: place.into(),
                value: key.into(),
            });
        }
    }
}

macro_rules! into_u32 {
    ($($t:ty),*) => {$(impl From<$t> for u32 { fn from(id: $t) -> u32 { id.0 } })*};
}
into_u32!(
    ActorId,
    RelationId,
    NetworkId,
    CompetenceId,
    CriterionId,
    RoundId,
    RespondentId
);

impl Project {
    /// Every problem in the project; empty when it is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut c = Checker {
            project: self,
            actors: BTreeSet::new(),
            problems: Vec::new(),
        };
        c.actors = c.unique("actors", self.actors.iter().map(|a| a.id));

        for (name, catalog) in self.catalogs.lists() {
            let mut keys = BTreeSet::new();
            for (i, item) in catalog.0.iter().enumerate() {
                if item.key.trim().is_empty() || !keys.insert(item.key.as_str()) {
                    c.problems.push(Problem::Invalid {
                        place: format!("catalogs.{name}[{i}].key"),
                        value: item.key.clone(),
                    });
                }
            }
        }

        let own = self.actors.iter().filter(|a| a.own).count();
        if own > 1 {
            c.problems.push(Problem::SeveralOwn { count: own });
        }
        for (i, a) in self.actors.iter().enumerate() {
            c.scale(format!("actors[{i}].importance"), a.importance, ONE_TO_FIVE);
            c.key(format!("actors[{i}].kind"), "actor_kinds", &a.kind);
            if let Some([x, y]) = a.pos
                && !(x.is_finite() && y.is_finite() && x.abs() <= MAX_COORDINATE && y.abs() <= MAX_COORDINATE)
            {
                c.problems.push(Problem::BadPosition {
                    place: format!("actors[{i}].pos"),
                });
            }
        }

        c.unique("relations", self.relations.iter().map(|r| r.id));
        for (i, r) in self.relations.iter().enumerate() {
            let place = format!("relations[{i}]");
            c.actor_ref(format!("{place}.from"), r.from);
            c.actor_ref(format!("{place}.to"), r.to);
            c.scale(format!("{place}.importance"), r.importance, ONE_TO_FIVE);
            c.key(format!("{place}.role"), "relation_roles", &r.role);
            for (j, flow) in r.flows.iter().enumerate() {
                c.key(format!("{place}.flows[{j}]"), "flows", flow);
            }
        }

        c.unique("mapping.portfolio", self.mapping.portfolio.iter().map(|n| n.id));
        for (i, n) in self.mapping.portfolio.iter().enumerate() {
            c.scale(
                format!("mapping.portfolio[{i}].significance"),
                n.significance,
                ONE_TO_FIVE,
            );
            c.actor_refs(&format!("mapping.portfolio[{i}].members"), &n.members);
        }

        for (i, row) in self.roles.rows.iter().enumerate() {
            let place = format!("roles.rows[{i}]");
            c.actor_refs(&format!("{place}.partners"), &row.partners);
            c.scale(format!("{place}.strength"), row.strength, ONE_TO_FIVE);
            c.scale(format!("{place}.importance"), row.importance, ONE_TO_FIVE);
            c.key(format!("{place}.current_role"), "service_roles", &row.current_role);
            c.key(format!("{place}.desired_role"), "service_roles", &row.desired_role);
        }

        c.actor_refs("competences.columns", &self.competences.columns);
        c.unique(
            "competences.competences",
            self.competences.competences.iter().map(|x| x.id),
        );
        for (i, comp) in self.competences.competences.iter().enumerate() {
            let at = format!("competences.competences[{i}]");
            c.scale(format!("{at}.required"), comp.required, ZERO_TO_FOUR);
            c.scale(format!("{at}.criticality"), comp.criticality, ONE_TO_FIVE);
            c.actor_refs(&format!("{at}.candidates"), &comp.candidates);
            let mut holders = BTreeSet::new();
            for (k, cell) in comp.cells.iter().enumerate() {
                c.scale(format!("{at}.cells[{k}].level"), cell.level, ZERO_TO_FOUR);
                if let Holder::Actor(id) = cell.holder {
                    c.actor_ref(format!("{at}.cells[{k}].holder"), id);
                }
                if !holders.insert(cell.holder) {
                    c.problems.push(Problem::Invalid {
                        place: format!("{at}.cells[{k}].holder"),
                        value: format!("{:?}", cell.holder),
                    });
                }
            }
        }

        for (i, goal) in self.tactics.goals.iter().enumerate() {
            c.scale(format!("tactics.goals[{i}].priority"), goal.priority, ONE_TO_FIVE);
            c.key(format!("tactics.goals[{i}].goal"), "goal_types", &goal.goal);
        }
        for (i, t) in self.tactics.partners.iter().enumerate() {
            c.actor_ref(format!("tactics.partners[{i}].partner"), t.partner);
            c.key(format!("tactics.partners[{i}].form"), "cooperation_forms", &t.form);
        }
        let readiness = &self.tactics.readiness;
        for (name, item) in [
            ("resources", &readiness.resources),
            ("people", &readiness.people),
            ("communication", &readiness.communication),
            ("culture", &readiness.culture),
        ] {
            if let Some(score) = item.score {
                c.scale(format!("tactics.readiness.{name}.score"), score, ONE_TO_FIVE);
            }
        }

        for (i, m) in self.conditions.members.iter().enumerate() {
            c.actor_ref(format!("conditions.members[{i}].member"), m.member);
        }
        for (i, rule) in self.conditions.rules.iter().enumerate() {
            c.key(format!("conditions.rules[{i}].area"), "rule_areas", &rule.area);
            c.actor_refs(&format!("conditions.rules[{i}].agreed_by"), &rule.agreed_by);
        }

        for (i, a) in self.strategy.approvals.iter().enumerate() {
            c.actor_ref(format!("strategy.approvals[{i}].member"), a.member);
        }

        let criteria = c.unique("evaluation.criteria", self.evaluation.criteria.iter().map(|x| x.id));
        for (i, crit) in self.evaluation.criteria.iter().enumerate() {
            c.scale(format!("evaluation.criteria[{i}].weight"), crit.weight, ONE_TO_THREE);
        }
        c.unique("evaluation.rounds", self.evaluation.rounds.iter().map(|r| r.id));
        for (i, round) in self.evaluation.rounds.iter().enumerate() {
            let at = format!("evaluation.rounds[{i}]");
            let respondents = c.unique(&format!("{at}.respondents"), round.respondents.iter().map(|r| r.id));
            for (k, r) in round.respondents.iter().enumerate() {
                if let Some(actor) = r.actor {
                    c.actor_ref(format!("{at}.respondents[{k}].actor"), actor);
                }
            }
            let mut pairs = BTreeSet::new();
            for (k, rating) in round.ratings.iter().enumerate() {
                if !respondents.contains(&rating.respondent) {
                    c.problems.push(Problem::Dangling {
                        place: format!("{at}.ratings[{k}].respondent"),
                        id: rating.respondent.0,
                    });
                }
                if !criteria.contains(&rating.criterion) {
                    c.problems.push(Problem::Dangling {
                        place: format!("{at}.ratings[{k}].criterion"),
                        id: rating.criterion.0,
                    });
                }
                if let Some(score) = rating.score {
                    c.scale(format!("{at}.ratings[{k}].score"), score, ONE_TO_FIVE);
                }
                if !pairs.insert((rating.respondent, rating.criterion)) {
                    c.problems.push(Problem::Invalid {
                        place: format!("{at}.ratings[{k}]"),
                        value: format!("({}, {})", rating.respondent, rating.criterion),
                    });
                }
            }
        }

        c.actor_refs("card.members", &self.card.members);
        let length = self.card.tagline.chars().count();
        if length > TAGLINE_MAX {
            c.problems.push(Problem::TooLong {
                place: "card.tagline".into(),
                length,
                max: TAGLINE_MAX,
            });
        }
        c.problems.extend(super::joint::problems(self));
        c.problems
    }
}
