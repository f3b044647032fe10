//! Paints the map in layers: ring guides, relations and symbols, labels, the gesture's
//! overlay, hints (the legend is drawn over them by the canvas); and works out what stands out (filters, hover, selection).

use super::commands::search_matches;
use super::{CONNECT_FROM_ON, CONNECT_MODE_ON, EMPTY_HINT, LAYOUT_RUNNING};
use super::{draw, gestures};
use crate::model::{Project, Ring};
use crate::ui::map::scene::Scene;
use crate::ui::map::{MapState, actions};
use crate::ui::{Selection, ViewCtx};
use egui::{Pos2, Rect, Vec2};

/// Paints the map: guides, relations, symbols, labels, gesture overlays, hints and legend.
pub(super) fn paint(ui: &egui::Ui, painter: &egui::Painter, cx: &ViewCtx, state: &mut MapState) {
    let (project, selection, lang) = (cx.project, &*cx.selection, cx.lang);
    let view = state.camera.view();
    let pal = draw::Palette::new(ui.visuals());
    let Some(scene) = state.caches.scene.take() else {
        return;
    };
    let em = emphasis(project, &scene, state, selection);

    if state.options.show_ring_guides
        && let Some((centre, radii)) = ring_guides(&scene)
    {
        let named: Vec<(f32, &str)> = radii
            .iter()
            .map(|&(ring, r)| (r, Ring::ALL[ring].label().get(lang)))
            .collect();
        draw::ring_guides(painter, centre, &named, &view, &pal);
    }
    draw::relations_and_symbols(painter, &scene, &view, &em, &pal, &mut state.caches);
    let layer = draw::Layer {
        painter,
        project,
        scene: &scene,
        view,
        em: &em,
        pal: &pal,
        label_points: state.options.label_size.points(),
        obstacle: state.camera.legend,
    };
    draw::labels(
        &layer,
        &mut state.caches,
        state.options.show_labels,
        state.options.show_relation_labels.then_some(lang),
    );
    gestures::paint_overlay(ui, painter, &scene, state, &view, &pal);

    if project.actors.is_empty() {
        painter.text(
            view.rect.center(),
            egui::Align2::CENTER_CENTER,
            EMPTY_HINT.get(lang),
            egui::FontId::proportional(15.0),
            ui.visuals().weak_text_color(),
        );
    }
    let hint = if let Some(from) = state.interaction.connect_from {
        Some(CONNECT_FROM_ON.fmt(lang, &[("name", &actions::actor_name(project, from, lang))]))
    } else if state.interaction.connect_mode {
        Some(CONNECT_MODE_ON.get(lang).to_owned())
    } else if state.interaction.force.is_some() {
        Some(LAYOUT_RUNNING.get(lang).to_owned())
    } else {
        None
    };
    if let Some(hint) = hint {
        let galley = painter.layout_no_wrap(hint, egui::FontId::proportional(13.5), ui.visuals().strong_text_color());
        let rect = Rect::from_min_size(view.rect.min + Vec2::new(10.0, 8.0), galley.size()).expand(5.0);
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color.gamma_multiply(0.92));
        painter.galley(rect.min + Vec2::splat(5.0), galley, ui.visuals().strong_text_color());
    }
    state.caches.scene = Some(scene);
}

/// Where the ring guides go, if the map is arranged in rings: around the own organisation,
/// one circle per ring at the median distance of its actors, shown only when the rings are
/// in order (core inside partners inside the wider network) and most actors sit near their
/// ring's circle.
fn ring_guides(scene: &Scene) -> Option<(Pos2, Vec<(usize, f32)>)> {
    let own = scene.own_index? as usize;
    let centre = scene.pos[own];
    let mut distances: [Vec<f32>; 3] = Default::default();
    for i in 0..scene.len() {
        if i != own {
            distances[usize::from(scene.ring[i].min(2))].push(scene.pos[i].distance(centre));
        }
    }
    let mut radii = Vec::new();
    let mut last = 0.0;
    for (ring, d) in distances.iter_mut().enumerate() {
        if d.is_empty() {
            continue;
        }
        d.sort_by(f32::total_cmp);
        let median = d[d.len() / 2];
        let near = d
            .iter()
            .filter(|&&x| (x - median).abs() <= 0.3 * median.max(60.0))
            .count();
        if median <= last || (near as f32) < 0.75 * d.len() as f32 {
            return None;
        }
        last = median;
        radii.push((ring, median));
    }
    (!radii.is_empty()).then_some((centre, radii))
}

