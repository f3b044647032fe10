//! File → Combine members' views… in the app, driven through the accessibility tree with the
//! in-app path field: the three members' files of tests/combine.rs (exact, suffix-only,
//! similar and unmatched names) are read off the UI thread, reviewed — a match rejected, the
//! similar one accepted, one actor pointed at another by hand — and combined into a new,
//! unsaved joint project; a bad file is named and changes nothing; updating an open joint
//! project is one undo step; the review fits a 1024×768 projector in both languages.

mod common;

use common::App;
use egui::{Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use std::path::{Path, PathBuf};
use verkosto::combine::{MemberFile, Review, build};
use verkosto::i18n::Lang;
use verkosto::model::{ActorId, Project};

const FILES: [&str; 3] = ["hyvinvointialue.ron", "etahoiva.ron", "muistiyhdistys.ron"];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/combine")
        .join(name)
}

fn fixtures() -> Vec<PathBuf> {
    FILES.iter().map(|f| fixture(f)).collect()
}

fn member(path: &Path) -> MemberFile {
    MemberFile {
        source: path.file_name().expect("name").to_string_lossy().into_owned(),
        project: verkosto::io::load(path).expect("fixture loads"),
    }
}

fn harness(project: Project) -> Harness<'static, App> {
    let mut harness = common::app(project).size(1280.0, 900.0).build();
    harness.run();
    harness
}

fn status(harness: &Harness<'static, App>) -> String {
    harness
        .state()
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// Opens File → `item`, types `paths` one per line into the path field, sends them with OK and
/// waits until the files are read.
fn choose(harness: &mut Harness<'static, App>, item: &str, paths: &[PathBuf]) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
    let text = paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    harness.get_by_label("File path").type_text(&text);
    harness.run();
    harness.get_by_label("OK").click();
    harness.step();
    for _ in 0..400 {
        if harness.state().combining.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.step();
    }
    assert!(harness.state().combining.is_none(), "the files were read");
    // A scroll area in a modal settles a frame late.
    harness.run_steps(4);
    harness.run();
}

fn by_name(p: &Project, name: &str) -> ActorId {
    p.actors.iter().find(|a| a.name == name).map(|a| a.id).expect(name)
}

/// Member names that see the joint actor named `name`.
fn seers(p: &Project, name: &str) -> Vec<String> {
    let joint = p.joint.as_ref().expect("joint");
    let record = joint.actor(by_name(p, name)).expect("record");
    record
        .seen_by
        .iter()
        .map(|s| joint.member(s.member).expect("member").name.clone())
        .collect()
}

fn click(harness: &mut Harness<'static, App>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn the_review_changes_the_matches_and_the_joint_project_follows() {
    let example = verkosto::example::project();
    let mut harness = harness(example);
    choose(&mut harness, "Combine members' views…", &fixtures());
    assert!(harness.state().dialogs.combine.is_some(), "the review is open");
    // The summary: members, proposals by reason and the resulting count.
    harness.get_by_label_contains("Members (3): Pohjolan hyvinvointialue 5 actors, Etähoiva 4 actors");
    harness.get_by_label_contains("The joint view will have 8 actors.");
    // The similar name is uncertain, not yet combined, and comes first.
    let first = harness.state().dialogs.combine.as_ref().expect("review").shown[0];
    assert!(harness.state().dialogs.combine.as_ref().expect("review").rows[first].uncertain);

    // Etähoiva (its own file) is kept apart from Etähoiva Oy.
    click(&mut harness, "Reject: Etähoiva (Etähoiva)");
    // The similar Järvilinnan kaupunki, sosiaalitoimi is the same as Järvilinnan kaupunki.
    click(&mut harness, "Accept all similar");
    harness.get_by_label_contains("The joint view will have 8 actors.");
    // Seurakunta, with no proposal, is pointed by hand at Ammattikorkeakoulu Savotta.
    click(&mut harness, "Search names");
    harness.get_by_label("Search names").type_text("Seurakunta");
    harness.run();
    click(&mut harness, "Pick a match: Seurakunta (Muistiyhdistys r.y.)");
    harness.get_by_label("Search actors").type_text("Savotta");
    harness.run();
    let pick = harness.state().dialogs.combine.as_ref().and_then(|r| r.pick.clone());
    assert_eq!(pick.map(|p| p.found.len()), Some(1), "the search finds Savotta alone");
    click(
        &mut harness,
        "Choose Ammattikorkeakoulu Savotta (Pohjolan hyvinvointialue)",
    );
    harness.get_by_label_contains("The joint view will have 7 actors.");
    click(&mut harness, "Combine");

    let app = harness.state();
    assert!(app.dialogs.combine.is_none(), "the review closed");
    let p = app.project();
    assert!(p.problems().is_empty(), "{:?}", p.problems());
    assert_eq!(p.actors.len(), 7);
    assert_eq!(p.joint.as_ref().expect("joint").members.len(), 3);
    assert_eq!(
        seers(p, "Järvilinnan kaupunki"),
        ["Pohjolan hyvinvointialue", "Etähoiva"]
    );
    assert_eq!(seers(p, "Etähoiva"), ["Etähoiva"], "kept apart");
    assert_eq!(
        seers(p, "Etähoiva Oy"),
        ["Pohjolan hyvinvointialue", "Muistiyhdistys r.y."]
    );
    assert_eq!(
        seers(p, "Ammattikorkeakoulu Savotta"),
        ["Pohjolan hyvinvointialue", "Muistiyhdistys r.y."]
    );
    assert!(app.path.is_none(), "an untitled project");
    assert!(app.doc.is_dirty(), "not saved yet");
    assert!(
        status(&harness).starts_with("Combined the views of 3 members: 7 actors"),
        "{}",
        status(&harness)
    );
    // The members' files are only read.
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).expect("reads");
        assert!(!text.contains("joint"), "{} untouched", path.display());
    }
}

