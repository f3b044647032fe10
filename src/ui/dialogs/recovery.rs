//! The offer, at start, to restore the unsaved changes kept in the recovery file.

use crate::app::{Command, Outbox};
use crate::i18n::{Lang, msg};
use crate::io::recovery::Recovered;

/// Offers to restore `found`. Restore sends [`Command::RestoreRecovery`], Discard
/// [`Command::DiscardRecovery`]; there is no closing it without a choice.
pub fn show(ctx: &egui::Context, found: &Recovered, lang: Lang, out: &mut Outbox) {
    let name = found.project.display_name();
    egui::Modal::new(egui::Id::new("recovery")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(msg::RECOVER_TITLE.get(lang));
        ui.label(msg::RECOVER_TEXT.fmt(lang, &[("name", &name), ("time", &found.written)]));
        ui.horizontal(|ui| {
            for command in [Command::RestoreRecovery, Command::DiscardRecovery] {
                if ui.button(command.label().get(lang)).clicked() {
                    out.command(command);
                }
            }
        });
    });
}
