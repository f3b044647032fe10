//! Phase 1's workspace: the network map, the actors and relations tables, the network
//! portfolio and the inspector.

pub mod canvas;
mod state;

pub use state::MapState;

crate::messages! {}

/// Phase 1's workspace. (For now the plain worksheet and the canvas; tabs, tables and the
/// inspector come next.)
pub fn workspace(ui: &mut egui::Ui, app: &mut crate::app::VerkostoApp, out: &mut crate::app::Outbox) {
    let lang = app.lang();
    let project = app.doc.project();
    canvas::show(ui, project, &mut app.view.map, &mut app.view.selection, lang, out);
}
