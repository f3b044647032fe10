//! The built-in example project (`assets/example.ron`): it loads without problems, it is
//! complete in every phase, and it is already in the canonical form the app writes.

// A test that cannot load the example should stop right there, with the reason.
#![allow(clippy::expect_used)]

use std::collections::BTreeSet;
use verkosto::example::EXAMPLE_RON;
use verkosto::i18n::method::PHASES;
use verkosto::model::{
    ActorId, Catalogs, Holder, PhaseId, Project, RelationStatus, Ring, SheetStatus, TAGLINE_MAX, default_criteria,
};

fn example() -> Project {
    verkosto::io::parse(EXAMPLE_RON).expect("the example project loads")
}

#[test]
fn the_example_parses_with_no_problems() {
    let project = example();
    assert!(project.problems().is_empty(), "{:?}", project.problems());
    assert_eq!(project.format_version, verkosto::model::FORMAT_VERSION);
    assert!(!project.meta.name.trim().is_empty());
    assert!(!project.meta.organisation.trim().is_empty());
    assert!(!project.meta.description.trim().is_empty());
    // The app falls back to an empty project if the example fails; make sure it does not.
    assert_eq!(verkosto::example::project(), project);
}

#[test]
fn saving_the_example_again_gives_identical_text() {
    assert_eq!(verkosto::io::to_ron(&example()), EXAMPLE_RON);
}

#[test]
fn the_example_uses_the_default_catalogs() {
    assert_eq!(example().catalogs, Catalogs::default());
}

#[test]
fn the_example_has_20_to_30_actors_and_35_to_50_relations() {
    let project = example();
    assert!(
        (20..=30).contains(&project.actors.len()),
        "{} actors",
        project.actors.len()
    );
    assert!(
        (35..=50).contains(&project.relations.len()),
        "{} relations",
        project.relations.len()
    );
}

#[test]
fn the_example_has_exactly_one_own_organisation_in_the_centre() {
    let project = example();
    let own: Vec<_> = project.actors.iter().filter(|a| a.own).collect();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].ring, Ring::Core);
    assert_eq!(own[0].pos, Some([0.0, 0.0]));
    assert_eq!(project.meta.organisation, own[0].name);
}

#[test]
fn every_actor_is_placed_described_and_connected() {
    let project = example();
    for a in &project.actors {
        assert!(a.pos.is_some(), "{} has no position", a.name);
        assert!(!a.role.trim().is_empty(), "{} has no role", a.name);
        assert!(!a.description.trim().is_empty(), "{} has no description", a.name);
        assert!(!a.tags.is_empty(), "{} has no tags", a.name);
        assert!(
            project.relations.iter().any(|r| r.touches(a.id)),
            "{} is isolated",
            a.name
        );
    }
    // Actors of one ring sit near that ring's radius, so the map looks like the onion.
    for a in project.actors.iter().filter(|a| !a.own) {
        let [x, y] = a.pos.expect("placed");
        let radius = (x * x + y * y).sqrt();
        let expected = match a.ring {
            Ring::Core => 150.0,
            Ring::Partner => 300.0,
            Ring::Wider => 450.0,
        };
        assert!((radius - expected).abs() < 5.0, "{} at radius {radius}", a.name);
    }
}

#[test]
fn the_map_uses_every_ring_every_actor_kind_and_every_relation_status() {
    let project = example();
    for ring in Ring::ALL {
        assert!(project.actors.iter().any(|a| a.ring == *ring), "no actor in {ring:?}");
    }
    for kind in &project.catalogs.actor_kinds.0 {
        assert!(
            project.actors.iter().any(|a| a.kind == kind.key),
            "no actor of kind {}",
            kind.key
        );
    }
    for status in RelationStatus::ALL {
        assert!(
            project.relations.iter().any(|r| r.status == *status),
            "no {status:?} relation"
        );
    }
    let roles: BTreeSet<_> = project.relations.iter().map(|r| r.role.as_str()).collect();
    assert!(roles.len() >= 6, "relation roles used: {roles:?}");
    assert!(
        project
            .relations
            .iter()
            .all(|r| !r.flows.is_empty() && !r.notes.trim().is_empty())
    );
}

