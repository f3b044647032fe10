//! The actors and relations tables beside the map: sortable, filterable and editable, so that
//! the whole network can be built with the keyboard and by screen-reader users. Only the
//! visible rows are laid out, so thousands of actors scroll smoothly.

use super::WorkspaceState;
use crate::analysis::cache::Analysed as Metrics;
use crate::analysis::{Metric, NetworkMetrics};
use crate::app::Outbox;
use crate::i18n::{Lang, Tr};
use crate::model::{
    Actor, ActorId, Edit, IMPORTANCE_LEVELS, Project, Relation, RelationId, RelationStatus, Ring, Sector,
};
use crate::ui::{Selection, widgets};
use std::cmp::Ordering;

crate::messages! {
    FILTER = "Suodata", "Filter";
    ACTOR_FILTER_HINT = "nimi, rooli, tyyppi tai tunniste", "name, role, kind or tag";
    RELATION_FILTER_HINT = "toimija, rooli tai virta", "actor, role or flow";
    ADD_ACTOR = "+ Lisää toimija", "+ Add actor";
    NEW_ACTOR = "Uusi toimija", "New actor";
    DELETE_SELECTED = "🗑 Poista valitut ({count})", "🗑 Delete selected ({count})";
    DELETE_SELECTED_TIP = "Poistaa valitut toimijat ja niiden {relations} suhdetta (myös Delete-näppäin). Poiston voi kumota (Ctrl+Z).", "Deletes the selected actors and their {relations} relations (or press Delete). You can undo this (Ctrl+Z).";
    ACTORS_SHOWN = "{shown}/{total} toimijaa", "{shown} of {total} actors";
    NO_ACTORS = "Ei vielä toimijoita. Lisää ensimmäinen yllä olevalla painikkeella tai kaksoisnapsauttamalla karttaa.", "No actors yet. Add the first one with the button above or by double-clicking the map.";
    NO_ACTOR_MATCHES = "Yksikään toimija ei vastaa suodatinta.", "No actor matches the filter.";
    SELECT_HINT = "Napsauta riviä valitaksesi; Ctrl+napsautus lisää valintaan, Vaihto+napsautus valitsee välin.", "Click a row to select it; Ctrl+click adds to the selection, Shift+click selects a range.";
    OWN_MARK = "Oma organisaatio", "Own organisation";
    KIND_OF = "Tyyppi: {name}", "Kind of {name}";
    RING_OF = "Kehä: {name}", "Ring of {name}";
    SECTOR_OF = "Sektori: {name}", "Sector of {name}";
    IMPORTANCE_OF = "Merkitys: {name}", "Importance of {name}";
    ADD_RELATION = "+ Lisää suhde", "+ Add relation";
    PICK_FROM = "Valitse toimija…", "Choose an actor…";
    NEW_RELATION_FROM = "Uuden suhteen alkupää", "New relation from";
    NEW_RELATION_TO = "Uuden suhteen loppupää", "New relation to";
    ADD_RELATION_TIP = "Valitse ensin kaksi eri toimijaa.", "Choose two different actors first.";
    DELETE_RELATION = "🗑 Poista valittu suhde", "🗑 Delete the selected relation";
    RELATIONS_SHOWN = "{shown}/{total} suhdetta", "{shown} of {total} relations";
    NO_RELATIONS = "Ei vielä suhteita. Lisää suhde valitsemalla kaksi toimijaa yllä.", "No relations yet. Add one by choosing two actors above.";
    NO_RELATION_MATCHES = "Yksikään suhde ei vastaa suodatinta.", "No relation matches the filter.";
    ROLE_OF = "Rooli: {name}", "Role in {name}";
    STATUS_OF = "Tila: {name}", "Status of {name}";
    RELATION_IMPORTANCE_OF = "Merkitys: {name}", "Importance of {name}";
    DIRECTED_OF = "Suunnattu: {name}", "Directed: {name}";
    PENDING = "…", "…";
}

/// Sort order of a table: a column and its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort<C> {
    /// The column sorted by.
    pub column: C,
    /// Largest or last first.
    pub descending: bool,
}

impl<C: PartialEq + Copy> Sort<C> {
    /// The order after clicking `column`'s header: ascending first, then descending, then back.
    pub fn toggle(current: Option<Sort<C>>, column: C) -> Option<Sort<C>> {
        match current {
            Some(s) if s.column == column && !s.descending => Some(Sort {
                column,
                descending: true,
            }),
            Some(s) if s.column == column => None,
            _ => Some(Sort {
                column,
                descending: false,
            }),
        }
    }
}

