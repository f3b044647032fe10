//! The map canvas: draws the actor network and turns gestures into edits.

use super::MapState;
use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::Project;
use crate::ui::Selection;

/// Draws the map into the available space.
pub fn show(
    ui: &mut egui::Ui,
    project: &Project,
    _state: &mut MapState,
    _selection: &mut Selection,
    _lang: Lang,
    _out: &mut Outbox,
) {
    ui.label(format!("{} / {}", project.actors.len(), project.relations.len()));
}
