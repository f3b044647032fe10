//! View state of the map, none of it part of the document or of undo, in four parts: the
//! camera (zoom, pan, a smooth view change), the options (what is drawn and how), the
//! interaction (the gesture in progress, hover, a running layout, requests for the next
//! frame) and the caches (derived data and drawing buffers). The canvas reads and changes
//! these; this module knows nothing of the canvas.

use super::scene::Scene;
use crate::combine::SeenBy;
use crate::layout::force::ForceLayout;
use crate::model::{Actor, ActorId, Relation, RelationId, RelationStatus, Ring};
use egui::epaint::Mesh;
use egui::{Pos2, Rect};
use std::collections::BTreeSet;
use std::sync::Arc;

/// What the size of an actor's symbol shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SizeBy {
    /// The actor's importance to the own organisation (1–5), from the document.
    #[default]
    Importance,
    /// Number of distinct neighbours (from the shared analysis).
    Degree,
    /// Betweenness centrality (from the shared analysis).
    Betweenness,
    /// Closeness centrality (from the shared analysis).
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

    /// The analysis metric this shows, if it is one.
    pub fn metric(self) -> Option<crate::analysis::Metric> {
        use crate::analysis::Metric;
        match self {
            SizeBy::Importance => None,
            SizeBy::Degree => Some(Metric::Degree),
            SizeBy::Betweenness => Some(Metric::Betweenness),
            SizeBy::Closeness => Some(Metric::Closeness),
        }
    }
}

/// How large the actors' names are drawn on the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LabelSize {
    /// Smaller names: more of them fit.
    Small,
    /// The usual size.
    #[default]
    Normal,
    /// Larger names, for a projector.
    Large,
}

impl LabelSize {
    /// Every choice, in menu order.
    pub const ALL: [LabelSize; 3] = [LabelSize::Small, LabelSize::Normal, LabelSize::Large];

    /// The names' font size in points.
    pub fn points(self) -> f32 {
        match self {
            LabelSize::Small => 11.0,
            LabelSize::Normal => 13.0,
            LabelSize::Large => 16.0,
        }
    }
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
    /// In a joint project: how widely the members see an actor or relation.
    pub seen: BTreeSet<SeenBy>,
}

impl MapFilter {
    /// Whether any condition is set.
    pub fn is_active(&self) -> bool {
        self.condition_count() > 0
    }

    /// How many conditions are set (for the toolbar's "Filter (n)").
    pub fn condition_count(&self) -> usize {
        self.kinds.len() + self.tags.len() + self.rings.len() + self.flows.len() + self.statuses.len() + self.seen.len()
    }

    /// Whether the conditions on actors hold for `actor`.
    pub fn actor_matches(&self, actor: &Actor) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&actor.kind))
            && (self.rings.is_empty() || self.rings.contains(&actor.ring))
            && (self.tags.is_empty() || actor.tags.iter().any(|t| self.tags.contains(t)))
    }

    /// Whether the condition on agreement holds for something seen as widely as `seen`
    /// (`None` outside a joint project, where the condition cannot hold).
    pub fn seen_matches(&self, seen: Option<SeenBy>) -> bool {
        self.seen.is_empty() || seen.is_some_and(|s| self.seen.contains(&s))
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
    /// Centre and zoom at the start.
    pub from: (Pos2, f32),
    /// Centre and zoom at the end.
    pub to: (Pos2, f32),
    /// When it started (egui's clock, seconds).
    pub start: f64,
}

/// Where the map is looked at from.
#[derive(Clone, Debug)]
pub struct Camera {
    /// Zoom: screen points per world unit.
    pub(crate) zoom: f32,
    /// The world point at the centre of the canvas.
    pub(crate) center: Pos2,
    /// The canvas' screen rectangle in the last frame.
    pub(crate) rect: Rect,
    /// Whether the view has been fitted to the map at least once.
    pub(crate) fitted: bool,
    /// Set to zoom to fit on the next frame (the toolbar, [`MapState::zoom_to_fit`]).
    pub(crate) fit_requested: bool,
    /// A smooth zoom or pan in progress.
    pub(crate) anim: Option<ViewAnim>,
    /// The legend's box on the canvas in this frame, kept clear by fitting and jumps.
    pub(crate) legend: Option<Rect>,
    /// Whether the view is still as the last zoom to fit left it (the user has not panned or
    /// zoomed since): then it fits again when the canvas changes size.
    pub(crate) follows_fit: bool,
    /// The canvas' size at the last zoom to fit.
    pub(crate) fitted_size: egui::Vec2,
}

