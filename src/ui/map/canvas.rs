//! The map canvas: draws the actor network and turns gestures into edits.
//!
//! The canvas is painted by our own code rather than egui_graphs' `GraphView`, for two
//! measured reasons (see `benches/map.rs`): `GraphView::show` requests a repaint on every
//! frame, so an app showing it never goes idle; and it makes one shape per node and edge,
//! which costs 7.5 ms per frame at 1,000 actors / 4,000 relations and 34–83 ms at 5,000 /
//! 20,000. Here relations and symbols go into two meshes, drawing is culled to the screen
//! with level of detail for labels and arrows, and a repaint is requested only while
//! something moves (a running layout or a smooth zoom).
//!
//! The project stays the source of truth: the canvas reads it, keeps a derived [`scene`]
//! between frames, and hands every change to the [`Outbox`] as an edit.
//!
//! Gestures: click selects (Shift or Ctrl adds), drag moves the selection, drag on empty
//! space pans, Shift-drag on empty space selects by rectangle, Ctrl-drag from an actor (or
//! any drag in connect mode) draws a relation, double-click on empty space adds an actor,
//! the wheel zooms, right-click opens a context menu, Delete deletes the selection, Escape
//! cancels the gesture.

mod draw;
mod gestures;
mod legend;
mod menus;
mod mesh;
pub(crate) mod scene;
mod toolbar;

pub use legend::{LegendItem, LegendModel, LegendSymbol, legend_model};
pub use mesh::symbol_outline;
// The map state's option types, nameable from outside (the `state` module is private).
pub use super::state::{MapFilter, MetricValues, SizeBy};
pub use scene::shape_of_kind;

use super::MapState;
use super::state::ForceRun;
use crate::app::Outbox;
use crate::i18n::Lang;
use crate::layout::concentric::{self, RingParams};
use crate::layout::force::{ForceLayout, ForceParams};
use crate::model::{Actor, ActorId, Edit, Project, RelationId, Ring};
use crate::ui::Selection;
use egui::epaint::Mesh;
use egui::{Pos2, Rect, Vec2, pos2};
use scene::Scene;
use std::sync::Arc;

