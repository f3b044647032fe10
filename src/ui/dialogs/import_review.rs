//! The review step of an import: what the file would add, update and refuse (with the sheet,
//! row and reason), before anything changes. The user imports into the open project (one
//! undoable edit), opens the file as a new project, or cancels; a file with refused rows
//! imports nothing unless the user ticks "skip the refused rows".

use crate::app::transfer::{self as text, ImportReview};
use crate::app::{Command, ImportTarget, Outbox};
use crate::i18n::{Lang, msg};

/// Shows the review of `review`; returns false when cancelled.
pub fn show(ctx: &egui::Context, review: &mut ImportReview, lang: Lang, out: &mut Outbox) -> bool {
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("import_review")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(text::IMPORT_TITLE.fmt(lang, &[("file", &review.file)]));
        ui.add_space(4.0);
        // The summary names each refused row with its sheet, row and reason.
        egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
            for line in review.plan.summary(lang) {
                ui.label(line);
            }
        });
        if review.plan.has_errors() {
            ui.checkbox(&mut review.skip_bad_rows, text::IMPORT_SKIP.get(lang));
        }
        let blocked = review.plan.has_errors() && !review.skip_bad_rows;
        if blocked {
            ui.label(text::IMPORT_BLOCKED.get(lang));
        } else if review.plan.is_empty() {
            ui.label(text::IMPORT_NOTHING.get(lang));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for target in [ImportTarget::OpenProject, ImportTarget::NewProject] {
                let command = Command::ApplyImport(target);
                let nothing_to_add = target == ImportTarget::OpenProject && review.plan.is_empty();
                let enabled = !blocked && !nothing_to_add;
                if ui
                    .add_enabled(enabled, egui::Button::new(command.label().get(lang)))
                    .clicked()
                {
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
