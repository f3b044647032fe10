//! The About window: the version and what Verkosto is for.

use crate::i18n::{Lang, msg};

/// Shows the About window; returns false when closed.
pub fn show(ctx: &egui::Context, lang: Lang) -> bool {
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("about")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading("Verkosto");
        ui.label(msg::ABOUT_VERSION.fmt(lang, &[("version", &env!("CARGO_PKG_VERSION"))]));
        ui.add_space(6.0);
        ui.label(msg::ABOUT_TEXT.get(lang));
        ui.add_space(6.0);
        if ui.button(msg::CLOSE.get(lang)).clicked() || super::escape(ui) {
            keep_open = false;
        }
    });
    keep_open
}
