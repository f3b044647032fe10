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
    // FxHash-style mixing: cheap enough to run every frame for 5,000 actors.
    let mut h: u64 = 0;
    let mut mix = |x: u64| h = (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    mix(project.actors.len() as u64);
    for actor in &project.actors {
        mix(u64::from(actor.id.0));
    }
    mix(project.relations.len() as u64);
    for r in &project.relations {
        mix((u64::from(r.from.0) << 32) | u64::from(r.to.0));
        mix(u64::from(r.directed) | ((r.status as u64) << 1));
    }
    h
}

impl AnalysisCache {
    /// The analysis of `project`'s network, or `None` while the first analysis of a large
    /// network is still running. When a background analysis finishes, `on_ready` is called
    /// (the UI passes a repaint request).
    pub fn get(&self, project: &Project, on_ready: impl FnOnce() + Send + 'static) -> Option<Analysed> {
        let wanted = fingerprint(project);
        let mut inner = self.0.lock().ok()?;
        if let Some((fp, m)) = &inner.ready
            && *fp == wanted
        {
            return Some(Analysed {
                metrics: m.clone(),
                current: true,
            });
        }
        if project.actors.len() <= SYNC_LIMIT {
            let m = Arc::new(analyse(project, false));
            inner.ready = Some((wanted, m.clone()));
            return Some(Analysed {
                metrics: m,
                current: true,
            });
        }
        if inner.running != Some(wanted) && inner.running.is_none() {
            let snapshot = project.clone();
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
                    return Some(Analysed {
                        metrics: m,
                        current: true,
                    });
                }
            }
        }
        inner.ready.as_ref().map(|(_, m)| Analysed {
            metrics: m.clone(),
            current: false,
        })
    }

    /// Whether a background analysis is running now.
    pub fn is_running(&self) -> bool {
        self.0.lock().map(|i| i.running.is_some()).unwrap_or(false)
    }
}
