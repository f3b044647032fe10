//! The network map of phase 1.

crate::messages! {}

/// View state of the map (zoom, layout …); not part of the document.
#[derive(Debug, Default)]
pub struct MapState {}

/// Phase 1's workspace. (For now the plain worksheet; the map editor replaces it.)
pub fn workspace(ui: &mut egui::Ui, app: &mut crate::app::VerkostoApp, out: &mut crate::app::Outbox) {
    crate::ui::sheets::worksheet(ui, app, out);
}
