//! The worksheets of phases 6–9 driven through the whole app: editing a field or adding a row
//! changes the project, and undo (Ctrl+Z) restores it exactly.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use verkosto::model::{
    Actor, ActorId, EvaluationRound, GroundRule, MemberConditions, PhaseId, Project, Respondent, RespondentId, Ring,
    RoundId, TAGLINE_MAX,
};

const CTRL: egui::Modifiers = egui::Modifiers::COMMAND;

fn actor(id: u32, name: &str, ring: Ring, role: &str) -> Actor {
    Actor {
        id: ActorId(id),
        name: name.into(),
        ring,
        role: role.into(),
        ..Actor::default()
    }
}

/// A small network: three core members, two partners and one actor of the wider network.
fn project() -> Project {
    let mut p = Project::new();
    p.meta.name = "Testiverkosto".into();
    p.actors = vec![
        actor(1, "Hyvinvointialue", Ring::Core, "coordinator"),
        actor(2, "Kaupunki", Ring::Core, ""),
        actor(3, "Kotihoito Oy", Ring::Partner, "home care"),
        actor(4, "Omaishoitajat ry", Ring::Core, ""),
        actor(5, "Kirjasto", Ring::Wider, ""),
        actor(6, "AMK", Ring::Partner, ""),
    ];
    p.actors[0].own = true;
    p
}

fn harness(project: Project, phase: PhaseId) -> Harness<'static, App> {
    let mut harness = common::app(project).phase(phase).size(1400.0, 900.0).build();
    harness.run();
    harness
}

fn undo(harness: &mut Harness<'static, App>) {
    harness.key_press_modifiers(CTRL, egui::Key::Z);
    harness.run();
}

/// Clicks a control by its accessible name, wherever it is on the (scrolled) sheet.
fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_by_label(label).click_accesskit();
    harness.run();
}

/// The one-line or multi-line text field named `label`.
fn text_field<'h>(harness: &'h Harness<'static, App>, label: &'h str) -> egui_kittest::Node<'h> {
    harness.get_by(move |n| {
        matches!(n.role(), Role::TextInput | Role::MultilineTextInput) && n.label().as_deref() == Some(label)
    })
}

/// Types into the text field named `label`.
fn type_into(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    text_field(harness, label).focus();
    harness.run();
    text_field(harness, label).type_text(text);
    harness.run();
}

// ---------------------------------------------------------------------------------------------
// Phase 6

