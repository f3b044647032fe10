//! The view's movements: zoom to fit (beside the legend), a jump to a point, and the smooth
//! animation between two views, which asks for frames only while it lasts.

use crate::ui::map::MapState;
use crate::ui::map::state::{Camera, ViewAnim};
use egui::{Pos2, Rect, Vec2, pos2, vec2};

/// How long a smooth view change takes, in seconds.
const ANIM_SECONDS: f64 = 0.35;

/// Room kept around the map's outermost symbols (left, top, right, bottom): for the symbols
/// themselves and the names under the lowest ones. Names near the sides are moved inside the
/// map's edge, so the sides need less.
const LABEL_ROOM: [f32; 4] = [36.0, 26.0, 36.0, 40.0];

/// The gap kept between the legend and the map.
const LEGEND_GAP: f32 = 8.0;

/// The parts of `canvas` clear of `obstacle` (the legend): the strips left, right, above and
/// below it, each as wide or tall as the canvas. Without an obstacle, the whole canvas.
pub(crate) fn free_rects(canvas: Rect, obstacle: Option<Rect>) -> Vec<Rect> {
    let Some(o) = obstacle.filter(|o| o.intersects(canvas)) else {
        return vec![canvas];
    };
    [
        Rect::from_min_max(canvas.min, pos2(o.left() - LEGEND_GAP, canvas.bottom())),
        Rect::from_min_max(pos2(o.right() + LEGEND_GAP, canvas.top()), canvas.max),
        Rect::from_min_max(canvas.min, pos2(canvas.right(), o.top() - LEGEND_GAP)),
        Rect::from_min_max(pos2(canvas.left(), o.bottom() + LEGEND_GAP), canvas.max),
    ]
    .into_iter()
    .filter(|r| r.width() > 1.0 && r.height() > 1.0)
    .collect()
}

/// The largest part of `canvas` clear of `obstacle`: where a found actor is put.
pub(crate) fn free_rect(canvas: Rect, obstacle: Option<Rect>) -> Rect {
    free_rects(canvas, obstacle)
        .into_iter()
        .max_by(|a, b| a.area().total_cmp(&b.area()))
        .unwrap_or(canvas)
}

/// The view (centre, zoom) that shows the world rectangle `bounds` as large as it fits in
/// `canvas` beside `obstacle`, with room for names around it: every point of `bounds` lands
/// in one strip clear of the obstacle. The strip that allows the largest zoom is taken.
pub(crate) fn fit_view(canvas: Rect, obstacle: Option<Rect>, bounds: Rect) -> (Pos2, f32) {
    let [left, top, right, bottom] = LABEL_ROOM;
    let mut best: Option<(f32, Rect)> = None;
    for strip in free_rects(canvas, obstacle) {
        // The room for symbols: the strip less the names' room, never less than a point.
        let inner = Rect::from_min_max(strip.min + vec2(left, top), strip.max - vec2(right, bottom));
        let inner = if inner.is_positive() {
            inner
        } else {
            Rect::from_center_size(strip.center(), Vec2::splat(1.0))
        };
        let zoom = if bounds.is_positive() && bounds.is_finite() {
            (inner.width() / bounds.width()).min(inner.height() / bounds.height())
        } else {
            1.0_f32.min(inner.width()).min(inner.height())
        }
        .clamp(0.01, 2.0);
        if best.is_none_or(|(z, _)| zoom > z + 1e-4) {
            best = Some((zoom, inner));
        }
    }
    let (zoom, inner) = best.unwrap_or((1.0, canvas));
    let target = if bounds.is_finite() {
        bounds.center()
    } else {
        Pos2::ZERO
    };
    // Put `target` in the middle of `inner`: its shrunk bounds then lie inside it.
    let zoom = zoom.max(0.01);
    (target - (inner.center() - canvas.center()) / zoom, zoom)
}

/// Zooms to show the whole map (smoothly when `animate`), beside the legend.
pub(super) fn fit(ctx: &egui::Context, state: &mut MapState, animate: bool) {
    let Some(scene) = &state.caches.scene else {
        return;
    };
    let rect = state.camera.rect;
    if !rect.is_positive() {
        return;
    }
    let bounds = if scene.len() > 0 { scene.bounds() } else { Rect::NOTHING };
    let (center, zoom) = fit_view(rect, state.camera.legend, bounds);
    go_to(ctx, &mut state.camera, center, zoom, animate);
    // Until the user moves the view, it follows the window's size.
    state.camera.follows_fit = true;
    state.camera.fitted_size = rect.size();
}

/// The view centre that shows the world point `p` at `zoom` in the middle of the canvas'
/// room beside the legend.
pub(super) fn centre_on(camera: &Camera, p: Pos2, zoom: f32) -> Pos2 {
    let free = free_rect(camera.rect, camera.legend);
    p - (free.center() - camera.rect.center()) / zoom
}

/// Moves the view to `center` at `zoom`, smoothly when `animate`.
pub(super) fn go_to(ctx: &egui::Context, camera: &mut Camera, center: Pos2, zoom: f32, animate: bool) {
    if animate {
        let now = ctx.input(|i| i.time);
        camera.anim = Some(ViewAnim {
            from: (camera.center, camera.zoom),
            to: (center, zoom),
            start: now,
        });
        ctx.request_repaint();
    } else {
        camera.anim = None;
        camera.center = center;
        camera.zoom = zoom;
    }
}

/// Advances a smooth view change; asks for the next frame only while it lasts.
pub(super) fn animate(ctx: &egui::Context, camera: &mut Camera) {
    let Some(anim) = camera.anim else { return };
    let now = ctx.input(|i| i.time);
    let t = ((now - anim.start) / ANIM_SECONDS).clamp(0.0, 1.0) as f32;
    // Ease in and out; zoom interpolated in log space so it feels even.
    let e = t * t * (3.0 - 2.0 * t);
    let (c0, z0) = anim.from;
    let (c1, z1) = anim.to;
    camera.zoom = (z0.ln() + (z1.ln() - z0.ln()) * e).exp();
    camera.center = c0 + (c1 - c0) * e;
    if t >= 1.0 {
        camera.anim = None;
    } else {
        ctx.request_repaint();
    }
}
