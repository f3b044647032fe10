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
    let at = format!("actors[1].id: id 1 is used more than once. (line {line}, column {column})");
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
