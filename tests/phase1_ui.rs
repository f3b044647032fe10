//! Phase 1's workspace driven through the whole app with egui_kittest: the actors and
//! relations tables, the inspector and the network portfolio. Every edit must be undoable back
//! to the exact project it started from.

mod common;

use common::App;
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable};
use verkosto::app::Command;
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId, RelationStatus};
use verkosto::ui::Selection;
use verkosto::ui::map::Tab;
use verkosto::ui::map::tables::{ActorColumn, Sort, actor_rows};

fn two_actors() -> Project {
    let mut p = Project::new();
    p.actors.push(Actor {
        id: ActorId(1),
        name: "Our org".into(),
        kind: "public".into(),
        own: true,
        ..Actor::default()
    });
    p.actors.push(Actor {
        id: ActorId(2),
        name: "Partner Ltd".into(),
        kind: "company".into(),
        ..Actor::default()
    });
    p
}

fn harness(project: Project, tab: Tab) -> Harness<'static, App> {
    let mut harness = common::app(project).size(1400.0, 900.0).tab(tab).build();
    harness.run();
    harness
}

fn project(harness: &Harness<'_, App>) -> Project {
    harness.state().project().clone()
}

fn undo(harness: &mut Harness<'_, App>) {
    harness.state_mut().run(Command::Undo);
    harness.run();
}

fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn click_role(harness: &mut Harness<'_, App>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

#[test]
fn actor_added_named_kinded_connected_and_deleted_in_the_inspector_undoes_step_by_step() {
    let mut h = harness(two_actors(), Tab::Actors);
    let start = project(&h);

    // Add an actor with the toolbar button: it is selected and its name is ready to be typed over.
    click(&mut h, "+ Add actor");
    let added = project(&h);
    assert_eq!(added.actors.len(), 3);
    let new = added.actors[2].clone();
    assert_eq!((new.id, new.name.as_str()), (ActorId(3), "New actor"));
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(3)]));
    let name_field = h.get_by_role_and_label(Role::TextInput, "Name");
    assert!(name_field.is_focused(), "the new actor's name field takes the keyboard");
    name_field.type_text("Library");
    h.run();
    let named = project(&h);
    assert_eq!(named.actor(ActorId(3)).map(|a| a.name.as_str()), Some("Library"));

    // Kind and importance.
    click_role(&mut h, Role::ComboBox, "Kind");
    click(&mut h, "Funder");
    let kinded = project(&h);
    assert_eq!(kinded.actor(ActorId(3)).map(|a| a.kind.as_str()), Some("funder"));
    click(&mut h, "Importance: 5");
    let important = project(&h);
    assert_eq!(important.actor(ActorId(3)).map(|a| a.importance), Some(5));

    // Connect from the inspector (on the worksheet tab, where no table lists the names).
    click_role(&mut h, Role::Button, "Worksheet");
    click_role(&mut h, Role::ComboBox, "Connect to an actor");
    click(&mut h, "Our org");
    let connected = project(&h);
    assert_eq!(connected.relations.len(), 1);
    let relation = &connected.relations[0];
    assert_eq!((relation.from, relation.to), (ActorId(3), ActorId(1)));
    assert_eq!(
        h.state().view.selection,
        Selection::Actors(vec![ActorId(3)]),
        "the actor stays selected"
    );

    // Open the relation from the actor's list and change its status.
    click_role(&mut h, Role::Button, "Actors");
    click(&mut h, "— Our org (Partner)");
    assert_eq!(h.state().view.selection, Selection::Relation(relation.id));
    click_role(&mut h, Role::ComboBox, "Status");
    click(&mut h, "Potential");
    let potential = project(&h);
    assert_eq!(potential.relations[0].status, RelationStatus::Potential);

    // Back to the actor and delete it: its relation goes with it.
    click(&mut h, "Select Library");
    assert_eq!(h.state().view.selection, Selection::Actors(vec![ActorId(3)]));
    // The button is at the bottom of the inspector, below the fold of a small window.
    h.get_by_label("🗑 Delete actor").scroll_to_me();
    h.run();
    click(&mut h, "🗑 Delete actor");
    let deleted = project(&h);
    assert!(deleted.actor(ActorId(3)).is_none());
    assert!(
        deleted.relations.is_empty(),
        "the actor's relations are deleted with it"
    );
    assert_eq!(h.state().view.selection, Selection::None);

    // Each undo goes back exactly one step.
    for before in [&potential, &connected, &important, &kinded, &named, &added, &start] {
        undo(&mut h);
        assert_eq!(h.state().project(), before);
    }
}

