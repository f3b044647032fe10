//! The whole app driven through its accessibility tree: menus, language, undo, confirmations
//! before losing changes, and saving and opening through the in-app path field.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::app::{Command, UnsavedChoice, VerkostoApp};
use verkosto::model::{Edit, PhaseId, Project};

fn harness(project: Project) -> Harness<'static, App> {
    // Phase 1 opens on its map; these tests type into its worksheet.
    let mut harness = common::app(project).tab(verkosto::ui::map::Tab::Worksheet).build();
    harness.run();
    harness
}

fn project() -> Project {
    let mut p = Project::new();
    p.meta.name = "Testiverkosto".into();
    p
}

const FIRST_QUESTION: &str = "1. Whom do we work with now, and whom before?";
const CTRL: egui::Modifiers = egui::Modifiers::COMMAND;

fn type_answer(harness: &mut Harness<'static, App>, text: &str) {
    harness.get_by_label(FIRST_QUESTION).click();
    harness.run();
    harness.get_by_label(FIRST_QUESTION).type_text(text);
    harness.run();
}

#[test]
fn switching_the_language_from_the_view_menu_changes_the_labels() {
    let mut harness = harness(project());
    assert!(harness.query_by_label("File").is_some());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language ⏵").hover();
    harness.run();
    harness.get_by_label("Suomi").click();
    harness.run();
    assert!(harness.query_by_label("Tiedosto").is_some(), "menu is in Finnish");
    assert!(harness.query_by_label("File").is_none());
    assert!(
        harness
            .query_by_label("1. Keiden kanssa teemme yhteistyötä nyt, ja keiden kanssa aiemmin?")
            .is_some()
    );
    assert_eq!(harness.state().lang(), verkosto::i18n::Lang::Fi);
}

#[test]
fn typing_an_answer_changes_the_project_and_ctrl_z_restores_it() {
    let original = project();
    let mut harness = harness(original.clone());
    type_answer(&mut harness, "Kunta ja järjestöt");
    assert_eq!(harness.state().project().mapping.sheet.answer(0), "Kunta ja järjestöt");
    assert!(harness.state().doc.is_dirty());
    assert!(harness.state().title().starts_with("● "), "title shows unsaved changes");
    harness.key_press_modifiers(CTRL, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().project(),
        &original,
        "the whole typed text is one undo step"
    );
    harness.key_press_modifiers(CTRL, egui::Key::Y);
    harness.run();
    assert_eq!(harness.state().project().mapping.sheet.answer(0), "Kunta ja järjestöt");
}

#[test]
fn undo_and_redo_in_the_edit_menu() {
    let original = project();
    let mut harness = harness(original.clone());
    type_answer(&mut harness, "abc");
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Undo Ctrl+Z").click();
    harness.run();
    assert_eq!(harness.state().project(), &original);
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Redo Ctrl+Shift+Z").click();
    harness.run();
    assert_eq!(harness.state().project().mapping.sheet.answer(0), "abc");
}

#[test]
fn new_with_unsaved_changes_asks_first_and_cancel_keeps_everything() {
    let mut harness = harness(project());
    type_answer(&mut harness, "tärkeä");
    harness.key_press_modifiers(CTRL, egui::Key::N);
    harness.run();
    assert!(harness.query_by_label("Save your changes?").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Save your changes?").is_none());
    assert_eq!(harness.state().project().mapping.sheet.answer(0), "tärkeä");

    harness.key_press_modifiers(CTRL, egui::Key::N);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(harness.state().project(), &Project::new());
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn save_as_through_the_path_field_writes_the_project_and_clears_the_unsaved_mark() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("oma");
    let mut harness = harness(project());
    type_answer(&mut harness, "tallennettava");
    harness.key_press_modifiers(egui::Modifiers { shift: true, ..CTRL }, egui::Key::S);
    harness.run();
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    let saved = dir.path().join("oma.ron");
    let loaded = verkosto::io::load(&saved).expect("the saved file loads");
    assert_eq!(&loaded, harness.state().project());
    assert!(!harness.state().doc.is_dirty());
    assert!(!harness.state().title().starts_with("● "));
    assert_eq!(harness.state().path.as_deref(), Some(saved.as_path()));
}

#[test]
fn new_with_unsaved_changes_can_save_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ennen.ron");
    let mut harness = harness(project());
    type_answer(&mut harness, "talteen");
    harness.key_press_modifiers(CTRL, egui::Key::N);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(
        verkosto::io::load(&path).expect("saved").mapping.sheet.answer(0),
        "talteen"
    );
    assert_eq!(harness.state().project(), &Project::new(), "then the new project");
}

