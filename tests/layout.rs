//! The layouts, headless: force-directed (Barnes–Hut) and concentric rings.

use verkosto::layout::concentric::{RingNode, RingParams, concentric};
use verkosto::layout::force::{ForceLayout, ForceParams};

fn dist(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Two clusters of `k` actors each, densely linked inside, joined by one link, all starting
/// on a line.
fn two_clusters(k: u32) -> (Vec<[f32; 2]>, Vec<(u32, u32)>) {
    let positions = (0..2 * k).map(|i| [i as f32 * 10.0, (i % 3) as f32]).collect();
    let mut links = Vec::new();
    for c in 0..2 {
        for i in 0..k {
            for j in i + 1..k {
                if (i + j) % 2 == 0 {
                    links.push((c * k + i, c * k + j));
                }
            }
        }
    }
    links.push((0, k));
    (positions, links)
}

#[test]
fn force_layout_settles_with_finite_positions_and_linked_actors_close() {
    let (positions, links) = two_clusters(12);
    let mut layout = ForceLayout::new(positions, vec![false; 24], &links, ForceParams::default());
    let mut steps = 0;
    while !layout.is_done() && steps < 2000 {
        layout.step();
        steps += 1;
    }
    assert!(layout.is_done(), "the layout cools down and stops by itself");
    assert!(steps < 1000, "settles in a few hundred steps, took {steps}");
    let p = layout.positions();
    assert!(p.iter().all(|q| q[0].is_finite() && q[1].is_finite()));
    let linked: f32 = links
        .iter()
        .map(|&(a, b)| dist(p[a as usize], p[b as usize]))
        .sum::<f32>()
        / links.len() as f32;
    let mut across = 0.0;
    for i in 0..12 {
        for j in 12..24 {
            across += dist(p[i], p[j]);
        }
    }
    across /= 144.0;
    assert!(
        linked < across,
        "linked actors end up nearer ({linked}) than the other cluster ({across})"
    );
    for i in 0..24 {
        for j in i + 1..24 {
            assert!(dist(p[i], p[j]) > 5.0, "actors {i} and {j} overlap");
        }
    }
}

#[test]
fn force_layout_never_moves_pinned_actors() {
    let (positions, links) = two_clusters(8);
    let mut fixed = vec![false; 16];
    fixed[0] = true;
    fixed[9] = true;
    let before = positions.clone();
    let mut layout = ForceLayout::new(positions, fixed, &links, ForceParams::default());
    for _ in 0..200 {
        layout.step();
    }
    assert_eq!(layout.positions()[0], before[0]);
    assert_eq!(layout.positions()[9], before[9]);
    assert_ne!(layout.positions()[1], before[1], "the others do move");
}

#[test]
fn force_layout_separates_actors_that_start_at_the_same_spot() {
    let positions = vec![[0.0, 0.0]; 30];
    let mut layout = ForceLayout::new(positions, vec![false; 30], &[], ForceParams::default());
    for _ in 0..300 {
        layout.step();
    }
    let p = layout.positions();
    for i in 0..30 {
        for j in i + 1..30 {
            assert!(dist(p[i], p[j]) > 5.0, "actors {i} and {j} still together");
        }
    }
}

#[test]
fn force_layout_is_deterministic() {
    let (positions, links) = two_clusters(10);
    let run = || {
        let mut layout = ForceLayout::new(positions.clone(), vec![false; 20], &links, ForceParams::default());
        for _ in 0..100 {
            layout.step();
        }
        layout.positions().to_vec()
    };
    assert_eq!(run(), run());
}

#[test]
fn barnes_hut_repulsion_is_close_to_the_exact_sum() {
    // theta = 0 opens every cell (the exact O(n²) sum); the default 0.9 approximates it.
    let positions: Vec<[f32; 2]> = (0..400)
        .map(|i| [((i * 37) % 211) as f32 * 9.0, ((i * 53) % 197) as f32 * 7.0])
        .collect();
    let exact = ForceParams {
        theta: 0.0,
        ..ForceParams::default()
    };
    let mut a = ForceLayout::new(positions.clone(), vec![false; 400], &[], exact);
    let mut b = ForceLayout::new(positions.clone(), vec![false; 400], &[], ForceParams::default());
    a.step();
    b.step();
    let moved = |l: &ForceLayout| -> Vec<[f32; 2]> {
        l.positions()
            .iter()
            .zip(&positions)
            .map(|(p, q)| [p[0] - q[0], p[1] - q[1]])
            .collect()
    };
    let (ma, mb) = (moved(&a), moved(&b));
    let mut error = 0.0;
    let mut size = 0.0;
    for (x, y) in ma.iter().zip(&mb) {
        error += dist(*x, *y);
        size += dist(*x, [0.0, 0.0]);
    }
    assert!(error / size < 0.1, "relative error {}", error / size);
}

fn node(ring: usize, own: bool) -> RingNode {
    RingNode {
        ring,
        own,
        radius: 15.0,
        group: 0,
        fixed: None,
    }
}

#[test]
fn concentric_puts_the_own_organisation_in_the_centre_and_rings_in_order() {
    let mut nodes = vec![node(2, false), node(0, false), node(1, true)];
    for i in 0..40 {
        nodes.push(node(i % 3, false));
    }
    let result = concentric(&nodes, [100.0, 50.0], RingParams::default());
    assert_eq!(result.positions[2], [100.0, 50.0], "own organisation in the centre");
    let ring_distances = |r: usize| -> Vec<f32> {
        nodes
            .iter()
            .zip(&result.positions)
            .filter(|(n, _)| n.ring == r && !n.own)
            .map(|(_, p)| dist(*p, [100.0, 50.0]))
            .collect()
    };
    let (core, partner, wider) = (ring_distances(0), ring_distances(1), ring_distances(2));
    let max = |v: &[f32]| v.iter().copied().fold(f32::MIN, f32::max);
    let min = |v: &[f32]| v.iter().copied().fold(f32::MAX, f32::min);
    assert!(
        max(&core) < min(&partner) && max(&partner) < min(&wider),
        "core inside partners inside the wider network"
    );
    assert!(result.guides.iter().all(Option::is_some));
}

#[test]
fn concentric_keeps_pinned_actors_and_never_overlaps_others() {
    let mut nodes: Vec<RingNode> = (0..300).map(|i| node(i % 3, false)).collect();
    nodes[5].fixed = Some([999.0, -999.0]);
    let result = concentric(&nodes, [0.0, 0.0], RingParams::default());
    assert_eq!(result.positions[5], [999.0, -999.0]);
    for i in 0..300 {
        for j in i + 1..300 {
            if i != 5 && j != 5 {
                assert!(
                    dist(result.positions[i], result.positions[j]) >= 30.0,
                    "{i} and {j} overlap"
                );
            }
        }
    }
}

#[test]
fn concentric_centres_on_a_pinned_own_organisation() {
    let mut nodes = vec![node(0, true), node(0, false), node(1, false)];
    nodes[0].fixed = Some([500.0, 500.0]);
    let result = concentric(&nodes, [0.0, 0.0], RingParams::default());
    assert_eq!(result.centre, [500.0, 500.0]);
    assert!(dist(result.positions[1], [500.0, 500.0]) < dist(result.positions[2], [500.0, 500.0]));
}

/// A hub with 25 partners, as the example's own organisation has: without room for names the
/// partners settle on a small ring around the hub with their names on top of each other; with
/// the room each name needs, no two partners come closer than their names' half widths.
#[test]
fn force_layout_keeps_room_for_names_around_a_busy_hub() {
    let spokes = 25u32;
    let positions: Vec<[f32; 2]> = (0..=spokes)
        .map(|i| {
            let a = i as f32 * 0.7;
            [a.cos() * 30.0 + i as f32, a.sin() * 30.0]
        })
        .collect();
    let links: Vec<(u32, u32)> = (1..=spokes).map(|i| (0, i)).collect();
    let settle = |room: Option<f32>| {
        let n = positions.len();
        let mut layout = ForceLayout::new(positions.clone(), vec![false; n], &links, ForceParams::default());
        if let Some(r) = room {
            layout = layout.with_room(vec![r; n]);
        }
        for _ in 0..600 {
            layout.step();
        }
        let p = layout.positions().to_vec();
        let mut closest = f32::INFINITY;
        for i in 1..n {
            for j in i + 1..n {
                closest = closest.min(dist(p[i], p[j]));
            }
        }
        closest
    };
    let without = settle(None);
    let with = settle(Some(45.0));
    assert!(without < 60.0, "without room the partners crowd: {without}");
    assert!(with >= 0.9 * 90.0, "with room no two names overlap: {with}");
}
