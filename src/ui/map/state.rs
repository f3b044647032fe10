//! View state of the map: zoom and pan, the running layout, filters, search, hover and the
//! gesture in progress. None of it is part of the document or of undo.

use super::canvas::{Caches, Gesture, ViewAnim};
use crate::layout::force::ForceLayout;
use crate::model::{Actor, ActorId, Relation, RelationStatus, Ring};
use std::collections::{BTreeSet, HashMap};

/// What the size of an actor's symbol shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SizeBy {
    /// The actor's importance to the own organisation (1–5), from the document.
    #[default]
    Importance,
    /// Number of distinct neighbours.
    Degree,
    /// Betweenness centrality (from `crate::analysis`).
    Betweenness,
    /// Closeness centrality (from `crate::analysis`).
    Closeness,
}

impl SizeBy {
    /// Every choice, in menu order.
    pub const ALL: [SizeBy; 4] = [
        SizeBy::Importance,
        SizeBy::Degree,
        SizeBy::Betweenness,
        SizeBy::Closeness,
    ];
}

/// Per-actor values of a metric for "size by", supplied by whoever computes the analysis
/// (the workspace can fill it from a shared, cached `crate::analysis` result). When it is
/// missing or for another metric, the canvas computes degree itself and the centralities
/// through `crate::analysis` for networks small enough to do so at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetricValues {
    /// Which metric these are.
    pub metric: SizeBy,
    /// A number that changes whenever the values do (e.g. the document revision), so the
    /// canvas knows when to resize the symbols.
    pub version: u64,
    /// The value of each actor; missing actors count as 0.
    pub values: HashMap<ActorId, f32>,
}

/// Which actors and relations stand out; the rest fade. An empty set puts no condition.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapFilter {
    /// Actor kinds (keys of the actor kinds list).
    pub kinds: BTreeSet<String>,
    /// Tags: an actor matches with any one of them.
    pub tags: BTreeSet<String>,
    /// Membership rings.
    pub rings: BTreeSet<Ring>,
    /// Flows (keys): a relation matches with any one of them.
    pub flows: BTreeSet<String>,
    /// Relation statuses.
    pub statuses: BTreeSet<RelationStatus>,
}

impl MapFilter {
    /// Whether any condition is set.
    pub fn is_active(&self) -> bool {
        self.condition_count() > 0
    }

    /// How many conditions are set (for the toolbar's "Filter (n)").
    pub fn condition_count(&self) -> usize {
        self.kinds.len() + self.tags.len() + self.rings.len() + self.flows.len() + self.statuses.len()
    }

    /// Whether the conditions on actors hold for `actor`.
    pub fn actor_matches(&self, actor: &Actor) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&actor.kind))
            && (self.rings.is_empty() || self.rings.contains(&actor.ring))
            && (self.tags.is_empty() || actor.tags.iter().any(|t| self.tags.contains(t)))
    }

    /// Whether there are conditions on relations.
    pub fn filters_relations(&self) -> bool {
        !self.flows.is_empty() || !self.statuses.is_empty()
    }

    /// Whether the conditions on relations hold for `relation`.
    pub fn relation_matches(&self, relation: &Relation) -> bool {
        (self.statuses.is_empty() || self.statuses.contains(&relation.status))
            && (self.flows.is_empty() || relation.flows.iter().any(|f| self.flows.contains(f)))
    }
}

/// A force layout running on the map. Its positions live here, not in the document, until
/// it stops: then they are written as one `MoveActors` edit (one undo step). Writing every
/// step into the document would make hundreds of revisions a second, churn the undo history
/// and the autosave, and rebuild every cache each frame.
#[derive(Clone, Debug)]
pub struct ForceRun {
    /// The layout.
    pub(crate) layout: ForceLayout,
    /// The actor at each of the layout's indices.
    pub(crate) ids: Vec<ActorId>,
    /// The view (centre, zoom) when the layout started: if the user has not moved it by
    /// the end, the view fits the new layout.
    pub(crate) start_view: Option<(egui::Pos2, f32)>,
}

