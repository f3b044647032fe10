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
