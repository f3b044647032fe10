//! The force-directed layout while it runs on the map: a few steps each frame within a time
//! budget, its positions shown from the view state, and written to the document as one
//! undo step when it settles or is stopped.

use crate::layout::force::{ForceLayout, ForceParams};
use crate::model::{ActorId, Edit, Project};
use crate::ui::ViewCtx;
use crate::ui::map::MapState;
use crate::ui::map::scene::Scene;
use crate::ui::map::state::ForceRun;
use egui::pos2;

/// A new force run over the scene's current positions, keeping room for each actor's name.
pub(super) fn new_run(scene: &Scene, project: &Project) -> ForceRun {
    let positions = scene.pos.iter().map(|p| [p.x, p.y]).collect();
    let links: Vec<(u32, u32)> = scene.edges.iter().map(|e| (e.a, e.b)).collect();
    let layout = ForceLayout::new(positions, scene.pinned.clone(), &links, ForceParams::default());
    ForceRun {
        layout: layout.with_room(name_room(scene, project)),
        ids: scene.ids.clone(),
        start_view: None,
    }
}

/// The room each actor of the scene needs: about half its name's width at the map's label
/// size (a character is about 7 points), at least its symbol, and at most 80 points, so that
/// one very long name does not push the whole map apart.
fn name_room(scene: &Scene, project: &Project) -> Vec<f32> {
    scene
        .ids
        .iter()
        .zip(&scene.radius)
        .map(|(&id, &radius)| {
            let chars = project.actor(id).map_or(0, |a| a.name.trim().chars().count());
            (chars as f32 * 3.5 + 6.0).min(80.0).max(radius + 6.0)
        })
        .collect()
}

/// Runs the force layout for this frame (as many steps as fit in a few milliseconds) and
/// shows its positions; writes them to the document once it settles.
pub(super) fn step(ctx: &egui::Context, cx: &mut ViewCtx, state: &mut MapState) {
    let Some(run) = &mut state.interaction.force else {
        return;
    };
    let Some(scene) = &mut state.caches.scene else {
        return;
    };
    // Small maps take two steps a frame, so they settle within a few seconds yet visibly;
    // large ones as many as fit in 3 ms (at least one), leaving the rest of a 60 Hz frame
    // for drawing.
    let started = std::time::Instant::now();
    let budget = std::time::Duration::from_millis(3);
    let max_steps = if scene.len() < 500 { 2 } else { 8 };
    for _ in 0..max_steps {
        run.layout.step();
        if run.layout.is_done() || started.elapsed() > budget {
            break;
        }
    }
    for (p, &[x, y]) in scene.pos.iter_mut().zip(run.layout.positions()) {
        *p = pos2(x, y);
    }
    if run.layout.is_done() {
        finish(cx, state);
    } else {
        ctx.request_repaint();
    }
}

/// Writes the running layout's positions as one edit and stops it.
pub(super) fn finish(cx: &mut ViewCtx, state: &mut MapState) {
    let Some(run) = state.interaction.force.take() else {
        return;
    };
    let moves = moves_to(
        cx.project,
        run.ids.iter().copied().zip(run.layout.positions().iter().copied()),
    );
    if !moves.is_empty() {
        cx.out.edit_step(Edit::MoveActors(moves));
    }
}

/// The moves that put actors at `targets`, rounded to whole world units (short, stable
/// numbers in the file), leaving out pinned actors that have a position and actors that
/// would not move.
pub(super) fn moves_to(
    project: &Project,
    targets: impl Iterator<Item = (ActorId, [f32; 2])>,
) -> Vec<(ActorId, Option<[f32; 2]>)> {
    let mut moves = Vec::new();
    for (id, [x, y]) in targets {
        let Some(actor) = project.actor(id) else {
            continue;
        };
        if actor.pinned && actor.pos.is_some() {
            continue;
        }
        let to = [x.round(), y.round()];
        if !to[0].is_finite() || !to[1].is_finite() || actor.pos == Some(to) {
            continue;
        }
        moves.push((id, Some(to)));
    }
    moves
}