/// The columns of the actors table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorColumn {
    /// Name.
    Name,
    /// Kind (by its label).
    Kind,
    /// Membership ring.
    Ring,
    /// Sector; actors without one come last.
    Sector,
    /// Importance 1–5.
    Importance,
    /// Degree (from the network analysis).
    Degree,
    /// Betweenness.
    Betweenness,
    /// Closeness.
    Closeness,
    /// Tags.
    Tags,
}

/// The columns of the relations table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationColumn {
    /// The actor the relation starts from.
    From,
    /// The actor it goes to.
    To,
    /// Role relative to us.
    Role,
    /// What flows.
    Flows,
    /// Current, past or potential.
    Status,
    /// Importance 1–5.
    Importance,
    /// Directed or mutual.
    Directed,
}

/// What the cached row order was computed from.
#[derive(Clone, Debug, PartialEq)]
struct OrderKey<C> {
    revision: u64,
    /// The address of the project's list: a different document has a different one, even
    /// when its revision number happens to be the same.
    list: usize,
    len: usize,
    sort: Option<Sort<C>>,
    filter: String,
    lang: Lang,
    metrics: usize,
}

/// State of the actors table.
#[derive(Clone, Debug, Default)]
pub struct ActorTable {
    sort: Option<Sort<ActorColumn>>,
    filter: String,
    /// Where a Shift+click range starts.
    anchor: Option<ActorId>,
    order: Option<(OrderKey<ActorColumn>, Vec<usize>)>,
    /// An actor just added, to scroll to once it exists.
    scroll_to: Option<ActorId>,
}

/// State of the relations table.
#[derive(Clone, Debug, Default)]
pub struct RelationTable {
    sort: Option<Sort<RelationColumn>>,
    filter: String,
    new_from: Option<ActorId>,
    new_to: Option<ActorId>,
    order: Option<(OrderKey<RelationColumn>, Vec<usize>)>,
    /// A relation just added, to scroll to once it exists.
    scroll_to: Option<RelationId>,
}

/// `f64` ordered by `total_cmp`, for sorting by metrics.
#[derive(Clone, Copy, PartialEq)]
struct Num(f64);

