//! What every UI test starts from: the whole app in an egui_kittest harness, set up the way the
//! test needs it (project, phase, language, window size, the map's tab, app options).

// Each test file is its own crate and uses only the part of this module it needs.
#![allow(dead_code)]

use egui_kittest::Harness;
use verkosto::app::{AppOptions, VerkostoApp};
use verkosto::i18n::Lang;
use verkosto::model::{PhaseId, Project};
use verkosto::ui::Window;
use verkosto::ui::map::Tab;

/// The state a UI test drives: the whole window (the app and its views). It reads as the app
/// (`harness.state().project()`); the views' own state is `harness.state().views`.
pub type App = Window;

/// How the app is set up before its first frame.
pub struct Setup {
    app: VerkostoApp,
    size: egui::Vec2,
    tab: Option<Tab>,
}

/// The app showing `project`, as tests use it: no settings, recovery or native dialogs, English,
/// a 1280 × 800 window.
pub fn app(project: Project) -> Setup {
    Setup {
        app: VerkostoApp::for_tests(project),
        size: egui::vec2(1280.0, 800.0),
        tab: None,
    }
}

/// The app showing `project` with `options` (for example a recovery file); English.
pub fn app_with_options(project: Project, options: AppOptions) -> Setup {
    Setup {
        app: VerkostoApp::with_options(project, options),
        size: egui::vec2(1280.0, 800.0),
        tab: None,
    }
}

/// The app `app`, set up by the test itself (options, intervals, a writer).
pub fn app_with(app: VerkostoApp) -> Setup {
    Setup {
        app,
        size: egui::vec2(1280.0, 800.0),
        tab: None,
    }
}

impl Setup {
    /// The window's size in points.
    pub fn size(mut self, width: f32, height: f32) -> Setup {
        self.size = egui::vec2(width, height);
        self
    }

    /// The phase open at the start.
    pub fn phase(mut self, phase: PhaseId) -> Setup {
        self.app.view.phase = phase;
        self
    }

    /// The interface language.
    pub fn lang(mut self, lang: Lang) -> Setup {
        self.app.settings.lang = lang;
        self
    }

    /// The tab of phase 1's workspace open at the start (the map, the tables, the worksheet …).
    pub fn tab(mut self, tab: Tab) -> Setup {
        self.tab = Some(tab);
        self
    }

    /// The harness after its first frame; the test runs it further as it needs (`run()` to
    /// settle, or a few steps when a view animates).
    pub fn build(self) -> Harness<'static, App> {
        let harness = Harness::builder()
            .with_size(self.size)
            .build_ui_state(|ui, window: &mut App| window.show(ui), Window::new(self.app));
        if let Some(tab) = self.tab {
            verkosto::ui::map::open_tab(&harness.ctx, tab);
        }
        harness
    }
}

/// Renames the open project, as typing in its properties would, and lets a frame pass.
pub fn rename(harness: &mut Harness<'static, App>, name: &str) {
    let mut meta = harness.state().project().meta.clone();
    meta.name = name.into();
    harness
        .state_mut()
        .doc
        .apply(verkosto::model::Edit::SetMeta(meta), None)
        .expect("applies");
    harness.run();
}

/// The three members' files of tests/fixtures/combine (overlapping partly: exact, legal form
/// only, similar and unmatched names), as read for combining.
pub fn member_files() -> Vec<verkosto::combine::MemberFile> {
    ["hyvinvointialue.ron", "etahoiva.ron", "muistiyhdistys.ron"]
        .iter()
        .map(|f| verkosto::combine::MemberFile {
            source: (*f).to_owned(),
            project: verkosto::io::load(std::path::Path::new(&format!("tests/fixtures/combine/{f}")))
                .expect("fixture loads"),
        })
        .collect()
}

/// Those members' views combined into a joint project with the proposals as made (similar
/// names not yet accepted), as File → Combine members' views… gives it.
pub fn joint_project() -> Project {
    verkosto::combine::build(&verkosto::combine::Review::new(None, member_files())).project
}
