//! The ring's geometry: where each of the nine segments lies, and which segment a point is on.
//!
//! Angles are measured in radians clockwise from twelve o'clock, the way the figure is read.
//! Phase 3 sits at the top, so the upper arc holds phases 1–5 (own organisation) and the lower
//! arc phases 6–9 (network collaboration), as in the method's own figure.

use egui::{Pos2, Rect, Vec2, vec2};
use std::f32::consts::TAU;

/// The angle one segment spans, gap included.
pub const STEP: f32 = TAU / 9.0;

/// The angle of the middle of segment `index` (0 = phase 1).
pub fn mid_angle(index: usize) -> f32 {
    (index as f32 - 2.0) * STEP
}

/// The angle of the boundary after segment `index` (between it and the next one).
pub fn boundary_after(index: usize) -> f32 {
    mid_angle(index) + STEP / 2.0
}

/// The unit vector pointing at `angle`.
pub fn direction(angle: f32) -> Vec2 {
    vec2(angle.sin(), -angle.cos())
}

/// The unit tangent at `angle`, pointing clockwise (the direction the cycle is read in).
pub fn clockwise(angle: f32) -> Vec2 {
    vec2(angle.cos(), angle.sin())
}

/// The signed difference `a - b`, wrapped into −π…π.
#[cfg(test)]
pub fn angle_diff(a: f32, b: f32) -> f32 {
    (a - b + TAU / 2.0).rem_euclid(TAU) - TAU / 2.0
}

/// A ring of nine segments.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ring {
    /// The centre.
    pub center: Pos2,
    /// Radius of the segments' inner edge.
    pub inner: f32,
    /// Radius of the segments' outer edge.
    pub outer: f32,
    /// Width of the gap between neighbouring segments, the same at every radius.
    pub gap: f32,
}

impl Ring {
    /// The point at `angle` and `radius`.
    pub fn point(&self, angle: f32, radius: f32) -> Pos2 {
        self.center + radius * direction(angle)
    }

    /// Half the angle a segment covers at `radius`: the gap is a band of constant width, so
    /// the segment's angular size shrinks towards the centre.
    pub fn half_angle(&self, radius: f32) -> f32 {
        (STEP / 2.0 - (self.gap / 2.0) / radius.max(1.0)).max(0.0)
    }

    /// The angle of `pos` seen from the centre, clockwise from twelve o'clock.
    pub fn angle_of(&self, pos: Pos2) -> f32 {
        let d = pos - self.center;
        d.x.atan2(-d.y)
    }

    /// The segment whose angular slice holds `angle`, gaps counted to the nearer segment.
    pub fn index_at_angle(angle: f32) -> usize {
        let from_first = (angle - (mid_angle(0) - STEP / 2.0)).rem_euclid(TAU);
        ((from_first / STEP) as usize).min(8)
    }

    /// The segment under `pos`, or `None` outside the ring. Points in a gap belong to the nearer
    /// segment, and `slack` points beyond the inner and outer edge still count, so that a
    /// click just off a segment is not lost.
    pub fn hit(&self, pos: Pos2, slack: f32) -> Option<usize> {
        let radius = (pos - self.center).length();
        if radius < self.inner - slack || radius > self.outer + slack {
            return None;
        }
        Some(Ring::index_at_angle(self.angle_of(pos)))
    }

    /// Whether `pos` lies inside segment `index` at least `pad` away from every edge, the
    /// outer edge taken at `outer` (a point test, to check [`Ring::contains_rect`] against).
    #[cfg(test)]
    pub fn contains(&self, index: usize, pos: Pos2, outer: f32, pad: f32) -> bool {
        let radius = (pos - self.center).length();
        if radius < self.inner + pad || radius > outer - pad {
            return false;
        }
        let off = angle_diff(self.angle_of(pos), mid_angle(index)).abs();
        off * radius <= self.half_angle(radius) * radius - pad
    }

    /// Whether `rect` lies inside segment `index` at least `pad` away from every edge. Exact
    /// and cheap: the segment is the intersection of two half-planes (its sides, parallel to
    /// the gaps), the disc of the outer edge and the outside of the inner edge's disc. The first
    /// three are convex, so the corners decide; for the inner disc the rectangle's point
    /// nearest the centre does.
    pub fn contains_rect(&self, index: usize, rect: Rect, pad: f32) -> bool {
        let rect = rect.translate(-self.center.to_vec2());
        let side = self.gap / 2.0 + pad;
        let (first, last) = (mid_angle(index) - STEP / 2.0, mid_angle(index) + STEP / 2.0);
        let corners = [
            rect.left_top(),
            rect.right_top(),
            rect.left_bottom(),
            rect.right_bottom(),
        ];
        let convex_ok = corners.iter().all(|p| {
            let v = p.to_vec2();
            v.length() <= self.outer - pad && v.dot(clockwise(first)) >= side && -v.dot(clockwise(last)) >= side
        });
        let nearest = Pos2::ZERO.clamp(rect.min, rect.max);
        convex_ok && nearest.to_vec2().length() >= self.inner + pad
    }

