//! Carries out what the toolbar, the menus and the keyboard asked for: adding an actor,
//! deleting, fitting, starting and stopping layouts, searching, selecting all.

use super::{camera, force};
use crate::layout::concentric::{self, RingParams};
use crate::model::{ActorId, Edit, Project};
use crate::ui::map::scene::{self, Scene};
use crate::ui::map::state::Action;
use crate::ui::map::{MapState, actions};
use crate::ui::{Selection, ViewCtx};
use egui::{Pos2, Vec2, pos2};

/// A free spot near `near` (world), so that new actors do not land on each other.
fn free_spot(scene: &Scene, near: Pos2) -> Pos2 {
    let clear = |p: Pos2| {
        scene
            .pos
            .iter()
            .zip(&scene.radius)
            .all(|(q, &r)| q.distance(p) > r + 34.0)
    };
    // A spiral of candidates around the wanted point.
    for k in 0..400 {
        let angle = k as f32 * 2.4;
        let radius = 30.0 * (k as f32).sqrt();
        let p = near + Vec2::angled(angle) * radius;
        if clear(p) {
            return p;
        }
    }
    near
}

/// Carries out a toolbar or menu action.
pub(super) fn run(ctx: &egui::Context, action: Action, cx: &mut ViewCtx, state: &mut MapState) {
    let project = cx.project;
    match action {
        Action::AddActor(at) => {
            let Some(scene) = &state.caches.scene else {
                return;
            };
            let world = at.unwrap_or_else(|| free_spot(scene, state.camera.center));
            let id = actions::add_actor(cx, Some([world.x, world.y]));
            // The inspector focuses the new actor's name once it exists.
            state.interaction.focus_name_of = Some(id);
        }
        Action::Delete => actions::delete_selection(cx),
        Action::Fit => state.camera.fit_requested = true,
        Action::AddViewSlide => crate::ui::present::add_view_slide(cx, state),
        Action::ForceStart => {
            if let Some(scene) = &state.caches.scene
                && state.interaction.force.is_none()
                && scene.len() > 1
            {
                let mut run = force::new_run(scene, cx.project);
                run.start_view = Some((state.camera.center, state.camera.zoom));
                state.interaction.force = Some(run);
                state.interaction.gesture = None;
                ctx.request_repaint();
            }
        }
        Action::ForceStop => force::finish(cx, state),
        Action::ForceCancel => {
            state.interaction.force = None;
            // Back to the document's positions.
            state.caches.scene = None;
        }
        Action::Concentric => {
            state.interaction.force = None;
            let Some(scene) = &state.caches.scene else {
                return;
            };
            let nodes = scene::ring_nodes(project, &scene.radius, false);
            let centre = match scene.own_index {
                Some(i) => scene.pos[i as usize],
                None => {
                    let c = crate::layout::force::centroid(&scene.pos.iter().map(|p| [p.x, p.y]).collect::<Vec<_>>());
                    pos2(c[0], c[1])
                }
            };
            let result = concentric::concentric(&nodes, [centre.x, centre.y], RingParams::default());
            let moves = force::moves_to(project, scene.ids.iter().copied().zip(result.positions));
            if !moves.is_empty() {
                cx.out.edit_step(Edit::MoveActors(moves));
            }
            state.options.show_ring_guides = true;
            state.camera.fit_requested = true;
        }
        Action::SearchNext => search_next(ctx, project, state, cx.selection),
        Action::Reveal(id) => reveal(ctx, state, id),
        Action::SelectAll => actions::select_all(cx),
    }
}

/// The actors whose name contains the search text (ignoring case), in actor order.
pub(super) fn search_matches(project: &Project, search: &str) -> Vec<usize> {
    let query = search.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    project
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.name.to_lowercase().contains(&query))
        .map(|(i, _)| i)
        .collect()
}

/// Moves the view so that actor `id` is in the middle of the free room, at the current zoom.
fn reveal(ctx: &egui::Context, state: &mut MapState, id: ActorId) {
    let Some(p) = state
        .caches
        .scene
        .as_ref()
        .and_then(|s| s.index.get(&id).map(|&i| s.pos[i as usize]))
    else {
        return;
    };
    let zoom = state.camera.zoom.max(0.8);
    let center = camera::centre_on(&state.camera, p, zoom);
    camera::go_to(ctx, &mut state.camera, center, zoom, true);
    state.camera.follows_fit = false;
}

/// Jumps to the next actor matching the search and selects it.
fn search_next(ctx: &egui::Context, project: &Project, state: &mut MapState, selection: &mut Selection) {
    let matches = search_matches(project, &state.options.search);
    if matches.is_empty() {
        return;
    }
    let k = state.interaction.search_cursor % matches.len();
    state.interaction.search_cursor = k + 1;
    let i = matches[k];
    let Some(scene) = &state.caches.scene else {
        return;
    };
    let Some(&p) = scene.pos.get(i) else { return };
    *selection = Selection::Actors(vec![scene.ids[i]]);
    let zoom = state.camera.zoom.max(0.8);
    // In the middle of the room beside the legend, so that its name is not under it.
    let center = camera::centre_on(&state.camera, p, zoom);
    camera::go_to(ctx, &mut state.camera, center, zoom, true);
    state.camera.follows_fit = false;
}
