//! The worksheets of phases 2–5 driven through the whole app with egui_kittest: each edit
//! changes the project, and undo (Ctrl+Z) restores it exactly.

mod common;

use common::App;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use verkosto::app::Command;
use verkosto::i18n::Lang;
use verkosto::model::*;

fn actor(id: u32, name: &str, own: bool) -> Actor {
    Actor {
        id: ActorId(id),
        name: name.into(),
        kind: "public".into(),
        own,
        ..Actor::default()
    }
}

/// A project with content in phases 2–5, used by the tests and (written to the temp folder)
/// for looking at the worksheets in a real window.
fn sample_project() -> Project {
    let mut p = Project::new();
    p.meta.name = "Vanhuspalvelujen verkosto".into();
    p.actors = vec![
        actor(1, "Hyvinvointialue", true),
        actor(2, "Kotihoito Oy", false),
        actor(3, "Kaupunki", false),
        actor(4, "Omaishoitajat ry", false),
        actor(5, "AMK", false),
        actor(6, "Kela", false),
    ];
    p.roles.rows = vec![
        RoleRow {
            service: "Kotihoito".into(),
            current_role: "organiser".into(),
            desired_role: "integrator".into(),
            strength: 4,
            importance: 5,
            resources: "2 henkilötyövuotta".into(),
            rationale: "Asiakkaat tarvitsevat yhden yhteyspisteen.".into(),
            actions: "Palveluohjauksen malli 2027".into(),
            partners: vec![ActorId(2), ActorId(4)],
        },
        RoleRow {
            service: "Omaishoidon tuki".into(),
            current_role: "producer".into(),
            desired_role: "producer".into(),
            strength: 3,
            importance: 4,
            partners: vec![ActorId(4)],
            ..RoleRow::default()
        },
        RoleRow {
            service: "Ikäneuvola".into(),
            current_role: "expert".into(),
            desired_role: "coordinator".into(),
            strength: 2,
            importance: 3,
            ..RoleRow::default()
        },
    ];
    let cell = |actor: Option<u32>, level: u8, availability: Availability| CompetenceCell {
        holder: actor.map_or(Holder::Potential, |a| Holder::Actor(ActorId(a))),
        level,
        availability,
    };
    p.competences.columns = vec![ActorId(2), ActorId(4), ActorId(5)];
    p.competences.competences = vec![
        Competence {
            id: CompetenceId(1),
            name: "Palveluohjaus".into(),
            category: "Ydinosaaminen".into(),
            required: 4,
            criticality: 5,
            cells: vec![
                cell(Some(1), 3, Availability::Available),
                cell(Some(2), 2, Availability::Negotiable),
            ],
            remedy: Some(Remedy::Develop),
            owner: "Palvelujohtaja".into(),
            ..Competence::default()
        },
        Competence {
            id: CompetenceId(2),
            name: "Digitaaliset palvelut".into(),
            required: 3,
            criticality: 4,
            cells: vec![
                cell(Some(1), 1, Availability::Available),
                cell(Some(5), 4, Availability::NotAvailable),
                cell(None, 2, Availability::Negotiable),
            ],
            ..Competence::default()
        },
        Competence {
            id: CompetenceId(3),
            name: "Vertaistuki".into(),
            required: 2,
            criticality: 3,
            cells: vec![cell(Some(4), 4, Availability::Available)],
            ..Competence::default()
        },
    ];
    p.tactics.goals = vec![
        NetworkingGoal {
            goal: "quality".into(),
            description: "Sujuvat palveluketjut".into(),
            priority: 5,
            indicator: "Asiakastyytyväisyys".into(),
        },
        NetworkingGoal {
            goal: "competence".into(),
            description: "Digiosaaminen".into(),
            priority: 3,
            indicator: "Koulutetut".into(),
        },
    ];
    p.tactics.partners = vec![PartnerTactic {
        partner: ActorId(2),
        goal: "Yhteinen palveluohjaus".into(),
        form: "framework".into(),
        current_depth: Depth::Information,
        target_depth: Depth::Pooling,
        contribution: "Asiakastieto".into(),
        benefit: "Vähemmän päällekkäisyyttä".into(),
        timeline: "2026–2027".into(),
        owner: "Anna".into(),
        risks: "Tietosuoja".into(),
    }];
    p.tactics.readiness.resources = ReadinessItem {
        score: Some(3),
        comment: "Budjetti tiukka".into(),
    };
    p.tactics.readiness.culture = ReadinessItem {
        score: Some(4),
        comment: String::new(),
    };
    p.idea.canvas = IdeaCanvas {
        need: "Ikääntyneet tarvitsevat yhden yhteyspisteen palveluihin.".into(),
        target_groups: "Kotona asuvat ikääntyneet ja omaiset".into(),
        value_proposition: "Yksi ovi kaikkiin palveluihin".into(),
        ..IdeaCanvas::default()
    };
    p.idea.maturity = Maturity::Concept;
    p.idea.net_type = Some(NetType::Renewal);
    p.idea.versions = vec![IdeaVersion {
        date: Date::ymd(2026, 3, 2),
        label: "Ensimmäinen työpaja".into(),
        canvas: IdeaCanvas {
            need: "Ikääntyneet tarvitsevat palveluja.".into(),
            ..IdeaCanvas::default()
        },
        net_type: Some(NetType::Current),
        maturity: Maturity::Idea,
    }];
    p
}

