//! One frame of the app: shortcuts, panels, dialogs, then the queued edits and commands.

use super::{Command, Outbox, VerkostoApp};
use crate::i18n::msg;
use crate::io::recovery;
use egui::{Id, KeyboardShortcut};
use std::time::Instant;

impl VerkostoApp {
    /// Shows the whole window into `ui` and handles its input. Used by eframe and by tests.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::ui::widgets::set_lang(&ctx, self.lang());
        self.apply_style(&ctx);
        self.handle_close_request(&ctx);
        let mut out = Outbox::default();
        self.read_shortcuts(&ctx, &mut out);
        self.seal_merging_if_focus_moved(&ctx);
        self.poll_file_dialogs(&ctx);
        self.handle_dropped_files(&ctx, &mut out);

        crate::ui::shell(ui, self, &mut out);

        for (edit, key) in std::mem::take(&mut out.edits) {
            let key = key.map(|id| id.value());
            if let Err(e) = self.doc.apply(edit, key) {
                let text = msg::EDIT_FAILED.fmt(self.lang(), &[("reason", &e)]);
                self.fail(text);
            }
        }
        for command in std::mem::take(&mut out.commands) {
            self.run(command);
        }
        self.autosave(&ctx);
        if self.quit_requested {
            self.quit_requested = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // Sending a viewport command wakes the app, so only send the title when it changes.
        let title = self.title();
        if self.last_title.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = Some(title);
        }
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        if !self.fonts_installed {
            // New fonts become active at the next pass; the styles that name the bold face
            // must wait for it, or text would be laid out with a font family not yet bound.
            crate::ui::style::install_fonts(ctx);
            self.fonts_installed = true;
            ctx.request_repaint();
            return;
        }
        let wanted = (self.settings.dark, self.lang());
        if self.style_applied == Some(wanted) {
            return;
        }
        self.style_applied = Some(wanted);
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        crate::ui::style::apply(ctx, self.settings.dark);
    }

    /// Closing the window with unsaved changes asks first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialogs.confirm = Some(super::Pending::Quit);
            } else {
                self.clear_recovery();
            }
        }
    }

    fn read_shortcuts(&mut self, ctx: &egui::Context, out: &mut Outbox) {
        // Shortcuts are taken before any widget runs, so a text field's own undo never sees
        // Ctrl+Z: undo always means the project's undo.
        let modal = self.dialogs.confirm.is_some() || self.files.entry.is_some() || self.dialogs.recovery.is_some();
        if modal {
            return;
        }
        for command in Command::with_shortcuts() {
            let mut shortcuts: Vec<KeyboardShortcut> = command.shortcut().into_iter().collect();
            shortcuts.extend(command.alternative_shortcuts());
            for shortcut in shortcuts {
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    out.command(command.clone());
                }
            }
        }
    }

    /// Typing in one field is one undo step; moving to another field starts a new one.
    fn seal_merging_if_focus_moved(&mut self, ctx: &egui::Context) {
        let active: Option<Id> = ctx.memory(|m| m.focused()).or_else(|| ctx.dragged_id());
        if active != self.last_focus {
            self.doc.seal();
        }
        self.last_focus = active;
    }

    fn poll_file_dialogs(&mut self, ctx: &egui::Context) {
        if self.files.waiting() {
            // Wake up now and then to see whether the dialog has answered; no busy loop.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some((purpose, path)) = self.files.poll() {
            self.path_chosen(purpose, path);
        }
    }

    /// Acts on a path chosen in a dialog or typed in the path field.
    pub fn path_chosen(&mut self, purpose: super::Purpose, path: std::path::PathBuf) {
        match purpose {
            super::Purpose::Open => self.open_path(&path),
            super::Purpose::SaveAs(then) => {
                if self.save_to(&path)
                    && let Some(next) = then
                {
                    self.proceed(next);
                }
            }
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context, out: &mut Outbox) {
        let dropped: Vec<_> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            let is_ron = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
            if is_ron {
                out.command(Command::OpenPath(path));
            } else {
                let text = msg::DROP_NOT_RON.fmt(self.lang(), &[("file", &path.display())]);
                self.fail(text);
            }
        }
    }

    /// Writes the recovery file a few seconds after the last change, while changes are unsaved.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(path) = self.recovery_path.clone() else { return };
        let revision = self.doc.revision();
        if !self.doc.is_dirty() || self.autosaved_revision == Some(revision) {
            return;
        }
        let changed_at = match self.last_change {
            Some((r, at)) if r == revision => at,
            _ => {
                let now = Instant::now();
                self.last_change = Some((revision, now));
                now
            }
        };
        let due = changed_at + super::AUTOSAVE_DELAY;
        let now = Instant::now();
        if now >= due {
            if recovery::write(&path, self.project(), self.path.as_deref()).is_ok() {
                self.autosaved_revision = Some(revision);
            }
        } else {
            ctx.request_repaint_after(due - now);
        }
    }

    /// Removes the recovery file: the changes were saved or given up on purpose.
    pub(super) fn clear_recovery(&mut self) {
        if let Some(path) = &self.recovery_path {
            recovery::clear(path);
        }
        self.autosaved_revision = None;
    }

    /// Restores the offered recovery file as an unsaved project.
    pub fn restore_recovery(&mut self) {
        if let Some(found) = self.dialogs.recovery.take() {
            let origin = found.origin.clone();
            self.doc = super::Document::new(found.project, false);
            self.path = origin;
            self.say(msg::RECOVERED.get(self.lang()).into());
        }
    }

    /// Discards the offered recovery file.
    pub fn discard_recovery(&mut self) {
        self.dialogs.recovery = None;
        self.clear_recovery();
    }

    /// Whether the user may close the window now (no unsaved changes, or they chose).
    pub fn may_close(&self) -> bool {
        self.allow_close || !self.doc.is_dirty()
    }
}

impl eframe::App for VerkostoApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// The window icon: the 256 px rendering of assets/icons/verkosto.svg (packaging/make-icons).
const WINDOW_ICON: &[u8] = include_bytes!("../../assets/icons/png/verkosto-256.png");

/// Opens the main window with `file`, or the example project when there is none.
pub fn run_window(file: Option<std::path::PathBuf>) -> Result<(), String> {
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
        Box::new(move |_cc| Ok(Box::new(VerkostoApp::startup(file, super::AppOptions::default())))),
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
