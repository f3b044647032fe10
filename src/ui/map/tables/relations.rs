//! The relations table: every relation with its ends, role, flows, status, importance and
//! direction; add from two chosen actors, delete, filter, sort, select with the mouse or
//! Up/Down.

use super::engine::{self, Body, Column, Row, Table};
use super::*;
use crate::model::{ActorId, Edit, IMPORTANCE_LEVELS, RelationId, RelationStatus};
use crate::ui::map::{ActorPicker, actions, fold};
use crate::ui::{Selection, ViewCtx, kit};

/// State of the relations table.
#[derive(Clone, Debug, Default)]
pub struct RelationTable {
    sort: Option<Sort<RelationColumn>>,
    filter: String,
    new_from: Option<ActorId>,
    new_to: Option<ActorId>,
    /// The engine's state: row order, scrolling.
    body: Body,
    /// A relation just added, to scroll to once it exists.
    scroll_to: Option<RelationId>,
}

/// The relations table's rows: indices into `project.relations` that match `filter` (an end's
/// name, the role or a flow), in `sort` order (the file's order when `None`).
pub fn relation_rows(project: &Project, filter: &str, sort: Option<Sort<RelationColumn>>, lang: Lang) -> Vec<usize> {
    let needle = fold(filter.trim());
    let relations = &project.relations;
    // One pass over the actors instead of a search per relation.
    let names: std::collections::HashMap<ActorId, String> =
        project.actors.iter().map(|a| (a.id, fold(&a.name))).collect();
    let name = |id: ActorId| names.get(&id).cloned().unwrap_or_default();
    let roles = &project.catalogs.relation_roles;
    let mut rows: Vec<usize> = (0..relations.len())
        .filter(|&i| {
            let r = &relations[i];
            needle.is_empty()
                || name(r.from).contains(&needle)
                || name(r.to).contains(&needle)
                || fold(roles.label(&r.role, lang)).contains(&needle)
                || fold(&flows_text(project, r, lang)).contains(&needle)
        })
        .collect();
    let Some(Sort { column, descending }) = sort else {
        return rows;
    };
    match column {
        RelationColumn::From => sort_rows(&mut rows, |i| name(relations[i].from), descending),
        RelationColumn::To => sort_rows(&mut rows, |i| name(relations[i].to), descending),
        RelationColumn::Role => sort_rows(&mut rows, |i| fold(roles.label(&relations[i].role, lang)), descending),
        RelationColumn::Flows => sort_rows(
            &mut rows,
            |i| fold(&flows_text(project, &relations[i], lang)),
            descending,
        ),
        RelationColumn::Status => sort_rows(&mut rows, |i| relations[i].status, descending),
        RelationColumn::Importance => sort_rows(&mut rows, |i| relations[i].importance, descending),
        RelationColumn::Directed => sort_rows(&mut rows, |i| relations[i].directed, descending),
    }
    rows
}

const COLUMNS: [Column<RelationColumn>; 7] = {
    use crate::ui::map as m;
    [
        Column::new(m::FROM, 150.0, RelationColumn::From),
        Column::new(m::TO, 150.0, RelationColumn::To),
        Column::with_help(m::RELATION_ROLE_SHORT, 150.0, RelationColumn::Role, m::RELATION_ROLE),
        Column::with_help(m::FLOWS_SHORT, 160.0, RelationColumn::Flows, m::FLOWS),
        Column::new(m::STATUS, 122.0, RelationColumn::Status),
        Column::new(m::IMPORTANCE, 92.0, RelationColumn::Importance),
        Column::new(m::DIRECTED, 92.0, RelationColumn::Directed),
    ]
};

/// A fingerprint of everything the rows' order depends on.
fn order_key(project: &Project, state: &RelationTable, lang: Lang) -> u64 {
    let sort = state.sort.map(|s| (s.column as u64, s.descending));
    let mut h = order_start(lang, &state.filter, sort);
    add_catalog(&mut h, &project.catalogs.relation_roles, lang);
    add_catalog(&mut h, &project.catalogs.flows, lang);
    add_names(&mut h, project);
    h.add(project.relations.len() as u64);
    for r in &project.relations {
        h.add(u64::from(r.id.0) | (u64::from(r.importance) << 32) | (u64::from(r.directed) << 40));
        h.add((u64::from(r.from.0) << 32) | u64::from(r.to.0));
        h.add(r.status as u64);
        h.add_str(&r.role);
        h.add_strs(&r.flows);
    }
    h.0
}

