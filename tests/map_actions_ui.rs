//! The map's actions are one set: an actor added on the map and one added in the actors
//! table get the same defaults, and Up/Down move the selection through the rows of the
//! actors and relations tables, scrolling the row into view.

// A test that cannot find what it drives should stop right there, with the reason.
#![allow(clippy::expect_used)]

mod common;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId};
use verkosto::ui::Selection;
use verkosto::ui::map::{self, Tab};

fn harness(project: Project, tab: Tab) -> Harness<'static, common::App> {
    let mut harness = common::app(project).size(1400.0, 900.0).tab(tab).build();
    harness.run();
    harness
}

/// `n` actors named "Actor 001" …, in a chain of relations.
fn chain(n: u32) -> Project {
    let mut p = Project::new();
    for id in 1..=n {
        p.actors.push(Actor {
            id: ActorId(id),
            name: format!("Actor {id:03}"),
            ..Actor::default()
        });
    }
    for id in 1..n {
        p.relations.push(Relation {
            id: RelationId(id),
            from: ActorId(id),
            to: ActorId(id + 1),
            ..Relation::default()
        });
    }
    p
}

/// What an added actor gets without being asked: everything but its id and place.
fn defaults(actor: &Actor) -> Actor {
    Actor {
        id: ActorId(0),
        pos: None,
        ..actor.clone()
    }
}

#[test]
fn an_actor_added_on_the_map_and_in_the_actors_table_gets_the_same_defaults() {
    // A project whose own list of kinds has no "other": both ways must pick the same kind
    // from the list rather than one making up a kind the list does not have.
    let mut project = Project::new();
    project.catalogs.actor_kinds.0.retain(|k| k.key != "other");
    let first_kind = project.catalogs.actor_kinds.first_key();
    let mut h = harness(project, Tab::Map);

    h.get_by_label("Add actor").click();
    h.run();
    map::open_tab(&h.ctx, Tab::Actors);
    h.run();
    h.get_by_label("+ Add actor").click();
    h.run();

    let p = h.state().project();
    assert_eq!(p.actors.len(), 2);
    let (on_map, in_table) = (&p.actors[0], &p.actors[1]);
    assert_eq!(defaults(on_map), defaults(in_table), "the same defaults both ways");
    assert_eq!(on_map.kind, first_kind, "a kind from the project's own list");
    assert_eq!(on_map.name, "New actor");
    assert_eq!((on_map.ring, on_map.importance), (in_table.ring, in_table.importance));
    assert!(on_map.pos.is_some(), "the map places its actor where it was added");
}

#[test]
fn up_and_down_move_through_the_actors_table_and_scroll_the_row_into_view() {
    let mut h = harness(chain(200), Tab::Actors);
    h.get_by_role_and_label(Role::Button, "Actor 001").click();
    h.run();
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(1)]));

    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(2)]));
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(1)]));
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Actors(vec![ActorId(1)]),
        "the first row stays selected"
    );

    for _ in 0..59 {
        h.key_press(Key::ArrowDown);
        h.run();
    }
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(60)]));
    assert!(
        h.query_by_role_and_label(Role::Button, "Actor 060").is_some(),
        "the selected row is on screen"
    );
    assert!(
        h.query_by_role_and_label(Role::Button, "Actor 001").is_none(),
        "the table scrolled"
    );
}

#[test]
fn down_keeps_moving_when_a_row_button_has_the_keyboard_focus() {
    // A click in a real window leaves the row's name button focused, and egui then moves that
    // focus down with the same key; the table must keep going past the visible rows.
    let mut h = harness(chain(30), Tab::Actors);
    h.get_by_role_and_label(Role::Button, "Actor 001").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Actor 001").focus();
    h.run();
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(1)]));
    for _ in 0..15 {
        h.key_press(Key::ArrowDown);
        h.run();
    }
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(16)]));
    assert!(
        h.query_by_role_and_label(Role::Button, "Actor 016").is_some(),
        "the selected row is on screen"
    );
    for _ in 0..5 {
        h.key_press(Key::ArrowUp);
        h.run();
    }
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(11)]));
}

#[test]
fn up_and_down_move_through_the_relations_table() {
    let mut h = harness(chain(4), Tab::Relations);
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Relation(RelationId(1)),
        "Down with nothing selected selects the first row"
    );
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().view.selection, Selection::Relation(RelationId(3)));
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Relation(RelationId(3)),
        "the last row stays selected"
    );
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(h.state().view.selection, Selection::Relation(RelationId(2)));
}

#[test]
fn arrow_keys_do_not_move_the_selection_while_a_text_field_has_the_keyboard() {
    let mut h = harness(chain(5), Tab::Actors);
    h.get_by_role_and_label(Role::Button, "Actor 002").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Filter").focus();
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(2)]));
}
