//! Anti-aliased lines and symbols written straight into one triangle mesh.
//!
//! egui's painter makes one `Shape` per line or circle, and its tessellator then spends a
//! few microseconds on each: at 20,000 relations that alone is most of a frame. Here all
//! relations go into one mesh and all symbols into another, each primitive written as a few
//! vertices with a one-pixel transparent fringe (the same feathering egui uses), so a large
//! map costs a copy in the tessellator instead of a path walk per shape.

use crate::ui::map::scene::SHAPE_COUNT;
use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Vec2, pos2, vec2};

/// Writes primitives into a mesh.
pub(crate) struct MeshBuilder<'a> {
    mesh: &'a mut Mesh,
    /// Width of the anti-aliasing fringe in points (one physical pixel).
    feather: f32,
    /// Texture coordinate of an opaque texel, for everything drawn solid.
    solid_uv: Pos2,
}

/// The line-pattern texture's rows (see [`pattern_image`]): solid, dashed, dotted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pattern {
    /// 7 points drawn, 5 left out.
    Dashed,
    /// Dots 1.6 points long, 3.6 apart.
    Dotted,
}

/// Texels per pattern period.
const PATTERN_TEXELS: usize = 16;
/// Rows of the pattern texture: solid, dashed, dotted, solid.
const PATTERN_ROWS: usize = 4;

impl Pattern {
    /// Row of the pattern texture, as a texture coordinate at the row's centre.
    fn v(self) -> f32 {
        let row = match self {
            Pattern::Dashed => 1,
            Pattern::Dotted => 2,
        };
        (row as f32 + 0.5) / PATTERN_ROWS as f32
    }

    /// Length of one period in points.
    fn period(self) -> f32 {
        match self {
            Pattern::Dashed => 12.0,
            Pattern::Dotted => 5.2,
        }
    }
}

/// The line patterns as a small white texture whose alpha is the pattern, one row each,
/// repeated along a line through texture wrapping: a dashed line of any length is then as
/// cheap as a solid one (8 vertices), instead of a few vertices per dash.
pub(crate) fn pattern_image() -> egui::ColorImage {
    let mut pixels = Vec::with_capacity(PATTERN_TEXELS * PATTERN_ROWS);
    for row in 0..PATTERN_ROWS {
        for i in 0..PATTERN_TEXELS {
            let t = (i as f32 + 0.5) / PATTERN_TEXELS as f32;
            let on = match row {
                1 => t * 12.0 < 7.0,
                2 => t * 5.2 < 1.6,
                _ => true,
            };
            let a = if on { 255 } else { 0 };
            pixels.push(Color32::from_rgba_premultiplied(a, a, a, a));
        }
    }
    egui::ColorImage::new([PATTERN_TEXELS, PATTERN_ROWS], pixels)
}

/// Texture options for the pattern texture: smooth, and repeating along the line.
pub(crate) const PATTERN_OPTIONS: egui::TextureOptions = egui::TextureOptions {
    magnification: egui::TextureFilter::Linear,
    minification: egui::TextureFilter::Linear,
    wrap_mode: egui::TextureWrapMode::Repeat,
    mipmap_mode: None,
};

#[inline]
fn vt(pos: Pos2, uv: Pos2, color: Color32) -> Vertex {
    Vertex { pos, uv, color }
}

