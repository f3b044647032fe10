//! Phase 8, evaluating the network: criteria, rounds, ratings, development actions, and the
//! rules for their ids and for dropping ratings that lost their criterion or respondent.

use super::*;

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
