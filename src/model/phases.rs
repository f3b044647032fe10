//! The data of each phase's worksheet: the common fields every worksheet has, and each phase's
//! own records (see `shared/methodology.md`).

use super::ids::*;
use super::network::NetworkMembership;
use super::values::*;
use serde::{Deserialize, Serialize};

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

// ---------------------------------------------------------------------------------------------
// Phase 1

/// Phase 1, network mapping. The actors and relations themselves live on the project.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MappingPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// The networks the organisation takes part in.
    pub portfolio: Vec<NetworkMembership>,
}

// ---------------------------------------------------------------------------------------------
// Phase 2

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

// ---------------------------------------------------------------------------------------------
// Phase 3

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

// ---------------------------------------------------------------------------------------------
// Phase 4

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

// ---------------------------------------------------------------------------------------------
// Phase 5

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

// ---------------------------------------------------------------------------------------------
// Phase 6

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

// ---------------------------------------------------------------------------------------------
// Phase 7

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

// ---------------------------------------------------------------------------------------------
// Phase 8

/// An evaluation criterion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Criterion {
    /// Stable id.
    pub id: CriterionId,
    /// Member, network or customers and community.
    pub level: EvalLevel,
    /// The statement in Finnish.
    pub fi: String,
    /// The statement in English.
    pub en: String,
    /// Weight 1–3.
    pub weight: u8,
}

/// A person or organisation answering an evaluation round.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Respondent {
    /// Stable id within the round.
    pub id: RespondentId,
    /// Name or role.
    pub name: String,
    /// The member the respondent speaks for, if any.
    pub actor: Option<ActorId>,
}

/// One respondent's rating of one criterion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rating {
    /// Who rated.
    pub respondent: RespondentId,
    /// What was rated.
    pub criterion: CriterionId,
    /// 1–5, or `None` for "cannot say" (n/a).
    pub score: Option<u8>,
    /// Comment.
    pub comment: String,
}

/// An evaluation round.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvaluationRound {
    /// Stable id.
    pub id: RoundId,
    /// Name, e.g. "Kevät 2027".
    pub name: String,
    /// When.
    pub date: Option<Date>,
    /// Who answered.
    pub respondents: Vec<Respondent>,
    /// The ratings.
    pub ratings: Vec<Rating>,
    /// What worked.
    pub worked: String,
    /// What did not work.
    pub did_not_work: String,
    /// Suggestions.
    pub suggestions: String,
}

/// A development action arising from evaluation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DevelopmentAction {
    /// What.
    pub action: String,
    /// Who.
    pub owner: String,
    /// By when.
    pub due: Option<Date>,
    /// The phase (1–9) or strategy area it belongs to, free text.
    pub link: String,
}

/// Phase 8, evaluating the network's activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvaluationPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// Criteria (the method's 18 by default).
    pub criteria: Vec<Criterion>,
    /// Rounds, oldest first.
    pub rounds: Vec<EvaluationRound>,
    /// Development actions.
    pub actions: Vec<DevelopmentAction>,
}

impl Default for EvaluationPhase {
    fn default() -> EvaluationPhase {
        EvaluationPhase {
            sheet: Worksheet::default(),
            criteria: default_criteria(),
            rounds: Vec::new(),
            actions: Vec::new(),
        }
    }
}

impl EvaluationPhase {
    /// A fresh criterion id.
    pub fn next_criterion_id(&self) -> CriterionId {
        CriterionId(next_id(self.criteria.iter().map(|c| c.id.0)))
    }

    /// A fresh round id.
    pub fn next_round_id(&self) -> RoundId {
        RoundId(next_id(self.rounds.iter().map(|r| r.id.0)))
    }

    /// Drops the ratings whose criterion or respondent no longer exists, after a criterion or
    /// a respondent was deleted or the criteria were replaced.
    pub fn prune_ratings(&mut self) {
        let criteria: Vec<CriterionId> = self.criteria.iter().map(|c| c.id).collect();
        for round in &mut self.rounds {
            round.prune_ratings(&criteria);
        }
    }

