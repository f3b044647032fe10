//! "Save anyway?" before a save would drop fields this version does not know, or replace a
//! change someone else made to the file on disk.

use crate::app::safe_msg as m;
use crate::app::{Command, GuardChoice, GuardReason, Outbox, SaveGuard};
use crate::i18n::{Lang, msg};

/// Asks about `guard`. Save anyway and Save as… send [`Command::GuardedSave`]; returns false
/// when cancelled.
pub fn show(ctx: &egui::Context, guard: &SaveGuard, lang: Lang, out: &mut Outbox) -> bool {
    let mut keep_open = true;
    let file = guard.path.display().to_string();
    egui::Modal::new(egui::Id::new("save_guard")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(m::GUARD_TITLE.get(lang));
        match &guard.reason {
            GuardReason::UnknownFields(fields) => {
                ui.label(m::GUARD_UNKNOWN.fmt(lang, &[("file", &file)]));
                egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
                    for field in fields {
                        ui.label(format!("• {field}"));
                    }
                });
            }
            GuardReason::ChangedOnDisk => {
                ui.label(m::GUARD_DISK.fmt(lang, &[("file", &file)]));
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for choice in [GuardChoice::SaveAnyway, GuardChoice::SaveAs] {
                let command = Command::GuardedSave(choice);
                if ui.button(command.label().get(lang)).clicked() {
                    out.command(command);
                }
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || super::escape(ui) {
                keep_open = false;
            }
        });
    });
    keep_open
}
