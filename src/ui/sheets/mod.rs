//! The phases' worksheets: a header with the phase's purpose, an answer field per guiding
//! question, the phase's own editors, and the fields every worksheet has.

pub mod card;
pub mod collaboration;
pub mod common;
pub mod competences;
pub mod conditions;
pub mod evaluation;
pub mod idea;
pub mod roles;
pub mod strategy;
pub mod table;
pub mod tactics;

use crate::app::Outbox;
use crate::i18n::Lang;
use crate::i18n::method::PHASES;
use crate::model::{PhaseId, Project};
use crate::ui::ViewCtx;
use crate::ui::map::MapState;

/// View state of the worksheets.
#[derive(Debug, Default)]
pub struct SheetsState {}

/// Draws the open phase's workspace in the central panel: the map editor for phase 1, the
/// worksheet for the others.
pub fn workspace(ui: &mut egui::Ui, cx: &mut ViewCtx, phase: PhaseId, map: &mut MapState) {
    if phase == PhaseId::Mapping {
        crate::ui::map::workspace(ui, cx, map);
    } else {
        worksheet(ui, cx.project, phase, cx.lang, cx.out);
    }
}

/// Draws the open phase's worksheet: purpose, questions, the phase's editors, common fields.
pub fn worksheet(ui: &mut egui::Ui, project: &Project, phase: PhaseId, lang: Lang, out: &mut Outbox) {
    let text = &PHASES[phase.index()];
    egui::ScrollArea::vertical()
        .id_salt(("sheet", phase))
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.heading(format!("{}. {}", phase.number(), text.name.get(lang)));
            ui.label(text.purpose.get(lang));
            ui.add_space(8.0);
            common::questions(ui, project, phase, lang, out);
            ui.add_space(8.0);
            match phase {
                PhaseId::Mapping => {}
                PhaseId::Roles => roles::show(ui, project, lang, out),
                PhaseId::Competences => competences::show(ui, project, lang, out),
                PhaseId::Tactics => tactics::show(ui, project, lang, out),
                PhaseId::Idea => idea::show(ui, project, lang, out),
                PhaseId::Conditions => conditions::show(ui, project, lang, out),
                PhaseId::Strategy => strategy::show(ui, project, lang, out),
                PhaseId::Evaluation => evaluation::show(ui, project, lang, out),
                PhaseId::Card => card::show(ui, project, lang, out),
            }
            ui.add_space(8.0);
            common::common_fields(ui, project, phase, lang, out);
        });
}
