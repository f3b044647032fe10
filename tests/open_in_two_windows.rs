//! A file open in another running Verkosto window: while a window has a file open it holds the
//! file's open-document lock; another window opening it is told so and may open it read-only,
//! where no edit is made and Save goes to Save as…; saving under another name ends read-only.

mod common;

use common::App;
use egui_kittest::{Harness, kittest::Queryable};
use std::path::{Path, PathBuf};
use verkosto::app::{AppOptions, Command, Outbox, VerkostoApp};
use verkosto::i18n::Lang;
use verkosto::io::doc_lock::{self, DocLock, LockError};
use verkosto::model::{Edit, Project};

fn options(dir: &Path) -> AppOptions {
    AppOptions {
        native_dialogs: false,
        persist_settings: false,
        recovery: Some(dir.to_path_buf()),
    }
}

/// A project file named `name` in `dir` with the example's actors.
fn project_file(dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(format!("{name}.ron"));
    let mut p = verkosto::example::project();
    p.meta.name = name.into();
    verkosto::io::save(&file, &p).expect("saves");
    file
}

/// A window with the state folder `state` that has just asked to open `file`.
fn opening(state: &Path, file: &Path, lang: Lang) -> Harness<'static, App> {
    let mut app = VerkostoApp::with_options(Project::new(), options(state));
    app.settings.lang = lang;
    let mut harness = common::app_with(app).build();
    harness.state_mut().run(Command::OpenPath(file.to_path_buf()));
    harness.run();
    harness
}

const TEXT_EN: &str = "is open in another Verkosto window. Saving here would overwrite that window's work, so it is saved over only once that window has closed.";

#[test]
fn two_locks_on_one_file_keep_apart_and_the_lock_goes_with_its_holder() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "yhteinen");
    assert!(!doc_lock::is_held(state.path(), &file));
    let first = DocLock::acquire(state.path(), &file).expect("the first window takes it");
    assert!(first.is_for(&file));
    assert!(doc_lock::is_held(state.path(), &file));
    // The same file under another spelling of its path is the same lock.
    let other_spelling = docs.path().join(".").join("yhteinen.ron");
    assert!(matches!(
        DocLock::acquire(state.path(), &other_spelling),
        Err(LockError::Held)
    ));
    // Dropping it, as a crash would, lets go of it.
    drop(first);
    assert!(!doc_lock::is_held(state.path(), &file));
    let second = DocLock::acquire(state.path(), &file).expect("free again");
    let lock_file = second.path().to_path_buf();
    assert!(lock_file.starts_with(state.path()), "next to the recovery copies");
    second.release();
    assert!(!lock_file.exists(), "released: the file is gone");
    assert!(DocLock::acquire(state.path(), &file).is_ok());
}

/// Another process holds the lock (as another Verkosto window does): held until it ends.
#[cfg(target_os = "linux")]
#[test]
fn a_lock_held_by_another_process_is_seen_until_that_process_ends() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let lock_file = doc_lock::lock_path(state.path(), &file);
    let Ok(mut holder) = std::process::Command::new("flock")
        .arg("--no-fork")
        .arg(&lock_file)
        .args(["sleep", "30"])
        .spawn()
    else {
        eprintln!("no flock(1) here; the lock is checked within the process by the other tests");
        return;
    };
    for _ in 0..100 {
        if doc_lock::is_held(state.path(), &file) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(doc_lock::is_held(state.path(), &file), "held by the other process");
    assert!(matches!(DocLock::acquire(state.path(), &file), Err(LockError::Held)));
    let _ = holder.kill();
    let _ = holder.wait();
    assert!(!doc_lock::is_held(state.path(), &file));
    assert!(DocLock::acquire(state.path(), &file).is_ok());
}

#[test]
fn a_window_holds_the_lock_of_its_file_and_lets_go_when_it_opens_another() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let first = project_file(docs.path(), "eka");
    let second = project_file(docs.path(), "toka");
    let mut harness = opening(state.path(), &first, Lang::En);
    assert!(doc_lock::is_held(state.path(), &first));
    assert!(harness.state().dialogs.open_elsewhere.is_none());
    // Opening its own file again (Reload) asks nothing.
    harness.state_mut().open_path(&first);
    harness.run();
    assert!(harness.state().dialogs.open_elsewhere.is_none());
    assert!(!harness.state().read_only());
    harness.state_mut().run(Command::OpenPath(second.clone()));
    harness.run();
    assert!(!doc_lock::is_held(state.path(), &first), "the first file is free");
    assert!(doc_lock::is_held(state.path(), &second));
    harness.state_mut().run(Command::New);
    harness.run();
    assert!(
        !doc_lock::is_held(state.path(), &second),
        "a new project has no file to lock"
    );
}