impl Default for Camera {
    fn default() -> Camera {
        Camera {
            zoom: 1.0,
            center: Pos2::ZERO,
            rect: Rect::NOTHING,
            fitted: false,
            fit_requested: false,
            anim: None,
            legend: None,
            follows_fit: false,
            fitted_size: egui::Vec2::ZERO,
        }
    }
}

impl Camera {
    /// The current view transform.
    pub(crate) fn view(&self) -> View {
        View {
            rect: self.rect,
            center: self.center,
            zoom: self.zoom,
        }
    }
}

/// What is drawn and how: the user's choices in the toolbar.
#[derive(Clone, Debug)]
pub struct MapOptions {
    /// Draw actor names.
    pub show_labels: bool,
    /// Draw what flows in each relation (or its role) along the line.
    pub show_relation_labels: bool,
    /// Draw the legend on the canvas.
    pub show_legend: bool,
    /// Whether the legend is open (`Some(false)`: collapsed to its header); `None` until the
    /// user chooses, when it opens only if it leaves the map most of the canvas.
    pub legend_open: Option<bool>,
    /// Draw the faint ring guides around the own organisation when the map is arranged in
    /// rings.
    pub show_ring_guides: bool,
    /// What the symbol size shows.
    pub size_by: SizeBy,
    /// How large the actors' names are.
    pub label_size: LabelSize,
    /// Which actors and relations stand out.
    pub filter: MapFilter,
    /// The search text.
    pub search: String,
    /// Colour actors and relations by how many members name them instead of by kind;
    /// `None` until the user chooses: on in a joint project.
    pub agreement_colours: Option<bool>,
}

impl MapOptions {
    /// Whether `project`'s map is coloured by agreement: only a joint project can be.
    pub fn colours_by_agreement(&self, project: &crate::model::Project) -> bool {
        project.joint.is_some() && self.agreement_colours.unwrap_or(true)
    }

    /// The map as these choices show it, for an export: what is exported is what is seen.
    pub fn export_view(&self) -> crate::export::MapView {
        crate::export::MapView {
            kinds: self.filter.kinds.clone(),
            rings: self.filter.rings.clone(),
            tags: self.filter.tags.clone(),
            statuses: self.filter.statuses.clone(),
            focus: None,
            size_by: match self.size_by.metric() {
                Some(metric) => crate::export::SizeBy::Metric(metric),
                None => crate::export::SizeBy::Importance,
            },
            hide_labels: !self.show_labels,
            hide_ring_guides: !self.show_ring_guides,
            colour_by_kind: self.agreement_colours == Some(false),
        }
    }
}

impl Default for MapOptions {
    fn default() -> MapOptions {
        MapOptions {
            show_labels: true,
            show_relation_labels: false,
            show_legend: true,
            legend_open: None,
            show_ring_guides: true,
            size_by: SizeBy::Importance,
            label_size: LabelSize::Normal,
            filter: MapFilter::default(),
            search: String::new(),
            agreement_colours: None,
        }
    }
}

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
    /// Add the current view to the presentation as a map slide.
    AddViewSlide,
    /// Bring this actor to the middle of the view (it was chosen in another tab).
    Reveal(ActorId),
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
    pub(crate) start_view: Option<(Pos2, f32)>,
}

