//! Project files: round trips, stable bytes, and bad files that must be refused clearly
//! without touching anything.

use proptest::prelude::*;
use verkosto::i18n::Lang;
use verkosto::io::{self, LoadError};
use verkosto::model::*;

fn text() -> impl Strategy<Value = String> {
    // Any printable text, with quotes, backslashes, hashes and line breaks that RON must escape.
    prop_oneof![
        Just(String::new()),
        "[a-zA-ZäöåÄÖ .,-]{0,20}",
        "[\\PC\"\\\\#\n\t]{0,24}",
    ]
}

fn date() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        (2000i32..2040, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Date::ymd(y, m, d))
    ]
}

fn pick<T: Clone + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i].clone())
}

fn key(catalog: fn(&Catalogs) -> &Catalog) -> impl Strategy<Value = String> {
    let keys: Vec<String> = catalog(&Catalogs::default()).0.iter().map(|i| i.key.clone()).collect();
    (0..keys.len()).prop_map(move |i| keys[i].clone())
}

fn actor(id: u32) -> impl Strategy<Value = Actor> {
    (
        text(),
        key(|c| &c.actor_kinds),
        prop::option::of(pick(Sector::ALL)),
        (text(), text(), text()),
        prop::collection::vec("[a-z]{1,8}", 0..3),
        pick(Ring::ALL),
        1u8..=5,
        prop::option::of((-5000.0f32..5000.0, -5000.0f32..5000.0)),
        any::<bool>(),
    )
        .prop_map(
            move |(name, kind, sector, (role, description, contact), tags, ring, importance, pos, pinned)| Actor {
                id: ActorId(id),
                name,
                kind,
                sector,
                role,
                description,
                contact,
                tags,
                ring,
                importance,
                own: false,
                pos: pos.map(|(x, y)| [x, y]),
                pinned,
            },
        )
}

fn relation(id: u32, actors: u32) -> impl Strategy<Value = Relation> {
    (
        1..=actors,
        1..=actors,
        any::<bool>(),
        key(|c| &c.relation_roles),
        prop::collection::vec(key(|c| &c.flows), 0..3),
        pick(RelationStatus::ALL),
        1u8..=5,
        (pick(Intensity::ALL), pick(Formality::ALL), pick(Intent::ALL)),
        text(),
    )
        .prop_map(
            move |(from, to, directed, role, flows, status, importance, (intensity, formality, intent), notes)| {
                Relation {
                    id: RelationId(id),
                    from: ActorId(from),
                    to: ActorId(to),
                    directed,
                    role,
                    flows,
                    status,
                    importance,
                    intensity,
                    formality,
                    intent,
                    notes,
                }
            },
        )
}

fn worksheet() -> impl Strategy<Value = Worksheet> {
    (
        pick(SheetStatus::ALL),
        text(),
        date(),
        prop::collection::vec(text(), 0..4),
        (text(), text()),
        prop::collection::vec((text(), text(), date()), 0..3),
    )
        .prop_map(
            |(status, participants, date, answers, (notes, decisions), steps)| Worksheet {
                status,
                participants,
                date,
                answers,
                notes,
                decisions,
                next_steps: steps
                    .into_iter()
                    .map(|(task, owner, due)| NextStep { task, owner, due })
                    .collect(),
            },
        )
}

