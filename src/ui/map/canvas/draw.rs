//! Painting the map: ring guides, relations, symbols, labels and the gesture overlays.
//!
//! Level of detail, as in Cytoscape: everything is culled to the visible rectangle; arrow
//! heads and outlines are left out when symbols are only a few pixels wide; labels are drawn
//! in order of importance and only where they do not overlap a label already drawn, so a
//! zoomed-out map of thousands of actors shows a few readable names instead of a grey blot.

use super::mesh::{MeshBuilder, PATTERN_OPTIONS, Pattern, pattern_image};
use crate::model::{Project, RelationStatus};
use crate::ui::map::scene::Scene;
use crate::ui::map::state::{Caches, PatternTexture, View};
use egui::epaint::Mesh;
use egui::{Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, Vec2, pos2, vec2};
use std::sync::Arc;

/// How each actor and relation stands out this frame.
#[derive(Debug, Default)]
pub(crate) struct Emphasis {
    /// Per actor: opacity (filtered out and unrelated actors fade).
    pub actor_alpha: Vec<f32>,
    /// Per actor: selected.
    pub selected: Vec<bool>,
    /// Per actor: matches the search.
    pub found: Vec<bool>,
    /// Per actor: under the pointer, or a neighbour of the hovered or selected actor.
    pub focus: Vec<bool>,
    /// Per relation (scene edge): opacity.
    pub edge_alpha: Vec<f32>,
    /// Per relation: touches the hovered or selected actor.
    pub edge_focus: Vec<bool>,
    /// The selected relation (scene edge index).
    pub selected_edge: Option<u32>,
    /// The actor under the pointer.
    pub hovered: Option<u32>,
}

/// What every layer of one frame's painting reads.
#[derive(Clone, Copy)]
pub(crate) struct Layer<'a> {
    /// Paints into the canvas.
    pub painter: &'a Painter,
    /// The project drawn.
    pub project: &'a Project,
    /// Its scene.
    pub scene: &'a Scene,
    /// The view transform.
    pub view: View,
    /// What stands out.
    pub em: &'a Emphasis,
    /// The theme's colours.
    pub pal: &'a Palette,
    /// The actors' names' font size in points.
    pub label_points: f32,
    /// A box no name may go under (the legend).
    pub obstacle: Option<Rect>,
}

/// Colours of the map in the current theme.
pub(crate) struct Palette {
    pub edge: Color32,
    pub edge_focus: Color32,
    pub selection: Color32,
    pub found: Color32,
    pub text: Color32,
    pub halo: Color32,
    pub outline: Color32,
    pub guide: Color32,
    pub background: Color32,
}

impl Palette {
    pub fn new(visuals: &egui::Visuals) -> Palette {
        let dark = visuals.dark_mode;
        Palette {
            edge: if dark {
                Color32::from_rgb(0x8A, 0x94, 0xA3)
            } else {
                Color32::from_rgb(0x7D, 0x87, 0x96)
            },
            edge_focus: if dark {
                Color32::from_rgb(0xE8, 0xEC, 0xF2)
            } else {
                Color32::from_rgb(0x2B, 0x33, 0x40)
            },
            selection: visuals.selection.stroke.color,
            found: crate::ui::style::CURRENT_OUTLINE,
            text: visuals.strong_text_color(),
            halo: visuals.panel_fill,
            outline: if dark {
                Color32::from_gray(0xD8)
            } else {
                Color32::from_rgb(0x1E, 0x24, 0x2C)
            },
            guide: if dark {
                Color32::from_gray(0x70)
            } else {
                Color32::from_gray(0xB4)
            },
            background: visuals.panel_fill,
        }
    }
}

/// Screen radius of actor `i`: world radius × zoom, never below one and a half pixels so
/// every actor stays visible.
#[inline]
pub(crate) fn screen_radius(scene: &Scene, view: &View, i: usize) -> f32 {
    (scene.radius[i] * view.zoom).max(1.5)
}

/// Relation line width in points for importance 1–5, thinning a little when zoomed out.
#[inline]
pub(crate) fn edge_width(importance: u8, zoom: f32) -> f32 {
    (0.5 + 0.6 * f32::from(importance)) * zoom.sqrt().clamp(0.4, 1.4)
}