#[test]
fn only_uncertain_rows_can_be_shown_and_cancel_changes_nothing() {
    let example = verkosto::example::project();
    let mut harness = harness(example.clone());
    choose(&mut harness, "Combine members' views…", &fixtures());
    click(&mut harness, "Show: Only uncertain");
    let review = harness.state().dialogs.combine.as_ref().expect("review");
    assert_eq!(review.shown.len(), 1, "only the similar name");
    harness.get_by_label("Accept: Järvilinnan kaupunki, sosiaalitoimi (Etähoiva)");
    assert!(harness.query_by_label("Reject: Etähoiva (Etähoiva)").is_none());
    // Without a match: the actors nobody else names (not those others were matched to).
    click(&mut harness, "Show: Without a match");
    let review = harness.state().dialogs.combine.as_ref().expect("review");
    let alone: Vec<&str> = review
        .shown
        .iter()
        .map(|&i| review.named(review.rows[i].actor).expect("named").name.as_str())
        .collect();
    assert_eq!(
        alone,
        [
            "Ammattikorkeakoulu Savotta",
            "Teknologiakumppani Bitti Oy",
            "Seurakunta"
        ]
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().dialogs.combine.is_none(), "Escape cancels");
    assert_eq!(*harness.state().project(), example);
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn a_bad_members_file_is_named_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("rikki.ron");
    std::fs::write(&bad, "(tämä ei ole projekti").expect("writes");
    let example = verkosto::example::project();
    let mut harness = harness(example.clone());
    choose(&mut harness, "Combine members' views…", &[fixture(FILES[0]), bad]);
    let app = harness.state();
    assert!(app.dialogs.combine.is_none(), "no review");
    let error = app.status.as_ref().expect("status");
    assert!(error.error, "a failure");
    assert!(error.text.contains("rikki.ron"), "{}", error.text);
    let full = app.dialogs.error.as_ref().expect("the failure in full");
    assert!(full.contains("Nothing was combined"), "{full}");
    assert_eq!(*app.project(), example);
    assert!(!app.doc.is_dirty());
}

#[test]
fn one_file_is_too_few_for_a_new_joint_view() {
    let mut harness = harness(verkosto::example::project());
    choose(&mut harness, "Combine members' views…", &[fixture(FILES[0])]);
    assert!(harness.state().dialogs.combine.is_none());
    assert!(status(&harness).contains("at least two"), "{}", status(&harness));
}