crate::messages! {
    ADD_ACTOR = "Lisää toimija", "Add actor";
    ADD_ACTOR_HINT = "Lisää uuden toimijan kartan keskelle (tai kaksoisnapsauta tyhjää kohtaa)", "Adds a new actor in the middle of the map (or double-click empty space)";
    CONNECT = "Yhdistä", "Connect";
    CONNECT_HINT = "Vedä toimijasta toiseen luodaksesi suhteen. Ilman tätä tilaa: pidä Ctrl pohjassa vetäessäsi.", "Drag from one actor to another to create a relation. Without this mode: hold Ctrl while dragging.";
    DELETE = "Poista", "Delete";
    DELETE_HINT = "Poistaa valitut toimijat suhteineen tai valitun suhteen (Delete)", "Deletes the selected actors with their relations, or the selected relation (Delete)";
    LAYOUT = "Asettelu", "Layout";
    FORCE_START = "Voimaohjattu asettelu: käynnistä", "Force-directed layout: start";
    FORCE_STOP = "Pysäytä asettelu", "Stop layout";
    FORCE_CANCEL = "Peru asettelu ja pidä omat sijainnit", "Cancel the layout and keep manual positions";
    CONCENTRIC = "Kehät: oma organisaatio keskelle", "Rings: own organisation in the centre";
    RING_GUIDES = "Näytä kehäviivat", "Show ring guides";
    LAYOUT_HINT = "Kiinnitetyt toimijat pysyvät paikallaan. Asettelun voi perua (Ctrl+Z).", "Pinned actors stay where they are. A layout can be undone (Ctrl+Z).";
    SIZE_BY = "Koko", "Size";
    SIZE_IMPORTANCE = "Merkitys", "Importance";
    METRIC_TOO_LARGE = "Verkosto on liian suuri laskettavaksi tässä; valitse aste.", "The network is too large to compute this here; choose degree.";
    ZOOM_FIT = "Sovita", "Zoom to fit";
    ZOOM_FIT_HINT = "Näyttää koko kartan", "Shows the whole map";
    SEARCH = "Hae toimijaa", "Search actor";
    SEARCH_HINT = "Nimi…", "Name…";
    SEARCH_TIP = "Kirjoita nimen osa; Enter hyppää seuraavaan osumaan.", "Type part of a name; Enter jumps to the next match.";
    SEARCH_COUNT = "{count} osumaa", "{count} found";
    SEARCH_NONE = "Ei osumia", "None found";
    FILTER = "Suodata", "Filter";
    FILTER_ACTIVE = "Suodata ({count})", "Filter ({count})";
    FILTER_KIND = "Toimijan tyyppi", "Actor kind";
    FILTER_TAG = "Tunniste", "Tag";
    FILTER_RING = "Kehä", "Ring";
    FILTER_FLOW = "Mitä suhteessa liikkuu", "Flow";
    FILTER_STATUS = "Suhteen tila", "Relation status";
    FILTER_NO_TAGS = "Ei tunnisteita", "No tags";
    FILTER_CLEAR = "Tyhjennä suodattimet", "Clear filters";
    LABELS = "Nimet", "Labels";
    RELATION_LABELS = "Suhteiden sisältö", "Relation labels";
    RELATION_LABELS_HINT = "Näyttää, mitä suhteessa liikkuu (tai suhteen roolin), kun viiva on tarpeeksi pitkä.", "Shows what flows in each relation (or its role) where the line is long enough.";
    ROLE = "Rooli", "Role";
    LEGEND = "Selite", "Legend";
    MAP = "Verkostokartta", "Network map";
    MAP_SUMMARY = "Verkostokartta: {actors} toimijaa, {relations} suhdetta", "Network map: {actors} actors, {relations} relations";
    EMPTY_HINT = "Kartalla ei ole vielä toimijoita. Kaksoisnapsauta tyhjää kohtaa tai valitse Lisää toimija.", "The map has no actors yet. Double-click empty space or choose Add actor.";
    CONNECT_MODE_ON = "Yhdistämistila: vedä toimijasta toiseen. Esc lopettaa.", "Connect mode: drag from one actor to another. Esc ends it.";
    CONNECT_FROM_ON = "Napsauta toimijaa, johon {name} yhdistetään. Esc peruu.", "Click the actor to connect {name} to. Esc cancels.";
    LAYOUT_RUNNING = "Asettelu käynnissä – pysäytä, kun kartta näyttää hyvältä.", "Layout running – stop it when the map looks right.";
    NEW_ACTOR = "Uusi toimija", "New actor";
    NAME = "Toimijan nimi", "Actor name";
    KIND = "Tyyppi", "Kind";
    RING = "Kehä", "Ring";
    IMPORTANCE = "Merkitys", "Importance";
    PINNED = "Kiinnitetty paikalleen", "Pinned in place";
    OWN = "Oma organisaatio", "Own organisation";
    CONNECT_FROM = "Yhdistä toiseen toimijaan…", "Connect to another actor…";
    SELECT_NEIGHBOURS = "Valitse naapurit", "Select neighbours";
    DELETE_ACTOR = "Poista toimija", "Delete actor";
    DELETE_ACTORS = "Poista {count} toimijaa", "Delete {count} actors";
    DIRECTED = "Suunnattu", "Directed";
    REVERSE = "Käännä suunta", "Reverse direction";
    STATUS = "Tila", "Status";
    DELETE_RELATION = "Poista suhde", "Delete relation";
    ADD_ACTOR_HERE = "Lisää toimija tähän", "Add actor here";
    SELECT_ALL = "Valitse kaikki", "Select all";
    LEGEND_OWN = "Oma organisaatio", "Own organisation";
    LEGEND_SIZE_IMPORTANCE = "Koko: merkitys (1–5)", "Size: importance (1–5)";
    LEGEND_SIZE_METRIC = "Koko: {metric}", "Size: {metric}";
    LEGEND_CURRENT = "Nykyinen suhde", "Current relation";
    LEGEND_POTENTIAL = "Potentiaalinen suhde", "Potential relation";
    LEGEND_PAST = "Aiempi suhde", "Past relation";
    LEGEND_DIRECTED = "Suunnattu suhde", "Directed relation";
    LEGEND_WIDTH = "Viivan paksuus: suhteen merkitys", "Line width: importance of the relation";
    LEGEND_PINNED = "Kiinnitetty", "Pinned";
}

/// The view transform: world units to screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct View {
    /// The canvas.
    pub rect: Rect,
    /// The world point at the canvas' centre.
    pub center: Pos2,
    /// Screen points per world unit.
    pub zoom: f32,
}

impl View {
    /// World to screen.
    #[inline]
    pub fn to_screen(self, world: Pos2) -> Pos2 {
        self.rect.center() + (world - self.center) * self.zoom
    }

    /// Screen to world.
    #[inline]
    pub fn to_world(self, screen: Pos2) -> Pos2 {
        self.center + (screen - self.rect.center()) / self.zoom
    }
}

/// A smooth change of the view (zoom to fit, jump to a search match).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ViewAnim {
    from: (Pos2, f32),
    to: (Pos2, f32),
    start: f64,
}

/// How long a smooth view change takes, in seconds.
const ANIM_SECONDS: f64 = 0.35;

