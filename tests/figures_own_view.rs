//! What the worksheets of phases 2–5 compute: competence gaps and columns, the readiness mean,
//! depth changes, idea versions and their comparison, and the row operations of the tables.

use proptest::prelude::*;
use verkosto::model::*;
use verkosto::ui::kit::RowOp;

fn cell(holder: Holder, level: u8, availability: Availability) -> CompetenceCell {
    CompetenceCell {
        holder,
        level,
        availability,
    }
}

fn actor(id: u32) -> Holder {
    Holder::Actor(ActorId(id))
}

fn competence(id: u32, required: u8, criticality: u8, cells: Vec<CompetenceCell>) -> Competence {
    Competence {
        id: CompetenceId(id),
        name: format!("C{id}"),
        required,
        criticality,
        cells,
        ..Competence::default()
    }
}

// Competence gaps ------------------------------------------------------------------------------

#[test]
fn gap_is_required_level_minus_best_available_level() {
    let c = competence(
        1,
        4,
        3,
        vec![
            cell(actor(1), 1, Availability::Available),
            cell(actor(2), 2, Availability::Available),
        ],
    );
    assert_eq!(c.best_available(), 2);
    assert_eq!(c.gap(), 2);
}

#[test]
fn a_competence_nobody_has_leaves_the_whole_required_level_as_gap() {
    assert_eq!(competence(1, 3, 3, Vec::new()).gap(), 3);
}

#[test]
fn not_available_competence_does_not_close_a_gap_but_negotiable_does() {
    let not_available = competence(1, 3, 3, vec![cell(actor(1), 4, Availability::NotAvailable)]);
    assert_eq!(not_available.gap(), 3);
    let negotiable = competence(1, 3, 3, vec![cell(actor(1), 4, Availability::Negotiable)]);
    assert_eq!(negotiable.gap(), 0);
}

#[test]
fn gap_is_never_negative() {
    let c = competence(1, 1, 3, vec![cell(actor(1), 4, Availability::Available)]);
    assert_eq!(c.gap(), 0);
}

#[test]
fn gaps_are_listed_most_critical_first_then_largest_then_in_table_order() {
    let phase = CompetencePhase {
        competences: vec![
            competence(1, 2, 3, Vec::new()), // gap 2, criticality 3
            competence(2, 4, 5, vec![cell(actor(1), 3, Availability::Available)]), // gap 1, crit 5
            competence(3, 2, 1, vec![cell(actor(1), 2, Availability::Available)]), // no gap
            competence(4, 4, 3, Vec::new()), // gap 4, criticality 3
            competence(5, 2, 3, Vec::new()), // gap 2, criticality 3, after row 1
        ],
        ..CompetencePhase::default()
    };
    let order: Vec<u32> = phase.gaps().iter().map(|(_, c)| c.id.0).collect();
    assert_eq!(order, vec![2, 4, 1, 5]);
    let indices: Vec<usize> = phase.gaps().iter().map(|(i, _)| *i).collect();
    assert_eq!(indices, vec![1, 3, 0, 4]);
}

#[test]
fn setting_a_cell_to_none_and_available_removes_it_and_cells_stay_sorted() {
    let mut c = competence(1, 2, 3, Vec::new());
    c.set_cell(Holder::Potential, 2, Availability::Negotiable);
    c.set_cell(actor(5), 3, Availability::Available);
    c.set_cell(actor(2), 0, Availability::NotAvailable);
    let holders: Vec<Holder> = c.cells.iter().map(|x| x.holder).collect();
    assert_eq!(holders, vec![actor(2), actor(5), Holder::Potential]);
    c.set_cell(actor(5), 0, Availability::Available);
    assert!(c.cell(actor(5)).is_none());
    assert_eq!(c.level_of(actor(5)), 0);
    assert_eq!(c.availability_of(actor(5)), Availability::Available);
    assert_eq!(c.availability_of(actor(2)), Availability::NotAvailable);
    c.set_cell(Holder::Potential, 4, Availability::Available);
    assert_eq!(c.cells.len(), 2, "a holder never has two cells");
    assert_eq!(c.level_of(Holder::Potential), 4);
}

