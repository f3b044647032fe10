//! The cycle figure as navigation: every segment is a button found by its phase's name, clicks
//! and keys open phases, and the segments report the open phase and each worksheet's status.

mod common;

use common::App;
use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, Node};
use verkosto::i18n::Lang;
use verkosto::model::{PhaseId, Project, SheetStatus};
use verkosto::ui::cycle::{segment_label, status_text};

fn harness_with(project: Project, lang: Lang) -> Harness<'static, App> {
    let mut harness = common::app(project).lang(lang).size(1400.0, 900.0).build();
    settle(&mut harness);
    harness
}

fn harness() -> Harness<'static, App> {
    harness_with(Project::new(), Lang::En)
}

/// A few frames: enough for input to be handled and commands run. (`run()` would wait for the
/// UI to settle, which a view that animates would never do.)
fn settle(harness: &mut Harness<'static, App>) {
    harness.run_steps(3);
}

fn segment<'a>(harness: &'a Harness<'static, App>, phase: PhaseId) -> Node<'a> {
    // The query borrows its label for as long as the node lives; a few leaked bytes in a test.
    let label: &'static str = Box::leak(segment_label(phase, harness.state().lang()).into_boxed_str());
    harness.get_by_role_and_label(Role::Button, label)
}

fn go(harness: &mut Harness<'static, App>, phase: PhaseId) {
    harness.state_mut().view.phase = phase;
    settle(harness);
}

fn press(harness: &mut Harness<'static, App>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

#[test]
fn segment_labels_are_the_phase_number_and_full_name() {
    assert_eq!(
        segment_label(PhaseId::Competences, Lang::En),
        "3. Extended competence map"
    );
    assert_eq!(
        segment_label(PhaseId::Competences, Lang::Fi),
        format!("3. {}", PhaseId::Competences.name().get(Lang::Fi))
    );
}

#[test]
fn clicking_each_segment_found_by_its_label_opens_that_phase() {
    let mut harness = harness();
    // Start from phase 5 so that clicking phase 1 is a change too; go round twice so each
    // click comes from a different phase.
    go(&mut harness, PhaseId::Idea);
    for phase in PhaseId::ALL.iter().chain(PhaseId::ALL.iter().rev()) {
        segment(&harness, *phase).click();
        settle(&mut harness);
        assert_eq!(
            harness.state().view.phase,
            *phase,
            "clicking segment {}",
            phase.number()
        );
    }
}

#[test]
fn clicking_segments_works_with_finnish_labels() {
    let mut harness = harness_with(Project::new(), Lang::Fi);
    for phase in [PhaseId::Card, PhaseId::Tactics, PhaseId::Conditions] {
        harness
            .get_by_role_and_label(Role::Button, &segment_label(phase, Lang::Fi))
            .click();
        settle(&mut harness);
        assert_eq!(harness.state().view.phase, phase);
    }
}

#[test]
fn clicking_the_centre_of_the_ring_changes_nothing() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Strategy);
    // The centre of the ring: the middle of segment 3's and segment 8's bounds, horizontally,
    // is the ring's axis; the ring's centre lies between them vertically.
    let top = segment(&harness, PhaseId::Competences).rect();
    let bottom = segment(&harness, PhaseId::Evaluation).rect();
    let centre = egui::pos2(top.center().x, 0.5 * (top.bottom() + bottom.top()));
    harness.hover_at(centre);
    harness.event(egui::Event::PointerButton {
        pos: centre,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: centre,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    settle(&mut harness);
    assert_eq!(harness.state().view.phase, PhaseId::Strategy);
}

#[test]
fn only_the_open_phases_segment_reports_itself_selected() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Tactics);
    for phase in PhaseId::ALL {
        let expected = if phase == PhaseId::Tactics {
            Toggled::True
        } else {
            Toggled::False
        };
        assert_eq!(
            segment(&harness, phase).accesskit_node().toggled(),
            Some(expected),
            "segment {}",
            phase.number()
        );
    }
}

#[test]
fn only_the_open_phases_segment_is_selected_for_screen_readers() {
    // Linux screen readers read egui's "toggled" on a button as a pressed toggle button; the
    // open phase is "selected" too, as the open tab of a tab list is.
    let mut harness = harness();
    for open in [PhaseId::Tactics, PhaseId::Card] {
        go(&mut harness, open);
        for phase in PhaseId::ALL {
            assert_eq!(
                segment(&harness, phase).accesskit_node().is_selected(),
                Some(phase == open),
                "segment {} with phase {} open",
                phase.number(),
                open.number()
            );
        }
    }
}

#[test]
fn segment_descriptions_report_each_worksheets_status() {
    let mut project = Project::new();
    project.sheet_mut(PhaseId::Roles).status = SheetStatus::Draft;
    project.sheet_mut(PhaseId::Competences).status = SheetStatus::Discussed;
    project.sheet_mut(PhaseId::Card).status = SheetStatus::Approved;
    let harness = harness_with(project, Lang::En);
    let expected = [
        (PhaseId::Mapping, "Not started"),
        (PhaseId::Roles, "Draft"),
        (PhaseId::Competences, "Discussed"),
        (PhaseId::Card, "Approved"),
    ];
    for (phase, text) in expected {
        assert_eq!(
            segment(&harness, phase).accesskit_node().description().as_deref(),
            Some(text)
        );
    }
    assert_eq!(status_text(SheetStatus::Draft, Lang::Fi), "Luonnos");
}

