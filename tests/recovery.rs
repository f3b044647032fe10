//! Unsaved changes survive a crash: every open document has its own recovery copy, locked by
//! the instance that writes it, and the next start lists the copies left by a crash.

mod common;

use common::App;
use egui_kittest::{Harness, kittest::Queryable};
use std::path::{Path, PathBuf};
use std::time::Duration;
use verkosto::app::{AppOptions, VerkostoApp};
use verkosto::io::recovery::{self, Slot};
use verkosto::model::Project;

fn changed_project() -> Project {
    let mut p = Project::new();
    p.meta.name = "Kesken".into();
    p.strategy.vision = "Tallentamaton visio".into();
    p
}

fn options(dir: &Path) -> AppOptions {
    AppOptions {
        native_dialogs: false,
        persist_settings: false,
        recovery: Some(dir.to_path_buf()),
    }
}

/// An instance with the recovery folder `dir`, autosaving at every change.
fn instance(dir: &Path) -> Harness<'static, App> {
    let mut app = VerkostoApp::with_options(Project::new(), options(dir));
    app.set_autosave_interval(Duration::ZERO);
    let mut harness = common::app_with(app).build();
    harness.run();
    harness
}

/// An instance that has `file` (holding a project named `name`) open.
fn instance_with_file(dir: &Path, file: &Path, name: &str) -> Harness<'static, App> {
    let mut p = Project::new();
    p.meta.name = name.into();
    verkosto::io::save(file, &p).expect("saves");
    let mut harness = instance(dir);
    harness.state_mut().open_path(file);
    harness.run();
    harness
}

fn copies(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "ron"));
    v.sort();
    v
}

#[test]
fn the_recovery_file_keeps_the_project_and_where_it_came_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("recovery.ron");
    let origin = dir.path().join("oma projekti.ron");
    recovery::write(&path, &changed_project(), Some(&origin)).expect("writes");
    let found = recovery::read(&path).expect("reads");
    assert_eq!(found.project, changed_project());
    assert_eq!(found.origin.as_deref(), Some(origin.as_path()));
    assert!(!found.written.is_empty());
    recovery::clear(&path);
    assert!(recovery::read(&path).is_none());
}

#[cfg(unix)]
#[test]
fn an_origin_that_is_not_utf8_is_kept_exactly() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.ron");
    let origin = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe9.ron"));
    recovery::write(&path, &changed_project(), Some(&origin)).expect("writes");
    assert_eq!(recovery::read(&path).expect("reads").origin, Some(origin));
}

#[test]
fn a_live_slot_is_not_listed_and_not_taken_over_but_a_dropped_one_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let slot = Slot::claim_for(dir.path(), None).expect("claims");
    slot.write(&changed_project(), None).expect("writes");
    assert!(
        recovery::list(dir.path()).is_empty(),
        "a live instance's copy is not offered"
    );
    assert!(Slot::adopt(dir.path(), slot.key()).is_err(), "nor taken over");
    recovery::discard(dir.path(), slot.key());
    assert!(slot.path().exists(), "nor deleted");
    let key = slot.key().to_owned();
    drop(slot); // as a crash leaves it
    let found = recovery::list(dir.path());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].key, key);
    assert_eq!(found[0].recovered.project, changed_project());
}

#[test]
fn a_lock_file_nobody_holds_is_stale() {
    let dir = tempfile::tempdir().expect("temp dir");
    recovery::write(&dir.path().join("k.ron"), &changed_project(), None).expect("writes");
    // Left by a process that is gone: it names a pid, but no one holds the file locked.
    std::fs::write(dir.path().join("k.lock"), "999999999\n").expect("writes");
    assert_eq!(recovery::list(dir.path()).len(), 1);
}

/// Another running process holds the lock (as a second Verkosto window would): its copy is
/// neither offered nor taken over, and once that process ends it is offered.
#[cfg(target_os = "linux")]
#[test]
fn a_lock_held_by_another_running_process_is_live_until_it_ends() {
    let dir = tempfile::tempdir().expect("temp dir");
    recovery::write(&dir.path().join("k.ron"), &changed_project(), None).expect("writes");
    let lock = dir.path().join("k.lock");
    // `--no-fork`: flock itself becomes `sleep`, so ending it ends the holder.
    let Ok(mut holder) = std::process::Command::new("flock")
        .arg("--no-fork")
        .arg(&lock)
        .args(["sleep", "30"])
        .spawn()
    else {
        eprintln!("no flock(1) here; the lock is checked within the process by the other tests");
        return;
    };
    // Wait until the other process has the lock.
    for _ in 0..100 {
        if recovery::is_live(dir.path(), "k") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(recovery::is_live(dir.path(), "k"), "held by the other process");
    assert!(recovery::list(dir.path()).is_empty(), "not offered while it runs");
    assert!(recovery::Slot::adopt(dir.path(), "k").is_err(), "not taken over");
    let _ = holder.kill();
    let _ = holder.wait();
    assert!(!recovery::is_live(dir.path(), "k"));
    assert_eq!(recovery::list(dir.path()).len(), 1, "offered once that process is gone");
}

#[test]
fn two_instances_on_two_projects_keep_two_copies_and_both_are_offered_after_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = tempfile::tempdir().expect("temp dir");
    let mut first = instance_with_file(dir.path(), &files.path().join("a.ron"), "A");
    let mut second = instance_with_file(dir.path(), &files.path().join("b.ron"), "B");
    common::rename(&mut first, "A muutettu");
    common::rename(&mut second, "B muutettu");
    assert_eq!(copies(dir.path()).len(), 2, "one copy per document");
    // While both run, neither offers or touches the other's copy.
    let third = instance(dir.path());
    assert!(third.state().dialogs.recovery.is_empty());
    drop(third);
    // Both keep writing their own copies.
    common::rename(&mut first, "A taas");
    let first_copy = first.state().recovery_copy().expect("has a copy");
    assert_eq!(recovery::read(&first_copy).expect("reads").project.meta.name, "A taas");
    drop(first);
    drop(second);
    let mut after = instance(dir.path());
    let mut names: Vec<String> = after
        .state()
        .dialogs
        .recovery
        .iter()
        .map(|f| f.recovered.project.meta.name.clone())
        .collect();
    names.sort();
    assert_eq!(names, ["A taas", "B muutettu"]);
    assert!(after.query_by_label("Unsaved changes to restore").is_some());
    assert!(after.query_by_label("Restore: A taas").is_some());
    // Later keeps the copy on disk and takes it off the list.
    after.get_by_label("Later: B muutettu").click();
    after.run();
    assert_eq!(after.state().dialogs.recovery.len(), 1);
    assert_eq!(copies(dir.path()).len(), 2);
}

