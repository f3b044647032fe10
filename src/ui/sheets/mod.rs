//! The phases' worksheets: a header with the phase's purpose, an answer field per guiding
//! question, the phase's own editors, and the fields every worksheet has.

pub mod card;
pub mod common;
pub mod competences;
pub mod conditions;
pub mod evaluation;
pub mod idea;
pub mod roles;
pub mod strategy;
pub mod tactics;

use crate::i18n::method::PHASES;
use crate::model::PhaseId;
use crate::ui::{ViewCtx, kit};

/// View state of the worksheets.
#[derive(Debug, Default)]
pub struct SheetsState {}

/// Draws the open phase's worksheet: purpose, questions, the phase's editors, common fields.
/// With `cx.read_only` the same content is shown as text, without editing controls.
pub fn worksheet(ui: &mut egui::Ui, cx: &mut ViewCtx, phase: PhaseId) {
    let text = &PHASES[phase.index()];
    let lang = cx.lang;
    egui::ScrollArea::vertical()
        .id_salt(("sheet", phase))
        .auto_shrink(false)
        .show(ui, |ui| {
            kit::read_only_scope(ui, cx.read_only, |ui| {
                ui.heading(format!("{}. {}", phase.number(), text.name.get(lang)));
                ui.label(text.purpose.get(lang));
                ui.add_space(8.0);
                crate::ui::joint::compare::show(ui, cx.project, phase, lang);
                common::questions(ui, cx, phase);
                ui.add_space(8.0);
                match phase {
                    PhaseId::Mapping => {}
                    PhaseId::Roles => roles::show(ui, cx),
                    PhaseId::Competences => competences::show(ui, cx),
                    PhaseId::Tactics => tactics::show(ui, cx),
                    PhaseId::Idea => idea::show(ui, cx),
                    PhaseId::Conditions => conditions::show(ui, cx),
                    PhaseId::Strategy => strategy::show(ui, cx),
                    PhaseId::Evaluation => evaluation::show(ui, cx),
                    PhaseId::Card => card::show(ui, cx),
                }
                ui.add_space(8.0);
                common::common_fields(ui, cx, phase);
            });
        });
}
