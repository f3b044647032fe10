//! Every view fits, from a 1024×768 projector to 1920×1080, in Finnish and English: each phase
//! and each tab of phase 1 is drawn with the example project, and no text is elided ("Verkostop…")
//! or cut off sideways by a panel edge, unless it sits in a table that scrolls sideways (read
//! from what is painted: each text's galley and the clip rectangle it is painted in).

mod common;

use egui::accesskit::Role;
use egui::{Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable};
use verkosto::i18n::Lang;
use verkosto::model::{ActorId, PhaseId, Project};
use verkosto::ui::map::Tab;

/// Window sizes in points: a 1024×768 projector, a 1280×800 laptop, 1920×1080, and 1280×800
/// zoomed to 150 % with Ctrl+plus (853×533 points).
const SIZES: [(f32, f32); 4] = [(1024.0, 768.0), (1280.0, 800.0), (1920.0, 1080.0), (853.0, 533.0)];
const TABS: [Tab; 4] = [Tab::Actors, Tab::Relations, Tab::Portfolio, Tab::Worksheet];

/// Where a view does not fit: one line per text that is elided or cut off.
fn problems(harness: &Harness<'static, common::App>) -> Vec<String> {
    let scrolls = verkosto::ui::kit::scroll::horizontal_regions(&harness.ctx);
    // Single-line fields scroll their own text; that is not a layout fault.
    let fields: Vec<Rect> = harness
        .query_all(By::new().role(Role::TextInput))
        .chain(harness.query_all(By::new().role(Role::MultilineTextInput)))
        .map(|n| n.rect())
        .collect();
    let screen = harness.ctx.content_rect();
    let mut found = Vec::new();
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect_texts(&clipped.shape, clipped.clip_rect, &mut texts);
    }
    for (text, elided, rect, clip) in texts {
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        if elided {
            found.push(format!(
                "elided: {text:?} at x {:.0}–{:.0}, y {:.0}",
                rect.min.x, rect.max.x, rect.min.y
            ));
            continue;
        }
        let visible = clip.intersect(screen);
        let cut = rect.max.x > visible.max.x + 1.0 || rect.min.x < visible.min.x - 1.0;
        if !cut {
            continue;
        }
        // In a sideways-scrolling region: the text lies in its rows (at or right of its left side), and its clip does not reach past
        // the region's sides (the region may be scrolled out of view vertically).
        let in_scroll = scrolls.iter().any(|s| {
            let rows = rect.min.y < s.max.y && rect.max.y > s.min.y && rect.min.x >= s.min.x - 1.0;
            rows && clip.min.x.max(s.min.x) >= s.min.x - 1.0 && clip.max.x.min(s.max.x) <= s.max.x + 1.0
        });
        let in_field = fields.iter().any(|f| f.expand(2.0).contains_rect(clip));
        if !in_scroll && !in_field {
            found.push(format!(
                "cut off: {text:?} at x {:.0}–{:.0}, visible {:.0}–{:.0}",
                rect.min.x, rect.max.x, visible.min.x, visible.max.x
            ));
        }
    }
    found
}

fn collect_texts(shape: &Shape, clip: Rect, out: &mut Vec<(String, bool, Rect, Rect)>) {
    match shape {
        Shape::Text(t) => out.push((
            t.galley.text().to_owned(),
            t.galley.elided,
            t.visual_bounding_rect(),
            clip,
        )),
        Shape::Vec(shapes) => shapes.iter().for_each(|s| collect_texts(s, clip, out)),
        _ => {}
    }
}

fn check(phase: PhaseId, tab: Option<Tab>, lang: Lang, (w, h): (f32, f32), all: &mut Vec<String>) {
    check_project(verkosto::example::project(), None, phase, tab, lang, (w, h), all);
}

/// As [`check`], for `project` with `selected` selected.
fn check_project(
    project: Project,
    selected: Option<ActorId>,
    phase: PhaseId,
    tab: Option<Tab>,
    lang: Lang,
    (w, h): (f32, f32),
    all: &mut Vec<String>,
) {
    let mut setup = common::app(project).size(w, h).lang(lang).phase(phase);
    if let Some(tab) = tab {
        setup = setup.tab(tab);
    }
    let mut harness = setup.build();
    if let Some(id) = selected {
        harness.state_mut().view.selection = verkosto::ui::Selection::Actors(vec![id]);
    }
    harness.run();
    for p in problems(&harness) {
        all.push(format!("{w}×{h} {lang:?} phase {} {tab:?}: {p}", phase.number()));
    }
}

fn check_all(lang: Lang) {
    let mut all = Vec::new();
    for size in SIZES {
        for phase in PhaseId::ALL {
            check(phase, None, lang, size, &mut all);
        }
        for tab in TABS {
            check(PhaseId::Mapping, Some(tab), lang, size, &mut all);
        }
    }
    let ex = verkosto::example::project();
    let first = ex.actors.iter().find(|a| !a.own).map(|a| a.id);
    for lang in [Lang::Fi, Lang::En] {
        for size in SIZES {
            check_project(
                ex.clone(),
                first,
                PhaseId::Mapping,
                Some(Tab::Worksheet),
                lang,
                size,
                &mut all,
            );
        }
    }
    assert!(all.is_empty(), "{} texts do not fit:\n{}", all.len(), all.join("\n"));
}

#[test]
fn every_view_fits_in_finnish() {
    check_all(Lang::Fi);
}

#[test]
fn every_view_fits_in_english() {
    check_all(Lang::En);
}

/// The members' files of tests/fixtures/combine combined, with competences to lay over each
/// other.
fn joint() -> Project {
    let mut project = common::joint_project();
    if let Some(joint) = project.joint.as_mut() {
        joint.members[0].own.competences = vec![("Kotihoito".into(), Some(4)), ("Digituki".into(), Some(1))];
        joint.members[1].own.competences = vec![("Etäpalveluiden teknologia".into(), Some(3))];
    }
    project
}

#[test]
fn a_joint_projects_views_fit() {
    let mut all = Vec::new();
    let project = joint();
    let region = project
        .actors
        .iter()
        .find(|a| a.name == "Pohjolan hyvinvointialue")
        .map(|a| a.id);
    for lang in [Lang::Fi, Lang::En] {
        for size in SIZES {
            for phase in &PhaseId::ALL[1..5] {
                check_project(project.clone(), None, *phase, None, lang, size, &mut all);
            }
            for tab in [Tab::Map, Tab::Worksheet, Tab::Disagreements] {
                check_project(
                    project.clone(),
                    region,
                    PhaseId::Mapping,
                    Some(tab),
                    lang,
                    size,
                    &mut all,
                );
            }
        }
    }
    let ex = verkosto::example::project();
    let first = ex.actors.iter().find(|a| !a.own).map(|a| a.id);
    for lang in [Lang::Fi, Lang::En] {
        for size in SIZES {
            check_project(
                ex.clone(),
                first,
                PhaseId::Mapping,
                Some(Tab::Worksheet),
                lang,
                size,
                &mut all,
            );
        }
    }
    assert!(all.is_empty(), "{} texts do not fit:\n{}", all.len(), all.join("\n"));
}