#[test]
fn starting_with_a_file_keeps_the_offered_copy_until_a_choice_is_made() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = tempfile::tempdir().expect("temp dir");
    let file = files.path().join("proj.ron");
    let mut first = instance_with_file(dir.path(), &file, "Proj");
    common::rename(&mut first, "Proj kesken");
    drop(first); // crash
    assert_eq!(copies(dir.path()).len(), 1);
    // As a double-click does: start with the same file.
    let mut app = VerkostoApp::startup(Some(file.clone()), options(dir.path()));
    app.settings.lang = verkosto::i18n::Lang::En;
    app.set_autosave_interval(Duration::ZERO);
    let mut harness = common::app_with(app).build();
    harness.run();
    assert!(harness.query_by_label("Restore unsaved changes?").is_some());
    assert_eq!(
        copies(dir.path()).len(),
        1,
        "the offer's copy stays while the offer is open"
    );
    harness.get_by_label("Restore: Proj kesken").click();
    harness.run();
    assert_eq!(harness.state().project().meta.name, "Proj kesken");
    assert!(harness.state().doc.is_dirty(), "restored changes still need saving");
    assert_eq!(
        harness.state().path.as_deref(),
        Some(file.as_path()),
        "tied to its file"
    );
    assert_eq!(
        verkosto::io::load(&file).expect("loads").meta.name,
        "Proj",
        "the file is untouched"
    );
    assert_eq!(
        copies(dir.path()).len(),
        1,
        "the copy stays until saved: a second crash loses nothing"
    );
    assert!(harness.state().dialogs.recovery.is_empty());
    // A clean save removes it.
    harness.state_mut().run(verkosto::app::Command::Save);
    harness.run();
    assert!(!harness.state().doc.is_dirty());
    assert!(copies(dir.path()).is_empty());
    // The recovery lock is gone too; what stays is the open file's own lock, which tells
    // other windows that this one has it open.
    let left: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(
        left,
        [verkosto::io::doc_lock::lock_path(dir.path(), &file)],
        "the lock is gone too"
    );
}

#[test]
fn discarding_the_offer_removes_the_recovery_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = instance(dir.path());
    common::rename(&mut first, "Hylättävä");
    drop(first);
    let mut harness = instance(dir.path());
    harness.get_by_label("Discard: Hylättävä").click();
    harness.run();
    assert_eq!(harness.state().project(), &Project::new());
    assert!(std::fs::read_dir(dir.path()).expect("dir").next().is_none());
}

#[test]
fn without_changes_no_copy_is_written_and_discarding_changes_removes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = instance(dir.path());
    assert!(copies(dir.path()).is_empty());
    common::rename(&mut harness, "Uusi");
    assert_eq!(copies(dir.path()).len(), 1);
    harness.state_mut().run(verkosto::app::Command::New);
    harness.state_mut().run(verkosto::app::Command::ConfirmUnsaved(
        verkosto::app::UnsavedChoice::Discard,
    ));
    harness.run();
    assert!(copies(dir.path()).is_empty());
}

#[test]
fn a_damaged_recovery_file_is_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("roska.ron"), "roskaa").expect("writes");
    let harness = instance(dir.path());
    assert!(harness.query_by_label("Restore unsaved changes?").is_none());
}

#[test]
fn a_long_list_of_copies_scrolls_within_a_window_that_stays_on_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 1..=12 {
        let mut p = changed_project();
        p.meta.name = format!("Kaatunut {i}");
        recovery::write(&dir.path().join(format!("k{i:02}.ron")), &p, None).expect("writes");
    }
    let mut app = VerkostoApp::with_options(Project::new(), options(dir.path()));
    app.set_autosave_interval(Duration::ZERO);
    let mut harness = common::app_with(app).size(1024.0, 768.0).build();
    harness.run();
    assert_eq!(harness.state().dialogs.recovery.len(), 12);
    let first = harness.get_by_label("Discard: Kaatunut 1").rect();
    assert!(
        first.bottom() < 768.0,
        "the first copy's buttons are on screen: {first:?}"
    );
    // The last one is reached by scrolling the list, and its choice is taken.
    harness.get_by_label("Discard: Kaatunut 12").scroll_to_me();
    harness.run();
    let last = harness.get_by_label("Discard: Kaatunut 12").rect();
    assert!(
        last.bottom() < 768.0 && last.top() > 0.0,
        "scrolled into view: {last:?}"
    );
    harness.get_by_label("Discard: Kaatunut 12").click();
    harness.run();
    assert_eq!(harness.state().dialogs.recovery.len(), 11);
    assert!(!dir.path().join("k12.ron").exists(), "that copy was discarded");
}