#[test]
fn opening_a_file_open_in_another_window_asks_and_read_only_refuses_edits_and_saving_over_it() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let before = std::fs::read(&file).expect("reads");
    let _other_window = DocLock::acquire(state.path(), &file).expect("the other window has it open");

    let mut harness = opening(state.path(), &file, Lang::En);
    assert!(
        harness.query_by_label_contains(TEXT_EN).is_some(),
        "the question is shown"
    );
    assert!(
        harness.query_by_label_contains("\u{201c}jaettu.ron\u{201d}").is_some(),
        "it names the file"
    );
    assert_eq!(
        harness.state().project().meta.name,
        "",
        "nothing is opened before the answer"
    );
    harness.get_by_label("Open read-only").click();
    harness.run();
    let app = harness.state();
    assert!(app.read_only());
    assert_eq!(app.project().meta.name, "jaettu");
    assert!(app.title().contains("jaettu.ron (read-only)"), "{}", app.title());
    let status = app.status.clone().expect("a sentence");
    assert!(
        status
            .text
            .contains("was opened read-only. To edit it, save it under another name"),
        "merely showing the views makes no edit to refuse: {}",
        status.text
    );
    assert!(
        !doc_lock::is_held(state.path(), &file) || app.doc_lock_path().is_none(),
        "the other window keeps its lock"
    );

    // An edit from any view is refused: a key on the map …
    let actors = harness.state().project().actors.len();
    let first = harness.state().project().actors[0].id;
    harness.state_mut().view.selection = verkosto::ui::Selection::Actors(vec![first]);
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(harness.state().project().actors.len(), actors, "Delete removed nothing");
    let status = harness.state().status.clone().expect("a sentence");
    assert!(
        status.text.contains("open read-only, so the change was not made"),
        "{}",
        status.text
    );
    // … or an edit handed to the app in a frame's outbox (a field, the inspector).
    let mut out = Outbox::default();
    let mut actor = harness.state().project().actors[0].clone();
    actor.name = "Uusi nimi".into();
    out.edit_step(Edit::SetActor(Box::new(actor)));
    let ctx = harness.ctx.clone();
    harness.state_mut().app.end_frame(&ctx, out);
    assert_ne!(harness.state().project().actors[0].name, "Uusi nimi");
    assert!(!harness.state().doc.is_dirty());
    assert!(!harness.state().doc.can_undo());

    // Save is refused and Save as… offered; the file is as it was.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let status = harness.state().status.clone().expect("a sentence");
    assert!(
        status.text.contains("is open read-only, so it is not saved over"),
        "{}",
        status.text
    );
    assert!(harness.state().files.entry.is_some(), "Save as… asks for a name");
    // The same name again is refused too.
    harness.state_mut().files.entry.as_mut().expect("the path field").text = file.display().to_string();
    harness.state_mut().run(Command::SubmitPath);
    harness.run();
    assert_eq!(
        std::fs::read(&file).expect("reads"),
        before,
        "the other window's file is untouched"
    );
    assert!(harness.state().read_only());

    // Saving under another name ends read-only; that file's lock is this window's.
    let copy = docs.path().join("oma kopio.ron");
    harness.state_mut().files.entry.as_mut().expect("asked again").text = copy.display().to_string();
    harness.state_mut().run(Command::SubmitPath);
    harness.run();
    let app = harness.state();
    assert!(!app.read_only());
    assert!(!app.title().contains("read-only"), "{}", app.title());
    assert_eq!(app.path.as_deref(), Some(copy.as_path()));
    assert!(doc_lock::is_held(state.path(), &copy));
    assert_eq!(std::fs::read(&file).expect("reads"), before);
    // Now editing works: Delete removes the selected actor.
    harness.state_mut().view.selection = verkosto::ui::Selection::Actors(vec![first]);
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(harness.state().project().actors.len(), actors - 1);
}

