//! Anti-aliased lines and symbols written straight into one triangle mesh.
//!
//! egui's painter makes one `Shape` per line or circle, and its tessellator then spends a
//! few microseconds on each: at 20,000 relations that alone is most of a frame. Here all
//! relations go into one mesh and all symbols into another, each primitive written as a few
//! vertices with a one-pixel transparent fringe (the same feathering egui uses), so a large
//! map costs a copy in the tessellator instead of a path walk per shape.

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Vec2, pos2, vec2};

/// Number of distinct symbol shapes.
pub(crate) const SHAPE_COUNT: usize = 9;

/// Writes primitives into a mesh.
pub(crate) struct MeshBuilder<'a> {
    mesh: &'a mut Mesh,
    /// Width of the anti-aliasing fringe in points (one physical pixel).
    feather: f32,
    /// Scratch buffers for outlines, reused between primitives.
    points: Vec<Pos2>,
    normals: Vec<Vec2>,
}

#[inline]
fn v(pos: Pos2, color: Color32) -> Vertex {
    Vertex {
        pos,
        uv: WHITE_UV,
        color,
    }
}

impl<'a> MeshBuilder<'a> {
    /// A builder appending to `mesh`, with a fringe of `feather` points.
    pub fn new(mesh: &'a mut Mesh, feather: f32) -> MeshBuilder<'a> {
        MeshBuilder {
            mesh,
            feather,
            points: Vec::with_capacity(64),
            normals: Vec::with_capacity(64),
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
        let d = b - a;
        let len = d.length();
        if len < 1e-3 || color == Color32::TRANSPARENT {
            return;
        }
        let n = vec2(-d.y, d.x) / len;
        let f = self.feather;
        let i = self.base();
        if width > f {
            // Transparent edge, solid core, transparent edge: 4 vertices across, at each end.
            let inner = n * (width - f) * 0.5;
            let outer = n * (width + f) * 0.5;
            self.mesh.vertices.extend_from_slice(&[
                v(a + outer, Color32::TRANSPARENT),
                v(a + inner, color),
                v(a - inner, color),
                v(a - outer, Color32::TRANSPARENT),
                v(b + outer, Color32::TRANSPARENT),
                v(b + inner, color),
                v(b - inner, color),
                v(b - outer, Color32::TRANSPARENT),
            ]);
            self.quad(i, i + 1, i + 5, i + 4);
            self.quad(i + 1, i + 2, i + 6, i + 5);
            self.quad(i + 2, i + 3, i + 7, i + 6);
        } else {
            // Thinner than a pixel: a one-pixel line whose opacity carries the width.
            let c = color.gamma_multiply((width / f).clamp(0.0, 1.0));
            let outer = n * f;
            self.mesh.vertices.extend_from_slice(&[
                v(a + outer, Color32::TRANSPARENT),
                v(a, c),
                v(a - outer, Color32::TRANSPARENT),
                v(b + outer, Color32::TRANSPARENT),
                v(b, c),
                v(b - outer, Color32::TRANSPARENT),
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

    /// Fills a convex (or star-shaped) outline around `center` with feathered edges.
    fn fill_outline(&mut self, center: Pos2, color: Color32) {
        let n = self.points.len();
        if n < 3 {
            return;
        }
        let half = self.feather * 0.5;
        let c = self.base();
        self.mesh.vertices.push(v(center, color));
        for k in 0..n {
            let (p, nm) = (self.points[k], self.normals[k]);
            self.mesh.vertices.push(v(p - nm * half, color));
            self.mesh
                .vertices
                .push(v(p + nm * half, Color32::TRANSPARENT));
        }
        for k in 0..n as u32 {
            let j = (k + 1) % n as u32;
            let (ik, ok, ij, oj) = (c + 1 + 2 * k, c + 2 + 2 * k, c + 1 + 2 * j, c + 2 + 2 * j);
            self.mesh.indices.extend_from_slice(&[c, ik, ij]);
            self.quad(ik, ok, oj, ij);
        }
    }

    /// Strokes the closed outline in `points` (offset by `offset` along the normals) with a
    /// line `width` points wide.
    fn stroke_outline(&mut self, offset: f32, width: f32, color: Color32) {
        let n = self.points.len();
        if n < 3 || color == Color32::TRANSPARENT {
            return;
        }
        let f = self.feather;
        let base = self.base();
        let (rings, colors): (&[f32], [Color32; 4]) = if width > f {
            let (w, h) = (width * 0.5, f * 0.5);
            (
                &[-w - h, -w + h, w - h, w + h],
                [Color32::TRANSPARENT, color, color, Color32::TRANSPARENT],
            )
        } else {
            let c = color.gamma_multiply((width / f).clamp(0.0, 1.0));
            (
                &[-f, 0.0, f],
                [
                    Color32::TRANSPARENT,
                    c,
                    Color32::TRANSPARENT,
                    Color32::TRANSPARENT,
                ],
            )
        };
        let ring_count = rings.len() as u32;
        for k in 0..n {
            let (p, nm) = (self.points[k], self.normals[k]);
            for (r, &o) in rings.iter().enumerate() {
                self.mesh.vertices.push(v(p + nm * (offset + o), colors[r]));
            }
        }
        for k in 0..n as u32 {
            let j = (k + 1) % n as u32;
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
            self.mesh.add_colored_rect(
                egui::Rect::from_center_size(center, Vec2::splat(2.0 * s)),
                color,
            );
            return;
        }
        self.outline(center, r, shape);
        self.fill_outline(center, color);
    }

    /// Strokes the outline of `shape` at radius `r` (plus `offset`) around `center`.
    pub fn stroke_shape(
        &mut self,
        center: Pos2,
        r: f32,
        shape: u8,
        offset: f32,
        width: f32,
        color: Color32,
    ) {
        self.outline(center, r, shape);
        self.stroke_outline(offset, width, color);
    }

    /// A filled triangle (an arrow head) with feathered edges.
    pub fn triangle(&mut self, p: [Pos2; 3], color: Color32) {
        let center = pos2(
            (p[0].x + p[1].x + p[2].x) / 3.0,
            (p[0].y + p[1].y + p[2].y) / 3.0,
        );
        self.points.clear();
        self.points.extend_from_slice(&p);
        self.compute_normals(center);
        self.fill_outline(center, color);
    }

    /// Puts the outline of `shape` into the scratch buffers.
    fn outline(&mut self, center: Pos2, r: f32, shape: u8) {
        self.points.clear();
        use std::f32::consts::{FRAC_PI_2, FRAC_PI_4, TAU};
        let regular = |sides: usize, rot: f32, scale: f32, pts: &mut Vec<Pos2>| {
            let rr = r * scale;
            for k in 0..sides {
                let a = rot + TAU * k as f32 / sides as f32;
                pts.push(center + vec2(a.cos(), a.sin()) * rr);
            }
        };
        let pts = &mut self.points;
        match shape as usize % SHAPE_COUNT {
            // Shapes get a little larger than the circle so their areas look alike.
            1 => regular(4, FRAC_PI_4, 1.2, pts),   // square
            2 => regular(4, 0.0, 1.25, pts),        // diamond
            3 => regular(3, -FRAC_PI_2, 1.4, pts),  // triangle
            4 => regular(6, 0.0, 1.08, pts),        // hexagon
            5 => regular(3, FRAC_PI_2, 1.4, pts),   // triangle pointing down
            6 => regular(5, -FRAC_PI_2, 1.14, pts), // pentagon
            7 => {
                // Five-pointed star.
                for k in 0..10 {
                    let a = -FRAC_PI_2 + TAU * k as f32 / 10.0;
                    let rr = if k % 2 == 0 { r * 1.45 } else { r * 0.62 };
                    pts.push(center + vec2(a.cos(), a.sin()) * rr);
                }
            }
            8 => {
                // A plus sign.
                let (a, b) = (r * 1.15, r * 0.42);
                for (x, y) in [
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
                ] {
                    pts.push(center + vec2(x, y));
                }
            }
            _ => {
                // Circle: enough segments that it looks round at this size.
                let segments = ((r * 1.2) as usize).clamp(8, 64);
                regular(segments, 0.0, 1.0, pts);
                self.normals.clear();
                for p in &self.points {
                    self.normals.push((*p - center) / r.max(1e-3));
                }
                return;
            }
        }
        self.compute_normals(center);
    }

    /// Vertex normals of the outline: the mitred average of the two edges' outward normals.
    fn compute_normals(&mut self, center: Pos2) {
        let n = self.points.len();
        self.normals.clear();
        let edge_normal = |a: Pos2, b: Pos2| {
            let d = b - a;
            let mut nm = vec2(d.y, -d.x).normalized();
            if nm.dot(a + d * 0.5 - center) < 0.0 {
                nm = -nm;
            }
            nm
        };
        for k in 0..n {
            let prev = self.points[(k + n - 1) % n];
            let p = self.points[k];
            let next = self.points[(k + 1) % n];
            let n1 = edge_normal(prev, p);
            let n2 = edge_normal(p, next);
            let m = (n1 + n2).normalized();
            let cos = m.dot(n1).max(0.5);
            self.normals.push(m / cos);
        }
    }
}
