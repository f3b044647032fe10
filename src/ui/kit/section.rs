//! Headings, badges, the accent colour and the text of an empty list.

use egui::{Color32, RichText};

/// Colour of marks that point out a change (a role to change, a tie to deepen): a blue of the
/// cycle's own-organisation half, dark on a light theme and light on a dark one.
pub fn accent(ui: &egui::Ui) -> Color32 {
    let hues = crate::ui::style::OWN_HUES;
    if ui.visuals().dark_mode { hues[4] } else { hues[0] }
}

/// A section title inside a worksheet, one step below the phase's heading, with a little room
/// above.
pub fn section_heading(ui: &mut egui::Ui, text: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(text).heading().size(18.0));
}

/// A section title with more room around it, for sheets of stacked sections.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(6.0);
    section_heading(ui, title);
    ui.add_space(2.0);
}

/// A coloured badge with white text, e.g. a gap.
pub fn badge(ui: &mut egui::Ui, text: &str, fill: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(text).strong().color(Color32::WHITE));
        })
        .response
}

/// `text` in the style of an empty list's hint (weak italics).
pub fn empty_text(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(RichText::new(text).italics().color(ui.visuals().weak_text_color()))
}

/// The hint shown in place of an empty table: "No rows yet."
pub fn empty_hint(ui: &mut egui::Ui, lang: crate::i18n::Lang) {
    empty_text(ui, super::EMPTY_TABLE.get(lang));
}

/// A frame's inner margin: `sides` left and right, `top` and `bottom` as given.
pub fn margin(sides: i8, top: i8, bottom: i8) -> egui::Margin {
    egui::Margin {
        left: sides,
        right: sides,
        top,
        bottom,
    }
}
