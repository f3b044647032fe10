//! The one "edit a part of the project" helper: clone the part, let the view edit the copy,
//! and queue one edit if it changed, as its own undo step after a button or menu choice,
//! merged with the previous one while the user keeps typing in one field.

use crate::app::Outbox;
use crate::model::{Part, Project};
use crate::ui::ViewCtx;

/// Edits the part `T` of the project (a phase's data, the lists): `body` edits a copy and
/// returns whether a button-like control changed it (then the edit is its own undo step).
/// Read-only views get the copy too, but their edits are dropped.
pub fn edit<T: Part>(ui: &mut egui::Ui, cx: &mut ViewCtx, body: impl FnOnce(&mut egui::Ui, &ViewCtx, &mut T) -> bool) {
    let project = cx.project;
    let original = T::of(project);
    let mut data = original.clone();
    let step = body(ui, cx, &mut data);
    if data != *original && !cx.read_only {
        queue(ui.ctx(), cx.out, step, data.into_edit());
    }
}

/// [`edit`] for a view that has no [`ViewCtx`] (a dialog window): the same rule, with the
/// project and outbox given.
pub fn edit_in<T: Part>(
    ui: &mut egui::Ui,
    project: &Project,
    out: &mut Outbox,
    body: impl FnOnce(&mut egui::Ui, &mut T) -> bool,
) {
    let original = T::of(project);
    let mut data = original.clone();
    let step = body(ui, &mut data);
    if data != *original {
        queue(ui.ctx(), out, step, data.into_edit());
    }
}

/// Queues `edit` as its own undo step (`step`), else merged while the same field keeps the
/// focus.
pub fn queue(ctx: &egui::Context, out: &mut Outbox, step: bool, edit: crate::model::Edit) {
    if step {
        out.edit_step(edit);
    } else {
        out.edit(ctx, edit);
    }
}
