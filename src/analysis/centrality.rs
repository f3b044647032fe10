//! Betweenness and closeness centrality on compressed adjacency lists.
//!
//! One breadth-first search per source gives both: Brandes' accumulation for betweenness
//! (U. Brandes, "A faster algorithm for betweenness centrality", 2001) and, from the same
//! distances, the sums of distances *to* each node that closeness needs. The searches reuse flat
//! buffers and allocate nothing per source, which makes them several times faster than
//! general graph libraries; the results equal NetworkX's (see `tests/analysis.rs`, which
//! also checks them against rustworkx-core on random graphs).
//!
//! The sources are split into a fixed number of interleaved chunks whose sums are added in
//! chunk order, so the floating-point results are the same bit for bit however many threads
//! run them.

/// Graphs with at least this many nodes run their searches on several threads.
const PARALLEL_THRESHOLD: usize = 256;

/// The sources are split into this many chunks, whatever the number of threads.
const CHUNKS: usize = 16;

/// At most this many threads.
const MAX_THREADS: usize = 16;

/// Marks a node not reached by the current search.
const UNSEEN: u32 = u32::MAX;

/// Adjacency lists in one array: the neighbours of node `v` are
/// `targets[offsets[v]..offsets[v + 1]]`, in ascending order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Adjacency {
    offsets: Vec<usize>,
    targets: Vec<u32>,
}

impl Adjacency {
    /// The adjacency of `n` nodes with the given arcs, which must be sorted, free of
    /// duplicates and below `n`. With `both_ways`, each arc also gives the reverse arc
    /// (for undirected edges, or for the incoming lists when `reverse`).
    pub(crate) fn new(n: usize, arcs: &[(u32, u32)], both_ways: bool, reverse: bool) -> Adjacency {
        let mut offsets = vec![0usize; n + 1];
        for &(a, b) in arcs {
            let (from, to) = if reverse { (b, a) } else { (a, b) };
            offsets[from as usize + 1] += 1;
            if both_ways {
                offsets[to as usize + 1] += 1;
            }
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut next = offsets.clone();
        let mut targets = vec![0u32; offsets[n]];
        for &(a, b) in arcs {
            let (from, to) = if reverse { (b, a) } else { (a, b) };
            targets[next[from as usize]] = to;
            next[from as usize] += 1;
            if both_ways {
                targets[next[to as usize]] = from;
                next[to as usize] += 1;
            }
        }
        for v in 0..n {
            targets[offsets[v]..offsets[v + 1]].sort_unstable();
        }
        Adjacency { offsets, targets }
    }

    /// Number of nodes.
    pub(crate) fn node_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Number of arcs (each undirected edge counts twice).
    pub(crate) fn arc_count(&self) -> usize {
        self.targets.len()
    }

    /// The neighbours of `v`.
    pub(crate) fn neighbours(&self, v: usize) -> &[u32] {
        &self.targets[self.offsets[v]..self.offsets[v + 1]]
    }
}

/// Sums of one chunk of sources.
struct Sums {
    /// Unnormalised betweenness: pair dependencies summed over the chunk's sources.
    betweenness: Vec<f64>,
    /// For each node, the sum of distances from the chunk's sources that reach it.
    distance_sum: Vec<u64>,
    /// For each node, how many of the chunk's sources (other than itself) reach it.
    reached_by: Vec<u32>,
}

/// Buffers of one breadth-first search, reset after each source.
struct Search {
    /// Distance from the source, [`UNSEEN`] if not reached.
    distance: Vec<u32>,
    /// Number of shortest paths from the source.
    sigma: Vec<f64>,
    /// Dependency of the source on the node.
    delta: Vec<f64>,
    /// Reached nodes in the order of the search.
    order: Vec<u32>,
    /// Arcs `(v, w)` on shortest paths from the source, grouped by `v` in search order.
    dag: Vec<(u32, u32)>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            distance: vec![UNSEEN; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            order: Vec::with_capacity(n),
            dag: Vec::new(),
        }
    }

