//! Frame time of the network map: `cargo bench --bench map`.
//!
//! Each case runs headless frames (`Context::run_ui` + `Context::tessellate`, 1280×800,
//! the app's fonts) and prints the median of 50 frames for our canvas beside a plain
//! egui_graphs `GraphView` showing the same graph with the same positions. Targets from
//! issue 4: 1,000 / 4,000 ≤ 4 ms; 5,000 / 20,000 with labels ≤ 16 ms, layout running or
//! not; 10,000 / 40,000 ≤ 33 ms.
//!
//! Frames are rebuilt from scratch every time: the canvas caches its scene (derived from
//! the project) between frames, but not the drawing, so a static frame costs what a frame
//! during a pan or a layout costs. "pan" drags the view every frame, "hover" moves the
//! pointer over the actors (neighbour highlighting), "layout" runs the force layout.

mod common;

use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, ViewportId, pos2, vec2};
use egui_graphs::{
    FruchtermanReingold, FruchtermanReingoldState, Graph, GraphView, LayoutForceDirected, LayoutRandom,
    LayoutStateRandom, SettingsStyle,
};
use petgraph::stable_graph::StableGraph;
use std::hint::black_box;
use std::time::{Duration, Instant};
use verkosto::app::Outbox;
use verkosto::i18n::Lang;
use verkosto::model::Project;
use verkosto::ui::map::{MapState, canvas};
use verkosto::ui::{Selection, ViewCtx};

const FRAMES: usize = 50;
const WARMUP: usize = 5;
const SIZE: (f32, f32) = (1280.0, 800.0);

/// What happens during the measured frames.
#[derive(Clone, Copy, PartialEq)]
enum Motion {
    /// Nothing: no input.
    Still,
    /// The view is dragged with the middle button, 3 points a frame.
    Pan,
    /// The pointer moves across the map.
    Hover,
}

/// The result of a run: median frame time and whether the last frame asked for another.
struct Run {
    median: Duration,
    wants_repaint: bool,
}

fn input(frame: usize, motion: Motion) -> RawInput {
    let mut events = Vec::new();
    let p = pos2(300.0 + 3.0 * frame as f32, 300.0 + frame as f32);
    match motion {
        Motion::Still => {}
        Motion::Pan => {
            if frame == 0 {
                events.push(Event::PointerMoved(p));
                events.push(Event::PointerButton {
                    pos: p,
                    button: PointerButton::Middle,
                    pressed: true,
                    modifiers: Modifiers::NONE,
                });
            }
            events.push(Event::PointerMoved(p));
        }
        Motion::Hover => events.push(Event::PointerMoved(pos2(
            200.0 + 17.0 * frame as f32,
            150.0 + 9.0 * frame as f32,
        ))),
    }
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(SIZE.0, SIZE.1))),
        time: Some(frame as f64 / 60.0),
        events,
        ..RawInput::default()
    }
}

/// Runs warm-up and measured frames of `ui` and returns the median.
fn run(motion: Motion, mut ui: impl FnMut(&mut egui::Ui)) -> Run {
    let ctx = egui::Context::default();
    verkosto::ui::style::install_fonts(&ctx);
    verkosto::ui::style::apply(&ctx, false);
    let mut times = Vec::with_capacity(FRAMES);
    let mut wants_repaint = false;
    for frame in 0..WARMUP + FRAMES {
        let raw = input(frame, motion);
        let started = Instant::now();
        let output = ctx.run_ui(raw, |root| ui(root));
        wants_repaint = output
            .viewport_output
            .get(&ViewportId::ROOT)
            .is_some_and(|v| v.repaint_delay == Duration::ZERO);
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        black_box(primitives);
        if frame >= WARMUP {
            times.push(started.elapsed());
        }
    }
    times.sort();
    Run {
        median: times[times.len() / 2],
        wants_repaint,
    }
}

/// Our canvas on `project`, with labels on; `layout` starts the force layout first.
fn ours(project: &Project, motion: Motion, layout: bool) -> Run {
    let mut state = MapState::default();
    if layout {
        state.start_force_layout();
    }
    let mut selection = Selection::None;
    run(motion, |ui| {
        let mut out = Outbox::default();
        // Sized by importance: the canvas needs no analysis.
        let mut cx = ViewCtx {
            project,
            revision: 0,
            lang: Lang::Fi,
            selection: &mut selection,
            analysis: None,
            out: &mut out,
            read_only: false,
        };
        canvas::show(ui, &mut cx, &mut state);
        black_box(out);
    })
}

