//! Presentation mode through the whole app: F5 and Shift+F5, the clicker keys, blanking, Esc,
//! slides left out and speaker notes (saved with the project).

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use verkosto::i18n::Lang;
use verkosto::model::{Deck, PhaseId, Project, SlideKey};
use verkosto::ui::present::content;

fn example() -> Project {
    verkosto::io::parse(verkosto::example::EXAMPLE_RON).expect("the example project loads")
}

fn step(h: &mut Harness<'static, common::App>) {
    h.run_steps(3);
}

fn press(h: &mut Harness<'static, common::App>, key: Key) {
    h.key_press(key);
    step(h);
}

fn position(h: &Harness<'static, common::App>) -> (usize, usize) {
    let p = &h.state().views.present;
    (p.slide, p.page)
}

#[test]
fn f5_presents_from_the_current_phase_and_esc_returns_to_it() {
    let mut h = common::app(example()).phase(PhaseId::Idea).build();
    step(&mut h);
    press(&mut h, Key::F5);
    let deck = Deck::new(h.state().project());
    assert!(h.state().views.present.active, "F5 starts the presentation");
    assert_eq!(
        h.state().views.present.slide,
        deck.first_of_phase(5).expect("phase 5 has a slide")
    );
    press(&mut h, Key::PageDown);
    press(&mut h, Key::Escape);
    assert!(!h.state().views.present.active, "Esc leaves");
    assert_eq!(h.state().view.phase, PhaseId::Idea, "the editor shows the same phase");
}

#[test]
fn page_down_walks_every_slide_in_order_and_page_up_comes_back() {
    let mut h = common::app(example()).size(1920.0, 1080.0).build();
    step(&mut h);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    step(&mut h);
    assert!(h.state().views.present.active);
    let project = h.state().project().clone();
    let deck = Deck::new(&project);
    assert!(
        deck.len() >= 10,
        "the example deck has a slide for most phases ({})",
        deck.len()
    );
    let mut seen: Vec<(usize, usize, String)> = Vec::new();
    loop {
        let (slide, page) = position(&h);
        let title = h.state().views.present.shown_title.clone();
        assert_eq!(title, content::title(&project, deck.slides[slide].key, Lang::En));
        seen.push((slide, page, title));
        press(&mut h, Key::PageDown);
        if position(&h) == (slide, page) {
            break;
        }
    }
    let slides: Vec<usize> = seen.iter().map(|s| s.0).collect();
    let mut distinct = slides.clone();
    distinct.dedup();
    assert_eq!(distinct, (0..deck.len()).collect::<Vec<_>>(), "every slide, in order");
    assert_eq!(seen[0].2, project.display_name(), "the title slide comes first");
    assert!(
        seen.iter().any(|s| s.2 == "Ydinverkosto"),
        "the saved map view is a slide"
    );
    for expected in seen.iter().rev().skip(1) {
        press(&mut h, Key::PageUp);
        assert_eq!(position(&h), (expected.0, expected.1), "Page Up goes back the same way");
    }
    press(&mut h, Key::Num5);
    assert_eq!(h.state().views.present.slide, deck.first_of_phase(5).expect("phase 5"));
    press(&mut h, Key::End);
    assert_eq!(h.state().views.present.slide, deck.len() - 1);
    press(&mut h, Key::Home);
    assert_eq!(position(&h), (0, 0));
}

#[test]
fn b_blanks_the_screen_and_any_key_returns() {
    let mut h = common::app(example()).build();
    step(&mut h);
    press(&mut h, Key::F5);
    let before = position(&h);
    press(&mut h, Key::B);
    assert!(h.state().views.present.blank.is_some(), "B blanks");
    assert!(h.query_by_label_contains("Blank screen").is_some());
    press(&mut h, Key::PageDown);
    assert!(h.state().views.present.blank.is_none(), "a key returns");
    assert_eq!(position(&h), before, "the key that returns does not also move");
    press(&mut h, Key::W);
    assert!(h.state().views.present.blank.is_some(), "W blanks white");
    press(&mut h, Key::A);
    assert!(h.state().views.present.blank.is_none());
}

