//! The parts every worksheet has: answers to the guiding questions, and status, participants,
//! date, notes, decisions and next steps.

use crate::app::Outbox;
use crate::i18n::method::{PHASES, REFLECT};
use crate::i18n::{Lang, Tr};
use crate::model::{Edit, NextStep, PhaseId, Project, SheetStatus, Worksheet};
use crate::ui::widgets;

crate::messages! {
    GUIDING_QUESTIONS = "Ohjaavat kysymykset", "Guiding questions";
    WORKSHEET = "Työkirjan tiedot", "Worksheet details";
    STATUS = "Tila", "Status";
    PARTICIPANTS = "Osallistujat", "Participants";
    DATE = "Päivämäärä", "Date";
    NOTES = "Muistiinpanot", "Notes";
    DECISIONS = "Päätökset", "Decisions";
    NEXT_STEPS = "Seuraavat askeleet", "Next steps";
    TASK = "Tehtävä", "Task";
    OWNER = "Vastuuhenkilö", "Owner";
    DUE = "Määräaika", "Due";
    ADD_STEP = "+ Lisää askel", "+ Add a step";
    REMOVE = "Poista", "Remove";
}

/// The edit that replaces `phase`'s worksheet with `sheet`, leaving its other data as it is.
pub fn set_sheet(project: &Project, phase: PhaseId, sheet: Worksheet) -> Edit {
    let mut p = project.clone();
    *p.sheet_mut(phase) = sheet;
    match phase {
        PhaseId::Mapping => Edit::SetMapping(Box::new(p.mapping)),
        PhaseId::Roles => Edit::SetRoles(Box::new(p.roles)),
        PhaseId::Competences => Edit::SetCompetences(Box::new(p.competences)),
        PhaseId::Tactics => Edit::SetTactics(Box::new(p.tactics)),
        PhaseId::Idea => Edit::SetIdea(Box::new(p.idea)),
        PhaseId::Conditions => Edit::SetConditions(Box::new(p.conditions)),
        PhaseId::Strategy => Edit::SetStrategy(Box::new(p.strategy)),
        PhaseId::Evaluation => Edit::SetEvaluation(Box::new(p.evaluation)),
        PhaseId::Card => Edit::SetCard(Box::new(p.card)),
    }
}

fn label(tr: Tr, lang: Lang) -> &'static str {
    tr.get(lang)
}

/// The guiding questions, each with its answer field.
pub fn questions(ui: &mut egui::Ui, project: &Project, phase: PhaseId, lang: Lang, out: &mut Outbox) {
    let original = project.sheet(phase);
    let mut sheet = original.clone();
    ui.strong(label(GUIDING_QUESTIONS, lang));
    for (i, q) in PHASES[phase.index()].questions.iter().enumerate() {
        let prefix = if q.reflect {
            format!("{}: ", REFLECT.get(lang))
        } else {
            String::new()
        };
        let title = format!("{}. {prefix}{}", i + 1, q.text.get(lang));
        let mut answer = sheet.answer(i).to_owned();
        if widgets::text_area(ui, &title, &mut answer).changed() {
            sheet.set_answer(i, answer);
        }
    }
    if sheet != *original {
        out.edit(ui.ctx(), set_sheet(project, phase, sheet));
    }
}

/// Status, participants, date, notes, decisions and next steps.
pub fn common_fields(ui: &mut egui::Ui, project: &Project, phase: PhaseId, lang: Lang, out: &mut Outbox) {
    let original = project.sheet(phase);
    let mut sheet = original.clone();
    egui::CollapsingHeader::new(label(WORKSHEET, lang))
        .id_salt(("worksheet", phase))
        .default_open(true)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(label(STATUS, lang));
                widgets::enum_choice(
                    ui,
                    ("status", phase),
                    label(STATUS, lang),
                    &mut sheet.status,
                    SheetStatus::ALL,
                    SheetStatus::label,
                    lang,
                );
                ui.label(label(DATE, lang));
                widgets::date_field(ui, label(DATE, lang), &mut sheet.date);
            });
            widgets::text_line(ui, label(PARTICIPANTS, lang), &mut sheet.participants);
            widgets::text_area(ui, label(NOTES, lang), &mut sheet.notes);
            widgets::text_area(ui, label(DECISIONS, lang), &mut sheet.decisions);
            ui.strong(label(NEXT_STEPS, lang));
            let mut remove = None;
            egui::Grid::new(("next_steps", phase))
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    ui.label(label(TASK, lang));
                    ui.label(label(OWNER, lang));
                    ui.label(label(DUE, lang));
                    ui.label("");
                    ui.end_row();
                    for (i, step) in sheet.next_steps.iter_mut().enumerate() {
                        ui.push_id(i, |ui| {
                            widgets::cell_text(ui, &format!("{} {}", label(TASK, lang), i + 1), &mut step.task, 260.0);
                        });
                        ui.push_id(i, |ui| {
                            widgets::cell_text(
                                ui,
                                &format!("{} {}", label(OWNER, lang), i + 1),
                                &mut step.owner,
                                140.0,
                            );
                        });
                        ui.push_id(i, |ui| {
                            widgets::date_field(ui, &format!("{} {}", label(DUE, lang), i + 1), &mut step.due);
                        });
                        if ui.button("🗑").on_hover_text(label(REMOVE, lang)).clicked() {
                            remove = Some(i);
                        }
                        ui.end_row();
                    }
                });
            if let Some(i) = remove {
                sheet.next_steps.remove(i);
            }
            if ui.button(label(ADD_STEP, lang)).clicked() {
                sheet.next_steps.push(NextStep::default());
            }
        });
    if sheet != *original {
        out.edit(ui.ctx(), set_sheet(project, phase, sheet));
    }
}
