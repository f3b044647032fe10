//! Views: the window's panels, the cycle figure, the worksheets and the map. Views read the
//! project and hand edits and commands to an [`Outbox`]; they never change the project.

pub mod context;
pub mod cycle;
mod dialogs;
pub mod kit;
pub mod lists;
pub mod map;
mod menu;
pub mod sheets;
mod status;
pub mod style;
pub mod widgets;

pub use context::ViewCtx;

use crate::app::{Outbox, VerkostoApp};
use crate::model::{ActorId, PhaseId, RelationId};

/// What is selected on the map and in the tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// One or more actors.
    Actors(Vec<ActorId>),
    /// One relation.
    Relation(RelationId),
}

/// What is shown; never part of the document or of undo.
#[derive(Debug, Default)]
pub struct ViewState {
    /// The open phase.
    pub phase: PhaseId,
    /// Whether the left panel with the cycle figure is collapsed.
    pub cycle_collapsed: bool,
    /// The selected actors or relation.
    pub selection: Selection,
    /// State of the worksheets (scroll, open sections, selected rows …).
    pub sheets: sheets::SheetsState,
    /// State of the network map (selection, zoom, layout …).
    pub map: map::MapState,
}

/// Draws the whole window.
pub fn shell(ui: &mut egui::Ui, app: &mut VerkostoApp, out: &mut Outbox) {
    menu::menu_bar(ui, app, out);
    status::status_bar(ui, app);
    cycle::side_panel(ui, app, out);
    let ctx = ui.ctx().clone();
    let analysis = app.analysis.get(app.doc.project(), move || ctx.request_repaint());
    let view = &mut app.view;
    let mut cx = ViewCtx {
        project: app.doc.project(),
        revision: app.doc.revision(),
        lang: app.settings.lang,
        selection: &mut view.selection,
        analysis,
        out: &mut *out,
        read_only: false,
    };
    egui::CentralPanel::default().show(ui, |ui| {
        sheets::workspace(ui, &mut cx, view.phase, &mut view.map);
    });
    dialogs::show(ui.ctx(), app, out);
}