/// A gesture in progress.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Gesture {
    /// Dragging empty space: the view follows.
    Pan,
    /// Dragging actors: their scene positions follow until the drop writes one edit.
    Move {
        /// Scene indices of the moved actors.
        items: Vec<u32>,
        /// Their world positions when the drag began.
        start: Vec<Pos2>,
        /// The world point where the drag began.
        grab: Pos2,
    },
    /// Drawing a relation from an actor (scene index).
    Connect { from: u32 },
    /// Selecting with a rectangle from this screen point; `add` keeps the old selection.
    BoxSelect { start: Pos2, add: bool },
}

/// What a context menu is about.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Target {
    /// An actor.
    Actor(ActorId),
    /// A relation.
    Relation(RelationId),
    /// Empty space at this world point.
    Canvas(Pos2),
}

/// Derived data and drawing buffers kept between frames.
#[derive(Debug, Default)]
pub(crate) struct Caches {
    /// The scene, rebuilt when the project's drawn parts change.
    pub scene: Option<Scene>,
    /// Centrality values computed here, by fingerprint of the project and metric.
    pub metric: Option<(u64, SizeBy, Vec<f32>)>,
    /// The line-pattern texture (dashes and dots), loaded on first use.
    pub patterns: Option<PatternTexture>,
    /// The relations' mesh (its buffers are reused from frame to frame).
    pub edge_mesh: Arc<Mesh>,
    /// The symbols' mesh.
    pub node_mesh: Arc<Mesh>,
    /// Screen positions of the actors in the last frame.
    pub screen: Vec<Pos2>,
    /// Which actors were on screen in the last frame.
    pub visible: Vec<bool>,
}

/// The loaded line-pattern texture.
pub(crate) struct PatternTexture(pub egui::TextureHandle);

impl std::fmt::Debug for PatternTexture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PatternTexture({:?})", self.0.id())
    }
}

/// Something the toolbar or a menu asked for, carried out once the canvas knows its size.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Action {
    /// Add an actor at this world point, or at a free spot near the middle.
    AddActor(Option<Pos2>),
    /// Delete the selection.
    Delete,
    /// Zoom to fit.
    Fit,
    /// Start the force layout.
    ForceStart,
    /// Stop the force layout and keep its positions (one undo step).
    ForceStop,
    /// Stop the force layout and go back to the saved positions.
    ForceCancel,
    /// Apply the concentric layout (one undo step).
    Concentric,
    /// Jump to the next search match.
    SearchNext,
    /// Select every actor.
    SelectAll,
}

/// The bold face at `size`, or the regular one while the fonts are not installed yet (the
/// very first frame).
pub(crate) fn bold_font(painter: &egui::Painter, size: f32) -> egui::FontId {
    let family = egui::FontFamily::Name(crate::ui::style::BOLD.into());
    if painter.fonts(|f| f.definitions().families.contains_key(&family)) {
        egui::FontId::new(size, family)
    } else {
        egui::FontId::proportional(size)
    }
}

/// The selected actors (none when a relation or nothing is selected).
fn selected_actors(selection: &Selection) -> &[ActorId] {
    match selection {
        Selection::Actors(ids) => ids,
        _ => &[],
    }
}

/// Draws the map, with its toolbar, into the available space and handles its gestures.
pub fn show(
    ui: &mut egui::Ui,
    project: &Project,
    state: &mut MapState,
    selection: &mut Selection,
    lang: Lang,
    out: &mut Outbox,
) {
    let mut actions = std::mem::take(&mut state.pending);
    actions.extend(toolbar::show(ui, project, state, selection, lang));

    let size = ui.available_size().max(Vec2::splat(64.0));
    let (response, painter) = ui.allocate_painter(size, egui::Sense::click_and_drag());
    let summary = MAP_SUMMARY.fmt(
        lang,
        &[
            ("actors", &project.actors.len()),
            ("relations", &project.relations.len()),
        ],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, &summary));
    state.rect = response.rect;

    update_scene(project, state);
    sanitize_selection(project, selection);
    if state.connect_from.is_some_and(|f| project.actor(f).is_none()) {
        state.connect_from = None;
    }
    step_force(ui.ctx(), project, state, out);

    if !state.fitted || state.fit_requested {
        let animate = state.fitted;
        // Keep the map clear of the legend in the lower left corner.
        let legend = (state.show_legend && !project.actors.is_empty()).then(|| {
            let model = legend_model(project, lang, state.size_by);
            legend::place(&painter, response.rect, &model, ui.visuals()).rect
        });
        fit(ui.ctx(), state, legend, animate);
        state.fitted = true;
        state.fit_requested = false;
    }
    animate_view(ui.ctx(), state);

    gestures::handle(ui, &response, project, state, selection, lang, out, &mut actions);
    menus::context_menu(&response, project, state, selection, lang, out, &mut actions);

    for action in actions {
        run_action(ui.ctx(), action, project, state, selection, lang, out);
    }
    if state.fit_requested {
        // Asked for this frame (toolbar, menu): fit on the next one, with the scene then
        // up to date.
        ui.ctx().request_repaint();
    }

    paint(ui, &painter, project, state, selection, lang);
}

