//! The scene: what the map draws, derived from the project and kept between frames. It is
//! rebuilt only when a fingerprint of the drawn parts of the project (positions, kinds,
//! rings, sizes, relations' ends and styles) or the size option changes, so a frame with no
//! change costs no rebuilding.

use crate::analysis::cache::Fingerprint;
use crate::layout::Point;
use crate::layout::concentric::{self, RingNode, RingParams};
use crate::model::joint::SeenBy;
use crate::model::{ActorId, Project, RelationId, RelationStatus, Ring};
use egui::{Color32, Pos2, Rect};
use std::collections::HashMap;

/// How many symbol shapes there are (see `canvas::mesh`); kinds beyond cycle through them.
pub(crate) const SHAPE_COUNT: usize = 9;

/// One relation as drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct SceneEdge {
    /// Index of the `from` actor.
    pub a: u32,
    /// Index of the `to` actor.
    pub b: u32,
    /// The relation.
    pub id: RelationId,
    /// Its index in `project.relations`.
    pub rel: u32,
    /// Importance 1–5: the line width.
    pub importance: u8,
    /// Current (solid), potential (dashed) or past (dotted).
    pub status: RelationStatus,
    /// Draws an arrow head at `b`.
    pub directed: bool,
    /// Offset among several relations between the same two actors (0 for the only one).
    pub lane: f32,
    /// In a joint project: how widely the members see it.
    pub seen: Option<SeenBy>,
}

/// Everything the map draws, by actor index (the same order as `project.actors`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Scene {
    /// Fingerprint this scene was built from.
    pub key: u64,
    /// The actors' ids.
    pub ids: Vec<ActorId>,
    /// Index of each actor id.
    pub index: HashMap<ActorId, u32>,
    /// Where each actor is drawn (world units). Changed in place while dragging and while a
    /// layout runs; rebuilt from the document otherwise.
    pub pos: Vec<Pos2>,
    /// Symbol radius in world units.
    pub radius: Vec<f32>,
    /// Fill colour (the actor kind's colour).
    pub fill: Vec<Color32>,
    /// Symbol shape (see `draw::SHAPES`), by kind.
    pub shape: Vec<u8>,
    /// Ring: 0 core, 1 partner, 2 wider network.
    pub ring: Vec<u8>,
    /// The own organisation.
    pub own: Vec<bool>,
    /// Pinned actors.
    pub pinned: Vec<bool>,
    /// Relations as drawn.
    pub edges: Vec<SceneEdge>,
    /// Neighbours of actor `i`: `adj[adj_start[i]..adj_start[i + 1]]` as (neighbour, edge).
    pub adj_start: Vec<u32>,
    /// See `adj_start`.
    pub adj: Vec<(u32, u32)>,
    /// Index of the own organisation.
    pub own_index: Option<u32>,
    /// In a joint project: how widely the members see each actor.
    pub seen: Vec<Option<SeenBy>>,
    /// The relations' colours when the map is coloured by agreement (by edge index); empty
    /// when they take the theme's colour.
    pub edge_fill: Vec<Color32>,
}

/// The shape index of each actor kind: its position in the list (cycled), so every kind of
/// the default list has its own shape and the legend shows it. See
/// [`crate::ui::map::canvas::symbol_outline`].
pub fn shape_of_kind(project: &Project, kind: &str) -> u8 {
    let i = project.catalogs.actor_kinds.0.iter().position(|k| k.key == kind);
    i.map_or(0, |i| (i % SHAPE_COUNT) as u8)
}

/// The colour of an actor kind, grey for unknown kinds or kinds without a colour.
pub(crate) fn kind_colour(project: &Project, kind: &str) -> Color32 {
    project
        .catalogs
        .actor_kinds
        .get(kind)
        .and_then(|k| k.colour)
        .map_or(Color32::from_gray(0x99), |[r, g, b]| Color32::from_rgb(r, g, b))
}

/// Ring index 0–2.
pub(crate) fn ring_index(ring: Ring) -> u8 {
    match ring {
        Ring::Core => 0,
        Ring::Partner => 1,
        Ring::Wider => 2,
    }
}

/// The fingerprint of everything a scene is built from.
pub(crate) fn fingerprint(project: &Project, size_key: u64) -> u64 {
    let mut h = Fingerprint::new();
    h.add(size_key);
    h.add(project.actors.len() as u64);
    for a in &project.actors {
        h.add(u64::from(a.id.0) | (u64::from(a.importance) << 32) | (u64::from(ring_index(a.ring)) << 40));
        h.add(u64::from(a.own) | (u64::from(a.pinned) << 1) | (u64::from(a.pos.is_some()) << 2));
        if let Some([x, y]) = a.pos {
            h.add(u64::from(x.to_bits()) | (u64::from(y.to_bits()) << 32));
        }
        h.add_str(&a.kind);
    }
    h.add(project.relations.len() as u64);
    for r in &project.relations {
        h.add(u64::from(r.id.0) | (u64::from(r.importance) << 32) | (u64::from(r.directed) << 40));
        h.add(u64::from(r.from.0) | (u64::from(r.to.0) << 32));
        h.add(r.status as u64);
    }
    for k in &project.catalogs.actor_kinds.0 {
        h.add_str(&k.key);
        h.add(k.colour.map_or(1 << 40, |[r, g, b]| {
            u64::from(r) | (u64::from(g) << 8) | (u64::from(b) << 16)
        }));
    }
    if let Some(joint) = &project.joint {
        h.add(joint.members.len() as u64);
        for r in &joint.actors {
            h.add(u64::from(r.actor.0) | ((r.seen_by.len() as u64) << 32));
        }
        for r in &joint.relations {
            h.add(u64::from(r.relation.0) | ((r.seen_by.len() as u64) << 32) | (1 << 48));
        }
    }
    h.0
}