#[test]
fn opening_a_broken_file_says_why_and_keeps_the_current_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rikki.ron");
    std::fs::write(&path, "(format_version: 1, actors: [ (id: 1, name: ").expect("writes");
    let original = project();
    let mut harness = harness(original.clone());
    harness.key_press_modifiers(CTRL, egui::Key::O);
    harness.run();
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().project(), &original);
    assert_eq!(
        harness.query_all_by_label_contains("Could not read").count(),
        2,
        "the error is in the status bar and in a window"
    );
    assert!(harness.query_by_label_contains("The project was not opened").is_some());
    assert_eq!(
        std::fs::read_to_string(&path).expect("reads"),
        "(format_version: 1, actors: [ (id: 1, name: "
    );
}

#[test]
fn opening_a_valid_file_replaces_the_project_and_adds_it_to_recent_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("toinen.ron");
    let mut other = Project::new();
    other.meta.name = "Toinen".into();
    verkosto::io::save(&path, &other).expect("saves");
    let mut harness = harness(project());
    harness.key_press_modifiers(CTRL, egui::Key::O);
    harness.run();
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().project(), &other);
    assert!(!harness.state().doc.is_dirty());
    assert!(
        harness
            .state()
            .settings
            .recent
            .iter()
            .any(|p| p.ends_with("toinen.ron"))
    );
}

#[test]
fn phase_shortcuts_and_menu_open_phases() {
    let mut harness = harness(project());
    harness.key_press_modifiers(CTRL, egui::Key::Num7);
    harness.run();
    assert_eq!(harness.state().view.phase, PhaseId::Strategy);
    harness.get_by_label("Phase").click();
    harness.run();
    harness.get_by_label_contains("Next phase").click();
    harness.run();
    assert_eq!(harness.state().view.phase, PhaseId::Evaluation);
    assert!(
        harness
            .query_all_by_label("8. Evaluating the network's activity")
            .count()
            >= 1
    );
}

#[test]
fn the_project_lists_can_be_extended_renamed_and_undone() {
    let mut p = project();
    p.actors.push(verkosto::model::Actor {
        id: verkosto::model::ActorId(1),
        kind: "company".into(),
        ..Default::default()
    });
    let original = p.clone();
    let mut harness = harness(p);
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Lists…").click();
    harness.run();
    assert!(harness.query_by_label("The project's lists").is_some());
    harness.get_by_label("+ Add an item").click();
    harness.run();
    let kinds = &harness.state().project().catalogs.actor_kinds.0;
    assert_eq!(kinds.len(), original.catalogs.actor_kinds.0.len() + 1);
    assert_eq!(kinds.last().map(|k| k.en.as_str()), Some("New item"));
    let n = kinds.len();
    harness.get_by_label(&format!("English, item {n}")).focus();
    harness.run();
    harness
        .get_by_label(&format!("English, item {n}"))
        .type_text(" of ours");
    harness.run();
    assert_eq!(
        harness.state().project().catalogs.actor_kinds.0[n - 1].en,
        "New item of ours"
    );
    // The company kind is used by an actor, so it cannot be deleted.
    {
        use egui_kittest::kittest::NodeT as _;
        assert!(harness.get_by_label("Delete item 1").accesskit_node().is_disabled());
    }
    harness.get_by_label("Relation roles").click();
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();
    harness.key_press_modifiers(CTRL, egui::Key::Z);
    harness.run();
    harness.key_press_modifiers(CTRL, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().project(), &original);
}

