//! The network map driven through the whole app with egui_kittest: toolbar, gestures on the
//! canvas, context menu, keyboard and undo.

// A test that cannot find what it drives should stop right there, with the reason.
#![allow(clippy::expect_used)]

mod common;

use common::App;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId, Ring};
use verkosto::ui::Selection;

fn harness(project: Project) -> Harness<'static, App> {
    // Wide enough for the whole toolbar on one row (narrower, some of it goes into "…").
    let mut harness = common::app(project).size(1700.0, 900.0).build();
    // Settling proves the map requests no frames while nothing moves.
    harness.run();
    harness
}

fn screen_pos(harness: &Harness<'_, App>, id: u32) -> Pos2 {
    harness
        .state()
        .views
        .map
        .actor_screen_pos(ActorId(id))
        .expect("the actor is on the map")
}

fn press(harness: &Harness<'_, App>, pos: Pos2, button: PointerButton, pressed: bool) {
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
    assert!(project.actors.iter().all(|a| a.pos.is_some()), "new actors are placed");
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
        harness.state().project().actor(ActorId(1)).map(|a| a.name.as_str()),
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
    assert!(project.relations.is_empty(), "the relation went with its actor");

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
    assert!(
        *harness.state().project() == original,
        "the project equals the {}",
        stringify!(original)
    );
}

/// Three placed actors in a row (1 is the own organisation), 1–2 and 2–3 related, 3 pinned.
fn three_in_a_row() -> Project {
    let mut project = Project::new();
    for (i, x) in [(1, 0.0), (2, 200.0), (3, 400.0)] {
        project.actors.push(Actor {
            id: ActorId(i),
            name: format!("Actor {i}"),
            pos: Some([x, 0.0]),
            own: i == 1,
            pinned: i == 3,
            ring: if i == 2 { Ring::Core } else { Ring::Wider },
            ..Actor::default()
        });
    }
    for (i, (a, b)) in [(1, (1, 2)), (2, (2, 3))] {
        project.relations.push(Relation {
            id: RelationId(i),
            from: ActorId(a),
            to: ActorId(b),
            ..Relation::default()
        });
    }
    project
}

fn drag(harness: &mut Harness<'_, App>, from: Pos2, to: Pos2, escape_before_drop: bool) {
    harness.hover_at(from);
    harness.run();
    press(harness, from, PointerButton::Primary, true);
    harness.step();
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.step();
    }
    if escape_before_drop {
        harness.key_press(Key::Escape);
        harness.step();
    }
    press(harness, to, PointerButton::Primary, false);
    harness.run();
}

fn pos_of(harness: &Harness<'_, App>, id: u32) -> [f32; 2] {
    harness
        .state()
        .project()
        .actor(ActorId(id))
        .and_then(|a| a.pos)
        .expect("placed")
}

#[test]
fn dragging_two_selected_actors_moves_both_in_one_undo_step() {
    let original = three_in_a_row();
    let mut harness = harness(original.clone());
    let (a, b) = (screen_pos(&harness, 1), screen_pos(&harness, 2));
    press(&harness, a, PointerButton::Primary, true);
    press(&harness, a, PointerButton::Primary, false);
    harness.run();
    // Shift held down over a frame, as a real key is.
    harness.event(Event::ModifiersChanged(Modifiers::SHIFT));
    harness.step();
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos: b,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::SHIFT,
        });
    }
    harness.step();
    harness.event(Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Actors(vec![ActorId(1), ActorId(2)])
    );

    drag(&mut harness, a, a + egui::vec2(60.0, 40.0), false);
    let zoom = harness.state().views.map.zoom();
    let (p1, p2, p3) = (pos_of(&harness, 1), pos_of(&harness, 2), pos_of(&harness, 3));
    assert!(
        (p1[0] - 60.0 / zoom).abs() < 2.0 && (p1[1] - 40.0 / zoom).abs() < 2.0,
        "actor 1 followed: {p1:?}"
    );
    assert_eq!([p2[0] - p1[0], p2[1] - p1[1]], [200.0, 0.0], "actor 2 moved with it");
    assert_eq!(p3, [400.0, 0.0], "the unselected actor stayed");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(*harness.state().project() == original, "one undo step takes both back");
}

#[test]
fn escape_during_a_drag_puts_the_actor_back_and_changes_nothing() {
    let original = three_in_a_row();
    let mut harness = harness(original.clone());
    let a = screen_pos(&harness, 2);
    drag(&mut harness, a, a + egui::vec2(80.0, 80.0), true);
    assert!(*harness.state().project() == original, "the project is unchanged");
    assert_eq!(screen_pos(&harness, 2), a, "drawn where it was");
    assert!(!harness.state().doc.can_undo());
}

