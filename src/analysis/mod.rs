//! Graph metrics over the project's actor network. No egui here.
//!
//! # Which relations count
//!
//! The analysis sees the network as a *simple* graph built from the project:
//!
//! - Every actor is a node, whether or not it has relations.
//! - A relation is an edge when its status is [`RelationStatus::Current`] or
//!   [`RelationStatus::Potential`]; [`RelationStatus::Past`] relations are left out (see
//!   [`counts_as_edge`]).
//! - Several relations between the same two actors count once (for the direction they
//!   have), relations of an actor with itself are dropped, and relations whose ends are not
//!   actors of the project are ignored.
//!
//! # Undirected and directed analysis
//!
//! By default ([`analyse`] with `directed == false`) every counted relation is an
//! undirected edge: `degree` is the number of distinct neighbours, betweenness and
//! closeness are those of the undirected graph, and density is `2m / (n(n − 1))`.
//!
//! With `directed == true` a directed relation is one arc `from → to` and a mutual relation
//! (`directed: false`) is two arcs, one each way. `degree` is then `in_degree + out_degree`
//! (as NetworkX counts it on a `DiGraph`), betweenness follows directed shortest paths,
//! closeness measures how easily the *others reach the actor* (incoming distances, as in
//! NetworkX), and density is `m / (n(n − 1))` with `m` the number of arcs.
//!
//! `in_degree` and `out_degree` are always computed from the arcs, in both modes: the
//! number of distinct actors with an arc to, respectively from, the actor.
//!
//! The numbers match NetworkX: `betweenness_centrality(G, normalized=True)` and
//! `closeness_centrality(G)` (with `wf_improved=True`, so actors in a small component score
//! lower), `density(G)`, connected components (weakly connected ones in the directed case)
//! and isolates. Betweenness and closeness come from one breadth-first search per actor
//! (`centrality.rs`); the tests check them against NetworkX's values and rustworkx-core.

pub mod cache;
mod centrality;
pub mod msg;

use crate::i18n::Tr;
use crate::model::{ActorId, Project, Relation, RelationStatus};
use centrality::{Adjacency, centralities};
use std::collections::HashMap;

/// How far above the mean plus one standard deviation a betweenness must be for its actor
/// to count as a broker; absorbs rounding so that equal scores never make brokers.
const BROKER_TOLERANCE: f64 = 1e-9;

/// Whether `relation` is an edge of the analysed network: current and potential relations
/// are, past ones are not.
pub fn counts_as_edge(relation: &Relation) -> bool {
    matches!(relation.status, RelationStatus::Current | RelationStatus::Potential)
}

/// One per-actor metric, for the metrics table, the inspector and "size by metric".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Number of distinct neighbours (undirected) or in- plus out-degree (directed).
    Degree,
    /// Number of distinct actors with a relation to the actor.
    InDegree,
    /// Number of distinct actors the actor has a relation to.
    OutDegree,
    /// Normalised betweenness centrality, 0–1.
    Betweenness,
    /// Closeness centrality (Wasserman–Faust improved), 0–1.
    Closeness,
}

impl Metric {
    /// Every metric, in the order of the table's columns.
    pub const ALL: [Metric; 5] = [
        Metric::Degree,
        Metric::InDegree,
        Metric::OutDegree,
        Metric::Betweenness,
        Metric::Closeness,
    ];

