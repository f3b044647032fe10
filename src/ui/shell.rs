//! The window's layout: which panel goes where, and the one [`ViewCtx`] the views share.

use super::context::ViewCtx;
use super::map::MapState;
use super::{cycle, dialogs, kit, map, menu, sheets, status};
use crate::app::{Outbox, VerkostoApp};
use crate::model::PhaseId;

/// Draws the whole window: menu bar, status bar, the cycle panel, the open phase's workspace,
/// and the open dialogs on top.
pub fn shell(ui: &mut egui::Ui, app: &mut VerkostoApp, map: &mut MapState, out: &mut Outbox) {
    menu::menu_bar(ui, app, out, &map.options.export_view());
    status::read_only_notice(ui, app, out);
    status::status_bar(ui, app);
    let ctx = ui.ctx().clone();
    let analysis = app.analysis.get(app.doc.project(), move || ctx.request_repaint());
    let phase = app.view.phase;
    let cycle_shown = !app.view.cycle_collapsed;
    // A file open read-only (another window has it open): the same views without editing
    // controls; the app refuses any edit that a view still makes (a drag, a key on the map).
    let read_only = app.read_only();
    let mut cx = ViewCtx {
        project: app.doc.project(),
        revision: app.doc.revision(),
        lang: app.settings.lang,
        selection: &mut app.view.selection,
        analysis,
        out: &mut *out,
        read_only,
    };
    if cycle_shown {
        cycle::side_panel(ui, &mut cx, phase);
    }
    // Phase 1's workspace is the map editor (with the worksheet as one of its tabs); the
    // other phases show their worksheet.
    egui::CentralPanel::default().show(ui, |ui| {
        kit::read_only_scope(ui, read_only, |ui| {
            if phase == PhaseId::Mapping {
                map::workspace(ui, &mut cx, map);
            } else {
                sheets::worksheet(ui, &mut cx, phase);
            }
        })
    });
    super::present::slides::window(&ui.ctx().clone(), &mut cx);
    dialogs::show(ui.ctx(), app, out);
}