#[test]
fn conditions_adding_a_rule_and_typing_it_change_the_project_and_undo_restores_it() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Conditions);
    click(&mut harness, "+ Add a rule");
    assert_eq!(harness.state().project().conditions.rules.len(), 1);
    assert_eq!(
        harness.state().project().conditions.rules[0].area,
        "decisions",
        "first rule area by default"
    );
    type_into(&mut harness, "Rule 1", "Päätökset tehdään yksimielisesti.");
    assert_eq!(
        harness.state().project().conditions.rules[0].text,
        "Päätökset tehdään yksimielisesti."
    );
    undo(&mut harness);
    assert_eq!(
        harness.state().project().conditions.rules.len(),
        1,
        "typing is its own undo step"
    );
    assert_eq!(harness.state().project().conditions.rules[0].text, "");
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn conditions_member_record_fields_and_acceptance_are_undoable() {
    let mut original = project();
    original.conditions.members.push(MemberConditions {
        member: ActorId(2),
        ..MemberConditions::default()
    });
    let mut harness = harness(original.clone(), PhaseId::Conditions);
    type_into(&mut harness, "Expectations – Kaupunki", "Yhteiset palveluketjut");
    assert_eq!(
        harness.state().project().conditions.members[0].expectations,
        "Yhteiset palveluketjut"
    );
    click(&mut harness, "Accepted the ground rules: Kaupunki");
    assert!(harness.state().project().conditions.members[0].accepted);
    assert!(
        harness
            .query_by_label_contains("1 of 1 members have accepted")
            .is_some()
    );
    undo(&mut harness);
    assert!(!harness.state().project().conditions.members[0].accepted);
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn conditions_add_all_core_members_creates_one_record_each_in_one_step() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Conditions);
    click(&mut harness, "Add all core members");
    let members: Vec<ActorId> = harness
        .state()
        .project()
        .conditions
        .members
        .iter()
        .map(|m| m.member)
        .collect();
    assert_eq!(members, vec![ActorId(1), ActorId(2), ActorId(4)]);
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn conditions_rules_move_up_and_agreed_by_chips_are_undoable() {
    let mut original = project();
    for text in ["first", "second"] {
        original.conditions.rules.push(GroundRule {
            area: "decisions".into(),
            text: text.into(),
            ..GroundRule::default()
        });
    }
    let mut harness = harness(original.clone(), PhaseId::Conditions);
    click(&mut harness, "Move rule 2 up");
    let texts: Vec<String> = harness
        .state()
        .project()
        .conditions
        .rules
        .iter()
        .map(|r| r.text.clone())
        .collect();
    assert_eq!(texts, ["second", "first"]);
    // The add menu of rule 1's agreed-by chips offers the actors.
    click(&mut harness, "Add to agreed by, rule 1");
    harness.get_by_role_and_label(Role::Button, "Kaupunki").click();
    harness.run();
    assert_eq!(
        harness.state().project().conditions.rules[0].agreed_by,
        vec![ActorId(2)]
    );
    click(&mut harness, "Remove Kaupunki from agreed by, rule 1");
    assert!(harness.state().project().conditions.rules[0].agreed_by.is_empty());
    undo(&mut harness);
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn up_and_down_move_the_keyboard_focus_to_the_same_column_of_the_next_rule() {
    let mut original = project();
    for text in ["first", "second", "third"] {
        original.conditions.rules.push(GroundRule {
            area: "decisions".into(),
            text: text.into(),
            ..GroundRule::default()
        });
    }
    let mut harness = harness(original.clone(), PhaseId::Conditions);
    text_field(&harness, "Rule 1").focus();
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(text_field(&harness, "Rule 2").is_focused(), "Down: the next row's rule");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(text_field(&harness, "Rule 3").is_focused());
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(
        text_field(&harness, "Rule 3").is_focused(),
        "the last row keeps the focus"
    );
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert!(text_field(&harness, "Rule 2").is_focused(), "Up: the row above");

    // A drop-down's column too, without opening it or changing its value.
    harness.get_by_label("Area, rule 1").focus();
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert!(harness.get_by_label("Area, rule 2").is_focused());
    assert_eq!(harness.state().project(), &original, "moving the focus changes nothing");
}

// ---------------------------------------------------------------------------------------------
// Phase 7

#[test]
fn strategy_typing_the_vision_changes_the_project_and_undo_restores_it() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Strategy);
    type_into(&mut harness, "Vision", "Ikäihminen saa avun yhdeltä ovelta.");
    assert_eq!(
        harness.state().project().strategy.vision,
        "Ikäihminen saa avun yhdeltä ovelta."
    );
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn strategy_fill_from_the_map_appends_core_members_then_partners_as_one_undo_step() {
    let mut original = project();
    original.strategy.areas.actors = "Jäsenet:".into();
    let mut harness = harness(original.clone(), PhaseId::Strategy);
    click(&mut harness, "Fill from the map");
    assert_eq!(
        harness.state().project().strategy.areas.actors,
        "Jäsenet:\n\nCore members:\n- Hyvinvointialue (coordinator)\n- Kaupunki\n- Omaishoitajat ry\n\
         Partners:\n- Kotihoito Oy (home care)\n- AMK"
    );
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn strategy_action_plan_rows_and_approvals_are_undoable() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Strategy);
    click(&mut harness, "+ Add an action");
    type_into(&mut harness, "Action 1", "Yhteinen asiakasohjaus");
    assert_eq!(
        harness.state().project().strategy.action_plan[0].action,
        "Yhteinen asiakasohjaus"
    );
    click(&mut harness, "+ Add an approval");
    harness.get_by_role_and_label(Role::Button, "Kaupunki").click();
    harness.run();
    assert_eq!(harness.state().project().strategy.approvals[0].member, ActorId(2));
    assert!(harness.query_by_label("Approved by 1 of 3 core members").is_some());
    for _ in 0..3 {
        undo(&mut harness);
    }
    assert_eq!(harness.state().project(), &original);
}

// ---------------------------------------------------------------------------------------------
// Phase 8

fn with_round(mut p: Project) -> Project {
    p.evaluation.rounds.push(EvaluationRound {
        id: RoundId(1),
        name: "Kevät 2027".into(),
        respondents: vec![
            Respondent {
                id: RespondentId(1),
                name: "Anna".into(),
                actor: Some(ActorId(2)),
            },
            Respondent {
                id: RespondentId(2),
                name: "Ben".into(),
                actor: None,
            },
        ],
        ..EvaluationRound::default()
    });
    p
}

