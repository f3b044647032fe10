//! A failure shown in full, for example every problem of a file that did not open.

use crate::i18n::{Lang, msg};

/// Shows `text`; returns false when closed.
pub fn show(ctx: &egui::Context, text: &str, lang: Lang) -> bool {
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            ui.label(text);
        });
        if ui.button(msg::CLOSE.get(lang)).clicked() || super::escape(ui) {
            keep_open = false;
        }
    });
    keep_open
}
