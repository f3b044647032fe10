//! Phase 3, the extended competence map: competences, their holders' levels and the gaps.

use super::*;

/// Who holds a competence: an actor of the map, or a potential (not yet known) partner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Holder {
    /// An actor of the map.
    Actor(ActorId),
    /// A potential new partner.
    Potential,
}

/// One cell of the competence grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompetenceCell {
    /// Whose competence.
    pub holder: Holder,
    /// Level 0–4 (none, basic, good, strong, core).
    pub level: u8,
    /// Whether it is available to the network.
    pub availability: Availability,
}

impl Default for CompetenceCell {
    fn default() -> CompetenceCell {
        CompetenceCell {
            holder: Holder::Potential,
            level: 0,
            availability: Availability::Available,
        }
    }
}

/// A competence row of the extended competence map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Competence {
    /// Stable id.
    pub id: CompetenceId,
    /// Name.
    pub name: String,
    /// Category, free text.
    pub category: String,
    /// Description.
    pub description: String,
    /// Level the network needs, 0–4.
    pub required: u8,
    /// Criticality, 1–5.
    pub criticality: u8,
    /// Levels per holder; a holder without a cell has level 0.
    pub cells: Vec<CompetenceCell>,
    /// How a gap is to be closed, if there is one.
    pub remedy: Option<Remedy>,
    /// Candidate partners to close the gap.
    pub candidates: Vec<ActorId>,
    /// Who owns closing the gap.
    pub owner: String,
}

impl Default for Competence {
    fn default() -> Competence {
        Competence {
            id: CompetenceId(0),
            name: String::new(),
            category: String::new(),
            description: String::new(),
            required: 2,
            criticality: 3,
            cells: Vec::new(),
            remedy: None,
            candidates: Vec::new(),
            owner: String::new(),
        }
    }
}

impl Competence {
    /// The cell of `holder`, if any.
    pub fn cell(&self, holder: Holder) -> Option<&CompetenceCell> {
        self.cells.iter().find(|c| c.holder == holder)
    }

    /// The best level among holders whose competence is available or negotiable.
    pub fn best_available(&self) -> u8 {
        self.cells
            .iter()
            .filter(|c| c.availability != Availability::NotAvailable)
            .map(|c| c.level)
            .max()
            .unwrap_or(0)
    }

    /// Computed gap: required level − best available level, never below zero.
    pub fn gap(&self) -> u8 {
        self.required.saturating_sub(self.best_available())
    }
}

/// Phase 3, the extended competence map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompetencePhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// Actors shown as columns besides the own organisation and "potential".
    pub columns: Vec<ActorId>,
    /// Competence rows.
    pub competences: Vec<Competence>,
}
