//! One cache of the network analysis for every view (map, inspector, tables, evaluation sheet,
//! slides). It is keyed by the content the analysis reads, never by a pointer address, and it
//! computes large networks on a background thread so that no frame waits for betweenness.

use super::{NetworkMetrics, analyse};
use crate::model::Project;
use std::sync::{Arc, Mutex};

/// Networks up to this many actors are analysed at once on the caller's thread (a few
/// milliseconds); larger ones on a background thread.
pub const SYNC_LIMIT: usize = 400;

/// The analysis as far as it is known.
#[derive(Clone, Debug)]
pub struct Analysed {
    /// The latest finished analysis (undirected).
    pub metrics: Arc<NetworkMetrics>,
    /// Whether it is of the network as it is now; false while a newer one is being computed.
    pub current: bool,
    /// The [`fingerprint`] of the network `metrics` were computed from: views key what they
    /// derive from the metrics (symbol sizes, a table's order) by it.
    pub fingerprint: u64,
}

/// A fast, deterministic hash for content fingerprints (FxHash's mixing step). Caches of
/// derived data are keyed by it, never by where something happens to be in memory.
#[derive(Clone, Copy, Debug)]
pub struct Fingerprint(pub u64);

impl Default for Fingerprint {
    fn default() -> Fingerprint {
        Fingerprint::new()
    }
}

impl Fingerprint {
    /// An empty fingerprint.
    pub fn new() -> Fingerprint {
        Fingerprint(0xcbf2_9ce4_8422_2325)
    }

    /// Mixes in one word.
    pub fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    /// Mixes in a text (its bytes and length, so "ab"+"c" differs from "a"+"bc").
    pub fn add_str(&mut self, s: &str) {
        for chunk in s.as_bytes().chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        self.add(s.len() as u64);
    }

    /// Mixes in a list of texts and its length.
    pub fn add_strs(&mut self, list: &[String]) {
        for s in list {
            self.add_str(s);
        }
        self.add(list.len() as u64);
    }
}

#[derive(Debug, Default)]
struct Inner {
    /// The latest result with the fingerprint of the network it was computed from.
    ready: Option<(u64, Arc<NetworkMetrics>)>,
    /// The fingerprint being computed on a background thread.
    running: Option<u64>,
}

/// The shared cache; cloning it gives another handle to the same cache.
#[derive(Clone, Debug, Default)]
pub struct AnalysisCache(Arc<Mutex<Inner>>);

/// A fingerprint of everything the analysis reads: actor ids and each relation's ends,
/// direction and status. Names, positions and notes do not change it, so typing never
/// recomputes the metrics.
pub fn fingerprint(project: &Project) -> u64 {
    // Cheap enough to run every frame for 5,000 actors.
    let mut h = Fingerprint::new();
    h.add(project.actors.len() as u64);
    for actor in &project.actors {
        h.add(u64::from(actor.id.0));
    }
    h.add(project.relations.len() as u64);
    for r in &project.relations {
        h.add((u64::from(r.from.0) << 32) | u64::from(r.to.0));
        h.add(u64::from(r.directed) | ((r.status as u64) << 1));
    }
    h.0
}

/// The part of `project` the analysis reads (a background thread gets this copy rather than
/// the whole document with every phase).
fn network_only(project: &Project) -> Project {
    Project {
        actors: project.actors.clone(),
        relations: project.relations.clone(),
        ..Project::default()
    }
}