#[test]
fn the_question_speaks_finnish_and_read_only_shows_in_the_title() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let _other_window = DocLock::acquire(state.path(), &file).expect("locks");
    let mut harness = opening(state.path(), &file, Lang::Fi);
    assert!(
        harness
            .query_by_label_contains(
                "\u{201d}jaettu.ron\u{201d} on auki toisessa Verkosto-ikkunassa. Täällä tallentaminen korvaisi sen ikkunan työn, joten sen päälle tallennetaan vasta, kun se ikkuna on suljettu."
            )
            .is_some()
    );
    harness.get_by_label("Avaa vain luku -tilassa").click();
    harness.run();
    assert!(
        harness.state().title().contains("(vain luku)"),
        "{}",
        harness.state().title()
    );
    // Every phase shows in read-only without making an edit to refuse.
    for phase in verkosto::model::PhaseId::ALL {
        harness.state_mut().run(Command::GoPhase(phase));
        harness.run();
        let status = harness.state().status.clone().expect("a sentence");
        assert!(!status.text.contains("muutosta ei tehty"), "{phase:?}: {}", status.text);
    }
    // A worksheet field shows as text: there is nothing to type into.
    harness
        .state_mut()
        .run(Command::GoPhase(verkosto::model::PhaseId::Strategy));
    harness.run();
    assert!(
        harness
            .query_all(egui_kittest::kittest::by().role(egui::accesskit::Role::MultilineTextInput))
            .next()
            .is_none(),
        "no text field in read-only"
    );
}

#[test]
fn cancel_keeps_the_open_document_and_open_anyway_edits() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let _other_window = DocLock::acquire(state.path(), &file).expect("locks");
    let mut harness = opening(state.path(), &file, Lang::En);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().dialogs.open_elsewhere.is_none());
    assert_eq!(harness.state().project().meta.name, "", "the open document stays");
    assert!(harness.state().path.is_none());

    harness.state_mut().run(Command::OpenPath(file.clone()));
    harness.run();
    harness.get_by_label("Open anyway").click();
    harness.run();
    assert!(!harness.state().read_only());
    assert_eq!(harness.state().path.as_deref(), Some(file.as_path()));
    common::rename(&mut harness, "Muutettu");
    assert!(harness.state().doc.is_dirty());
}

#[test]
fn a_file_given_at_start_that_is_open_elsewhere_asks_too() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let _other_window = DocLock::acquire(state.path(), &file).expect("locks");
    // As `verkosto FILE` opens it: read beside the window, then taken.
    let mut app = VerkostoApp::startup(None, options(state.path()));
    app.settings.lang = Lang::En;
    let mut harness = common::app_with(app).build();
    let ctx = harness.ctx.clone();
    harness.state_mut().open_in_background(file.clone(), &ctx);
    for _ in 0..200 {
        // A spinner turns while the file is read.
        harness.step();
        if harness.state().opening.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
    assert!(harness.query_by_label_contains(TEXT_EN).is_some());
    assert!(harness.state().dialogs.open_elsewhere.is_some());
    // And as the command line's file is opened without a window (`startup`).
    let app = VerkostoApp::startup(Some(file.clone()), options(state.path()));
    assert!(app.dialogs.open_elsewhere.is_some());
}