/// World distance between parallel relations' lanes.
pub(crate) const LANE_GAP_PX: f32 = 7.0;

/// Draws the relations into the edge mesh and the symbols into the node mesh, and adds both
/// to `painter`.
pub(crate) fn relations_and_symbols(
    painter: &Painter,
    scene: &Scene,
    view: &View,
    em: &Emphasis,
    pal: &Palette,
    caches: &mut Caches,
) {
    let feather = 1.0 / painter.pixels_per_point();
    let clip = painter.clip_rect().expand(4.0);
    let n = scene.len();

    // Screen positions once, and which actors are on screen.
    let mut screen: Vec<Pos2> = std::mem::take(&mut caches.screen);
    screen.clear();
    screen.extend(scene.pos.iter().map(|&p| view.to_screen(p)));
    let mut visible = std::mem::take(&mut caches.visible);
    visible.clear();
    visible.extend((0..n).map(|i| clip.expand(screen_radius(scene, view, i) + 2.0).contains(screen[i])));
    let visible_count = visible.iter().filter(|&&v| v).count();
    // Arrows and outlines only when symbols are big enough to carry them.
    let detailed = visible_count < 3000 || view.zoom > 0.6;

    let texture = caches
        .patterns
        .get_or_insert_with(|| {
            PatternTexture(
                painter
                    .ctx()
                    .load_texture("map-line-patterns", pattern_image(), PATTERN_OPTIONS),
            )
        })
        .0
        .id();
    let edge_mesh = reuse(&mut caches.edge_mesh);
    edge_mesh.texture_id = texture;
    {
        let mut mb = MeshBuilder::patterned(edge_mesh, feather);
        let lane_gap = LANE_GAP_PX / view.zoom.max(1e-3);
        // Faded relations first, then the rest, the focused ones on top.
        for pass in 0..3 {
            for (k, e) in scene.edges.iter().enumerate() {
                let alpha = em.edge_alpha[k];
                let focused = em.edge_focus[k] || em.selected_edge == Some(k as u32);
                let this_pass = if focused {
                    2
                } else if alpha < 0.99 {
                    0
                } else {
                    1
                };
                if this_pass != pass || alpha <= 0.01 {
                    continue;
                }
                let (ia, ib) = (e.a as usize, e.b as usize);
                if ia == ib {
                    if visible[ia] {
                        let r = screen_radius(scene, view, ia);
                        let c = screen[ia] + vec2(r * 0.7, -r * 0.7);
                        mb.stroke_shape(
                            c,
                            r * 0.55,
                            0,
                            0.0,
                            edge_width(e.importance, view.zoom),
                            pal.edge.gamma_multiply(alpha),
                        );
                    }
                    continue;
                }
                let (wa, wb) = scene.edge_ends(e, lane_gap);
                let (a, b) = (view.to_screen(wa), view.to_screen(wb));
                if !clip.intersects(Rect::from_two_pos(a, b)) {
                    continue;
                }
                let d = b - a;
                let len = d.length();
                let (ra, rb) = (screen_radius(scene, view, ia), screen_radius(scene, view, ib));
                if len <= ra + rb + 1.0 {
                    continue;
                }
                let dir = d / len;
                let mut width = edge_width(e.importance, view.zoom);
                // Coloured by agreement, a relation keeps its colour when focused and is
                // drawn wider instead.
                let mut colour = match scene.edge_fill.get(k) {
                    Some(&fill) => {
                        if focused {
                            width += 1.0;
                        }
                        fill
                    }
                    None if focused => pal.edge_focus,
                    None => pal.edge,
                };
                if em.selected_edge == Some(k as u32) {
                    colour = pal.selection;
                    width += 1.5;
                }
                let colour = match e.status {
                    RelationStatus::Past => colour.gamma_multiply(0.6 * alpha),
                    _ => colour.gamma_multiply(alpha * if focused { 1.0 } else { 0.85 }),
                };
                let start = a + dir * ra;
                let mut end = b - dir * rb;
                let arrow = e.directed && detailed && len > ra + rb + 8.0;
                let head_len = 5.0 + 2.2 * width;
                if arrow {
                    let tip = end;
                    end = tip - dir * head_len * 0.8;
                    let side = vec2(-dir.y, dir.x) * (2.5 + 1.4 * width);
                    let back = tip - dir * head_len;
                    mb.triangle([tip, back + side, back - side], colour);
                }
                match e.status {
                    RelationStatus::Current => mb.line(start, end, width, colour),
                    RelationStatus::Potential => mb.patterned_line(start, end, width, colour, Pattern::Dashed),
                    RelationStatus::Past => mb.patterned_line(start, end, width.max(1.5), colour, Pattern::Dotted),
                }
            }
        }
    }
    painter.add(Shape::Mesh(caches.edge_mesh.clone()));

    let node_mesh = reuse(&mut caches.node_mesh);
    {
        let mut mb = MeshBuilder::new(node_mesh, feather);
        let symbols = Symbols {
            scene,
            view,
            em,
            pal,
            screen: &screen,
            detailed,
        };
        for pass in 0..3 {
            for (i, _) in visible.iter().enumerate().filter(|(_, v)| **v) {
                let alpha = em.actor_alpha[i];
                let top = em.selected[i] || em.found[i] || em.hovered == Some(i as u32) || em.focus[i];
                let this_pass = if top {
                    2
                } else if alpha < 0.99 {
                    0
                } else {
                    1
                };
                if this_pass != pass {
                    continue;
                }
                symbol(&mut mb, &symbols, i);
            }
        }
    }
    painter.add(Shape::Mesh(caches.node_mesh.clone()));
    caches.screen = screen;
    caches.visible = visible;
}