#[test]
fn a_slide_left_out_is_skipped_and_stays_out_after_save_and_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("deck.ron");
    let mut project = example();
    project.presentation.set_hidden(SlideKey::Roles, true);
    project
        .presentation
        .set_note(SlideKey::Card, "Jaa käyntikortti.".into());
    verkosto::io::save(&path, &project).expect("saves");
    let reopened = verkosto::io::load(&path).expect("loads");
    assert!(reopened.presentation.is_hidden(SlideKey::Roles));
    assert_eq!(reopened.presentation.note(SlideKey::Card), "Jaa käyntikortti.");
    let deck = Deck::new(&reopened);
    assert!(deck.position(SlideKey::Roles).is_none(), "the hidden slide is skipped");

    let mut h = common::app(reopened).build();
    step(&mut h);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    step(&mut h);
    let mut titles = Vec::new();
    for _ in 0..deck.len() + 10 {
        titles.push(h.state().views.present.shown_title.clone());
        press(&mut h, Key::PageDown);
    }
    let roles = content::title(h.state().project(), SlideKey::Roles, Lang::En);
    assert!(!titles.contains(&roles), "the walk never shows the hidden slide");
}

#[test]
fn the_slide_list_leaves_a_slide_out_and_edits_notes_with_undo() {
    let mut h = common::app(example()).build();
    step(&mut h);
    verkosto::ui::present::slides::toggle(&h.ctx);
    step(&mut h);
    let title = content::title(h.state().project(), SlideKey::Roles, Lang::En);
    h.get_by_label(&format!("Show slide {title}")).click();
    step(&mut h);
    assert!(h.state().project().presentation.is_hidden(SlideKey::Roles));
    h.get_by_label(&format!("Speaker notes: {title}")).click();
    step(&mut h);
    h.get_by_label(&format!("Speaker notes: {title}")).type_text("Hello");
    step(&mut h);
    assert_eq!(h.state().project().presentation.note(SlideKey::Roles), "Hello");
    h.state_mut().app.run(verkosto::app::Command::Undo);
    step(&mut h);
    assert_eq!(h.state().project().presentation.note(SlideKey::Roles), "");
}

#[test]
fn the_map_adds_its_view_as_a_slide_and_map_slides_show_no_editing_toolbar() {
    let mut h = common::app(example()).tab(verkosto::ui::map::Tab::Map).build();
    h.run();
    let before = h.state().project().presentation.map_slides.len();
    // At 1280 wide the button is in the toolbar's "…" menu.
    if h.query_by_label("Add this view as a slide").is_none() {
        h.get_by_label("More map actions and options").click();
        h.run();
    }
    h.get_by_label("Add this view as a slide").click();
    h.run();
    let slides = &h.state().project().presentation.map_slides;
    assert_eq!(slides.len(), before + 1, "the view became a map slide");
    let id = slides[before].id;
    let deck = Deck::new(h.state().project());
    let at = deck
        .position(SlideKey::MapView(id))
        .expect("the new slide is in the deck");
    press(&mut h, Key::F5);
    assert_eq!(h.state().views.present.slide, deck.first_of_phase(1).expect("phase 1"));
    while h.state().views.present.slide < at {
        press(&mut h, Key::PageDown);
    }
    assert!(
        h.query_by_label("Add this view as a slide").is_none()
            && h.query_by_label("More map actions and options").is_none(),
        "a map slide has no editing toolbar"
    );
    assert!(
        h.query_by_label_contains("Slide ").is_some(),
        "the slide is named for screen readers"
    );
    let revision = h.state().doc.revision();
    press(&mut h, Key::Delete);
    assert_eq!(h.state().doc.revision(), revision, "a map slide changes nothing");
}

