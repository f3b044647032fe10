//! The computed parts of phases 7–9: evaluation means and spreads per criterion and level,
//! the comparison of two rounds, number formatting, and the member lists drawn from the map.
//! Expected numbers are worked out by hand in the comments.

use verkosto::i18n::Lang;
use verkosto::model::evaluation_stats::{
    Direction, Stats, compare_rounds, criterion_stats, format_change, format_number, level_stats, overall_stats, scores,
};
use verkosto::model::{
    Actor, ActorId, Criterion, CriterionId, EvalLevel, EvaluationRound, Project, Rating, Respondent, RespondentId,
    Ring, RoundId,
};

const EPS: f64 = 1e-9;

fn criterion(id: u32, level: EvalLevel, weight: u8) -> Criterion {
    Criterion {
        id: CriterionId(id),
        level,
        fi: format!("K{id}"),
        en: format!("C{id}"),
        weight,
    }
}

fn rating(respondent: u32, criterion: u32, score: Option<u8>) -> Rating {
    Rating {
        respondent: RespondentId(respondent),
        criterion: CriterionId(criterion),
        score,
        comment: String::new(),
    }
}

fn round(id: u32, respondents: u32, ratings: Vec<Rating>) -> EvaluationRound {
    EvaluationRound {
        id: RoundId(id),
        name: format!("Round {id}"),
        respondents: (1..=respondents)
            .map(|r| Respondent {
                id: RespondentId(r),
                name: format!("R{r}"),
                actor: None,
            })
            .collect(),
        ratings,
        ..EvaluationRound::default()
    }
}

fn close(actual: Option<f64>, expected: f64) {
    let value = actual.unwrap_or(f64::NAN);
    assert!((value - expected).abs() < EPS, "expected {expected}, got {actual:?}");
}

#[test]
fn criterion_mean_and_population_spread_ignore_na_and_missing_answers() {
    // Respondent 4 said n/a, respondent 5 did not answer: scores 2, 4, 4 count.
    // Mean 10/3; variance ((2−10/3)² + 2·(4−10/3)²)/3 = (16/9 + 8/9)/3 = 8/9; SD √(8/9).
    let r = round(
        1,
        5,
        vec![
            rating(1, 1, Some(2)),
            rating(2, 1, Some(4)),
            rating(3, 1, Some(4)),
            rating(4, 1, None),
        ],
    );
    let s = criterion_stats(&r, CriterionId(1));
    assert_eq!(s.n, 3);
    close(s.mean, 10.0 / 3.0);
    close(s.sd, (8.0f64 / 9.0).sqrt());
}

#[test]
fn a_single_answer_has_zero_spread() {
    let r = round(1, 1, vec![rating(1, 1, Some(5))]);
    let s = criterion_stats(&r, CriterionId(1));
    assert_eq!((s.n, s.mean, s.sd), (1, Some(5.0), Some(0.0)));
}

#[test]
fn empty_round_and_all_na_give_no_mean_and_show_a_dash() {
    let empty = round(1, 3, vec![]);
    assert_eq!(criterion_stats(&empty, CriterionId(1)), Stats::EMPTY);
    let all_na = round(1, 2, vec![rating(1, 1, None), rating(2, 1, None)]);
    assert_eq!(criterion_stats(&all_na, CriterionId(1)), Stats::EMPTY);
    let criteria = [criterion(1, EvalLevel::Member, 2)];
    assert_eq!(level_stats(&all_na, &criteria, EvalLevel::Member), Stats::EMPTY);
    assert_eq!(overall_stats(&empty, &criteria), Stats::EMPTY);
    // What users see: a dash, never "NaN".
    assert_eq!(format_number(Stats::EMPTY.mean, 2, Lang::En), "–");
    assert_eq!(format_number(Some(f64::NAN), 2, Lang::Fi), "–");
    assert_eq!(format_change(None, Lang::En), "–");
}

#[test]
fn ratings_of_unknown_respondents_duplicates_and_out_of_range_scores_are_ignored() {
    // Respondent 9 is not in the round; respondent 1's second rating is a duplicate; 7 is out of range.
    let r = round(
        1,
        2,
        vec![
            rating(1, 1, Some(3)),
            rating(9, 1, Some(1)),
            rating(1, 1, Some(5)),
            rating(2, 1, Some(7)),
        ],
    );
    assert_eq!(scores(&r, CriterionId(1)), vec![3]);
    let s = criterion_stats(&r, CriterionId(1));
    assert_eq!(s.n, 1);
    close(s.mean, 3.0);
}

