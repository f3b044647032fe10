//! The computed results of phase 8: mean and spread of the ratings per criterion, per level
//! (member / network / customers and community) and overall, and the comparison of two
//! rounds. No egui here, so the worksheet, the exports and the command line share one
//! definition.
//!
//! # What counts
//!
//! Only ratings with a score of 1–5 count. A "cannot say" answer (n/a), a criterion a
//! respondent left unrated, a rating by someone who is not a respondent of the round, a score
//! outside 1–5 and a second rating of the same criterion by the same respondent are all left
//! out: the first two are not opinions about the criterion, the others are damage in a file.
//!
//! # Spread
//!
//! Spread is the *population* standard deviation (divide by `n`, not `n − 1`). The
//! respondents of a round are the group whose views the workshop looks at, not a sample from
//! which a larger population is estimated; the population formula also gives a spread for a
//! single answer (0) where the sample formula has none.
//!
//! # Levels and weights
//!
//! Each criterion weighs its weight (1–3; a value outside is clamped into that range) however
//! many respondents rated it, so that a criterion many people could rate does not outweigh
//! one only a few could. The mean of a level is therefore the weighted mean of its criteria's
//! means. Its spread is the standard deviation of all the level's ratings around that mean,
//! each rating weighing its criterion's weight divided by the criterion's number of ratings,
//! which is the spread that belongs to that mean. Criteria nobody rated are left out.

use super::ids::{CriterionId, RespondentId};
use super::phases::{Criterion, EvaluationRound};
use super::values::EvalLevel;
use crate::i18n::Lang;
use std::collections::HashSet;

/// Mean and spread of a set of ratings.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// Number of ratings that counted (scores 1–5).
    pub n: usize,
    /// Mean score; `None` when nothing counted.
    pub mean: Option<f64>,
    /// Population standard deviation; `None` when nothing counted.
    pub sd: Option<f64>,
}

impl Stats {
    /// Stats of nothing: `n` is 0, mean and spread are unknown.
    pub const EMPTY: Stats = Stats {
        n: 0,
        mean: None,
        sd: None,
    };

    /// Stats of `(value, weight)` pairs with positive weights.
    fn weighted(values: &[(f64, f64)]) -> Stats {
        let total: f64 = values.iter().map(|(_, w)| w).sum();
        if values.is_empty() || total <= 0.0 {
            return Stats::EMPTY;
        }
        let mean = values.iter().map(|(x, w)| x * w).sum::<f64>() / total;
        let variance = values.iter().map(|(x, w)| w * (x - mean).powi(2)).sum::<f64>() / total;
        Stats {
            n: values.len(),
            mean: Some(mean),
            sd: Some(variance.max(0.0).sqrt()),
        }
    }
}

/// The scores 1–5 that count for `criterion` in `round`, in the order of the ratings (see the
/// [module documentation](self) for what counts).
pub fn scores(round: &EvaluationRound, criterion: CriterionId) -> Vec<u8> {
    let respondents: HashSet<RespondentId> = round.respondents.iter().map(|r| r.id).collect();
    let mut seen = HashSet::new();
    round
        .ratings
        .iter()
        .filter(|r| r.criterion == criterion && respondents.contains(&r.respondent))
        .filter(|r| seen.insert(r.respondent))
        .filter_map(|r| r.score)
        .filter(|s| (1..=5).contains(s))
        .collect()
}

/// Number of ratings, mean and spread of one criterion in `round`.
pub fn criterion_stats(round: &EvaluationRound, criterion: CriterionId) -> Stats {
    let values: Vec<(f64, f64)> = scores(round, criterion)
        .into_iter()
        .map(|s| (f64::from(s), 1.0))
        .collect();
    Stats::weighted(&values)
}

/// The weight a criterion counts with: its weight clamped into 1–3.
pub fn weight(criterion: &Criterion) -> f64 {
    f64::from(criterion.weight.clamp(1, 3))
}

/// Weighted mean and spread over several criteria (see the [module documentation](self)).
/// `n` is the number of ratings that counted.
pub fn combined_stats<'a>(round: &EvaluationRound, criteria: impl IntoIterator<Item = &'a Criterion>) -> Stats {
    let mut values = Vec::new();
    for criterion in criteria {
        let scores = scores(round, criterion.id);
        if scores.is_empty() {
            continue;
        }
        let each = weight(criterion) / scores.len() as f64;
        values.extend(scores.into_iter().map(|s| (f64::from(s), each)));
    }
    Stats::weighted(&values)
}

/// Weighted mean and spread of the criteria of one `level`.
pub fn level_stats(round: &EvaluationRound, criteria: &[Criterion], level: EvalLevel) -> Stats {
    combined_stats(round, criteria.iter().filter(|c| c.level == level))
}

/// Weighted mean and spread of all criteria.
pub fn overall_stats(round: &EvaluationRound, criteria: &[Criterion]) -> Stats {
    combined_stats(round, criteria)
}

/// Which way a mean moved between two rounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Higher in the later round.
    Up,
    /// Lower in the later round.
    Down,
    /// The same when shown with two decimals.
    Same,
}

/// How one criterion (or level) fared in two rounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delta {
    /// The criterion.
    pub criterion: CriterionId,
    /// Its stats in the earlier round.
    pub before: Stats,
    /// Its stats in the later round.
    pub after: Stats,
}

impl Delta {
    /// The later mean minus the earlier one; `None` unless both rounds have a mean.
    pub fn change(&self) -> Option<f64> {
        change(self.before, self.after)
    }

    /// Which way the mean moved; `None` unless both rounds have a mean.
    pub fn direction(&self) -> Option<Direction> {
        self.change().map(direction)
    }
}

/// The later mean minus the earlier one; `None` unless both have a mean.
pub fn change(before: Stats, after: Stats) -> Option<f64> {
    Some(after.mean? - before.mean?)
}

/// Which way a change goes; changes that round to 0.00 count as none, so the arrow never
/// contradicts the number shown beside it.
pub fn direction(change: f64) -> Direction {
    if change >= 0.005 {
        Direction::Up
    } else if change <= -0.005 {
        Direction::Down
    } else {
        Direction::Same
    }
}

/// Every criterion's stats in `before` and `after`, in the order of `criteria`.
pub fn compare_rounds(before: &EvaluationRound, after: &EvaluationRound, criteria: &[Criterion]) -> Vec<Delta> {
    criteria
        .iter()
        .map(|c| Delta {
            criterion: c.id,
            before: criterion_stats(before, c.id),
            after: criterion_stats(after, c.id),
        })
        .collect()
}

pub use super::number::format_number;

/// A change between rounds for people: a sign on every non-zero change ("+0.50", "−0.25").
pub fn format_change(value: Option<f64>, lang: Lang) -> String {
    match value {
        Some(v) if v.is_finite() && direction(v) == Direction::Up => {
            format!("+{}", format_number(Some(v), 2, lang))
        }
        other => format_number(other, 2, lang),
    }
}