#[test]
fn columns_are_own_organisation_then_chosen_actors_then_actors_with_cells_then_potential() {
    let phase = CompetencePhase {
        columns: vec![ActorId(3), ActorId(1), ActorId(2)],
        competences: vec![competence(
            1,
            2,
            3,
            vec![
                cell(actor(9), 2, Availability::Available),
                cell(actor(2), 1, Availability::Available),
            ],
        )],
        ..CompetencePhase::default()
    };
    assert_eq!(
        phase.holders(Some(ActorId(1))),
        vec![actor(1), actor(3), actor(2), actor(9), Holder::Potential]
    );
    assert_eq!(
        phase.holders(None),
        vec![actor(3), actor(1), actor(2), actor(9), Holder::Potential]
    );
}

#[test]
fn removing_a_column_removes_its_cells_so_it_cannot_close_a_gap_unseen() {
    let mut phase = CompetencePhase {
        columns: vec![ActorId(2), ActorId(3)],
        competences: vec![competence(
            1,
            3,
            3,
            vec![
                cell(actor(2), 3, Availability::Available),
                cell(actor(3), 1, Availability::Available),
            ],
        )],
        ..CompetencePhase::default()
    };
    assert_eq!(phase.competences[0].gap(), 0);
    phase.remove_column(ActorId(2));
    assert_eq!(phase.columns, vec![ActorId(3)]);
    assert_eq!(phase.competences[0].gap(), 2);
    assert_eq!(phase.holders(None), vec![actor(3), Holder::Potential]);
}

// Tactics ------------------------------------------------------------------------------------

#[test]
fn readiness_mean_is_the_mean_of_the_scored_items_only() {
    let mut r = Readiness::default();
    assert_eq!(r.mean(), None);
    assert_eq!(r.answered(), 0);
    r.resources.score = Some(2);
    r.culture.score = Some(5);
    assert_eq!(r.answered(), 2);
    assert_eq!(r.mean(), Some(3.5));
    r.people.score = Some(1);
    r.communication.score = Some(4);
    assert_eq!(r.mean(), Some(3.0));
}

#[test]
fn readiness_items_follow_the_method_order() {
    let mut r = Readiness::default();
    for (item, score) in r.items_mut().into_iter().zip(1..) {
        item.score = Some(score);
    }
    assert_eq!(
        (
            r.resources.score,
            r.people.score,
            r.communication.score,
            r.culture.score
        ),
        (Some(1), Some(2), Some(3), Some(4))
    );
    let scores: Vec<Option<u8>> = r.items().iter().map(|i| i.score).collect();
    assert_eq!(scores, vec![Some(1), Some(2), Some(3), Some(4)]);
}

#[test]
fn depth_change_counts_steps_to_deepen_or_lighten() {
    let mut t = PartnerTactic {
        current_depth: Depth::Information,
        target_depth: Depth::CoCreation,
        ..PartnerTactic::default()
    };
    assert_eq!(t.depth_change(), 3);
    t.target_depth = Depth::Information;
    assert_eq!(t.depth_change(), 0);
    t.current_depth = Depth::Pooling;
    assert_eq!(t.depth_change(), -2);
}

// Idea versions ------------------------------------------------------------------------------

fn canvas(need: &str, offering: &str) -> IdeaCanvas {
    IdeaCanvas {
        need: need.into(),
        offering: offering.into(),
        ..IdeaCanvas::default()
    }
}

#[test]
fn comparing_canvases_lists_all_eight_fields_in_order_with_how_each_changed() {
    let before = IdeaCanvas {
        need: "Old need".into(),
        target_groups: "Seniors".into(),
        why_together: "Same".into(),
        ..IdeaCanvas::default()
    };
    let after = IdeaCanvas {
        need: "New need".into(),
        offering: "Service desk".into(),
        why_together: "Same".into(),
        ..IdeaCanvas::default()
    };
    let changes = compare_canvases(&before, &after);
    let fields: Vec<CanvasField> = changes.iter().map(|c| c.field).collect();
    assert_eq!(fields, CanvasField::ALL.to_vec());
    let kinds: Vec<ChangeKind> = changes.iter().map(|c| c.kind).collect();
    use ChangeKind::*;
    assert_eq!(
        kinds,
        vec![
            Edited, Removed, Unchanged, Added, Unchanged, Unchanged, Unchanged, Unchanged
        ]
    );
    assert_eq!(
        (changes[0].before.as_str(), changes[0].after.as_str()),
        ("Old need", "New need")
    );
}

#[test]
fn white_space_around_a_text_is_not_a_change() {
    let changes = compare_canvases(&canvas("Need", ""), &canvas("  Need\n", " "));
    assert!(changes.iter().all(|c| c.kind == ChangeKind::Unchanged));
}