#[test]
fn level_mean_weighs_each_criterion_by_its_weight_not_by_its_number_of_answers() {
    // Member level: A (weight 2) has 4 and 5 (mean 4.5); B (weight 1) has 2 (mean 2).
    // Level mean (2·4.5 + 1·2)/3 = 11/3. Each of A's ratings weighs 2/2 = 1, B's rating 1/1 = 1:
    // variance ((4−11/3)² + (5−11/3)² + (2−11/3)²)/3 = (1/9 + 16/9 + 25/9)/3 = 14/9.
    // The network criterion C must not count in the member level.
    let criteria = [
        criterion(1, EvalLevel::Member, 2),
        criterion(2, EvalLevel::Member, 1),
        criterion(3, EvalLevel::Network, 3),
    ];
    let r = round(
        1,
        2,
        vec![
            rating(1, 1, Some(4)),
            rating(2, 1, Some(5)),
            rating(1, 2, Some(2)),
            rating(2, 2, None),
            rating(1, 3, Some(1)),
        ],
    );
    let member = level_stats(&r, &criteria, EvalLevel::Member);
    assert_eq!(member.n, 3);
    close(member.mean, 11.0 / 3.0);
    close(member.sd, (14.0f64 / 9.0).sqrt());

    let network = level_stats(&r, &criteria, EvalLevel::Network);
    assert_eq!(network.n, 1);
    close(network.mean, 1.0);
    close(network.sd, 0.0);

    // No community criteria at all: nothing to show.
    assert_eq!(level_stats(&r, &criteria, EvalLevel::Community), Stats::EMPTY);
}

#[test]
fn level_mean_is_not_the_plain_mean_of_all_ratings() {
    // A (weight 1): 5, 5, 5 from three respondents; B (weight 1): 1 from one respondent.
    // Plain mean of the four ratings would be 16/4 = 4; weighted by criterion it is (5 + 1)/2 = 3.
    // Each A rating weighs 1/3, B's weighs 1: variance (3·(1/3)·(5−3)² + 1·(1−3)²)/2 = 4, SD 2.
    let criteria = [criterion(1, EvalLevel::Network, 1), criterion(2, EvalLevel::Network, 1)];
    let r = round(
        1,
        3,
        vec![
            rating(1, 1, Some(5)),
            rating(2, 1, Some(5)),
            rating(3, 1, Some(5)),
            rating(1, 2, Some(1)),
        ],
    );
    let s = level_stats(&r, &criteria, EvalLevel::Network);
    assert_eq!(s.n, 4);
    close(s.mean, 3.0);
    close(s.sd, 2.0);
}

#[test]
fn overall_stats_combine_every_level_with_weights() {
    // M (weight 3): 4; N (weight 1): 2, 2 (mean 2); C (weight 1): n/a only, left out.
    // Mean (3·4 + 1·2)/4 = 3.5; variance (3·0.25 + 0.5·2.25 + 0.5·2.25)/4 = 3/4.
    let criteria = [
        criterion(1, EvalLevel::Member, 3),
        criterion(2, EvalLevel::Network, 1),
        criterion(3, EvalLevel::Community, 1),
    ];
    let r = round(
        1,
        2,
        vec![
            rating(1, 1, Some(4)),
            rating(1, 2, Some(2)),
            rating(2, 2, Some(2)),
            rating(1, 3, None),
        ],
    );
    let s = overall_stats(&r, &criteria);
    assert_eq!(s.n, 3);
    close(s.mean, 3.5);
    close(s.sd, 0.75f64.sqrt());
}

#[test]
fn weights_outside_one_to_three_are_clamped() {
    // Weight 0 counts as 1 and weight 9 as 3: (1·1 + 3·5)/4 = 4.
    let criteria = [criterion(1, EvalLevel::Network, 0), criterion(2, EvalLevel::Network, 9)];
    let r = round(1, 1, vec![rating(1, 1, Some(1)), rating(1, 2, Some(5))]);
    close(level_stats(&r, &criteria, EvalLevel::Network).mean, 4.0);
}