/// Rebuilds the scene when the project's drawn parts or the size option changed; keeps a
/// running layout's positions.
fn update_scene(project: &Project, state: &mut MapState) {
    let size_key = {
        let mut h = scene::Fingerprint::new();
        h.add(state.size_by as u64);
        if let Some(m) = &state.metric_values
            && m.metric == state.size_by
        {
            h.add(m.version);
        }
        h.0
    };
    let key = scene::fingerprint(project, size_key);
    if state.caches.scene.as_ref().is_some_and(|s| s.key == key) {
        return;
    }
    let radius = radii(project, state, key);
    let mut scene = Scene::build(project, key, &|i| radius[i]);
    if let Some(run) = &mut state.force {
        // Actors keep their places in the running layout; the layout restarts over the
        // changed network at its current temperature.
        let old: std::collections::HashMap<ActorId, [f32; 2]> = run
            .ids
            .iter()
            .copied()
            .zip(run.layout.positions().iter().copied())
            .collect();
        for (i, id) in scene.ids.iter().enumerate() {
            if let Some(&[x, y]) = old.get(id) {
                scene.pos[i] = pos2(x, y);
            }
        }
        let alpha = run.layout.alpha();
        let start_view = run.start_view;
        *run = new_force_run(&scene);
        run.layout.set_alpha(alpha);
        run.start_view = start_view;
    }
    if let Some(Gesture::Move { items, .. }) = &state.gesture
        && items.iter().any(|&i| i as usize >= scene.len())
    {
        state.gesture = None;
    }
    state.caches.scene = Some(scene);
}

/// Each actor's symbol radius in world units.
fn radii(project: &Project, state: &mut MapState, key: u64) -> Vec<f32> {
    let n = project.actors.len();
    let from_values = |values: &[f32]| -> Vec<f32> {
        let max = values.iter().copied().fold(0.0f32, f32::max);
        values
            .iter()
            .map(|&v| {
                if max > 0.0 {
                    9.0 + 17.0 * (v / max).max(0.0).sqrt()
                } else {
                    12.0
                }
            })
            .collect()
    };
    let mut r: Vec<f32> = match state.size_by {
        SizeBy::Importance => project
            .actors
            .iter()
            .map(|a| 8.0 + 3.0 * f32::from(a.importance.clamp(1, 5)))
            .collect(),
        metric => match metric_values(project, state, metric, key) {
            Some(values) => from_values(&values),
            None => project
                .actors
                .iter()
                .map(|a| 8.0 + 3.0 * f32::from(a.importance.clamp(1, 5)))
                .collect(),
        },
    };
    for (i, a) in project.actors.iter().enumerate().take(n) {
        if a.own {
            r[i] = r[i].max(20.0) * 1.25;
        }
    }
    r
}

/// Largest network for which the canvas computes betweenness or closeness itself (it takes
/// about a second at a few thousand actors; bigger maps need the values from outside).
const CENTRALITY_LIMIT: usize = 1500;

/// Per-actor values of `metric`, in actor order: supplied ones, the degree, or centralities
/// from `crate::analysis` for networks up to [`CENTRALITY_LIMIT`].
fn metric_values(project: &Project, state: &mut MapState, metric: SizeBy, key: u64) -> Option<Vec<f32>> {
    if let Some(m) = &state.metric_values
        && m.metric == metric
    {
        return Some(
            project
                .actors
                .iter()
                .map(|a| m.values.get(&a.id).copied().unwrap_or(0.0))
                .collect(),
        );
    }
    if let Some((k, which, values)) = &state.caches.metric
        && *k == key
        && *which == metric
    {
        return Some(values.clone());
    }
    let values: Vec<f32> = match metric {
        SizeBy::Importance => return None,
        SizeBy::Degree => {
            let index: std::collections::HashMap<ActorId, usize> =
                project.actors.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
            let mut pairs: Vec<(usize, usize)> = project
                .relations
                .iter()
                .filter_map(|r| Some((*index.get(&r.from)?, *index.get(&r.to)?)))
                .filter(|(a, b)| a != b)
                .map(|(a, b)| (a.min(b), a.max(b)))
                .collect();
            pairs.sort_unstable();
            pairs.dedup();
            let mut degree = vec![0.0f32; project.actors.len()];
            for (a, b) in pairs {
                degree[a] += 1.0;
                degree[b] += 1.0;
            }
            degree
        }
        SizeBy::Betweenness | SizeBy::Closeness => {
            if project.actors.len() > CENTRALITY_LIMIT {
                return None;
            }
            let which = if metric == SizeBy::Betweenness {
                crate::analysis::Metric::Betweenness
            } else {
                crate::analysis::Metric::Closeness
            };
            let metrics = crate::analysis::analyse(project, false);
            project
                .actors
                .iter()
                .map(|a| metrics.get(a.id).map_or(0.0, |m| m.value(which) as f32))
                .collect()
        }
    };
    state.caches.metric = Some((key, metric, values.clone()));
    Some(values)
}

