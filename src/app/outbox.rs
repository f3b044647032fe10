//! What views hand back to the app during a frame: edits to the project and commands. The app
//! applies them once, at the end of the frame, so the project never changes mid-frame.

use super::Command;
use crate::model::Edit;

/// Edits and commands collected during one frame.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Edits with the merge key they were made under (see [`Outbox::edit`]).
    pub edits: Vec<(Edit, Option<egui::Id>)>,
    /// Commands in the order they were asked for.
    pub commands: Vec<Command>,
}

impl Outbox {
    /// Queues an edit. Consecutive edits made while the same widget has keyboard focus or is
    /// being dragged (typing in one field, dragging one node) become a single undo step; the
    /// app works that out from egui's focus and drag state, so views need not.
    pub fn edit(&mut self, ctx: &egui::Context, edit: Edit) {
        let key = ctx.memory(|m| m.focused()).or_else(|| ctx.dragged_id());
        self.edits.push((edit, key));
    }

    /// Queues an edit that is always its own undo step (a button, a menu item, a drop).
    pub fn edit_step(&mut self, edit: Edit) {
        self.edits.push((edit, None));
    }

    /// Queues a command.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }
}
