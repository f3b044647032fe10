//! Known-value tests of the network metrics. The reference numbers were computed with
//! NetworkX 3.6.1:
//!
//! ```python
//! nx.degree(G), nx.betweenness_centrality(G, normalized=True),
//! nx.closeness_centrality(G, wf_improved=True), nx.density(G)
//! ```
//!
//! Node `k` of a NetworkX graph is actor `k + 1` here.

use verkosto::analysis::{Metric, NetworkGraph, NetworkMetrics, analyse, counts_as_edge};
use verkosto::i18n::Lang;
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId, RelationStatus};

const TOLERANCE: f64 = 1e-12;

/// A project with actors 1..=n and one relation per `(from, to)` pair of NetworkX nodes.
fn project(n: u32, edges: &[(u32, u32)], directed: bool) -> Project {
    let actors = (0..n)
        .map(|k| Actor {
            id: ActorId(k + 1),
            name: format!("A{k}"),
            ..Actor::default()
        })
        .collect();
    let mut p = Project {
        actors,
        ..Project::default()
    };
    for &(from, to) in edges {
        add(&mut p, from, to, directed, RelationStatus::Current);
    }
    p
}

fn add(p: &mut Project, from: u32, to: u32, directed: bool, status: RelationStatus) {
    let id = RelationId(p.relations.len() as u32 + 1);
    p.relations.push(Relation {
        id,
        from: ActorId(from + 1),
        to: ActorId(to + 1),
        directed,
        status,
        ..Relation::default()
    });
}

fn ids(nodes: &[u32]) -> Vec<ActorId> {
    nodes.iter().map(|&k| ActorId(k + 1)).collect()
}

fn column(m: &NetworkMetrics, metric: Metric) -> Vec<f64> {
    m.per_actor.iter().map(|a| a.value(metric)).collect()
}

fn counts(m: &NetworkMetrics, metric: Metric) -> Vec<usize> {
    column(m, metric).into_iter().map(|v| v as usize).collect()
}

#[track_caller]
fn assert_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(
        actual.len(),
        expected.len(),
        "lengths differ: {actual:?} vs {expected:?}"
    );
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!(
            (a - e).abs() < TOLERANCE,
            "index {i}: got {a}, expected {e}\n actual: {actual:?}"
        );
    }
}

#[track_caller]
fn assert_close1(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < TOLERANCE,
        "got {actual}, expected {expected}"
    );
}

// ---------------------------------------------------------------- path 0-1-2-3-4

const PATH: &[(u32, u32)] = &[(0, 1), (1, 2), (2, 3), (3, 4)];

#[test]
fn path_undirected() {
    let m = analyse(&project(5, PATH, false), false);
    assert!(!m.directed);
    assert_eq!(counts(&m, Metric::Degree), [1, 2, 2, 2, 1]);
    // Mutual relations are arcs both ways.
    assert_eq!(counts(&m, Metric::InDegree), [1, 2, 2, 2, 1]);
    assert_eq!(counts(&m, Metric::OutDegree), [1, 2, 2, 2, 1]);
    assert_close(
        &column(&m, Metric::Betweenness),
        &[0.0, 0.5, 0.6666666666666666, 0.5, 0.0],
    );
    assert_close(
        &column(&m, Metric::Closeness),
        &[0.4, 0.5714285714285714, 0.6666666666666666, 0.5714285714285714, 0.4],
    );
    assert_close1(m.density, 0.4);
    assert_eq!(m.edge_count, 4);
    assert_eq!(m.components, vec![ids(&[0, 1, 2, 3, 4])]);
    assert!(m.isolates.is_empty());
    assert_eq!(m.brokers, ids(&[2]));
}

#[test]
fn directed_path_analysed_directed() {
    let m = analyse(&project(5, PATH, true), true);
    assert!(m.directed);
    assert_eq!(counts(&m, Metric::InDegree), [0, 1, 1, 1, 1]);
    assert_eq!(counts(&m, Metric::OutDegree), [1, 1, 1, 1, 0]);
    assert_eq!(counts(&m, Metric::Degree), [1, 2, 2, 2, 1]);
    assert_close(
        &column(&m, Metric::Betweenness),
        &[0.0, 0.25, 0.3333333333333333, 0.25, 0.0],
    );
    assert_close(
        &column(&m, Metric::Closeness),
        &[0.0, 0.25, 0.3333333333333333, 0.375, 0.4],
    );
    assert_close1(m.density, 0.2);
    assert_eq!(m.edge_count, 4);
    // Weakly connected.
    assert_eq!(m.components.len(), 1);
}

