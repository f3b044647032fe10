//! The evaluation sheet of a large network never analyses the map on the UI thread: its first
//! frame says the structure is being computed, and the shared cache's background result shows
//! up in a later frame.

mod common;

use egui_kittest::kittest::Queryable;
use verkosto::model::{Actor, ActorId, EvaluationRound, PhaseId, Project, Relation, RelationId, RoundId};

const PENDING: &str = "The map's structure is being computed…";

/// 5,000 actors in a ring with a chord from every tenth one: 5,500 relations, one component,
/// no isolates.
fn large_project() -> Project {
    let mut p = Project::new();
    let n = 5_000u32;
    p.actors = (1..=n)
        .map(|i| Actor {
            id: ActorId(i),
            name: format!("Toimija {i}"),
            ..Actor::default()
        })
        .collect();
    let mut relations = Vec::new();
    for i in 1..=n {
        relations.push((i, i % n + 1));
        if i % 10 == 0 {
            relations.push((i, (i + n / 2 - 1) % n + 1));
        }
    }
    p.relations = relations
        .into_iter()
        .zip(1u32..)
        .map(|((from, to), id)| Relation {
            id: RelationId(id),
            from: ActorId(from),
            to: ActorId(to),
            ..Relation::default()
        })
        .collect();
    p.evaluation.rounds.push(EvaluationRound {
        id: RoundId(1),
        name: "Kevät".into(),
        ..EvaluationRound::default()
    });
    p
}

#[test]
fn a_5000_actor_evaluation_sheet_renders_without_analysing_on_the_ui_thread() {
    let mut harness = common::app(large_project())
        .phase(PhaseId::Evaluation)
        .size(1400.0, 900.0)
        .build();
    harness.step();
    // Had the first frame analysed the network itself, it would show the metrics already.
    assert!(harness.query_by_label(PENDING).is_some());
    assert!(harness.query_by_label("Isolates (0)").is_none());

    // The background analysis finishes and a later frame shows its result.
    let started = std::time::Instant::now();
    while harness.query_by_label(PENDING).is_some() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(300),
            "the background analysis never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    assert!(!harness.state().analysis.is_running());
    assert!(harness.query_by_label("Isolates (0)").is_some());
    assert!(harness.query_by_label("The network map now").is_some());
}
