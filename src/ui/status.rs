//! The status bar: file, saved state, counts and the latest message; and the notice above the
//! views while the document is read-only.

use crate::app::safe_msg as m;
use crate::app::{Command, Outbox, VerkostoApp};
use crate::i18n::msg;

/// While the document is read-only (another window has its file open), a strip under the menu
/// bar says so and how to get an editable copy: Save as…, or Edit anyway.
pub fn read_only_notice(ui: &mut egui::Ui, app: &VerkostoApp, out: &mut Outbox) {
    if !app.read_only() {
        return;
    }
    let lang = app.lang();
    egui::Panel::top("read_only_notice").show(ui, |ui| {
        ui.add_space(2.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(m::READ_ONLY_NOTICE_MARK.get(lang)).strong());
            ui.label(m::READ_ONLY_NOTICE.fmt(lang, &[("file", &app.file_label())]));
            for command in [Command::SaveAs, Command::EditAnyway] {
                if ui.button(command.label().get(lang)).clicked() {
                    out.command(command);
                }
            }
        });
        ui.add_space(2.0);
    });
}

/// Draws the status bar at the bottom of the window.
pub fn status_bar(ui: &mut egui::Ui, app: &VerkostoApp) {
    let lang = app.lang();
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let file = app
                .path
                .as_ref()
                .map_or_else(|| app.unsaved_label().to_owned(), |p| p.display().to_string());
            ui.label(file);
            ui.separator();
            let state = if !app.doc.is_dirty() {
                msg::STATUS_SAVED
            } else if app.path.is_none() {
                msg::STATUS_NOT_SAVED_YET
            } else {
                msg::STATUS_UNSAVED
            };
            ui.label(state.get(lang));
            ui.separator();
            let p = app.project();
            ui.label(msg::STATUS_COUNTS.fmt(lang, &[("actors", &p.actors.len()), ("relations", &p.relations.len())]));
            ui.separator();
            ui.label(msg::STATUS_PHASE.fmt(lang, &[("number", &app.view.phase.number())]));
            if let Some(status) = &app.status {
                ui.separator();
                if app.transfers.busy() {
                    ui.spinner();
                }
                let colour = if status.error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.colored_label(colour, &status.text);
            }
        });
    });
}