impl<'a> MeshBuilder<'a> {
    /// A builder appending to `mesh`, with a fringe of `feather` points.
    pub fn new(mesh: &'a mut Mesh, feather: f32) -> MeshBuilder<'a> {
        MeshBuilder {
            mesh,
            feather,
            solid_uv: WHITE_UV,
        }
    }

    /// A builder for a mesh textured with the line patterns ([`pattern_image`]); solid
    /// shapes use the texture's opaque first row.
    pub fn patterned(mesh: &'a mut Mesh, feather: f32) -> MeshBuilder<'a> {
        let solid_uv = pos2(0.5 / PATTERN_TEXELS as f32, 0.5 / PATTERN_ROWS as f32);
        MeshBuilder {
            solid_uv,
            ..MeshBuilder::new(mesh, feather)
        }
    }

    #[inline]
    fn base(&self) -> u32 {
        self.mesh.vertices.len() as u32
    }

    #[inline]
    fn quad(&mut self, a: u32, b: u32, c: u32, d: u32) {
        self.mesh.indices.extend_from_slice(&[a, b, c, a, c, d]);
    }

    /// A straight line from `a` to `b`, `width` points wide, with feathered sides.
    pub fn line(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32) {
        self.line_with(a, b, width, color, None);
    }

    /// A line drawn with `pattern`, which repeats along it from `a` (needs a mesh built with
    /// [`MeshBuilder::patterned`] and the pattern texture).
    pub fn patterned_line(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32, pattern: Pattern) {
        self.line_with(a, b, width, color, Some(pattern));
    }

    fn line_with(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32, pattern: Option<Pattern>) {
        let d = b - a;
        let len = d.length();
        if len < 1e-3 || color == Color32::TRANSPARENT {
            return;
        }
        let (ua, ub) = match pattern {
            Some(p) => (pos2(0.0, p.v()), pos2(len / p.period(), p.v())),
            None => (self.solid_uv, self.solid_uv),
        };
        let n = vec2(-d.y, d.x) / len;
        let f = self.feather;
        let i = self.base();
        let clear = Color32::TRANSPARENT;
        if width > f {
            // Transparent edge, solid core, transparent edge: 4 vertices across, at each end.
            let inner = n * (width - f) * 0.5;
            let outer = n * (width + f) * 0.5;
            self.mesh.vertices.extend_from_slice(&[
                vt(a + outer, ua, clear),
                vt(a + inner, ua, color),
                vt(a - inner, ua, color),
                vt(a - outer, ua, clear),
                vt(b + outer, ub, clear),
                vt(b + inner, ub, color),
                vt(b - inner, ub, color),
                vt(b - outer, ub, clear),
            ]);
            self.quad(i, i + 1, i + 5, i + 4);
            self.quad(i + 1, i + 2, i + 6, i + 5);
            self.quad(i + 2, i + 3, i + 7, i + 6);
        } else {
            // Thinner than a pixel: a one-pixel line whose opacity carries the width.
            let c = color.gamma_multiply((width / f).clamp(0.0, 1.0));
            let outer = n * f;
            self.mesh.vertices.extend_from_slice(&[
                vt(a + outer, ua, clear),
                vt(a, ua, c),
                vt(a - outer, ua, clear),
                vt(b + outer, ub, clear),
                vt(b, ub, c),
                vt(b - outer, ub, clear),
            ]);
            self.quad(i, i + 1, i + 4, i + 3);
            self.quad(i + 1, i + 2, i + 5, i + 4);
        }
    }

    /// A dashed line: `dash` points drawn, `gap` points left out, starting with a dash. Very
    /// long lines get a longer pattern so that no line needs more than ~100 pieces.
    pub fn dashed(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32, dash: f32, gap: f32) {
        let d = b - a;
        let len = d.length();
        if len < 1e-3 {
            return;
        }
        let mut period = dash + gap;
        let scale = (len / period / 100.0).max(1.0);
        period *= scale;
        let dash = dash * scale;
        let dir = d / len;
        let mut t = 0.0;
        while t < len {
            let end = (t + dash).min(len);
            self.line(a + dir * t, a + dir * end, width, color);
            t += period;
        }
    }

    /// Fills the outline `(point, normal)` of `n` vertices around `center` with feathered
    /// edges (a fan from the centre, so convex and star-shaped outlines both work).
    fn fill_outline(&mut self, center: Pos2, n: usize, color: Color32, at: impl Fn(usize) -> (Pos2, Vec2)) {
        if n < 3 {
            return;
        }
        let half = self.feather * 0.5;
        let c = self.base();
        let uv = self.solid_uv;
        self.mesh.vertices.reserve(2 * n + 1);
        self.mesh.vertices.push(vt(center, uv, color));
        for k in 0..n {
            let (p, nm) = at(k);
            self.mesh.vertices.push(vt(p - nm * half, uv, color));
            self.mesh.vertices.push(vt(p + nm * half, uv, Color32::TRANSPARENT));
        }
        self.mesh.indices.reserve(9 * n);
        for k in 0..n as u32 {
            let j = if k + 1 == n as u32 { 0 } else { k + 1 };
            let (ik, ok, ij, oj) = (c + 1 + 2 * k, c + 2 + 2 * k, c + 1 + 2 * j, c + 2 + 2 * j);
            self.mesh
                .indices
                .extend_from_slice(&[c, ik, ij, ik, ok, oj, ik, oj, ij]);
        }
    }

    /// Strokes the closed outline `(point, normal)` of `n` vertices, offset by `offset`
    /// along the normals, with a line `width` points wide.
    fn stroke_outline(
        &mut self,
        n: usize,
        offset: f32,
        width: f32,
        color: Color32,
        at: impl Fn(usize) -> (Pos2, Vec2),
    ) {
        if n < 3 || color == Color32::TRANSPARENT {
            return;
        }
        let f = self.feather;
        let base = self.base();
        let uv = self.solid_uv;
        let clear = Color32::TRANSPARENT;
        let (rings, colors): (&[f32], [Color32; 4]) = if width > f {
            let (w, h) = (width * 0.5, f * 0.5);
            (&[-w - h, -w + h, w - h, w + h], [clear, color, color, clear])
        } else {
            let c = color.gamma_multiply((width / f).clamp(0.0, 1.0));
            (&[-f, 0.0, f], [clear, c, clear, clear])
        };
        let ring_count = rings.len() as u32;
        self.mesh.vertices.reserve(n * rings.len());
        for k in 0..n {
            let (p, nm) = at(k);
            for (r, &o) in rings.iter().enumerate() {
                self.mesh.vertices.push(vt(p + nm * (offset + o), uv, colors[r]));
            }
        }
        for k in 0..n as u32 {
            let j = if k + 1 == n as u32 { 0 } else { k + 1 };
            for r in 0..ring_count - 1 {
                let a = base + k * ring_count + r;
                let b = base + j * ring_count + r;
                self.quad(a, a + 1, b + 1, b);
            }
        }
    }

    /// Fills the symbol `shape` of screen radius `r` at `center`.
    pub fn fill_shape(&mut self, center: Pos2, r: f32, shape: u8, color: Color32) {
        if r < 0.9 * self.feather {
            // Too small for a shape: a one-pixel square of the same weight.
            let s = r.max(0.5 * self.feather);
            let i = self.base();
            let uv = self.solid_uv;
            for (dx, dy) in [(-s, -s), (s, -s), (s, s), (-s, s)] {
                self.mesh.vertices.push(vt(center + vec2(dx, dy), uv, color));
            }
            self.quad(i, i + 1, i + 2, i + 3);
            return;
        }
        let unit = unit_shape(shape, r);
        self.fill_outline(center, unit.points.len(), color, |k| {
            (center + unit.points[k] * r, unit.normals[k])
        });
    }

    /// Strokes the outline of `shape` at radius `r` (plus `offset`) around `center`.
    pub fn stroke_shape(&mut self, center: Pos2, r: f32, shape: u8, offset: f32, width: f32, color: Color32) {
        let unit = unit_shape(shape, r + offset);
        self.stroke_outline(unit.points.len(), offset, width, color, |k| {
            (center + unit.points[k] * r, unit.normals[k])
        });
    }

    /// A filled triangle (an arrow head) with feathered edges.
    pub fn triangle(&mut self, p: [Pos2; 3], color: Color32) {
        let center = pos2((p[0].x + p[1].x + p[2].x) / 3.0, (p[0].y + p[1].y + p[2].y) / 3.0);
        let normals = mitred_normals(&[p[0] - center, p[1] - center, p[2] - center]);
        self.fill_outline(center, 3, color, |k| (p[k], normals[k]));
    }
}

/// The outline of symbol `shape` at radius 1 around the origin (y down), as drawn on the
/// map: for exporters that draw the same symbols (SVG, PNG) and the legend.
pub fn symbol_outline(shape: u8) -> Vec<[f32; 2]> {
    unit_shape(shape, 20.0).points.iter().map(|p| [p.x, p.y]).collect()
}

/// A symbol's outline at radius 1 with its outward vertex normals.
struct UnitShape {
    points: Vec<Vec2>,
    normals: Vec<Vec2>,
}

/// Fewest and most segments of a circle.
const MIN_SEGMENTS: usize = 6;
const MAX_SEGMENTS: usize = 64;

/// The outline of `shape` for drawing at screen radius `r`: the fixed polygons, or a
/// circle with enough segments to look round at that size. Computed once per process, so
/// drawing a symbol needs no trigonometry.
fn unit_shape(shape: u8, r: f32) -> &'static UnitShape {
    static TABLE: std::sync::OnceLock<Vec<UnitShape>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: Vec<UnitShape> = (0..SHAPE_COUNT).map(polygon).collect();
        table.extend((0..=MAX_SEGMENTS).map(|n| circle(n.max(MIN_SEGMENTS))));
        table
    });
    let shape = shape as usize % SHAPE_COUNT;
    if shape == 0 {
        let segments = ((r * 1.6) as usize).clamp(MIN_SEGMENTS, MAX_SEGMENTS);
        &table[SHAPE_COUNT + segments]
    } else {
        &table[shape]
    }
}