    /// The metric's column name in `verkosto stats` output: `degree`, `in_degree`, …
    pub fn key(self) -> &'static str {
        match self {
            Metric::Degree => "degree",
            Metric::InDegree => "in_degree",
            Metric::OutDegree => "out_degree",
            Metric::Betweenness => "betweenness",
            Metric::Closeness => "closeness",
        }
    }

    /// The metric's name in both languages.
    pub fn label(self) -> Tr {
        match self {
            Metric::Degree => msg::METRIC_DEGREE,
            Metric::InDegree => msg::METRIC_IN_DEGREE,
            Metric::OutDegree => msg::METRIC_OUT_DEGREE,
            Metric::Betweenness => msg::METRIC_BETWEENNESS,
            Metric::Closeness => msg::METRIC_CLOSENESS,
        }
    }

    /// A one-sentence explanation of the metric in both languages, for tooltips.
    pub fn help(self) -> Tr {
        match self {
            Metric::Degree => msg::METRIC_DEGREE_HELP,
            Metric::InDegree => msg::METRIC_IN_DEGREE_HELP,
            Metric::OutDegree => msg::METRIC_OUT_DEGREE_HELP,
            Metric::Betweenness => msg::METRIC_BETWEENNESS_HELP,
            Metric::Closeness => msg::METRIC_CLOSENESS_HELP,
        }
    }

    /// Whether the metric is a whole number (a count), to be shown without decimals.
    pub fn is_count(self) -> bool {
        matches!(self, Metric::Degree | Metric::InDegree | Metric::OutDegree)
    }
}

/// The metrics of one actor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActorMetrics {
    /// The actor.
    pub id: ActorId,
    /// Distinct neighbours (undirected analysis) or `in_degree + out_degree` (directed).
    pub degree: usize,
    /// Distinct actors with an arc to this actor (a mutual relation counts).
    pub in_degree: usize,
    /// Distinct actors this actor has an arc to (a mutual relation counts).
    pub out_degree: usize,
    /// Betweenness centrality normalised as in NetworkX, 0–1.
    pub betweenness: f64,
    /// Closeness centrality as in NetworkX with `wf_improved=True`, 0–1.
    pub closeness: f64,
}

impl ActorMetrics {
    /// The value of `metric`; counts are converted to `f64`.
    pub fn value(&self, metric: Metric) -> f64 {
        match metric {
            Metric::Degree => self.degree as f64,
            Metric::InDegree => self.in_degree as f64,
            Metric::OutDegree => self.out_degree as f64,
            Metric::Betweenness => self.betweenness,
            Metric::Closeness => self.closeness,
        }
    }
}

/// Every metric of the network: per actor and for the whole network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkMetrics {
    /// Whether the analysis was directed.
    pub directed: bool,
    /// One entry per actor, in actor id order.
    pub per_actor: Vec<ActorMetrics>,
    /// Edges (undirected) or arcs (directed) of the analysed simple graph.
    pub edge_count: usize,
    /// NetworkX density: `2m / (n(n − 1))` undirected, `m / (n(n − 1))` directed, 0 for
    /// fewer than two actors.
    pub density: f64,
    /// Connected components (weakly connected when directed), each in id order, the largest
    /// first and ties by their smallest id. An isolate is a component of its own.
    pub components: Vec<Vec<ActorId>>,
    /// Actors without any counted relation, in id order.
    pub isolates: Vec<ActorId>,
    /// Actors whose betweenness exceeds the mean betweenness by more than one (population)
    /// standard deviation, highest betweenness first. Empty when all scores are equal.
    pub brokers: Vec<ActorId>,
}

impl NetworkMetrics {
    /// The metrics of actor `id`, if it is in the analysed project.
    pub fn get(&self, id: ActorId) -> Option<&ActorMetrics> {
        self.per_actor
            .binary_search_by_key(&id, |m| m.id)
            .ok()
            .map(|i| &self.per_actor[i])
    }

    /// The largest value of `metric` over all actors, 0 for an empty network.
    pub fn max(&self, metric: Metric) -> f64 {
        self.per_actor.iter().map(|m| m.value(metric)).fold(0.0, f64::max)
    }

    /// The value of `metric` for actor `id` divided by the largest value, in 0–1, for
    /// "size by metric". `None` for an unknown actor; 0 when every value is 0.
    pub fn relative(&self, id: ActorId, metric: Metric) -> Option<f64> {
        let value = self.get(id)?.value(metric);
        let max = self.max(metric);
        Some(if max > 0.0 { value / max } else { 0.0 })
    }

    /// Whether actor `id` is a broker.
    pub fn is_broker(&self, id: ActorId) -> bool {
        self.brokers.contains(&id)
    }