    /// How many ratings replacing the criteria by `criteria` would drop.
    pub fn ratings_lost_by(&self, criteria: &[Criterion]) -> usize {
        self.rounds
            .iter()
            .flat_map(|r| &r.ratings)
            .filter(|r| !criteria.iter().any(|c| c.id == r.criterion))
            .count()
    }
}

impl EvaluationRound {
    /// A fresh respondent id within this round.
    pub fn next_respondent_id(&self) -> RespondentId {
        RespondentId(next_id(self.respondents.iter().map(|r| r.id.0)))
    }

    /// Adds a respondent with a fresh id.
    pub fn add_respondent(&mut self, name: String, actor: Option<ActorId>) {
        let id = self.next_respondent_id();
        self.respondents.push(Respondent { id, name, actor });
    }

    /// Drops the ratings of respondents no longer in the round (after one was deleted).
    pub fn prune_respondent_ratings(&mut self) {
        let respondents: Vec<RespondentId> = self.respondents.iter().map(|r| r.id).collect();
        self.ratings.retain(|r| respondents.contains(&r.respondent));
    }

    /// Drops the ratings whose respondent is not in the round or whose criterion is not in
    /// `criteria`.
    pub fn prune_ratings(&mut self, criteria: &[CriterionId]) {
        self.prune_respondent_ratings();
        self.ratings.retain(|r| criteria.contains(&r.criterion));
    }
}