#[test]
fn tags_typed_with_commas_are_stored_trimmed_without_empties() {
    let mut h = harness(two_actors(), Tab::Actors);
    click_role(&mut h, Role::Button, "Partner Ltd");
    h.get_by_role_and_label(Role::TextInput, "Tags").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Tags")
        .type_text(" care ,, home care, care,");
    h.run();
    let tags = project(&h)
        .actor(ActorId(2))
        .map(|a| a.tags.clone())
        .unwrap_or_default();
    assert_eq!(tags, vec!["care".to_owned(), "home care".to_owned()]);
    assert_eq!(
        verkosto::ui::map::inspector::parse_tags(" a, b,,a , c "),
        vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]
    );
}

#[test]
fn marking_a_new_own_organisation_unmarks_the_old_one_and_undoes_both() {
    let mut h = harness(two_actors(), Tab::Actors);
    let start = project(&h);
    click_role(&mut h, Role::Button, "Partner Ltd");
    click_role(&mut h, Role::CheckBox, "Own organisation");
    let p = project(&h);
    assert_eq!(p.own_actor().map(|a| a.id), Some(ActorId(2)));
    assert_eq!(p.actors.iter().filter(|a| a.own).count(), 1);
    undo(&mut h);
    assert_eq!(h.state().project(), &start);
}

fn row_order(h: &Harness<'_, App>, names: &[&str]) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = names
        .iter()
        .map(|&n| (h.get_by_role_and_label(Role::Button, n).rect().min.y, n.to_owned()))
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, n)| n).collect()
}

#[test]
fn clicking_the_name_header_sorts_the_actors_table_up_then_down() {
    let mut p = Project::new();
    for (id, name) in [(1, "beta"), (2, "Alpha"), (3, "gamma")] {
        p.actors.push(Actor {
            id: ActorId(id),
            name: name.into(),
            ..Actor::default()
        });
    }
    let mut h = harness(p, Tab::Actors);
    let names = ["beta", "Alpha", "gamma"];
    assert_eq!(
        row_order(&h, &names),
        ["beta", "Alpha", "gamma"],
        "file order before sorting"
    );
    click_role(&mut h, Role::Button, "Name");
    assert_eq!(
        row_order(&h, &names),
        ["Alpha", "beta", "gamma"],
        "ascending, ignoring case"
    );
    click_role(&mut h, Role::Button, "Name ▲");
    assert_eq!(row_order(&h, &names), ["gamma", "beta", "Alpha"], "descending");
}

#[test]
fn actor_rows_sort_by_each_column_stably_and_filter_by_name_kind_or_tag() {
    let mut p = Project::new();
    let rows = [
        (1, "Delta", "company", 2, &["care"][..]),
        (2, "alpha", "public", 5, &[][..]),
        (3, "Charlie", "company", 2, &["Care home"][..]),
    ];
    for (id, name, kind, importance, tags) in rows {
        p.actors.push(Actor {
            id: ActorId(id),
            name: name.into(),
            kind: kind.into(),
            importance,
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            ..Actor::default()
        });
    }
    p.relations.push(Relation {
        id: RelationId(1),
        from: ActorId(1),
        to: ActorId(2),
        ..Relation::default()
    });
    p.relations.push(Relation {
        id: RelationId(2),
        from: ActorId(1),
        to: ActorId(3),
        ..Relation::default()
    });
    let metrics = verkosto::analysis::analyse(&p, false);
    let lang = verkosto::i18n::Lang::En;
    let sort = |column, descending| Some(Sort { column, descending });

    assert_eq!(actor_rows(&p, None, "", None, lang), [0, 1, 2]);
    assert_eq!(
        actor_rows(&p, None, "", sort(ActorColumn::Name, false), lang),
        [1, 2, 0]
    );
    // Equal importance keeps the file's order in both directions.
    assert_eq!(
        actor_rows(&p, None, "", sort(ActorColumn::Importance, false), lang),
        [0, 2, 1]
    );
    assert_eq!(
        actor_rows(&p, None, "", sort(ActorColumn::Importance, true), lang),
        [1, 0, 2]
    );
    assert_eq!(
        actor_rows(&p, Some(&metrics), "", sort(ActorColumn::Degree, true), lang),
        [0, 1, 2]
    );
    assert_eq!(actor_rows(&p, None, "care", None, lang), [0, 2], "a tag matches");
    assert_eq!(
        actor_rows(&p, None, "PUBLIC", None, lang),
        [1],
        "a kind's label matches"
    );
    assert_eq!(Sort::toggle(None, ActorColumn::Name), sort(ActorColumn::Name, false));
    assert_eq!(
        Sort::toggle(sort(ActorColumn::Name, false), ActorColumn::Name),
        sort(ActorColumn::Name, true)
    );
    assert_eq!(Sort::toggle(sort(ActorColumn::Name, true), ActorColumn::Name), None);
}

