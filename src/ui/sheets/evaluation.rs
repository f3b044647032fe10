//! Phase 8. Evaluating the network's activity: the phase's own editors.

use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::Project;

crate::messages! {}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(_ui: &mut egui::Ui, _project: &Project, _lang: Lang, _out: &mut Outbox) {}