impl AnalysisCache {
    /// The analysis of `project`'s network, or `None` while the first analysis of a large
    /// network is still running. When a background analysis finishes, `on_ready` is called
    /// (the UI passes a repaint request).
    pub fn get(&self, project: &Project, on_ready: impl FnOnce() + Send + 'static) -> Option<Analysed> {
        let wanted = fingerprint(project);
        let mut inner = self.0.lock().ok()?;
        let analysed = |fp: u64, m: &Arc<NetworkMetrics>| Analysed {
            metrics: m.clone(),
            current: fp == wanted,
            fingerprint: fp,
        };
        if let Some((fp, m)) = &inner.ready
            && *fp == wanted
        {
            return Some(analysed(*fp, m));
        }
        if project.actors.len() <= SYNC_LIMIT {
            let m = Arc::new(analyse(project, false));
            inner.ready = Some((wanted, m.clone()));
            return Some(analysed(wanted, &m));
        }
        // One background analysis at a time: when it finishes, `on_ready` repaints, and the
        // next call starts one for the network as it is then.
        if inner.running.is_none() {
            let snapshot = network_only(project);
            let worker = self.clone();
            let spawned = std::thread::Builder::new()
                .name("verkosto-analysis".into())
                .spawn(move || {
                    let m = Arc::new(analyse(&snapshot, false));
                    if let Ok(mut inner) = worker.0.lock() {
                        inner.ready = Some((wanted, m));
                        inner.running = None;
                    }
                    on_ready();
                });
            match spawned {
                Ok(_) => inner.running = Some(wanted),
                Err(_) => {
                    // No thread to be had: compute here rather than show nothing.
                    let m = Arc::new(analyse(project, false));
                    inner.ready = Some((wanted, m.clone()));
                    return Some(analysed(wanted, &m));
                }
            }
        }
        inner.ready.as_ref().map(|(fp, m)| analysed(*fp, m))
    }

    /// Whether a background analysis is running now.
    pub fn is_running(&self) -> bool {
        self.0.lock().map(|i| i.running.is_some()).unwrap_or(false)
    }
}

#[cfg(test)]
// Tests may unwrap, as in tests/ (Cargo.toml's lint note).
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorId, Relation, RelationId};
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    /// A chain of `n` actors, each related to the next.
    fn chain(n: u32) -> Project {
        let mut p = Project::new();
        for id in 1..=n {
            p.actors.push(Actor {
                id: ActorId(id),
                name: format!("Actor {id}"),
                ..Actor::default()
            });
        }
        for id in 1..n {
            p.relations.push(Relation {
                id: RelationId(id),
                from: ActorId(id),
                to: ActorId(id + 1),
                ..Relation::default()
            });
        }
        p
    }

    #[test]
    fn the_same_network_gives_the_same_analysis_without_recomputing() {
        let cache = AnalysisCache::default();
        let mut p = chain(5);
        let a = cache.get(&p, || {}).expect("small networks are analysed at once");
        p.actors[0].name = "Renamed".into();
        p.actors[1].pos = Some([1.0, 2.0]);
        let b = cache.get(&p, || {}).expect("cached");
        assert!(Arc::ptr_eq(&a.metrics, &b.metrics), "names and places do not recompute");
        assert!(a.current && b.current);
        assert_eq!(a.fingerprint, b.fingerprint);
    }

    #[test]
    fn a_changed_relation_recomputes_the_analysis() {
        let cache = AnalysisCache::default();
        let mut p = chain(5);
        let a = cache.get(&p, || {}).expect("analysed");
        p.relations[0].to = ActorId(5);
        let b = cache.get(&p, || {}).expect("analysed");
        assert!(!Arc::ptr_eq(&a.metrics, &b.metrics));
        assert_ne!(a.fingerprint, b.fingerprint);
        assert_eq!(b.metrics.get(ActorId(5)).map(|m| m.degree), Some(2));
    }

    #[test]
    fn a_large_network_is_analysed_on_a_background_thread_that_reports_when_ready() {
        let cache = AnalysisCache::default();
        let p = chain(SYNC_LIMIT as u32 + 100);
        let ready = Arc::new(AtomicBool::new(false));
        let flag = ready.clone();
        let first = cache.get(&p, move || flag.store(true, Ordering::SeqCst));
        assert!(first.is_none(), "the frame does not wait for the analysis");
        let started = Instant::now();
        while !ready.load(Ordering::SeqCst) {
            assert!(started.elapsed() < Duration::from_secs(60), "the analysis finishes");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(!cache.is_running());
        let done = cache.get(&p, || {}).expect("ready after the thread finished");
        assert!(done.current);
        assert_eq!(done.metrics.per_actor.len(), p.actors.len());
    }
}
