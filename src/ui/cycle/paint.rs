//! Drawing primitives of the cycle figure: ring segments, status badges and arrows.
//!
//! Everything is built from painter shapes in points, so the figure is re-tessellated at the
//! screen's pixel density and stays sharp at any zoom.

use super::geometry::{Ring, clockwise, direction};
use crate::model::{PhaseId, SheetStatus};
use crate::ui::style::{NETWORK_HUES, OWN_HUES};
use egui::epaint::{Mesh, PathShape, PathStroke};
use egui::{Color32, Painter, Pos2, Shape, Stroke};
use std::f32::consts::{PI, TAU};

/// How much the style's hues are darkened for the segments. The lightest hues of
/// `style::OWN_HUES` and `NETWORK_HUES` reach only about 3:1 against white text; scaled by this
/// factor every segment keeps at least the 4.5:1 that small text needs, and the hues keep
/// their order from dark to light.
const SHADE: f32 = 0.78;

/// The fill of `phase`'s segment: blues for the own organisation, teals for the network.
pub fn segment_fill(phase: PhaseId) -> Color32 {
    let index = phase.index();
    let hue = if phase.is_own_organisation() {
        OWN_HUES[index.min(OWN_HUES.len() - 1)]
    } else {
        NETWORK_HUES[(index - OWN_HUES.len()).min(NETWORK_HUES.len() - 1)]
    };
    shade(hue, SHADE)
}

/// `colour` with its channels scaled by `factor`.
pub fn shade(colour: Color32, factor: f32) -> Color32 {
    let scale = |c: u8| (f32::from(c) * factor).round().clamp(0.0, 255.0) as u8;
    Color32::from_rgb(scale(colour.r()), scale(colour.g()), scale(colour.b()))
}

/// The relative luminance of `colour` (WCAG 2).
#[cfg(test)]
pub fn luminance(colour: Color32) -> f32 {
    let lin = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(colour.r()) + 0.7152 * lin(colour.g()) + 0.0722 * lin(colour.b())
}

/// The contrast ratio of two colours (WCAG 2), 1–21.
#[cfg(test)]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Fills segment `index` between `inner` and `outer` radius.
///
/// A segment is not convex, and egui fills only convex paths correctly, so the fill is a
/// triangle strip between the inner and outer arc; a hairline of the same colour around it
/// gives the edges the anti-aliasing a bare mesh lacks.
pub fn fill_segment(painter: &Painter, ring: &Ring, index: usize, inner: f32, outer: f32, colour: Color32) {
    let px = 1.0 / painter.pixels_per_point();
    let (inner_arc, outer_arc) = ring.arcs(index, inner, outer, 2.0 * px);
    let mut mesh = Mesh::default();
    for (a, b) in inner_arc.iter().zip(&outer_arc) {
        mesh.colored_vertex(*a, colour);
        mesh.colored_vertex(*b, colour);
    }
    let pairs = inner_arc.len().saturating_sub(1) as u32;
    for k in 0..pairs {
        let i = 2 * k;
        mesh.add_triangle(i, i + 1, i + 3);
        mesh.add_triangle(i, i + 3, i + 2);
    }
    painter.add(Shape::mesh(mesh));
    let outline = ring.outline(index, inner + 0.5 * px, outer - 0.5 * px, 2.0 * px);
    painter.add(PathShape::closed_line(outline, Stroke::new(px, colour)));
}

/// Draws an outline around segment `index`, `offset` outside its edges (negative: inside).
pub fn outline_segment(
    painter: &Painter,
    ring: &Ring,
    index: usize,
    inner: f32,
    outer: f32,
    offset: f32,
    stroke: Stroke,
) {
    let px = 1.0 / painter.pixels_per_point();
    let widened = Ring {
        gap: ring.gap - 2.0 * offset,
        ..*ring
    };
    let outline = widened.outline(index, inner - offset, outer + offset, 2.0 * px);
    painter.add(PathShape::closed_line(
        outline,
        PathStroke::new(stroke.width, stroke.color),
    ));
}