#[test]
fn evaluation_rating_a_cell_from_its_menu_changes_the_project_and_undo_restores_it() {
    let original = with_round(project());
    let mut harness = harness(original.clone(), PhaseId::Evaluation);
    click(&mut harness, "Rating of criterion 1 by Anna");
    harness.get_by_label("5 – Strongly agree").click();
    harness.run();
    let ratings = &harness.state().project().evaluation.rounds[0].ratings;
    assert_eq!(ratings.len(), 1);
    assert_eq!(
        (ratings[0].respondent, ratings[0].criterion.0, ratings[0].score),
        (RespondentId(1), 1, Some(5))
    );
    let cell = harness.get_by_label("Rating of criterion 1 by Anna");
    assert_eq!(cell.value().as_deref(), Some("5"));
    // n/a is an answer too, but does not count in the mean.
    click(&mut harness, "Rating of criterion 1 by Ben");
    harness.get_by_label("n/a – Cannot say").click();
    harness.run();
    assert_eq!(harness.state().project().evaluation.rounds[0].ratings[1].score, None);
    undo(&mut harness);
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn evaluation_deleting_a_criterion_and_restoring_the_defaults_are_undoable() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Evaluation);
    assert!(harness.query_by_label("Evaluation criteria (18)").is_some());
    click(&mut harness, "Delete criterion 1");
    assert_eq!(harness.state().project().evaluation.criteria.len(), 17);
    click(&mut harness, "Restore default criteria…");
    harness.get_by_label("Restore the default criteria").click();
    harness.run();
    assert_eq!(
        harness.state().project().evaluation.criteria,
        verkosto::model::default_criteria()
    );
    undo(&mut harness);
    assert_eq!(harness.state().project().evaluation.criteria.len(), 17);
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn evaluation_adding_a_round_respondents_and_reflections_are_undoable() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Evaluation);
    click(&mut harness, "+ Add a round");
    assert_eq!(harness.state().project().evaluation.rounds.len(), 1);
    click(&mut harness, "Add the core members as respondents");
    let names: Vec<String> = harness.state().project().evaluation.rounds[0]
        .respondents
        .iter()
        .map(|r| r.name.clone())
        .collect();
    assert_eq!(names, ["Hyvinvointialue", "Kaupunki", "Omaishoitajat ry"]);
    type_into(&mut harness, "What worked", "Yhteiset tapaamiset");
    assert_eq!(
        harness.state().project().evaluation.rounds[0].worked,
        "Yhteiset tapaamiset"
    );
    click(&mut harness, "+ Add an action");
    assert_eq!(harness.state().project().evaluation.actions.len(), 1);
    for _ in 0..4 {
        undo(&mut harness);
    }
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn evaluation_shows_the_map_metrics_beside_the_ratings() {
    let mut p = with_round(project());
    p.relations.push(verkosto::model::Relation {
        id: verkosto::model::RelationId(1),
        from: ActorId(1),
        to: ActorId(2),
        ..verkosto::model::Relation::default()
    });
    let harness = harness(p, PhaseId::Evaluation);
    assert!(harness.query_by_label("The network map now").is_some());
    // Four actors have no relation: they are isolates, listed by name.
    assert!(harness.query_by_label("Isolates (4)").is_some());
    assert!(
        harness
            .query_by_label("Kotihoito Oy, Omaishoitajat ry, Kirjasto, AMK")
            .is_some()
    );
}

// ---------------------------------------------------------------------------------------------
// Phase 9

#[test]
fn card_tagline_refuses_input_beyond_120_characters() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Card);
    type_into(&mut harness, "Tagline", &"a".repeat(130));
    assert_eq!(harness.state().project().card.tagline.chars().count(), TAGLINE_MAX);
    assert!(harness.query_by_label("120 / 120 characters").is_some());
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn card_typing_the_name_updates_the_preview_and_undo_restores_it() {
    let original = project();
    let mut harness = harness(original.clone(), PhaseId::Card);
    assert!(harness.query_by_label_contains("The card is still empty").is_some());
    type_into(&mut harness, "Network name", "Ikäverkko");
    assert_eq!(harness.state().project().card.name, "Ikäverkko");
    // The preview shows the name as a label of its own.
    let preview = harness
        .query_all_by_label("Ikäverkko")
        .filter(|n| n.accesskit_node().role() == Role::Label)
        .count();
    assert_eq!(preview, 1);
    undo(&mut harness);
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn card_fill_from_the_core_ring_adds_the_core_members_and_undo_removes_them() {
    let mut original = project();
    original.card.members = vec![ActorId(6), ActorId(2)];
    let mut harness = harness(original.clone(), PhaseId::Card);
    click(&mut harness, "Fill from the core ring");
    assert_eq!(
        harness.state().project().card.members,
        vec![ActorId(6), ActorId(2), ActorId(1), ActorId(4)]
    );
    click(&mut harness, "Remove AMK from the card's members");
    assert_eq!(
        harness.state().project().card.members,
        vec![ActorId(2), ActorId(1), ActorId(4)]
    );
    click(&mut harness, "+ Add an item");
    type_into(&mut harness, "Offering, item 1", "Palveluohjaus");
    assert_eq!(harness.state().project().card.offering, ["Palveluohjaus"]);
    for _ in 0..4 {
        undo(&mut harness);
    }
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn nothing_typed_is_lost_when_switching_phases() {
    let mut harness = harness(project(), PhaseId::Card);
    type_into(&mut harness, "Network name", "Ikäverkko");
    harness
        .state_mut()
        .run(verkosto::app::Command::GoPhase(PhaseId::Strategy));
    harness.run();
    type_into(&mut harness, "Mission", "Palvelut yhteen");
    harness.state_mut().run(verkosto::app::Command::GoPhase(PhaseId::Card));
    harness.run();
    assert_eq!(harness.state().project().card.name, "Ikäverkko");
    assert_eq!(harness.state().project().strategy.mission, "Palvelut yhteen");
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Network name")
            .value()
            .as_deref(),
        Some("Ikäverkko")
    );
}