/// The lock held by another process, as a second Verkosto window on the same machine holds it:
/// the app asks, and once that process has ended the file opens without asking.
#[cfg(target_os = "linux")]
#[test]
fn a_file_locked_by_another_process_is_asked_about_until_that_process_ends() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    std::fs::create_dir_all(state.path()).expect("state folder");
    let Ok(mut holder) = std::process::Command::new("flock")
        .arg("--no-fork")
        .arg(doc_lock::lock_path(state.path(), &file))
        .args(["sleep", "30"])
        .spawn()
    else {
        eprintln!("no flock(1) here; the lock is checked within the process by the other tests");
        return;
    };
    for _ in 0..100 {
        if doc_lock::is_held(state.path(), &file) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let mut harness = opening(state.path(), &file, Lang::En);
    assert!(
        harness.query_by_label_contains(TEXT_EN).is_some(),
        "asked while the other runs"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    let _ = holder.kill();
    let _ = holder.wait();
    harness.state_mut().run(Command::OpenPath(file.clone()));
    harness.run();
    assert!(
        harness.state().dialogs.open_elsewhere.is_none(),
        "free again: no question"
    );
    assert_eq!(harness.state().path.as_deref(), Some(file.as_path()));
    assert!(doc_lock::is_held(state.path(), &file), "now this window's");
}

/// Ctrl+S in `harness`.
fn save(harness: &mut Harness<'static, App>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
}

#[test]
fn open_anyway_saves_over_the_file_only_once_the_other_window_has_closed_and_then_holds_its_lock() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let before = std::fs::read(&file).expect("reads");
    let other_window = DocLock::acquire(state.path(), &file).expect("the other window has it open");
    let mut harness = opening(state.path(), &file, Lang::En);
    harness.get_by_label("Open anyway").click();
    harness.run();
    let status = harness.state().status.clone().expect("a sentence");
    assert!(
        status
            .text
            .contains("It is saved over only once that window has closed"),
        "{}",
        status.text
    );
    common::rename(&mut harness, "Muutettu");
    assert!(harness.state().doc_lock_path().is_none(), "the other window holds it");

    // The other window still has it: nothing is written, the sentence says why, Save as… asks.
    save(&mut harness);
    assert_eq!(std::fs::read(&file).expect("reads"), before, "not saved over");
    let status = harness.state().status.clone().expect("a sentence");
    assert!(
        status
            .text
            .contains("jaettu.ron is still open in another Verkosto window, so it was not saved over"),
        "{}",
        status.text
    );
    assert!(harness.state().files.entry.is_some(), "Save as… asks for a name");
    assert!(harness.state().doc.is_dirty(), "the work is still unsaved, and kept");
    harness
        .state_mut()
        .run(Command::CloseDialog(verkosto::app::Dialog::PathEntry));
    harness.run();

    // The other window closes: the next Save takes the lock and writes the file.
    drop(other_window);
    save(&mut harness);
    assert!(!harness.state().doc.is_dirty(), "{:?}", harness.state().status);
    assert_eq!(verkosto::io::load(&file).expect("loads").meta.name, "Muutettu");
    assert!(
        harness.state().doc_lock_path().is_some(),
        "the lock is this window's now"
    );
    assert!(doc_lock::is_held(state.path(), &file));
    // A third window is now asked about it, as this one was.
    let third = opening(state.path(), &file, Lang::En);
    assert!(third.state().dialogs.open_elsewhere.is_some());
}

#[test]
fn read_only_shows_a_notice_with_save_as_and_edit_anyway() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let before = std::fs::read(&file).expect("reads");
    let _other_window = DocLock::acquire(state.path(), &file).expect("locks");
    let mut harness = opening(state.path(), &file, Lang::En);
    harness.get_by_label("Open read-only").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains(
                "\u{201c}jaettu.ron\u{201d} is open in another Verkosto window, so nothing can be changed in this window. To edit, save a copy under another name."
            )
            .is_some(),
        "the notice says how to get an editable copy"
    );
    harness.get_by_label("Save as…").click();
    harness.run();
    assert!(harness.state().files.entry.is_some(), "Save as… asks for a name");
    harness
        .state_mut()
        .run(Command::CloseDialog(verkosto::app::Dialog::PathEntry));
    harness.run();

    harness.get_by_label("Edit anyway").click();
    harness.run();
    assert!(!harness.state().read_only());
    assert!(harness.query_by_label("Edit anyway").is_none(), "the notice is gone");
    assert!(!harness.state().title().contains("read-only"));
    common::rename(&mut harness, "Muutettu");
    assert!(harness.state().doc.is_dirty(), "edits are made now");
    // Saving over the file still waits for the other window.
    save(&mut harness);
    assert_eq!(std::fs::read(&file).expect("reads"), before);
    assert!(harness.state().files.entry.is_some());
}

#[test]
fn the_read_only_notice_speaks_finnish() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    let _other_window = DocLock::acquire(state.path(), &file).expect("locks");
    let mut harness = opening(state.path(), &file, Lang::Fi);
    harness.get_by_label("Avaa vain luku -tilassa").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("\u{201d}jaettu.ron\u{201d} on auki toisessa Verkosto-ikkunassa, joten tässä ikkunassa ei voi tehdä muutoksia.")
            .is_some()
    );
    assert!(harness.query_by_label("Tallenna nimellä…").is_some());
    assert!(harness.query_by_label("Muokkaa silti").is_some());
}

/// A window that crashed with unsaved changes to `file` (renamed to `name`), leaving its
/// recovery copy in `state`.
fn crash_with_changes(state: &Path, file: &Path, name: &str) {
    let mut app = VerkostoApp::with_options(Project::new(), options(state));
    app.set_autosave_interval(std::time::Duration::ZERO);
    let mut harness = common::app_with(app).build();
    harness.state_mut().open_path(file);
    harness.run();
    common::rename(&mut harness, name);
    assert!(harness.state().recovery_copy().is_some(), "a copy was written");
    drop(harness);
}