/// One actor's symbol: fill by kind, ring marker, own-organisation double outline, pin and
/// highlight rings.
struct Symbols<'a> {
    scene: &'a Scene,
    view: &'a View,
    em: &'a Emphasis,
    pal: &'a Palette,
    /// Screen positions by actor.
    screen: &'a [Pos2],
    /// Whether outlines are drawn also on small symbols.
    detailed: bool,
}

fn symbol(mb: &mut MeshBuilder<'_>, symbols: &Symbols<'_>, i: usize) {
    let Symbols {
        scene,
        view,
        em,
        pal,
        screen,
        detailed,
    } = *symbols;
    let alpha = em.actor_alpha[i];
    let r = screen_radius(scene, view, i);
    let c = screen[i];
    let shape = scene.shape[i];
    let fill = scene.fill[i];
    let outline = pal.outline.gamma_multiply(alpha);
    // The ring marker: the core has a solid symbol with a strong outline, partners a solid
    // one with a thin outline, the wider network a pale fill inside a coloured outline.
    let (fill, outline_colour, outline_width): (Color32, Color32, f32) = match scene.ring[i] {
        0 => (fill, outline, 2.2),
        1 => (fill, outline, 1.0),
        _ => (lerp(fill, pal.background, 0.6), fill, 2.0),
    };
    if scene.own[i] && r > 3.0 {
        // Own organisation: a second outline around the symbol.
        mb.stroke_shape(c, r, shape, 5.0, 2.2, pal.text.gamma_multiply(alpha));
    }
    mb.fill_shape(c, r, shape, fill.gamma_multiply(alpha));
    if r > 2.5 && (detailed || r > 5.0) {
        let colour = if scene.ring[i] >= 2 {
            outline_colour.gamma_multiply(alpha)
        } else {
            outline_colour
        };
        mb.stroke_shape(c, r, shape, 0.0, outline_width.min(r * 0.4), colour);
    }
    if scene.pinned[i] && r > 5.0 {
        // A small dark dot at the upper right: pinned.
        let p = c + vec2(r * 0.75, -r * 0.75);
        mb.fill_shape(p, 2.8, 0, pal.text.gamma_multiply(alpha));
        mb.stroke_shape(p, 2.8, 0, 0.0, 1.0, pal.background.gamma_multiply(alpha));
    }
    if em.found[i] {
        mb.stroke_shape(c, r, shape, 8.0, 3.0, pal.found);
    }
    if em.selected[i] {
        mb.stroke_shape(c, r, shape, if scene.own[i] { 9.0 } else { 4.0 }, 2.5, pal.selection);
    } else if em.hovered == Some(i as u32) {
        mb.stroke_shape(c, r, shape, 4.0, 1.5, pal.selection.gamma_multiply(0.7));
    }
}