#[test]
fn ctrl_click_selects_several_rows_and_deleting_them_takes_their_relations_and_undoes() {
    let mut p = two_actors();
    p.actors.push(Actor {
        id: ActorId(3),
        name: "Third".into(),
        ..Actor::default()
    });
    p.relations.push(Relation {
        id: RelationId(1),
        from: ActorId(1),
        to: ActorId(2),
        ..Relation::default()
    });
    p.relations.push(Relation {
        id: RelationId(2),
        from: ActorId(1),
        to: ActorId(3),
        ..Relation::default()
    });
    let mut h = harness(p, Tab::Actors);
    let start = project(&h);

    click_role(&mut h, Role::Button, "Partner Ltd");
    h.get_by_role_and_label(Role::Button, "Third")
        .click_modifiers(egui::Modifiers::COMMAND);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Actors(vec![ActorId(2), ActorId(3)])
    );
    click(&mut h, "🗑 Delete selected (2)");
    let p = project(&h);
    assert_eq!(p.actors.iter().map(|a| a.id).collect::<Vec<_>>(), [ActorId(1)]);
    assert!(p.relations.is_empty());
    undo(&mut h);
    assert_eq!(h.state().project(), &start);

    // Shift+click selects the range in the table's order; Delete deletes it.
    click_role(&mut h, Role::Button, "Our org");
    h.get_by_role_and_label(Role::Button, "Third")
        .click_modifiers(egui::Modifiers::SHIFT);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Actors(vec![ActorId(1), ActorId(2), ActorId(3)])
    );
    h.key_press(egui::Key::Delete);
    h.run();
    assert!(project(&h).actors.is_empty());
    undo(&mut h);
    assert_eq!(h.state().project(), &start);
}

#[test]
fn relation_added_in_the_relations_table_is_selected_and_undoes() {
    let mut h = harness(two_actors(), Tab::Relations);
    let start = project(&h);
    click_role(&mut h, Role::ComboBox, "New relation from");
    click(&mut h, "Our org");
    click_role(&mut h, Role::ComboBox, "New relation to");
    click(&mut h, "Partner Ltd");
    click(&mut h, "+ Add relation");
    let p = project(&h);
    assert_eq!(p.relations.len(), 1);
    assert_eq!((p.relations[0].from, p.relations[0].to), (ActorId(1), ActorId(2)));
    assert_eq!(h.state().view.selection, Selection::Relation(p.relations[0].id));

    // The inspector swaps its direction.
    click(&mut h, "↔ Swap direction");
    let swapped = project(&h);
    assert_eq!(
        (swapped.relations[0].from, swapped.relations[0].to),
        (ActorId(2), ActorId(1))
    );
    undo(&mut h);
    assert_eq!(h.state().project(), &p);
    undo(&mut h);
    assert_eq!(h.state().project(), &start);
}

