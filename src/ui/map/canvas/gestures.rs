//! Pointer and keyboard gestures on the canvas, turned into view changes, selection changes
//! and edits.

use super::draw::{LANE_GAP_PX, Palette};
use crate::model::{ActorId, Edit};
use crate::ui::map::scene::Scene;
use crate::ui::map::state::{Action, Gesture, Target, View};
use crate::ui::map::{MapState, actions};
use crate::ui::{Selection, ViewCtx};
use egui::{CursorIcon, Key, Modifiers, PointerButton, Pos2, Rect, Stroke};

/// Hit slack around symbols and lines, in screen points.
const SLACK_PX: f32 = 4.0;

/// The actor under screen point `p`.
fn actor_at(scene: &Scene, view: &View, p: Pos2) -> Option<u32> {
    scene.actor_at(view.to_world(p), SLACK_PX / view.zoom)
}

/// The relation under screen point `p`.
fn edge_at(scene: &Scene, view: &View, p: Pos2) -> Option<u32> {
    scene.edge_at(view.to_world(p), SLACK_PX / view.zoom, LANE_GAP_PX / view.zoom)
}

/// Handles this frame's input on the canvas.
pub(super) fn handle(
    ui: &egui::Ui,
    response: &egui::Response,
    cx: &mut ViewCtx,
    state: &mut MapState,
    requests: &mut Vec<Action>,
) {
    let Some(mut scene) = state.caches.scene.take() else {
        return;
    };
    handle_with(ui, response, cx, &mut scene, state, requests);
    state.caches.scene = Some(scene);
}