impl Scene {
    /// Builds the scene of `project`; `size` gives each actor's symbol radius.
    pub fn build(project: &Project, key: u64, size: &dyn Fn(usize) -> f32) -> Scene {
        let n = project.actors.len();
        let ids: Vec<ActorId> = project.actors.iter().map(|a| a.id).collect();
        let index: HashMap<ActorId, u32> = ids.iter().enumerate().map(|(i, &id)| (id, i as u32)).collect();
        let radius: Vec<f32> = (0..n).map(size).collect();
        let own_index = project.actors.iter().position(|a| a.own).map(|i| i as u32);
        let mut pos: Vec<Pos2> = project
            .actors
            .iter()
            .map(|a| a.pos.map_or(Pos2::ZERO, |[x, y]| Pos2::new(x, y)))
            .collect();
        for (i, p) in default_places(project, &radius) {
            pos[i] = p;
        }

        let (seen, relation_seen) = crate::model::joint::agreement(project).unwrap_or_default();
        let mut edges = Vec::with_capacity(project.relations.len());
        for (k, r) in project.relations.iter().enumerate() {
            let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to)) else {
                continue;
            };
            edges.push(SceneEdge {
                a,
                b,
                id: r.id,
                rel: k as u32,
                importance: r.importance.clamp(1, 5),
                status: r.status,
                directed: r.directed,
                lane: 0.0,
                seen: relation_seen.get(k).copied(),
            });
        }
        assign_lanes(&mut edges);

        let mut degree = vec![0u32; n + 1];
        for e in &edges {
            degree[e.a as usize] += 1;
            if e.b != e.a {
                degree[e.b as usize] += 1;
            }
        }
        let mut adj_start = vec![0u32; n + 1];
        for i in 0..n {
            adj_start[i + 1] = adj_start[i] + degree[i];
        }
        let mut fill_at: Vec<u32> = adj_start.clone();
        let mut adj = vec![(0u32, 0u32); adj_start[n] as usize];
        for (k, e) in edges.iter().enumerate() {
            adj[fill_at[e.a as usize] as usize] = (e.b, k as u32);
            fill_at[e.a as usize] += 1;
            if e.b != e.a {
                adj[fill_at[e.b as usize] as usize] = (e.a, k as u32);
                fill_at[e.b as usize] += 1;
            }
        }

        Scene {
            key,
            index,
            pos,
            fill: project.actors.iter().map(|a| kind_colour(project, &a.kind)).collect(),
            shape: project.actors.iter().map(|a| shape_of_kind(project, &a.kind)).collect(),
            ring: project.actors.iter().map(|a| ring_index(a.ring)).collect(),
            own: project.actors.iter().map(|a| a.own).collect(),
            pinned: project.actors.iter().map(|a| a.pinned).collect(),
            radius,
            ids,
            edges,
            adj_start,
            adj,
            own_index,
            seen: if seen.is_empty() {
                vec![None; n]
            } else {
                seen.into_iter().map(Some).collect()
            },
            edge_fill: Vec::new(),
        }
    }

    /// Colours actors and relations by how widely the members see them (a joint project's
    /// map), in `colour` of each class.
    pub fn colour_by_agreement(&mut self, colour: impl Fn(SeenBy) -> Color32) {
        for (fill, seen) in self.fill.iter_mut().zip(&self.seen) {
            if let Some(seen) = seen {
                *fill = colour(*seen);
            }
        }
        self.edge_fill = self
            .edges
            .iter()
            .map(|e| e.seen.map_or(Color32::GRAY, &colour))
            .collect();
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// The neighbours of actor `i` as (neighbour, edge index).
    pub fn neighbours(&self, i: u32) -> &[(u32, u32)] {
        let i = i as usize;
        match (self.adj_start.get(i), self.adj_start.get(i + 1)) {
            (Some(&s), Some(&e)) => &self.adj[s as usize..e as usize],
            _ => &[],
        }
    }

    /// The bounding box of all symbols, in world units.
    pub fn bounds(&self) -> Rect {
        let mut r = Rect::NOTHING;
        for (p, &radius) in self.pos.iter().zip(&self.radius) {
            r = r.union(Rect::from_center_size(*p, egui::Vec2::splat(2.0 * radius)));
        }
        r
    }

    /// The actor whose symbol is at `world` (the topmost, i.e. the last drawn), within
    /// `slack` world units. A plain scan: at 10,000 actors it takes some 20 µs, less than
    /// keeping a spatial index up to date while a layout moves everything each frame.
    pub fn actor_at(&self, world: Pos2, slack: f32) -> Option<u32> {
        let mut best: Option<(u32, f32)> = None;
        for (i, (p, &r)) in self.pos.iter().zip(&self.radius).enumerate() {
            let d2 = p.distance_sq(world);
            let reach = r + slack;
            if d2 <= reach * reach {
                // Prefer the one whose centre is nearest, so small actors on top of big ones
                // can still be picked.
                let score = d2.sqrt() / reach;
                if best.is_none_or(|(_, s)| score <= s) {
                    best = Some((i as u32, score));
                }
            }
        }
        best.map(|(i, _)| i)
    }

    /// The relation drawn nearest to `world`, within `slack` world units.
    pub fn edge_at(&self, world: Pos2, slack: f32, lane_gap: f32) -> Option<u32> {
        let mut best: Option<(u32, f32)> = None;
        for (k, e) in self.edges.iter().enumerate() {
            if e.a == e.b {
                continue;
            }
            let (a, b) = self.edge_ends(e, lane_gap);
            let d = distance_to_segment(world, a, b);
            let reach = slack + f32::from(e.importance) * 0.5;
            if d <= reach && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((k as u32, d));
            }
        }
        best.map(|(k, _)| k)
    }

    /// The two ends of a relation's line in world units, shifted sideways for its lane.
    pub fn edge_ends(&self, e: &SceneEdge, lane_gap: f32) -> (Pos2, Pos2) {
        let (a, b) = (self.pos[e.a as usize], self.pos[e.b as usize]);
        if e.lane == 0.0 {
            return (a, b);
        }
        let d = b - a;
        let len = d.length().max(1e-3);
        // The normal of the canonical direction (smaller index to larger), so lanes of A→B
        // and B→A fall on different sides.
        let sign = if e.a < e.b { 1.0 } else { -1.0 };
        let normal = egui::vec2(-d.y, d.x) / len * sign;
        let shift = normal * e.lane * lane_gap;
        (a + shift, b + shift)
    }
}

