//! Files a coordinator may receive or pick by mistake: not plain files, too large, broken,
//! odd encodings, unknown fields. Each is refused (or read) with a sentence that says what
//! and where, in both languages, never with a parser's developer text, and never hangs.

use std::path::{Path, PathBuf};
use verkosto::i18n::Lang;
use verkosto::io::{self, FileKind, LoadError, ParseReason, ReadError};

fn fixture() -> String {
    std::fs::read_to_string("tests/fixtures/v1.ron").expect("fixture")
}

/// Both languages' messages for `err`, checked for developer text.
fn messages(err: &LoadError) -> (String, String) {
    let fi = err.message(Lang::Fi, "p.ron");
    let en = err.message(Lang::En, "p.ron");
    for text in [&fi, &en] {
        for developer in [
            "VersionProbe",
            "recursion_limit",
            "serde_stacker",
            "raw identifier",
            "r#",
            "Integer is out of bounds",
            "os error",
            "inf",
            "Expected",
        ] {
            assert!(!text.contains(developer), "{developer:?} in {text}");
        }
    }
    (fi, en)
}

fn refuse_text(text: &str) -> LoadError {
    io::parse(text).expect_err("must be refused")
}

/// Position (line, column) of the first occurrence of `needle` in `text`.
fn where_is(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).expect("needle in text");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    mkfifo(&path);
    let started = std::time::Instant::now();
    let err = io::load(&path).expect_err("refused");
    assert!(started.elapsed().as_secs() < 5, "did not wait for a writer");
    assert_eq!(err, LoadError::NotAFile(FileKind::Fifo));
    let (fi, en) = messages(&err);
    assert_eq!(en, "Could not read p.ron: it is a pipe (FIFO), not a regular file.");
    assert!(fi.contains("putki"), "{fi}");
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_as_a_device_without_reading_from_it() {
    let err = io::load(Path::new("/dev/zero")).expect_err("refused");
    assert_eq!(err, LoadError::NotAFile(FileKind::Device));
    assert_eq!(
        io::read_limited(Path::new("/dev/zero"), 10),
        Err(ReadError::NotAFile(FileKind::Device))
    );
}

#[test]
fn a_folder_is_refused_as_a_folder_in_finnish_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = io::load(dir.path()).expect_err("refused");
    assert_eq!(err, LoadError::NotAFile(FileKind::Directory));
    let (fi, en) = messages(&err);
    assert_eq!(fi, "Tiedostoa p.ron ei voitu lukea: se on kansio eikä tiedosto.");
    assert_eq!(en, "Could not read p.ron: it is a folder, not a file.");
}

#[test]
fn a_missing_file_is_explained_in_finnish_without_an_error_number() {
    let err = io::load(Path::new("/no/such/p.ron")).expect_err("refused");
    let (fi, _) = messages(&err);
    assert_eq!(fi, "Tiedostoa p.ron ei voitu lukea: tiedostoa tai kansiota ei ole.");
}

#[test]
fn the_reader_takes_exactly_the_limit_and_refuses_one_byte_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("f");
    std::fs::write(&path, [b'x'; 10]).expect("writes");
    assert_eq!(io::read_limited(&path, 10).map(|b| b.len()), Ok(10));
    assert_eq!(io::read_limited(&path, 9), Err(ReadError::TooLarge(10)));
}

#[test]
fn the_size_limit_is_stated_in_one_unit_as_in_the_readme() {
    let err = LoadError::TooLarge(io::MAX_FILE_BYTES + 1);
    let (fi, en) = messages(&err);
    assert_eq!(
        en,
        "The file p.ron is too large (64.1 MB; Verkosto reads at most 64 MB). It is not a Verkosto project, or it is damaged."
    );
    assert!(fi.contains("(64,1 Mt; Verkosto lukee enintään 64 Mt)"), "{fi}");
    let readme = std::fs::read_to_string("README.md").expect("readme");
    assert!(readme.contains("64 MB"), "README states the same limit");
    assert_eq!(io::MAX_FILE_BYTES, 64 * io::MEGABYTE);
}

#[test]
fn a_file_with_a_byte_order_mark_simply_loads() {
    let text = format!("\u{feff}{}", fixture());
    let p = io::parse(&text).expect("loads");
    assert_eq!(p.meta.name, "Kiertotalousverkosto");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bom.ron");
    std::fs::write(&path, text).expect("writes");
    assert!(io::load(&path).is_ok());
}

