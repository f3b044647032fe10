//! The network map driven through the whole app with egui_kittest: toolbar, gestures on the
//! canvas, context menu, keyboard and undo.

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::app::VerkostoApp;
use verkosto::model::{ActorId, Project};

fn harness(project: Project) -> Harness<'static, VerkostoApp> {
    let mut harness = Harness::new_ui_state(
        |ui, app: &mut VerkostoApp| app.show(ui),
        VerkostoApp::for_tests(project),
    );
    harness.set_size(egui::vec2(1400.0, 900.0));
    // Settling proves the map requests no frames while nothing moves.
    harness.run();
    harness
}

fn screen_pos(harness: &Harness<'_, VerkostoApp>, id: u32) -> Pos2 {
    harness
        .state()
        .view
        .map
        .actor_screen_pos(ActorId(id))
        .expect("the actor is on the map")
}

fn press(harness: &Harness<'_, VerkostoApp>, pos: Pos2, button: PointerButton, pressed: bool) {
    harness.event(Event::PointerButton {
        pos,
        button,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

#[test]
fn add_connect_rename_delete_and_undo_everything_on_the_map() {
    let original = Project::new();
    let mut harness = harness(original.clone());

    // Add two actors with the toolbar button.
    harness.get_by_label("Add actor").click();
    harness.run();
    assert_eq!(harness.state().project().actors.len(), 1);
    harness.get_by_label("Add actor").click();
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.actors.len(), 2);
    assert_eq!(project.actors[0].name, "New actor");
    assert!(
        project.actors.iter().all(|a| a.pos.is_some()),
        "new actors are placed"
    );
    assert_ne!(
        project.actors[0].pos, project.actors[1].pos,
        "the second lands beside the first"
    );

    // Connect them: connect mode, then drag from the first to the second.
    harness.get_by_label("Connect").click();
    harness.run();
    let (a, b) = (screen_pos(&harness, 1), screen_pos(&harness, 2));
    harness.hover_at(a);
    harness.run();
    press(&harness, a, PointerButton::Primary, true);
    harness.step();
    harness.hover_at(a + (b - a) * 0.5);
    harness.step();
    harness.hover_at(b);
    harness.step();
    press(&harness, b, PointerButton::Primary, false);
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.relations.len(), 1, "one relation drawn");
    assert_eq!(
        (project.relations[0].from, project.relations[0].to),
        (ActorId(1), ActorId(2))
    );
    harness.get_by_label("Connect").click();
    harness.run();

    // Edit a field: rename the first actor in its context menu.
    let a = screen_pos(&harness, 1);
    harness.hover_at(a);
    harness.run();
    press(&harness, a, PointerButton::Secondary, true);
    press(&harness, a, PointerButton::Secondary, false);
    harness.run();
    harness.get_by_label("Actor name").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Actor name").type_text("Kela");
    harness.run();
    assert_eq!(
        harness
            .state()
            .project()
            .actor(ActorId(1))
            .map(|a| a.name.as_str()),
        Some("Kela")
    );
    harness.key_press(Key::Escape);
    harness.run();

    // Delete the second: select it and press Delete; its relation goes with it.
    let b = screen_pos(&harness, 2);
    harness.hover_at(b);
    harness.run();
    press(&harness, b, PointerButton::Primary, true);
    press(&harness, b, PointerButton::Primary, false);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        verkosto::ui::Selection::Actors(vec![ActorId(2)])
    );
    harness.key_press(Key::Delete);
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.actors.len(), 1);
    assert!(
        project.relations.is_empty(),
        "the relation went with its actor"
    );

    // Undo all, one step at a time: delete, rename, connect, add, add.
    let mut counts = Vec::new();
    for _ in 0..5 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
        let p = harness.state().project();
        counts.push((
            p.actors.len(),
            p.relations.len(),
            p.actor(ActorId(1)).map(|a| a.name.clone()),
        ));
    }
    let new = Some("New actor".to_owned());
    assert_eq!(
        counts,
        vec![
            (2, 1, Some("Kela".to_owned())),
            (2, 1, new.clone()),
            (2, 0, new.clone()),
            (1, 0, new),
            (0, 0, None),
        ]
    );
    assert_eq!(*harness.state().project(), original);
}