#[test]
fn comparing_versions_counts_net_type_and_maturity_too() {
    let a = IdeaVersion {
        canvas: canvas("A", ""),
        net_type: None,
        maturity: Maturity::Idea,
        ..IdeaVersion::default()
    };
    let b = IdeaVersion {
        canvas: canvas("B", "X"),
        net_type: Some(NetType::Renewal),
        maturity: Maturity::Pilot,
        ..IdeaVersion::default()
    };
    let result = compare_versions(&a, &b);
    assert_eq!(result.changed_count(), 4);
    assert_eq!(result.net_type, (None, Some(NetType::Renewal)));
    assert_eq!(result.maturity, (Maturity::Idea, Maturity::Pilot));
    assert_eq!(compare_versions(&a, &a).changed_count(), 0);
}

#[test]
fn saving_a_version_keeps_a_dated_copy_and_restoring_brings_it_back() {
    let mut idea = IdeaPhase {
        canvas: canvas("First", ""),
        maturity: Maturity::Concept,
        net_type: Some(NetType::Current),
        ..IdeaPhase::default()
    };
    let date = Date::ymd(2026, 5, 4);
    idea.save_version(date, "  After workshop 1 ");
    idea.canvas.need = "Second".into();
    idea.maturity = Maturity::Pilot;
    assert_eq!(idea.versions.len(), 1);
    let v = &idea.versions[0];
    assert_eq!(
        (v.date, v.label.as_str(), v.canvas.need.as_str(), v.maturity),
        (date, "After workshop 1", "First", Maturity::Concept)
    );
    assert!(idea.restore_version(0));
    assert_eq!(
        (idea.canvas.need.as_str(), idea.maturity, idea.net_type),
        ("First", Maturity::Concept, Some(NetType::Current))
    );
    assert_eq!(idea.versions.len(), 1, "restoring leaves the versions as they were");
    assert!(!idea.restore_version(5));
}

#[test]
fn word_diff_marks_the_replaced_words() {
    let diff = word_diff("Older people need services.", "Older people need one contact point.");
    assert_eq!(
        diff,
        vec![
            (DiffOp::Same, "Older people need ".to_owned()),
            (DiffOp::Removed, "services.".to_owned()),
            (DiffOp::Added, "one contact point.".to_owned()),
        ]
    );
}

#[test]
fn word_diff_of_equal_texts_is_all_same_and_of_empty_texts_is_empty() {
    assert_eq!(word_diff("a b", "a b"), vec![(DiffOp::Same, "a b".to_owned())]);
    assert_eq!(word_diff("", ""), Vec::new());
    assert_eq!(word_diff("", "new"), vec![(DiffOp::Added, "new".to_owned())]);
}

#[test]
fn word_diff_of_huge_texts_falls_back_to_replacing_the_whole_text() {
    let a = "word ".repeat(400);
    let b = "other ".repeat(400);
    assert_eq!(
        word_diff(&a, &b),
        vec![(DiffOp::Removed, a.clone()), (DiffOp::Added, b.clone())]
    );
}

fn side(diff: &[(DiffOp, String)], skip: DiffOp) -> String {
    diff.iter()
        .filter(|(op, _)| *op != skip)
        .map(|(_, t)| t.as_str())
        .collect()
}

proptest! {
    #[test]
    fn word_diff_gives_back_both_texts(a in "[a-cä \n]{0,40}", b in "[a-cä \n]{0,40}") {
        let diff = word_diff(&a, &b);
        prop_assert_eq!(side(&diff, DiffOp::Added), a);
        prop_assert_eq!(side(&diff, DiffOp::Removed), b);
        // Neighbouring pieces never share an operation (they are merged).
        prop_assert!(diff.windows(2).all(|w| w[0].0 != w[1].0));
    }
}

// Table rows ---------------------------------------------------------------------------------

#[test]
fn row_operations_move_and_delete_and_ignore_rows_out_of_range() {
    let mut rows = vec!['a', 'b', 'c'];
    RowOp::Up(2).apply(&mut rows);
    assert_eq!(rows, ['a', 'c', 'b']);
    RowOp::Down(0).apply(&mut rows);
    assert_eq!(rows, ['c', 'a', 'b']);
    RowOp::Delete(1).apply(&mut rows);
    assert_eq!(rows, ['c', 'b']);
    for op in [RowOp::Up(0), RowOp::Down(1), RowOp::Delete(7), RowOp::Up(9)] {
        op.apply(&mut rows);
    }
    assert_eq!(rows, ['c', 'b']);
}