fn harness(project: Project, phase: PhaseId) -> Harness<'static, App> {
    let mut harness = common::app(project).phase(phase).size(1400.0, 5200.0).build();
    harness.run();
    harness
}

fn project(h: &Harness<'_, App>) -> Project {
    h.state().project().clone()
}

fn undo(h: &mut Harness<'_, App>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
}

fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Types into a multi-line field whose title also appears elsewhere (the idea comparison).
fn type_into_area(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::MultilineTextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, label).type_text(text);
    h.run();
}

#[test]
fn sample_project_is_valid_and_survives_save_and_load() {
    let p = sample_project();
    assert_eq!(p.problems(), Vec::new());
    let path = std::env::temp_dir().join("verkosto-sheets-a-sample.ron");
    verkosto::io::save(&path, &p).unwrap();
    assert_eq!(verkosto::io::load(&path).unwrap(), p);
}

// Phase 2 -------------------------------------------------------------------------------------

#[test]
fn typing_a_service_name_changes_the_row_and_undo_restores_it() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Roles);
    type_into(&mut h, "Service or network, row 3", " 75+");
    assert_eq!(project(&h).roles.rows[2].service, "Ikäneuvola 75+");
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn a_pasted_line_break_in_a_service_name_becomes_a_space() {
    let mut h = harness(sample_project(), PhaseId::Roles);
    type_into(&mut h, "Service or network, row 3", " 75+\nja omaiset");
    assert_eq!(project(&h).roles.rows[2].service, "Ikäneuvola 75+ ja omaiset");
}

#[test]
fn adding_a_role_row_and_undo_removes_it() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Roles);
    click(&mut h, "+ Add row");
    let rows = project(&h).roles.rows;
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3], RoleRow::default());
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn moving_and_deleting_role_rows_are_separate_undo_steps() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Roles);
    click(&mut h, "Move row 2 up");
    let services: Vec<String> = project(&h).roles.rows.iter().map(|r| r.service.clone()).collect();
    assert_eq!(services, ["Omaishoidon tuki", "Kotihoito", "Ikäneuvola"]);
    click(&mut h, "Delete row 1");
    let services: Vec<String> = project(&h).roles.rows.iter().map(|r| r.service.clone()).collect();
    assert_eq!(services, ["Kotihoito", "Ikäneuvola"]);
    undo(&mut h);
    assert_eq!(project(&h).roles.rows.len(), 3);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn setting_strength_and_role_from_the_list_and_undo() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Roles);
    click(&mut h, "Strength, row 2: 5");
    assert_eq!(project(&h).roles.rows[1].strength, 5);
    click(&mut h, "Desired role, row 2");
    h.get_by_role_and_label(Role::Button, "Information broker").click();
    h.run();
    assert_eq!(project(&h).roles.rows[1].desired_role, "broker");
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn choosing_and_removing_partners_of_a_role_row() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Roles);
    click(&mut h, "Partners involved, row 3");
    h.get_by_role_and_label(Role::CheckBox, "Kela").click();
    h.run();
    assert_eq!(project(&h).roles.rows[2].partners, vec![ActorId(6)]);
    h.key_press(Key::Escape);
    h.run();
    click(&mut h, "Remove Kotihoito Oy from Partners involved, row 1");
    assert_eq!(project(&h).roles.rows[0].partners, vec![ActorId(4)]);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn switching_phase_and_back_keeps_typed_text() {
    let mut h = harness(sample_project(), PhaseId::Roles);
    type_into(&mut h, "Rationale, row 2", "Lakisääteinen tehtävä");
    h.state_mut().run(Command::GoPhase(PhaseId::Tactics));
    h.run();
    assert!(h.query_by_label("Rationale, row 2").is_none());
    h.state_mut().run(Command::GoPhase(PhaseId::Roles));
    h.run();
    assert_eq!(project(&h).roles.rows[1].rationale, "Lakisääteinen tehtävä");
    assert_eq!(
        h.get_by_label("Rationale, row 2").value().as_deref(),
        Some("Lakisääteinen tehtävä")
    );
}

