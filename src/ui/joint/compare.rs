//! The members' own phases 1–5 side by side in a joint project (the method's rule: each
//! member first works out the network for itself, then the members build the shared view
//! together): each member's answer to each guiding question next to the others', the
//! competence maps laid over each other with the gaps nobody covers, and the members'
//! refining ideas as the starting point for phase 6.

use super::member_name;
use crate::i18n::Lang;
use crate::i18n::method::PHASES;
use crate::model::joint::{JointInfo, JointMember};
use crate::model::{COMPETENCE_LEVELS, CanvasField, PhaseId, Project};
use crate::ui::kit;
use crate::ui::sheets::competences::level_colours;

crate::messages! {
    TITLE = "Jäsenten näkemykset rinnakkain", "The members' views side by side";
    INTRO = "Kukin jäsen teki vaiheet 1–5 ensin omasta näkökulmastaan. Tässä vastaukset ovat vierekkäin yhteisen työn pohjaksi.", "Each member first worked through phases 1–5 from its own point of view. Here the answers are side by side, as the starting point of the joint work.";
    NO_ANSWER = "(ei vastausta)", "(no answer)";
    COMPETENCES = "Osaamiskartat päällekkäin", "The competence maps laid over each other";
    COMPETENCES_INTRO = "Taso, jolla kukin jäsen arvioi oman organisaationsa osaavan. Aukko: kukaan jäsenistä ei tuo osaamista.", "The level at which each member rated its own organisation. A gap: no member brings the competence.";
    COMPETENCE = "Osaaminen", "Competence";
    COVERAGE = "Koko verkosto", "The whole network";
    GAP = "Aukko: kukaan ei tuo tätä", "Gap: nobody brings this";
    BASIC_ONLY = "Vain perustasolla", "Only at a basic level";
    BROUGHT_BY = "Tuo: {names}", "Brought by: {names}";
    NOT_LISTED = "–", "–";
    NO_COMPETENCES = "Kukaan jäsen ei listannut osaamisia.", "No member listed competences.";
    IDEAS = "Jäsenten jalostusideat", "The members' refining ideas";
    UNANSWERED = "Kukaan jäsen ei vastannut: {list}", "No member answered: {list}";
}

/// The widest a member's column gets, and the narrowest before the columns scroll sideways.
const COLUMN_MAX: f32 = 420.0;
const COLUMN_MIN: f32 = 200.0;

/// Draws the comparison for `phase` (1–5) of a joint project; nothing otherwise. Read-only:
/// the members' own files are the source, the joint worksheet below is edited.
pub fn show(ui: &mut egui::Ui, project: &Project, phase: PhaseId, lang: Lang) {
    let Some(joint) = &project.joint else {
        return;
    };
    if joint.members.is_empty() || phase.index() >= 5 {
        return;
    }
    egui::CollapsingHeader::new(egui::RichText::new(TITLE.get(lang)).strong())
        .id_salt(("joint_compare", phase))
        .default_open(true)
        .show(ui, |ui| {
            let width = ui.available_width();
            kit::wrapped_text(ui, INTRO.get(lang), width);
            ui.add_space(4.0);
            questions(ui, joint, phase, lang);
            match phase {
                PhaseId::Competences => competences(ui, project, joint, lang),
                PhaseId::Idea => ideas(ui, joint, lang),
                _ => {}
            }
        });
    ui.separator();
}

/// Each member's column width for `width`, and whether the columns must scroll sideways.
fn column_width(width: f32, members: usize) -> (f32, bool) {
    let gap = 12.0;
    let n = members.max(1) as f32;
    let fit = (width - gap * (n - 1.0)) / n;
    if fit >= COLUMN_MIN {
        (fit.min(COLUMN_MAX), false)
    } else {
        (COLUMN_MIN, true)
    }
}

/// Lays out one column per member, each given its text; sideways scrolling when they do not
/// fit.
fn member_columns(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    members: &[JointMember],
    text: impl Fn(&JointMember) -> String,
    lang: Lang,
) {
    let (w, scroll) = column_width(ui.available_width(), members.len());
    let row = |ui: &mut egui::Ui| {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = 12.0;
            for m in members {
                ui.vertical(|ui| {
                    ui.set_width(w);
                    kit::wrapped_text(ui, egui::RichText::new(&m.name).strong(), w);
                    let answer = text(m);
                    if answer.trim().is_empty() {
                        kit::wrapped_text(ui, egui::RichText::new(NO_ANSWER.get(lang)).weak(), w);
                    } else {
                        kit::wrapped_text(ui, answer.trim(), w);
                    }
                });
            }
        });
    };
    if scroll {
        kit::scroll::horizontal(ui, egui::ScrollArea::horizontal().id_salt(id), row);
    } else {
        row(ui);
    }
}

/// One line naming what no member answered, so that empty rows take no room.
fn unanswered(ui: &mut egui::Ui, list: &[String], lang: Lang) {
    if !list.is_empty() {
        let width = ui.available_width();
        kit::wrapped_text(
            ui,
            egui::RichText::new(UNANSWERED.fmt(lang, &[("list", &list.join(", "))])).weak(),
            width,
        );
        ui.add_space(6.0);
    }
}

fn answer(m: &JointMember, phase: PhaseId, i: usize) -> &str {
    m.own
        .answers
        .get(phase.index())
        .and_then(|a| a.get(i))
        .map_or("", String::as_str)
}

