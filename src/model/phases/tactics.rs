//! Phase 4, network tactics: goals, partner tactics and the readiness self-check.

use super::*;

/// A networking goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkingGoal {
    /// Key into goal types.
    pub goal: String,
    /// What it means for us, in a sentence.
    pub description: String,
    /// Priority 1–5.
    pub priority: u8,
    /// How we know it is reached.
    pub indicator: String,
}

impl Default for NetworkingGoal {
    fn default() -> NetworkingGoal {
        NetworkingGoal {
            goal: "competence".into(),
            description: String::new(),
            priority: 3,
            indicator: String::new(),
        }
    }
}

/// The tactic chosen for one partner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerTactic {
    /// The partner.
    pub partner: ActorId,
    /// What we seek with this partner.
    pub goal: String,
    /// Key into cooperation forms.
    pub form: String,
    /// Depth now.
    pub current_depth: Depth,
    /// Depth we aim at.
    pub target_depth: Depth,
    /// What we contribute.
    pub contribution: String,
    /// What we expect to gain.
    pub benefit: String,
    /// When.
    pub timeline: String,
    /// Who owns the relationship.
    pub owner: String,
    /// Risks of the choice.
    pub risks: String,
}

impl Default for PartnerTactic {
    fn default() -> PartnerTactic {
        PartnerTactic {
            partner: ActorId(0),
            goal: String::new(),
            form: "project".into(),
            current_depth: Depth::Information,
            target_depth: Depth::Coordination,
            contribution: String::new(),
            benefit: String::new(),
            timeline: String::new(),
            owner: String::new(),
            risks: String::new(),
        }
    }
}

/// One item of the readiness self-check.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadinessItem {
    /// Score 1–5, or none yet.
    pub score: Option<u8>,
    /// Comment.
    pub comment: String,
}

/// The organisation's readiness to network (Ritter & Gemünden 2003).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Readiness {
    /// Access to resources.
    pub resources: ReadinessItem,
    /// Network orientation of people management.
    pub people: ReadinessItem,
    /// Integration of internal communication.
    pub communication: ReadinessItem,
    /// Openness of culture.
    pub culture: ReadinessItem,
}

/// Phase 4, network tactics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TacticsPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// What we seek from networking.
    pub goals: Vec<NetworkingGoal>,
    /// Tactics per partner.
    pub partners: Vec<PartnerTactic>,
    /// Readiness self-check.
    pub readiness: Readiness,
}