#[test]
fn comparing_rounds_gives_each_criterions_change_and_direction() {
    let criteria = [
        criterion(1, EvalLevel::Network, 1),
        criterion(2, EvalLevel::Member, 1),
        criterion(3, EvalLevel::Community, 1),
        criterion(4, EvalLevel::Network, 1),
    ];
    // Criterion 1: 2, 3 (2.5) → 4, 4 (4.0): +1.5, up.
    // Criterion 2: 5 → 3, 4 (3.5): −1.5, down.
    // Criterion 3: 3 → 3: no change.
    // Criterion 4: not rated before → 2 after: no change can be computed.
    let before = round(
        1,
        2,
        vec![
            rating(1, 1, Some(2)),
            rating(2, 1, Some(3)),
            rating(1, 2, Some(5)),
            rating(1, 3, Some(3)),
        ],
    );
    let after = round(
        2,
        2,
        vec![
            rating(1, 1, Some(4)),
            rating(2, 1, Some(4)),
            rating(1, 2, Some(3)),
            rating(2, 2, Some(4)),
            rating(2, 3, Some(3)),
            rating(1, 4, Some(2)),
        ],
    );
    let deltas = compare_rounds(&before, &after, &criteria);
    assert_eq!(
        deltas.iter().map(|d| d.criterion).collect::<Vec<_>>(),
        criteria.iter().map(|c| c.id).collect::<Vec<_>>()
    );
    close(deltas[0].change(), 1.5);
    assert_eq!(deltas[0].direction(), Some(Direction::Up));
    close(deltas[1].change(), -1.5);
    assert_eq!(deltas[1].direction(), Some(Direction::Down));
    close(deltas[2].change(), 0.0);
    assert_eq!(deltas[2].direction(), Some(Direction::Same));
    assert_eq!(deltas[3].change(), None);
    assert_eq!(deltas[3].direction(), None);
    assert_eq!(deltas[3].before, Stats::EMPTY);
    assert_eq!(deltas[3].after.n, 1);
}

#[test]
fn numbers_use_a_decimal_comma_in_finnish_and_signed_changes() {
    assert_eq!(format_number(Some(3.456), 2, Lang::En), "3.46");
    assert_eq!(format_number(Some(3.456), 2, Lang::Fi), "3,46");
    assert_eq!(format_change(Some(0.5), Lang::En), "+0.50");
    assert_eq!(format_change(Some(-0.25), Lang::Fi), "−0,25");
    // A change too small to show is shown as zero without a sign.
    assert_eq!(format_change(Some(-0.001), Lang::En), "0.00");
}

fn actor(id: u32, name: &str, ring: Ring, role: &str) -> Actor {
    Actor {
        id: ActorId(id),
        name: name.into(),
        ring,
        role: role.into(),
        ..Actor::default()
    }
}

#[test]
fn member_list_from_the_map_puts_core_members_before_partners_and_leaves_out_the_wider_network() {
    let mut project = Project::new();
    project.actors = vec![
        actor(1, "Partner A", Ring::Partner, ""),
        actor(2, "Core B", Ring::Core, "coordinator"),
        actor(3, "Wider C", Ring::Wider, ""),
        actor(4, "Core D", Ring::Core, ""),
    ];
    let text = verkosto::ui::sheets::strategy::member_list_text(&project, Lang::En);
    assert_eq!(
        text,
        "Core members:\n- Core B (coordinator)\n- Core D\nPartners:\n- Partner A"
    );
    let fi = verkosto::ui::sheets::strategy::member_list_text(&project, Lang::Fi);
    assert!(fi.starts_with("Ydinjäsenet:\n"), "{fi}");
}

#[test]
fn approvals_are_counted_per_distinct_core_member() {
    use verkosto::model::Approval;
    let mut project = Project::new();
    project.actors = vec![
        actor(1, "A", Ring::Core, ""),
        actor(2, "B", Ring::Core, ""),
        actor(3, "C", Ring::Partner, ""),
    ];
    let approvals = vec![
        Approval {
            member: ActorId(1),
            date: None,
        },
        Approval {
            member: ActorId(1),
            date: None,
        },
        Approval {
            member: ActorId(3),
            date: None,
        },
    ];
    let (approved, count, missing) = verkosto::ui::sheets::strategy::approval_summary(&project, &approvals);
    assert_eq!((approved, count, missing), (1, 2, vec![ActorId(2)]));
}
