//! Phase 1, network mapping: the worksheet and the network portfolio.

use super::*;

/// Phase 1, network mapping. The actors and relations themselves live on the project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MappingPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// The networks the organisation takes part in.
    pub portfolio: Vec<NetworkMembership>,
}