#[test]
fn portfolio_network_added_named_and_given_members_undoes_step_by_step() {
    let mut h = harness(two_actors(), Tab::Portfolio);
    let start = project(&h);
    click(&mut h, "+ Add network");
    let added = project(&h);
    assert_eq!(added.mapping.portfolio.len(), 1);

    h.get_by_label("Name of network 1").click();
    h.run();
    h.get_by_label("Name of network 1").type_text("Regional care network");
    h.run();
    let named = project(&h);
    assert_eq!(named.mapping.portfolio[0].name, "Regional care network");

    click_role(&mut h, Role::ComboBox, "Add a member to network 1");
    click(&mut h, "Partner Ltd");
    let one = project(&h);
    assert_eq!(one.mapping.portfolio[0].members, [ActorId(2)]);
    click_role(&mut h, Role::ComboBox, "Add a member to network 1");
    click(&mut h, "Our org");
    let two = project(&h);
    assert_eq!(two.mapping.portfolio[0].members, [ActorId(2), ActorId(1)]);
    click(&mut h, "Remove Partner Ltd from network 1");
    assert_eq!(project(&h).mapping.portfolio[0].members, [ActorId(1)]);

    for before in [&two, &one, &named, &added, &start] {
        undo(&mut h);
        assert_eq!(h.state().project(), before);
    }
}

#[test]
fn inspector_shows_questions_and_network_metrics_until_an_actor_is_selected_and_deselect_returns_them() {
    let mut h = harness(two_actors(), Tab::Actors);
    assert!(h.query_by_label_contains("Whom do we work with now").is_some());
    assert!(
        h.query_by_label("Density").is_some(),
        "the whole network's metrics are shown"
    );
    click_role(&mut h, Role::Button, "Our org");
    assert!(h.query_by_label_contains("Whom do we work with now").is_none());
    assert!(h.query_by_label("In-degree").is_some(), "the actor's metrics are shown");
    click(&mut h, "Deselect");
    assert_eq!(h.state().view.selection, Selection::None);
    assert!(h.query_by_label_contains("Whom do we work with now").is_some());
}

#[test]
fn an_actor_added_to_a_long_table_is_scrolled_into_view() {
    let mut p = Project::new();
    for id in 1..=200 {
        p.actors.push(Actor {
            id: ActorId(id),
            name: format!("Actor {id:03}"),
            ..Actor::default()
        });
    }
    let mut h = harness(p, Tab::Actors);
    assert!(h.query_by_role_and_label(Role::Button, "Actor 001").is_some());
    assert!(
        h.query_by_role_and_label(Role::Button, "Actor 200").is_none(),
        "only visible rows are laid out"
    );
    click(&mut h, "+ Add actor");
    assert!(
        h.query_by_role_and_label(Role::Button, "New actor").is_some(),
        "the new row is on screen"
    );
    assert!(h.query_by_role_and_label(Role::Button, "Actor 001").is_none());
}

/// The kind drop-down of the inspector lists every kind of the example without scrolling, at a
/// projector's 1024×768 and at 150 % zoom on a laptop (853×533 points).
#[test]
fn the_kind_drop_down_shows_every_kind_at_once() {
    for (w, h) in [(1024.0, 768.0), (853.0, 533.0)] {
        let project = verkosto::example::project();
        let kinds: Vec<String> = project
            .catalogs
            .actor_kinds
            .0
            .iter()
            .map(|k| k.label(verkosto::i18n::Lang::En).to_owned())
            .collect();
        let mut harness = common::app(project).size(w, h).tab(Tab::Actors).build();
        harness.run();
        let first = harness.state().project().actors[0].id;
        harness.state_mut().view.selection = Selection::Actors(vec![first]);
        harness.run();
        click_role(&mut harness, Role::ComboBox, "Kind");
        let combo = harness.get_by_role_and_label(Role::ComboBox, "Kind").rect();
        for kind in &kinds {
            // The list's item, nearest the drop-down (the table's rows below name kinds too).
            let item = harness
                .query_all_by_label_contains(kind)
                .map(|n| n.rect())
                .filter(|r| r.height() > 0.0 && !r.intersects(combo))
                .min_by(|a, b| {
                    a.center()
                        .distance(combo.center())
                        .total_cmp(&b.center().distance(combo.center()))
                })
                .unwrap_or_else(|| panic!("{kind} is listed at {w}×{h}"));
            assert!(
                item.top() >= 0.0 && item.bottom() <= h,
                "{kind} is in view at {w}×{h}: {item:?}"
            );
        }
    }
}
