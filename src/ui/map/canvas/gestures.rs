//! Pointer and keyboard gestures on the canvas, turned into view changes, selection changes
//! and edits.

use super::draw::{LANE_GAP_PX, Palette};
use super::scene::Scene;
use super::{Action, Gesture, Target, View, selected_actors, view_of};
use crate::app::Outbox;
use crate::i18n::Lang;
use crate::model::{ActorId, Edit, Relation};
use crate::ui::Selection;
use crate::ui::map::MapState;
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

/// Adds a relation between two actors and selects it.
pub(crate) fn connect(
    project: &crate::model::Project,
    from: ActorId,
    to: ActorId,
    selection: &mut Selection,
    out: &mut Outbox,
) {
    if from == to || project.actor(from).is_none() || project.actor(to).is_none() {
        return;
    }
    let id = project.next_relation_id();
    out.edit_step(Edit::AddRelation(Box::new(Relation {
        id,
        from,
        to,
        ..Relation::default()
    })));
    *selection = Selection::Relation(id);
}

/// Handles this frame's input on the canvas.
#[allow(clippy::too_many_arguments)]
pub(super) fn handle(
    ui: &egui::Ui,
    response: &egui::Response,
    project: &crate::model::Project,
    state: &mut MapState,
    selection: &mut Selection,
    _lang: Lang,
    out: &mut Outbox,
    actions: &mut Vec<Action>,
) {
    let Some(mut scene) = state.caches.scene.take() else {
        return;
    };
    handle_with(ui, response, project, &mut scene, state, selection, out, actions);
    state.caches.scene = Some(scene);
}

