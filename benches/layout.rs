//! Layout speed: `cargo bench --bench layout`. Target from issue 4: one force-layout step at
//! 5,000 actors ≤ 8 ms.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};
use verkosto::layout::concentric::{RingNode, RingParams, concentric};
use verkosto::layout::force::{ForceLayout, ForceParams};
use verkosto::model::{Project, Ring};

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

/// Median time of one force step over the first 60 steps from the synthetic positions (the
/// busiest part of a run: everything moves).
fn force_step(project: &Project) -> f64 {
    let index: std::collections::HashMap<_, _> = project
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i as u32))
        .collect();
    let positions = project.actors.iter().map(|a| a.pos.unwrap_or([0.0, 0.0])).collect();
    let links: Vec<(u32, u32)> = project
        .relations
        .iter()
        .filter_map(|r| Some((*index.get(&r.from)?, *index.get(&r.to)?)))
        .collect();
    let mut layout = ForceLayout::new(
        positions,
        vec![false; project.actors.len()],
        &links,
        ForceParams::default(),
    );
    let mut times = Vec::new();
    for _ in 0..60 {
        let started = Instant::now();
        black_box(layout.step());
        times.push(started.elapsed());
    }
    median(times)
}

fn rings(project: &Project) -> f64 {
    let nodes: Vec<RingNode> = project
        .actors
        .iter()
        .map(|a| RingNode {
            ring: match a.ring {
                Ring::Core => 0,
                Ring::Partner => 1,
                Ring::Wider => 2,
            },
            own: a.own,
            radius: 8.0 + 3.0 * f32::from(a.importance),
            group: 0,
            fixed: None,
        })
        .collect();
    let times = (0..20)
        .map(|_| {
            let started = Instant::now();
            black_box(concentric(&nodes, [0.0, 0.0], RingParams::default()));
            started.elapsed()
        })
        .collect();
    median(times)
}

fn main() {
    println!("{:<44} {:>10} {:>8}", "case", "median ms", "target");
    for (n, m) in [(1_000, 4_000), (5_000, 20_000), (10_000, 40_000)] {
        let project = common::synthetic(n, m);
        let target = if n == 5_000 { "≤ 8" } else { "" };
        println!(
            "{:<44} {:>10.2} {:>8}",
            format!("force step, {n} actors / {m} relations"),
            force_step(&project),
            target
        );
        println!(
            "{:<44} {:>10.2} {:>8}",
            format!("concentric, {n} actors"),
            rings(&project),
            ""
        );
    }
}