fn questions(ui: &mut egui::Ui, joint: &JointInfo, phase: PhaseId, lang: Lang) {
    let mut empty = Vec::new();
    for (i, q) in PHASES[phase.index()].questions.iter().enumerate() {
        if joint.members.iter().all(|m| answer(m, phase, i).trim().is_empty()) {
            empty.push((i + 1).to_string());
            continue;
        }
        let width = ui.available_width();
        kit::wrapped_text(
            ui,
            egui::RichText::new(format!("{}. {}", i + 1, q.text.get(lang))).strong(),
            width,
        );
        member_columns(
            ui,
            ("compare_question", phase, i),
            &joint.members,
            |m| answer(m, phase, i).to_owned(),
            lang,
        );
        ui.add_space(6.0);
    }
    unanswered(ui, &empty, lang);
}

/// The key competences are matched by: case and spacing do not matter.
fn competence_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// One row of the overlaid competence maps: a competence and each member's level.
struct CompetenceRow {
    name: String,
    levels: Vec<Option<u8>>,
}

fn competence_rows(joint: &JointInfo) -> Vec<CompetenceRow> {
    let mut rows: Vec<CompetenceRow> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (m, member) in joint.members.iter().enumerate() {
        for (name, level) in &member.own.competences {
            let key = competence_key(name);
            if key.is_empty() {
                continue;
            }
            let i = *index.entry(key).or_insert_with(|| {
                rows.push(CompetenceRow {
                    name: name.trim().to_owned(),
                    levels: vec![None; joint.members.len()],
                });
                rows.len() - 1
            });
            // A member listing one competence twice counts with its higher level.
            let slot = &mut rows[i].levels[m];
            *slot = (*slot).max(*level).or(*level);
        }
    }
    rows
}

/// The whole network's cover of one competence: who brings it, or the gap.
fn coverage(row: &CompetenceRow, project: &Project, joint: &JointInfo, lang: Lang) -> (String, bool) {
    let best = row.levels.iter().flatten().copied().max().unwrap_or(0);
    if best == 0 {
        return (GAP.get(lang).to_owned(), true);
    }
    if best == 1 {
        return (BASIC_ONLY.get(lang).to_owned(), true);
    }
    let names: Vec<String> = joint
        .members
        .iter()
        .zip(&row.levels)
        .filter(|(_, l)| l.is_some_and(|l| l >= 2))
        .map(|(m, _)| member_name(project, m.id))
        .collect();
    (BROUGHT_BY.fmt(lang, &[("names", &names.join(", "))]), false)
}

fn competences(ui: &mut egui::Ui, project: &Project, joint: &JointInfo, lang: Lang) {
    ui.add_space(4.0);
    kit::section_heading(ui, COMPETENCES.get(lang));
    let width = ui.available_width();
    kit::wrapped_text(ui, COMPETENCES_INTRO.get(lang), width);
    let rows = competence_rows(joint);
    if rows.is_empty() {
        kit::empty_text(ui, NO_COMPETENCES.get(lang));
        return;
    }
    let name_w = 200.0;
    let level_w = 110.0;
    let cover_w = 200.0;
    let grid = |ui: &mut egui::Ui| {
        egui::Grid::new("joint_competences")
            .spacing([8.0, 4.0])
            .striped(true)
            .show(ui, |ui| {
                kit::wrapped_text(ui, egui::RichText::new(COMPETENCE.get(lang)).strong(), name_w);
                for m in &joint.members {
                    kit::wrapped_text(ui, egui::RichText::new(&m.name).strong(), level_w);
                }
                kit::wrapped_text(ui, egui::RichText::new(COVERAGE.get(lang)).strong(), cover_w);
                ui.end_row();
                for row in &rows {
                    kit::wrapped_text(ui, &row.name, name_w);
                    for level in &row.levels {
                        level_cell(ui, *level, level_w, lang);
                    }
                    let (text, gap) = coverage(row, project, joint, lang);
                    let text = egui::RichText::new(text);
                    let text = if gap {
                        text.strong().color(ui.visuals().warn_fg_color)
                    } else {
                        text
                    };
                    kit::wrapped_text(ui, text, cover_w);
                    ui.end_row();
                }
            });
    };
    let needed = name_w + cover_w + level_w * joint.members.len() as f32 + 8.0 * (joint.members.len() + 1) as f32;
    if needed > width {
        kit::scroll::horizontal(
            ui,
            egui::ScrollArea::horizontal().id_salt("joint_competences_scroll"),
            grid,
        );
    } else {
        grid(ui);
    }
}

fn level_cell(ui: &mut egui::Ui, level: Option<u8>, width: f32, lang: Lang) {
    let Some(level) = level else {
        kit::wrapped_text(ui, egui::RichText::new(NOT_LISTED.get(lang)).weak(), width);
        return;
    };
    let (fill, text) = level_colours(level);
    let label = format!(
        "{} {}",
        level.min(4),
        COMPETENCE_LEVELS[usize::from(level.min(4))].get(lang)
    );
    egui::Frame::new()
        .fill(fill)
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(4, 1))
        .show(ui, |ui| {
            kit::wrapped_text(ui, egui::RichText::new(label).color(text), width - 8.0);
        });
}

fn ideas(ui: &mut egui::Ui, joint: &JointInfo, lang: Lang) {
    ui.add_space(4.0);
    kit::section_heading(ui, IDEAS.get(lang));
    let mut empty = Vec::new();
    for field in CanvasField::ALL {
        let (title, _) = crate::ui::sheets::idea::field_text(field);
        if joint.members.iter().all(|m| m.own.idea.field(field).trim().is_empty()) {
            empty.push(title.get(lang).to_owned());
            continue;
        }
        let width = ui.available_width();
        kit::wrapped_text(ui, egui::RichText::new(title.get(lang)).strong(), width);
        member_columns(
            ui,
            ("compare_idea", field as u8),
            &joint.members,
            |m| m.own.idea.field(field).clone(),
            lang,
        );
        ui.add_space(6.0);
    }
    unanswered(ui, &empty, lang);
}