#[test]
fn double_clicking_empty_canvas_adds_an_actor_there_and_focuses_its_name() {
    let mut harness = harness(three_in_a_row());
    let (a, b) = (screen_pos(&harness, 1), screen_pos(&harness, 2));
    let spot = a + (b - a) * 0.5 + egui::vec2(0.0, 150.0);
    harness.hover_at(spot);
    harness.run();
    // Two clicks 50 ms apart (the harness' own clock moves too slowly between steps for a
    // double click).
    for (k, pressed) in [true, false, true, false].into_iter().enumerate() {
        harness.input_mut().time = Some(10.0 + 0.05 * k as f64);
        press(&harness, spot, PointerButton::Primary, pressed);
        harness.step();
    }
    harness.input_mut().time = None;
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.actors.len(), 4);
    let added = project.actor(ActorId(4)).expect("a new actor");
    assert_eq!(added.name, "New actor");
    let zoom = harness.state().views.map.zoom();
    let [x, y] = added.pos.expect("placed where clicked");
    assert!(
        (x - 100.0).abs() <= 1.0 + 1.0 / zoom && (y - 150.0 / zoom).abs() <= 1.0 + 1.0 / zoom,
        "at {x},{y}"
    );
    assert_eq!(harness.state().view.selection, Selection::Actors(vec![ActorId(4)]));
    let name = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Name");
    assert!(name.is_focused(), "the inspector's name field takes the keyboard");
    assert_eq!(
        harness.state().views.map.interaction.focus_name_of,
        None,
        "the request was carried out"
    );
}

#[test]
fn searching_a_name_jumps_to_and_selects_the_actor() {
    let mut harness = harness(three_in_a_row());
    harness.get_by_label("Search actor").focus();
    harness.run();
    harness.get_by_label("Search actor").type_text("actor 3");
    harness.run();
    assert_eq!(harness.state().view.selection, Selection::Actors(vec![ActorId(3)]));
    let centre = harness.state().views.map.actor_screen_pos(ActorId(3)).expect("drawn");
    let canvas = harness.get_by_label("Network map: 3 actors, 2 relations").rect();
    // In the middle of the room beside the legend: on one of the canvas' centre lines, and
    // never under the legend.
    let c = canvas.center();
    assert!(
        (centre.x - c.x).abs() < 2.0 || (centre.y - c.y).abs() < 2.0,
        "the view centred on the match"
    );
    let legend = harness.state().views.map.legend_rect().expect("shown");
    assert!(!legend.contains(centre), "the match is clear of the legend");
}

#[test]
fn the_delete_key_deletes_nothing_while_a_text_field_has_focus() {
    let mut harness = harness(three_in_a_row());
    let a = screen_pos(&harness, 2);
    press(&harness, a, PointerButton::Primary, true);
    press(&harness, a, PointerButton::Primary, false);
    harness.run();
    harness.get_by_label("Search actor").focus();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().project().actors.len(), 3);
}

#[test]
fn concentric_layout_is_one_undo_step_that_keeps_pinned_actors() {
    let original = three_in_a_row();
    let mut harness = harness(original.clone());
    harness.get_by_label("Layout").click();
    harness.run();
    harness.get_by_label("Rings: own organisation in the centre").click();
    harness.run();
    let (p1, p2, p3) = (pos_of(&harness, 1), pos_of(&harness, 2), pos_of(&harness, 3));
    assert_eq!(p1, [0.0, 0.0], "the own organisation stays in the centre");
    assert_eq!(p3, [400.0, 0.0], "pinned");
    assert_ne!(p2, [200.0, 0.0], "the core actor moved onto its ring");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        *harness.state().project() == original,
        "the project equals the {}",
        stringify!(original)
    );
}

