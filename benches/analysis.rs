//! Network metrics on synthetic networks: `cargo bench --bench analysis`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use petgraph::graph::UnGraph;
use rustworkx_core::centrality::{betweenness_centrality, closeness_centrality};
use std::hint::black_box;
use verkosto::analysis::{NetworkGraph, analyse};
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId};

/// A reproducible random network of `actors` actors and `relations` mutual relations.
fn network(actors: u32, relations: u32) -> Project {
    let mut state = 0x9e37_79b9_7f4a_7c15u64 ^ u64::from(actors);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % u64::from(actors)) as u32 + 1
    };
    let actors = (1..=actors)
        .map(|i| Actor {
            id: ActorId(i),
            name: format!("Actor {i}"),
            ..Actor::default()
        })
        .collect();
    let relations = (1..=relations)
        .map(|i| Relation {
            id: RelationId(i),
            from: ActorId(next()),
            to: ActorId(next()),
            ..Relation::default()
        })
        .collect();
    Project {
        actors,
        relations,
        ..Project::default()
    }
}

fn bench(c: &mut Criterion) {
    let sizes = [(1_000, 4_000), (5_000, 20_000), (10_000, 40_000)];
    let projects: Vec<(String, Project)> = sizes
        .iter()
        .map(|&(n, m)| (format!("{n}/{m}"), network(n, m)))
        .collect();

    let mut structure = c.benchmark_group("structure (degrees, density, components, isolates)");
    for (name, project) in &projects {
        structure.bench_with_input(BenchmarkId::from_parameter(name), project, |b, p| {
            b.iter(|| {
                let graph = NetworkGraph::new(black_box(p), false);
                black_box((graph.degrees(), graph.density(), graph.components(), graph.isolates()))
            });
        });
    }
    structure.finish();

    let mut full = c.benchmark_group("analyse (all metrics)");
    full.sample_size(10);
    for (name, project) in projects.iter().take(2) {
        for directed in [false, true] {
            let id = format!("{name} {}", if directed { "directed" } else { "undirected" });
            full.bench_with_input(BenchmarkId::from_parameter(id), project, |b, p| {
                b.iter(|| black_box(analyse(black_box(p), directed)));
            });
        }
    }
    full.finish();

    // The same centralities through rustworkx-core, for comparison.
    let mut reference = c.benchmark_group("rustworkx-core betweenness + closeness");
    reference.sample_size(10);
    for (name, project) in projects.iter().take(2) {
        let graph = petgraph_of(project);
        reference.bench_with_input(
            BenchmarkId::from_parameter(format!("{name} undirected")),
            &graph,
            |b, g| {
                b.iter(|| {
                    black_box((
                        betweenness_centrality(black_box(g), false, true, 50),
                        closeness_centrality(black_box(g), true, 50),
                    ))
                });
            },
        );
    }
    reference.finish();
}

/// The project's network as the simple undirected petgraph graph the analysis sees.
fn petgraph_of(project: &Project) -> UnGraph<(), ()> {
    let mut pairs: Vec<(u32, u32)> = project
        .relations
        .iter()
        .filter(|r| r.from != r.to)
        .map(|r| (r.from.0.min(r.to.0) - 1, r.from.0.max(r.to.0) - 1))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut graph = UnGraph::with_capacity(project.actors.len(), pairs.len());
    for _ in &project.actors {
        graph.add_node(());
    }
    graph.extend_with_edges(pairs);
    graph
}

criterion_group!(benches, bench);
criterion_main!(benches);
