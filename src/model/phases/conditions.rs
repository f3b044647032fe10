//! Phase 6, conditions of networking: each member's conditions and the ground rules.

use super::*;

/// One member's conditions for networking.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MemberConditions {
    /// The member.
    pub member: ActorId,
    /// What it expects.
    pub expectations: String,
    /// What it gives.
    pub contributions: String,
    /// Resources it commits.
    pub resources: String,
    /// What it will not negotiate.
    pub non_negotiables: String,
    /// Conflicts of interest.
    pub conflicts_of_interest: String,
    /// Confidentiality needs.
    pub confidentiality: String,
    /// What would make it leave.
    pub exit_triggers: String,
    /// Whether it has accepted the ground rules.
    pub accepted: bool,
}

/// A ground rule the members agreed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroundRule {
    /// Key into rule areas.
    pub area: String,
    /// The rule.
    pub text: String,
    /// When it was agreed.
    pub agreed: Option<Date>,
    /// When it is reviewed.
    pub review: Option<Date>,
    /// Members who agreed.
    pub agreed_by: Vec<ActorId>,
}

/// Phase 6, conditions of networking.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConditionsPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// One record per member.
    pub members: Vec<MemberConditions>,
    /// Ground rules.
    pub rules: Vec<GroundRule>,
}