#[test]
fn directed_path_analysed_undirected() {
    // Without --directed the arrows are ignored for degree, betweenness and closeness, but
    // in- and out-degree still follow them.
    let m = analyse(&project(5, PATH, true), false);
    assert_eq!(counts(&m, Metric::Degree), [1, 2, 2, 2, 1]);
    assert_eq!(counts(&m, Metric::InDegree), [0, 1, 1, 1, 1]);
    assert_eq!(counts(&m, Metric::OutDegree), [1, 1, 1, 1, 0]);
    assert_close(
        &column(&m, Metric::Betweenness),
        &[0.0, 0.5, 0.6666666666666666, 0.5, 0.0],
    );
    assert_close(
        &column(&m, Metric::Closeness),
        &[0.4, 0.5714285714285714, 0.6666666666666666, 0.5714285714285714, 0.4],
    );
    assert_close1(m.density, 0.4);
}

// ---------------------------------------------------------------- star, centre 0, 5 leaves

#[test]
fn star() {
    let edges: Vec<(u32, u32)> = (1..=5).map(|k| (0, k)).collect();
    let m = analyse(&project(6, &edges, false), false);
    assert_eq!(counts(&m, Metric::Degree), [5, 1, 1, 1, 1, 1]);
    assert_close(&column(&m, Metric::Betweenness), &[1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
    let leaf = 0.5555555555555556;
    assert_close(&column(&m, Metric::Closeness), &[1.0, leaf, leaf, leaf, leaf, leaf]);
    assert_close1(m.density, 0.3333333333333333);
    assert_eq!(m.components.len(), 1);
    assert!(m.isolates.is_empty());
    assert_eq!(m.brokers, ids(&[0]));
    assert_eq!(m.relative(ActorId(1), Metric::Degree), Some(1.0));
    assert_eq!(m.relative(ActorId(2), Metric::Degree), Some(0.2));
}

#[test]
fn directed_star_out_of_the_centre() {
    // Arcs 0 → k: nobody lies between two others and only the centre is reached by nobody.
    let edges: Vec<(u32, u32)> = (1..=5).map(|k| (0, k)).collect();
    let m = analyse(&project(6, &edges, true), true);
    assert_eq!(counts(&m, Metric::OutDegree), [5, 0, 0, 0, 0, 0]);
    assert_eq!(counts(&m, Metric::InDegree), [0, 1, 1, 1, 1, 1]);
    assert_close(&column(&m, Metric::Betweenness), &[0.0; 6]);
    // Each leaf is reached from one of five others at distance 1: (1/1) · (1/5).
    assert_close(&column(&m, Metric::Closeness), &[0.0, 0.2, 0.2, 0.2, 0.2, 0.2]);
    assert_close1(m.density, 5.0 / 30.0);
    assert!(m.brokers.is_empty());
}

// ---------------------------------------------------------------- Zachary's karate club

/// `sorted(tuple(sorted(e)) for e in networkx.karate_club_graph().edges())`.
#[rustfmt::skip]
const KARATE: &[(u32, u32)] = &[
    (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12),
    (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13), (1, 17), (1, 19),
    (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28), (2, 32), (3, 7),
    (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16), (6, 16), (8, 30), (8, 32), (8, 33),
    (9, 33), (13, 33), (14, 32), (14, 33), (15, 32), (15, 33), (18, 32), (18, 33), (19, 33),
    (20, 32), (20, 33), (22, 32), (22, 33), (23, 25), (23, 27), (23, 29), (23, 32), (23, 33),
    (24, 25), (24, 27), (24, 31), (25, 31), (26, 29), (26, 33), (27, 33), (28, 31), (28, 33),
    (29, 32), (29, 33), (30, 32), (30, 33), (31, 32), (31, 33), (32, 33),
];

const KARATE_DEGREE: [usize; 34] = [
    16, 9, 10, 6, 3, 4, 4, 4, 5, 2, 3, 1, 2, 5, 2, 2, 2, 2, 2, 3, 2, 2, 2, 5, 3, 3, 2, 4, 3, 4, 4, 6, 12, 17,
];

const KARATE_BETWEENNESS: [f64; 34] = [
    0.43763528138528146,
    0.053936688311688304,
    0.14365680615680618,
    0.011909271284271283,
    0.0006313131313131313,
    0.02998737373737374,
    0.029987373737373736,
    0.0,
    0.05592682780182781,
    0.0008477633477633478,
    0.0006313131313131313,
    0.0,
    0.0,
    0.04586339586339586,
    0.0,
    0.0,
    0.0,
    0.0,
    0.0,
    0.03247504810004811,
    0.0,
    0.0,
    0.0,
    0.017613636363636363,
    0.0022095959595959595,
    0.0038404882154882154,
    0.0,
    0.02233345358345358,
    0.0017947330447330447,
    0.0029220779220779218,
    0.014411976911976909,
    0.13827561327561325,
    0.145247113997114,
    0.30407497594997596,
];

const KARATE_CLOSENESS: [f64; 34] = [
    0.5689655172413793,
    0.4852941176470588,
    0.559322033898305,
    0.4647887323943662,
    0.3793103448275862,
    0.38372093023255816,
    0.38372093023255816,
    0.44,
    0.515625,
    0.4342105263157895,
    0.3793103448275862,
    0.36666666666666664,
    0.3707865168539326,
    0.515625,
    0.3707865168539326,
    0.3707865168539326,
    0.28448275862068967,
    0.375,
    0.3707865168539326,
    0.5,
    0.3707865168539326,
    0.375,
    0.3707865168539326,
    0.39285714285714285,
    0.375,
    0.375,
    0.3626373626373626,
    0.4583333333333333,
    0.4520547945205479,
    0.38372093023255816,
    0.4583333333333333,
    0.5409836065573771,
    0.515625,
    0.55,
];

#[test]
fn karate_club() {
    let m = analyse(&project(34, KARATE, false), false);
    assert_eq!(m.actor_count(), 34);
    assert_eq!(m.edge_count, 78);
    assert_eq!(counts(&m, Metric::Degree), KARATE_DEGREE);
    assert_eq!(counts(&m, Metric::InDegree), KARATE_DEGREE);
    assert_eq!(counts(&m, Metric::OutDegree), KARATE_DEGREE);
    assert_close(&column(&m, Metric::Betweenness), &KARATE_BETWEENNESS);
    assert_close(&column(&m, Metric::Closeness), &KARATE_CLOSENESS);
    assert_close1(m.density, 0.13903743315508021);
    assert_eq!(m.components.len(), 1);
    assert!(m.isolates.is_empty());
    // Mean + 1 SD of betweenness is 0.136549…: the two leaders, their lieutenants 32 and 2,
    // and 31 (0.138276).
    assert_eq!(m.brokers, ids(&[0, 33, 32, 2, 31]));
}

#[test]
fn karate_club_with_mutual_relations_analysed_directed() {
    // Every relation mutual: the directed graph has both arcs, so betweenness and closeness
    // equal the undirected ones (NetworkX: G.to_directed()), degree doubles and density is
    // the same.
    let m = analyse(&project(34, KARATE, false), true);
    let doubled: Vec<usize> = KARATE_DEGREE.iter().map(|d| 2 * d).collect();
    assert_eq!(counts(&m, Metric::Degree), doubled);
    assert_close(&column(&m, Metric::Betweenness), &KARATE_BETWEENNESS);
    assert_close(&column(&m, Metric::Closeness), &KARATE_CLOSENESS);
    assert_close1(m.density, 0.13903743315508021);
    assert_eq!(m.edge_count, 156);
}

// ---------------------------------------------------------------- directed vs undirected

/// Arcs 0 → 1, 1 ↔ 2 (one mutual relation), 2 → 3, 3 → 0.
fn small_digraph() -> Project {
    let mut p = project(4, &[(0, 1), (2, 3), (3, 0)], true);
    add(&mut p, 1, 2, false, RelationStatus::Current);
    p
}

#[test]
fn mutual_relation_is_two_arcs_when_directed() {
    // NetworkX DiGraph with edges (0,1), (1,2), (2,1), (2,3), (3,0).
    let m = analyse(&small_digraph(), true);
    assert_eq!(counts(&m, Metric::InDegree), [1, 2, 1, 1]);
    assert_eq!(counts(&m, Metric::OutDegree), [1, 1, 2, 1]);
    assert_eq!(counts(&m, Metric::Degree), [2, 3, 3, 2]);
    assert_close(
        &column(&m, Metric::Betweenness),
        &[0.3333333333333333, 0.5, 0.5, 0.3333333333333333],
    );
    assert_close(&column(&m, Metric::Closeness), &[0.5, 0.75, 0.5, 0.5]);
    assert_close1(m.density, 0.4166666666666667);
    assert_eq!(m.edge_count, 5);
}

#[test]
fn same_network_undirected_is_a_cycle() {
    // The undirected graph is the 4-cycle: everyone equal, so no brokers.
    let m = analyse(&small_digraph(), false);
    assert_eq!(counts(&m, Metric::Degree), [2, 2, 2, 2]);
    assert_eq!(counts(&m, Metric::InDegree), [1, 2, 1, 1]);
    assert_eq!(counts(&m, Metric::OutDegree), [1, 1, 2, 1]);
    assert_close(&column(&m, Metric::Betweenness), &[0.16666666666666666; 4]);
    assert_close(&column(&m, Metric::Closeness), &[0.75; 4]);
    assert_close1(m.density, 0.6666666666666666);
    assert_eq!(m.edge_count, 4);
    assert!(m.brokers.is_empty());
}

// ---------------------------------------------------------------- components and isolates

#[test]
fn components_isolates_and_partial_closeness() {
    // NetworkX: 7 nodes, edges (0,1), (1,2), (3,4); 5 and 6 isolated.
    let m = analyse(&project(7, &[(0, 1), (1, 2), (3, 4)], false), false);
    assert_eq!(counts(&m, Metric::Degree), [1, 2, 1, 1, 1, 0, 0]);
    assert_close(
        &column(&m, Metric::Betweenness),
        &[0.0, 0.06666666666666667, 0.0, 0.0, 0.0, 0.0, 0.0],
    );
    assert_close(
        &column(&m, Metric::Closeness),
        &[
            0.2222222222222222,
            0.3333333333333333,
            0.2222222222222222,
            0.16666666666666666,
            0.16666666666666666,
            0.0,
            0.0,
        ],
    );
    assert_close1(m.density, 0.14285714285714285);
    assert_eq!(m.components, vec![ids(&[0, 1, 2]), ids(&[3, 4]), ids(&[5]), ids(&[6])]);
    assert_eq!(m.isolates, ids(&[5, 6]));
}

#[test]
fn components_largest_first_ties_by_smallest_id() {
    // {0, 5}, {1, 2, 3}, {4}, {6, 7}
    let m = analyse(&project(8, &[(5, 0), (1, 2), (3, 2), (7, 6)], true), true);
    assert_eq!(
        m.components,
        vec![ids(&[1, 2, 3]), ids(&[0, 5]), ids(&[6, 7]), ids(&[4])]
    );
    assert_eq!(m.isolates, ids(&[4]));
}

#[test]
fn empty_and_single_actor() {
    let m = analyse(&Project::default(), false);
    assert!(m.per_actor.is_empty());
    assert_eq!(m.density, 0.0);
    assert!(m.components.is_empty() && m.isolates.is_empty() && m.brokers.is_empty());
    assert_eq!(m.max(Metric::Degree), 0.0);

    for directed in [false, true] {
        let m = analyse(&project(1, &[], false), directed);
        assert_eq!(m.per_actor.len(), 1);
        assert_eq!(m.per_actor[0].degree, 0);
        assert_eq!(m.per_actor[0].betweenness, 0.0);
        assert_eq!(m.per_actor[0].closeness, 0.0);
        assert_eq!(m.density, 0.0);
        assert_eq!(m.isolates, ids(&[0]));
        assert_eq!(m.components, vec![ids(&[0])]);
    }
}

#[test]
fn two_actors() {
    let m = analyse(&project(2, &[(0, 1)], false), false);
    assert_eq!(counts(&m, Metric::Degree), [1, 1]);
    assert_close(&column(&m, Metric::Betweenness), &[0.0, 0.0]);
    assert_close(&column(&m, Metric::Closeness), &[1.0, 1.0]);
    assert_close1(m.density, 1.0);
}

// ---------------------------------------------------------------- which relations count

#[test]
fn past_relations_do_not_count_potential_ones_do() {
    let mut p = project(3, &[], false);
    add(&mut p, 0, 1, false, RelationStatus::Past);
    add(&mut p, 1, 2, false, RelationStatus::Potential);
    assert!(!counts_as_edge(&p.relations[0]));
    assert!(counts_as_edge(&p.relations[1]));
    let m = analyse(&p, false);
    assert_eq!(counts(&m, Metric::Degree), [0, 1, 1]);
    assert_eq!(m.edge_count, 1);
    assert_eq!(m.isolates, ids(&[0]));
    assert_eq!(m.components, vec![ids(&[1, 2]), ids(&[0])]);
}

#[test]
fn parallel_relations_count_once_and_loops_and_dangling_ends_are_dropped() {
    let mut p = project(3, &[(0, 1)], false);
    add(&mut p, 0, 1, false, RelationStatus::Current); // same pair again
    add(&mut p, 1, 0, false, RelationStatus::Potential); // reversed mutual
    add(&mut p, 0, 1, true, RelationStatus::Current); // directed duplicate of an arc
    add(&mut p, 1, 2, true, RelationStatus::Current);
    add(&mut p, 1, 2, true, RelationStatus::Current); // same arc twice
    add(&mut p, 2, 2, false, RelationStatus::Current); // self-loop
    add(&mut p, 0, 41, false, RelationStatus::Current); // actor 42 does not exist

    let simple = project(3, &[(0, 1), (1, 2)], false);
    let m = analyse(&p, false);
    assert_eq!(counts(&m, Metric::Degree), [1, 2, 1]);
    assert_eq!(counts(&m, Metric::InDegree), [1, 1, 1]);
    assert_eq!(counts(&m, Metric::OutDegree), [1, 2, 0]);
    assert_eq!(m.edge_count, 2);
    assert_close1(m.density, 2.0 / 3.0);
    assert_eq!(
        column(&m, Metric::Betweenness),
        column(&analyse(&simple, false), Metric::Betweenness)
    );
    assert_close(&column(&m, Metric::Betweenness), &[0.0, 1.0, 0.0]);

    let d = analyse(&p, true);
    // Arcs 0 → 1, 1 → 0, 1 → 2.
    assert_eq!(d.edge_count, 3);
    assert_eq!(counts(&d, Metric::Degree), [2, 3, 1]);
    assert_close1(d.density, 0.5);
}

#[test]
fn actors_are_reported_in_id_order() {
    let mut p = Project::default();
    for id in [30, 10, 20] {
        p.actors.push(Actor {
            id: ActorId(id),
            ..Actor::default()
        });
    }
    p.relations.push(Relation {
        from: ActorId(30),
        to: ActorId(10),
        ..Relation::default()
    });
    let m = analyse(&p, false);
    let order: Vec<ActorId> = m.per_actor.iter().map(|a| a.id).collect();
    assert_eq!(order, [ActorId(10), ActorId(20), ActorId(30)]);
    assert_eq!(m.get(ActorId(20)).map(|a| a.degree), Some(0));
    assert_eq!(m.get(ActorId(30)).map(|a| a.degree), Some(1));
    assert_eq!(m.get(ActorId(99)), None);
    assert_eq!(m.isolates, [ActorId(20)]);

    let graph = NetworkGraph::new(&p, false);
    assert_eq!(graph.actor_ids(), [ActorId(10), ActorId(20), ActorId(30)]);
    assert_eq!(graph.degrees(), [(1, 1, 1), (0, 0, 0), (1, 1, 1)]);
}

// ---------------------------------------------------------------- helpers for the views

#[test]
fn metric_helpers() {
    let m = analyse(&project(5, PATH, false), false);
    assert_eq!(m.max(Metric::Betweenness), m.per_actor[2].betweenness);
    assert_eq!(m.relative(ActorId(3), Metric::Betweenness), Some(1.0));
    assert_eq!(m.relative(ActorId(1), Metric::Betweenness), Some(0.0));
    assert_eq!(m.relative(ActorId(77), Metric::Degree), None);
    assert!(m.is_broker(ActorId(3)));
    assert!(!m.is_broker(ActorId(2)));

    let keys: Vec<&str> = Metric::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys, ["degree", "in_degree", "out_degree", "betweenness", "closeness"]);
    for metric in Metric::ALL {
        for lang in Lang::ALL {
            assert!(!metric.label().get(lang).is_empty());
            assert!(!metric.help().get(lang).is_empty());
        }
        assert_eq!(
            metric.is_count(),
            matches!(metric, Metric::Degree | Metric::InDegree | Metric::OutDegree)
        );
    }
}

#[test]
fn analysis_messages_exist_in_both_languages() {
    for (name, tr) in verkosto::analysis::msg::ALL {
        assert!(!tr.fi.trim().is_empty() && !tr.en.trim().is_empty(), "{name}");
        assert_eq!(
            verkosto::i18n::placeholders(tr.fi),
            verkosto::i18n::placeholders(tr.en),
            "{name}"
        );
    }
}

/// Degrees, components and isolates of 10,000 actors and 40,000 relations cover every actor.
/// Their speed is measured by `cargo bench --bench analysis`, not here: a timed test fails on
/// a loaded machine.
#[test]
fn structure_of_a_large_network_covers_every_actor() {
    let n = 10_000u32;
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % u64::from(n)) as u32
    };
    let edges: Vec<(u32, u32)> = (0..40_000).map(|_| (next(), next())).collect();
    let p = project(n, &edges, false);
    let graph = NetworkGraph::new(&p, false);
    let degrees = graph.degrees();
    let components = graph.components();
    let isolates = graph.isolates();
    assert_eq!(degrees.len(), 10_000);
    assert_eq!(components.iter().map(Vec::len).sum::<usize>(), 10_000);
    assert!(isolates.len() < 100);
}