    /// The outline of segment `index` as its inner and outer arc, both running clockwise with
    /// the same number of points, `inner_radius` and `outer_radius` as edges and points no more
    /// than `step` apart along the outer arc (so curves stay smooth at any zoom).
    pub fn arcs(&self, index: usize, inner_radius: f32, outer_radius: f32, step: f32) -> (Vec<Pos2>, Vec<Pos2>) {
        let mid = mid_angle(index);
        let outer_half = self.half_angle(outer_radius);
        let n = ((2.0 * outer_half * outer_radius / step.max(0.25)).ceil() as usize).clamp(4, 400);
        let arc = |radius: f32| -> Vec<Pos2> {
            let half = self.half_angle(radius);
            (0..=n)
                .map(|k| self.point(mid - half + 2.0 * half * k as f32 / n as f32, radius))
                .collect()
        };
        (arc(inner_radius), arc(outer_radius))
    }

    /// The closed outline of segment `index`: outer arc clockwise, then inner arc back.
    pub fn outline(&self, index: usize, inner_radius: f32, outer_radius: f32, step_px: f32) -> Vec<Pos2> {
        let (inner, mut outer) = self.arcs(index, inner_radius, outer_radius, step_px);
        outer.extend(inner.into_iter().rev());
        outer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring() -> Ring {
        Ring {
            center: Pos2::new(100.0, 100.0),
            inner: 50.0,
            outer: 100.0,
            gap: 4.0,
        }
    }

    #[test]
    fn phase_three_is_at_the_top_and_phases_run_clockwise() {
        let r = ring();
        assert_eq!(r.hit(Pos2::new(100.0, 25.0), 0.0), Some(2));
        // Just clockwise of the top lies phase 4, just anticlockwise phase 2.
        assert_eq!(r.hit(r.point(mid_angle(2) + STEP, 75.0), 0.0), Some(3));
        assert_eq!(r.hit(r.point(mid_angle(2) - STEP, 75.0), 0.0), Some(1));
        // Phase 9 is lower left, phase 6 lower right.
        assert_eq!(r.hit(Pos2::new(40.0, 140.0), 0.0), Some(8));
        assert_eq!(r.hit(Pos2::new(160.0, 140.0), 0.0), Some(5));
    }

    #[test]
    fn every_segment_middle_hits_its_own_segment_and_the_centre_hits_none() {
        let r = ring();
        for i in 0..9 {
            let p = r.point(mid_angle(i), 75.0);
            assert_eq!(r.hit(p, 0.0), Some(i));
            assert!(r.contains(i, p, r.outer, 2.0));
            assert!(!r.contains((i + 1) % 9, p, r.outer, 0.0));
        }
        assert_eq!(r.hit(r.center, 0.0), None);
        assert_eq!(r.hit(Pos2::new(100.0, -10.0), 0.0), None);
    }

    #[test]
    fn the_gap_between_segments_is_not_inside_either() {
        let r = ring();
        let p = r.point(boundary_after(0), 75.0);
        assert!(!r.contains(0, p, r.outer, 0.0));
        assert!(!r.contains(1, p, r.outer, 0.0));
    }

    #[test]
    fn contains_rect_agrees_with_testing_points_along_the_edges() {
        let r = ring();
        let sampled = |i: usize, rect: Rect| {
            (0..=20).all(|k| {
                let t = k as f32 / 20.0;
                let x = egui::lerp(rect.x_range(), t);
                let y = egui::lerp(rect.y_range(), t);
                [
                    Pos2::new(x, rect.top()),
                    Pos2::new(x, rect.bottom()),
                    Pos2::new(rect.left(), y),
                    Pos2::new(rect.right(), y),
                ]
                .into_iter()
                .all(|p| r.contains(i, p, r.outer, 1.0))
            })
        };
        let mut agree = 0;
        for i in 0..9 {
            for (w, h) in [(10.0, 10.0), (30.0, 12.0), (12.0, 30.0), (40.0, 25.0)] {
                for radius in [55.0, 65.0, 75.0, 85.0, 95.0] {
                    let rect = Rect::from_center_size(r.point(mid_angle(i), radius), vec2(w, h));
                    if r.contains_rect(i, rect, 1.0) == sampled(i, rect) {
                        agree += 1;
                    }
                }
            }
        }
        // The gap's edges are straight lines here and very slightly curved in `contains`, so a
        // rectangle touching one may be judged differently; all others must agree.
        assert!(agree >= 9 * 4 * 5 - 3, "agree {agree}");
    }

    #[test]
    fn outline_points_lie_on_the_segment_edges() {
        let r = ring();
        let (inner, outer) = r.arcs(4, r.inner, r.outer, 2.0);
        for p in &inner {
            assert!(((*p - r.center).length() - r.inner).abs() < 1e-3);
        }
        for p in &outer {
            assert!(((*p - r.center).length() - r.outer).abs() < 1e-3);
        }
        assert_eq!(outer.len(), inner.len());
        assert!(outer.len() > 8);
    }
}
