//! The network's metrics (degree, betweenness, closeness …) for the inspector and the tables,
//! computed once per change of the network's shape rather than per frame. Small networks are
//! analysed at once; large ones on a background thread, so that typing never waits for
//! betweenness (about a second at thousands of actors).

use crate::analysis::{self, NetworkMetrics};
use crate::model::Project;
use std::sync::{Arc, Mutex};

/// Networks up to this many actors are analysed on the UI thread (a few milliseconds).
const SYNC_LIMIT: usize = 400;

/// The metrics as far as they are known.
#[derive(Clone, Debug)]
pub struct Metrics {
    /// The latest finished analysis.
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

#[derive(Clone, Debug, Default)]
struct Shared(Arc<Mutex<Inner>>);

/// A fingerprint of everything the analysis reads: actor ids and each relation's ends,
/// direction and status. Names, positions and notes do not change it, so typing in the
/// inspector never recomputes the metrics.
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

/// The metrics of `project`'s network (undirected analysis), or `None` while the first
/// analysis of a large network is still running.
pub fn metrics(ctx: &egui::Context, project: &Project) -> Option<Metrics> {
    let shared = ctx.data_mut(|d| {
        d.get_temp_mut_or_default::<Shared>(egui::Id::new("verkosto_metrics"))
            .clone()
    });
    let wanted = fingerprint(project);
    let mut inner = shared.0.lock().ok()?;
    if let Some((fp, m)) = &inner.ready
        && *fp == wanted
    {
        return Some(Metrics {
            metrics: m.clone(),
            current: true,
        });
    }
    if project.actors.len() <= SYNC_LIMIT {
        let m = Arc::new(analysis::analyse(project, false));
        inner.ready = Some((wanted, m.clone()));
        return Some(Metrics {
            metrics: m,
            current: true,
        });
    }
    if inner.running.is_none() {
        let snapshot = project.clone();
        let worker = shared.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("verkosto-metrics".into())
            .spawn(move || {
                let m = Arc::new(analysis::analyse(&snapshot, false));
                if let Ok(mut inner) = worker.0.lock() {
                    inner.ready = Some((wanted, m));
                    inner.running = None;
                }
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => inner.running = Some(wanted),
            Err(_) => {
                // No thread to be had: compute here rather than show nothing.
                let m = Arc::new(analysis::analyse(project, false));
                inner.ready = Some((wanted, m.clone()));
                return Some(Metrics {
                    metrics: m,
                    current: true,
                });
            }
        }
    }
    inner.ready.as_ref().map(|(_, m)| Metrics {
        metrics: m.clone(),
        current: false,
    })
}
