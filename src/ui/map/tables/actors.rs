//! The actors table: every actor with its kind, ring, sector, importance, metrics from the
//! shared analysis and tags; add, delete, filter, sort, select with the mouse or Up/Down.

use super::engine::{self, Body, Column, Row, Table};
use super::*;
use crate::analysis::cache::Analysed;
use crate::analysis::{Metric, NetworkMetrics};
use crate::model::{Actor, ActorId, Edit, Sector};
use crate::ui::map::{WorkspaceState, actions, fold};
use crate::ui::{Selection, ViewCtx, kit};

/// State of the actors table.
#[derive(Clone, Debug, Default)]
pub struct ActorTable {
    sort: Option<Sort<ActorColumn>>,
    filter: String,
    /// Where a Shift+click range starts (and where Up/Down move from).
    anchor: Option<ActorId>,
    /// The engine's state: row order, scrolling.
    body: Body,
    /// An actor just added, to scroll to once it exists.
    scroll_to: Option<ActorId>,
}

fn metric_of(column: ActorColumn) -> Option<Metric> {
    match column {
        ActorColumn::Degree => Some(Metric::Degree),
        ActorColumn::Betweenness => Some(Metric::Betweenness),
        ActorColumn::Closeness => Some(Metric::Closeness),
        _ => None,
    }
}

/// Whether `actor` matches the lower-cased `needle` (name, role, kind or a tag).
fn actor_matches(project: &Project, actor: &Actor, needle: &str, lang: Lang) -> bool {
    needle.is_empty()
        || fold(&actor.name).contains(needle)
        || fold(&actor.role).contains(needle)
        || fold(project.catalogs.actor_kinds.label(&actor.kind, lang)).contains(needle)
        || actor.tags.iter().any(|t| fold(t).contains(needle))
}

/// The actors table's rows: indices into `project.actors` of the actors that match `filter`,
/// in `sort` order (the file's order when `None`). Names and labels compare without regard to
/// case; equal values keep the file's order.
pub fn actor_rows(
    project: &Project,
    metrics: Option<&NetworkMetrics>,
    filter: &str,
    sort: Option<Sort<ActorColumn>>,
    lang: Lang,
) -> Vec<usize> {
    let needle = fold(filter.trim());
    let actors = &project.actors;
    let mut rows: Vec<usize> = (0..actors.len())
        .filter(|&i| actor_matches(project, &actors[i], &needle, lang))
        .collect();
    let Some(Sort { column, descending }) = sort else {
        return rows;
    };
    let kinds = &project.catalogs.actor_kinds;
    match column {
        ActorColumn::Name => sort_rows(&mut rows, |i| fold(&actors[i].name), descending),
        ActorColumn::Kind => sort_rows(&mut rows, |i| fold(kinds.label(&actors[i].kind, lang)), descending),
        ActorColumn::Ring => sort_rows(&mut rows, |i| actors[i].ring, descending),
        ActorColumn::Sector => sort_rows(
            &mut rows,
            |i| (actors[i].sector.is_none(), actors[i].sector),
            descending,
        ),
        ActorColumn::Importance => sort_rows(&mut rows, |i| actors[i].importance, descending),
        ActorColumn::Tags => sort_rows(&mut rows, |i| fold(&actors[i].tags.join(", ")), descending),
        ActorColumn::Degree | ActorColumn::Betweenness | ActorColumn::Closeness => {
            let metric = metric_of(column).unwrap_or(Metric::Degree);
            let value = |i: usize| {
                Num(metrics
                    .and_then(|m| m.get(actors[i].id))
                    .map_or(f64::NEG_INFINITY, |m| m.value(metric)))
            };
            sort_rows(&mut rows, value, descending);
        }
    }
    rows
}