/// A new window with the state folder `state`, offering the copies left by a crash.
fn starting(state: &Path) -> Harness<'static, App> {
    let mut app = VerkostoApp::with_options(Project::new(), options(state));
    app.set_autosave_interval(std::time::Duration::ZERO);
    let mut harness = common::app_with(app).build();
    harness.run();
    assert_eq!(harness.state().dialogs.recovery.len(), 1, "the copy is offered");
    harness
}

#[test]
fn restoring_a_copy_whose_file_is_open_in_another_window_asks_first() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    crash_with_changes(state.path(), &file, "Kesken");
    // Meanwhile another window has opened the file.
    let other_window = DocLock::acquire(state.path(), &file).expect("the other window has it open");
    let before = std::fs::read(&file).expect("reads");

    let mut harness = starting(state.path());
    harness.get_by_label("Restore: Kesken").click();
    harness.run();
    assert!(
        harness.query_by_label_contains(TEXT_EN).is_some(),
        "asked as opening it is"
    );
    assert_eq!(
        harness.state().project().meta.name,
        "",
        "nothing restored before the answer"
    );
    harness.get_by_label("Open read-only").click();
    harness.run();
    let app = harness.state();
    assert!(app.read_only());
    assert_eq!(app.project().meta.name, "Kesken", "the restored work");
    assert!(app.doc.is_dirty(), "still unsaved");
    assert!(app.doc_lock_path().is_none(), "the other window keeps its lock");
    assert!(app.recovery_copy().is_some(), "the copy stays until saved");
    let status = app.status.clone().expect("a sentence");
    assert!(
        status.text.contains("Unsaved changes were restored read-only, because"),
        "{}",
        status.text
    );
    save(&mut harness);
    assert_eq!(std::fs::read(&file).expect("reads"), before, "not saved over");
    harness
        .state_mut()
        .run(Command::CloseDialog(verkosto::app::Dialog::PathEntry));
    harness.run();
    drop(harness); // a second crash: the copy is still there
    drop(other_window);

    // Restored anyway, with the other window open again: saving over waits for it.
    let other_window = DocLock::acquire(state.path(), &file).expect("the other window has it open");
    let mut harness = starting(state.path());
    harness.get_by_label("Restore: Kesken").click();
    harness.run();
    harness.get_by_label("Open anyway").click();
    harness.run();
    assert!(!harness.state().read_only());
    assert_eq!(harness.state().project().meta.name, "Kesken");
    save(&mut harness);
    assert_eq!(std::fs::read(&file).expect("reads"), before, "not saved over");
    harness
        .state_mut()
        .run(Command::CloseDialog(verkosto::app::Dialog::PathEntry));
    harness.run();
    drop(other_window);
    save(&mut harness);
    assert_eq!(verkosto::io::load(&file).expect("loads").meta.name, "Kesken");
    assert!(harness.state().recovery_copy().is_none(), "saved: the copy is gone");
}

#[test]
fn save_as_from_the_recovery_list_goes_to_another_name_without_asking() {
    let state = tempfile::tempdir().expect("temp dir");
    let docs = tempfile::tempdir().expect("temp dir");
    let file = project_file(docs.path(), "jaettu");
    crash_with_changes(state.path(), &file, "Kesken");
    let _other_window = DocLock::acquire(state.path(), &file).expect("the other window has it open");
    let mut harness = starting(state.path());
    let key = harness.state().dialogs.recovery[0].key.clone();
    harness
        .state_mut()
        .run(Command::Recovery(key, verkosto::app::RecoveryChoice::SaveAs));
    harness.run();
    assert!(harness.state().dialogs.open_elsewhere.is_none(), "not asked");
    assert!(
        harness.state().read_only(),
        "until saved, as its file is the other window's"
    );
    let copy = docs.path().join("kopio.ron");
    harness.state_mut().files.entry.as_mut().expect("asks for a name").text = copy.display().to_string();
    harness.state_mut().run(Command::SubmitPath);
    harness.run();
    assert!(!harness.state().read_only());
    assert_eq!(verkosto::io::load(&copy).expect("loads").meta.name, "Kesken");
}
