//! The disagreements of a joint project in one table the group walks through in a workshop:
//! each actor or relation the members see differently, the field, each member's value with a
//! button to choose it, and what the group has decided. Only the rows in view are laid out,
//! so a joint view of thousands of actors scrolls smoothly.

use super::values::{choice_row, disagreement_title};
use crate::combine::{Disagreement, Subject, disagreements};
use crate::i18n::Lang;
use crate::model::Project;
use crate::ui::{Selection, ViewCtx, kit};
use std::sync::Arc;

crate::messages! {
    TITLE = "Erimielisyydet", "Disagreements";
    INTRO = "Kohdat, joissa jäsenet näkevät toimijan tai suhteen eri tavoin. Käykää ne läpi yhdessä ja valitkaa yhteinen arvo; valinta kirjataan päätökseksi.", "Where the members see an actor or a relation differently. Walk through them together and choose the joint value; the choice is recorded as a decision.";
    COUNTS = "{count} kohtaa, joista {decided} päätetty.", "{count} items, {decided} of them decided.";
    ONLY_OPEN = "Näytä vain päättämättömät", "Show only undecided";
    NONE = "Jäsenet näkevät kaikki yhteiset toimijat ja suhteet samoin.", "The members see every shared actor and relation alike.";
    NONE_OPEN = "Kaikki erimielisyydet on päätetty.", "Every disagreement is decided.";
    SHOW_ON_MAP = "Näytä kartalla: {name}", "Show on the map: {name}";
}

/// The disagreements of the project at one revision, kept while nothing changes.
#[derive(Clone, Default)]
struct Cached {
    revision: u64,
    list: Arc<Vec<Disagreement>>,
}

fn cached(ui: &egui::Ui, project: &Project, revision: u64) -> Arc<Vec<Disagreement>> {
    let id = egui::Id::new("verkosto_disagreements");
    if let Some(c) = ui.data(|d| d.get_temp::<Cached>(id)).filter(|c| c.revision == revision) {
        return c.list;
    }
    let list = Arc::new(disagreements(project));
    ui.data_mut(|d| {
        d.insert_temp(
            id,
            Cached {
                revision,
                list: list.clone(),
            },
        )
    });
    list
}

/// The name of what a disagreement is about: the actor, or "A – B" for a relation.
pub fn subject_name(project: &Project, subject: Subject, lang: Lang) -> String {
    let name = |id| crate::ui::map::actor_name(project, id, lang);
    match subject {
        Subject::Actor(id) => name(id),
        Subject::Relation(id) => project.relation(id).map_or_else(
            || format!("#{id}"),
            |r| format!("{} {} {}", name(r.from), if r.directed { "→" } else { "–" }, name(r.to)),
        ),
    }
}

/// Draws the table. Returns true when the user asked to see a row's actor or relation on the
/// map (it is then selected).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) -> bool {
    let (project, lang) = (cx.project, cx.lang);
    let list = cached(ui, project, cx.revision);
    let only_open_id = egui::Id::new("verkosto_disagreements_only_open");
    let mut only_open: bool = ui.data(|d| d.get_temp(only_open_id)).unwrap_or(false);
    let width = ui.available_width();
    ui.heading(TITLE.get(lang));
    kit::wrapped_text(ui, INTRO.get(lang), width);
    let decided = list.iter().filter(|d| d.decided.is_some()).count();
    ui.horizontal_wrapped(|ui| {
        ui.label(COUNTS.fmt(lang, &[("count", &list.len()), ("decided", &decided)]));
        if ui.checkbox(&mut only_open, ONLY_OPEN.get(lang)).changed() {
            ui.data_mut(|d| d.insert_temp(only_open_id, only_open));
        }
    });
    ui.separator();
    let rows: Vec<&Disagreement> = list.iter().filter(|d| !only_open || d.decided.is_none()).collect();
    if rows.is_empty() {
        let text = if list.is_empty() { NONE } else { NONE_OPEN };
        kit::empty_text(ui, text.get(lang));
        return false;
    }
    let mut go = false;
    // Each row: the subject, the title line, a line or more per member, and a gap. Only the
    // rows in view are laid out, so their heights are estimated from the text's length (a
    // little generously: a gap is better than overlapping rows).
    let line = kit::LINE + ui.spacing().item_spacing.y;
    let chars_per_line = ((ui.available_width() - 110.0) / 8.0).max(10.0);
    let member_lines = |d: &Disagreement| -> f32 {
        d.values
            .iter()
            .map(|(m, v)| {
                let chars = super::member_name(project, *m).chars().count()
                    + crate::combine::summary::show_value(project, v, lang).chars().count()
                    + 2;
                (chars as f32 / chars_per_line).ceil().max(1.0)
            })
            .sum()
    };
    let height = |d: &Disagreement| line * (2.0 + member_lines(d)) + 8.0;
    let tops: Vec<f32> = rows
        .iter()
        .scan(0.0, |top, d| {
            let this = *top;
            *top += height(d);
            Some(this)
        })
        .collect();
    let total = tops.last().zip(rows.last()).map_or(0.0, |(t, d)| t + height(d));
    egui::ScrollArea::vertical()
        .id_salt("disagreements_scroll")
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            let width = ui.available_width();
            ui.set_height(total);
            let first = tops.partition_point(|&t| t < viewport.min.y).saturating_sub(1);
            for (k, d) in rows.iter().enumerate().skip(first) {
                if tops[k] > viewport.max.y {
                    break;
                }
                let min = ui.min_rect().min + egui::vec2(0.0, tops[k]);
                let rect = egui::Rect::from_min_size(min, egui::vec2(width, height(d)));
                let mut row = ui.new_child(egui::UiBuilder::new().max_rect(rect).id_salt(("disagreement", k)));
                go |= show_row(&mut row, cx, d, width);
            }
        });
    go
}

fn show_row(ui: &mut egui::Ui, cx: &mut ViewCtx, d: &Disagreement, width: f32) -> bool {
    let (project, lang) = (cx.project, cx.lang);
    let name = subject_name(project, d.subject, lang);
    let mut go = false;
    let link = ui.add(
        egui::Button::new(egui::RichText::new(&name).strong())
            .frame(false)
            .truncate(),
    );
    kit::name(
        &link,
        egui::WidgetType::Link,
        &SHOW_ON_MAP.fmt(lang, &[("name", &name)]),
    );
    if link.on_hover_text(SHOW_ON_MAP.fmt(lang, &[("name", &name)])).clicked() {
        *cx.selection = match d.subject {
            Subject::Actor(id) => Selection::Actors(vec![id]),
            Subject::Relation(id) => Selection::Relation(id),
        };
        go = true;
    }
    ui.label(disagreement_title(project, d, lang));
    for (member, value) in &d.values {
        if let Some(edit) = choice_row(ui, project, d, (*member, value), width, lang) {
            cx.out.edit_step(edit);
        }
    }
    go
}