/// A fingerprint of everything the rows' order depends on.
fn order_key(project: &Project, metrics: Option<&Analysed>, state: &ActorTable, lang: Lang) -> u64 {
    let sort = state.sort.map(|s| (s.column as u64, s.descending));
    let mut h = order_start(lang, &state.filter, sort);
    h.add(metrics.map_or(0, |m| m.fingerprint));
    add_catalog(&mut h, &project.catalogs.actor_kinds, lang);
    h.add(project.actors.len() as u64);
    for a in &project.actors {
        h.add(u64::from(a.id.0) | (u64::from(a.importance) << 32) | ((a.ring as u64) << 40));
        h.add(a.sector.map_or(0, |s| 1 + s as u64));
        h.add_str(&a.name);
        h.add_str(&a.role);
        h.add_str(&a.kind);
        h.add_strs(&a.tags);
    }
    h.0
}

const COLUMNS: [Column<ActorColumn>; 9] = {
    use crate::analysis::msg as am;
    use crate::ui::map as m;
    [
        Column::new(m::NAME, 180.0, ActorColumn::Name),
        Column::new(m::KIND, 150.0, ActorColumn::Kind),
        Column::new(m::RING, 112.0, ActorColumn::Ring),
        Column::new(m::SECTOR, 104.0, ActorColumn::Sector),
        Column::new(m::IMPORTANCE, 90.0, ActorColumn::Importance),
        Column::with_help(am::METRIC_DEGREE, 64.0, ActorColumn::Degree, am::METRIC_DEGREE_HELP),
        Column::with_help(
            am::METRIC_BETWEENNESS,
            96.0,
            ActorColumn::Betweenness,
            am::METRIC_BETWEENNESS_HELP,
        ),
        Column::with_help(
            am::METRIC_CLOSENESS,
            84.0,
            ActorColumn::Closeness,
            am::METRIC_CLOSENESS_HELP,
        ),
        Column::new(m::TAGS, 140.0, ActorColumn::Tags),
    ]
};

/// The actors table with its toolbar (add, delete, filter).
pub fn actors(ui: &mut egui::Ui, cx: &mut ViewCtx, ws: &mut WorkspaceState) {
    let (project, lang) = (cx.project, cx.lang);
    let state = &mut ws.actors;
    let selected: Vec<ActorId> = cx.selection.actors().to_vec();

    // Toolbar.
    ui.horizontal_wrapped(|ui| {
        if ui.button(ADD_ACTOR.get(lang)).clicked() {
            // Unplaced: the map puts it in its ring's default place.
            let id = actions::add_actor(cx, None);
            ws.focus_name = true;
            state.scroll_to = Some(id);
        }
        let delete = ui
            .add_enabled(
                !selected.is_empty(),
                egui::Button::new(DELETE_SELECTED.fmt(lang, &[("count", &selected.len())])),
            )
            .on_hover_ui(|ui| {
                let relations = actions::relations_touching(project, &selected);
                ui.label(DELETE_SELECTED_TIP.fmt(lang, &[("relations", &relations)]));
            });
        if delete.clicked() || (!selected.is_empty() && engine::delete_pressed(ui)) {
            actions::delete_selection(cx);
        }
        ui.separator();
        engine::filter_field(ui, &mut state.filter, ACTOR_FILTER_HINT, lang);
    });

    // Rows in the current order, recomputed only when something they depend on changed.
    let metrics = cx.analysis.as_ref();
    let key = order_key(project, metrics, state, lang);
    let (filter, sort) = (state.filter.clone(), state.sort);
    let (rows, order) = state.body.ordered(
        key,
        || actor_rows(project, metrics.map(|m| &*m.metrics), &filter, sort, lang),
        |i| project.actors[i].id,
    );

    let shown = ACTORS_SHOWN.fmt(lang, &[("shown", &rows.len()), ("total", &project.actors.len())]);
    ui.add(egui::Label::new(egui::RichText::new(format!("{shown} · {}", SELECT_HINT.get(lang))).weak()).wrap());
    if engine::no_rows(ui, project.actors.len(), rows.len(), NO_ACTORS, NO_ACTOR_MATCHES, lang) {
        return;
    }
    // Up/Down move from the row clicked last, else from the last one selected.
    let current = state
        .anchor
        .filter(|a| selected.contains(a))
        .or_else(|| selected.last().copied());
    if let Some(id) = state.body.navigate(ui, &order, current, &mut state.scroll_to, |id| {
        project.actor(id).is_some()
    }) {
        *cx.selection = Selection::Actors(vec![id]);
        state.anchor = Some(id);
    }

    let selected = cx.selection.actors().to_vec();
    let metrics = metrics.map(|m| (&*m.metrics, m.current));
    let mut clicked: Option<(ActorId, egui::Modifiers)> = None;
    let out = &mut *cx.out;
    let key = cx.revision.rotate_left(1) ^ lang as u64;
    let fit = state
        .body
        .fitted(key, (ui, &COLUMNS, lang), || content_widths(ui, project, lang));
    let table = Table::new("actors_table", &COLUMNS, 1, lang).fit(fit);
    table.show(ui, &mut state.sort, &mut state.body, rows.len(), |ui, row| {
        let actor = &project.actors[rows[row.index]];
        let cells = Cells { project, metrics, lang };
        if let Some(m) = cells.show(ui, row, actor, selected.contains(&actor.id), out) {
            clicked = Some((actor.id, m));
        }
    });

    if let Some((id, modifiers)) = clicked {
        click_actor(cx.selection, &mut state.anchor, id, modifiers, &order);
    }
}