fn circle(segments: usize) -> UnitShape {
    let points: Vec<Vec2> = (0..segments)
        .map(|k| Vec2::angled(std::f32::consts::TAU * k as f32 / segments as f32))
        .collect();
    UnitShape {
        normals: points.clone(),
        points,
    }
}

/// The fixed polygon of `shape` (1–8; 0, the circle, is handled apart). Shapes are a
/// little larger than the circle so their areas look alike.
fn polygon(shape: usize) -> UnitShape {
    use std::f32::consts::{FRAC_PI_2, FRAC_PI_4, TAU};
    let regular = |sides: usize, rot: f32, scale: f32| -> Vec<Vec2> {
        (0..sides)
            .map(|k| Vec2::angled(rot + TAU * k as f32 / sides as f32) * scale)
            .collect()
    };
    let points = match shape {
        1 => regular(4, FRAC_PI_4, 1.2),   // square
        2 => regular(4, 0.0, 1.25),        // diamond
        3 => regular(3, -FRAC_PI_2, 1.4),  // triangle
        4 => regular(6, 0.0, 1.08),        // hexagon
        5 => regular(3, FRAC_PI_2, 1.4),   // triangle pointing down
        6 => regular(5, -FRAC_PI_2, 1.14), // pentagon
        7 => (0..10)
            // Five-pointed star.
            .map(|k| Vec2::angled(-FRAC_PI_2 + TAU * k as f32 / 10.0) * if k % 2 == 0 { 1.45 } else { 0.62 })
            .collect(),
        8 => {
            // A plus sign.
            let (a, b) = (1.15, 0.42);
            [
                (b, -a),
                (b, -b),
                (a, -b),
                (a, b),
                (b, b),
                (b, a),
                (-b, a),
                (-b, b),
                (-a, b),
                (-a, -b),
                (-b, -b),
                (-b, -a),
            ]
            .into_iter()
            .map(|(x, y)| vec2(x, y))
            .collect()
        }
        _ => regular(32, 0.0, 1.0),
    };
    UnitShape {
        normals: mitred_normals(&points),
        points,
    }
}

/// Vertex normals of a closed outline around the origin: the mitred average of the two
/// edges' outward normals.
fn mitred_normals(points: &[Vec2]) -> Vec<Vec2> {
    let n = points.len();
    let edge_normal = |a: Vec2, b: Vec2| {
        let d = b - a;
        let nm = vec2(d.y, -d.x).normalized();
        if nm.dot((a + b) * 0.5) < 0.0 { -nm } else { nm }
    };
    (0..n)
        .map(|k| {
            let (prev, p, next) = (points[(k + n - 1) % n], points[k], points[(k + 1) % n]);
            let (n1, n2) = (edge_normal(prev, p), edge_normal(p, next));
            let m = (n1 + n2).normalized();
            m / m.dot(n1).max(0.5)
        })
        .collect()
}