#[allow(clippy::too_many_arguments)]
fn handle_with(
    ui: &egui::Ui,
    response: &egui::Response,
    project: &crate::model::Project,
    scene: &mut Scene,
    state: &mut MapState,
    selection: &mut Selection,
    out: &mut Outbox,
    actions: &mut Vec<Action>,
) {
    let ctx = ui.ctx();
    let (latest, mods) = ui.input(|i| (i.pointer.latest_pos(), i.modifiers));
    if let Some(p) = latest {
        state.pointer = Some(p);
    }
    let pointer_here = response.hover_pos();
    let mut view = view_of(state);

    // Hover.
    state.hover = match (&state.gesture, pointer_here) {
        (None | Some(Gesture::Connect { .. }), Some(p)) => actor_at(scene, &view, p).map(|i| scene.ids[i as usize]),
        _ => None,
    };

    // Wheel and pinch zoom around the pointer; sideways scrolling pans.
    if let Some(p) = pointer_here {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let factor = pinch * (scroll.y * 0.0025).exp();
        if (factor - 1.0).abs() > 1e-4 {
            let before = view.to_world(p);
            state.zoom = (state.zoom * factor).clamp(0.005, 8.0);
            state.center = before - (p - view.rect.center()) / state.zoom;
            state.anim = None;
        }
        if scroll.x != 0.0 {
            state.center.x -= scroll.x / state.zoom;
            state.anim = None;
        }
        view = view_of(state);
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
            .or(state.pointer)
            .unwrap_or(view.rect.center());
        state.anim = None;
        state.gesture = if response.drag_started_by(PointerButton::Primary) {
            match actor_at(scene, &view, origin) {
                Some(i) if state.connect_mode || mods.command => Some(Gesture::Connect { from: i }),
                Some(i) => Some(start_move(scene, state, selection, &view, origin, i, mods)),
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
        match &state.gesture {
            Some(Gesture::Pan) => {
                state.center -= response.drag_delta() / state.zoom;
                view = view_of(state);
                ctx.set_cursor_icon(CursorIcon::Grabbing);
            }
            Some(Gesture::Move { items, start, grab }) => {
                if let Some(p) = state.pointer {
                    let delta = view.to_world(p) - *grab;
                    for (k, &i) in items.iter().enumerate() {
                        let to = start[k] + delta;
                        scene.pos[i as usize] = to;
                        if let Some(run) = &mut state.force {
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
        let at = state.pointer.unwrap_or(view.rect.center());
        match state.gesture.take() {
            Some(Gesture::Move { items, start, .. }) => {
                if let Some(run) = &mut state.force {
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
                        out.edit_step(Edit::MoveActors(moves));
                    }
                }
            }
            Some(Gesture::Connect { from }) => {
                if let Some(to) = actor_at(scene, &view, at) {
                    connect(
                        project,
                        scene.ids[from as usize],
                        scene.ids[to as usize],
                        selection,
                        out,
                    );
                }
            }
            Some(Gesture::BoxSelect { start, add }) => {
                let rect = Rect::from_two_pos(start, at);
                let mut ids: Vec<ActorId> = if add {
                    selected_actors(selection).to_vec()
                } else {
                    Vec::new()
                };
                for (i, p) in scene.pos.iter().enumerate() {
                    if rect.contains(view.to_screen(*p)) && !ids.contains(&scene.ids[i]) {
                        ids.push(scene.ids[i]);
                    }
                }
                *selection = if ids.is_empty() {
                    Selection::None
                } else {
                    Selection::Actors(ids)
                };
            }
            Some(Gesture::Pan) | None => {}
        }
    }

    // Clicks.
    if response.clicked() {
        let p = response
            .interact_pointer_pos()
            .or(state.pointer)
            .unwrap_or(view.rect.center());
        click(project, scene, state, selection, &view, p, mods, out);
    }
    if response.double_clicked() {
        let p = response
            .interact_pointer_pos()
            .or(state.pointer)
            .unwrap_or(view.rect.center());
        match actor_at(scene, &view, p) {
            Some(i) => {
                let id = scene.ids[i as usize];
                *selection = Selection::Actors(vec![id]);
                state.focus_name_of = Some(id);
            }
            None => {
                if edge_at(scene, &view, p).is_none() && !state.connect_mode {
                    actions.push(Action::AddActor(Some(view.to_world(p))));
                }
            }
        }
    }
    if response.secondary_clicked() {
        let p = response
            .interact_pointer_pos()
            .or(state.pointer)
            .unwrap_or(view.rect.center());
        state.rename = None;
        state.context = Some(if let Some(i) = actor_at(scene, &view, p) {
            let id = scene.ids[i as usize];
            if !selected_actors(selection).contains(&id) {
                *selection = Selection::Actors(vec![id]);
            }
            Target::Actor(id)
        } else if let Some(k) = edge_at(scene, &view, p) {
            let id = scene.edges[k as usize].id;
            *selection = Selection::Relation(id);
            Target::Relation(id)
        } else {
            Target::Canvas(view.to_world(p))
        });
    }

    if state.hover.is_some() && state.gesture.is_none() {
        ctx.set_cursor_icon(if state.connect_mode || state.connect_from.is_some() {
            CursorIcon::Crosshair
        } else {
            CursorIcon::PointingHand
        });
    }

    // Keys, unless a text field is taking them.
    if !ctx.egui_wants_keyboard_input() {
        let (delete, all) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::Delete) || i.consume_key(Modifiers::NONE, Key::Backspace),
                i.consume_key(Modifiers::COMMAND, Key::A),
            )
        });
        if delete && state.gesture.is_none() {
            actions.push(Action::Delete);
        }
        if all {
            actions.push(Action::SelectAll);
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
    let mut ids = selected_actors(selection).to_vec();
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
    state.connect_from = None;
    Gesture::Move {
        items,
        start,
        grab: view.to_world(origin),
    }
}

/// A click: connects in connect mode, else selects the actor or relation under the pointer
/// (Shift or Ctrl adds or removes), else clears the selection.
#[allow(clippy::too_many_arguments)]
fn click(
    project: &crate::model::Project,
    scene: &Scene,
    state: &mut MapState,
    selection: &mut Selection,
    view: &View,
    p: Pos2,
    mods: Modifiers,
    out: &mut Outbox,
) {
    let hit = actor_at(scene, view, p);
    if let Some(from) = state.connect_from {
        if let Some(i) = hit {
            let to = scene.ids[i as usize];
            if to != from {
                connect(project, from, to, selection, out);
                state.connect_from = None;
            }
        } else {
            state.connect_from = None;
        }
        return;
    }
    if state.connect_mode {
        // Click one actor, then another: the same as dragging between them.
        if let Some(i) = hit {
            state.connect_from = Some(scene.ids[i as usize]);
            *selection = Selection::Actors(vec![scene.ids[i as usize]]);
        }
        return;
    }
    match hit {
        Some(i) => {
            let id = scene.ids[i as usize];
            if mods.shift || mods.command {
                let mut ids = selected_actors(selection).to_vec();
                if let Some(k) = ids.iter().position(|&x| x == id) {
                    ids.remove(k);
                } else {
                    ids.push(id);
                }
                *selection = if ids.is_empty() {
                    Selection::None
                } else {
                    Selection::Actors(ids)
                };
            } else {
                *selection = Selection::Actors(vec![id]);
            }
        }
        None => match edge_at(scene, view, p) {
            Some(k) => *selection = Selection::Relation(scene.edges[k as usize].id),
            None => {
                if !(mods.shift || mods.command) {
                    *selection = Selection::None;
                }
            }
        },
    }
}

/// Escape: ends the gesture in progress (moved actors go back), then a pending connection,
/// then connect mode.
fn cancel(scene: &mut Scene, state: &mut MapState) {
    if let Some(gesture) = state.gesture.take() {
        if let Gesture::Move { items, start, .. } = gesture {
            for (&i, &p) in items.iter().zip(&start) {
                scene.pos[i as usize] = p;
                if let Some(run) = &mut state.force {
                    run.layout.hold(i as usize, Some([p.x, p.y]), scene.pinned[i as usize]);
                    run.layout.hold(i as usize, None, scene.pinned[i as usize]);
                }
            }
        }
    } else if state.connect_from.is_some() {
        state.connect_from = None;
    } else if state.connect_mode {
        state.connect_mode = false;
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
    let from = match &state.gesture {
        Some(Gesture::Connect { from }) => Some(*from),
        _ => state.connect_from.and_then(|id| scene.index.get(&id).copied()),
    };
    if let (Some(from), Some(p)) = (from, state.pointer) {
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
    if let (Some(Gesture::BoxSelect { start, .. }), Some(p)) = (&state.gesture, state.pointer) {
        let rect = Rect::from_two_pos(*start, p);
        painter.rect_filled(rect, 0.0, ui.visuals().selection.bg_fill.gamma_multiply(0.2));
        painter.rect_stroke(rect, 0.0, Stroke::new(1.0, pal.selection), egui::StrokeKind::Inside);
    }
}