#[test]
fn updating_the_open_joint_project_is_one_undo_step() {
    let joint = build(&Review::new(None, fixtures().iter().map(|p| member(p)).collect())).project;
    // Etähoiva's file of the next round names one more partner.
    let dir = tempfile::tempdir().expect("dir");
    let mut care = verkosto::io::load(&fixture("etahoiva.ron")).expect("loads");
    let mut partner = care.actors[3].clone();
    partner.id = ActorId(99);
    partner.name = "Kotiapu Kumppani".into();
    care.actors.push(partner);
    let next = dir.path().join("etahoiva.ron");
    verkosto::io::save(&next, &care).expect("saves");

    let mut harness = harness(joint.clone());
    choose(&mut harness, "Update the joint view with members' files…", &[next]);
    harness.get_by_label("Update the joint view");
    harness.get_by_label_contains("The joint view will have 9 actors.");
    click(&mut harness, "Combine");
    let p = harness.state().project();
    assert_eq!(p.actors.len(), joint.actors.len() + 1);
    assert_eq!(seers(p, "Kotiapu Kumppani"), ["Etähoiva"]);
    assert_eq!(
        p.joint.as_ref().expect("joint").members.len(),
        3,
        "no member added twice"
    );
    assert!(status(&harness).contains("Undo: Ctrl+Z"), "{}", status(&harness));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(*harness.state().project(), joint, "one undo step restores it");
}

#[test]
fn a_new_joint_view_asks_to_save_the_changes_first() {
    let mut harness = harness(verkosto::example::project());
    common::rename(&mut harness, "Muutettu");
    choose(&mut harness, "Combine members' views…", &fixtures());
    click(&mut harness, "Combine");
    harness.get_by_label("Don't save").click();
    harness.run();
    let p = harness.state().project();
    assert!(p.joint.is_some(), "the joint project is open");
    assert_eq!(p.actors.len(), 8);
}

/// Texts painted elided, or cut off at the window's edge.
fn problems(harness: &Harness<'static, App>) -> Vec<String> {
    fn collect(shape: &Shape, clip: Rect, out: &mut Vec<(String, bool, Rect, Rect)>) {
        match shape {
            Shape::Text(t) => out.push((
                t.galley.text().to_owned(),
                t.galley.elided,
                t.visual_bounding_rect(),
                clip,
            )),
            Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, clip, out)),
            _ => {}
        }
    }
    let fields: Vec<Rect> = harness
        .query_all(By::new().role(egui::accesskit::Role::TextInput))
        .map(|n| n.rect())
        .collect();
    let screen = harness.ctx.content_rect();
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, clipped.clip_rect, &mut texts);
    }
    let mut found = Vec::new();
    for (text, elided, rect, clip) in texts {
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let visible = clip.intersect(screen);
        let cut = rect.max.x > visible.max.x + 1.0 || rect.min.x < visible.min.x - 1.0;
        let in_field = fields.iter().any(|f| f.expand(2.0).contains_rect(clip));
        if elided || (cut && !in_field) {
            found.push(format!(
                "{text:?} at x {:.0}–{:.0} (elided {elided})",
                rect.min.x, rect.max.x
            ));
        }
    }
    found
}

#[test]
fn the_review_fits_a_projector_in_both_languages() {
    let mut all = Vec::new();
    for lang in [Lang::Fi, Lang::En] {
        for (w, h) in [(1024.0, 768.0), (1280.0, 800.0)] {
            let mut harness = common::app(verkosto::example::project()).size(w, h).lang(lang).build();
            let review = verkosto::app::combining::read_members(&fixtures(), None, lang).expect("reads");
            harness.state_mut().dialogs.combine = Some(review);
            harness.run_steps(4);
            harness.run();
            all.extend(problems(&harness).into_iter().map(|p| format!("{w}×{h} {lang:?}: {p}")));
            // The hand choice too.
            if let Some(review) = harness.state_mut().dialogs.combine.as_mut() {
                review.start_pick(0);
            }
            harness.run_steps(4);
            harness.run();
            all.extend(
                problems(&harness)
                    .into_iter()
                    .map(|p| format!("{w}×{h} {lang:?} picking: {p}")),
            );
        }
    }
    assert!(all.is_empty(), "{} texts do not fit:\n{}", all.len(), all.join("\n"));
}