#[test]
fn force_layout_keeps_positions_in_the_view_until_stopped_then_writes_one_step() {
    let original = three_in_a_row();
    let mut harness = harness(original.clone());
    harness.get_by_label("Layout").click();
    harness.run();
    harness.get_by_label("Force-directed layout: start").click();
    harness.run_steps(20);
    assert!(harness.state().views.map.is_layout_running());
    assert!(
        *harness.state().project() == original,
        "the document does not change while it runs"
    );
    harness.get_by_label("Stop layout").click();
    harness.run();
    assert!(!harness.state().views.map.is_layout_running());
    assert_eq!(pos_of(&harness, 3), [400.0, 0.0], "pinned");
    assert!(
        *harness.state().project() != original,
        "the layout's positions were written"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(*harness.state().project() == original, "as one undo step");
}

#[test]
fn actors_without_positions_are_drawn_apart_without_editing_the_document() {
    let mut project = three_in_a_row();
    for a in &mut project.actors {
        a.pos = None;
        a.pinned = false;
    }
    let mut harness = harness(project.clone());
    assert!(
        *harness.state().project() == project,
        "the project equals the {}",
        stringify!(project)
    );
    let (a, b, c) = (
        screen_pos(&harness, 1),
        screen_pos(&harness, 2),
        screen_pos(&harness, 3),
    );
    assert!(a.distance(b) > 20.0 && b.distance(c) > 20.0 && a.distance(c) > 20.0);
    // Hovering the map and letting it settle still changes nothing.
    harness.hover_at(b);
    harness.run();
    assert!(
        *harness.state().project() == project,
        "the project equals the {}",
        stringify!(project)
    );
}

#[test]
fn sizing_by_betweenness_computes_the_metric_without_changing_the_document() {
    let original = three_in_a_row();
    let mut harness = harness(original.clone());
    harness.get_by_label("Size: importance").click();
    harness.run();
    harness.get_by_label("Betweenness").click();
    harness.run();
    assert_eq!(
        harness.state().views.map.options.size_by,
        verkosto::ui::map::canvas::SizeBy::Betweenness
    );
    assert!(harness.get_by_label("Size: betweenness").rect().is_positive());
    assert!(*harness.state().project() == original, "sizing is a view option only");
}

#[test]
fn an_actor_added_on_the_map_gets_its_name_typed_in_the_inspector() {
    use egui::accesskit::Role;
    let original = Project::new();
    let mut harness = harness(original.clone());
    harness.get_by_label("Add actor").click();
    harness.run();
    let name = harness.get_by_role_and_label(Role::TextInput, "Name");
    assert!(name.is_focused(), "the new actor's name field takes the keyboard");
    name.type_text("Kotihoito Oy");
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.actors.len(), 1);
    assert_eq!(
        project.actors[0].name, "Kotihoito Oy",
        "typing replaced the default name"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().project().actors[0].name,
        "New actor",
        "the typed name is one undo step"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().project(), &original);
}

/// Every actor's screen position, and the legend's box, after the map has settled.
fn actors_and_legend(harness: &Harness<'_, App>) -> (Vec<Pos2>, Option<egui::Rect>) {
    let map = &harness.state().views.map;
    let positions = harness
        .state()
        .project()
        .actors
        .iter()
        .filter_map(|a| map.actor_screen_pos(a.id))
        .collect();
    (positions, map.legend_rect())
}

fn assert_clear_of_legend(harness: &Harness<'_, App>, what: &str) {
    let (positions, legend) = actors_and_legend(harness);
    let legend = legend.expect("the legend is shown");
    assert_eq!(
        positions.len(),
        harness.state().project().actors.len(),
        "{what}: all drawn"
    );
    for p in positions {
        assert!(
            !legend.expand(4.0).contains(p),
            "{what}: an actor at {p:?} lies under the legend {legend:?}"
        );
    }
}

#[test]
fn zoom_to_fit_keeps_every_actor_clear_of_the_legend_open_or_collapsed() {
    for (w, h) in [(1024.0, 768.0), (1280.0, 800.0), (1920.0, 1080.0)] {
        for lang in [verkosto::i18n::Lang::Fi, verkosto::i18n::Lang::En] {
            let mut harness = common::app(verkosto::example::project()).size(w, h).lang(lang).build();
            harness.run();
            assert_clear_of_legend(&harness, &format!("first fit at {w}×{h}"));
            for open in [true, false] {
                harness.state_mut().views.map.options.legend_open = Some(open);
                harness.state_mut().views.map.zoom_to_fit();
                harness.run();
                assert_clear_of_legend(&harness, &format!("fit at {w}×{h}, legend open: {open}"));
            }
        }
    }
}

#[test]
fn the_legend_collapses_and_opens_from_its_header_and_the_map_refits() {
    let mut harness = common::app(verkosto::example::project()).size(1280.0, 800.0).build();
    harness.run();
    let text = |open| verkosto::ui::map::canvas::legend_header_text(verkosto::i18n::Lang::En, open);
    let header = if harness.query_by_label(&text(true)).is_some() {
        text(true)
    } else {
        text(false)
    };
    let before = harness.state().views.map.legend_rect().expect("shown");
    harness.get_by_label(&header).click();
    // The refit is a smooth zoom: let it finish.
    harness.run_steps(40);
    let after = harness.state().views.map.legend_rect().expect("shown");
    assert_ne!(
        before.size(),
        after.size(),
        "the legend changed between open and collapsed"
    );
    assert!(
        harness.state().views.map.options.legend_open.is_some(),
        "the choice is remembered"
    );
    if harness.state().views.map.options.legend_open == Some(true) {
        // Open, its columns are filled evenly: the map keeps most of the canvas.
        let canvas = harness.get_by_label_contains("Network map:").rect();
        assert!(
            after.height() <= 0.4 * canvas.height(),
            "the legend is {after:?} on {canvas:?}"
        );
    }
    assert_clear_of_legend(&harness, "after toggling");
}