#[test]
fn the_example_opened_at_start_is_called_so_until_saved_under_a_name() {
    let options = verkosto::app::AppOptions {
        native_dialogs: false,
        persist_settings: false,
        recovery: None,
    };
    let mut app = VerkostoApp::startup(None, options);
    app.settings.lang = verkosto::i18n::Lang::En;
    assert_eq!(app.project(), &verkosto::example::project());
    assert!(!app.doc.is_dirty());
    assert!(app.title().contains("– example project –"), "{}", app.title());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("meidan.ron");
    assert!(app.save_to(&path));
    assert!(app.title().contains("– meidan.ron –"), "{}", app.title());
}

#[test]
fn the_answer_to_the_unsaved_changes_question_is_a_command_that_closes_it() {
    let mut app = VerkostoApp::for_tests(project());
    let mut changed = project();
    changed.meta.name = "Muutettu".into();
    app.doc
        .apply(Edit::SetMeta(changed.meta.clone()), None)
        .expect("applies");
    app.run(Command::New);
    assert!(app.dialogs.confirm.is_some(), "New with unsaved changes asks first");
    assert_eq!(app.project(), &changed, "asking changes nothing");
    app.run(Command::ConfirmUnsaved(UnsavedChoice::Discard));
    assert!(app.dialogs.confirm.is_none());
    assert_eq!(app.project(), &Project::new());
    // An answer without a question does nothing.
    app.run(Command::ConfirmUnsaved(UnsavedChoice::Discard));
    assert_eq!(app.project(), &Project::new());
}

#[test]
fn project_properties_change_with_ok_as_one_undo_step_and_not_with_cancel() {
    let mut harness = harness(project());
    harness.state_mut().run(Command::ProjectProperties);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Project name").focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Project name")
        .type_text(" 2027");
    harness.run();
    assert_eq!(
        harness.state().project().meta.name,
        "Testiverkosto",
        "nothing changes before OK"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().project(), &project());
    assert!(harness.state().dialogs.properties.is_none());

    harness.state_mut().run(Command::ProjectProperties);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Project name").focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Project name")
        .type_text(" 2027");
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(harness.state().project().meta.name, "Testiverkosto 2027");
    assert!(harness.state().dialogs.properties.is_none());
    harness.key_press_modifiers(CTRL, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().project(), &project());
}

#[test]
fn escape_closes_the_about_window() {
    let mut harness = harness(project());
    harness.state_mut().run(Command::About);
    harness.run();
    assert!(harness.query_by_label("Close").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Close").is_none());
    assert!(!harness.state().dialogs.about);
}

#[test]
fn a_file_given_at_start_is_read_beside_the_window_which_says_so_meanwhile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("iso.ron");
    let mut big = verkosto::example::project();
    big.meta.name = "Iso verkosto".into();
    verkosto::io::save(&path, &big).expect("saved");
    let mut harness = harness(verkosto::example::project());
    let ctx = harness.ctx.clone();
    harness.state_mut().open_in_background(path.clone(), &ctx);
    harness.step();
    // Until the file is read the window shows which file it is opening, and nothing else.
    let mut waited = 0;
    while harness.state().opening.is_some() && waited < 200 {
        assert!(harness.query_by_label_contains("Opening").is_some());
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
        waited += 1;
    }
    harness.run();
    assert!(harness.state().opening.is_none(), "the file was read");
    assert_eq!(harness.state().project(), &big);
    assert_eq!(harness.state().path.as_deref(), Some(path.as_path()));
    assert!(harness.query_by_label_contains("Opening").is_none());
}

#[test]
fn a_broken_file_given_at_start_says_why_and_keeps_the_example() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rikki.ron");
    std::fs::write(&path, "(format_version: 1, name: ").expect("written");
    let mut harness = harness(verkosto::example::project());
    let ctx = harness.ctx.clone();
    harness.state_mut().open_in_background(path, &ctx);
    for _ in 0..200 {
        if harness.state().opening.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    assert_eq!(harness.state().project(), &verkosto::example::project());
    let status = harness.state().status.clone().expect("a message");
    assert!(status.error, "{}", status.text);
}