/// Linear mix of two colours (`t` = 0 gives `a`).
pub(crate) fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}

/// The mesh in `slot`, emptied, reusing its buffers when the last frame's copy has been
/// dropped by the renderer (it normally has).
fn reuse(slot: &mut Arc<Mesh>) -> &mut Mesh {
    if Arc::get_mut(slot).is_none() {
        *slot = Arc::new(Mesh::default());
    }
    // Unique now, so this never clones.
    let mesh = Arc::make_mut(slot);
    mesh.clear();
    mesh
}

/// Actor names with a halo, most important first, skipping any that would overlap one
/// already drawn.
pub(crate) fn labels(
    layer: &Layer<'_>,
    caches: &mut Caches,
    show_all: bool,
    relation_labels: Option<crate::i18n::Lang>,
) {
    let (painter, project, scene, em, pal) = (layer.painter, layer.project, layer.scene, layer.em, layer.pal);
    let view = &layer.view;
    let n = scene.len();
    caches.labels.clear();
    let visible = &caches.visible;
    let screen = &caches.screen;
    if visible.len() != n {
        return;
    }
    let visible_count = visible.iter().filter(|&&v| v).count();
    // With few actors on screen every name may show; with many, only those of actors
    // drawn large enough to be told apart.
    let min_radius = if visible_count <= 300 { 0.0 } else { 7.0 };
    let mut order: Vec<(u32, f32)> = Vec::new();
    for (i, _) in visible.iter().enumerate().filter(|(_, v)| **v) {
        let r = screen_radius(scene, view, i);
        let must = em.selected[i] || em.found[i] || em.hovered == Some(i as u32) || scene.own[i];
        if !must && (!show_all || r < min_radius || em.actor_alpha[i] < 0.3) {
            continue;
        }
        let priority = if must {
            1e9
        } else {
            r + if em.focus[i] { 1e6 } else { 0.0 }
        };
        order.push((i as u32, priority));
    }
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    order.truncate(600);

    let font = FontId::proportional(layer.label_points);
    let bold = super::bold_font(painter, layer.label_points + 0.5);
    let clip = painter.clip_rect();
    let mut taken = LabelGrid::new(clip);
    if let Some(o) = layer.obstacle {
        taken.take(o.expand(2.0));
    }
    // Names rather go where they cover no other symbol (checked while there are few
    // enough symbols on screen).
    let mut symbols = LabelGrid::new(clip);
    if visible_count <= 1500 {
        for (i, _) in visible.iter().enumerate().filter(|(_, v)| **v) {
            let r = screen_radius(scene, view, i);
            symbols.take(Rect::from_center_size(screen[i], Vec2::splat(2.0 * r)));
        }
    }
    let halo_each = order.len() <= 250;
    for (i, _) in order {
        let i = i as usize;
        let Some(actor) = project.actors.get(i) else {
            continue;
        };
        if actor.name.trim().is_empty() {
            continue;
        }
        let alpha = em.actor_alpha[i].max(0.35);
        let galley = painter.layout_no_wrap(
            actor.name.clone(),
            if scene.own[i] { bold.clone() } else { font.clone() },
            pal.text.gamma_multiply(alpha),
        );
        let r = screen_radius(scene, view, i);
        let gap = if scene.own[i] { 9.0 } else { 3.0 };
        let size = galley.size();
        let must = em.selected[i] || em.found[i] || em.hovered == Some(i as u32);
        let own_symbol = Rect::from_center_size(screen[i], Vec2::splat(2.0 * r));
        let candidates = label_spots(screen[i], r, gap, size, clip, own_symbol);
        let spot = candidates
            .iter()
            .copied()
            .find(|&rect| taken.free(rect) && symbols.free_but(rect, own_symbol))
            .or_else(|| candidates.iter().copied().find(|&rect| taken.free(rect)));
        let rect = match spot {
            Some(rect) => rect,
            None if must => match candidates.first() {
                Some(&rect) => rect,
                None => continue,
            },
            None => continue,
        };
        let pos = rect.min + vec2(2.0, 0.0);
        taken.take(rect);
        caches.labels.push((i as u32, rect));
        let halo = pal.halo.gamma_multiply(0.9 * alpha);
        if halo_each {
            for d in [
                vec2(-1.0, -1.0),
                vec2(1.0, -1.0),
                vec2(-1.0, 1.0),
                vec2(1.0, 1.0),
                vec2(0.0, -1.4),
                vec2(0.0, 1.4),
            ] {
                painter.add(Shape::galley_with_override_text_color(pos + d, galley.clone(), halo));
            }
        } else {
            painter.rect_filled(rect, 3.0, pal.halo.gamma_multiply(0.75 * alpha));
        }
        painter.add(Shape::galley(pos, galley, pal.text));
    }
    if let Some(lang) = relation_labels {
        relation_texts(layer, &mut taken, lang);
    }
}

