//! The window: the app's state and what only the views remember, and the frame loop that eframe
//! (and every UI test) runs — the app reads its input, the views draw and fill the outbox, the
//! app applies it.

use super::map::MapState;
use super::sheets::SheetsState;
use crate::app::{AppOptions, VerkostoApp};
use crate::i18n::Lang;
use std::path::PathBuf;

/// What only the views remember between frames: never part of the document, of undo or of the
/// app's state, and forgotten when another document is opened.
#[derive(Debug, Default)]
pub struct Views {
    /// The worksheets' view state.
    pub sheets: SheetsState,
    /// The network map's camera, options, gestures and caches.
    pub map: MapState,
    /// The presentation (F5).
    pub present: super::present::PresentState,
}

/// The whole window: the app and its views.
pub struct Window {
    /// The application state the views show and the commands change.
    pub app: VerkostoApp,
    /// What only the views remember.
    pub views: Views,
    /// The theme and language the style was last set up for.
    style_applied: Option<(bool, Lang)>,
    fonts_installed: bool,
    /// The app's document count when `views` was last reset.
    document_seen: u64,
}

// The window is the app with its views beside it; reading the app through it (in tests, say
// `harness.state().project()`) needs no `.app` everywhere.
impl std::ops::Deref for Window {
    type Target = VerkostoApp;

    fn deref(&self) -> &VerkostoApp {
        &self.app
    }
}

impl std::ops::DerefMut for Window {
    fn deref_mut(&mut self) -> &mut VerkostoApp {
        &mut self.app
    }
}

impl Window {
    /// The window showing `app`.
    pub fn new(app: VerkostoApp) -> Window {
        let document_seen = app.documents_opened();
        Window {
            app,
            views: Views::default(),
            style_applied: None,
            fonts_installed: false,
            document_seen,
        }
    }

    /// Shows the whole window into `ui` and handles its input: one frame. Used by eframe and by
    /// tests.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.app.documents_opened() != self.document_seen {
            self.document_seen = self.app.documents_opened();
            self.views = Views::default();
        }
        super::kit::set_lang(&ctx, self.app.lang());
        self.apply_style(&ctx);
        let mut out = self.app.begin_frame(&ctx);
        if let Some(from_start) = self.app.view.present_request.take()
            && !self.views.present.active
        {
            let phase = self.app.view.phase;
            self.views.present.start(&ctx, self.app.project(), phase, from_start);
        }
        if self.views.present.active {
            super::present::show(ui, &mut self.app, &mut self.views.present, &mut out);
        } else {
            super::shell::shell(ui, &mut self.app, &mut self.views.map, &mut out);
        }
        self.app.end_frame(&ctx, out);
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        if !self.fonts_installed {
            // New fonts become active at the next pass; the styles that name the bold face
            // must wait for it, or text would be laid out with a font family not yet bound.
            // The theme need not wait: the first frame is light or dark as the user chose.
            ctx.set_theme(theme(self.app.settings.dark));
            super::style::install_fonts(ctx);
            self.fonts_installed = true;
            ctx.request_repaint();
            return;
        }
        let dark = self.app.settings.dark;
        let wanted = (dark, self.app.lang());
        if self.style_applied == Some(wanted) {
            return;
        }
        self.style_applied = Some(wanted);
        ctx.set_theme(theme(dark));
        super::style::apply(ctx, dark);
    }
}

fn theme(dark: bool) -> egui::Theme {
    if dark { egui::Theme::Dark } else { egui::Theme::Light }
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// The window icon: the 256 px rendering of assets/icons/verkosto.svg (packaging/make-icons).
const WINDOW_ICON: &[u8] = include_bytes!("../../assets/icons/png/verkosto-256.png");

/// Opens the main window with `file`, or the example project when there is none.
pub fn run_window(file: Option<PathBuf>) -> Result<(), String> {
    // The app id names the installed desktop file (packaging/fi.verkosto.Verkosto.desktop), so
    // the desktop matches the window to its menu entry and icon.
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Verkosto")
        .with_app_id("fi.verkosto.Verkosto")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 420.0])
        .with_drag_and_drop(true);
    // Without the icon the window keeps eframe's default one; that is no reason not to start.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Verkosto",
        options,
        Box::new(move |cc| {
            let mut app = VerkostoApp::startup(None, AppOptions::default());
            // The first frame already in the user's theme (not the system's, then switched).
            cc.egui_ctx.set_theme(theme(app.settings.dark));
            // The window shows at once; a large file is read beside it.
            if let Some(file) = file {
                app.open_in_background(file, &cc.egui_ctx);
            }
            Ok(Box::new(Window::new(app)))
        }),
    )
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    /// The window icon is loaded leniently at start-up, so a broken PNG would only show as
    /// eframe's default icon: this catches it.
    #[test]
    fn window_icon_is_a_square_256_px_png() {
        match eframe::icon_data::from_png_bytes(super::WINDOW_ICON) {
            Ok(icon) => {
                assert_eq!((icon.width, icon.height), (256, 256));
                assert_eq!(icon.rgba.len(), 256 * 256 * 4);
            }
            Err(e) => panic!("the window icon is no PNG: {e}"),
        }
    }
}