prop_compose! {
    fn project()(n in 1u32..12, m in 0u32..16)(
        actors in (1..=n).map(actor).collect::<Vec<_>>(),
        relations in (1..=m).map(move |id| relation(id, n)).collect::<Vec<_>>(),
        own in 0..=n,
        name in text(),
        sheets in prop::collection::vec(worksheet(), 9),
        role_text in text(),
        levels in prop::collection::vec((0u8..=4, pick(Availability::ALL)), 0..4),
        scores in prop::collection::vec(prop::option::of(1u8..=5), 0..18),
        tagline in "[\\PC]{0,120}",
        idea in text(),
        vision in text(),
    ) -> Project {
        let mut p = Project::new();
        p.meta.name = name;
        p.actors = actors;
        if own > 0 {
            p.actors[(own - 1) as usize].own = true;
        }
        p.relations = relations;
        for (phase, sheet) in PhaseId::ALL.iter().zip(sheets) {
            *p.sheet_mut(*phase) = sheet;
        }
        p.roles.rows.push(RoleRow { service: role_text, partners: vec![ActorId(1)], ..RoleRow::default() });
        p.competences.columns = vec![ActorId(1)];
        p.competences.competences.push(Competence {
            id: CompetenceId(1),
            cells: levels
                .iter()
                .enumerate()
                .map(|(i, &(level, availability))| CompetenceCell {
                    holder: if i == 0 { Holder::Potential } else { Holder::Actor(ActorId(1)) },
                    level,
                    availability,
                })
                .take(2)
                .collect(),
            ..Competence::default()
        });
        p.idea.canvas.need = idea.clone();
        p.idea.versions.push(IdeaVersion { label: idea, ..IdeaVersion::default() });
        p.strategy.vision = vision;
        p.strategy.approvals.push(Approval { member: ActorId(1), date: Date::ymd(2026, 5, 1) });
        p.evaluation.rounds.push(EvaluationRound {
            id: RoundId(1),
            respondents: vec![Respondent { id: RespondentId(1), name: "A".into(), actor: Some(ActorId(1)) }],
            ratings: scores
                .iter()
                .enumerate()
                .map(|(i, &score)| Rating {
                    respondent: RespondentId(1),
                    criterion: CriterionId(i as u32 + 1),
                    score,
                    comment: String::new(),
                })
                .collect(),
            ..EvaluationRound::default()
        });
        p.card.tagline = tagline;
        p.card.members = vec![ActorId(1)];
        p
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_project_saves_and_loads_back_equal(p in project()) {
        prop_assert_eq!(p.problems(), vec![]);
        let text = io::to_ron(&p);
        let back = io::parse(&text);
        prop_assert_eq!(back.as_ref(), Ok(&p), "text was:\n{}", text);
    }

    #[test]
    fn saving_twice_gives_identical_bytes(p in project()) {
        let once = io::to_ron(&p);
        let twice = io::to_ron(&io::parse(&once).expect("loads"));
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn any_text_is_refused_or_loaded_without_panic(text in "[\\PC\n]{0,400}") {
        let _ = io::parse(&text);
    }
}

#[test]
fn saving_writes_a_file_that_loads_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    let mut p = Project::new();
    p.meta.name = "Testi".into();
    io::save(&path, &p).expect("saves");
    assert_eq!(io::load(&path), Ok(p));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("p.ron")]);
}

#[test]
fn a_one_field_change_is_a_one_line_diff() {
    let mut p = Project::new();
    p.actors.push(Actor {
        id: ActorId(1),
        name: "A".into(),
        description: "monta\nriviä".into(),
        ..Actor::default()
    });
    let before = io::to_ron(&p);
    p.actors[0].description = "monta\nriviä, muutettu".into();
    let after = io::to_ron(&p);
    let changed: Vec<_> = before.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed.len(), 1, "{changed:?}");
}

#[test]
fn saving_into_a_missing_folder_fails_with_a_reason_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such-folder").join("p.ron");
    let err = io::save(&path, &Project::new()).expect_err("must fail");
    let text = err.message(Lang::En, "p.ron");
    assert!(text.starts_with("Could not save p.ron:"), "{text}");
    assert!(text.ends_with("The previous file is unchanged."), "{text}");
    assert!(!path.exists());
}

#[test]
fn the_version_1_fixture_always_loads() {
    let p = io::load(std::path::Path::new("tests/fixtures/v1.ron")).expect("v1 fixture loads");
    assert_eq!(p.format_version, FORMAT_VERSION);
    assert_eq!(p.meta.name, "Kiertotalousverkosto");
    assert_eq!(p.actors.len(), 4);
    assert_eq!(p.relations.len(), 3);
    assert_eq!(p.own_actor().map(|a| a.name.as_str()), Some("Kaupunki"));
    assert_eq!(p.strategy.lifecycle, LifecycleStage::StartUp);
    assert_eq!(p.evaluation.criteria.len(), 18, "missing fields take their defaults");
}

/// Every kind of bad file: the error, its English message, and that the file is unchanged.
fn refused(name: &str, content: &[u8]) -> (LoadError, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("writes");
    let err = io::load(&path).expect_err("must be refused");
    assert_eq!(
        std::fs::read(&path).expect("reads"),
        content,
        "the file must be left untouched"
    );
    let message = err.message(Lang::En, name);
    assert!(!err.message(Lang::Fi, name).is_empty());
    (err, message)
}

fn valid_text() -> String {
    std::fs::read_to_string("tests/fixtures/v1.ron").expect("fixture")
}

#[test]
fn a_truncated_file_is_refused_with_line_and_column() {
    let text = valid_text();
    let (err, message) = refused("cut.ron", &text.as_bytes()[..text.len() / 2]);
    assert!(matches!(err, LoadError::Parse { .. }), "{err:?}");
    assert!(message.contains("line") && message.contains("column"), "{message}");
}

#[test]
fn wrong_types_are_refused_with_line_and_column() {
    let text = valid_text().replace("importance: 5,", "importance: \"very\",");
    let (err, message) = refused("types.ron", text.as_bytes());
    let LoadError::Parse { line, .. } = err else {
        panic!("{err:?}")
    };
    let expected = text.lines().position(|l| l.contains("\"very\"")).expect("line") + 1;
    assert_eq!(line, expected, "{message}");
}

#[test]
fn binary_junk_is_refused_as_not_text() {
    let junk: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let (err, message) = refused("junk.ron", &junk);
    assert_eq!(err, LoadError::NotText);
    assert_eq!(
        message,
        "The file junk.ron is not text, so it is not a Verkosto project."
    );
}

