//! The widget kit's read-only mode (for presentation slides): every worksheet of phases 2–9
//! drawn with `read_only` shows its content as text, with no field, menu or row button to
//! edit, and hands back no edit.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use verkosto::app::Outbox;
use verkosto::model::{PhaseId, Project};
use verkosto::ui::{Selection, ViewCtx, sheets};

fn example() -> Project {
    verkosto::io::parse(verkosto::example::EXAMPLE_RON).expect("the example project loads")
}

/// Draws `phase`'s worksheet of the example project once; returns the harness and how many
/// edits the sheet handed back.
fn render(phase: PhaseId, read_only: bool) -> (Harness<'static, (Project, Outbox)>, usize) {
    let mut harness = Harness::builder().with_size(egui::vec2(1400.0, 4000.0)).build_ui_state(
        move |ui, (project, out): &mut (Project, Outbox)| {
            let mut selection = Selection::None;
            let mut cx = ViewCtx {
                project,
                revision: 0,
                lang: verkosto::i18n::Lang::En,
                selection: &mut selection,
                analysis: None,
                out,
                read_only,
            };
            sheets::worksheet(ui, &mut cx, phase);
        },
        (example(), Outbox::default()),
    );
    harness.run_steps(3);
    let edits = harness.state().1.edits.len();
    (harness, edits)
}

fn editing_controls(harness: &Harness<'static, (Project, Outbox)>) -> usize {
    [
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::RadioButton,
    ]
    .into_iter()
    .map(|role| harness.query_all_by_role(role).count())
    .sum()
}

const PHASES: [PhaseId; 8] = [
    PhaseId::Roles,
    PhaseId::Competences,
    PhaseId::Tactics,
    PhaseId::Idea,
    PhaseId::Conditions,
    PhaseId::Strategy,
    PhaseId::Evaluation,
    PhaseId::Card,
];

#[test]
fn read_only_worksheets_have_no_editing_controls_and_make_no_edits() {
    for phase in PHASES {
        let (editing, _) = render(phase, false);
        assert!(editing_controls(&editing) > 0, "{phase:?} has fields when editing");
        let (read_only, edits) = render(phase, true);
        assert_eq!(
            editing_controls(&read_only),
            0,
            "{phase:?} shows editing controls when read-only"
        );
        assert_eq!(edits, 0, "{phase:?} made an edit when read-only");
        assert!(
            read_only.query_by_label_contains("Move ").is_none(),
            "{phase:?} shows row buttons when read-only"
        );
    }
}

#[test]
fn a_read_only_worksheet_shows_the_values_as_text() {
    let project = example();
    let service = project.roles.rows[0].service.clone();
    let vision = project.strategy.vision.clone();
    let (roles, _) = render(PhaseId::Roles, true);
    assert!(roles.query_by_label(&service).is_some(), "the first service is shown");
    let (strategy, _) = render(PhaseId::Strategy, true);
    assert!(strategy.query_by_label(&vision).is_some(), "the vision is shown");
}
