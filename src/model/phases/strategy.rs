//! Phase 7, network strategy: the six areas, the action plan and the approvals.

use super::*;

/// The six areas of the network strategy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StrategyAreas {
    /// 1. Actors.
    pub actors: String,
    /// 2. Goals.
    pub goals: String,
    /// 3. Forms of cooperation.
    pub cooperation: String,
    /// 4. Organising the activity.
    pub organising: String,
    /// 5. Management and coordination.
    pub management: String,
    /// 6. Evaluation and development.
    pub evaluation: String,
}

impl StrategyAreas {
    /// The six texts in the method's order.
    pub fn texts(&self) -> [&String; 6] {
        [
            &self.actors,
            &self.goals,
            &self.cooperation,
            &self.organising,
            &self.management,
            &self.evaluation,
        ]
    }

    /// The six texts in the method's order, for editing.
    pub fn texts_mut(&mut self) -> [&mut String; 6] {
        [
            &mut self.actors,
            &mut self.goals,
            &mut self.cooperation,
            &mut self.organising,
            &mut self.management,
            &mut self.evaluation,
        ]
    }
}

/// One action of the strategy's action plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlannedAction {
    /// What.
    pub action: String,
    /// Who.
    pub owner: String,
    /// When.
    pub schedule: String,
    /// How progress is measured.
    pub indicator: String,
}

/// A member's approval of the strategy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Approval {
    /// The approving member.
    pub member: ActorId,
    /// When it approved.
    pub date: Option<Date>,
}

/// Phase 7, the network strategy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StrategyPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// Vision.
    pub vision: String,
    /// Mission.
    pub mission: String,
    /// First day of the strategy period.
    pub period_start: Option<Date>,
    /// Last day of the strategy period.
    pub period_end: Option<Date>,
    /// Lifecycle stage of the network.
    pub lifecycle: LifecycleStage,
    /// Governance mode.
    pub governance: Option<Governance>,
    /// Coordinator and mandate.
    pub coordinator: String,
    /// The six areas.
    pub areas: StrategyAreas,
    /// Action plan.
    pub action_plan: Vec<PlannedAction>,
    /// Approvals by members.
    pub approvals: Vec<Approval>,
}