#[test]
fn dangling_ids_are_each_reported() {
    let text = valid_text()
        .replace("to: 3,", "to: 99,")
        .replace("members: [\n        1,", "members: [\n        77,");
    let (err, message) = refused("dangling.ron", text.as_bytes());
    let LoadError::Invalid(problems, _) = err else {
        panic!("{err:?}")
    };
    assert!(
        problems.iter().any(|p| matches!(p, Problem::Dangling { id: 99, .. })),
        "{message}"
    );
    assert!(
        problems.iter().any(|p| matches!(p, Problem::Dangling { id: 77, .. })),
        "{message}"
    );
    assert!(message.contains("refers to id 99, which does not exist"), "{message}");
}

#[test]
fn duplicate_ids_and_out_of_range_values_are_reported() {
    let text = valid_text()
        .replace("id: 2,\n      name: \"Yritys Oy\"", "id: 1,\n      name: \"Yritys Oy\"")
        .replace("importance: 5,", "importance: 9,");
    let (err, message) = refused("values.ron", text.as_bytes());
    let LoadError::Invalid(problems, _) = err else {
        panic!("{err:?}")
    };
    assert!(
        problems.iter().any(|p| matches!(p, Problem::DuplicateId { id: 1, .. })),
        "{message}"
    );
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, Problem::OutOfRange { value: 9, .. })),
        "{message}"
    );
}

#[test]
fn a_newer_format_version_is_refused_with_a_clear_message() {
    let text = valid_text().replace("format_version: 1,", "format_version: 7,");
    let (err, message) = refused("newer.ron", text.as_bytes());
    assert_eq!(err, LoadError::Newer(7));
    assert!(
        message.contains("newer version of Verkosto") && message.contains("Update Verkosto"),
        "{message}"
    );
}

#[test]
fn a_file_without_format_version_is_refused() {
    let (err, _) = refused("noversion.ron", b"(meta: (name: \"x\"))");
    assert_eq!(err, LoadError::NoVersion);
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("creates");
    file.set_len(io::MAX_FILE_BYTES + 1).expect("sparse file");
    let err = io::load(&path).expect_err("refused");
    assert_eq!(err, LoadError::TooLarge(io::MAX_FILE_BYTES + 1));
    assert!(err.message(Lang::Fi, "huge.ron").contains("liian suuri"));
}

#[test]
fn a_missing_file_is_refused_with_the_reason() {
    let err = io::load(std::path::Path::new("/no/such/file.ron")).expect_err("refused");
    assert!(matches!(err, LoadError::Read(_)));
    assert!(
        err.message(Lang::En, "file.ron")
            .starts_with("Could not read file.ron:")
    );
}

#[test]
fn deeply_nested_input_is_refused_without_overflowing_the_stack() {
    let text = format!(
        "(format_version: 1, meta: {}{})",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    assert!(io::parse(&text).is_err());
}

#[test]
fn the_version_2_fixture_loads_with_its_presentation() {
    use verkosto::model::{MapSizeBy, SlideKey};
    let p = io::load(std::path::Path::new("tests/fixtures/v2.ron")).expect("v2 fixture loads");
    assert!(p.presentation.is_hidden(SlideKey::Roles));
    assert_eq!(p.presentation.note(SlideKey::Title), "Tervetuloa.");
    let view = &p.presentation.map_slides[0];
    assert_eq!(
        (view.id, view.name.as_str(), view.size_by),
        (1, "Ydin", MapSizeBy::Degree)
    );
    assert_eq!(view.zoom, Some(1.5));
}

#[test]
fn a_version_1_file_migrates_with_an_empty_presentation() {
    let p = io::load(std::path::Path::new("tests/fixtures/v1.ron")).expect("v1 fixture loads");
    assert_eq!(p.format_version, FORMAT_VERSION);
    assert_eq!(p.presentation, verkosto::model::Presentation::default());
}

#[test]
fn the_presentation_survives_save_and_reopen_and_its_edit_undoes() {
    use verkosto::model::{Edit, MapSlide, SlideKey};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    let mut project = io::load(std::path::Path::new("tests/fixtures/v1.ron")).expect("loads");
    let before = project.clone();
    let mut presentation = project.presentation.clone();
    presentation.set_hidden(SlideKey::Card, true);
    presentation.set_note(SlideKey::Strategy, "Kuusi osa-aluetta.\nToinen rivi.".into());
    presentation.map_slides.push(MapSlide {
        id: 3,
        name: "Kumppanit".into(),
        focus: Some(verkosto::model::ActorId(1)),
        ..MapSlide::default()
    });
    let inverse = project
        .apply(Edit::SetPresentation(Box::new(presentation.clone())))
        .expect("applies");
    io::save(&path, &project).expect("saves");
    let reopened = io::load(&path).expect("reopens");
    assert_eq!(reopened.presentation, presentation);
    project.apply(inverse).expect("undoes");
    assert_eq!(project, before);
}