/// The width each column's content needs: the longest name, kind, ring, sector and tags.
fn content_widths(ui: &egui::Ui, project: &Project, lang: Lang) -> Vec<f32> {
    let choice = engine::choice_extra(ui);
    let star = if project.actors.iter().any(|a| a.own) {
        20.0
    } else {
        0.0
    };
    let names = project.actors.iter().map(|a| a.name.as_str());
    let name = engine::fit_width(ui, names, star + 2.0 * ui.spacing().button_padding.x);
    let kinds: Vec<String> = project
        .catalogs
        .actor_kinds
        .0
        .iter()
        .map(|k| format!("● {}", k.label(lang)))
        .collect();
    let kind = engine::fit_width(ui, kinds.iter().map(String::as_str), choice);
    let ring = engine::fit_width(ui, crate::model::Ring::ALL.iter().map(|r| r.label().get(lang)), choice);
    let sectors = [
        crate::ui::map::NO_SECTOR,
        Sector::Public.label(),
        Sector::Private.label(),
        Sector::Third.label(),
    ];
    let sector = engine::fit_width(ui, sectors.iter().map(|s| s.get(lang)), choice);
    let tags: Vec<String> = project.actors.iter().map(|a| a.tags.join(", ")).collect();
    let tags = engine::fit_width(ui, tags.iter().map(String::as_str), 0.0);
    vec![name, kind, ring, sector, 0.0, 0.0, 0.0, 0.0, tags]
}

/// What every row of the actors table reads.
struct Cells<'a> {
    project: &'a Project,
    metrics: Option<(&'a NetworkMetrics, bool)>,
    lang: Lang,
}

