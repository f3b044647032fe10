//! The parts every worksheet has: answers to the guiding questions, and status, participants,
//! date, notes, decisions and next steps.

use crate::i18n::Lang;
use crate::i18n::method::{PHASES, REFLECT};
use crate::model::{Edit, NextStep, PhaseId, Project, SheetStatus, Worksheet};
use crate::ui::{ViewCtx, kit};

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

/// The guiding questions, each with its answer field.
pub fn questions(ui: &mut egui::Ui, cx: &mut ViewCtx, phase: PhaseId) {
    let lang = cx.lang;
    let original = cx.project.sheet(phase);
    let mut sheet = original.clone();
    ui.strong(GUIDING_QUESTIONS.get(lang));
    for (i, q) in PHASES[phase.index()].questions.iter().enumerate() {
        let prefix = if q.reflect {
            format!("{}: ", REFLECT.get(lang))
        } else {
            String::new()
        };
        let title = format!("{}. {prefix}{}", i + 1, q.text.get(lang));
        let mut answer = sheet.answer(i).to_owned();
        if kit::text_area(ui, &title, &mut answer).changed() {
            sheet.set_answer(i, answer);
        }
    }
    if sheet != *original && !cx.read_only {
        cx.out.edit(ui.ctx(), set_sheet(cx.project, phase, sheet));
    }
}

/// Status, participants, date, notes, decisions and next steps.
pub fn common_fields(ui: &mut egui::Ui, cx: &mut ViewCtx, phase: PhaseId) {
    let lang = cx.lang;
    let original = cx.project.sheet(phase);
    let mut sheet = original.clone();
    let mut step = false;
    egui::CollapsingHeader::new(WORKSHEET.get(lang))
        .id_salt(("worksheet", phase))
        .default_open(true)
        .show(ui, |ui| {
            // Wraps, so that a long status ("Ei aloitettu") never squeezes the date field.
            ui.horizontal_wrapped(|ui| {
                ui.label(STATUS.get(lang));
                step |= kit::enum_choice(
                    ui,
                    ("status", phase),
                    STATUS.get(lang),
                    &mut sheet.status,
                    SheetStatus::ALL,
                    SheetStatus::label,
                    lang,
                )
                .changed();
                ui.label(DATE.get(lang));
                kit::date_field(ui, DATE.get(lang), &mut sheet.date);
            });
            kit::text_line(ui, PARTICIPANTS.get(lang), &mut sheet.participants);
            kit::text_area(ui, NOTES.get(lang), &mut sheet.notes);
            kit::text_area(ui, DECISIONS.get(lang), &mut sheet.decisions);
            ui.strong(NEXT_STEPS.get(lang));
            step |= next_steps(ui, &mut sheet.next_steps, lang);
        });
    if sheet != *original && !cx.read_only {
        kit::queue(ui.ctx(), cx.out, step, set_sheet(cx.project, phase, sheet));
    }
}

/// The next steps as a table of task, owner and due date; returns whether a button changed it.
fn next_steps(ui: &mut egui::Ui, steps: &mut Vec<NextStep>, lang: Lang) -> bool {
    let widths = [260.0, 140.0, kit::DATE_W, kit::LINE];
    if !steps.is_empty() {
        kit::table_row(ui, false, &widths, |r| {
            r.header(TASK.get(lang));
            r.header(OWNER.get(lang));
            r.header(DUE.get(lang));
        });
    }
    let mut remove = None;
    for (i, step) in steps.iter_mut().enumerate() {
        ui.push_id(("next_step", i), |ui| {
            kit::table_row(ui, i % 2 == 0, &widths, |r| {
                let n = i + 1;
                r.cell(|ui| kit::text_cell(ui, &format!("{} {n}", TASK.get(lang)), &mut step.task, widths[0]));
                r.cell(|ui| kit::text_cell(ui, &format!("{} {n}", OWNER.get(lang)), &mut step.owner, widths[1]));
                r.cell(|ui| kit::date_field(ui, &format!("{} {n}", DUE.get(lang)), &mut step.due));
                if r.cell(|ui| kit::icon_button(ui, true, "🗑", REMOVE.get(lang))).clicked() {
                    remove = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove {
        steps.remove(i);
    }
    let added = kit::add_button(ui, ADD_STEP.get(lang));
    if added {
        steps.push(NextStep::default());
    }
    added || remove.is_some()
}