#[test]
fn alt_right_steps_forward_and_from_phase_9_to_phase_1() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Evaluation);
    press(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(harness.state().view.phase, PhaseId::Card);
    press(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(harness.state().view.phase, PhaseId::Mapping);
}

#[test]
fn alt_left_steps_back_and_from_phase_1_to_phase_9() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Roles);
    press(&mut harness, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(harness.state().view.phase, PhaseId::Mapping);
    press(&mut harness, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(harness.state().view.phase, PhaseId::Card);
}

#[test]
fn ctrl_page_down_and_page_up_step_through_the_cycle() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Card);
    press(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(harness.state().view.phase, PhaseId::Mapping);
    press(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(harness.state().view.phase, PhaseId::Roles);
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(harness.state().view.phase, PhaseId::Card);
}

#[test]
fn ctrl_and_a_number_jump_to_that_phase() {
    let mut harness = harness();
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    assert_eq!(harness.state().view.phase, PhaseId::Idea);
    let keys = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    for (phase, key) in PhaseId::ALL.into_iter().zip(keys).rev() {
        press(&mut harness, Modifiers::COMMAND, key);
        assert_eq!(harness.state().view.phase, phase);
    }
}

#[test]
fn the_open_segment_follows_keyboard_steps() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Idea);
    press(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(
        segment(&harness, PhaseId::Conditions).accesskit_node().toggled(),
        Some(Toggled::True)
    );
    assert_eq!(
        segment(&harness, PhaseId::Idea).accesskit_node().toggled(),
        Some(Toggled::False)
    );
}

#[test]
fn tab_reaches_the_segments_in_order_and_enter_opens_the_focused_phase() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Strategy);
    let mut presses = 0;
    while !segment(&harness, PhaseId::Mapping).is_focused() {
        presses += 1;
        assert!(presses < 80, "Tab never reached segment 1");
        press(&mut harness, Modifiers::NONE, Key::Tab);
    }
    // The next Tabs go round the ring in the cycle's order.
    for phase in &PhaseId::ALL[1..4] {
        press(&mut harness, Modifiers::NONE, Key::Tab);
        assert!(
            segment(&harness, *phase).is_focused(),
            "Tab should reach segment {}",
            phase.number()
        );
    }
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().view.phase, PhaseId::Tactics);
    // Shift+Tab goes back, Space opens too.
    press(&mut harness, Modifiers::SHIFT, Key::Tab);
    assert!(segment(&harness, PhaseId::Competences).is_focused());
    press(&mut harness, Modifiers::NONE, Key::Space);
    assert_eq!(harness.state().view.phase, PhaseId::Competences);
}

#[test]
fn accesskit_click_on_a_segment_opens_its_phase() {
    let mut harness = harness();
    segment(&harness, PhaseId::Evaluation).click_accesskit();
    settle(&mut harness);
    assert_eq!(harness.state().view.phase, PhaseId::Evaluation);
}

#[test]
fn the_cycle_figure_lets_the_app_go_idle() {
    let mut harness = harness();
    // Phase 2's worksheet: the map of phase 1 is not what this test is about.
    go(&mut harness, PhaseId::Roles);
    // `run` fails if a frame keeps asking for another one.
    harness.run();
    segment(&harness, PhaseId::Tactics).hover();
    harness.run();
}

#[test]
fn arrow_keys_move_the_focus_round_the_ring_without_opening_a_phase() {
    let mut harness = harness();
    go(&mut harness, PhaseId::Strategy);
    segment(&harness, PhaseId::Competences).focus();
    settle(&mut harness);
    assert!(segment(&harness, PhaseId::Competences).is_focused());
    let steps = [
        (Key::ArrowRight, PhaseId::Tactics),
        (Key::ArrowDown, PhaseId::Idea),
        (Key::ArrowLeft, PhaseId::Tactics),
        (Key::ArrowUp, PhaseId::Competences),
    ];
    for (key, expected) in steps {
        press(&mut harness, Modifiers::NONE, key);
        assert!(
            segment(&harness, expected).is_focused(),
            "{key:?} should move the focus to segment {}",
            expected.number()
        );
    }
    assert_eq!(
        harness.state().view.phase,
        PhaseId::Strategy,
        "moving the focus opens nothing"
    );
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().view.phase, PhaseId::Competences);
}

#[test]
fn arrow_keys_go_from_phase_9_to_phase_1_and_back() {
    let mut harness = harness();
    segment(&harness, PhaseId::Card).focus();
    settle(&mut harness);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert!(segment(&harness, PhaseId::Mapping).is_focused(), "after 9 comes 1");
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert!(segment(&harness, PhaseId::Card).is_focused(), "before 1 comes 9");
}
