//! Undo and redo restore the exact project, over every kind of edit.

use verkosto::app::{Document, UNDO_LIMIT};
use verkosto::model::*;

fn base() -> Project {
    let mut p = Project::new();
    p.meta.name = "Alku".into();
    for id in 1..=3 {
        p.actors.push(Actor {
            id: ActorId(id),
            name: format!("Toimija {id}"),
            pos: Some([id as f32, 0.0]),
            ..Actor::default()
        });
    }
    p.actors[0].own = true;
    p.relations.push(Relation {
        id: RelationId(1),
        from: ActorId(1),
        to: ActorId(2),
        ..Relation::default()
    });
    p.relations.push(Relation {
        id: RelationId(2),
        from: ActorId(2),
        to: ActorId(3),
        ..Relation::default()
    });
    p.card.members = vec![ActorId(2), ActorId(3)];
    p.tactics.partners.push(PartnerTactic {
        partner: ActorId(2),
        ..PartnerTactic::default()
    });
    p
}

fn edits(p: &Project) -> Vec<Edit> {
    let mut renamed = p.actors[1].clone();
    renamed.name = "Uusi nimi".into();
    let mut made_own = p.actors[2].clone();
    made_own.own = true;
    let mut relation = p.relations[0].clone();
    relation.status = RelationStatus::Potential;
    let mut roles = p.roles.clone();
    roles.rows.push(RoleRow {
        service: "Kotihoito".into(),
        ..RoleRow::default()
    });
    let mut catalogs = p.catalogs.clone();
    catalogs.actor_kinds.0.pop();
    vec![
        Edit::SetMeta(ProjectMeta {
            name: "Muutettu".into(),
            ..p.meta.clone()
        }),
        Edit::AddActor(Box::new(Actor {
            id: ActorId(4),
            name: "Neljäs".into(),
            ..Actor::default()
        })),
        Edit::SetActor(Box::new(renamed)),
        Edit::SetActor(Box::new(made_own)),
        Edit::MoveActors(vec![(ActorId(1), Some([10.0, 20.0])), (ActorId(4), Some([-5.0, 5.0]))]),
        Edit::AddRelation(Box::new(Relation {
            id: RelationId(3),
            from: ActorId(4),
            to: ActorId(1),
            ..Relation::default()
        })),
        Edit::SetRelation(Box::new(relation)),
        Edit::SetRoles(Box::new(roles)),
        Edit::RemoveRelations(vec![RelationId(1)]),
        Edit::RemoveActors(vec![ActorId(2)]),
        Edit::SetCatalogs(Box::new(catalogs)),
        Edit::Batch(vec![
            Edit::AddActor(Box::new(Actor {
                id: ActorId(9),
                ..Actor::default()
            })),
            Edit::AddRelation(Box::new(Relation {
                id: RelationId(9),
                from: ActorId(9),
                to: ActorId(3),
                ..Relation::default()
            })),
        ]),
    ]
}

#[test]
fn undoing_every_kind_of_edit_restores_each_earlier_project_exactly() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    let mut states = vec![start.clone()];
    for edit in edits(&start) {
        doc.apply(edit, None).expect("applies");
        states.push(doc.project().clone());
    }
    assert!(doc.project().actor(ActorId(2)).is_none());
    for expected in states.iter().rev().skip(1) {
        assert!(doc.undo());
        assert_eq!(doc.project(), expected);
    }
    assert!(!doc.undo(), "nothing left to undo");
    assert!(!doc.is_dirty(), "back at the saved state");
    for expected in states.iter().skip(1) {
        assert!(doc.redo());
        assert_eq!(doc.project(), expected);
    }
    assert!(!doc.redo());
}

#[test]
fn deleting_an_actor_removes_its_relations_and_references_and_undo_brings_them_back() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    doc.apply(Edit::RemoveActors(vec![ActorId(2)]), None).expect("applies");
    let p = doc.project();
    assert!(p.relations.is_empty(), "both relations touched actor 2");
    assert_eq!(p.card.members, vec![ActorId(3)]);
    assert!(p.tactics.partners.is_empty());
    assert!(p.problems().is_empty());
    doc.undo();
    assert_eq!(doc.project(), &start);
}

#[test]
fn marking_a_new_own_organisation_unmarks_the_old_one_and_undo_restores_both() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    let mut a = start.actors[2].clone();
    a.own = true;
    doc.apply(Edit::SetActor(Box::new(a)), None).expect("applies");
    assert_eq!(doc.project().own_actor().map(|a| a.id), Some(ActorId(3)));
    assert_eq!(doc.project().actors.iter().filter(|a| a.own).count(), 1);
    doc.undo();
    assert_eq!(doc.project(), &start);
}

#[test]
fn edits_with_the_same_key_merge_into_one_step_until_sealed() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    for name in ["K", "Ka", "Kat"] {
        doc.apply(
            Edit::SetMeta(ProjectMeta {
                name: name.into(),
                ..start.meta.clone()
            }),
            Some(7),
        )
        .expect("applies");
    }
    doc.seal();
    doc.apply(
        Edit::SetMeta(ProjectMeta {
            name: "Kati".into(),
            ..start.meta.clone()
        }),
        Some(7),
    )
    .expect("applies");
    doc.undo();
    assert_eq!(doc.project().meta.name, "Kat");
    doc.undo();
    assert_eq!(doc.project(), &start, "typing in one field was one step");
    assert!(!doc.can_undo());
}

#[test]
fn a_failing_edit_changes_nothing_and_records_nothing() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    let bad = Edit::Batch(vec![
        Edit::AddActor(Box::new(Actor {
            id: ActorId(5),
            ..Actor::default()
        })),
        Edit::AddRelation(Box::new(Relation {
            id: RelationId(5),
            from: ActorId(5),
            to: ActorId(42),
            ..Relation::default()
        })),
    ]);
    assert_eq!(doc.apply(bad, None), Err(EditError::NoSuchActor(ActorId(42))));
    assert_eq!(doc.project(), &start);
    assert!(!doc.can_undo());
    assert!(!doc.is_dirty());
}

#[test]
fn undo_keeps_at_least_a_hundred_steps() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    for i in 0..UNDO_LIMIT {
        doc.apply(
            Edit::SetMeta(ProjectMeta {
                name: format!("{i}"),
                ..start.meta.clone()
            }),
            None,
        )
        .expect("applies");
    }
    let mut steps = 0;
    while doc.undo() {
        steps += 1;
    }
    assert!(steps >= 100);
    assert_eq!(steps, UNDO_LIMIT);
    assert_eq!(doc.project(), &start);
}

#[test]
fn a_new_edit_after_undo_clears_redo_and_dirty_follows_the_saved_state() {
    let start = base();
    let mut doc = Document::new(start.clone(), true);
    doc.apply(
        Edit::SetMeta(ProjectMeta {
            name: "A".into(),
            ..start.meta.clone()
        }),
        None,
    )
    .expect("applies");
    assert!(doc.is_dirty());
    doc.mark_saved();
    assert!(!doc.is_dirty());
    doc.undo();
    assert!(doc.is_dirty(), "undoing past the save is a change");
    doc.redo();
    assert!(!doc.is_dirty());
    doc.undo();
    doc.apply(
        Edit::SetMeta(ProjectMeta {
            name: "B".into(),
            ..start.meta.clone()
        }),
        None,
    )
    .expect("applies");
    assert!(!doc.can_redo());
    assert!(doc.is_dirty());
}