#[test]
fn importance_300_names_the_field_its_scale_and_the_place() {
    let text = fixture().replacen("importance: 5,", "importance: 300,", 1);
    let err = refuse_text(&text);
    let (line, column) = where_is(&text, "300");
    let LoadError::OutOfScale { field, line: l, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((field.as_str(), *l), ("importance", line));
    let (fi, en) = messages(&err);
    assert!(
        en.ends_with(&format!("importance must be 1–5 (line {line}, column {column}).")),
        "{en}"
    );
    assert!(fi.contains("importance on oltava 1–5"), "{fi}");
}

#[test]
fn a_csv_file_is_not_a_project_and_points_to_import() {
    for text in ["id,name\n1,Kaupunki\n", "", "Hello\n", "[1, 2, 3]"] {
        let err = refuse_text(text);
        assert_eq!(err, LoadError::NotProject, "{text:?}");
        let (fi, en) = messages(&err);
        assert!(
            en.contains("is not a Verkosto project file") && en.contains("File → Import"),
            "{en}"
        );
        assert!(fi.contains("Tiedosto → Tuo"), "{fi}");
    }
}

#[test]
fn deep_nesting_is_refused_as_too_deep_without_developer_advice() {
    let text = format!(
        "(format_version: 1, meta: {}{})",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let err = refuse_text(&text);
    assert!(
        matches!(
            err,
            LoadError::Parse {
                reason: ParseReason::TooDeep,
                line: 1,
                ..
            }
        ),
        "{err:?}"
    );
    messages(&err);
}

#[test]
fn a_field_name_that_is_not_an_identifier_gets_a_plain_sentence() {
    // ron suggests "the raw identifier r#N" for such names.
    let text = fixture().replacen("name: \"Yritys Oy\",", "n-ame: \"Yritys Oy\",", 1);
    let err = refuse_text(&text);
    let LoadError::Parse { line, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*line, where_is(&text, "n-ame").0);
    messages(&err);
}

#[test]
fn a_broken_start_never_names_an_internal_type() {
    for text in [
        "(format_version: 1",
        "(format_version: \"one\")",
        "(format_version: 1,, )",
    ] {
        let err = refuse_text(text);
        messages(&err);
    }
}

#[test]
fn nan_and_huge_coordinates_are_refused_without_saying_inf() {
    for value in ["1e39", "NaN", "inf", "-1e39"] {
        let text = fixture().replacen("pos: Some((150.0, 20.0)),", &format!("pos: Some(({value}, 20.0)),"), 1);
        let err = refuse_text(&text);
        let (fi, en) = messages(&err);
        assert!(
            en.contains("actors[2].pos: the position must be two numbers between −10000000 and 10000000."),
            "{value}: {en}"
        );
        assert!(fi.contains("actors[2].pos: sijainnin on oltava"), "{fi}");
    }
}

#[test]
fn invalid_utf8_is_refused_as_not_text() {
    let mut bytes = fixture().into_bytes();
    bytes[200] = 0xff;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, &bytes).expect("writes");
    assert_eq!(io::load(&path), Err(LoadError::NotText));
}

#[test]
fn unknown_fields_are_listed_with_line_and_column() {
    let text = fixture()
        .replacen("ring: Partner,", "ring: Partner,\n      colour: \"red\",", 1)
        .replacen(
            "  format_version: 1,",
            "  format_version: 1,\n  theme: (dark: true),",
            1,
        );
    let loaded = io::parse_checked(&text).expect("loads");
    assert_eq!(loaded.unknown_count, 2);
    let paths: Vec<_> = loaded
        .unknown_fields
        .iter()
        .map(|f| (f.path.as_str(), f.line, f.column))
        .collect();
    let theme = where_is(&text, "theme");
    let colour = where_is(&text, "colour");
    assert_eq!(
        paths,
        vec![("theme", theme.0, theme.1), ("actors[2].colour", colour.0, colour.1)]
    );
    let en = loaded.unknown_message(Lang::En, "p.ron").expect("warning");
    assert!(en.starts_with("p.ron: 2 fields are unknown"), "{en}");
    assert!(
        en.contains(&format!("actors[2].colour (line {}, column {})", colour.0, colour.1)),
        "{en}"
    );
    let fi = loaded.unknown_message(Lang::Fi, "p.ron").expect("warning");
    assert!(fi.contains("katoaisivat seuraavassa tallennuksessa"), "{fi}");
    assert_eq!(io::parse_checked(&fixture()).expect("loads").unknown_count, 0);
}

#[test]
fn a_project_full_of_unknown_fields_lists_some_and_counts_all() {
    let extra: String = (0..5000).map(|i| format!("  x{i}: {i},\n")).collect();
    let text = fixture().replacen("  format_version: 1,\n", &format!("  format_version: 1,\n{extra}"), 1);
    let loaded = io::parse_checked(&text).expect("loads");
    assert_eq!(loaded.unknown_count, 5000);
    assert_eq!(loaded.unknown_fields.len(), io::UNKNOWN_LISTED);
    let en = loaded.unknown_message(Lang::En, "p.ron").expect("warning");
    assert!(en.ends_with(&format!("and {} more", 5000 - io::UNKNOWN_LISTED)), "{en}");
}

#[test]
fn duplicate_ids_and_references_to_nothing_are_each_named() {
    let text = fixture()
        .replacen("id: 2,", "id: 1,", 1)
        .replacen("to: 3,", "to: 99,", 1);
    let err = refuse_text(&text);
    let (fi, en) = messages(&err);
    // The repeated id is found where it stands in the file.
    let (line, column) = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| l.find("id: 1,").map(|c| (i + 1, c + 1)))
        .nth(1)
        .expect("the second `id: 1`");
    let at = format!("actors[2].id: id 1 is used more than once. (line {line}, column {column})");
    assert!(en.contains(&at), "{en}\nwanted: {at}");
    assert!(fi.contains(&format!("(rivi {line}, sarake {column})")), "{fi}");
    assert!(en.contains("refers to id 99, which does not exist"), "{en}");
}

