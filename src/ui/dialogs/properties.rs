//! The project's name, organisation and description.

use crate::app::Outbox;
use crate::i18n::{Lang, msg};
use crate::model::{Edit, ProjectMeta};
use crate::ui::kit;

/// Edits `meta`, a working copy of the project's `saved` properties. OK sends the change as one
/// edit (when there is one); returns false when OK or Cancel closes the dialog.
pub fn show(ctx: &egui::Context, meta: &mut ProjectMeta, saved: &ProjectMeta, lang: Lang, out: &mut Outbox) -> bool {
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("properties")).show(ctx, |ui| {
        ui.set_min_width(460.0);
        ui.heading(msg::PROJECT_PROPERTIES.get(lang).trim_end_matches('…'));
        kit::text_line(ui, msg::PROJECT_NAME.get(lang), &mut meta.name);
        kit::text_line(ui, msg::PROJECT_ORGANISATION.get(lang), &mut meta.organisation);
        kit::text_area(ui, msg::PROJECT_DESCRIPTION.get(lang), &mut meta.description);
        ui.horizontal(|ui| {
            if ui.button(msg::PATH_OK.get(lang)).clicked() {
                if meta != saved {
                    out.edit_step(Edit::SetMeta(meta.clone()));
                }
                keep_open = false;
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || super::escape(ui) {
                keep_open = false;
            }
        });
    });
    keep_open
}