/// Where a name of `size` may go around a symbol at `c` with screen radius `r`, best first:
/// under it, above, right, left, then the four diagonals. Each spot is moved inside `clip`
/// (a name is never cut at the map's edge) and dropped if that puts it over its own symbol.
fn label_spots(c: Pos2, r: f32, gap: f32, size: Vec2, clip: Rect, own: Rect) -> Vec<Rect> {
    let pad = vec2(2.0, 0.0);
    let full = size + 2.0 * pad;
    let d = r * std::f32::consts::FRAC_1_SQRT_2 + 2.0;
    let mins = [
        pos2(c.x - full.x / 2.0, c.y + r + gap),
        pos2(c.x - full.x / 2.0, c.y - r - gap - full.y),
        pos2(c.x + r + 4.0, c.y - full.y / 2.0),
        pos2(c.x - r - 4.0 - full.x, c.y - full.y / 2.0),
        pos2(c.x + d, c.y + d),
        pos2(c.x - d - full.x, c.y + d),
        pos2(c.x + d, c.y - d - full.y),
        pos2(c.x - d - full.x, c.y - d - full.y),
    ];
    let inner = Rect::from_min_max(clip.min + Vec2::splat(1.0), clip.max - Vec2::splat(1.0));
    mins.iter()
        .filter_map(|&min| {
            let x = if full.x < inner.width() {
                min.x.clamp(inner.left(), inner.right() - full.x)
            } else {
                inner.left()
            };
            let y = if full.y < inner.height() {
                min.y.clamp(inner.top(), inner.bottom() - full.y)
            } else {
                inner.top()
            };
            let rect = Rect::from_min_size(pos2(x, y), full);
            (!rect.intersects(own.shrink(1.0))).then_some(rect)
        })
        .collect()
}