/// Drops selected actors or a relation that no longer exist (after undo, or a delete
/// elsewhere).
fn sanitize_selection(project: &Project, selection: &mut Selection) {
    match selection {
        Selection::Actors(ids) => {
            ids.retain(|&id| project.actor(id).is_some());
            if ids.is_empty() {
                *selection = Selection::None;
            }
        }
        Selection::Relation(id) => {
            if project.relation(*id).is_none() {
                *selection = Selection::None;
            }
        }
        Selection::None => {}
    }
}

/// A new force run over the scene's current positions.
fn new_force_run(scene: &Scene) -> ForceRun {
    let positions = scene.pos.iter().map(|p| [p.x, p.y]).collect();
    let links: Vec<(u32, u32)> = scene.edges.iter().map(|e| (e.a, e.b)).collect();
    ForceRun {
        layout: ForceLayout::new(positions, scene.pinned.clone(), &links, ForceParams::default()),
        ids: scene.ids.clone(),
        start_view: None,
    }
}

/// Runs the force layout for this frame (as many steps as fit in a few milliseconds) and
/// shows its positions; writes them to the document once it settles.
fn step_force(ctx: &egui::Context, project: &Project, state: &mut MapState, out: &mut Outbox) {
    let Some(run) = &mut state.force else { return };
    let Some(scene) = &mut state.caches.scene else {
        return;
    };
    // Small maps take two steps a frame, so they settle within a few seconds yet visibly;
    // large ones as many as fit in 3 ms (at least one), leaving the rest of a 60 Hz frame
    // for drawing.
    let started = std::time::Instant::now();
    let budget = std::time::Duration::from_millis(3);
    let max_steps = if scene.len() < 500 { 2 } else { 8 };
    for _ in 0..max_steps {
        run.layout.step();
        if run.layout.is_done() || started.elapsed() > budget {
            break;
        }
    }
    for (p, &[x, y]) in scene.pos.iter_mut().zip(run.layout.positions()) {
        *p = pos2(x, y);
    }
    if run.layout.is_done() {
        finish_force(project, state, out);
    } else {
        ctx.request_repaint();
    }
}

/// Writes the running layout's positions as one edit and stops it.
fn finish_force(project: &Project, state: &mut MapState, out: &mut Outbox) {
    let Some(run) = state.force.take() else {
        return;
    };
    let moves = moves_to(
        project,
        run.ids.iter().copied().zip(run.layout.positions().iter().copied()),
    );
    if !moves.is_empty() {
        out.edit_step(Edit::MoveActors(moves));
    }
}

/// The moves that put actors at `targets`, rounded to whole world units (short, stable
/// numbers in the file), leaving out pinned actors that have a position and actors that
/// would not move.
fn moves_to(project: &Project, targets: impl Iterator<Item = (ActorId, [f32; 2])>) -> Vec<(ActorId, Option<[f32; 2]>)> {
    let mut moves = Vec::new();
    for (id, [x, y]) in targets {
        let Some(actor) = project.actor(id) else {
            continue;
        };
        if actor.pinned && actor.pos.is_some() {
            continue;
        }
        let to = [x.round(), y.round()];
        if !to[0].is_finite() || !to[1].is_finite() || actor.pos == Some(to) {
            continue;
        }
        moves.push((id, Some(to)));
    }
    moves
}

/// Zooms to show the whole map (smoothly when `animate`), beside the legend if one is in
/// the way.
fn fit(ctx: &egui::Context, state: &mut MapState, legend: Option<Rect>, animate: bool) {
    let Some(scene) = &state.caches.scene else {
        return;
    };
    let mut rect = state.rect;
    if !rect.is_positive() {
        return;
    }
    if let Some(legend) = legend {
        // Beside the legend, unless that leaves too narrow a strip.
        let beside = Rect::from_min_max(pos2(legend.right() + 10.0, rect.top()), rect.max);
        if beside.width() > 0.55 * rect.width() {
            rect = beside;
        }
    }
    let bounds = scene.bounds();
    let (target, zoom) = if bounds.is_positive() && bounds.is_finite() {
        // Room for labels under the lowest symbols.
        let w = (rect.width() - 150.0).max(40.0);
        let h = (rect.height() - 80.0).max(40.0);
        let zoom = (w / bounds.width()).min(h / bounds.height()).clamp(0.01, 2.0);
        (bounds.center() + Vec2::new(0.0, 8.0 / zoom), zoom)
    } else if bounds.is_finite() && scene.len() > 0 {
        (bounds.center(), 1.0)
    } else {
        (Pos2::ZERO, 1.0)
    };
    // The view centre that puts `target` in the middle of `rect`.
    let center = target - (rect.center() - state.rect.center()) / zoom;
    go_to(ctx, state, center, zoom, animate);
}