/// Distance from `p` to the segment `a`–`b`.
pub(crate) fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len2 = ab.length_sq();
    if len2 <= f32::EPSILON {
        return p.distance(a);
    }
    let t = ((p - a).dot(ab) / len2).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}

/// Spreads several relations between the same two actors side by side: lanes −k … k
/// (halves for an even count).
fn assign_lanes(edges: &mut [SceneEdge]) {
    let mut groups: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (k, e) in edges.iter().enumerate() {
        groups.entry((e.a.min(e.b), e.a.max(e.b))).or_default().push(k);
    }
    for members in groups.values() {
        if members.len() < 2 {
            continue;
        }
        let mid = (members.len() - 1) as f32 / 2.0;
        for (j, &k) in members.iter().enumerate() {
            // Lanes are measured in the canonical direction; flip for reversed edges so the
            // sign in `edge_ends` puts them where intended.
            let e = &mut edges[k];
            let lane = j as f32 - mid;
            e.lane = if e.a < e.b { lane } else { -lane };
        }
    }
}

/// The ring layout input for `project`'s actors; `radius[i]` is actor i's symbol radius.
pub(crate) fn ring_nodes(project: &Project, radius: &[f32], keep_placed: bool) -> Vec<RingNode> {
    project
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| RingNode {
            ring: usize::from(ring_index(a.ring)),
            own: a.own,
            radius: radius.get(i).copied().unwrap_or(16.0),
            group: project
                .catalogs
                .actor_kinds
                .0
                .iter()
                .position(|k| k.key == a.kind)
                .unwrap_or(usize::MAX) as u32,
            fixed: if keep_placed || a.pinned { a.pos } else { None },
        })
        .collect()
}

/// Default places for actors without a saved position: the concentric layout of those
/// actors, around the own organisation when it is placed (else the origin). Deterministic,
/// and not written to the document until the user moves or lays out.
fn default_places(project: &Project, radius: &[f32]) -> Vec<(usize, Pos2)> {
    let unplaced: Vec<usize> = (0..project.actors.len())
        .filter(|&i| project.actors[i].pos.is_none())
        .collect();
    if unplaced.is_empty() {
        return Vec::new();
    }
    let all = ring_nodes(project, radius, true);
    let centre: Point = project.own_actor().and_then(|a| a.pos).unwrap_or([0.0, 0.0]);
    let nodes: Vec<RingNode> = unplaced.iter().map(|&i| RingNode { fixed: None, ..all[i] }).collect();
    let result = concentric::concentric(&nodes, centre, RingParams::default());
    unplaced
        .into_iter()
        .zip(result.positions)
        .map(|(i, [x, y])| (i, Pos2::new(x, y)))
        .collect()
}
