//! Saving from the app never loses anything without asking: a failed save keeps the edits
//! unsaved and the old file byte-identical, a file with fields this version does not know is
//! not saved over without a warning naming them, and a change made to the file on disk is
//! offered for reloading and never overwritten silently.

mod common;

use common::App;
use egui_kittest::{Harness, kittest::Queryable};
use std::path::Path;
use std::time::Duration;
use verkosto::app::VerkostoApp;
use verkosto::io::{AtomicWriter, Step};
use verkosto::model::Project;

const CTRL: egui::Modifiers = egui::Modifiers::COMMAND;

fn named(name: &str) -> Project {
    let mut p = Project::new();
    p.meta.name = name.into();
    p
}

/// The app with `file` open.
fn open(file: &Path, setup: impl FnOnce(&mut VerkostoApp)) -> Harness<'static, App> {
    let mut app = VerkostoApp::for_tests(Project::new());
    setup(&mut app);
    app.open_path(file);
    let mut harness = common::app_with(app).build();
    harness.run();
    harness
}

fn save(harness: &mut Harness<'static, App>) {
    harness.key_press_modifiers(CTRL, egui::Key::S);
    harness.run();
}

#[test]
fn a_failed_save_keeps_the_edits_unsaved_says_why_and_leaves_the_old_file_as_it_was() {
    for step in [Step::Create, Step::Write, Step::Sync, Step::Rename] {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("vanha.ron");
        verkosto::io::save(&file, &named("Vanha")).expect("saves");
        let before = std::fs::read(&file).expect("reads");
        let mut harness = open(&file, |app| {
            app.set_writer(AtomicWriter {
                backup: true,
                fail_at: Some(step),
            })
        });
        common::rename(&mut harness, "Uusi");
        save(&mut harness);
        assert_eq!(
            std::fs::read(&file).expect("reads"),
            before,
            "{step:?}: the old file is byte-identical"
        );
        let app = harness.state();
        assert!(app.doc.is_dirty(), "{step:?}: the edits are still unsaved");
        assert!(app.title().starts_with("● Uusi"), "{step:?}: {}", app.title());
        assert_eq!(app.project().meta.name, "Uusi");
        let status = app.status.as_ref().expect("a sentence says why");
        assert!(status.error);
        assert!(status.text.contains("Could not save"), "{}", status.text);
        assert!(
            status.text.contains("The changes are still unsaved."),
            "{}",
            status.text
        );
        assert!(harness.query_all_by_label_contains("the disk is full").next().is_some());
    }
}

fn with_unknown_fields(file: &Path) -> Vec<u8> {
    let version = format!("  format_version: {},", verkosto::model::FORMAT_VERSION);
    let text =
        verkosto::io::to_ron(&named("Tuntematon")).replacen(&version, &format!("{version}\n  theme: (dark: true),"), 1);
    assert!(text.contains("theme"));
    std::fs::write(file, &text).expect("writes");
    text.into_bytes()
}

#[test]
fn saving_over_unknown_fields_asks_first_naming_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("uudempi.ron");
    let before = with_unknown_fields(&file);
    let mut harness = open(&file, |_| {});
    common::rename(&mut harness, "Muutettu");
    save(&mut harness);
    assert!(harness.query_by_label("Save anyway?").is_some());
    assert!(harness.query_by_label_contains("theme (line 3, column 3)").is_some());
    assert_eq!(
        std::fs::read(&file).expect("reads"),
        before,
        "nothing written while asking"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Save anyway?").is_none());
    assert!(harness.state().doc.is_dirty());
    assert!(std::fs::read(&file).expect("reads") == before);

    // Save as… leaves the file with the fields alone and asks for a new name.
    save(&mut harness);
    harness.get_by_label("Save as…").click();
    harness.run();
    assert!(harness.query_by_label("File path").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();

    save(&mut harness);
    harness.get_by_label("Save anyway").click();
    harness.run();
    assert!(!harness.state().doc.is_dirty());
    let text = std::fs::read_to_string(&file).expect("reads");
    assert!(!text.contains("theme") && text.contains("Muutettu"));
    // The fields are gone now: the next save does not ask.
    common::rename(&mut harness, "Taas");
    save(&mut harness);
    assert!(harness.query_by_label("Save anyway?").is_none());
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn a_file_without_unknown_fields_saves_without_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("tavallinen.ron");
    verkosto::io::save(&file, &named("Tavallinen")).expect("saves");
    let mut harness = open(&file, |_| {});
    common::rename(&mut harness, "Muutettu");
    save(&mut harness);
    assert!(harness.query_by_label("Save anyway?").is_none());
    assert_eq!(verkosto::io::load(&file).expect("loads").meta.name, "Muutettu");
}

/// Another program writes `project` to `file`, with a later modification time.
fn colleague_saves(file: &Path, project: &Project) {
    verkosto::io::save(file, project).expect("saves");
    let later = std::time::SystemTime::now() + Duration::from_secs(5);
    let f = std::fs::File::options().append(true).open(file).expect("opens");
    f.set_modified(later).expect("sets the time");
}

#[test]
fn a_change_on_disk_is_offered_for_reloading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("jaettu.ron");
    verkosto::io::save(&file, &named("Minun")).expect("saves");
    let mut harness = open(&file, |app| app.set_disk_check_interval(Duration::ZERO));
    assert!(harness.query_by_label("The file changed on disk").is_none());
    colleague_saves(&file, &named("Kollegan versio"));
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_some());
    harness.get_by_label("Reload from disk").click();
    harness.run();
    assert_eq!(harness.state().project().meta.name, "Kollegan versio");
    assert!(!harness.state().doc.is_dirty());
    assert!(harness.query_by_label("The file changed on disk").is_none());
}

#[test]
fn after_keep_mine_saving_asks_before_replacing_the_other_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("jaettu.ron");
    verkosto::io::save(&file, &named("Minun")).expect("saves");
    let mut harness = open(&file, |app| app.set_disk_check_interval(Duration::ZERO));
    common::rename(&mut harness, "Minun muutettu");
    colleague_saves(&file, &named("Kollegan versio"));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Loading discards your unsaved changes")
            .is_some()
    );
    harness.get_by_label("Keep mine").click();
    harness.run();
    assert!(harness.query_by_label("The file changed on disk").is_none());
    assert_eq!(harness.state().project().meta.name, "Minun muutettu");
    let theirs = std::fs::read(&file).expect("reads");

    save(&mut harness);
    assert!(harness.query_by_label("Save anyway?").is_some());
    assert!(harness.query_by_label_contains("was changed on disk").is_some());
    assert_eq!(
        std::fs::read(&file).expect("reads"),
        theirs,
        "not overwritten without a choice"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.query_by_label("The file changed on disk").is_none(),
        "not asked again"
    );
    assert!(std::fs::read(&file).expect("reads") == theirs);

    save(&mut harness);
    harness.get_by_label("Save as…").click();
    harness.run();
    assert!(
        harness.query_by_label("File path").is_some(),
        "Save as… asks for a new name"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        std::fs::read(&file).expect("reads") == theirs,
        "the other version stays"
    );

    // Only an explicit "Save anyway" replaces it.
    save(&mut harness);
    harness.get_by_label("Save anyway").click();
    harness.run();
    assert_eq!(verkosto::io::load(&file).expect("loads").meta.name, "Minun muutettu");
    assert!(!harness.state().doc.is_dirty());
}
