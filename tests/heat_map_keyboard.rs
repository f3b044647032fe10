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
    assert_eq!(
        name_after.x_range(),
        name_before.x_range(),
        "the competence's name stays where it was"
    );
}

/// Where every text that begins with `prefix` is painted whole (top to bottom) in view.
fn visible_texts(harness: &Harness<'static, common::App>, prefix: &str) -> Vec<egui::Rect> {
    let mut found = Vec::new();
    for clipped in &harness.output().shapes {
        if let egui::Shape::Text(t) = &clipped.shape
            && t.galley.text().starts_with(prefix)
            && t.visual_bounding_rect().intersects(clipped.clip_rect)
            && t.visual_bounding_rect().top() >= clipped.clip_rect.top() - 4.0
        {
            found.push(t.visual_bounding_rect());
        }
    }
    found
}

#[test]
fn the_holders_names_stay_at_the_top_while_the_sheet_scrolls_down_the_rows() {
    let mut harness = common::app(verkosto::example::project())
        .phase(PhaseId::Competences)
        .size(1280.0, 800.0)
        .build();
    harness.run();
    // The example's own organisation heads the first column.
    let holder = "Järvi-Suomen hy";
    let last = harness.state().project().competences.competences.len();
    let cell = format!("Level of Järvi-Suomen hyvinvointialue, competence {last}");
    // Down the first column with the arrow keys: each cell reached is scrolled into view.
    harness
        .get_by_label("Level of Järvi-Suomen hyvinvointialue, competence 1")
        .focus();
    harness.run();
    for _ in 1..last {
        press(&mut harness, Key::ArrowDown);
    }
    assert!(focused(&harness, &cell));
    let cell_rect = harness.get_by_label(&cell).rect();
    assert!(cell_rect.bottom() < 800.0, "the last row is in view: {cell_rect:?}");
    let names = visible_texts(&harness, holder);
    assert_eq!(names.len(), 1, "the name is seen whole once: {names:?}");
    assert!(
        names[0].bottom() < cell_rect.top(),
        "above the rows, at the top of the view: {names:?}, row at {cell_rect:?}"
    );
    // The rows' own titles stay too.
    let titles = visible_texts(&harness, "Competence");
    assert!(
        titles.iter().any(|t| t.bottom() < cell_rect.top()),
        "the name column's title: {titles:?}"
    );
}
