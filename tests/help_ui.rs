//! Help → The method and Help → Keyboard shortcuts: a new user can read what the cycle and each
//! phase are for, jump to a phase from there, and look up every key, in either language.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::i18n::Lang;
use verkosto::i18n::method::PHASES;
use verkosto::model::{PhaseId, Project};

fn harness(lang: Lang) -> Harness<'static, App> {
    let mut harness = common::app(Project::new()).lang(lang).build();
    harness.run();
    harness
}

#[test]
fn the_method_explains_every_phase_and_opens_one() {
    let mut harness = harness(Lang::En);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("The method F1").click();
    harness.run();
    for (n, text) in PHASES.iter().enumerate() {
        // (The cycle's segment of the phase is a button of the same name.)
        harness.get_by_role_and_label(Role::Label, &format!("{}. {}", n + 1, text.name.get(Lang::En)));
        harness.get_by_label(text.purpose.get(Lang::En));
    }
    harness.get_by_label("Reflect: How does your network appear to outsiders?");
    // The seed's four questions, each with the worksheets that ask it.
    for phases in ["Phases: 1", "Phases: 5, 7", "Phases: 7, 8", "Phases: 9"] {
        harness.get_by_label(phases);
    }
    assert_eq!(harness.state().view.phase, PhaseId::Mapping);
    harness.get_by_label("Open phase 2").click();
    harness.run();
    assert_eq!(harness.state().view.phase, PhaseId::Roles, "the arrow opens that phase");
    assert!(
        harness.state().dialogs.help.is_some(),
        "the help stays open beside the sheet"
    );
}

#[test]
fn f1_opens_the_help_and_escape_closes_it() {
    let mut harness = harness(Lang::En);
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("Verkosto help");
    harness.get_by_label(PHASES[0].purpose.get(Lang::En));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().dialogs.help.is_none());
    assert!(harness.query_by_label(PHASES[0].purpose.get(Lang::En)).is_none());
}

#[test]
fn the_shortcuts_list_the_menus_keys_the_maps_and_the_presentations_in_finnish() {
    let mut harness = harness(Lang::Fi);
    harness.get_by_label("Ohje").click();
    harness.run();
    harness.get_by_label("Pikanäppäimet").click();
    harness.run();
    // The window's own tab of the same name.
    harness.get_by_role_and_label(Role::Button, "Pikanäppäimet");
    harness.run();
    // Menu commands with the shortcut the menu shows, the map's gestures and the clicker keys.
    harness.get_by_label("Ctrl+S");
    harness.get_by_label("Ctrl+Shift+Z, Ctrl+Y");
    harness.get_by_label("Kaksoisnapsautus tyhjään");
    harness.get_by_label("Musta / valkoinen ruutu; mikä tahansa näppäin palaa");
    // Switching back to the method page within the window.
    harness.get_by_role_and_label(Role::Button, "Menetelmä").click();
    harness.run();
    harness.get_by_label(PHASES[4].purpose.get(Lang::Fi));
}

#[test]
fn escape_closes_an_open_menu() {
    let mut harness = harness(Lang::En);
    harness.get_by_label("File").click();
    harness.run();
    assert!(harness.query_by_label("New Ctrl+N").is_some(), "the menu opened");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("New Ctrl+N").is_none(), "Esc closed it");
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Keyboard shortcuts").hover();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label("Keyboard shortcuts").is_none(),
        "Esc closed it while hovered"
    );
    // A submenu and its menu close together.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export ⏵").hover();
    harness.run();
    assert!(harness.query_by_label("Map (SVG)").is_some(), "the submenu opened");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Map (SVG)").is_none());
    assert!(harness.query_by_label("New Ctrl+N").is_none());
}