fn handle_with(
    ui: &egui::Ui,
    response: &egui::Response,
    cx: &mut ViewCtx,
    scene: &mut Scene,
    state: &mut MapState,
    requests: &mut Vec<Action>,
) {
    let ctx = ui.ctx();
    let (latest, mods) = ui.input(|i| (i.pointer.latest_pos(), i.modifiers));
    if let Some(p) = latest {
        state.interaction.pointer = Some(p);
    }
    let pointer_here = response.hover_pos();
    let mut view = state.camera.view();

    // Hover.
    state.interaction.hover = match (&state.interaction.gesture, pointer_here) {
        (None | Some(Gesture::Connect { .. }), Some(p)) => actor_at(scene, &view, p).map(|i| scene.ids[i as usize]),
        _ => None,
    };

    // Wheel and pinch zoom around the pointer; sideways scrolling pans.
    if let Some(p) = pointer_here {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let factor = pinch * (scroll.y * 0.0025).exp();
        if (factor - 1.0).abs() > 1e-4 {
            let before = view.to_world(p);
            state.camera.zoom = (state.camera.zoom * factor).clamp(0.005, 8.0);
            state.camera.center = before - (p - view.rect.center()) / state.camera.zoom;
            state.camera.anim = None;
            state.camera.follows_fit = false;
        }
        if scroll.x != 0.0 {
            state.camera.center.x -= scroll.x / state.camera.zoom;
            state.camera.anim = None;
            state.camera.follows_fit = false;
        }
        view = state.camera.view();
    }

    // Escape first: egui itself ends a drag on Escape, which would otherwise look like a
    // drop below.
    if !ctx.egui_wants_keyboard_input() && ui.input(|i| i.key_pressed(Key::Escape)) {
        cancel(scene, state);
    }

    // Drag start: what is under the press decides the gesture.
    if response.drag_started() {
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .or(state.interaction.pointer)
            .unwrap_or(view.rect.center());
        state.camera.anim = None;
        state.interaction.gesture = if response.drag_started_by(PointerButton::Primary) {
            match actor_at(scene, &view, origin) {
                Some(i) if state.interaction.connect_mode || state.interaction.draw_mode || mods.command => {
                    Some(Gesture::Connect { from: i })
                }
                Some(i) => Some(start_move(scene, state, cx.selection, &view, origin, i, mods)),
                None if mods.shift || mods.command => Some(Gesture::BoxSelect {
                    start: origin,
                    add: true,
                }),
                None => Some(Gesture::Pan),
            }
        } else if response.drag_started_by(PointerButton::Middle) {
            Some(Gesture::Pan)
        } else {
            None
        };
    }

    // Dragging.
    if response.dragged() {
        match &state.interaction.gesture {
            Some(Gesture::Pan) => {
                state.camera.center -= response.drag_delta() / state.camera.zoom;
                state.camera.follows_fit = false;
                view = state.camera.view();
                ctx.set_cursor_icon(CursorIcon::Grabbing);
            }
            Some(Gesture::Move { items, start, grab }) => {
                if let Some(p) = state.interaction.pointer {
                    let delta = view.to_world(p) - *grab;
                    for (k, &i) in items.iter().enumerate() {
                        let to = start[k] + delta;
                        scene.pos[i as usize] = to;
                        if let Some(run) = &mut state.interaction.force {
                            run.layout
                                .hold(i as usize, Some([to.x, to.y]), scene.pinned[i as usize]);
                            run.layout.set_alpha(run.layout.alpha().max(0.3));
                        }
                    }
                }
                ctx.set_cursor_icon(CursorIcon::Grabbing);
            }
            Some(Gesture::Connect { .. }) => ctx.set_cursor_icon(CursorIcon::Crosshair),
            Some(Gesture::BoxSelect { .. }) | None => {}
        }
    }

    // Drop.
    if response.drag_stopped() {
        let at = state.interaction.pointer.unwrap_or(view.rect.center());
        match state.interaction.gesture.take() {
            Some(Gesture::Move { items, start, .. }) => {
                if let Some(run) = &mut state.interaction.force {
                    // The layout keeps going with the actors where they were dropped.
                    for &i in &items {
                        run.layout.hold(i as usize, None, scene.pinned[i as usize]);
                    }
                } else {
                    let moves: Vec<(ActorId, Option<[f32; 2]>)> = items
                        .iter()
                        .zip(&start)
                        .filter(|(i, s)| scene.pos[**i as usize] != **s)
                        .map(|(&i, _)| {
                            let p = scene.pos[i as usize];
                            (scene.ids[i as usize], Some([p.x.round(), p.y.round()]))
                        })
                        .collect();
                    if !moves.is_empty() {
                        cx.out.edit_step(Edit::MoveActors(moves));
                    }
                }
            }
            Some(Gesture::Connect { from }) => {
                if let Some(to) = actor_at(scene, &view, at) {
                    actions::connect(cx, scene.ids[from as usize], scene.ids[to as usize]);
                }
            }
            Some(Gesture::BoxSelect { start, add }) => {
                let rect = Rect::from_two_pos(start, at);
                let mut ids: Vec<ActorId> = if add {
                    cx.selection.actors().to_vec()
                } else {
                    Vec::new()
                };
                for (i, p) in scene.pos.iter().enumerate() {
                    if rect.contains(view.to_screen(*p)) && !ids.contains(&scene.ids[i]) {
                        ids.push(scene.ids[i]);
                    }
                }
                cx.selection.set_actors(ids);
            }
            Some(Gesture::Pan) | None => {}
        }
    }

    // Clicks.
    if response.clicked() {
        let p = response
            .interact_pointer_pos()
            .or(state.interaction.pointer)
            .unwrap_or(view.rect.center());
        click(cx, scene, state, &view, p, mods);
    }
    if response.double_clicked() {
        let p = response
            .interact_pointer_pos()
            .or(state.interaction.pointer)
            .unwrap_or(view.rect.center());
        match actor_at(scene, &view, p) {
            Some(i) => {
                let id = scene.ids[i as usize];
                *cx.selection = Selection::Actors(vec![id]);
                state.interaction.focus_name_of = Some(id);
            }
            None => {
                if edge_at(scene, &view, p).is_none() && !state.interaction.connect_mode && !state.interaction.draw_mode
                {
                    requests.push(Action::AddActor(Some(view.to_world(p))));
                }
            }
        }
    }
    if response.secondary_clicked() {
        let p = response
            .interact_pointer_pos()
            .or(state.interaction.pointer)
            .unwrap_or(view.rect.center());
        state.interaction.rename = None;
        state.interaction.context = Some(if let Some(i) = actor_at(scene, &view, p) {
            let id = scene.ids[i as usize];
            if !cx.selection.actors().contains(&id) {
                *cx.selection = Selection::Actors(vec![id]);
            }
            Target::Actor(id)
        } else if let Some(k) = edge_at(scene, &view, p) {
            let id = scene.edges[k as usize].id;
            *cx.selection = Selection::Relation(id);
            Target::Relation(id)
        } else {
            Target::Canvas(view.to_world(p))
        });
    }

    if state.interaction.hover.is_some() && state.interaction.gesture.is_none() {
        ctx.set_cursor_icon(
            if state.interaction.connect_mode || state.interaction.connect_from.is_some() {
                CursorIcon::Crosshair
            } else {
                CursorIcon::PointingHand
            },
        );
    }

    // Keys, unless a text field is taking them.
    if !ctx.egui_wants_keyboard_input() {
        let (delete, all) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Delete) || i.consume_key(Modifiers::NONE, Key::Backspace),
                i.consume_key(Modifiers::COMMAND, Key::A),
            )
        });
        if delete && state.interaction.gesture.is_none() {
            requests.push(Action::Delete);
        }
        if all {
            requests.push(Action::SelectAll);
        }
    }
}

