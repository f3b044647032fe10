//! "Save the changes first?" before New, Open or closing the window would lose them.

use crate::app::{Command, Outbox, UnsavedChoice};
use crate::i18n::{Lang, msg};

/// Asks about the unsaved changes of the project called `name` (the action waiting for the
/// answer is in the app). Save and Don't save send [`Command::ConfirmUnsaved`]; returns false
/// when cancelled.
pub fn show(ctx: &egui::Context, name: &str, lang: Lang, out: &mut Outbox) -> bool {
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("confirm_unsaved")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(msg::CONFIRM_TITLE.get(lang));
        ui.label(msg::CONFIRM_TEXT.fmt(lang, &[("name", &name)]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for choice in [UnsavedChoice::Save, UnsavedChoice::Discard] {
                let command = Command::ConfirmUnsaved(choice);
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
