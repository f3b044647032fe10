//! The app's part of one frame: input read before the views run, and the views' edits and
//! commands applied after them (the views themselves are drawn by `crate::ui::Window`).

use super::{Command, Outbox, VerkostoApp};
use crate::i18n::msg;
use egui::{Id, KeyboardShortcut};

impl VerkostoApp {
    /// The start of a frame, before any view runs: the window's close button, keyboard
    /// shortcuts, the end of an undo step when focus moves, answers from file dialogs and
    /// dropped files. Returns the outbox the views fill.
    pub fn begin_frame(&mut self, ctx: &egui::Context) -> Outbox {
        self.handle_close_request(ctx);
        let mut out = Outbox::default();
        self.read_shortcuts(ctx, &mut out);
        self.seal_merging_if_focus_moved(ctx);
        self.poll_opening();
        self.poll_file_dialogs(ctx);
        self.poll_export(ctx);
        self.poll_combining(ctx);
        self.handle_dropped_files(ctx, &mut out);
        out
    }

    /// The end of a frame, after every view ran: applies the views' edits, then runs their
    /// commands, so the project never changes mid-frame; then autosaves, closes the window when
    /// asked to, and keeps the window title up to date.
    pub fn end_frame(&mut self, ctx: &egui::Context, mut out: Outbox) {
        let edits = std::mem::take(&mut out.edits);
        if self.read_only() && !edits.is_empty() {
            // Whatever view made them (a field, a drag on the map, a key): none is applied.
            self.refuse_edit();
        }
        let edits = if self.read_only() { Vec::new() } else { edits };
        for (edit, key) in edits {
            let key = key.map(|id| id.value());
            if let Err(e) = self.doc.apply(edit, key) {
                let text = msg::EDIT_FAILED.fmt(self.lang(), &[("reason", &e)]);
                self.fail(text);
            }
        }
        for command in std::mem::take(&mut out.commands) {
            self.run(command);
        }
        self.watch(ctx);
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

    /// Closing the window with unsaved changes asks first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialogs.confirm = Some(super::Pending::Quit);
            } else {
                self.clear_recovery();
                self.release_doc_lock();
            }
        }
    }

    fn read_shortcuts(&mut self, ctx: &egui::Context, out: &mut Outbox) {
        // Shortcuts are taken before any widget runs, so a text field's own undo never sees
        // Ctrl+Z: undo always means the project's undo.
        let modal = self.dialogs.confirm.is_some()
            || self.files.entry.is_some()
            || !self.dialogs.recovery.is_empty()
            || self.dialogs.save_guard.is_some()
            || self.dialogs.disk_changed
            || self.dialogs.import.is_some()
            || self.dialogs.open_elsewhere.is_some()
            || self.dialogs.combine.is_some();
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
        if let Some((purpose, paths)) = self.files.poll() {
            self.path_chosen(purpose, paths);
        }
    }

    /// Acts on the paths chosen in a dialog or typed in the path field (only an import takes
    /// more than one).
    pub(super) fn path_chosen(&mut self, purpose: super::Purpose, paths: Vec<std::path::PathBuf>) {
        if purpose == super::Purpose::Import {
            return self.read_import(&paths);
        }
        if let super::Purpose::Combine(update) = purpose {
            return self.start_combine(paths, update);
        }
        let Some(path) = paths.into_iter().next() else {
            return;
        };
        match purpose {
            super::Purpose::Open => self.open_path(&path),
            super::Purpose::Export(request, _) => self.start_export(request, path),
            super::Purpose::Import | super::Purpose::Combine(_) => {}
            super::Purpose::SaveAs(then) => {
                self.save_then(&path, then);
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
        // Several importable files dropped together are one import (an actor CSV and a
        // relation CSV); otherwise the first file counts.
        if dropped.len() > 1 && dropped.iter().all(|p| super::transfer::is_importable(p)) {
            out.command(Command::ImportPaths(dropped));
        } else if let Some(path) = dropped.into_iter().next() {
            let is_ron = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
            if is_ron {
                out.command(Command::OpenPath(path));
            } else if super::transfer::is_importable(&path) {
                out.command(Command::ImportPaths(vec![path]));
            } else {
                let text = msg::DROP_NOT_RON.fmt(self.lang(), &[("file", &path.display())]);
                self.fail(text);
            }
        }
    }
}