/// Moves the view to `center` at `zoom`, smoothly when `animate`.
fn go_to(ctx: &egui::Context, state: &mut MapState, center: Pos2, zoom: f32, animate: bool) {
    if animate {
        let now = ctx.input(|i| i.time);
        state.anim = Some(ViewAnim {
            from: (state.center, state.zoom),
            to: (center, zoom),
            start: now,
        });
        ctx.request_repaint();
    } else {
        state.anim = None;
        state.center = center;
        state.zoom = zoom;
    }
}

/// Advances a smooth view change; asks for the next frame only while it lasts.
fn animate_view(ctx: &egui::Context, state: &mut MapState) {
    let Some(anim) = state.anim else { return };
    let now = ctx.input(|i| i.time);
    let t = ((now - anim.start) / ANIM_SECONDS).clamp(0.0, 1.0) as f32;
    // Ease in and out; zoom interpolated in log space so it feels even.
    let e = t * t * (3.0 - 2.0 * t);
    let (c0, z0) = anim.from;
    let (c1, z1) = anim.to;
    state.zoom = (z0.ln() + (z1.ln() - z0.ln()) * e).exp();
    state.center = c0 + (c1 - c0) * e;
    if t >= 1.0 {
        state.anim = None;
    } else {
        ctx.request_repaint();
    }
}

/// The current view transform.
pub(crate) fn view_of(state: &MapState) -> View {
    View {
        rect: state.rect,
        center: state.center,
        zoom: state.zoom,
    }
}

/// A free spot near `near` (world), so that new actors do not land on each other.
fn free_spot(scene: &Scene, near: Pos2) -> Pos2 {
    let clear = |p: Pos2| {
        scene
            .pos
            .iter()
            .zip(&scene.radius)
            .all(|(q, &r)| q.distance(p) > r + 34.0)
    };
    // A spiral of candidates around the wanted point.
    for k in 0..400 {
        let angle = k as f32 * 2.4;
        let radius = 30.0 * (k as f32).sqrt();
        let p = near + Vec2::angled(angle) * radius;
        if clear(p) {
            return p;
        }
    }
    near
}

/// Adds an actor at `world` and selects it; the inspector focuses its name.
pub(crate) fn add_actor(
    project: &Project,
    state: &mut MapState,
    selection: &mut Selection,
    lang: Lang,
    out: &mut Outbox,
    world: Pos2,
) {
    let id = project.next_actor_id();
    let kind = if project.catalogs.actor_kinds.contains("other") {
        "other".to_owned()
    } else {
        project.catalogs.actor_kinds.first_key()
    };
    let actor = Actor {
        id,
        name: NEW_ACTOR.get(lang).to_owned(),
        kind,
        ring: Ring::Partner,
        pos: Some([world.x.round(), world.y.round()]),
        ..Actor::default()
    };
    out.edit_step(Edit::AddActor(Box::new(actor)));
    *selection = Selection::Actors(vec![id]);
    state.focus_name_of = Some(id);
}

/// Deletes the selected actors (their relations go with them) or the selected relation.
pub(crate) fn delete_selection(project: &Project, selection: &mut Selection, out: &mut Outbox) {
    match selection {
        Selection::Actors(ids) => {
            let ids: Vec<ActorId> = ids.iter().copied().filter(|&id| project.actor(id).is_some()).collect();
            if !ids.is_empty() {
                out.edit_step(Edit::RemoveActors(ids));
            }
        }
        Selection::Relation(id) => {
            if project.relation(*id).is_some() {
                out.edit_step(Edit::RemoveRelations(vec![*id]));
            }
        }
        Selection::None => return,
    }
    *selection = Selection::None;
}