/// The relations table with its toolbar (add from two actors, delete, filter).
pub fn relations(ui: &mut egui::Ui, cx: &mut ViewCtx, state: &mut RelationTable) {
    let (project, lang) = (cx.project, cx.lang);
    let selected = cx.selection.relation();

    ui.horizontal_wrapped(|ui| {
        let picker = ActorPicker {
            project,
            width: 150.0,
            lang,
        };
        let (from, to) = (state.new_from, state.new_to);
        for (label, name, end, other) in [
            (crate::ui::map::FROM, NEW_RELATION_FROM, &mut state.new_from, to),
            (crate::ui::map::TO, NEW_RELATION_TO, &mut state.new_to, from),
        ] {
            // The label stays on the line of its drop-down.
            let label_w = engine::fit_width(ui, std::iter::once(label.get(lang)), 0.0);
            if ui.available_size_before_wrap().x < label_w + picker.width + 40.0 {
                ui.end_row();
            }
            ui.label(label.get(lang));
            let text = end.map_or_else(
                || PICK_FROM.get(lang).to_owned(),
                |id| actions::actor_name(project, id, lang),
            );
            let (_, picked) = picker.show(ui, name.en, name.get(lang), text, |a| Some(a) == other);
            if picked.is_some() {
                *end = picked;
            }
        }
        // Ends that were deleted (or undone) meanwhile are forgotten.
        state.new_from = state.new_from.filter(|&id| project.actor(id).is_some());
        state.new_to = state.new_to.filter(|&id| project.actor(id).is_some());
        let ready = match (state.new_from, state.new_to) {
            (Some(f), Some(t)) => (f != t).then_some((f, t)),
            _ => None,
        };
        let add = ui.add_enabled(ready.is_some(), egui::Button::new(ADD_RELATION.get(lang)));
        let add = if ready.is_none() {
            add.on_disabled_hover_text(ADD_RELATION_TIP.get(lang))
        } else {
            add
        };
        if add.clicked()
            && let Some((from, to)) = ready
            && let Some(id) = actions::connect(cx, from, to)
        {
            state.new_to = None;
            state.scroll_to = Some(id);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let delete = ui.add_enabled(selected.is_some(), egui::Button::new(DELETE_RELATION.get(lang)));
        if selected.is_some() && (delete.clicked() || engine::delete_pressed(ui)) {
            actions::delete_selection(cx);
        }
        ui.separator();
        engine::filter_field(ui, &mut state.filter, RELATION_FILTER_HINT, lang);
    });

    let key = order_key(project, state, lang);
    let (filter, sort) = (state.filter.clone(), state.sort);
    let (rows, order) = state.body.ordered(
        key,
        || relation_rows(project, &filter, sort, lang),
        |i| project.relations[i].id,
    );
    ui.weak(RELATIONS_SHOWN.fmt(lang, &[("shown", &rows.len()), ("total", &project.relations.len())]));
    if engine::no_rows(
        ui,
        project.relations.len(),
        rows.len(),
        NO_RELATIONS,
        NO_RELATION_MATCHES,
        lang,
    ) {
        return;
    }
    let current = cx.selection.relation();
    if let Some(id) = state.body.navigate(ui, &order, current, &mut state.scroll_to, |id| {
        project.relation(id).is_some()
    }) {
        *cx.selection = Selection::Relation(id);
    }

    let selected = cx.selection.relation();
    let mut clicked = None;
    let out = &mut *cx.out;
    let key = cx.revision.rotate_left(1) ^ lang as u64;
    let fit = state
        .body
        .fitted(key, (ui, &COLUMNS, lang), || content_widths(ui, project, lang));
    Table::new("relations_table", &COLUMNS, 2, lang).fit(fit).show(
        ui,
        &mut state.sort,
        &mut state.body,
        rows.len(),
        |ui, row| {
            let relation = &project.relations[rows[row.index]];
            if relation_row(ui, project, row, relation, selected == Some(relation.id), lang, out) {
                clicked = Some(relation.id);
            }
        },
    );
    if let Some(id) = clicked {
        *cx.selection = Selection::Relation(id);
    }
}

/// The width each column's content needs: the longest names at both ends, role, flows,
/// status and importance word.
fn content_widths(ui: &egui::Ui, project: &Project, lang: Lang) -> Vec<f32> {
    let choice = engine::choice_extra(ui);
    let names: Vec<String> = project.actors.iter().map(|a| actions::actor_label(a, lang)).collect();
    let from = engine::fit_width(
        ui,
        names.iter().map(String::as_str),
        2.0 * ui.spacing().button_padding.x,
    );
    let to =
        engine::fit_width(ui, names.iter().map(String::as_str), 0.0) + engine::fit_width(ui, ["→ "].into_iter(), 0.0);
    let roles: Vec<String> = project
        .catalogs
        .relation_roles
        .0
        .iter()
        .map(|k| format!("● {}", k.label(lang)))
        .collect();
    let role = engine::fit_width(ui, roles.iter().map(String::as_str), choice);
    let flows: Vec<String> = project.relations.iter().map(|r| flows_text(project, r, lang)).collect();
    let flows = engine::fit_width(ui, flows.iter().map(String::as_str), 0.0);
    let status = engine::fit_width(ui, RelationStatus::ALL.iter().map(|s| s.label().get(lang)), choice);
    // The number field beside the word.
    let importance = engine::fit_width(ui, IMPORTANCE_LEVELS.iter().map(|l| l.get(lang)), 48.0);
    vec![from, to, role, flows, status, importance, 0.0]
}

/// One row of the relations table; true when it was clicked to select it.
fn relation_row(
    ui: &mut egui::Ui,
    project: &Project,
    row: &Row,
    original: &Relation,
    selected: bool,
    lang: Lang,
    out: &mut crate::app::Outbox,
) -> bool {
    let id = original.id;
    let mut clicked = row
        .background(ui, selected, egui::Id::new(("relation_row", id)))
        .clicked();
    let mut r = original.clone();
    let mut step = false;
    let from = actions::actor_name(project, r.from, lang);
    let to = actions::actor_name(project, r.to, lang);
    let arrow = if r.directed { "→" } else { "—" };
    let name = format!("{from} {arrow} {to}");

    {
        let mut cell = row.cell(ui, 0, ("from", id));
        let response = cell.add(egui::Button::selectable(selected, egui::RichText::new(&from).strong()).truncate());
        let label = name.clone();
        response.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::SelectableLabel, true, selected, &label));
        clicked |= response.clicked();
        response.on_hover_text(&name);
    }
    {
        let mut cell = row.cell(ui, 1, ("to", id));
        cell.add(egui::Label::new(format!("{arrow} {to}")).selectable(false));
    }
    {
        let mut cell = row.cell(ui, 2, ("role", id));
        let label = ROLE_OF.fmt(lang, &[("name", &name)]);
        let roles = &project.catalogs.relation_roles;
        let width = row.combo_width(2);
        step |= kit::catalog_choice(&mut cell, ("table_role", id), &label, roles, lang, &mut r.role, width).changed();
    }
    {
        let mut cell = row.cell(ui, 3, ("flows", id));
        let flows = flows_text(project, original, lang);
        if !flows.is_empty() {
            cell.add(egui::Label::new(&flows).selectable(false))
                .on_hover_text(&flows);
        }
    }
    let label = STATUS_OF.fmt(lang, &[("name", &name)]);
    let statuses = (RelationStatus::ALL, RelationStatus::label);
    step |= row.enum_cell(ui, (4, ("status", id)), &label, &mut r.status, statuses, lang);
    {
        let mut cell = row.cell(ui, 5, ("importance", id));
        let label = RELATION_IMPORTANCE_OF.fmt(lang, &[("name", &name)]);
        engine::importance_cell(&mut cell, &label, &mut r.importance);
        cell.weak(IMPORTANCE_LEVELS[usize::from(r.importance.clamp(1, 5) - 1)].get(lang));
    }
    {
        let mut cell = row.cell(ui, 6, ("directed", id));
        let label = DIRECTED_OF.fmt(lang, &[("name", &name)]);
        let response = cell.checkbox(&mut r.directed, "");
        let on = r.directed;
        response.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::Checkbox, true, on, &label));
        step |= response.changed();
    }

    if r != *original {
        actions::queue_edit(ui.ctx(), out, Edit::SetRelation(Box::new(r)), step);
    }
    clicked
}
