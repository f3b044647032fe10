//! The data of each phase's worksheet: the common fields every worksheet has, and each phase's
//! own records, one file per phase.

use super::ids::*;
use super::network::NetworkMembership;
use super::values::*;
use serde::{Deserialize, Serialize};

mod card;
mod competences;
mod conditions;
mod evaluation;
mod idea;
mod mapping;
mod roles;
mod strategy;
mod tactics;

pub use card::*;
pub use competences::*;
pub use conditions::*;
pub use evaluation::*;
pub use idea::*;
pub use mapping::*;
pub use roles::*;
pub use strategy::*;
pub use tactics::*;

/// A next step agreed in a worksheet.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NextStep {
    /// What is to be done.
    pub task: String,
    /// Who does it.
    pub owner: String,
    /// By when.
    pub due: Option<Date>,
}

/// The fields every worksheet has.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Worksheet {
    /// Not started, draft, discussed or approved.
    pub status: SheetStatus,
    /// Who took part.
    pub participants: String,
    /// When it was worked on.
    pub date: Option<Date>,
    /// One answer per guiding question, in the questions' order.
    pub answers: Vec<String>,
    /// Free notes.
    pub notes: String,
    /// Decisions made.
    pub decisions: String,
    /// Next steps with owner and due date.
    pub next_steps: Vec<NextStep>,
}

impl Worksheet {
    /// The answer to question `index` (0-based), empty if none was written.
    pub fn answer(&self, index: usize) -> &str {
        self.answers.get(index).map_or("", String::as_str)
    }

    /// Sets the answer to question `index`, growing the list as needed.
    pub fn set_answer(&mut self, index: usize, text: String) {
        if self.answers.len() <= index {
            self.answers.resize(index + 1, String::new());
        }
        self.answers[index] = text;
    }
}