#[test]
fn a_presented_slide_goes_idle() {
    let mut h = common::app(example()).phase(PhaseId::Strategy).build();
    h.run();
    press(&mut h, Key::F5);
    // `run` fails if the UI keeps asking for frames: a still slide must not.
    h.run();
    assert!(h.state().views.present.active);
    press(&mut h, Key::Num1);
    h.run();
    assert_eq!(
        h.state().views.present.slide,
        Deck::new(h.state().project()).first_of_phase(1).expect("phase 1")
    );
}

fn go_to_phase(h: &mut Harness<'static, common::App>, key: Key) {
    press(h, Key::F5);
    press(h, key);
}

#[test]
fn the_heat_map_slide_is_a_coloured_grid_with_gaps_marked_over_further_pages() {
    let mut h = common::app(example()).size(1280.0, 720.0).build();
    step(&mut h);
    go_to_phase(&mut h, Key::Num3);
    let project = h.state().project().clone();
    let deck = Deck::new(&project);
    assert_eq!(
        deck.slides[h.state().views.present.slide].key,
        SlideKey::Competences,
        "3 jumps to the heat map"
    );
    let first = &project.competences.competences[0];
    let own = project.own_actor().expect("the example has an own organisation");
    let level = first
        .cell(verkosto::model::Holder::Actor(own.id))
        .map_or(0, |c| c.level);
    let cell = format!("{} – {}: level {level}", first.name.trim(), own.name.trim());
    assert!(h.query_by_label(&cell).is_some(), "the cell {cell:?} is drawn");
    let gaps = project.competences.gaps();
    assert!(!gaps.is_empty(), "the example has gaps");
    // Page through the heat map: every competence row and every gap appears on some page.
    let mut seen_gaps = Vec::new();
    let mut seen_rows = Vec::new();
    let pages = h.state().views.present.pages;
    assert!(
        pages > 1,
        "at 1280 × 720 the grid and the gaps take more than one page ({pages})"
    );
    for page in 0..pages {
        assert_eq!(h.state().views.present.page, page);
        for (_, c) in &gaps {
            let label = format!("{}: gap {}", c.name.trim(), c.gap());
            if h.query_by_label(&label).is_some() {
                seen_gaps.push(label);
            }
        }
        for c in &project.competences.competences {
            if h.query_by_label(c.name.trim()).is_some() {
                seen_rows.push(c.name.trim().to_owned());
            }
        }
        press(&mut h, Key::PageDown);
    }
    for (_, c) in &gaps {
        assert!(
            seen_gaps.contains(&format!("{}: gap {}", c.name.trim(), c.gap())),
            "the gap of {} is marked",
            c.name
        );
    }
    for c in &project.competences.competences {
        assert!(
            seen_rows.contains(&c.name.trim().to_owned()),
            "the row {} is shown",
            c.name
        );
    }
}

#[test]
fn the_evaluation_slide_shows_bars_of_the_latest_round_with_the_comparison() {
    let mut h = common::app(example()).size(1920.0, 1080.0).build();
    step(&mut h);
    go_to_phase(&mut h, Key::Num8);
    let project = h.state().project().clone();
    let deck = Deck::new(&project);
    assert_eq!(deck.slides[h.state().views.present.slide].key, SlideKey::Evaluation);
    let e = &project.evaluation;
    assert_eq!(e.rounds.len(), 2, "the example has two rounds");
    let latest = &e.rounds[1];
    let mean = verkosto::model::evaluation_stats::overall_stats(latest, &e.criteria).mean;
    let mean = verkosto::model::evaluation_stats::format_number(mean, 2, Lang::En);
    assert!(
        h.query_by_label(&format!("All criteria: mean {mean}")).is_some(),
        "the bar of all criteria"
    );
    assert!(h.query_by_label_contains("Member: mean").is_some(), "a bar per level");
    assert!(
        h.query_by_label_contains("All criteria: previous round").is_some(),
        "the earlier round is marked"
    );
    assert!(
        h.query_by_label(&format!("{}: means (scale 1–5)", latest.name))
            .is_some(),
        "the chart says which round"
    );
    let arrows = ["▲", "▼", "="];
    assert!(
        arrows
            .iter()
            .any(|a| h.query_by_label_contains(&format!("{mean}  {a}")).is_some()),
        "the mean is printed with the change's arrow"
    );
}