    /// One source of Brandes' algorithm; adds to `sums`.
    fn run(&mut self, out: &Adjacency, source: usize, sums: &mut Sums) {
        let Search {
            distance,
            sigma,
            delta,
            order,
            dag,
        } = self;
        order.clear();
        dag.clear();
        distance[source] = 0;
        sigma[source] = 1.0;
        order.push(source as u32);
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            let next = distance[v] + 1;
            for &w in out.neighbours(v) {
                let w = w as usize;
                if distance[w] == UNSEEN {
                    distance[w] = next;
                    order.push(w as u32);
                }
                if distance[w] == next {
                    sigma[w] += sigma[v];
                    dag.push((v as u32, w as u32));
                }
            }
        }
        // Backwards over the shortest-path arcs: the arcs out of w were recorded after the
        // arcs into w (w is searched later), so delta[w] is complete when it is used.
        for &(v, w) in dag.iter().rev() {
            let (v, w) = (v as usize, w as usize);
            delta[v] += sigma[v] * ((1.0 + delta[w]) / sigma[w]);
        }
        for &w in &order[1..] {
            let w = w as usize;
            sums.betweenness[w] += delta[w];
            sums.distance_sum[w] += u64::from(distance[w]);
            sums.reached_by[w] += 1;
        }
        for &w in order.iter() {
            let w = w as usize;
            distance[w] = UNSEEN;
            sigma[w] = 0.0;
            delta[w] = 0.0;
        }
    }
}

/// Runs the searches of the sources `chunk, chunk + CHUNKS, …`.
fn chunk_sums(out: &Adjacency, chunk: usize) -> Sums {
    let n = out.node_count();
    let mut sums = Sums {
        betweenness: vec![0.0; n],
        distance_sum: vec![0; n],
        reached_by: vec![0; n],
    };
    let mut search = Search::new(n);
    for source in (chunk..n).step_by(CHUNKS) {
        search.run(out, source, &mut sums);
    }
    sums
}

/// Betweenness and closeness of every node of the graph with arcs `out` (for an undirected
/// graph each edge is listed at both ends).
///
/// Betweenness is normalised as NetworkX's `betweenness_centrality(G, normalized=True)`:
/// the sum over ordered source–target pairs divided by `(n − 1)(n − 2)`, which for an
/// undirected graph (each pair counted from both ends) equals the unordered sum divided by
/// `(n − 1)(n − 2) / 2`. Closeness is NetworkX's `closeness_centrality(G, wf_improved=True)`
/// with distances *to* the node: `(r − 1) / Σd · (r − 1) / (n − 1)`, where `r` counts the
/// nodes that reach it, itself included; 0 when nothing reaches it.
pub(crate) fn centralities(out: &Adjacency) -> (Vec<f64>, Vec<f64>) {
    let n = out.node_count();
    let chunks: Vec<Sums> = if n < PARALLEL_THRESHOLD {
        (0..CHUNKS).map(|c| chunk_sums(out, c)).collect()
    } else {
        let threads = std::thread::available_parallelism()
            .map_or(1, |p| p.get())
            .clamp(1, MAX_THREADS);
        let mut results: Vec<(usize, Sums)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    scope.spawn(move || {
                        (t..CHUNKS)
                            .step_by(threads)
                            .map(|c| (c, chunk_sums(out, c)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| match h.join() {
                    Ok(sums) => sums,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        });
        results.sort_by_key(|(c, _)| *c);
        results.into_iter().map(|(_, sums)| sums).collect()
    };

    let mut betweenness = vec![0.0; n];
    let mut distance_sum = vec![0u64; n];
    let mut reached_by = vec![0u64; n];
    for sums in &chunks {
        for v in 0..n {
            betweenness[v] += sums.betweenness[v];
            distance_sum[v] += sums.distance_sum[v];
            reached_by[v] += u64::from(sums.reached_by[v]);
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for b in &mut betweenness {
            *b *= scale;
        }
    }
    let closeness = (0..n)
        .map(|v| {
            if distance_sum[v] == 0 || n < 2 {
                return 0.0;
            }
            let reached = reached_by[v] as f64;
            (reached / distance_sum[v] as f64) * (reached / (n - 1) as f64)
        })
        .collect();
    (betweenness, closeness)
}