#[test]
fn every_phase_sheet_has_an_answer_for_every_guiding_question() {
    let project = example();
    for phase in PhaseId::ALL {
        let sheet = project.sheet(phase);
        let questions = PHASES[phase.index()].questions.len();
        assert_eq!(sheet.answers.len(), questions, "phase {}", phase.number());
        for (i, answer) in sheet.answers.iter().enumerate() {
            assert!(
                !answer.trim().is_empty(),
                "phase {} question {} is unanswered",
                phase.number(),
                i + 1
            );
        }
        assert_ne!(sheet.status, SheetStatus::NotStarted, "phase {}", phase.number());
        assert!(!sheet.participants.trim().is_empty(), "phase {}", phase.number());
        assert!(sheet.date.is_some(), "phase {}", phase.number());
        assert!(!sheet.notes.trim().is_empty(), "phase {}", phase.number());
        assert!(!sheet.decisions.trim().is_empty(), "phase {}", phase.number());
        assert!(!sheet.next_steps.is_empty(), "phase {}", phase.number());
        for step in &sheet.next_steps {
            assert!(!step.task.trim().is_empty() && !step.owner.trim().is_empty() && step.due.is_some());
        }
    }
}

#[test]
fn phases_one_to_four_are_further_along_than_the_joint_phases() {
    let project = example();
    for phase in &PhaseId::ALL[..4] {
        assert!(
            project.sheet(*phase).status >= SheetStatus::Discussed,
            "phase {}",
            phase.number()
        );
    }
    assert_eq!(project.sheet(PhaseId::Strategy).status, SheetStatus::Draft);
}

#[test]
fn phase_1_has_a_portfolio_of_three_to_five_networks() {
    let project = example();
    let portfolio = &project.mapping.portfolio;
    assert!((3..=5).contains(&portfolio.len()));
    assert!(
        portfolio
            .iter()
            .all(|n| !n.task.is_empty() && !n.direction.is_empty() && !n.members.is_empty())
    );
}

#[test]
fn phase_2_has_five_to_seven_role_rows() {
    let project = example();
    let rows = &project.roles.rows;
    assert!((5..=7).contains(&rows.len()));
    assert!(
        rows.iter()
            .all(|r| !r.rationale.is_empty() && !r.actions.is_empty() && !r.partners.is_empty())
    );
    assert!(rows.iter().any(|r| r.current_role != r.desired_role));
}

#[test]
fn phase_3_has_competences_partner_columns_potential_cells_and_owned_gaps() {
    let project = example();
    let phase = &project.competences;
    let own = project.own_actor().expect("own organisation").id;
    assert!((8..=10).contains(&phase.competences.len()));
    assert!(phase.columns.len() >= 3);
    for c in &phase.competences {
        assert!(c.cell(Holder::Actor(own)).is_some(), "{} has no cell for us", c.name);
        for cell in &c.cells {
            if let Holder::Actor(id) = cell.holder {
                assert!(
                    id == own || phase.columns.contains(&id),
                    "{}: {id} is not a column",
                    c.name
                );
            }
        }
    }
    assert!(
        phase
            .competences
            .iter()
            .filter(|c| c.cell(Holder::Potential).is_some())
            .count()
            >= 2
    );
    let gaps: Vec<_> = phase.competences.iter().filter(|c| c.gap() > 0).collect();
    assert!((2..=5).contains(&gaps.len()), "{} gaps", gaps.len());
    for c in gaps {
        assert!(
            c.remedy.is_some() && !c.candidates.is_empty() && !c.owner.is_empty(),
            "gap {}",
            c.name
        );
    }
}

#[test]
fn phase_4_has_goals_partner_tactics_and_a_scored_readiness_check() {
    let project = example();
    let t = &project.tactics;
    assert!(!t.goals.is_empty());
    assert!((5..=7).contains(&t.partners.len()));
    assert!(
        t.partners
            .iter()
            .all(|p| p.target_depth >= p.current_depth && !p.risks.is_empty())
    );
    let r = &t.readiness;
    for item in [&r.resources, &r.people, &r.communication, &r.culture] {
        assert!(item.score.is_some() && !item.comment.is_empty());
    }
}

