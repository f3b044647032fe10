//! Each member's value of a joint actor or relation side by side, with a button to make one
//! of them the joint value: the group's decision, recorded with its date and undoable. The
//! inspector shows it under the actor's or relation's own fields; the disagreements table
//! uses the same rows.

use super::{member_name, seen_text};
use crate::combine::summary::{field_name, show_value};
use crate::combine::{Disagreement, Subject, decide, disagreements_about};
use crate::i18n::Lang;
use crate::model::joint::{JointValue, MemberId};
use crate::model::{Date, Project};
use crate::ui::{ViewCtx, kit};

crate::messages! {
    MEMBERS_VIEWS = "Jäsenten näkemykset", "The members' views";
    AGREE = "Jäsenet näkevät sen samoin.", "The members see it alike.";
    DIFFERS = "{field}: jäsenet näkevät eri tavoin", "{field}: the members differ";
    DECIDED = "{field}: ryhmä valitsi {value} ({date})", "{field}: the group chose {value} ({date})";
    DECIDED_UNDATED = "{field}: ryhmä valitsi {value}", "{field}: the group chose {value}";
    CHOOSE = "Valitse", "Choose";
    CHOOSE_NAME = "Valitse {value} yhteiseksi: {field} ({member})", "Choose {value} as the joint {field} ({member})";
    CHOOSE_TIP = "Tekee tästä arvosta yhteisen ja kirjaa ryhmän päätöksen. Voit kumota sen (Ctrl+Z).", "Makes this the joint value and records the group's decision. You can undo it (Ctrl+Z).";
    JOINT_NOW = "yhteinen", "joint";
}

/// The heading of one disagreement: what differs, or what the group chose and when.
pub fn disagreement_title(project: &Project, d: &Disagreement, lang: Lang) -> String {
    let field = capitalised(field_name(d.field, lang));
    match &d.decided {
        Some(decision) => {
            let value = show_value(project, &decision.value, lang);
            match decision.date {
                Some(date) => DECIDED.fmt(lang, &[("field", &field), ("value", &value), ("date", &date)]),
                None => DECIDED_UNDATED.fmt(lang, &[("field", &field), ("value", &value)]),
            }
        }
        None => DIFFERS.fmt(lang, &[("field", &field)]),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// One member's value in a disagreement, `width` wide: "Member: value", with a Choose button
/// (or "joint" where it already is the joint value). Returns the decision's edit when chosen.
/// Read-only views show the text alone.
pub fn choice_row(
    ui: &mut egui::Ui,
    project: &Project,
    d: &Disagreement,
    (member, value): (MemberId, &JointValue),
    width: f32,
    lang: Lang,
) -> Option<crate::model::Edit> {
    let mut edit = None;
    let shown = show_value(project, value, lang);
    let who = member_name(project, member);
    ui.horizontal(|ui| {
        let button_w = 72.0;
        let is_joint = *value == d.joint;
        if !kit::is_read_only(ui) {
            if is_joint {
                ui.add_sized(
                    [button_w, kit::LINE],
                    egui::Label::new(egui::RichText::new(JOINT_NOW.get(lang)).weak()),
                );
            } else {
                let name = CHOOSE_NAME.fmt(
                    lang,
                    &[
                        ("value", &shown),
                        ("field", &field_name(d.field, lang)),
                        ("member", &who),
                    ],
                );
                let response = ui
                    .add_sized([button_w, kit::LINE], egui::Button::new(CHOOSE.get(lang)))
                    .on_hover_text(CHOOSE_TIP.get(lang));
                kit::name(&response, egui::WidgetType::Button, &name);
                if response.clicked() {
                    edit = decide(project, d.subject, value.clone(), Some(Date::today()));
                }
            }
        }
        let text = egui::RichText::new(format!("{who}: {shown}"));
        let text = if is_joint { text.strong() } else { text };
        let rest = (width - ui.min_rect().width() - ui.spacing().item_spacing.x).max(60.0);
        kit::wrapped_text(ui, text, rest);
    });
    edit
}

/// The members' views of `subject` for the inspector: who names it, and for each field where
/// they differ each member's value with a Choose button. Nothing for an ordinary project.
pub fn members_section(ui: &mut egui::Ui, cx: &mut ViewCtx, subject: Subject) {
    let (project, lang) = (cx.project, cx.lang);
    let Some(joint) = &project.joint else {
        return;
    };
    let members: Vec<MemberId> = match subject {
        Subject::Actor(id) => joint.actor(id).map(|r| r.seen_by.iter().map(|s| s.member).collect()),
        Subject::Relation(id) => joint.relation(id).map(|r| r.seen_by.iter().map(|s| s.member).collect()),
    }
    .unwrap_or_default();
    ui.separator();
    ui.strong(MEMBERS_VIEWS.get(lang));
    let width = ui.available_width();
    kit::wrapped_text(ui, seen_text(project, &members, lang), width);
    let list = disagreements_about(project, subject);
    if list.is_empty() {
        if members.len() > 1 {
            kit::wrapped_text(ui, AGREE.get(lang), width);
        }
        return;
    }
    for d in &list {
        ui.add_space(4.0);
        kit::wrapped_text(
            ui,
            egui::RichText::new(disagreement_title(project, d, lang)).strong(),
            width,
        );
        for (member, value) in &d.values {
            if let Some(edit) = choice_row(ui, project, d, (*member, value), width, lang) {
                cx.out.edit_step(edit);
            }
        }
    }
}
