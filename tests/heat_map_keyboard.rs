//! The competence heat map of phase 3 is usable from the keyboard: arrow keys move the focus
//! from cell to cell (one cell per press, stopping at the edges).

mod common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use verkosto::model::{Actor, ActorId, Competence, CompetenceId, PhaseId, Project};

fn project() -> Project {
    let mut p = Project::new();
    p.actors = ["Hyvinvointialue", "Kotihoito Oy", "Kela"]
        .into_iter()
        .zip(1u32..)
        .map(|(name, id)| Actor {
            id: ActorId(id),
            name: name.into(),
            own: id == 1,
            ..Actor::default()
        })
        .collect();
    p.competences.columns = vec![ActorId(2), ActorId(3)];
    p.competences.competences = ["Arviointi", "Kotihoito"]
        .into_iter()
        .zip(1u32..)
        .map(|(name, id)| Competence {
            id: CompetenceId(id),
            name: name.into(),
            ..Competence::default()
        })
        .collect();
    p
}

fn focused(harness: &Harness<'static, common::App>, label: &str) -> bool {
    harness.get_by_label(label).is_focused()
}

fn press(harness: &mut Harness<'static, common::App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn arrow_keys_move_the_focus_through_the_heat_map_cells() {
    let mut harness = common::app(project())
        .phase(PhaseId::Competences)
        .size(1400.0, 900.0)
        .build();
    harness.run();
    harness.get_by_label("Level of Hyvinvointialue, competence 1").focus();
    harness.run();
    assert!(focused(&harness, "Level of Hyvinvointialue, competence 1"));

    press(&mut harness, Key::ArrowRight);
    assert!(focused(&harness, "Level of Kotihoito Oy, competence 1"));
    press(&mut harness, Key::ArrowDown);
    assert!(focused(&harness, "Level of Kotihoito Oy, competence 2"));
    // The last row: down stays where it is.
    press(&mut harness, Key::ArrowDown);
    assert!(focused(&harness, "Level of Kotihoito Oy, competence 2"));
    press(&mut harness, Key::ArrowLeft);
    assert!(focused(&harness, "Level of Hyvinvointialue, competence 2"));
    press(&mut harness, Key::ArrowUp);
    assert!(focused(&harness, "Level of Hyvinvointialue, competence 1"));
    // Arrows only move the focus: the project is unchanged.
    assert_eq!(harness.state().project(), &project());
}

#[test]
fn the_competences_stay_in_view_while_the_holders_scroll_sideways() {
    let mut p = project();
    // Twenty holders: far more columns than a 1024-pixel window shows.
    for id in 4..24u32 {
        p.actors.push(Actor {
            id: ActorId(id),
            name: format!("Kumppani {id}"),
            ..Actor::default()
        });
        p.competences.columns.push(ActorId(id));
    }
    let mut harness = common::app(p).phase(PhaseId::Competences).size(1024.0, 768.0).build();
    harness.run();
    let name_before = harness.get_by_label("Competence, competence 1").rect();
    let first = "Level of Hyvinvointialue, competence 1";
    let first_before = harness.get_by_label(first).rect();
    harness.get_by_label(first).focus();
    harness.run();
    // Right arrow to the last holder: the map scrolls to keep the focused cell in view.
    for _ in 0..22 {
        press(&mut harness, Key::ArrowRight);
    }
    assert!(focused(&harness, "Level of Kumppani 23, competence 1"));
    let first_after = harness.get_by_label(first).rect();
    assert!(
        first_after.left() < first_before.left() - 200.0,
        "the holders scrolled: {first_before:?} → {first_after:?}"
    );
    let name_after = harness.get_by_label("Competence, competence 1").rect();
    assert_eq!(name_after, name_before, "the competence's name stays where it was");
}
