//! Unsaved changes survive a crash: the recovery file is offered at the next start.

mod common;

use common::App;
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::app::AppOptions;
use verkosto::io::recovery;
use verkosto::model::Project;

fn changed_project() -> Project {
    let mut p = Project::new();
    p.meta.name = "Kesken".into();
    p.strategy.vision = "Tallentamaton visio".into();
    p
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

fn app_with_recovery(path: std::path::PathBuf) -> Harness<'static, App> {
    let options = AppOptions {
        native_dialogs: false,
        persist_settings: false,
        recovery: Some(path),
    };
    let mut harness = common::app_with_options(Project::new(), options).build();
    harness.run();
    harness
}

#[test]
fn at_start_the_app_offers_to_restore_and_restoring_gives_an_unsaved_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("recovery.ron");
    recovery::write(&path, &changed_project(), None).expect("writes");
    let mut harness = app_with_recovery(path.clone());
    assert!(harness.query_by_label("Restore unsaved changes?").is_some());
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().project(), &changed_project());
    assert!(harness.state().doc.is_dirty(), "restored changes still need saving");
}

#[test]
fn discarding_the_offer_removes_the_recovery_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("recovery.ron");
    recovery::write(&path, &changed_project(), None).expect("writes");
    let mut harness = app_with_recovery(path.clone());
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().project(), &Project::new());
    assert!(!path.exists());
}

#[test]
fn a_damaged_recovery_file_is_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("recovery.ron");
    std::fs::write(&path, "roskaa").expect("writes");
    let harness = app_with_recovery(path);
    assert!(harness.query_by_label("Restore unsaved changes?").is_none());
}