/// The same graph as an egui_graphs `Graph`, actors where they are on our map.
fn graph(project: &Project) -> Graph {
    let mut g: StableGraph<(), ()> = StableGraph::new();
    let index: std::collections::HashMap<_, _> = project.actors.iter().map(|a| (a.id, g.add_node(()))).collect();
    for r in &project.relations {
        if let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to)) {
            g.add_edge(a, b, ());
        }
    }
    let mut graph = Graph::from(&g);
    for a in &project.actors {
        if let (Some(&i), Some([x, y])) = (index.get(&a.id), a.pos)
            && let Some(node) = graph.node_mut(i)
        {
            node.set_location(pos2(x, y));
        }
    }
    graph
}

/// A plain GraphView; `layout` runs egui_graphs' Fruchterman–Reingold.
fn graph_view(project: &Project, motion: Motion, labels: bool, layout: bool) -> Run {
    let mut g = graph(project);
    let style = SettingsStyle::new().with_labels_always(labels);
    run(motion, |ui| {
        if layout {
            GraphView::<FruchtermanReingoldState, LayoutForceDirected<FruchtermanReingold>>::new()
                .with_styles(&style)
                .show(ui, &mut g);
        } else {
            GraphView::<LayoutStateRandom, LayoutRandom>::new()
                .with_styles(&style)
                .show(ui, &mut g);
        }
    })
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo bench` passes `--bench`; a filter word picks cases by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    println!(
        "map frame time: median of {FRAMES} frames, {}×{}, run_ui + tessellate",
        SIZE.0, SIZE.1
    );
    println!(
        "{:<48} {:>10} {:>15} {:>9}",
        "case", "ours (ms)", "GraphView (ms)", "target"
    );

    struct Case {
        name: &'static str,
        size: (usize, usize),
        motion: Motion,
        layout: bool,
        target: &'static str,
    }
    let cases = [
        Case {
            name: "1,000 / 4,000, labels",
            size: (1_000, 4_000),
            motion: Motion::Still,
            layout: false,
            target: "≤ 4",
        },
        Case {
            name: "1,000 / 4,000, labels, panning",
            size: (1_000, 4_000),
            motion: Motion::Pan,
            layout: false,
            target: "≤ 4",
        },
        Case {
            name: "1,000 / 4,000, labels, hover",
            size: (1_000, 4_000),
            motion: Motion::Hover,
            layout: false,
            target: "≤ 4",
        },
        Case {
            name: "5,000 / 20,000, labels",
            size: (5_000, 20_000),
            motion: Motion::Still,
            layout: false,
            target: "≤ 16",
        },
        Case {
            name: "5,000 / 20,000, labels, panning",
            size: (5_000, 20_000),
            motion: Motion::Pan,
            layout: false,
            target: "≤ 16",
        },
        Case {
            name: "5,000 / 20,000, labels, layout running",
            size: (5_000, 20_000),
            motion: Motion::Still,
            layout: true,
            target: "≤ 16",
        },
        Case {
            name: "10,000 / 40,000, labels",
            size: (10_000, 40_000),
            motion: Motion::Still,
            layout: false,
            target: "≤ 33",
        },
        Case {
            name: "10,000 / 40,000, labels, panning",
            size: (10_000, 40_000),
            motion: Motion::Pan,
            layout: false,
            target: "≤ 33",
        },
    ];
    // One throw-away run first: the first frames of a process pay for growing the heap
    // (page faults on fresh memory), which an app that has been open a while does not.
    {
        let project = common::synthetic(1_000, 4_000);
        ours(&project, Motion::Still, false);
        graph_view(&project, Motion::Still, true, false);
    }
    let mut idle: Vec<(bool, bool)> = Vec::new();
    let mut projects: Vec<((usize, usize), Project)> = Vec::new();
    for case in &cases {
        if filter.as_ref().is_some_and(|f| !case.name.contains(f.as_str())) {
            continue;
        }
        if !projects.iter().any(|(s, _)| *s == case.size) {
            projects.push((case.size, common::synthetic(case.size.0, case.size.1)));
        }
        let Some((_, project)) = projects.iter().find(|(s, _)| *s == case.size) else {
            continue;
        };
        let a = ours(project, case.motion, case.layout);
        let b = graph_view(project, case.motion, true, case.layout);
        if case.motion == Motion::Still && !case.layout {
            idle.push((a.wants_repaint, b.wants_repaint));
        }
        println!(
            "{:<48} {:>10} {:>15} {:>9}",
            case.name,
            ms(a.median),
            ms(b.median),
            case.target
        );
    }
    if !idle.is_empty() {
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let ours_idle = idle.iter().any(|i| i.0);
        let theirs_idle = idle.iter().any(|i| i.1);
        println!(
            "requests a repaint with nothing moving: ours {}, GraphView {}",
            yes_no(ours_idle),
            yes_no(theirs_idle)
        );
    }
}