#[test]
fn phase_5_has_a_full_canvas_and_two_dated_versions() {
    let project = example();
    let idea = &project.idea;
    let c = &idea.canvas;
    for text in [
        &c.need,
        &c.target_groups,
        &c.value_proposition,
        &c.offering,
        &c.member_contributions,
        &c.why_together,
        &c.revenue_logic,
        &c.open_questions,
    ] {
        assert!(!text.trim().is_empty());
    }
    assert!(idea.net_type.is_some());
    assert_eq!(idea.versions.len(), 2);
    assert!(idea.versions.iter().all(|v| v.date.is_some() && !v.label.is_empty()));
    assert!(idea.versions[0].date < idea.versions[1].date);
    assert!(
        idea.versions.iter().all(|v| v.canvas != *c),
        "versions show how the idea evolved"
    );
}

#[test]
fn phase_6_has_member_conditions_and_ground_rules() {
    let project = example();
    let cond = &project.conditions;
    assert!((4..=7).contains(&cond.members.len()));
    assert!(
        cond.members
            .iter()
            .all(|m| !m.expectations.is_empty() && !m.exit_triggers.is_empty())
    );
    assert!((6..=8).contains(&cond.rules.len()));
    assert!(cond.rules.iter().all(|r| !r.text.is_empty() && !r.agreed_by.is_empty()));
}

#[test]
fn phase_7_has_every_strategy_area_an_action_plan_and_approvals() {
    let project = example();
    let s = &project.strategy;
    assert!(!s.vision.is_empty() && !s.mission.is_empty() && !s.coordinator.is_empty());
    assert!(s.period_start.is_some() && s.period_start < s.period_end);
    assert!(s.governance.is_some());
    assert!(s.areas.texts().iter().all(|t| !t.trim().is_empty()));
    assert!((5..=8).contains(&s.action_plan.len()));
    assert!(!s.approvals.is_empty());
}

#[test]
fn phase_8_has_the_default_criteria_and_two_fully_rated_rounds() {
    let project = example();
    let e = &project.evaluation;
    assert_eq!(e.criteria, default_criteria());
    assert_eq!(e.rounds.len(), 2);
    assert!(e.rounds[0].date < e.rounds[1].date);
    for round in &e.rounds {
        assert!((4..=6).contains(&round.respondents.len()), "{}", round.name);
        assert_eq!(
            round.ratings.len(),
            round.respondents.len() * e.criteria.len(),
            "{}",
            round.name
        );
        assert!(!round.worked.is_empty() && !round.did_not_work.is_empty() && !round.suggestions.is_empty());
    }
    let ratings = e.rounds.iter().flat_map(|r| &r.ratings);
    assert!(ratings.clone().any(|r| r.score.is_none()), "some ratings are n/a");
    assert!(
        ratings.clone().any(|r| !r.comment.is_empty()),
        "some ratings have comments"
    );
    assert!(!e.actions.is_empty());
}

#[test]
fn phase_9_card_is_complete_with_a_short_tagline_and_core_members() {
    let project = example();
    let card = &project.card;
    assert!(!card.tagline.is_empty() && card.tagline.chars().count() <= TAGLINE_MAX);
    for text in card.texts() {
        assert!(!text.trim().is_empty());
    }
    assert!(!card.offering.is_empty() && card.last_updated.is_some());
    // Members are the core ring's organisations (its customer groups are not members).
    let core: BTreeSet<ActorId> = project
        .actors
        .iter()
        .filter(|a| a.ring == Ring::Core && a.kind != "customer")
        .map(|a| a.id)
        .collect();
    assert_eq!(card.members.iter().copied().collect::<BTreeSet<_>>(), core);
}

#[test]
fn contact_addresses_are_fictional() {
    for word in EXAMPLE_RON.split(|c: char| c.is_whitespace() || c == '"' || c == ',') {
        if word.contains('@') {
            assert!(word.ends_with("@example.fi"), "{word}");
        }
    }
}
