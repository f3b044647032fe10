//! Phase 5, the network's refining idea: the idea canvas and its saved versions.

use super::*;

/// The idea canvas.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaCanvas {
    /// The need the network answers.
    pub need: String,
    /// Whose need: target groups.
    pub target_groups: String,
    /// The value proposition.
    pub value_proposition: String,
    /// What the network offers.
    pub offering: String,
    /// What each member gives and gains.
    pub member_contributions: String,
    /// Why this must be done together.
    pub why_together: String,
    /// Funding or revenue logic.
    pub revenue_logic: String,
    /// What must still be tested.
    pub open_questions: String,
}

/// A saved, dated version of the idea.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaVersion {
    /// When it was saved.
    pub date: Option<Date>,
    /// A short label, e.g. "after the first workshop".
    pub label: String,
    /// The canvas at that time.
    pub canvas: IdeaCanvas,
    /// Net type at that time.
    pub net_type: Option<NetType>,
    /// Maturity at that time.
    pub maturity: Maturity,
}

/// Phase 5, the network's refining idea.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// The working canvas.
    pub canvas: IdeaCanvas,
    /// Type of net.
    pub net_type: Option<NetType>,
    /// Maturity.
    pub maturity: Maturity,
    /// Saved versions, oldest first.
    pub versions: Vec<IdeaVersion>,
}