#[test]
fn the_role_table_speaks_finnish() {
    let mut h = common::app(sample_project())
        .lang(Lang::Fi)
        .phase(PhaseId::Roles)
        .size(1400.0, 5200.0)
        .build();
    h.run();
    type_into(&mut h, "Palvelu tai verkosto, rivi 1", "!");
    assert_eq!(project(&h).roles.rows[0].service, "Kotihoito!");
    assert!(h.query_by_label("Siirrä rivi 2 ylös").is_some());
    assert!(h.query_by_label("+ Lisää rivi").is_some());
}

// Phase 3 -------------------------------------------------------------------------------------

#[test]
fn setting_a_cell_level_closes_a_gap_and_undo_reopens_it() {
    let before = sample_project();
    assert_eq!(before.competences.competences[0].gap(), 1);
    let mut h = harness(before.clone(), PhaseId::Competences);
    assert!(h.query_by_label("Remedy, competence 1").is_some());
    assert_eq!(
        h.get_by_label("Level of Kotihoito Oy, competence 1").value().as_deref(),
        Some("2 Good, Negotiable")
    );
    click(&mut h, "Level of Kotihoito Oy, competence 1");
    h.get_by_role_and_label(Role::Button, "4 – Core").click();
    h.run();
    let comp = &project(&h).competences.competences[0];
    assert_eq!(comp.level_of(Holder::Actor(ActorId(2))), 4);
    assert_eq!(
        comp.availability_of(Holder::Actor(ActorId(2))),
        Availability::Negotiable
    );
    assert_eq!(comp.gap(), 0);
    let gaps: Vec<usize> = project(&h).competences.gaps().iter().map(|(i, _)| *i).collect();
    assert_eq!(gaps, vec![1], "only Digitaaliset palvelut still has a gap");
    assert!(
        h.query_by_label("Remedy, competence 1").is_none(),
        "a closed gap leaves the gap list"
    );
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn marking_a_cell_not_available_opens_a_gap() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Competences);
    click(&mut h, "Level of AMK, competence 3");
    click(&mut h, "4 – Core");
    h.get_by_role_and_label(Role::RadioButton, "Not available").click();
    h.run();
    let comp = &project(&h).competences.competences[2];
    assert_eq!(
        comp.cell(Holder::Actor(ActorId(5))).map(|c| (c.level, c.availability)),
        Some((4, Availability::NotAvailable))
    );
    // Omaishoitajat ry still covers Vertaistuki at level 4.
    assert_eq!(comp.gap(), 0);
    // Level and availability were two clicks, so two undo steps.
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn adding_a_competence_and_setting_its_required_level() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Competences);
    click(&mut h, "+ Add competence");
    let comps = project(&h).competences.competences;
    assert_eq!(comps.len(), 4);
    assert_eq!(comps[3].id, CompetenceId(4));
    type_into(&mut h, "Competence, competence 4", "Rahoitusosaaminen");
    click(&mut h, "Required level, competence 4");
    click(&mut h, "4 – Core");
    let comp = project(&h).competences.competences[3].clone();
    assert_eq!(
        (comp.name.as_str(), comp.required, comp.gap()),
        ("Rahoitusosaaminen", 4, 4)
    );
    assert!(
        h.query_by_label("Remedy, competence 4").is_some(),
        "a new gap gets its remedy editor"
    );
    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn adding_and_removing_a_column_and_undo_restores_its_cells() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Competences);
    click(&mut h, "+ Add column");
    h.get_by_role_and_label(Role::Button, "Kela").click();
    h.run();
    assert_eq!(
        project(&h).competences.columns,
        vec![ActorId(2), ActorId(4), ActorId(5), ActorId(6)]
    );
    assert!(h.query_by_label("Level of Kela, competence 1").is_some());
    click(&mut h, "Remove column AMK");
    let after = project(&h);
    assert_eq!(after.competences.columns, vec![ActorId(2), ActorId(4), ActorId(6)]);
    assert!(
        after.competences.competences[1]
            .cell(Holder::Actor(ActorId(5)))
            .is_none()
    );
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn choosing_a_remedy_and_owner_for_a_gap() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Competences);
    click(&mut h, "Remedy, competence 2");
    h.get_by_role_and_label(Role::Button, "Buy").click();
    h.run();
    type_into(&mut h, "Owner, competence 2", "Kehittämispäällikkö");
    let comp = &project(&h).competences.competences[1];
    assert_eq!(comp.remedy, Some(Remedy::Buy));
    assert_eq!(comp.owner, "Kehittämispäällikkö");
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

