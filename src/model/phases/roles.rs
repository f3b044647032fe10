//! Phase 2, the organisation's network role in services: the service × role rows.

use super::*;

/// One row of the service × role table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleRow {
    /// The service, service package or network.
    pub service: String,
    /// Key into service roles: the role now.
    pub current_role: String,
    /// Key into service roles: the role we want.
    pub desired_role: String,
    /// Strength in the role, 1–5.
    pub strength: u8,
    /// Strategic importance, 1–5.
    pub importance: u8,
    /// Resources invested.
    pub resources: String,
    /// Why.
    pub rationale: String,
    /// What we will do.
    pub actions: String,
    /// Partners involved.
    pub partners: Vec<ActorId>,
}

impl Default for RoleRow {
    fn default() -> RoleRow {
        RoleRow {
            service: String::new(),
            current_role: "producer".into(),
            desired_role: "producer".into(),
            strength: 3,
            importance: 3,
            resources: String::new(),
            rationale: String::new(),
            actions: String::new(),
            partners: Vec::new(),
        }
    }
}

/// Phase 2, the organisation's network role in services.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RolesPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// Service × role rows.
    pub rows: Vec<RoleRow>,
}