/// Starts moving actor `i`, with the rest of the selection when it is part of it.
fn start_move(
    scene: &Scene,
    state: &mut MapState,
    selection: &mut Selection,
    view: &View,
    origin: Pos2,
    i: u32,
    mods: Modifiers,
) -> Gesture {
    let id = scene.ids[i as usize];
    let mut ids = selection.actors().to_vec();
    if !ids.contains(&id) {
        if mods.shift {
            ids.push(id);
        } else {
            ids = vec![id];
        }
        *selection = Selection::Actors(ids.clone());
    }
    let items: Vec<u32> = ids.iter().filter_map(|id| scene.index.get(id).copied()).collect();
    let start = items.iter().map(|&i| scene.pos[i as usize]).collect();
    state.interaction.connect_from = None;
    Gesture::Move {
        items,
        start,
        grab: view.to_world(origin),
    }
}

/// A click: connects in connect mode, else selects the actor or relation under the pointer
/// (Shift or Ctrl adds or removes), else clears the selection.
fn click(cx: &mut ViewCtx, scene: &Scene, state: &mut MapState, view: &View, p: Pos2, mods: Modifiers) {
    let hit = actor_at(scene, view, p);
    if let Some(from) = state.interaction.connect_from {
        if let Some(i) = hit {
            let to = scene.ids[i as usize];
            if to != from {
                actions::connect(cx, from, to);
                state.interaction.connect_from = None;
            }
        } else {
            state.interaction.connect_from = None;
        }
        return;
    }
    if state.interaction.connect_mode {
        // Click one actor, then another: the same as dragging between them.
        if let Some(i) = hit {
            state.interaction.connect_from = Some(scene.ids[i as usize]);
            *cx.selection = Selection::Actors(vec![scene.ids[i as usize]]);
        }
        return;
    }
    match hit {
        Some(i) => {
            let id = scene.ids[i as usize];
            if mods.shift || mods.command {
                let mut ids = cx.selection.actors().to_vec();
                if let Some(k) = ids.iter().position(|&x| x == id) {
                    ids.remove(k);
                } else {
                    ids.push(id);
                }
                cx.selection.set_actors(ids);
            } else {
                *cx.selection = Selection::Actors(vec![id]);
            }
        }
        None => match edge_at(scene, view, p) {
            Some(k) => *cx.selection = Selection::Relation(scene.edges[k as usize].id),
            None => {
                if !(mods.shift || mods.command) {
                    *cx.selection = Selection::None;
                }
            }
        },
    }
}

/// Escape: ends the gesture in progress (moved actors go back), then a pending connection,
/// then connect mode.
fn cancel(scene: &mut Scene, state: &mut MapState) {
    if let Some(gesture) = state.interaction.gesture.take() {
        if let Gesture::Move { items, start, .. } = gesture {
            for (&i, &p) in items.iter().zip(&start) {
                scene.pos[i as usize] = p;
                if let Some(run) = &mut state.interaction.force {
                    run.layout.hold(i as usize, Some([p.x, p.y]), scene.pinned[i as usize]);
                    run.layout.hold(i as usize, None, scene.pinned[i as usize]);
                }
            }
        }
    } else if state.interaction.connect_from.is_some() {
        state.interaction.connect_from = None;
    } else if state.interaction.connect_mode {
        state.interaction.connect_mode = false;
    }
}

/// Draws what a gesture shows while it lasts: the relation being drawn, the selection
/// rectangle.
pub(super) fn paint_overlay(
    ui: &egui::Ui,
    painter: &egui::Painter,
    scene: &Scene,
    state: &MapState,
    view: &View,
    pal: &Palette,
) {
    let from = match &state.interaction.gesture {
        Some(Gesture::Connect { from }) => Some(*from),
        _ => state
            .interaction
            .connect_from
            .and_then(|id| scene.index.get(&id).copied()),
    };
    if let (Some(from), Some(p)) = (from, state.interaction.pointer) {
        let a = view.to_screen(scene.pos[from as usize]);
        let target = actor_at(scene, view, p).filter(|&t| t != from);
        let b = target.map_or(p, |t| view.to_screen(scene.pos[t as usize]));
        let stroke = Stroke::new(2.5, pal.selection);
        painter.extend(egui::Shape::dashed_line(&[a, b], stroke, 8.0, 5.0));
        if let Some(t) = target {
            let r = super::draw::screen_radius(scene, view, t as usize);
            painter.circle_stroke(b, r + 5.0, stroke);
        }
    }
    if let (Some(Gesture::BoxSelect { start, .. }), Some(p)) = (&state.interaction.gesture, state.interaction.pointer) {
        let rect = Rect::from_two_pos(*start, p);
        painter.rect_filled(rect, 0.0, ui.visuals().selection.bg_fill.gamma_multiply(0.2));
        painter.rect_stroke(rect, 0.0, Stroke::new(1.0, pal.selection), egui::StrokeKind::Inside);
    }
}