/// View state of the map (zoom, pan, layout, filters, search, hover …); not part of the
/// document.
#[derive(Debug)]
pub struct MapState {
    /// Zoom: screen points per world unit.
    pub(crate) zoom: f32,
    /// The world point at the centre of the canvas.
    pub(crate) center: egui::Pos2,
    /// Whether the view has been fitted to the map at least once.
    pub(crate) fitted: bool,
    /// Set to zoom to fit on the next frame (the toolbar, [`MapState::zoom_to_fit`]).
    pub(crate) fit_requested: bool,
    /// Layout and view actions asked for from outside the canvas (menus), carried out in the
    /// next frame.
    pub(crate) pending: Vec<super::canvas::Action>,
    /// A smooth zoom or pan in progress.
    pub(crate) anim: Option<ViewAnim>,
    /// The canvas' screen rectangle in the last frame.
    pub(crate) rect: egui::Rect,
    /// Draw actor names.
    pub show_labels: bool,
    /// Draw what flows in each relation (or its role) along the line.
    pub show_relation_labels: bool,
    /// Draw the legend on the canvas.
    pub show_legend: bool,
    /// Draw the faint ring guides around the own organisation when the map is arranged in
    /// rings.
    pub show_ring_guides: bool,
    /// What the symbol size shows.
    pub size_by: SizeBy,
    /// Metric values for `size_by`, if someone supplies them.
    pub metric_values: Option<MetricValues>,
    /// Connect mode: dragging from an actor draws a relation instead of moving it.
    pub connect_mode: bool,
    /// An actor waiting to be connected: the next click on another actor adds a relation
    /// from it (the context menu's and the inspector's "Connect to…").
    pub connect_from: Option<ActorId>,
    /// Which actors and relations stand out.
    pub filter: MapFilter,
    /// The search text.
    pub search: String,
    /// The actor under the pointer.
    pub hover: Option<ActorId>,
    /// An actor just created on the map whose name the inspector should focus (and then set
    /// this back to `None`).
    pub focus_name_of: Option<ActorId>,
    /// The running force layout.
    pub(crate) force: Option<ForceRun>,
    /// The last known pointer position (screen), kept for the frame a drag ends in.
    pub(crate) pointer: Option<egui::Pos2>,
    /// The drag or other gesture in progress.
    pub(crate) gesture: Option<Gesture>,
    /// What the open context menu is about.
    pub(crate) context: Option<super::canvas::Target>,
    /// The name being typed in an actor's context menu.
    pub(crate) rename: Option<(ActorId, String)>,
    /// Which search match Enter jumps to next.
    pub(crate) search_cursor: usize,
    /// Derived data and drawing buffers kept between frames.
    pub(crate) caches: Caches,
}

impl Default for MapState {
    fn default() -> MapState {
        MapState {
            zoom: 1.0,
            center: egui::Pos2::ZERO,
            fitted: false,
            fit_requested: false,
            pending: Vec::new(),
            anim: None,
            rect: egui::Rect::NOTHING,
            show_labels: true,
            show_relation_labels: false,
            show_legend: true,
            show_ring_guides: true,
            size_by: SizeBy::Importance,
            metric_values: None,
            connect_mode: false,
            connect_from: None,
            filter: MapFilter::default(),
            search: String::new(),
            hover: None,
            focus_name_of: None,
            force: None,
            pointer: None,
            gesture: None,
            context: None,
            rename: None,
            search_cursor: 0,
            caches: Caches::default(),
        }
    }
}

impl MapState {
    /// Zooms to show the whole map in the next frame (for a View menu item).
    pub fn zoom_to_fit(&mut self) {
        self.fit_requested = true;
    }

    /// Starts the force-directed layout in the next frame. It runs until it settles or is
    /// stopped, then its positions become one undo step.
    pub fn start_force_layout(&mut self) {
        self.pending.push(super::canvas::Action::ForceStart);
    }

    /// Stops the force-directed layout, keeping its positions (one undo step).
    pub fn stop_force_layout(&mut self) {
        self.pending.push(super::canvas::Action::ForceStop);
    }

    /// Arranges the actors in rings around the own organisation (one undo step).
    pub fn apply_concentric_layout(&mut self) {
        self.pending.push(super::canvas::Action::Concentric);
    }

    /// Whether the force layout is running.
    pub fn is_layout_running(&self) -> bool {
        self.force.is_some()
    }

    /// The zoom level (screen points per world unit).
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Where `actor` was drawn in the last frame, in screen points (for tests and for
    /// placing things next to an actor).
    pub fn actor_screen_pos(&self, actor: ActorId) -> Option<egui::Pos2> {
        let scene = self.caches.scene.as_ref()?;
        let &i = scene.index.get(&actor)?;
        let world = scene.pos[i as usize];
        Some(self.rect.center() + (world - self.center) * self.zoom)
    }

    /// The world position `actor` is drawn at (its saved position, its place in a running
    /// layout, or its default place).
    pub fn actor_world_pos(&self, actor: ActorId) -> Option<[f32; 2]> {
        let scene = self.caches.scene.as_ref()?;
        let &i = scene.index.get(&actor)?;
        let p = scene.pos[i as usize];
        Some([p.x, p.y])
    }
}