#[test]
fn huge_strings_and_many_actors_load_within_the_limit() {
    let big = "a".repeat(8 * 1024 * 1024);
    let text = fixture().replacen("name: \"Kiertotalousverkosto\"", &format!("name: \"{big}\""), 1);
    assert_eq!(io::parse(&text).map(|p| p.meta.name.len()), Ok(big.len()));

    let actors: String = (10..100_010).map(|i| format!("(id: {i}),")).collect();
    let text = fixture().replacen("  actors: [\n", &format!("  actors: [\n{actors}"), 1);
    assert_eq!(io::parse(&text).map(|p| p.actors.len()), Ok(100_004));
}

#[test]
fn every_hostile_fixture_gives_a_sentence_and_stays_unchanged() {
    let dir = PathBuf::from("tests/fixtures/hostile");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("hostile fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for path in names {
        let before = std::fs::read(&path).expect("reads");
        if let Err(err) = io::load(&path) {
            messages(&err);
        }
        assert_eq!(std::fs::read(&path).expect("reads"), before, "{path:?} unchanged");
    }
}

/// The example with one reference changed to name id 999, which nothing has, each with the
/// place the message names (positions from 1).
fn dangling_cases() -> Vec<(String, verkosto::model::Project)> {
    use verkosto::model::joint::ActorRecord;
    use verkosto::model::{ActorId, Holder, JointInfo, RespondentId};
    let base = verkosto::example::project();
    let mut cases = Vec::new();

    let mut p = base.clone();
    p.relations[2].to = ActorId(999);
    cases.push(("relations[3].to".into(), p));

    let mut p = base.clone();
    let n = p
        .mapping
        .portfolio
        .iter()
        .position(|n| n.members.len() > 1)
        .expect("a network with members");
    p.mapping.portfolio[n].members[1] = ActorId(999);
    cases.push((format!("mapping.portfolio[{}].members[2]", n + 1), p));

    let mut p = base.clone();
    p.competences.competences[1].cells[0].holder = Holder::Actor(ActorId(999));
    cases.push(("competences.competences[2].cells[1].holder".into(), p));

    let mut p = base.clone();
    let round = &mut p.evaluation.rounds[0];
    let k = round
        .respondents
        .iter()
        .position(|r| r.actor.is_some())
        .expect("a respondent who is an actor");
    round.respondents[k].actor = Some(ActorId(999));
    cases.push((format!("evaluation.rounds[1].respondents[{}].actor", k + 1), p));

    let mut p = base.clone();
    p.evaluation.rounds[0].ratings[3].respondent = RespondentId(999);
    cases.push(("evaluation.rounds[1].ratings[4].respondent".into(), p));

    let mut p = base.clone();
    p.joint = Some(JointInfo {
        members: Vec::new(),
        actors: vec![
            ActorRecord {
                actor: p.actors[0].id,
                ..Default::default()
            },
            ActorRecord {
                actor: ActorId(999),
                ..Default::default()
            },
        ],
        relations: Vec::new(),
    });
    cases.push(("joint.actors[2].actor".into(), p));
    cases
}