/// Draws the status badge of a worksheet: an empty circle (not started), half filled (draft),
/// three quarters (discussed) or a filled circle with a check mark (approved). The fill
/// grows clockwise from the top like the cycle itself, so the shape alone tells the status.
/// `ink` draws the badge, `paper` is the colour behind it.
pub fn badge(painter: &Painter, center: Pos2, radius: f32, status: SheetStatus, ink: Color32, paper: Color32) {
    let width = (radius * 0.26).max(1.2);
    let ring_stroke = Stroke::new(width, ink);
    let px = 1.0 / painter.pixels_per_point();
    match status {
        SheetStatus::NotStarted => {
            painter.circle_stroke(center, radius - width / 2.0, ring_stroke);
        }
        SheetStatus::Draft => {
            painter.add(Shape::convex_polygon(
                pie(center, radius - width / 2.0, 0.0, PI, px),
                ink,
                Stroke::NONE,
            ));
            painter.circle_stroke(center, radius - width / 2.0, ring_stroke);
        }
        SheetStatus::Discussed => {
            painter.circle_filled(center, radius, ink);
            // The missing quarter is painted over in the background colour: a quarter is convex,
            // a three-quarter pie would not be.
            let hole = pie(center, radius - width, 1.5 * PI, TAU, px);
            painter.add(Shape::convex_polygon(hole, paper, Stroke::NONE));
        }
        SheetStatus::Approved => {
            painter.circle_filled(center, radius, ink);
            let r = radius;
            let check = vec![
                center + egui::vec2(-0.48 * r, 0.02 * r),
                center + egui::vec2(-0.14 * r, 0.36 * r),
                center + egui::vec2(0.5 * r, -0.32 * r),
            ];
            painter.add(PathShape::line(check, Stroke::new((r * 0.3).max(1.4), paper)));
        }
    }
}

/// The points of a pie slice from angle `from` to `to` (clockwise from twelve o'clock).
fn pie(center: Pos2, radius: f32, from: f32, to: f32, px: f32) -> Vec<Pos2> {
    let n = (((to - from) * radius / (2.0 * px)).ceil() as usize).clamp(4, 200);
    let mut points = vec![center];
    points.extend((0..=n).map(|k| center + radius * direction(from + (to - from) * k as f32 / n as f32)));
    points
}

/// Draws an arrow along the circle of `radius` from angle `from` to `to` (clockwise), with
/// its head at `to`.
pub fn arc_arrow(painter: &Painter, ring: &Ring, radius: f32, from: f32, to: f32, head: f32, stroke: Stroke) {
    let px = 1.0 / painter.pixels_per_point();
    // The shaft stops where the head begins, so a thick shaft does not poke through the tip.
    let shaft_end = to - 0.6 * head / radius;
    let n = (((shaft_end - from) * radius / (2.0 * px)).ceil() as usize).clamp(2, 400);
    let shaft: Vec<Pos2> = (0..=n)
        .map(|k| ring.point(from + (shaft_end - from) * k as f32 / n as f32, radius))
        .collect();
    painter.add(PathShape::line(shaft, stroke));
    let base = ring.point(shaft_end, radius);
    let tangent = clockwise(to);
    let normal = direction(to);
    let tip = ring.point(to, radius) + tangent * 0.4 * head;
    let wing = normal * 0.5 * head;
    painter.add(Shape::convex_polygon(
        vec![tip, base + wing, base - wing],
        stroke.color,
        Stroke::NONE,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_text_on_every_segment_has_at_least_aa_contrast() {
        for phase in PhaseId::ALL {
            let ratio = contrast(segment_fill(phase), Color32::WHITE);
            assert!(ratio >= 4.5, "phase {} has contrast {ratio}", phase.number());
        }
    }

    #[test]
    fn shaded_hues_keep_their_order_from_dark_to_light() {
        let fills: Vec<f32> = PhaseId::ALL.iter().map(|p| luminance(segment_fill(*p))).collect();
        assert!(fills[..5].windows(2).all(|w| w[0] < w[1]));
        assert!(fills[5..].windows(2).all(|w| w[0] < w[1]));
    }
}