/// How much each actor and relation stands out: filters fade what does not match; hovering
/// or selecting an actor brings out its neighbours and dims the rest.
fn emphasis(project: &Project, scene: &Scene, state: &MapState, selection: &Selection) -> draw::Emphasis {
    let n = scene.len();
    let m = scene.edges.len();
    let mut em = draw::Emphasis {
        actor_alpha: vec![1.0; n],
        selected: vec![false; n],
        found: vec![false; n],
        focus: vec![false; n],
        edge_alpha: vec![1.0; m],
        edge_focus: vec![false; m],
        selected_edge: None,
        hovered: state.interaction.hover.and_then(|id| scene.index.get(&id).copied()),
    };
    const FADED_ACTOR: f32 = 0.15;
    const FADED_EDGE: f32 = 0.08;
    let filter = &state.options.filter;
    if filter.is_active() && project.actors.len() == n {
        let actor_ok: Vec<bool> = project
            .actors
            .iter()
            .zip(&scene.seen)
            .map(|(a, seen)| filter.actor_matches(a) && filter.seen_matches(*seen))
            .collect();
        let mut touched = vec![!filter.filters_relations(); n];
        for (k, e) in scene.edges.iter().enumerate() {
            let rel_ok = project
                .relations
                .get(e.rel as usize)
                .is_some_and(|r| filter.relation_matches(r))
                && filter.seen_matches(e.seen);
            let ok = rel_ok && actor_ok[e.a as usize] && actor_ok[e.b as usize];
            if ok {
                touched[e.a as usize] = true;
                touched[e.b as usize] = true;
            } else {
                em.edge_alpha[k] = FADED_EDGE;
            }
        }
        for i in 0..n {
            if !(actor_ok[i] && touched[i]) {
                em.actor_alpha[i] = FADED_ACTOR;
            }
        }
    }
    for id in selection.actors() {
        if let Some(&i) = scene.index.get(id) {
            em.selected[i as usize] = true;
        }
    }
    if !state.options.search.trim().is_empty() {
        for i in search_matches(project, &state.options.search) {
            em.found[i] = true;
        }
    }
    // Focus: the hovered actor, else the selection (a handful of actors), else the
    // selected relation's ends.
    let mut focus: Vec<u32> = Vec::new();
    if let Some(h) = em.hovered
        && state.interaction.gesture.is_none()
    {
        focus.push(h);
    } else if let Selection::Relation(id) = selection {
        if let Some(k) = scene.edges.iter().position(|e| e.id == *id) {
            em.selected_edge = Some(k as u32);
            focus.push(scene.edges[k].a);
            focus.push(scene.edges[k].b);
        }
    } else {
        let sel = selection.actors();
        if sel.len() <= 20 {
            focus.extend(sel.iter().filter_map(|id| scene.index.get(id).copied()));
        }
    }
    if !focus.is_empty() {
        let mut near = vec![false; n];
        for &f in &focus {
            near[f as usize] = true;
            em.focus[f as usize] = true;
            for &(nb, k) in scene.neighbours(f) {
                if em.selected_edge.is_none() || em.selected_edge == Some(k) {
                    near[nb as usize] = true;
                    em.focus[nb as usize] = true;
                    em.edge_focus[k as usize] = true;
                }
            }
        }
        for (alpha, _) in em.actor_alpha.iter_mut().zip(&near).filter(|(_, near)| !**near) {
            *alpha *= 0.45;
        }
        for (alpha, _) in em
            .edge_alpha
            .iter_mut()
            .zip(&em.edge_focus)
            .filter(|(_, focus)| !**focus)
        {
            *alpha *= 0.3;
        }
    }
    em
}