/// Carries out a toolbar or menu action.
fn run_action(
    ctx: &egui::Context,
    action: Action,
    project: &Project,
    state: &mut MapState,
    selection: &mut Selection,
    lang: Lang,
    out: &mut Outbox,
) {
    match action {
        Action::AddActor(at) => {
            let Some(scene) = &state.caches.scene else {
                return;
            };
            let world = match at {
                Some(p) => p,
                None => free_spot(scene, state.center),
            };
            add_actor(project, state, selection, lang, out, world);
        }
        Action::Delete => delete_selection(project, selection, out),
        Action::Fit => state.fit_requested = true,
        Action::ForceStart => {
            if let Some(scene) = &state.caches.scene
                && state.force.is_none()
                && scene.len() > 1
            {
                let mut run = new_force_run(scene);
                run.start_view = Some((state.center, state.zoom));
                state.force = Some(run);
                state.gesture = None;
                ctx.request_repaint();
            }
        }
        Action::ForceStop => finish_force(project, state, out),
        Action::ForceCancel => {
            state.force = None;
            // Back to the document's positions.
            state.caches.scene = None;
        }
        Action::Concentric => {
            state.force = None;
            let Some(scene) = &state.caches.scene else {
                return;
            };
            let nodes = scene::ring_nodes(project, &scene.radius, false);
            let centre = match scene.own_index {
                Some(i) => scene.pos[i as usize],
                None => {
                    let c = crate::layout::force::centroid(&scene.pos.iter().map(|p| [p.x, p.y]).collect::<Vec<_>>());
                    pos2(c[0], c[1])
                }
            };
            let result = concentric::concentric(&nodes, [centre.x, centre.y], RingParams::default());
            let moves = moves_to(project, scene.ids.iter().copied().zip(result.positions));
            if !moves.is_empty() {
                out.edit_step(Edit::MoveActors(moves));
            }
            state.show_ring_guides = true;
            state.fit_requested = true;
        }
        Action::SearchNext => search_next(ctx, project, state, selection),
        Action::SelectAll => {
            *selection = if project.actors.is_empty() {
                Selection::None
            } else {
                Selection::Actors(project.actors.iter().map(|a| a.id).collect())
            };
        }
    }
}

/// The actors whose name contains the search text (ignoring case), in actor order.
pub(crate) fn search_matches(project: &Project, search: &str) -> Vec<usize> {
    let query = search.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    project
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.name.to_lowercase().contains(&query))
        .map(|(i, _)| i)
        .collect()
}

/// Jumps to the next actor matching the search and selects it.
fn search_next(ctx: &egui::Context, project: &Project, state: &mut MapState, selection: &mut Selection) {
    let matches = search_matches(project, &state.search);
    if matches.is_empty() {
        return;
    }
    let k = state.search_cursor % matches.len();
    state.search_cursor = k + 1;
    let i = matches[k];
    let Some(scene) = &state.caches.scene else {
        return;
    };
    let Some(&p) = scene.pos.get(i) else { return };
    *selection = Selection::Actors(vec![scene.ids[i]]);
    let zoom = state.zoom.max(0.8);
    go_to(ctx, state, p, zoom, true);
}

/// Paints the map: guides, relations, symbols, labels, gesture overlays, hints and legend.
fn paint(
    ui: &egui::Ui,
    painter: &egui::Painter,
    project: &Project,
    state: &mut MapState,
    selection: &Selection,
    lang: Lang,
) {
    let view = view_of(state);
    let pal = draw::Palette::new(ui.visuals());
    let Some(scene) = state.caches.scene.take() else {
        return;
    };
    let em = emphasis(project, &scene, state, selection);

    if state.show_ring_guides
        && let Some((centre, radii)) = ring_guides(&scene)
    {
        let named: Vec<(f32, &str)> = radii
            .iter()
            .map(|&(ring, r)| (r, Ring::ALL[ring].label().get(lang)))
            .collect();
        draw::ring_guides(painter, centre, &named, &view, &pal);
    }
    draw::relations_and_symbols(painter, &scene, &view, &em, &pal, &mut state.caches);
    draw::labels(
        painter,
        project,
        &scene,
        &view,
        &em,
        &pal,
        &mut state.caches,
        state.show_labels,
        state.show_relation_labels.then_some(lang),
    );
    gestures::paint_overlay(ui, painter, &scene, state, &view, &pal);

    if project.actors.is_empty() {
        painter.text(
            view.rect.center(),
            egui::Align2::CENTER_CENTER,
            EMPTY_HINT.get(lang),
            egui::FontId::proportional(15.0),
            ui.visuals().weak_text_color(),
        );
    }
    let hint = if let Some(from) = state.connect_from {
        Some(CONNECT_FROM_ON.fmt(lang, &[("name", &project.actor_name(from))]))
    } else if state.connect_mode {
        Some(CONNECT_MODE_ON.get(lang).to_owned())
    } else if state.force.is_some() {
        Some(LAYOUT_RUNNING.get(lang).to_owned())
    } else {
        None
    };
    if let Some(hint) = hint {
        let galley = painter.layout_no_wrap(hint, egui::FontId::proportional(13.5), ui.visuals().strong_text_color());
        let rect = Rect::from_min_size(view.rect.min + Vec2::new(10.0, 8.0), galley.size()).expand(5.0);
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color.gamma_multiply(0.92));
        painter.galley(rect.min + Vec2::splat(5.0), galley, ui.visuals().strong_text_color());
    }
    if state.show_legend && !project.actors.is_empty() {
        let model = legend_model(project, lang, state.size_by);
        let placed = legend::place(painter, view.rect, &model, ui.visuals());
        legend::paint(painter, &placed, &pal, ui.visuals());
    }
    state.caches.scene = Some(scene);
}

