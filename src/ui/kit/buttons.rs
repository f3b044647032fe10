//! Buttons: the small icon button with a spoken name, the "+ Add …" button and the menu button.

use super::{LINE, name};
use egui::WidgetType;

/// A small square icon button whose accessible name and tooltip is `label`. Read-only views
/// show nothing in its place (the response is then an empty, never clicked one).
pub fn icon_button(ui: &mut egui::Ui, enabled: bool, icon: &str, label: &str) -> egui::Response {
    if super::is_read_only(ui) {
        return ui.allocate_response(egui::Vec2::ZERO, egui::Sense::hover());
    }
    let response = ui
        .add_enabled(enabled, egui::Button::new(icon).min_size(egui::vec2(LINE, LINE)))
        .on_hover_text(label)
        .on_disabled_hover_text(label);
    name(&response, WidgetType::Button, label);
    response
}

/// A button that adds something ("+ Add row"), named by its text; hidden when read-only.
pub fn add_button(ui: &mut egui::Ui, text: &str) -> bool {
    !super::is_read_only(ui) && ui.button(text).clicked()
}

/// A button that opens a menu, showing `text` with a drop-down mark; its accessible name is
/// `text` alone. Hidden when read-only.
pub fn menu_button(ui: &mut egui::Ui, text: &str, content: impl FnOnce(&mut egui::Ui)) {
    if super::is_read_only(ui) {
        return;
    }
    let response = ui.menu_button(format!("{text} ⏷"), content).response;
    name(&response, WidgetType::Button, text);
}

/// A menu button (named `text`) that asks before a change that loses data: it opens an
/// explanation and a confirming button. Returns whether the user confirmed. Hidden when
/// read-only.
pub fn confirm_menu(ui: &mut egui::Ui, enabled: bool, text: &str, explain: &str, confirm: &str) -> bool {
    if super::is_read_only(ui) {
        return false;
    }
    let mut confirmed = false;
    ui.add_enabled_ui(enabled, |ui| {
        ui.menu_button(text, |ui| {
            ui.set_max_width(360.0);
            ui.label(explain);
            if ui.button(confirm).clicked() {
                confirmed = true;
                ui.close();
            }
        });
    });
    confirmed
}
