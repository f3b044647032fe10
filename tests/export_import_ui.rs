//! File → Export… and File → Import… in the app, driven through the accessibility tree with the
//! in-app path field: exports arrive on disk from their own thread, imports are reviewed
//! before anything changes and are one undo step, and a dropped spreadsheet starts the review.

mod common;

use common::App;
use egui_kittest::{Harness, kittest::Queryable};
use std::path::{Path, PathBuf};
use verkosto::model::Project;

fn harness(project: Project) -> Harness<'static, App> {
    let mut harness = common::app(project).build();
    harness.run();
    harness
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Opens File → Export ⏵ and clicks `label`, then types `path` into the path field.
fn export(harness: &mut Harness<'static, App>, label: &str, path: &Path) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export ⏵").hover();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
    submit_path(harness, path);
}

fn submit_path(harness: &mut Harness<'static, App>, path: &Path) {
    // The field holds a suggested name; select it all and type over it, as a user would.
    harness.get_by_label("File path").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("OK").click();
    // An export keeps the window repainting (its spinner) until it is done: one frame here.
    harness.step();
}

/// Runs frames until the export thread has answered (the status no longer says "Exporting").
fn wait_for_export(harness: &mut Harness<'static, App>) {
    for _ in 0..600 {
        if !harness.state().transfers.busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    harness.run();
    assert!(!harness.state().transfers.busy(), "the export finished");
}

fn status(harness: &Harness<'static, App>) -> String {
    harness
        .state()
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn import(harness: &mut Harness<'static, App>, path: &Path) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import a file…").click();
    harness.run();
    submit_path(harness, path);
    harness.run();
}

#[test]
fn the_report_is_exported_as_a_pdf_with_the_projects_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("strategia");
    let mut harness = harness(verkosto::example::project());
    export(&mut harness, "The whole strategy (PDF)", &out);
    wait_for_export(&mut harness);
    let written = dir.path().join("strategia.pdf");
    let bytes = std::fs::read(&written).expect("the PDF was written, with its ending added");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    assert!(status(&harness).starts_with("Exported"), "status: {}", status(&harness));
    assert!(
        !harness.state().doc.is_dirty(),
        "exporting changes nothing in the project"
    );
}

#[test]
fn the_map_png_is_twice_the_export_width_for_projector_and_print() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("kartta.png");
    let mut harness = harness(verkosto::example::project());
    export(&mut harness, "Map (PNG)", &out);
    wait_for_export(&mut harness);
    let bytes = std::fs::read(&out).expect("the PNG was written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    let width = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    assert_eq!(width, 3200, "1600 px at 2×");
}

#[test]
fn the_csv_export_writes_a_folder_with_two_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("data");
    let project = verkosto::example::project();
    let mut harness = harness(project.clone());
    export(&mut harness, "Actors and relations (CSV folder)", &out);
    wait_for_export(&mut harness);
    let actors = std::fs::read_to_string(out.join("actors.csv")).expect("actors.csv");
    let relations = std::fs::read_to_string(out.join("relations.csv")).expect("relations.csv");
    assert_eq!(
        actors.lines().count(),
        project.actors.len() + 1,
        "a header and a row per actor"
    );
    assert_eq!(relations.lines().count(), project.relations.len() + 1);
}

#[test]
fn a_failed_export_says_why_and_keeps_the_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("no-such-folder").join("kartta.svg");
    let mut harness = harness(verkosto::example::project());
    export(&mut harness, "Map (SVG)", &out);
    wait_for_export(&mut harness);
    let status = harness.state().status.clone().expect("a message");
    assert!(status.error, "reported as a failure: {}", status.text);
    assert!(status.text.starts_with("Could not write"), "{}", status.text);
    assert!(!out.exists());
}

#[test]
fn a_kumu_workbook_is_reviewed_then_imported_as_one_undo_step() {
    let mut harness = harness(Project::new());
    import(&mut harness, &fixture("kumu/kumu.xlsx"));
    assert!(
        harness.state().project().actors.is_empty(),
        "nothing changes before the review"
    );
    assert!(
        harness.query_by_label_contains("Import: ").is_some(),
        "the review is shown"
    );
    harness.get_by_label("Import into this project").click();
    harness.run();
    let names: Vec<String> = harness
        .state()
        .project()
        .actors
        .iter()
        .map(|a| a.name.clone())
        .collect();
    assert_eq!(names, ["Aurinkokoti Oy", "Kela", "Seniorit ry"]);
    assert_eq!(harness.state().project().relations.len(), 3);
    assert!(harness.state().doc.is_dirty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().project(),
        &Project::new(),
        "one undo takes the whole import back"
    );
}

#[test]
fn refused_rows_block_the_import_until_the_user_skips_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("toimijat.csv");
    std::fs::write(&csv, "Label,Importance\nHyvä Oy,3\nHuono ry,300\n").expect("writes");
    let mut harness = harness(Project::new());
    import(&mut harness, &csv);
    assert!(
        harness.query_by_label_contains("row 3").is_some(),
        "the refused row is named"
    );
    harness.get_by_label("Import into this project").click();
    harness.run();
    assert!(
        harness.state().project().actors.is_empty(),
        "a disabled button does nothing"
    );
    harness
        .get_by_label("Skip the refused rows and import the rest")
        .click();
    harness.run();
    harness.get_by_label("Import into this project").click();
    harness.run();
    let names: Vec<&str> = harness
        .state()
        .project()
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Hyvä Oy"]);
}

#[test]
fn importing_as_a_new_project_asks_about_unsaved_changes_first() {
    let mut harness = harness(verkosto::example::project());
    common::rename(&mut harness, "muutettu");
    import(&mut harness, &fixture("networkx.graphml"));
    harness.get_by_label("Open as a new project").click();
    harness.run();
    assert_eq!(
        harness.state().project().meta.name,
        "muutettu",
        "not replaced before the answer"
    );
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().path.is_none(), "a new, untitled project");
    assert!(harness.state().doc.is_dirty(), "unsaved until the user saves it");
    assert!(!harness.state().project().actors.is_empty());
}

/// A file dropped on the window, as the desktop hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_workbook_starts_the_review() {
    let mut harness = harness(Project::new());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture("kumu/kumu.xlsx"))));
    harness.run();
    assert!(harness.query_by_label("Import into this project").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Import into this project").is_none());
    assert!(harness.state().project().actors.is_empty());
}

#[test]
fn an_actor_csv_and_a_relation_csv_dropped_together_are_one_import() {
    let mut harness = harness(Project::new());
    for name in ["kumu/connections.csv", "kumu/elements.csv"] {
        harness
            .input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(fixture(name))));
    }
    harness.run();
    harness.get_by_label("Import into this project").click();
    harness.run();
    let project = harness.state().project();
    assert_eq!(project.actors.len(), 3);
    assert_eq!(project.relations.len(), 3, "the relations came with the actors");
}

#[test]
fn a_broken_workbook_is_refused_with_a_sentence_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("rikki.xlsx");
    std::fs::write(&bad, b"PK\x03\x04 not really a workbook").expect("writes");
    let project = verkosto::example::project();
    let mut harness = harness(project.clone());
    import(&mut harness, &bad);
    let status = harness.state().status.clone().expect("a message");
    assert!(status.error);
    assert!(
        status.text.contains("rikki.xlsx") && status.text.ends_with('.'),
        "{}",
        status.text
    );
    assert_eq!(harness.state().project(), &project);
    assert!(harness.query_by_label("Import into this project").is_none());
}