/// Where the ring guides go, if the map is arranged in rings: around the own organisation,
/// one circle per ring at the median distance of its actors, shown only when the rings are
/// in order (core inside partners inside the wider network) and most actors sit near their
/// ring's circle.
fn ring_guides(scene: &Scene) -> Option<(Pos2, Vec<(usize, f32)>)> {
    let own = scene.own_index? as usize;
    let centre = scene.pos[own];
    let mut distances: [Vec<f32>; 3] = Default::default();
    for i in 0..scene.len() {
        if i != own {
            distances[usize::from(scene.ring[i].min(2))].push(scene.pos[i].distance(centre));
        }
    }
    let mut radii = Vec::new();
    let mut last = 0.0;
    for (ring, d) in distances.iter_mut().enumerate() {
        if d.is_empty() {
            continue;
        }
        d.sort_by(f32::total_cmp);
        let median = d[d.len() / 2];
        let near = d
            .iter()
            .filter(|&&x| (x - median).abs() <= 0.3 * median.max(60.0))
            .count();
        if median <= last || (near as f32) < 0.75 * d.len() as f32 {
            return None;
        }
        last = median;
        radii.push((ring, median));
    }
    (!radii.is_empty()).then_some((centre, radii))
}

/// How much each actor and relation stands out: filters fade what does not match; hovering
/// or selecting an actor brings out its neighbours and dims the rest.
fn emphasis(project: &Project, scene: &Scene, state: &MapState, selection: &Selection) -> draw::Emphasis {
    let n = scene.len();
    let m = scene.edges.len();
    let mut em = draw::Emphasis {
        actor_alpha: vec![1.0; n],
        selected: vec![false; n],
        found: vec![false; n],
        focus: vec![false; n],
        edge_alpha: vec![1.0; m],
        edge_focus: vec![false; m],
        selected_edge: None,
        hovered: state.hover.and_then(|id| scene.index.get(&id).copied()),
    };
    const FADED_ACTOR: f32 = 0.15;
    const FADED_EDGE: f32 = 0.08;
    let filter = &state.filter;
    if filter.is_active() && project.actors.len() == n {
        let actor_ok: Vec<bool> = project.actors.iter().map(|a| filter.actor_matches(a)).collect();
        let mut touched = vec![!filter.filters_relations(); n];
        for (k, e) in scene.edges.iter().enumerate() {
            let rel_ok = project
                .relations
                .get(e.rel as usize)
                .is_some_and(|r| filter.relation_matches(r));
            let ok = rel_ok && actor_ok[e.a as usize] && actor_ok[e.b as usize];
            if ok {
                touched[e.a as usize] = true;
                touched[e.b as usize] = true;
            } else {
                em.edge_alpha[k] = FADED_EDGE;
            }
        }
        for i in 0..n {
            if !(actor_ok[i] && touched[i]) {
                em.actor_alpha[i] = FADED_ACTOR;
            }
        }
    }
    for id in selected_actors(selection) {
        if let Some(&i) = scene.index.get(id) {
            em.selected[i as usize] = true;
        }
    }
    if !state.search.trim().is_empty() {
        for i in search_matches(project, &state.search) {
            em.found[i] = true;
        }
    }
    // Focus: the hovered actor, else the selection (a handful of actors), else the
    // selected relation's ends.
    let mut focus: Vec<u32> = Vec::new();
    if let Some(h) = em.hovered
        && state.gesture.is_none()
    {
        focus.push(h);
    } else if let Selection::Relation(id) = selection {
        if let Some(k) = scene.edges.iter().position(|e| e.id == *id) {
            em.selected_edge = Some(k as u32);
            focus.push(scene.edges[k].a);
            focus.push(scene.edges[k].b);
        }
    } else {
        let sel = selected_actors(selection);
        if sel.len() <= 20 {
            focus.extend(sel.iter().filter_map(|id| scene.index.get(id).copied()));
        }
    }
    if !focus.is_empty() {
        let mut near = vec![false; n];
        for &f in &focus {
            near[f as usize] = true;
            em.focus[f as usize] = true;
            for &(nb, k) in scene.neighbours(f) {
                if em.selected_edge.is_none() || em.selected_edge == Some(k) {
                    near[nb as usize] = true;
                    em.focus[nb as usize] = true;
                    em.edge_focus[k as usize] = true;
                }
            }
        }
        for (alpha, _) in em.actor_alpha.iter_mut().zip(&near).filter(|(_, near)| !**near) {
            *alpha *= 0.45;
        }
        for (alpha, _) in em
            .edge_alpha
            .iter_mut()
            .zip(&em.edge_focus)
            .filter(|(_, focus)| !**focus)
        {
            *alpha *= 0.3;
        }
    }
    em
}