// Phase 4 -------------------------------------------------------------------------------------

#[test]
fn adding_a_goal_editing_its_indicator_and_undo() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Tactics);
    click(&mut h, "+ Add goal");
    let goals = project(&h).tactics.goals;
    assert_eq!(goals.len(), 3);
    assert_eq!(goals[2].goal, "reach", "the first goal type not used yet is suggested");
    type_into(&mut h, "Indicator, goal 3", "Uudet asiakkaat");
    click(&mut h, "Priority, goal 3: 1");
    let goal = project(&h).tactics.goals[2].clone();
    assert_eq!((goal.indicator.as_str(), goal.priority), ("Uudet asiakkaat", 1));
    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn adding_a_partner_tactic_and_deepening_it() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Tactics);
    click(&mut h, "+ Add partner tactic");
    h.get_by_role_and_label(Role::Button, "Kela").click();
    h.run();
    let tactics = project(&h).tactics.partners;
    assert_eq!(tactics.len(), 2);
    assert_eq!((tactics[1].partner, tactics[1].form.as_str()), (ActorId(6), "project"));
    click(&mut h, "Target depth, partner tactic 2");
    h.get_by_role_and_label(Role::Button, "4 Co-creation").click();
    h.run();
    assert_eq!(project(&h).tactics.partners[1].target_depth, Depth::CoCreation);
    type_into(&mut h, "Risks, partner tactic 2", "Hidas päätöksenteko");
    assert_eq!(project(&h).tactics.partners[1].risks, "Hidas päätöksenteko");
    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn scoring_readiness_updates_the_mean_and_undo_restores_it() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Tactics);
    assert!(h.query_by_label("Mean 3.5 / 5").is_some());
    click(&mut h, "Integration of internal communication: 2");
    let readiness = project(&h).tactics.readiness;
    assert_eq!(readiness.communication.score, Some(2));
    assert!(h.query_by_label("Mean 3.0 / 5").is_some());
    click(&mut h, "Clear the score: Access to resources");
    assert_eq!(project(&h).tactics.readiness.resources.score, None);
    type_into(&mut h, "Comment: Openness of culture", "Avoin");
    assert_eq!(project(&h).tactics.readiness.culture.comment, "Avoin");
    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

// Phase 5 -------------------------------------------------------------------------------------

#[test]
fn editing_the_canvas_and_undo_restores_it() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Idea);
    type_into_area(&mut h, "Why together", "Kukaan ei pysty yksin.");
    assert_eq!(project(&h).idea.canvas.why_together, "Kukaan ei pysty yksin.");
    click(&mut h, "Maturity: 3. Pilot");
    assert_eq!(project(&h).idea.maturity, Maturity::Pilot);
    click(&mut h, "Type of net: Emerging new business net");
    assert_eq!(project(&h).idea.net_type, Some(NetType::Emerging));
    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn saving_a_version_keeps_a_dated_copy_and_comparison_shows_the_changes() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Idea);
    // The newest saved version is compared with the working canvas by default.
    assert!(h.query_by_label("5 of 10 items changed").is_some());
    type_into(&mut h, "New version's label", "Toinen työpaja");
    click(&mut h, "💾 Save as new version");
    let idea = project(&h).idea;
    assert_eq!(idea.versions.len(), 2);
    let saved = &idea.versions[1];
    assert_eq!(
        (saved.label.as_str(), saved.date, &saved.canvas),
        ("Toinen työpaja", Some(Date::today()), &before.idea.canvas)
    );
    // The new version equals the working canvas: nothing changed between them.
    assert!(h.query_by_label("0 of 10 items changed").is_some());
    undo(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn copying_a_version_back_to_the_canvas_and_undo() {
    let before = sample_project();
    let mut h = harness(before.clone(), PhaseId::Idea);
    click(&mut h, "Copy version 1 to the working canvas");
    let idea = project(&h).idea;
    assert_eq!(idea.canvas, before.idea.versions[0].canvas);
    assert_eq!(idea.maturity, Maturity::Idea);
    assert_eq!(idea.versions, before.idea.versions);
    undo(&mut h);
    assert_eq!(project(&h), before);
}