/// A reference to nothing is named by its place, counted from 1, with the line and column of
/// the field (or list element) that holds it, in both languages.
#[test]
fn each_reference_to_nothing_is_found_at_its_line_and_column() {
    assert!(!verkosto::example::EXAMPLE_RON.contains("999"));
    for (place, project) in dangling_cases() {
        let text = io::to_ron(&project);
        let err = refuse_text(&text);
        let LoadError::Invalid(problems, at) = &err else {
            panic!("{place}: {err:?}")
        };
        assert_eq!(problems.len(), 1, "{place}: {problems:?}");
        // Each line holds one field or one list element: the one with 999, from its start.
        let (line, column) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains("999"))
            .map(|(i, l)| (i + 1, l.len() - l.trim_start().len() + 1))
            .expect("999 in the text");
        assert_eq!(at[0], Some((line, column)), "{place}");
        let (fi, en) = messages(&err);
        let en_wanted = format!("{place}: refers to id 999, which does not exist. (line {line}, column {column})");
        assert!(en.contains(&en_wanted), "{en}\nwanted: {en_wanted}");
        let fi_wanted = format!("{place}: viittaus tunnukseen 999, jota ei ole. (rivi {line}, sarake {column})");
        assert!(fi.contains(&fi_wanted), "{fi}\nwanted: {fi_wanted}");
    }
}

/// A relation to a missing actor in a file written by hand, all on one line: the column
/// points at the `to` field.
#[test]
fn a_relation_to_a_missing_actor_in_a_hand_written_file_is_pointed_at() {
    let text = "(format_version: 2, actors: [(id: 1), (id: 2)], relations: [(id: 1, from: 1, to: 2), (id: 7, from: 2, to: 5)])";
    let err = refuse_text(text);
    let (fi, en) = messages(&err);
    let (line, column) = where_is(text, "to: 5");
    assert!(
        en.contains(&format!(
            "relations[2].to: refers to id 5, which does not exist. (line {line}, column {column})"
        )),
        "{en}"
    );
    assert!(
        fi.contains(&format!(
            "relations[2].to: viittaus tunnukseen 5, jota ei ole. (rivi {line}, sarake {column})"
        )),
        "{fi}"
    );
}

/// Every problem the validator finds is named the same way, by its place counted from 1, with
/// the line and column of the field: a value out of its scale and a kind not in the lists.
#[test]
fn values_out_of_scale_and_unknown_keys_are_found_at_their_line_and_column() {
    let mut p = verkosto::example::project();
    p.actors[2].importance = 9;
    p.relations[4].role = "tuntematon_rooli".into();
    let text = io::to_ron(&p);
    let err = refuse_text(&text);
    let (fi, en) = messages(&err);
    let field_at = |needle: &str| {
        text.lines()
            .enumerate()
            .filter(|(_, l)| l.trim_start().starts_with(needle))
            .map(|(i, l)| (i + 1, l.len() - l.trim_start().len() + 1))
            .collect::<Vec<_>>()
    };
    let (line, column) = field_at("importance: 9,")[0];
    assert!(
        en.contains("actors[3].importance: the value 9 is not between 1 and 5."),
        "{en}"
    );
    assert!(en.contains(&format!("(line {line}, column {column})")), "{en}");
    let (line, column) = field_at("role: \"tuntematon_rooli\"")[0];
    assert!(en.contains("relations[5].role"), "{en}");
    assert!(en.contains(&format!("(line {line}, column {column})")), "{en}");
    assert!(fi.contains(&format!("(rivi {line}, sarake {column})")), "{fi}");
}