impl Cells<'_> {
    /// One row; returns the modifiers of a click that selects the actor.
    fn show(
        &self,
        ui: &mut egui::Ui,
        row: &Row,
        original: &Actor,
        selected: bool,
        out: &mut crate::app::Outbox,
    ) -> Option<egui::Modifiers> {
        let Cells { project, metrics, lang } = *self;
        let id = original.id;
        let background = row.background(ui, selected, egui::Id::new(("actor_row", id)));
        let mut clicked = background.clicked().then(|| ui.input(|i| i.modifiers));
        let mut a = original.clone();
        let mut step = false;
        let name = actions::actor_label(original, lang);

        // Name: a selectable button, so the keyboard can reach and select every row.
        {
            let mut cell = row.cell(ui, 0, ("name", id));
            if original.own {
                cell.label(egui::RichText::new("★").color(crate::ui::style::CURRENT_OUTLINE))
                    .on_hover_text(OWN_MARK.get(lang));
            }
            let response = cell.add(egui::Button::selectable(selected, egui::RichText::new(&name).strong()).truncate());
            if response.clicked() {
                clicked = Some(cell.input(|i| i.modifiers));
            }
            response.on_hover_text(&name);
        }
        {
            let mut cell = row.cell(ui, 1, ("kind", id));
            let label = KIND_OF.fmt(lang, &[("name", &name)]);
            let kinds = &project.catalogs.actor_kinds;
            let width = row.combo_width(1);
            step |=
                kit::catalog_choice(&mut cell, ("table_kind", id), &label, kinds, lang, &mut a.kind, width).changed();
        }
        let label = RING_OF.fmt(lang, &[("name", &name)]);
        let rings = (crate::model::Ring::ALL, crate::model::Ring::label);
        step |= row.enum_cell(ui, (2, ("ring", id)), &label, &mut a.ring, rings, lang);
        {
            let mut cell = row.cell(ui, 3, ("sector", id));
            cell.spacing_mut().combo_width = row.combo_width(3);
            let label = SECTOR_OF.fmt(lang, &[("name", &name)]);
            let options = [None, Some(Sector::Public), Some(Sector::Private), Some(Sector::Third)];
            step |= kit::value_choice(
                &mut cell,
                ("table_sector", id),
                &label,
                &mut a.sector,
                &options,
                kit::Look::default(),
                |s| s.map_or(crate::ui::map::NO_SECTOR, Sector::label).get(lang).to_owned(),
            )
            .changed();
        }
        {
            let mut cell = row.cell(ui, 4, ("importance", id));
            let label = IMPORTANCE_OF.fmt(lang, &[("name", &name)]);
            engine::importance_cell(&mut cell, &label, &mut a.importance);
        }
        for (cell_index, column) in [(5, Metric::Degree), (6, Metric::Betweenness), (7, Metric::Closeness)] {
            let mut cell = row.cell(ui, cell_index, ("metric", cell_index, id));
            let text = match metrics.and_then(|(m, current)| m.get(id).map(|a| (a.value(column), current))) {
                Some((value, current)) => {
                    let text = if column.is_count() {
                        format!("{value:.0}")
                    } else {
                        crate::ui::map::decimal(value, lang)
                    };
                    if current {
                        egui::RichText::new(text)
                    } else {
                        egui::RichText::new(text).weak()
                    }
                }
                None => egui::RichText::new(PENDING.get(lang)).weak(),
            };
            cell.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(text).selectable(false));
            });
        }
        {
            let mut cell = row.cell(ui, 8, ("tags", id));
            let tags = original.tags.join(", ");
            if !tags.is_empty() {
                cell.add(egui::Label::new(&tags).selectable(false)).on_hover_text(&tags);
            }
        }

        if a != *original {
            actions::queue_edit(ui.ctx(), out, Edit::SetActor(Box::new(a)), step);
        }
        clicked
    }
}

/// Selects `id` after a click with `modifiers`: alone; Ctrl toggles it in the selection; Shift
/// selects the range from the anchor in the table's current order.
fn click_actor(
    selection: &mut Selection,
    anchor: &mut Option<ActorId>,
    id: ActorId,
    modifiers: egui::Modifiers,
    order: &[ActorId],
) {
    let mut ids = selection.actors().to_vec();
    if modifiers.shift
        && let Some(from) = anchor.and_then(|a| order.iter().position(|&x| x == a))
        && let Some(to) = order.iter().position(|&x| x == id)
    {
        let (lo, hi) = if from <= to { (from, to) } else { (to, from) };
        let mut have: std::collections::HashSet<ActorId> = ids.iter().copied().collect();
        ids.extend(order[lo..=hi].iter().filter(|&&x| have.insert(x)));
    } else if modifiers.command || modifiers.ctrl {
        if let Some(pos) = ids.iter().position(|&x| x == id) {
            ids.remove(pos);
        } else {
            ids.push(id);
        }
        *anchor = Some(id);
    } else {
        ids = vec![id];
        *anchor = Some(id);
    }
    selection.set_actors(ids);
}