// ---------------------------------------------------------------- against rustworkx-core

mod against_rustworkx {
    use super::*;
    use petgraph::graph::Graph;
    use petgraph::{Directed, EdgeType, Undirected};
    use proptest::prelude::*;
    use rustworkx_core::centrality::{betweenness_centrality, closeness_centrality};

    fn reference<Ty: EdgeType + Sync>(n: u32, edges: &[(u32, u32)]) -> (Vec<f64>, Vec<f64>) {
        let mut graph = Graph::<(), (), Ty>::default();
        for _ in 0..n {
            graph.add_node(());
        }
        graph.extend_with_edges(edges.iter().copied());
        let b = betweenness_centrality(&graph, false, true, usize::MAX);
        let c = closeness_centrality(&graph, true, usize::MAX);
        (
            b.into_iter().map(|x| x.unwrap_or(0.0)).collect(),
            c.into_iter().map(|x| x.unwrap_or(0.0)).collect(),
        )
    }

    /// Random relations `(from, to, directed, past)` among up to 40 actors, with repeats
    /// and self-loops.
    fn network() -> impl Strategy<Value = (u32, Vec<(u32, u32, bool, bool)>)> {
        (1u32..40).prop_flat_map(|n| {
            let relation = (0..n, 0..n, any::<bool>(), proptest::bool::weighted(0.1));
            (Just(n), proptest::collection::vec(relation, 0..120))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// The metrics equal rustworkx-core's on the simple graph the rules describe.
        #[test]
        fn centralities_match_rustworkx((n, relations) in network()) {
            let mut p = project(n, &[], false);
            for &(from, to, directed, past) in &relations {
                let status = if past { RelationStatus::Past } else { RelationStatus::Potential };
                add(&mut p, from, to, directed, status);
            }
            let counted = relations.iter().filter(|r| !r.3 && r.0 != r.1);
            let mut pairs: Vec<(u32, u32)> = counted.clone().map(|r| (r.0.min(r.1), r.0.max(r.1))).collect();
            pairs.sort_unstable();
            pairs.dedup();
            let mut arcs: Vec<(u32, u32)> = counted
                .flat_map(|r| if r.2 { vec![(r.0, r.1)] } else { vec![(r.0, r.1), (r.1, r.0)] })
                .collect();
            arcs.sort_unstable();
            arcs.dedup();

            let m = analyse(&p, false);
            let (b, c) = reference::<Undirected>(n, &pairs);
            assert_close(&column(&m, Metric::Betweenness), &b);
            assert_close(&column(&m, Metric::Closeness), &c);
            prop_assert_eq!(m.edge_count, pairs.len());

            let m = analyse(&p, true);
            let (b, c) = reference::<Directed>(n, &arcs);
            assert_close(&column(&m, Metric::Betweenness), &b);
            assert_close(&column(&m, Metric::Closeness), &c);
            prop_assert_eq!(m.edge_count, arcs.len());
        }
    }

    /// A network large enough to run on several threads gives the same numbers as
    /// rustworkx-core.
    #[test]
    fn large_network_matches_rustworkx() {
        let n = 600u32;
        let mut state = 0x1234_5678_9abc_def1u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % u64::from(n)) as u32
        };
        let relations: Vec<(u32, u32)> = (0..1500).map(|_| (next(), next())).collect();
        let p = project(n, &relations, true);
        let mut arcs: Vec<(u32, u32)> = relations.iter().copied().filter(|(a, b)| a != b).collect();
        arcs.sort_unstable();
        arcs.dedup();
        let m = analyse(&p, true);
        let (b, c) = reference::<Directed>(n, &arcs);
        assert_close(&column(&m, Metric::Betweenness), &b);
        assert_close(&column(&m, Metric::Closeness), &c);
        // And again: the result does not depend on how the threads were scheduled.
        assert_eq!(analyse(&p, true), m);
    }
}
