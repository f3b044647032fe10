//! A joint project (members' own views combined) in the app: the map coloured and filtered by
//! how many members name each actor, the members' values side by side in the inspector with
//! the group's choice, the disagreements table, and phases 1–5 side by side.

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use verkosto::combine::SeenBy;
use verkosto::model::joint::{JointField, JointValue, decision_on};
use verkosto::model::{ActorId, PhaseId, Project, Ring};
use verkosto::ui::Selection;
use verkosto::ui::joint::seen_colour;
use verkosto::ui::map::Tab;

/// The members' files of tests/fixtures/combine combined, as File → Combine would.
fn joint() -> Project {
    common::joint_project()
}

fn id(project: &Project, name: &str) -> ActorId {
    project
        .actors
        .iter()
        .find(|a| a.name == name)
        .map(|a| a.id)
        .expect(name)
}

#[test]
fn the_joint_map_is_coloured_by_how_many_members_name_each_actor_and_can_go_back_to_kinds() {
    let project = joint();
    let (region, parish) = (id(&project, "Pohjolan hyvinvointialue"), id(&project, "Seurakunta"));
    let mut h = common::app(project).tab(Tab::Map).build();
    h.run();
    let fill = |h: &egui_kittest::Harness<'_, common::App>, a| h.state().views.map.actor_fill(a).expect("drawn");
    assert_eq!(fill(&h, region), seen_colour(SeenBy::All));
    assert_eq!(fill(&h, parish), seen_colour(SeenBy::One));
    h.get_by_label("Filter").click();
    h.run();
    h.get_by_label("Colour by how many members name it").click();
    h.run();
    assert_ne!(fill(&h, region), seen_colour(SeenBy::All), "back to the kind's colour");
}

#[test]
fn the_seen_by_filter_brings_out_what_every_member_names() {
    let project = joint();
    let all: Vec<ActorId> = ["Pohjolan hyvinvointialue", "Etähoiva Oy"]
        .iter()
        .map(|n| id(&project, n))
        .collect();
    let mut h = common::app(project).size(1920.0, 1080.0).tab(Tab::Map).build();
    h.run();
    let labelled = |h: &egui_kittest::Harness<'_, common::App>| -> Vec<ActorId> {
        let mut ids: Vec<ActorId> = h.state().views.map.drawn_labels().into_iter().map(|(a, _)| a).collect();
        ids.sort();
        ids
    };
    assert_eq!(labelled(&h).len(), 8, "every name shows before filtering");
    h.get_by_label("Filter").click();
    h.run();
    h.get_by_label("Named by members ⏵").click();
    h.run();
    h.get_by_label("Named by every member").click();
    h.run();
    assert_eq!(h.state().views.map.options.filter.seen.len(), 1);
    let mut expected = all.clone();
    expected.sort();
    assert_eq!(labelled(&h), expected, "only what all members name keeps its name");
    h.get_by_label("Filter (1)");
}

#[test]
fn the_inspector_shows_each_members_value_and_choosing_one_records_the_decision_undoably() {
    let project = joint();
    let region = id(&project, "Pohjolan hyvinvointialue");
    let original = project.clone();
    let mut h = common::app(project).size(1600.0, 1000.0).tab(Tab::Map).build();
    h.state_mut().view.selection = Selection::Actors(vec![region]);
    h.run();
    h.get_by_label("Named by all 3 members: Pohjolan hyvinvointialue, Etähoiva, Muistiyhdistys r.y.");
    h.get_by_label("Ring: the members differ");
    h.get_by_label("Choose Partner as the joint ring (Muistiyhdistys r.y.)")
        .click();
    h.run();
    let p = h.state().project();
    assert_eq!(p.actor(region).expect("actor").ring, Ring::Partner);
    let record = p.joint.as_ref().and_then(|j| j.actor(region)).expect("record");
    let decision = decision_on(&record.decisions, JointField::Ring).expect("decided");
    assert_eq!(decision.value, JointValue::Ring(Ring::Partner));
    assert!(decision.date.is_some());
    h.get_by_label_contains("Ring: the group chose Partner");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().project(), &original, "one undo step");
}

#[test]
fn the_disagreements_table_walks_through_every_difference_and_links_to_the_map() {
    let project = joint();
    let region = id(&project, "Pohjolan hyvinvointialue");
    let total = verkosto::combine::disagreements(&project).len();
    assert!(total >= 3, "{total}");
    let mut h = common::app(project).size(1280.0, 800.0).tab(Tab::Disagreements).build();
    h.run();
    h.get_by_label(&format!("{total} items, 0 of them decided."));
    h.get_by_label("Choose 4 as the joint importance (Muistiyhdistys r.y.)")
        .click();
    h.run();
    assert_eq!(h.state().project().actor(region).expect("actor").importance, 4);
    h.get_by_label(&format!("{total} items, 1 of them decided."));
    h.get_by_label("Show only undecided").click();
    h.run();
    assert!(
        h.query_by_label("Choose 4 as the joint importance (Muistiyhdistys r.y.)")
            .is_none(),
        "decided rows are hidden"
    );
    h.get_by_label("Show on the map: Pohjolan hyvinvointialue").click();
    h.run();
    assert_eq!(h.state().view.selection, Selection::Actors(vec![region]));
    assert_eq!(verkosto::ui::map::current_tab(&h.ctx), Tab::Map);
}

#[test]
fn an_ordinary_project_has_no_disagreements_tab_and_no_side_by_side_views() {
    let mut h = common::app(verkosto::example::project()).tab(Tab::Worksheet).build();
    h.run();
    assert!(h.query_by_label("Disagreements").is_none());
    assert!(h.query_by_label("The members' views side by side").is_none());
}

#[test]
fn phases_one_to_five_show_the_members_answers_side_by_side_with_the_competence_gaps() {
    let mut project = joint();
    {
        let joint = project.joint.as_mut().expect("joint");
        joint.members[0].own.competences = vec![("Kotihoito".into(), Some(4)), ("Digituki".into(), Some(1))];
        joint.members[1].own.competences = vec![("Digituki".into(), Some(3)), ("Rahoitus".into(), Some(0))];
    }
    let mut h = common::app(project).size(1280.0, 800.0).tab(Tab::Worksheet).build();
    h.run();
    h.get_by_label("The members' views side by side");
    h.get_by_label("Kotihoidon kumppanit");
    h.get_by_label("Etähoivan asiakkaat ja tilaajat");

    h.state_mut().view.phase = PhaseId::Competences;
    h.run();
    h.get_by_label("The competence maps laid over each other");
    h.get_by_label("Brought by: Pohjolan hyvinvointialue");
    h.get_by_label("Brought by: Etähoiva");
    h.get_by_label("Gap: nobody brings this");

    h.state_mut().view.phase = PhaseId::Idea;
    h.run();
    h.get_by_label("The members' refining ideas");
    for need in [
        "Ikääntyneiden kotona asumisen tuki",
        "Etäpalvelut kotihoidon rinnalle",
        "Muistisairaiden omaisten tuki",
    ] {
        h.get_by_label(need);
    }
}

#[test]
fn questions_no_member_answered_are_named_in_one_line_instead_of_empty_columns() {
    let mut h = common::app(joint()).size(1280.0, 800.0).phase(PhaseId::Idea).build();
    h.run();
    h.get_by_label("No member answered: 1, 2, 3, 4, 5, 6");
    h.get_by_label_contains("No member answered: Target groups");
    // The one field some member filled keeps its columns.
    h.get_by_label("Etäpalvelut kotihoidon rinnalle");
}