fn pointer(h: &Harness<'static, common::App>, pos: egui::Pos2, pressed: bool) {
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

fn actor_at(h: &Harness<'static, common::App>, id: u32) -> egui::Pos2 {
    h.state()
        .views
        .present
        .actor_screen_pos(verkosto::model::ActorId(id))
        .expect("the actor is on the slide")
}

/// Two actors far apart, no relation: a map slide with room to draw.
fn two_actors() -> Project {
    let mut p = Project::new();
    for (name, x) in [("Kunta", 0.0), ("Yhdistys", 400.0)] {
        let a = p.new_actor(name, Some([x, 0.0]));
        p.actors.push(a);
    }
    p
}

#[test]
fn e_draws_on_a_map_slide_with_undoable_edits_and_e_again_stops() {
    let mut h = common::app(two_actors()).size(1280.0, 720.0).build();
    h.run();
    press(&mut h, Key::F5);
    let deck = Deck::new(h.state().project());
    assert_eq!(deck.slides[h.state().views.present.slide].key, SlideKey::Map);
    assert!(h.query_by_label("Drawing — E to stop").is_none());
    press(&mut h, Key::E);
    assert!(h.state().views.present.drawing, "E starts drawing");
    assert!(h.query_by_label("Drawing — E to stop").is_some(), "the hint shows");
    h.run();

    // Double-click on empty space: a slide-sized name field; digits and letters go into it.
    let (a, b) = (actor_at(&h, 1), actor_at(&h, 2));
    let spot = a + (b - a) * 0.5 + egui::vec2(0.0, 150.0);
    h.hover_at(spot);
    h.run();
    for (k, pressed) in [true, false, true, false].into_iter().enumerate() {
        h.input_mut().time = Some(10.0 + 0.05 * k as f64);
        pointer(&h, spot, pressed);
        h.step();
    }
    h.input_mut().time = None;
    step(&mut h);
    let field = h.get_by_label("Name of the new actor");
    assert!(field.is_focused(), "the name field takes the keyboard");
    let slide = h.state().views.present.slide;
    for key in [Key::Num5, Key::B, Key::E, Key::C] {
        press(&mut h, key);
    }
    assert_eq!(h.state().views.present.slide, slide, "5 did not jump");
    assert!(h.state().views.present.blank.is_none(), "B did not blank");
    assert!(h.state().views.present.drawing, "E did not stop drawing");
    assert!(!h.state().views.present.cycle_hidden, "C did not hide the cycle");
    h.get_by_label("Name of the new actor").type_text("Seurakunta 2");
    step(&mut h);
    press(&mut h, Key::Enter);
    let project = h.state().project().clone();
    assert_eq!(project.actors.len(), 3, "Enter adds the actor");
    assert_eq!(project.actors[2].name, "Seurakunta 2");
    assert!(h.state().views.present.active, "Enter stays in the presentation");
    assert_eq!(h.state().views.present.slide, slide, "and on the slide");

    // Esc cancels a name field.
    for (k, pressed) in [true, false, true, false].into_iter().enumerate() {
        h.input_mut().time = Some(20.0 + 0.05 * k as f64);
        pointer(&h, a + egui::vec2(0.0, -150.0), pressed);
        h.step();
    }
    h.input_mut().time = None;
    step(&mut h);
    h.get_by_label("Name of the new actor").type_text("Ei tätä");
    step(&mut h);
    press(&mut h, Key::Escape);
    assert!(
        h.query_by_label("Name of the new actor").is_none(),
        "Esc closes the field"
    );
    assert!(h.state().views.present.active, "Esc in the field does not leave");
    assert_eq!(h.state().project().actors.len(), 3, "nothing added");

    // Drag from one actor to another connects them.
    let (a, b) = (actor_at(&h, 1), actor_at(&h, 2));
    h.hover_at(a);
    h.run();
    pointer(&h, a, true);
    h.step();
    for k in 1..=4 {
        h.hover_at(a + (b - a) * (k as f32 / 4.0));
        h.step();
    }
    pointer(&h, b, false);
    h.run();
    let relations = &h.state().project().relations;
    assert_eq!(relations.len(), 1, "the drag drew a relation");
    assert_eq!(
        (relations[0].from.0, relations[0].to.0),
        (1, 2),
        "from the first actor to the second"
    );

    // Click the relation and Delete removes it; Ctrl+Z brings it back. (The legend grew by
    // the relation's line, and the map was fitted again: the actors are read anew.)
    let (a, b) = (actor_at(&h, 1), actor_at(&h, 2));
    let mid = a + (b - a) * 0.5;
    h.hover_at(mid);
    h.run();
    pointer(&h, mid, true);
    pointer(&h, mid, false);
    h.run();
    press(&mut h, Key::Delete);
    assert!(
        h.state().project().relations.is_empty(),
        "Delete removes the selected relation"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    step(&mut h);
    assert_eq!(h.state().project().relations.len(), 1, "Ctrl+Z undoes");

    // Clicking one actor and then another selects, it does not connect.
    for id in [1, 2] {
        let p = actor_at(&h, id);
        h.hover_at(p);
        h.run();
        pointer(&h, p, true);
        pointer(&h, p, false);
        h.run();
    }
    assert_eq!(h.state().project().relations.len(), 1, "no second relation");

    // Delete removes the clicked actor (and its relation); Ctrl+Z brings it back.
    let b = actor_at(&h, 2);
    h.hover_at(b);
    h.run();
    pointer(&h, b, true);
    pointer(&h, b, false);
    h.run();
    press(&mut h, Key::Delete);
    assert!(
        h.state().project().actor(verkosto::model::ActorId(2)).is_none(),
        "Delete removes"
    );
    assert!(h.state().project().relations.is_empty(), "with its relation");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    step(&mut h);
    assert!(
        h.state().project().actor(verkosto::model::ActorId(2)).is_some(),
        "Ctrl+Z undoes"
    );
    assert_eq!(h.state().project().relations.len(), 1);

    // E again: showing; the map changes nothing any more.
    press(&mut h, Key::E);
    assert!(!h.state().views.present.drawing);
    assert!(h.query_by_label("Drawing — E to stop").is_none(), "the hint goes");
    let revision = h.state().doc.revision();
    let b = actor_at(&h, 2);
    h.hover_at(b);
    h.run();
    pointer(&h, b, true);
    pointer(&h, b, false);
    h.run();
    press(&mut h, Key::Delete);
    assert_eq!(h.state().doc.revision(), revision, "showing changes nothing");
    h.run();
}

#[test]
fn the_corner_cycle_shows_nine_phases_jumps_on_click_and_c_hides_it() {
    let mut h = common::app(example()).phase(PhaseId::Idea).size(1280.0, 720.0).build();
    step(&mut h);
    press(&mut h, Key::F5);
    let deck = Deck::new(h.state().project());
    assert_eq!(h.query_all_by_label_contains("Go to phase").count(), 9, "nine segments");
    assert!(
        h.get_by_label("Go to phase 5").accesskit_node().is_selected() == Some(true),
        "the current phase is outlined"
    );
    assert!(h.get_by_label("Go to phase 3").accesskit_node().is_selected() != Some(true));
    h.get_by_label("Go to phase 3").click();
    step(&mut h);
    assert_eq!(
        h.state().views.present.slide,
        deck.first_of_phase(3).expect("phase 3 has a slide"),
        "a click jumps to the phase's first slide"
    );
    assert!(h.get_by_label("Go to phase 3").accesskit_node().is_selected() == Some(true));
    press(&mut h, Key::C);
    assert!(h.query_by_label("Go to phase 1").is_none(), "C hides the figure");
    press(&mut h, Key::C);
    assert!(h.query_by_label("Go to phase 1").is_some(), "C shows it again");
    h.run();
}

#[test]
fn the_presenter_view_shows_current_and_next_slide_notes_number_and_clock() {
    let mut project = example();
    project
        .presentation
        .set_note(SlideKey::Title, "Tervehdi ohjausryhmää.".into());
    let mut h = common::app(project).size(1920.0, 1080.0).build();
    step(&mut h);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    step(&mut h);
    assert!(h.query_by_label_contains("Now: ").is_none(), "off unless asked for");
    h.key_press(Key::Escape);
    step(&mut h);
    h.state_mut().app.run(verkosto::app::Command::TogglePresenterView);
    assert!(h.state().view.presenter_view);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    step(&mut h);
    let project = h.state().project().clone();
    let deck = Deck::new(&project);
    let title = |i: usize| content::title(&project, deck.slides[i].key, Lang::En);
    assert!(h.query_by_label(&format!("Now: {}", title(0))).is_some());
    assert!(h.query_by_label(&format!("Next: {}", title(1))).is_some());
    assert!(h.query_by_label(&format!("Slide 1/{}", deck.len())).is_some());
    assert!(
        h.query_by_label("Tervehdi ohjausryhmää.").is_some(),
        "the speaker notes"
    );
    assert!(h.query_by_label_contains("Elapsed 0:0").is_some(), "the clock");
    press(&mut h, Key::PageDown);
    assert!(
        h.query_by_label(&format!("Now: {}", title(1))).is_some(),
        "it follows the deck"
    );
    assert!(h.query_by_label("No notes for this slide.").is_some());
    // The clock ticks once a second at most: the view still goes idle between ticks.
    h.run();
    press(&mut h, Key::End);
    assert!(h.query_by_label("The last slide").is_some());
    press(&mut h, Key::Escape);
    assert!(
        h.query_by_label_contains("Now: ").is_none(),
        "gone with the presentation"
    );
    assert!(h.state().view.presenter_view, "and back with the next one");
    press(&mut h, Key::F5);
    assert!(h.query_by_label_contains("Now: ").is_some());
    h.get_by_label("Close the presenter view").click();
    step(&mut h);
    assert!(!h.state().view.presenter_view, "closing the window turns it off");
    assert!(h.query_by_label_contains("Now: ").is_none());
    assert!(h.state().views.present.active, "the audience keeps the slide");
}

#[test]
fn the_title_slide_names_the_organisation_and_the_date_and_shows_the_cycle() {
    let mut h = common::app(example()).size(1920.0, 1080.0).build();
    step(&mut h);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    step(&mut h);
    assert_eq!(h.state().views.present.slide, 0, "the title slide");
    let organisation = h.state().project().meta.organisation.clone();
    assert!(h.query_by_label(organisation.trim()).is_some(), "{organisation}");
    let today = chrono::Local::now().format("%-d %B %Y").to_string();
    assert!(h.query_by_label(&today).is_some(), "the date: {today}");
    let figure = h
        .get_by_label("The phases of building the network and their status")
        .rect();
    assert!(figure.width() > 300.0, "a large figure: {figure:?}");
    // Smaller windows keep it on the slide, below the text.
    h.set_size(egui::vec2(1280.0, 720.0));
    step(&mut h);
    let figure = h
        .get_by_label("The phases of building the network and their status")
        .rect();
    assert!(figure.bottom() <= 720.0 && figure.width() > 150.0, "{figure:?}");
}