/// What moves in each relation (or its role when nothing is recorded), at the middle of
/// its line, where there is room and the line is long enough to carry it.
fn relation_texts(layer: &Layer<'_>, taken: &mut LabelGrid, lang: crate::i18n::Lang) {
    let (painter, project, scene, em, pal) = (layer.painter, layer.project, layer.scene, layer.em, layer.pal);
    let view = &layer.view;
    let clip = painter.clip_rect();
    let lane_gap = LANE_GAP_PX / view.zoom.max(1e-3);
    let mut shown = 0;
    let font = FontId::proportional(11.5);
    for (k, e) in scene.edges.iter().enumerate() {
        if e.a == e.b || em.edge_alpha[k] < 0.3 {
            continue;
        }
        let (wa, wb) = scene.edge_ends(e, lane_gap);
        let (a, b) = (view.to_screen(wa), view.to_screen(wb));
        let mid = a + (b - a) * 0.5;
        if !clip.contains(mid) {
            continue;
        }
        let Some(r) = project.relations.get(e.rel as usize) else {
            continue;
        };
        let text = if r.flows.is_empty() {
            project.catalogs.relation_roles.label(&r.role, lang).to_owned()
        } else {
            r.flows
                .iter()
                .map(|f| project.catalogs.flows.label(f, lang))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let galley = painter.layout_no_wrap(text, font.clone(), pal.text);
        if galley.size().x + 30.0 > (b - a).length() {
            continue;
        }
        let rect = Rect::from_center_size(mid, galley.size() + vec2(4.0, 0.0));
        if !taken.free(rect) {
            continue;
        }
        taken.take(rect);
        let colour = if em.edge_focus[k] {
            pal.text
        } else {
            pal.edge_focus.gamma_multiply(0.85 * em.edge_alpha[k])
        };
        painter.rect_filled(rect, 3.0, pal.halo.gamma_multiply(0.85));
        painter.add(Shape::galley(rect.min + vec2(2.0, 0.0), galley, colour));
        shown += 1;
        if shown >= 300 {
            break;
        }
    }
}

/// The labels placed so far, bucketed by screen cell so that checking a new label against
/// them stays cheap however many there are.
struct LabelGrid {
    origin: Pos2,
    cols: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
    rects: Vec<Rect>,
}

const CELL: f32 = 48.0;

impl LabelGrid {
    fn new(area: Rect) -> LabelGrid {
        let cols = (area.width() / CELL).ceil().max(1.0) as usize + 1;
        let rows = (area.height() / CELL).ceil().max(1.0) as usize + 1;
        LabelGrid {
            origin: area.min,
            cols,
            rows,
            cells: vec![Vec::new(); cols * rows],
            rects: Vec::new(),
        }
    }

    fn range(&self, rect: Rect) -> (usize, usize, usize, usize) {
        let c = |x: f32, max: usize| ((x / CELL).floor().max(0.0) as usize).min(max - 1);
        let r0 = rect.min - self.origin;
        let r1 = rect.max - self.origin;
        (
            c(r0.x, self.cols),
            c(r1.x, self.cols),
            c(r0.y, self.rows),
            c(r1.y, self.rows),
        )
    }

    fn free(&self, rect: Rect) -> bool {
        let (x0, x1, y0, y1) = self.range(rect);
        (y0..=y1).all(|y| {
            (x0..=x1).all(|x| {
                self.cells[y * self.cols + x]
                    .iter()
                    .all(|&k| !self.rects[k as usize].intersects(rect))
            })
        })
    }

    /// Whether `rect` meets no box taken so far other than `except` (a name's own symbol,
    /// which a name placed beside it may touch).
    fn free_but(&self, rect: Rect, except: Rect) -> bool {
        let (x0, x1, y0, y1) = self.range(rect);
        (y0..=y1).all(|y| {
            (x0..=x1).all(|x| {
                self.cells[y * self.cols + x].iter().all(|&k| {
                    let other = self.rects[k as usize];
                    other == except || !other.intersects(rect)
                })
            })
        })
    }

    fn take(&mut self, rect: Rect) {
        let k = self.rects.len() as u32;
        self.rects.push(rect);
        let (x0, x1, y0, y1) = self.range(rect);
        for y in y0..=y1 {
            for x in x0..=x1 {
                self.cells[y * self.cols + x].push(k);
            }
        }
    }
}

/// Faint dashed circles around the own organisation, one per membership ring, with the
/// ring's name at the top.
pub(crate) fn ring_guides(painter: &Painter, centre: Pos2, radii: &[(f32, &str)], view: &View, pal: &Palette) {
    let font = FontId::proportional(12.0);
    for &(radius, name) in radii {
        let r = radius * view.zoom;
        if r < 12.0 {
            continue;
        }
        let c = view.to_screen(centre);
        // Dashes along the circle, as short segments.
        let segments = ((r * std::f32::consts::TAU / 9.0) as usize).clamp(24, 720);
        let stroke = Stroke::new(1.0, pal.guide);
        let mut shapes = Vec::with_capacity(segments / 2);
        for k in (0..segments).step_by(2) {
            let a0 = std::f32::consts::TAU * k as f32 / segments as f32;
            let a1 = std::f32::consts::TAU * (k as f32 + 1.0) / segments as f32;
            let p0 = c + Vec2::angled(a0) * r;
            let p1 = c + Vec2::angled(a1) * r;
            if painter.clip_rect().contains(p0) || painter.clip_rect().contains(p1) {
                shapes.push(Shape::line_segment([p0, p1], stroke));
            }
        }
        painter.extend(shapes);
        let top = c - vec2(0.0, r);
        if painter.clip_rect().contains(top) {
            let galley = painter.layout_no_wrap(name.to_owned(), font.clone(), pal.guide);
            let p = top - vec2(galley.size().x / 2.0, galley.size().y + 2.0);
            painter.add(Shape::galley(p, galley, pal.guide));
        }
    }
}
