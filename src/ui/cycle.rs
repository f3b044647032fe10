//! The left panel with the cycle of nine phases. (A list for now; the painted ring figure
//! replaces it.)

use crate::app::{Command, Outbox, VerkostoApp};
use crate::model::PhaseId;

crate::messages! {}

/// Draws the left panel.
pub fn side_panel(ui: &mut egui::Ui, app: &VerkostoApp, out: &mut Outbox) {
    let lang = app.lang();
    egui::Panel::left("cycle_panel")
        .resizable(true)
        .default_size(280.0)
        .show(ui, |ui| {
            for phase in PhaseId::ALL {
                let text = format!("{}. {}", phase.number(), phase.name().get(lang));
                if ui.selectable_label(app.view.phase == phase, text).clicked() {
                    out.command(Command::GoPhase(phase));
                }
            }
        });
}
