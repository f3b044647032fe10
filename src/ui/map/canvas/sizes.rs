//! Keeps the scene in step with the project and sizes the symbols: by importance, or by a
//! metric from the one shared analysis (`cx.analysis`). The canvas never analyses the network
//! itself; while the first analysis of a large network is still running, symbols are sized
//! by importance.

use super::force;
use crate::analysis::cache::{Analysed, Fingerprint};
use crate::model::{ActorId, Project};
use crate::ui::ViewCtx;
use crate::ui::map::MapState;
use crate::ui::map::scene::{self, Scene};
use crate::ui::map::state::{Gesture, SizeBy};
use egui::pos2;

/// Rebuilds the scene when the project's drawn parts or the symbol sizes changed; keeps a
/// running layout's positions.
pub(super) fn update_scene(cx: &ViewCtx, state: &mut MapState) {
    let project = cx.project;
    let size_by = state.options.size_by;
    let by_agreement = state.options.colours_by_agreement(project);
    let metrics = size_by.metric().and(cx.analysis.as_ref());
    let size_key = {
        let mut h = Fingerprint::new();
        h.add(size_by as u64);
        h.add(u64::from(by_agreement));
        // The analysed network's fingerprint: the sizes change when the metrics do.
        h.add(metrics.map_or(0, |m| m.fingerprint));
        h.0
    };
    let key = scene::fingerprint(project, size_key);
    if state.caches.scene.as_ref().is_some_and(|s| s.key == key) {
        return;
    }
    let radius = radii(project, size_by, metrics);
    let mut scene = Scene::build(project, key, &|i| radius[i]);
    if by_agreement {
        scene.colour_by_agreement(crate::ui::joint::seen_colour);
    }
    if let Some(run) = &mut state.interaction.force {
        // Actors keep their places in the running layout; the layout restarts over the
        // changed network at its current temperature.
        let old: std::collections::HashMap<ActorId, [f32; 2]> = run
            .ids
            .iter()
            .copied()
            .zip(run.layout.positions().iter().copied())
            .collect();
        for (i, id) in scene.ids.iter().enumerate() {
            if let Some(&[x, y]) = old.get(id) {
                scene.pos[i] = pos2(x, y);
            }
        }
        let alpha = run.layout.alpha();
        let start_view = run.start_view;
        *run = force::new_run(&scene, project);
        run.layout.set_alpha(alpha);
        run.start_view = start_view;
    }
    if let Some(Gesture::Move { items, .. }) = &state.interaction.gesture
        && items.iter().any(|&i| i as usize >= scene.len())
    {
        state.interaction.gesture = None;
    }
    state.caches.scene = Some(scene);
}

/// Each actor's symbol radius in world units, in actor order.
fn radii(project: &Project, size_by: SizeBy, metrics: Option<&Analysed>) -> Vec<f32> {
    let by_importance = |a: &crate::model::Actor| 8.0 + 3.0 * f32::from(a.importance.clamp(1, 5));
    let mut r: Vec<f32> = match (size_by.metric(), metrics) {
        (Some(metric), Some(m)) => {
            // Actors added since the analysis count as 0 until it is current again.
            let values: Vec<f32> = project
                .actors
                .iter()
                .map(|a| m.metrics.get(a.id).map_or(0.0, |v| v.value(metric) as f32))
                .collect();
            let max = values.iter().copied().fold(0.0f32, f32::max);
            values
                .iter()
                .map(|&v| {
                    if max > 0.0 {
                        9.0 + 17.0 * (v / max).max(0.0).sqrt()
                    } else {
                        12.0
                    }
                })
                .collect()
        }
        _ => project.actors.iter().map(by_importance).collect(),
    };
    for (i, a) in project.actors.iter().enumerate() {
        if a.own {
            r[i] = r[i].max(20.0) * 1.25;
        }
    }
    r
}