/// What the user is doing on the map right now, and what was asked for the next frame.
#[derive(Clone, Debug, Default)]
pub struct Interaction {
    /// Connect mode: dragging from an actor draws a relation instead of moving it.
    pub connect_mode: bool,
    /// Drawing on a presentation's map slide: dragging from an actor draws a relation, as in
    /// connect mode, but a click still selects actors and relations, and a double-click on
    /// empty space is left to the slide (which asks for the new actor's name first).
    pub draw_mode: bool,
    /// An actor waiting to be connected: the next click on another actor adds a relation
    /// from it (the context menu's and the inspector's "Connect to…").
    pub connect_from: Option<ActorId>,
    /// The actor under the pointer.
    pub hover: Option<ActorId>,
    /// An actor just created on the map whose name the inspector should focus (and then set
    /// this back to `None`).
    pub focus_name_of: Option<ActorId>,
    /// Layout and view actions asked for from outside the canvas (menus), carried out in the
    /// next frame.
    pub(crate) pending: Vec<Action>,
    /// The running force layout.
    pub(crate) force: Option<ForceRun>,
    /// The last known pointer position (screen), kept for the frame a drag ends in.
    pub(crate) pointer: Option<Pos2>,
    /// The drag or other gesture in progress.
    pub(crate) gesture: Option<Gesture>,
    /// What the open context menu is about.
    pub(crate) context: Option<Target>,
    /// The name being typed in an actor's context menu.
    pub(crate) rename: Option<(ActorId, String)>,
    /// Which search match Enter jumps to next.
    pub(crate) search_cursor: usize,
}

/// The loaded line-pattern texture.
pub(crate) struct PatternTexture(pub egui::TextureHandle);

impl std::fmt::Debug for PatternTexture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PatternTexture({:?})", self.0.id())
    }
}

/// Derived data and drawing buffers kept between frames.
#[derive(Debug, Default)]
pub(crate) struct Caches {
    /// The scene, rebuilt when the project's drawn parts or the symbol sizes change.
    pub scene: Option<Scene>,
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
    /// The actors' names drawn in the last frame: actor index and the name's screen box.
    pub labels: Vec<(u32, Rect)>,
}

/// View state of the map; not part of the document.
#[derive(Debug, Default)]
pub struct MapState {
    /// Zoom and pan.
    pub camera: Camera,
    /// What is drawn and how.
    pub options: MapOptions,
    /// The gesture in progress, hover, a running layout.
    pub interaction: Interaction,
    /// Derived data and drawing buffers.
    pub(crate) caches: Caches,
}

impl MapState {
    /// Zooms to show the whole map in the next frame (for a View menu item).
    pub fn zoom_to_fit(&mut self) {
        self.camera.fit_requested = true;
    }

    /// Starts the force-directed layout in the next frame. It runs until it settles or is
    /// stopped, then its positions become one undo step.
    pub fn start_force_layout(&mut self) {
        self.interaction.pending.push(Action::ForceStart);
    }

    /// Stops the force-directed layout, keeping its positions (one undo step).
    pub fn stop_force_layout(&mut self) {
        self.interaction.pending.push(Action::ForceStop);
    }

    /// Arranges the actors in rings around the own organisation (one undo step).
    pub fn apply_concentric_layout(&mut self) {
        self.interaction.pending.push(Action::Concentric);
    }

    /// The legend's box on the canvas in the last frame, if it is shown.
    pub fn legend_rect(&self) -> Option<Rect> {
        self.camera.legend
    }

    /// Whether the view follows the last zoom to fit (the user has not panned or zoomed).
    pub fn follows_fit(&self) -> bool {
        self.camera.follows_fit
    }

    /// The actors whose names were drawn in the last frame, with each name's screen box.
    pub fn drawn_labels(&self) -> Vec<(ActorId, Rect)> {
        let Some(scene) = self.caches.scene.as_ref() else {
            return Vec::new();
        };
        self.caches
            .labels
            .iter()
            .filter_map(|&(i, r)| scene.ids.get(i as usize).map(|&id| (id, r)))
            .collect()
    }

    /// Whether the force layout is running.
    pub fn is_layout_running(&self) -> bool {
        self.interaction.force.is_some()
    }

    /// The zoom level (screen points per world unit).
    pub fn zoom(&self) -> f32 {
        self.camera.zoom
    }

    /// Where `actor` was drawn in the last frame, in screen points (for tests and for
    /// placing things next to an actor).
    pub fn actor_screen_pos(&self, actor: ActorId) -> Option<Pos2> {
        let scene = self.caches.scene.as_ref()?;
        let &i = scene.index.get(&actor)?;
        Some(self.camera.view().to_screen(scene.pos[i as usize]))
    }

    /// The colour `actor`'s symbol is filled with (its kind's, or its agreement's in a joint
    /// project coloured by agreement).
    pub fn actor_fill(&self, actor: ActorId) -> Option<egui::Color32> {
        let scene = self.caches.scene.as_ref()?;
        let &i = scene.index.get(&actor)?;
        scene.fill.get(i as usize).copied()
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