#[test]
fn the_map_refits_when_the_window_grows_unless_the_user_moved_it() {
    let mut harness = common::app(verkosto::example::project()).size(1024.0, 768.0).build();
    harness.run();
    let small = harness.state().views.map.zoom();
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.run();
    let large = harness.state().views.map.zoom();
    assert!(large > small * 1.2, "the map grew with the window: {small} → {large}");
    assert_clear_of_legend(&harness, "after growing");

    // Once the user zooms, the view stays where they put it.
    let canvas = harness.get_by_label_contains("Network map:").rect();
    harness.event(Event::PointerMoved(canvas.center()));
    harness.event(Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 60.0),
        phase: egui::TouchPhase::Move,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert!(!harness.state().views.map.follows_fit());
    let zoomed = harness.state().views.map.zoom();
    harness.set_size(egui::vec2(1280.0, 800.0));
    harness.run();
    assert_eq!(harness.state().views.map.zoom(), zoomed, "a moved view is left alone");
}

/// The Zoom to fit button's place on the map's toolbar.
fn fit_button(harness: &Harness<'_, App>, label: &str) -> egui::Rect {
    harness.get_by_label(label).rect()
}

#[test]
fn toolbar_controls_keep_their_places_while_a_layout_runs_and_a_search_finds() {
    for (w, h, lang, fit) in [
        (1280.0, 800.0, verkosto::i18n::Lang::Fi, "Sovita"),
        (1920.0, 1080.0, verkosto::i18n::Lang::Fi, "Sovita"),
        (1280.0, 800.0, verkosto::i18n::Lang::En, "Zoom to fit"),
    ] {
        let mut harness = common::app(verkosto::example::project()).size(w, h).lang(lang).build();
        harness.run();
        let before = fit_button(&harness, fit);
        let canvas_top = harness
            .get_by_label_contains(if lang == verkosto::i18n::Lang::Fi {
                "Verkostokartta:"
            } else {
                "Network map:"
            })
            .rect()
            .top();

        harness.state_mut().views.map.start_force_layout();
        harness.run_steps(3);
        assert!(harness.state().views.map.is_layout_running());
        assert_eq!(
            fit_button(&harness, fit),
            before,
            "{w}: the running layout moved Zoom to fit"
        );

        harness.state_mut().views.map.options.search = "Järvi".into();
        harness.run_steps(3);
        assert_eq!(
            fit_button(&harness, fit),
            before,
            "{w}: the match count moved Zoom to fit"
        );
        let after_top = harness
            .get_by_label_contains(if lang == verkosto::i18n::Lang::Fi {
                "Verkostokartta:"
            } else {
                "Network map:"
            })
            .rect()
            .top();
        assert_eq!(after_top, canvas_top, "{w}: the toolbar stayed one row high");
        harness.state_mut().views.map.stop_force_layout();
        harness.run_steps(3);
    }
}

#[test]
fn the_toolbar_is_one_row_at_1024_in_finnish_with_the_rest_in_its_more_menu() {
    let mut harness = common::app(verkosto::example::project())
        .size(1024.0, 768.0)
        .lang(verkosto::i18n::Lang::Fi)
        .build();
    harness.run();
    let add = harness.get_by_label("Lisää toimija").rect();
    let more = harness.get_by_label("Lisää kartan toimintoja ja asetuksia").rect();
    assert!((more.center().y - add.center().y).abs() < 1.0, "… is on the same row");
    let canvas = harness.get_by_label_contains("Verkostokartta:").rect();
    assert!(
        canvas.top() - add.bottom() < 16.0,
        "one row above the map: {add:?} / {canvas:?}"
    );
    assert!(more.right() <= canvas.right() + 0.5, "the row fits on the map");
    let inspector = harness.get_by_label("Koko verkosto").rect();
    assert!(
        canvas.right() <= inspector.left(),
        "the map stops at the inspector: {canvas:?} / {inspector:?}"
    );
    // What did not fit is in the menu.
    harness.get_by_label("Lisää kartan toimintoja ja asetuksia").click();
    harness.run();
    harness.get_by_label("Lisää tämä näkymä diaksi");
}

