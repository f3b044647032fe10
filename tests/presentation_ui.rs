//! Presentation mode through the whole app: F5 and Shift+F5, the clicker keys, blanking, Esc,
//! slides left out and speaker notes (saved with the project).

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
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
