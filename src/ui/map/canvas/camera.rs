//! The view's movements: zoom to fit (beside the legend), a jump to a point, and the smooth
//! animation between two views, which asks for frames only while it lasts.

use crate::ui::map::MapState;
use crate::ui::map::state::{Camera, ViewAnim};
use egui::{Pos2, Rect, Vec2, pos2};

/// How long a smooth view change takes, in seconds.
const ANIM_SECONDS: f64 = 0.35;

/// Zooms to show the whole map (smoothly when `animate`), beside the legend if one is in
/// the way.
pub(super) fn fit(ctx: &egui::Context, state: &mut MapState, legend: Option<Rect>, animate: bool) {
    let Some(scene) = &state.caches.scene else {
        return;
    };
    let mut rect = state.camera.rect;
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
    let center = target - (rect.center() - state.camera.rect.center()) / zoom;
    go_to(ctx, &mut state.camera, center, zoom, animate);
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