    /// Number of analysed actors.
    pub fn actor_count(&self) -> usize {
        self.per_actor.len()
    }
}

/// The project's network as simple graphs, ready for the metrics. Build it once with
/// [`NetworkGraph::new`] to compute metrics one at a time; [`analyse`] computes them all.
#[derive(Clone, Debug)]
pub struct NetworkGraph {
    directed: bool,
    /// Node index → actor id, ascending.
    ids: Vec<ActorId>,
    /// Counted relations as undirected edges, one per actor pair (each listed at both ends).
    undirected: Adjacency,
    /// Counted relations as arcs, one per ordered pair; a mutual relation is two arcs.
    arcs_out: Adjacency,
    /// The same arcs listed at their heads.
    arcs_in: Adjacency,
}

impl NetworkGraph {
    /// Builds the graphs of `project` following the rules of the [module documentation](self).
    /// Should two actors share an id, the first one is analysed.
    pub fn new(project: &Project, directed: bool) -> NetworkGraph {
        let mut ids: Vec<ActorId> = project.actors.iter().map(|a| a.id).collect();
        ids.sort_unstable();
        ids.dedup();
        let index: HashMap<ActorId, u32> = ids.iter().enumerate().map(|(i, &id)| (id, i as u32)).collect();

        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut arcs: Vec<(u32, u32)> = Vec::new();
        for relation in project.relations.iter().filter(|r| counts_as_edge(r)) {
            let (Some(&from), Some(&to)) = (index.get(&relation.from), index.get(&relation.to)) else {
                continue;
            };
            if from == to {
                continue;
            }
            pairs.push((from.min(to), from.max(to)));
            arcs.push((from, to));
            if !relation.directed {
                arcs.push((to, from));
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        arcs.sort_unstable();
        arcs.dedup();

        let n = ids.len();
        NetworkGraph {
            directed,
            undirected: Adjacency::new(n, &pairs, true, false),
            arcs_out: Adjacency::new(n, &arcs, false, false),
            arcs_in: Adjacency::new(n, &arcs, false, true),
            ids,
        }
    }

    /// Whether the graph is analysed as directed.
    pub fn is_directed(&self) -> bool {
        self.directed
    }

    /// The actors, in id order; metric vectors follow this order.
    pub fn actor_ids(&self) -> &[ActorId] {
        &self.ids
    }

    /// Edges (undirected) or arcs (directed) of the analysed graph.
    pub fn edge_count(&self) -> usize {
        if self.directed {
            self.arcs_out.arc_count()
        } else {
            self.undirected.arc_count() / 2
        }
    }

    /// `(degree, in_degree, out_degree)` of each actor, in id order.
    pub fn degrees(&self) -> Vec<(usize, usize, usize)> {
        (0..self.ids.len())
            .map(|i| {
                let in_degree = self.arcs_in.neighbours(i).len();
                let out_degree = self.arcs_out.neighbours(i).len();
                let degree = if self.directed {
                    in_degree + out_degree
                } else {
                    self.undirected.neighbours(i).len()
                };
                (degree, in_degree, out_degree)
            })
            .collect()
    }

    /// NetworkX density of the analysed graph.
    pub fn density(&self) -> f64 {
        let n = self.ids.len();
        if n < 2 {
            return 0.0;
        }
        self.edge_count() as f64 * if self.directed { 1.0 } else { 2.0 } / (n as f64 * (n - 1) as f64)
    }

    /// Connected components (weakly connected ones when directed; they are the same), each
    /// in id order, the largest first and ties by their smallest id.
    pub fn components(&self) -> Vec<Vec<ActorId>> {
        let n = self.ids.len();
        let mut seen = vec![false; n];
        let mut components = Vec::new();
        let mut stack = Vec::new();
        for start in 0..n {
            if seen[start] {
                continue;
            }
            seen[start] = true;
            stack.push(start);
            let mut members = Vec::new();
            while let Some(node) = stack.pop() {
                members.push(node);
                for &next in self.undirected.neighbours(node) {
                    let next = next as usize;
                    if !seen[next] {
                        seen[next] = true;
                        stack.push(next);
                    }
                }
            }
            members.sort_unstable();
            components.push(members.into_iter().map(|i| self.ids[i]).collect::<Vec<_>>());
        }
        // Each component is sorted and they were found in order of their smallest member,
        // so a stable sort by size keeps ties in that order.
        components.sort_by_key(|c| std::cmp::Reverse(c.len()));
        components
    }

    /// Actors without any counted relation, in id order.
    pub fn isolates(&self) -> Vec<ActorId> {
        (0..self.ids.len())
            .filter(|&i| self.undirected.neighbours(i).is_empty())
            .map(|i| self.ids[i])
            .collect()
    }

    /// Betweenness and closeness centrality of each actor, in id order; see
    /// [`Centralities`]. Takes `O(n·m)` time and uses several threads for large networks.
    pub fn centralities(&self) -> Centralities {
        let (betweenness, closeness) = if self.directed {
            centralities(&self.arcs_out)
        } else {
            centralities(&self.undirected)
        };
        Centralities { betweenness, closeness }
    }
}

/// Betweenness and closeness centrality of each actor, in id order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Centralities {
    /// Betweenness normalised as NetworkX's `betweenness_centrality(G, normalized=True)`:
    /// the share of shortest paths between pairs of other actors that pass through the
    /// actor, summed over pairs and divided by the number of pairs, `(n − 1)(n − 2) / 2`
    /// (undirected) or `(n − 1)(n − 2)` (directed).
    pub betweenness: Vec<f64>,
    /// Closeness as NetworkX's `closeness_centrality(G, wf_improved=True)`:
    /// `(r − 1) / Σd · (r − 1) / (n − 1)`, where `r` counts the actors that reach this one
    /// (itself included) and `Σd` sums their distances to it; incoming distances when
    /// directed; 0 for an actor nobody reaches.
    pub closeness: Vec<f64>,
}

/// The brokers among `ids` with betweenness `betweenness`: betweenness above the mean plus
/// one population standard deviation, highest first, ties in id order.
fn brokers(ids: &[ActorId], betweenness: &[f64]) -> Vec<ActorId> {
    let n = betweenness.len();
    if n == 0 {
        return Vec::new();
    }
    let mean = betweenness.iter().sum::<f64>() / n as f64;
    let variance = betweenness.iter().map(|b| (b - mean).powi(2)).sum::<f64>() / n as f64;
    let threshold = mean + variance.sqrt() + BROKER_TOLERANCE;
    let mut found: Vec<(ActorId, f64)> = ids
        .iter()
        .zip(betweenness)
        .filter(|(_, b)| **b > threshold)
        .map(|(&id, &b)| (id, b))
        .collect();
    found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    found.into_iter().map(|(id, _)| id).collect()
}

/// Computes every metric of `project`'s network, undirected or directed; see the
/// [module documentation](self) for the rules. Degrees, density, components and isolates
/// are linear in the size of the network; betweenness and closeness take `O(n·m)` time
/// (a tenth of a second for 1,000 actors and 4,000 relations, seconds for 5,000 and
/// 20,000: `cargo bench --bench analysis`), so an interactive caller should cache the result,
/// recompute only when the network changes and, for large networks, do it off the UI
/// thread.
pub fn analyse(project: &Project, directed: bool) -> NetworkMetrics {
    let graph = NetworkGraph::new(project, directed);
    let degrees = graph.degrees();
    let Centralities { betweenness, closeness } = graph.centralities();
    let per_actor = graph
        .ids
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let (degree, in_degree, out_degree) = degrees[i];
            ActorMetrics {
                id,
                degree,
                in_degree,
                out_degree,
                betweenness: betweenness[i],
                closeness: closeness[i],
            }
        })
        .collect();
    NetworkMetrics {
        directed,
        per_actor,
        edge_count: graph.edge_count(),
        density: graph.density(),
        components: graph.components(),
        isolates: graph.isolates(),
        brokers: brokers(&graph.ids, &betweenness),
    }
}