impl Eq for Num {}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Num {
    fn cmp(&self, other: &Num) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Sorts `rows` by `key`, stably: equal keys keep the file's order in both directions.
fn sort_rows<K: Ord>(rows: &mut Vec<usize>, key: impl Fn(usize) -> K, descending: bool) {
    let mut keyed: Vec<(K, usize)> = rows.iter().map(|&i| (key(i), i)).collect();
    keyed.sort_by(|a, b| if descending { b.0.cmp(&a.0) } else { a.0.cmp(&b.0) });
    *rows = keyed.into_iter().map(|(_, i)| i).collect();
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
        || super::fold(&actor.name).contains(needle)
        || super::fold(&actor.role).contains(needle)
        || super::fold(project.catalogs.actor_kinds.label(&actor.kind, lang)).contains(needle)
        || actor.tags.iter().any(|t| super::fold(t).contains(needle))
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
    let needle = super::fold(filter.trim());
    let actors = &project.actors;
    let mut rows: Vec<usize> = (0..actors.len())
        .filter(|&i| actor_matches(project, &actors[i], &needle, lang))
        .collect();
    let Some(Sort { column, descending }) = sort else {
        return rows;
    };
    let kinds = &project.catalogs.actor_kinds;
    match column {
        ActorColumn::Name => sort_rows(&mut rows, |i| super::fold(&actors[i].name), descending),
        ActorColumn::Kind => sort_rows(
            &mut rows,
            |i| super::fold(kinds.label(&actors[i].kind, lang)),
            descending,
        ),
        ActorColumn::Ring => sort_rows(&mut rows, |i| actors[i].ring, descending),
        ActorColumn::Sector => sort_rows(
            &mut rows,
            |i| (actors[i].sector.is_none(), actors[i].sector),
            descending,
        ),
        ActorColumn::Importance => sort_rows(&mut rows, |i| actors[i].importance, descending),
        ActorColumn::Tags => sort_rows(&mut rows, |i| super::fold(&actors[i].tags.join(", ")), descending),
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

fn flows_text(project: &Project, relation: &Relation, lang: Lang) -> String {
    relation
        .flows
        .iter()
        .map(|k| project.catalogs.flows.label(k, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The relations table's rows: indices into `project.relations` that match `filter` (an end's
/// name, the role or a flow), in `sort` order (the file's order when `None`).
pub fn relation_rows(project: &Project, filter: &str, sort: Option<Sort<RelationColumn>>, lang: Lang) -> Vec<usize> {
    let needle = super::fold(filter.trim());
    let relations = &project.relations;
    // One pass over the actors instead of a search per relation.
    let names: std::collections::HashMap<ActorId, String> =
        project.actors.iter().map(|a| (a.id, super::fold(&a.name))).collect();
    let name = |id: ActorId| names.get(&id).cloned().unwrap_or_default();
    let roles = &project.catalogs.relation_roles;
    let mut rows: Vec<usize> = (0..relations.len())
        .filter(|&i| {
            let r = &relations[i];
            needle.is_empty()
                || name(r.from).contains(&needle)
                || name(r.to).contains(&needle)
                || super::fold(roles.label(&r.role, lang)).contains(&needle)
                || super::fold(&flows_text(project, r, lang)).contains(&needle)
        })
        .collect();
    let Some(Sort { column, descending }) = sort else {
        return rows;
    };
    match column {
        RelationColumn::From => sort_rows(&mut rows, |i| name(relations[i].from), descending),
        RelationColumn::To => sort_rows(&mut rows, |i| name(relations[i].to), descending),
        RelationColumn::Role => sort_rows(
            &mut rows,
            |i| super::fold(roles.label(&relations[i].role, lang)),
            descending,
        ),
        RelationColumn::Flows => sort_rows(
            &mut rows,
            |i| super::fold(&flows_text(project, &relations[i], lang)),
            descending,
        ),
        RelationColumn::Status => sort_rows(&mut rows, |i| relations[i].status, descending),
        RelationColumn::Importance => sort_rows(&mut rows, |i| relations[i].importance, descending),
        RelationColumn::Directed => sort_rows(&mut rows, |i| relations[i].directed, descending),
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// Drawing

/// One column: its title, width, sort key and an optional explanation on hover.
struct Column<C> {
    title: Tr,
    width: f32,
    key: C,
    help: Option<Tr>,
}

/// Tall enough for a drop-down (text plus button padding) with a little air.
fn row_height(ui: &egui::Ui) -> f32 {
    let button = ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y;
    button.max(ui.spacing().interact_size.y) + 8.0
}

/// Widths of the columns, the first `flex` columns sharing what is left of `available`.
fn widths<C>(columns: &[Column<C>], flex: usize, available: f32) -> Vec<f32> {
    let fixed: f32 = columns.iter().skip(flex).map(|c| c.width).sum();
    let flexible: f32 = columns.iter().take(flex).map(|c| c.width).sum();
    let scale = ((available - fixed) / flexible).max(1.0);
    columns
        .iter()
        .enumerate()
        .map(|(i, c)| if i < flex { c.width * scale } else { c.width })
        .collect()
}

/// The cells of one row, left to right.
fn cell_rects(row: egui::Rect, widths: &[f32]) -> Vec<egui::Rect> {
    let mut x = row.left();
    widths
        .iter()
        .map(|w| {
            let rect = egui::Rect::from_min_size(egui::pos2(x, row.top()), egui::vec2(*w, row.height()));
            x += w;
            rect.shrink2(egui::vec2(3.0, 2.0))
        })
        .collect()
}

/// A child `Ui` confined to one cell.
fn cell_ui(ui: &mut egui::Ui, rect: egui::Rect, salt: impl std::hash::Hash + std::fmt::Debug) -> egui::Ui {
    let mut cell = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .id_salt(salt)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    cell.set_clip_rect(rect.intersect(ui.clip_rect()));
    cell.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    // Drop-downs sit in a row as tall as themselves, so everything in the cell is centred alike.
    let button = cell.text_style_height(&egui::TextStyle::Button) + 2.0 * cell.spacing().button_padding.y;
    cell.spacing_mut().interact_size.y = button.min(rect.height());
    cell
}

/// The header row; clicking a title sorts by it (again: the other way; a third time: off).
fn header<C: Copy + PartialEq>(
    ui: &mut egui::Ui,
    columns: &[Column<C>],
    widths: &[f32],
    sort: &mut Option<Sort<C>>,
    lang: Lang,
) {
    let height = row_height(ui);
    let (row, _) = ui.allocate_exact_size(egui::vec2(widths.iter().sum(), height), egui::Sense::hover());
    ui.painter().line_segment(
        [row.left_bottom(), row.right_bottom()],
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    for ((column, rect), i) in columns.iter().zip(cell_rects(row, widths)).zip(0..) {
        let mut cell = cell_ui(ui, rect, ("header", i));
        let arrow = match sort {
            Some(s) if s.column == column.key => {
                if s.descending {
                    " ▼"
                } else {
                    " ▲"
                }
            }
            _ => "",
        };
        let text = egui::RichText::new(format!("{}{arrow}", column.title.get(lang))).strong();
        let mut response = cell.add(egui::Button::new(text).frame(false).truncate());
        if let Some(help) = column.help {
            response = response.on_hover_text(help.get(lang));
        }
        if response.clicked() {
            *sort = Sort::toggle(*sort, column.key);
        }
    }
}

/// Paints a row's background (stripes and selection) and returns its click response.
fn row_background(ui: &mut egui::Ui, row: egui::Rect, index: usize, selected: bool, id: egui::Id) -> egui::Response {
    let response = ui.interact(row, id, egui::Sense::click());
    let visuals = ui.visuals();
    let fill = if selected {
        Some(visuals.selection.bg_fill.gamma_multiply(0.35))
    } else if response.hovered() {
        Some(visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.5))
    } else if index % 2 == 1 {
        Some(visuals.faint_bg_color)
    } else {
        None
    };
    if let Some(fill) = fill {
        ui.painter().rect_filled(row, 2.0, fill);
    }
    response
}

/// The ids of the selected actors.
fn selected_actors(selection: &Selection) -> &[ActorId] {
    match selection {
        Selection::Actors(ids) => ids,
        _ => &[],
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
    let mut ids = selected_actors(selection).to_vec();
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
    *selection = if ids.is_empty() {
        Selection::None
    } else {
        Selection::Actors(ids)
    };
}

/// Whether Delete was pressed while no text field has the keyboard (it is consumed).
fn delete_pressed(ui: &egui::Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input() && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Delete))
}

fn filter_field(ui: &mut egui::Ui, filter: &mut String, hint: Tr, lang: Lang) {
    let label = ui.label(FILTER.get(lang));
    ui.add(
        egui::TextEdit::singleline(filter)
            .hint_text(hint.get(lang))
            .desired_width(200.0),
    )
    .labelled_by(label.id);
    if !filter.is_empty() && ui.small_button("×").on_hover_text(FILTER.get(lang)).clicked() {
        filter.clear();
    }
}

/// The actors table with its toolbar (add, delete, filter).
#[allow(clippy::too_many_arguments)]
pub fn actors(
    ui: &mut egui::Ui,
    project: &Project,
    revision: u64,
    selection: &mut Selection,
    metrics: Option<&Metrics>,
    ws: &mut WorkspaceState,
    lang: Lang,
    out: &mut Outbox,
) {
    let state = &mut ws.actors;
    let selected: Vec<ActorId> = selected_actors(selection).to_vec();

    // Toolbar.
    ui.horizontal_wrapped(|ui| {
        if ui.button(ADD_ACTOR.get(lang)).clicked() {
            let id = project.next_actor_id();
            let actor = Actor {
                id,
                name: NEW_ACTOR.get(lang).to_owned(),
                ..Actor::default()
            };
            out.edit_step(Edit::AddActor(Box::new(actor)));
            *selection = Selection::Actors(vec![id]);
            ws.focus_name = true;
            state.scroll_to = Some(id);
        }
        let delete = ui
            .add_enabled(
                !selected.is_empty(),
                egui::Button::new(DELETE_SELECTED.fmt(lang, &[("count", &selected.len())])),
            )
            .on_hover_ui(|ui| {
                let relations = super::inspector::relations_touching(project, &selected);
                ui.label(DELETE_SELECTED_TIP.fmt(lang, &[("relations", &relations)]));
            });
        if delete.clicked() || (!selected.is_empty() && delete_pressed(ui)) {
            out.edit_step(Edit::RemoveActors(selected.clone()));
            *selection = Selection::None;
        }
        ui.separator();
        filter_field(ui, &mut state.filter, ACTOR_FILTER_HINT, lang);
    });

    // Rows in the current order, recomputed only when something they depend on changed.
    let key = OrderKey {
        revision,
        list: project.actors.as_ptr() as usize,
        len: project.actors.len(),
        sort: state.sort,
        filter: state.filter.clone(),
        lang,
        metrics: metrics.map_or(0, |m| std::sync::Arc::as_ptr(&m.metrics) as usize),
    };
    if state.order.as_ref().is_none_or(|(k, _)| *k != key) {
        let rows = actor_rows(project, metrics.map(|m| &*m.metrics), &state.filter, state.sort, lang);
        state.order = Some((key, rows));
    }
    let rows: &[usize] = state.order.as_ref().map_or(&[], |(_, rows)| rows.as_slice());

    let shown = ACTORS_SHOWN.fmt(lang, &[("shown", &rows.len()), ("total", &project.actors.len())]);
    ui.add(egui::Label::new(egui::RichText::new(format!("{shown} · {}", SELECT_HINT.get(lang))).weak()).wrap());
    if project.actors.is_empty() {
        ui.add_space(12.0);
        ui.label(NO_ACTORS.get(lang));
        return;
    }
    if rows.is_empty() {
        ui.add_space(12.0);
        ui.label(NO_ACTOR_MATCHES.get(lang));
        return;
    }

    use crate::analysis::msg as am;
    let columns = [
        Column {
            title: super::NAME,
            width: 180.0,
            key: ActorColumn::Name,
            help: None,
        },
        Column {
            title: super::KIND,
            width: 150.0,
            key: ActorColumn::Kind,
            help: None,
        },
        Column {
            title: super::RING,
            width: 112.0,
            key: ActorColumn::Ring,
            help: None,
        },
        Column {
            title: super::SECTOR,
            width: 104.0,
            key: ActorColumn::Sector,
            help: None,
        },
        Column {
            title: super::IMPORTANCE,
            width: 90.0,
            key: ActorColumn::Importance,
            help: None,
        },
        Column {
            title: am::METRIC_DEGREE,
            width: 64.0,
            key: ActorColumn::Degree,
            help: Some(am::METRIC_DEGREE_HELP),
        },
        Column {
            title: am::METRIC_BETWEENNESS,
            width: 96.0,
            key: ActorColumn::Betweenness,
            help: Some(am::METRIC_BETWEENNESS_HELP),
        },
        Column {
            title: am::METRIC_CLOSENESS,
            width: 84.0,
            key: ActorColumn::Closeness,
            help: Some(am::METRIC_CLOSENESS_HELP),
        },
        Column {
            title: super::TAGS,
            width: 140.0,
            key: ActorColumn::Tags,
            help: None,
        },
    ];
    let mut clicked: Option<(ActorId, egui::Modifiers)> = None;
    let available = ui.available_width();
    let widths = widths(&columns, 1, available);
    let total: f32 = widths.iter().sum();
    let height = row_height(ui);
    // Bring a just-added actor into view (two rows below the top).
    let mut scroll_offset = None;
    if let Some(target) = state.scroll_to
        && project.actor(target).is_some()
    {
        state.scroll_to = None;
        if let Some(index) = rows.iter().position(|&i| project.actors[i].id == target) {
            let step = height + ui.spacing().item_spacing.y;
            scroll_offset = Some((index as f32 * step - 2.0 * step).max(0.0));
        }
    }
    let metrics_ref = metrics.map(|m| (&*m.metrics, m.current));

    egui::ScrollArea::horizontal()
        .id_salt("actors_table_h")
        .auto_shrink(false)
        .show(ui, |ui| {
            header(ui, &columns, &widths, &mut state.sort, lang);
            let body_height = ui.available_height();
            ui.allocate_ui(egui::vec2(total, body_height), |ui| {
                let mut area = egui::ScrollArea::vertical()
                    .id_salt("actors_table_v")
                    .auto_shrink(false);
                if let Some(offset) = scroll_offset {
                    area = area.vertical_scroll_offset(offset);
                }
                area.show_rows(ui, height, rows.len(), |ui, range| {
                    ui.set_width(total);
                    for index in range {
                        let actor = &project.actors[rows[index]];
                        let is_selected = selected.contains(&actor.id);
                        if let Some(m) = actor_row(
                            ui,
                            project,
                            actor,
                            index,
                            is_selected,
                            &widths,
                            height,
                            metrics_ref,
                            lang,
                            out,
                        ) {
                            clicked = Some((actor.id, m));
                        }
                    }
                });
            });
        });

    if let Some((id, modifiers)) = clicked {
        let order: Vec<ActorId> = rows.iter().map(|&i| project.actors[i].id).collect();
        click_actor(selection, &mut state.anchor, id, modifiers, &order);
    }
}

/// One row of the actors table; returns the modifiers of a click that selects the actor.
#[allow(clippy::too_many_arguments)]
fn actor_row(
    ui: &mut egui::Ui,
    project: &Project,
    original: &Actor,
    index: usize,
    selected: bool,
    widths: &[f32],
    height: f32,
    metrics: Option<(&NetworkMetrics, bool)>,
    lang: Lang,
    out: &mut Outbox,
) -> Option<egui::Modifiers> {
    let id = original.id;
    let (row, _) = ui.allocate_exact_size(egui::vec2(widths.iter().sum(), height), egui::Sense::hover());
    let background = row_background(ui, row, index, selected, egui::Id::new(("actor_row", id)));
    let mut clicked = background.clicked().then(|| ui.input(|i| i.modifiers));
    let cells = cell_rects(row, widths);
    let mut a = original.clone();
    let mut step = false;
    let name = super::actor_label(original, lang);

    // Name: a selectable button, so the keyboard can reach and select every row.
    {
        let mut cell = cell_ui(ui, cells[0], ("name", id));
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
        let mut cell = cell_ui(ui, cells[1], ("kind", id));
        let label = KIND_OF.fmt(lang, &[("name", &name)]);
        let kinds = &project.catalogs.actor_kinds;
        let w = cells[1].width() - 4.0;
        step |=
            super::catalog_choice(&mut cell, ("table_kind", id), &label, &mut a.kind, kinds, true, w, lang).changed();
    }
    {
        let mut cell = cell_ui(ui, cells[2], ("ring", id));
        cell.spacing_mut().combo_width = cells[2].width() - 4.0;
        let label = RING_OF.fmt(lang, &[("name", &name)]);
        step |= widgets::enum_choice(
            &mut cell,
            ("table_ring", id),
            &label,
            &mut a.ring,
            Ring::ALL,
            Ring::label,
            lang,
        )
        .changed();
    }
    {
        let mut cell = cell_ui(ui, cells[3], ("sector", id));
        cell.spacing_mut().combo_width = cells[3].width() - 4.0;
        let label = SECTOR_OF.fmt(lang, &[("name", &name)]);
        let options = [None, Some(Sector::Public), Some(Sector::Private), Some(Sector::Third)];
        step |= widgets::choice(&mut cell, ("table_sector", id), &label, &mut a.sector, &options, |s| {
            s.map_or(super::NO_SECTOR, Sector::label).get(lang).to_owned()
        })
        .changed();
    }
    {
        let mut cell = cell_ui(ui, cells[4], ("importance", id));
        let label = IMPORTANCE_OF.fmt(lang, &[("name", &name)]);
        let response = cell.add(egui::DragValue::new(&mut a.importance).range(1..=5).speed(0.05));
        let value = a.importance;
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::WidgetType::DragValue, true, &label);
            info.value = Some(f64::from(value));
            info
        });
        // Dragging merges into one undo step like typing; the outbox keys it by the drag.
    }
    for (cell_index, column) in [(5, Metric::Degree), (6, Metric::Betweenness), (7, Metric::Closeness)] {
        let mut cell = cell_ui(ui, cells[cell_index], ("metric", cell_index, id));
        let text = match metrics.and_then(|(m, current)| m.get(id).map(|a| (a.value(column), current))) {
            Some((value, current)) => {
                let text = if column.is_count() {
                    format!("{value:.0}")
                } else {
                    super::decimal(value, lang)
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
        let mut cell = cell_ui(ui, cells[8], ("tags", id));
        let tags = original.tags.join(", ");
        if !tags.is_empty() {
            cell.add(egui::Label::new(&tags).selectable(false)).on_hover_text(&tags);
        }
    }

    if a != *original {
        if step {
            out.edit_step(Edit::SetActor(Box::new(a)));
        } else {
            out.edit(ui.ctx(), Edit::SetActor(Box::new(a)));
        }
    }
    clicked
}

/// The relations table with its toolbar (add from two actors, delete, filter).
pub fn relations(
    ui: &mut egui::Ui,
    project: &Project,
    revision: u64,
    selection: &mut Selection,
    state: &mut RelationTable,
    lang: Lang,
    out: &mut Outbox,
) {
    let selected = match selection {
        Selection::Relation(id) => Some(*id),
        _ => None,
    };

    ui.horizontal_wrapped(|ui| {
        ui.label(super::FROM.get(lang));
        if let Some(id) = end_picker(
            ui,
            "new_relation_from",
            NEW_RELATION_FROM.get(lang),
            state.new_from,
            state.new_to,
            project,
            lang,
        ) {
            state.new_from = Some(id);
        }
        ui.label(super::TO.get(lang));
        if let Some(id) = end_picker(
            ui,
            "new_relation_to",
            NEW_RELATION_TO.get(lang),
            state.new_to,
            state.new_from,
            project,
            lang,
        ) {
            state.new_to = Some(id);
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
        {
            let id = project.next_relation_id();
            out.edit_step(Edit::AddRelation(Box::new(Relation {
                id,
                from,
                to,
                ..Relation::default()
            })));
            *selection = Selection::Relation(id);
            state.new_to = None;
            state.scroll_to = Some(id);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let delete = ui.add_enabled(selected.is_some(), egui::Button::new(DELETE_RELATION.get(lang)));
        if let Some(id) = selected
            && (delete.clicked() || delete_pressed(ui))
        {
            out.edit_step(Edit::RemoveRelations(vec![id]));
            *selection = Selection::None;
        }
        ui.separator();
        filter_field(ui, &mut state.filter, RELATION_FILTER_HINT, lang);
    });

    let key = OrderKey {
        revision,
        list: project.relations.as_ptr() as usize,
        len: project.relations.len(),
        sort: state.sort,
        filter: state.filter.clone(),
        lang,
        metrics: 0,
    };
    if state.order.as_ref().is_none_or(|(k, _)| *k != key) {
        state.order = Some((key, relation_rows(project, &state.filter, state.sort, lang)));
    }
    let rows: &[usize] = state.order.as_ref().map_or(&[], |(_, rows)| rows.as_slice());
    ui.weak(RELATIONS_SHOWN.fmt(lang, &[("shown", &rows.len()), ("total", &project.relations.len())]));
    if project.relations.is_empty() {
        ui.add_space(12.0);
        ui.label(NO_RELATIONS.get(lang));
        return;
    }
    if rows.is_empty() {
        ui.add_space(12.0);
        ui.label(NO_RELATION_MATCHES.get(lang));
        return;
    }

    let columns = [
        Column {
            title: super::FROM,
            width: 150.0,
            key: RelationColumn::From,
            help: None,
        },
        Column {
            title: super::TO,
            width: 150.0,
            key: RelationColumn::To,
            help: None,
        },
        Column {
            title: super::RELATION_ROLE_SHORT,
            width: 150.0,
            key: RelationColumn::Role,
            help: Some(super::RELATION_ROLE),
        },
        Column {
            title: super::FLOWS_SHORT,
            width: 160.0,
            key: RelationColumn::Flows,
            help: Some(super::FLOWS),
        },
        Column {
            title: super::STATUS,
            width: 122.0,
            key: RelationColumn::Status,
            help: None,
        },
        Column {
            title: super::IMPORTANCE,
            width: 92.0,
            key: RelationColumn::Importance,
            help: None,
        },
        Column {
            title: super::DIRECTED,
            width: 92.0,
            key: RelationColumn::Directed,
            help: None,
        },
    ];
    let available = ui.available_width();
    let widths = widths(&columns, 2, available);
    let total: f32 = widths.iter().sum();
    let height = row_height(ui);
    // Bring a just-added relation into view (two rows below the top).
    let mut scroll_offset = None;
    if let Some(target) = state.scroll_to
        && project.relation(target).is_some()
    {
        state.scroll_to = None;
        if let Some(index) = rows.iter().position(|&i| project.relations[i].id == target) {
            let step = height + ui.spacing().item_spacing.y;
            scroll_offset = Some((index as f32 * step - 2.0 * step).max(0.0));
        }
    }
    let mut clicked = None;
    egui::ScrollArea::horizontal()
        .id_salt("relations_table_h")
        .auto_shrink(false)
        .show(ui, |ui| {
            header(ui, &columns, &widths, &mut state.sort, lang);
            let body_height = ui.available_height();
            ui.allocate_ui(egui::vec2(total, body_height), |ui| {
                let mut area = egui::ScrollArea::vertical()
                    .id_salt("relations_table_v")
                    .auto_shrink(false);
                if let Some(offset) = scroll_offset {
                    area = area.vertical_scroll_offset(offset);
                }
                area.show_rows(ui, height, rows.len(), |ui, range| {
                    ui.set_width(total);
                    for index in range {
                        let relation = &project.relations[rows[index]];
                        let is_selected = selected == Some(relation.id);
                        if relation_row(ui, project, relation, index, is_selected, &widths, height, lang, out) {
                            clicked = Some(relation.id);
                        }
                    }
                });
            });
        });
    if let Some(id) = clicked {
        *selection = Selection::Relation(id);
    }
}

/// One row of the relations table; true when it was clicked to select it.
#[allow(clippy::too_many_arguments)]
fn relation_row(
    ui: &mut egui::Ui,
    project: &Project,
    original: &Relation,
    index: usize,
    selected: bool,
    widths: &[f32],
    height: f32,
    lang: Lang,
    out: &mut Outbox,
) -> bool {
    let id = original.id;
    let (row, _) = ui.allocate_exact_size(egui::vec2(widths.iter().sum(), height), egui::Sense::hover());
    let mut clicked = row_background(ui, row, index, selected, egui::Id::new(("relation_row", id))).clicked();
    let cells = cell_rects(row, widths);
    let mut r = original.clone();
    let mut step = false;
    let from = super::actor_name(project, r.from, lang);
    let to = super::actor_name(project, r.to, lang);
    let arrow = if r.directed { "→" } else { "—" };
    let name = format!("{from} {arrow} {to}");

    {
        let mut cell = cell_ui(ui, cells[0], ("from", id));
        let response = cell.add(egui::Button::selectable(selected, egui::RichText::new(&from).strong()).truncate());
        let label = name.clone();
        response.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::SelectableLabel, true, selected, &label));
        clicked |= response.clicked();
        response.on_hover_text(&name);
    }
    {
        let mut cell = cell_ui(ui, cells[1], ("to", id));
        cell.add(egui::Label::new(format!("{arrow} {to}")).selectable(false));
    }
    {
        let mut cell = cell_ui(ui, cells[2], ("role", id));
        let label = ROLE_OF.fmt(lang, &[("name", &name)]);
        let roles = &project.catalogs.relation_roles;
        let w = cells[2].width() - 4.0;
        step |= super::catalog_choice(
            &mut cell,
            ("table_role", id),
            &label,
            &mut r.role,
            roles,
            false,
            w,
            lang,
        )
        .changed();
    }
    {
        let mut cell = cell_ui(ui, cells[3], ("flows", id));
        let flows = flows_text(project, original, lang);
        if !flows.is_empty() {
            cell.add(egui::Label::new(&flows).selectable(false))
                .on_hover_text(&flows);
        }
    }
    {
        let mut cell = cell_ui(ui, cells[4], ("status", id));
        cell.spacing_mut().combo_width = cells[4].width() - 4.0;
        let label = STATUS_OF.fmt(lang, &[("name", &name)]);
        step |= widgets::enum_choice(
            &mut cell,
            ("table_status", id),
            &label,
            &mut r.status,
            RelationStatus::ALL,
            RelationStatus::label,
            lang,
        )
        .changed();
    }
    {
        let mut cell = cell_ui(ui, cells[5], ("importance", id));
        let label = RELATION_IMPORTANCE_OF.fmt(lang, &[("name", &name)]);
        let response = cell.add(egui::DragValue::new(&mut r.importance).range(1..=5).speed(0.05));
        let value = r.importance;
        let level = IMPORTANCE_LEVELS[usize::from(value.clamp(1, 5) - 1)].get(lang);
        response.widget_info(|| {
            let mut info = egui::WidgetInfo::labeled(egui::WidgetType::DragValue, true, &label);
            info.value = Some(f64::from(value));
            info
        });
        cell.weak(level);
    }
    {
        let mut cell = cell_ui(ui, cells[6], ("directed", id));
        let label = DIRECTED_OF.fmt(lang, &[("name", &name)]);
        let response = cell.checkbox(&mut r.directed, "");
        let on = r.directed;
        response.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::Checkbox, true, on, &label));
        step |= response.changed();
    }

    if r != *original {
        if step {
            out.edit_step(Edit::SetRelation(Box::new(r)));
        } else {
            out.edit(ui.ctx(), Edit::SetRelation(Box::new(r)));
        }
    }
    clicked
}

/// A picker for one end of a new relation, leaving out the actor chosen for the other end;
/// returns the actor picked this frame.
fn end_picker(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    current: Option<ActorId>,
    other_end: Option<ActorId>,
    project: &Project,
    lang: Lang,
) -> Option<ActorId> {
    let text = current.map_or_else(
        || PICK_FROM.get(lang).to_owned(),
        |id| super::actor_name(project, id, lang),
    );
    let (_, picked) = super::actor_picker(ui, id_salt, label, text, project, |a| Some(a) == other_end, 150.0, lang);
    picked
}