#[test]
fn the_relation_inspector_shows_every_flow_by_its_full_name() {
    for (w, h) in [(1024.0, 768.0), (1280.0, 800.0)] {
        for lang in [verkosto::i18n::Lang::Fi, verkosto::i18n::Lang::En] {
            let project = verkosto::example::project();
            let relation = project.relations[0].id;
            let flows: Vec<String> = project
                .catalogs
                .flows
                .0
                .iter()
                .map(|f| f.label(lang).to_owned())
                .collect();
            let mut harness = common::app(project).size(w, h).lang(lang).build();
            harness.state_mut().view.selection = Selection::Relation(relation);
            harness.run();
            let font = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
            for name in flows {
                let node = harness.get_by_role_and_label(egui::accesskit::Role::CheckBox, &name);
                let rect = node.rect();
                let text_w = harness.ctx.fonts_mut(|f| {
                    f.layout_no_wrap(name.clone(), font.clone(), egui::Color32::BLACK)
                        .size()
                        .x
                });
                // The whole name on one line, or wrapped onto more; never cut.
                assert!(
                    rect.width() >= text_w || rect.height() > 1.8 * font.size,
                    "{w}: \"{name}\" is cut: {rect:?}, its text is {text_w} wide"
                );
            }
        }
    }
}

#[test]
fn the_size_button_and_the_legend_say_size_the_same_way() {
    let project = verkosto::example::project();
    let legend = verkosto::ui::map::canvas::legend_model(
        &project,
        verkosto::i18n::Lang::Fi,
        verkosto::ui::map::SizeBy::Importance,
        false,
    );
    let mut harness = common::app(project)
        .size(1920.0, 1080.0)
        .lang(verkosto::i18n::Lang::Fi)
        .build();
    harness.run();
    let button = "Koko: merkitys";
    harness.get_by_label(button);
    let size_row = legend
        .sections
        .iter()
        .flatten()
        .find(|i| i.symbol == verkosto::ui::map::canvas::LegendSymbol::Size)
        .expect("a size row")
        .text
        .clone();
    assert!(
        size_row.starts_with(button),
        "legend \"{size_row}\" and button \"{button}\" differ"
    );
}

#[test]
fn an_actor_without_a_saved_position_is_not_said_to_be_off_the_map() {
    let mut project = three_in_a_row();
    project.actors[1].pos = None;
    let mut harness = harness(project);
    harness.state_mut().view.selection = Selection::Actors(vec![ActorId(2)]);
    harness.run();
    assert!(
        harness.state().views.map.actor_screen_pos(ActorId(2)).is_some(),
        "drawn on the map"
    );
    assert!(harness.query_by_label_contains("Not placed on the map").is_none());
    harness.get_by_label_contains("On the map at an automatic place");
}

#[test]
fn the_label_size_is_chosen_from_the_maps_more_menu_and_kept_in_its_options() {
    let mut harness = common::app(verkosto::example::project()).size(1280.0, 800.0).build();
    harness.run();
    assert_eq!(
        harness.state().views.map.options.label_size,
        verkosto::ui::map::LabelSize::Normal
    );
    harness.get_by_label("More map actions and options").click();
    harness.run();
    harness.get_by_label("Label size ⏵").hover();
    harness.run();
    harness.get_by_label("Large").click();
    harness.run();
    assert_eq!(
        harness.state().views.map.options.label_size,
        verkosto::ui::map::LabelSize::Large
    );
}

#[test]
fn more_actors_get_a_name_at_the_first_fit_and_no_name_is_cut_at_the_edge_or_under_the_legend() {
    // How many of the example's 27 actors are named right after the first zoom to fit
    // (with names placed only under their symbols it was 13 at 1024×768, 16 at 1280×800 and
    // 23 at 1920×1080).
    for (w, h, at_least) in [(1024.0, 768.0, 16), (1280.0, 800.0, 24), (1920.0, 1080.0, 27)] {
        let mut harness = common::app(verkosto::example::project())
            .size(w, h)
            .lang(verkosto::i18n::Lang::Fi)
            .build();
        harness.run();
        let map = &harness.state().views.map;
        let labels = map.drawn_labels();
        let canvas = harness.get_by_label_contains("Verkostokartta:").rect();
        let legend = map.legend_rect().expect("shown");
        for (id, rect) in &labels {
            assert!(
                canvas.contains_rect(*rect),
                "{w}: the name of {id:?} is cut at the map's edge: {rect:?}"
            );
            assert!(!rect.intersects(legend), "{w}: the name of {id:?} is under the legend");
        }
        assert!(labels.len() >= at_least, "{w}: only {} names", labels.len());
    }
}
