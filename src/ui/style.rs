//! The look: one bundled typeface (Inter, SIL OFL, from Debian's fonts-inter; licence in
//! assets/fonts) for the whole UI, and the colours of the cycle's two halves.

use egui::{Color32, FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// Inter Regular.
pub const INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold, used for headings and the cycle's numbers.
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// The font family name of the bold face.
pub const BOLD: &str = "Inter SemiBold";

/// Blues of the own-organisation half of the cycle (phases 1–5), darkest first.
pub const OWN_HUES: [Color32; 5] = [
    Color32::from_rgb(0x1F, 0x5A, 0x96),
    Color32::from_rgb(0x27, 0x69, 0xA8),
    Color32::from_rgb(0x35, 0x7A, 0xB8),
    Color32::from_rgb(0x46, 0x8B, 0xC6),
    Color32::from_rgb(0x5A, 0x9C, 0xD2),
];

/// Teals of the network-collaboration half (phases 6–9).
pub const NETWORK_HUES: [Color32; 4] = [
    Color32::from_rgb(0x10, 0x78, 0x6A),
    Color32::from_rgb(0x17, 0x86, 0x76),
    Color32::from_rgb(0x1F, 0x94, 0x82),
    Color32::from_rgb(0x2A, 0xA3, 0x90),
];

/// Accent for the current phase's outline (amber, visible on both hue families).
pub const CURRENT_OUTLINE: Color32 = Color32::from_rgb(0xF2, 0xA9, 0x00);

/// Installs the bundled typeface as the proportional font, with egui's defaults as fallback
/// for symbols Inter lacks.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
}

/// The font definitions with Inter first.
pub fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert("Inter".into(), Arc::new(FontData::from_static(INTER_REGULAR)));
    fonts
        .font_data
        .insert(BOLD.into(), Arc::new(FontData::from_static(INTER_SEMIBOLD)));
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "Inter".into());
    }
    let mut bold = vec![BOLD.to_owned()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// Sizes and spacing tuned for reading on a laptop and a projector.
pub fn apply(ctx: &egui::Context, _dark: bool) {
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        style
            .text_styles
            .insert(TextStyle::Heading, FontId::new(22.0, FontFamily::Name(BOLD.into())));
        style.text_styles.insert(TextStyle::Body, FontId::proportional(14.5));
        style.text_styles.insert(TextStyle::Button, FontId::proportional(14.5));
        style.text_styles.insert(TextStyle::Small, FontId::proportional(11.5));
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}