/// The method's 18 default evaluation criteria.
pub fn default_criteria() -> Vec<Criterion> {
    use EvalLevel::{Community as C, Member as M, Network as N};
    let rows: [(EvalLevel, &str, &str); 18] = [
        (
            N,
            "Verkosto on edennyt kohti sovittuja tavoitteita.",
            "The network has progressed toward its agreed goals.",
        ),
        (
            C,
            "Toiminta on tuottanut näkyvää arvoa asiakkaille tai käyttäjille.",
            "The work has created visible value for customers or users.",
        ),
        (
            C,
            "Palvelujen saatavuus, sujuvuus tai yhteensovitus on parantunut.",
            "Access to, continuity or integration of services has improved.",
        ),
        (
            M,
            "Organisaatiomme on hyötynyt verkostosta.",
            "Our organisation has benefited from the network.",
        ),
        (
            M,
            "Käytetyt resurssit ovat oikeassa suhteessa hyötyihin.",
            "The resources spent are proportionate to the benefits.",
        ),
        (
            N,
            "Hyödyt ja kustannukset jakautuvat reilusti.",
            "Benefits and costs are shared fairly.",
        ),
        (
            N,
            "Työnjako ja vastuut ovat selkeät.",
            "Division of work and responsibilities are clear.",
        ),
        (N, "Yhteiset foorumit toimivat.", "Shared forums work."),
        (N, "Pelisäännöistä pidetään kiinni.", "Ground rules are kept."),
        (
            N,
            "Tieto kulkee avoimesti ja ajallaan.",
            "Information flows openly and on time.",
        ),
        (
            N,
            "Verkosto on tuottanut uutta osaamista tai toimintatapoja.",
            "The network has produced new knowledge or practices.",
        ),
        (N, "Jäsenten välillä on luottamusta.", "There is trust between members."),
        (
            N,
            "Jäsenet ovat sitoutuneet yhteisiin tavoitteisiin.",
            "Members are committed to the shared goals.",
        ),
        (
            N,
            "Koordinointi ja johtaminen tukevat yhteistyötä.",
            "Coordination and leadership support cooperation.",
        ),
        (
            N,
            "Kaikki jäsenet voivat osallistua ja vaikuttaa.",
            "All members can take part and have influence.",
        ),
        (
            N,
            "Kokoonpanossa ei ole olennaisia aukkoja.",
            "The membership has no significant gaps.",
        ),
        (
            M,
            "Riskit (riippuvuus, tiedon vuotaminen) ovat hallinnassa.",
            "Risks (dependency, knowledge leakage) are under control.",
        ),
        (
            N,
            "Verkosto pystyy uudistumaan.",
            "The network is able to renew itself.",
        ),
    ];
    rows.iter()
        .zip(1u32..)
        .map(|(&(level, fi, en), id)| Criterion {
            id: CriterionId(id),
            level,
            fi: fi.into(),
            en: en.into(),
            weight: 1,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Phase 9

/// Contact details on the business card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// Person.
    pub name: String,
    /// Organisation.
    pub organisation: String,
    /// E-mail address.
    pub email: String,
    /// Phone number.
    pub phone: String,
}

/// Phase 9, the network's business card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CardPhase {
    /// Common worksheet fields.
    pub sheet: Worksheet,
    /// The network's name.
    pub name: String,
    /// One-sentence tagline, at most [`TAGLINE_MAX`] characters.
    pub tagline: String,
    /// Why the network exists.
    pub purpose: String,
    /// Whom it serves.
    pub target_groups: String,
    /// What it offers, one item per entry.
    pub offering: Vec<String>,
    /// What makes it unique.
    pub unique: String,
    /// Members shown on the card.
    pub members: Vec<ActorId>,
    /// Results or references.
    pub results: String,
    /// How to join.
    pub how_to_join: String,
    /// Contact.
    pub contact: Contact,
    /// Web and social media channels.
    pub channels: String,
    /// Region.
    pub region: String,
    /// Founded (a year or date as text).
    pub founded: String,
    /// When the card was last updated.
    pub last_updated: Option<Date>,
}

impl CardPhase {
    /// The card's one-line and paragraph texts (everything but the lists, members and date),
    /// for checks such as "is the card empty" or "is every field filled".
    pub fn texts(&self) -> [&String; 14] {
        [
            &self.name,
            &self.tagline,
            &self.purpose,
            &self.target_groups,
            &self.unique,
            &self.results,
            &self.how_to_join,
            &self.contact.name,
            &self.contact.organisation,
            &self.contact.email,
            &self.contact.phone,
            &self.channels,
            &self.region,
            &self.founded,
        ]
    }
}

/// Longest tagline the card allows, in characters.
pub const TAGLINE_MAX: usize = 120;

#[cfg(test)]
mod tests {
    use super::*;

    fn rating(respondent: u32, criterion: u32) -> Rating {
        Rating {
            respondent: RespondentId(respondent),
            criterion: CriterionId(criterion),
            score: Some(3),
            comment: String::new(),
        }
    }

    fn phase_with_one_round() -> EvaluationPhase {
        let mut round = EvaluationRound {
            id: RoundId(1),
            ..EvaluationRound::default()
        };
        round.add_respondent("Anna".into(), None);
        round.add_respondent("Ben".into(), None);
        round.ratings = vec![rating(1, 1), rating(2, 1), rating(1, 2)];
        EvaluationPhase {
            rounds: vec![round],
            ..EvaluationPhase::default()
        }
    }

    #[test]
    fn deleting_a_criterion_drops_its_ratings_in_every_round() {
        let mut phase = phase_with_one_round();
        phase.criteria.retain(|c| c.id != CriterionId(1));
        phase.prune_ratings();
        assert_eq!(phase.rounds[0].ratings, vec![rating(1, 2)]);
    }

    #[test]
    fn deleting_a_respondent_drops_only_that_respondents_ratings() {
        let mut phase = phase_with_one_round();
        phase.rounds[0].respondents.remove(0);
        phase.rounds[0].prune_respondent_ratings();
        assert_eq!(phase.rounds[0].ratings, vec![rating(2, 1)]);
    }

    #[test]
    fn fresh_ids_follow_the_highest_one_in_use() {
        let mut phase = phase_with_one_round();
        assert_eq!(phase.next_criterion_id(), CriterionId(19));
        assert_eq!(phase.next_round_id(), RoundId(2));
        assert_eq!(phase.rounds[0].next_respondent_id(), RespondentId(3));
        phase.rounds[0].respondents.remove(0);
        assert_eq!(phase.rounds[0].next_respondent_id(), RespondentId(3));
        phase.criteria.clear();
        assert_eq!(phase.next_criterion_id(), CriterionId(1));
    }

    #[test]
    fn restoring_the_defaults_counts_the_ratings_of_other_criteria_as_lost() {
        let mut phase = phase_with_one_round();
        phase.rounds[0].ratings.push(rating(1, 40));
        assert_eq!(phase.ratings_lost_by(&default_criteria()), 1);
    }
}
