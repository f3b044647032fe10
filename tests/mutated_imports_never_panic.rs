//! Every importer, fuzzed in a fixed, bounded property test (the fallback where cargo-fuzz's
//! nightly toolchain is not part of the build): valid files of each format are mutated — bytes
//! flipped, cut short, regions deleted, duplicated or spliced elsewhere, a region repeated
//! thousands of times, hostile tokens put in — and each result must be read, or refused with a
//! sentence for a coordinator that names the file, in both languages. Never a panic, and never
//! a hang: every mutated file is at most [`MAX_MUTATED`] bytes, so each case is bounded by the
//! readers' linear work on it. What is read goes on through the import plan and its summary,
//! as in the app.
//!
//! Budget in a debug build (CI), per reader, from a fixed seed, measured one test at a time on
//! the 2-core development machine:
//! - CSV, one table: 250 cases, about 8 s;
//! - CSV, an actor and a relation table together: 120 cases, about 6 s;
//! - XLSX, the zip bytes mutated: 150 cases, about 4 s;
//! - XLSX, a part's XML mutated and zipped again: 150 cases, about 7 s;
//! - GraphML: 250 cases, about 6 s;
//!
//! about 31 s in all (the project file's own run, `tests/mutated_files_never_panic.rs`, adds
//! about 8 s). `PROPTEST_CASES=N` runs N cases of each, `PROPTEST_RNG_SEED=S` other cases, for
//! a longer local hunt. Inputs that once broke a reader, or that are known to be hard, are kept
//! in `tests/fixtures/fuzz/` and read by [`the_kept_inputs_are_read_or_refused`].

use proptest::prelude::*;
use std::io::{Read, Write};
use std::path::Path;
use verkosto::export::data::{csv, graphml, xlsx};
use verkosto::i18n::Lang;
use verkosto::import::{self, ImportError, ImportOptions, ImportPlan, Source};
use verkosto::model::Project;

/// The largest mutated file, in bytes.
const MAX_MUTATED: usize = 1 << 20;

/// Tokens hard for CSV, XML and zip readers.
const HOSTILE: &[&str] = &[
    "\"",
    "\"\"",
    ",",
    ";",
    "\n",
    "\r",
    "\r\n",
    "\u{feff}",
    "\0",
    "é",
    "\u{202e}",
    "=SUM(A1)",
    "'",
    "9999999999999999999999",
    "-1",
    "NaN",
    "1e39",
    "<",
    ">",
    "</",
    "/>",
    "&",
    "&amp;",
    "&lol;",
    "&#0;",
    "&#x110000;",
    "&#99999999999;",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "<?xml version=\"1.0\"?>",
    "<!DOCTYPE x [<!ENTITY lol \"lol\">]>",
    "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">",
    "<node id=\"a1\"/>",
    "<edge source=\"a1\" target=\"a999\"/>",
    "<key id=\"k\" for=\"node\" attr.name=\"label\"/>",
    "<c r=\"XFD1048576\" t=\"s\"><v>0</v></c>",
    "<c r=\"A1\" t=\"s\"><v>99999</v></c>",
    "<row r=\"1048577\">",
    "<sheetData>",
    "r=\"0\"",
    "PK\u{3}\u{4}",
    "PK\u{1}\u{2}",
    "PK\u{5}\u{6}",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bits: u8 },
    Cut { at: usize },
    Delete { at: usize, len: usize },
    Duplicate { at: usize, len: usize },
    Splice { from: usize, len: usize, to: usize },
    Repeat { at: usize, len: usize, times: usize },
    Insert { at: usize, token: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), 1u8..=255).prop_map(|(at, bits)| Mutation::Flip { at, bits }),
        1 => any::<usize>().prop_map(|at| Mutation::Cut { at }),
        2 => (any::<usize>(), 1usize..256).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => (any::<usize>(), 1usize..256).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        2 => (any::<usize>(), 1usize..256, any::<usize>()).prop_map(|(from, len, to)| Mutation::Splice { from, len, to }),
        1 => (any::<usize>(), 1usize..64, 2usize..20_000).prop_map(|(at, len, times)| Mutation::Repeat { at, len, times }),
        3 => (any::<usize>(), 0..HOSTILE.len()).prop_map(|(at, token)| Mutation::Insert { at, token }),
    ]
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    prop::collection::vec(mutation(), 1..5)
}

/// Applies `m` to `bytes`, never growing them past [`MAX_MUTATED`].
fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    let region = |at: usize, len: usize| {
        let start = (at % n).min(bytes.len());
        (start, (start + len).min(bytes.len()))
    };
    match *m {
        Mutation::Flip { at, bits } => {
            if let Some(b) = bytes.get_mut(at % n) {
                *b ^= bits;
            }
        }
        Mutation::Cut { at } => bytes.truncate(at % n),
        Mutation::Delete { at, len } => {
            let (start, end) = region(at, len);
            bytes.drain(start..end);
        }
        Mutation::Duplicate { at, len } => {
            let (start, end) = region(at, len);
            let piece = bytes[start..end].to_vec();
            bytes.splice(end..end, piece);
        }
        Mutation::Splice { from, len, to } => {
            let (start, end) = region(from, len);
            let piece = bytes[start..end].to_vec();
            let to = (to % n).min(bytes.len());
            bytes.splice(to..to, piece);
        }
        Mutation::Repeat { at, len, times } => {
            let (start, end) = region(at, len);
            let piece = bytes[start..end].to_vec();
            let room = MAX_MUTATED.saturating_sub(bytes.len()) / piece.len().max(1);
            let copies = times.min(room);
            let repeated: Vec<u8> = piece.iter().copied().cycle().take(piece.len() * copies).collect();
            bytes.splice(end..end, repeated);
        }
        Mutation::Insert { at, token } => {
            let at = (at % n).min(bytes.len());
            bytes.splice(at..at, HOSTILE[token].bytes());
        }
    }
    bytes.truncate(MAX_MUTATED);
}

fn mutated(seed: &[u8], ms: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for m in ms {
        apply(&mut bytes, m);
    }
    bytes
}

/// The run: `budget` cases (or `PROPTEST_CASES`) from a fixed seed (or `PROPTEST_RNG_SEED`),
/// so that CI runs the same cases every time and a failure is found again.
fn config(budget: u32) -> ProptestConfig {
    let env = |name: &str| std::env::var(name).ok().and_then(|n| n.parse::<u64>().ok());
    ProptestConfig {
        cases: env("PROPTEST_CASES").map_or(budget, |n| u32::try_from(n).unwrap_or(u32::MAX)),
        rng_seed: proptest::test_runner::RngSeed::Fixed(env("PROPTEST_RNG_SEED").unwrap_or(0x7665_726b_6f73_746f)),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn example() -> Project {
    verkosto::example::project()
}

/// A refusal is a sentence for a coordinator in each language that names the file, with no
/// library's or developer's text in it.
fn check_refusal(err: &ImportError, file: &str) -> Result<(), TestCaseError> {
    for lang in Lang::ALL {
        let message = err.message(lang);
        prop_assert!(message.ends_with('.'), "not a sentence: {}", message);
        if !matches!(err, ImportError::SeveralFiles | ImportError::SameTable { .. }) {
            prop_assert!(message.contains(file), "the file is not named: {}", message);
        }
        // The file's own name may say anything.
        let message = if file.is_empty() {
            message
        } else {
            message.replace(file, "")
        };
        for developer in [
            "Error",
            "error:",
            "Utf8",
            "byte ",
            "record ",
            "EOF",
            "Eof",
            "unexpected",
            "Unexpected",
            "expected",
            "Xml",
            "Zip",
            "zip",
            "invalid",
            "Invalid",
            "{",
            "os error",
        ] {
            prop_assert!(!message.contains(developer), "{:?} in {}", developer, message);
        }
    }
    Ok(())
}

/// What was read goes through the plan and its summary, into an empty project and into the
/// example, as the app's review does.
fn check_source(source: &Source) -> Result<(), TestCaseError> {
    for project in [Project::new(), example()] {
        let plan = ImportPlan::build(&project, source);
        for lang in Lang::ALL {
            for line in plan.summary(lang) {
                prop_assert!(!line.trim().is_empty());
            }
        }
        if let Some(edit) = plan.edit(ImportOptions::default()) {
            let mut after = project.clone();
            prop_assert!(after.apply(edit).is_ok(), "a planned import applies");
        }
    }
    Ok(())
}

fn check(result: Result<Source, ImportError>, file: &str) -> Result<(), TestCaseError> {
    match result {
        Ok(source) => check_source(&source),
        Err(err) => check_refusal(&err, file),
    }
}

fn check_sheet(result: Result<import::Sheet, ImportError>, file: &str, relations: bool) -> Result<(), TestCaseError> {
    match result {
        Ok(sheet) => {
            let source = if relations {
                Source {
                    relations: Some(sheet),
                    guarded: true,
                    ..Source::default()
                }
            } else {
                Source {
                    actors: Some(sheet),
                    guarded: true,
                    ..Source::default()
                }
            };
            check_source(&source)
        }
        Err(err) => check_refusal(&err, file),
    }
}

fn csv_seeds() -> (Vec<u8>, Vec<u8>) {
    let (actors, relations) = csv::to_csv(&example(), Lang::Fi);
    (actors.into_bytes(), relations.into_bytes())
}

fn xlsx_seed() -> Vec<u8> {
    xlsx::to_xlsx(&example(), Lang::En).expect("the workbook is written")
}

fn graphml_seed() -> Vec<u8> {
    graphml::to_graphml(&example()).into_bytes()
}

/// The parts of a zip archive, in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("a part");
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("reads");
            (file.name().expect("a name").into_owned(), content)
        })
        .collect()
}

/// A zip archive of `parts`, compressed as a workbook is.
fn rezip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        out.start_file(name.as_str(), options).expect("starts a part");
        out.write_all(content).expect("writes");
    }
    out.finish().expect("finishes").into_inner()
}

/// The XML parts of the seed workbook that the reader looks at.
fn xlsx_parts() -> Vec<(String, Vec<u8>)> {
    unzip(&xlsx_seed())
}

proptest! {
    #![proptest_config(config(250))]

    #[test]
    fn mutated_csv_tables_are_read_or_refused(ms in mutations(), relations in any::<bool>()) {
        let (actors, relation_table) = csv_seeds();
        let (seed, name) = if relations { (relation_table, "suhteet.csv") } else { (actors, "toimijat.csv") };
        let bytes = mutated(&seed, &ms);
        check_sheet(import::csv::parse(&bytes, name), name, relations)?;
    }

    #[test]
    fn mutated_graphml_is_read_or_refused(ms in mutations()) {
        let bytes = mutated(&graphml_seed(), &ms);
        check(import::graphml::read(&bytes, "verkosto.graphml"), "verkosto.graphml")?;
    }
}

proptest! {
    #![proptest_config(config(120))]

    /// Two tables picked together, each mutated, read from files as the app reads a drop.
    #[test]
    fn mutated_csv_pairs_are_read_or_refused(actor_ms in mutations(), relation_ms in mutations()) {
        let (actors, relations) = csv_seeds();
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("toimijat.csv");
        let r = dir.path().join("suhteet.csv");
        std::fs::write(&a, mutated(&actors, &actor_ms)).expect("writes");
        std::fs::write(&r, mutated(&relations, &relation_ms)).expect("writes");
        match import::read_paths(&[r.as_path(), a.as_path()]) {
            Ok(source) => check_source(&source)?,
            Err(err) => {
                let named = [a.display().to_string(), r.display().to_string(), "toimijat.csv".into(), "suhteet.csv".into()];
                let message = err.message(Lang::En);
                prop_assert!(named.iter().any(|n| message.contains(n.as_str())) || matches!(err, ImportError::SameTable { .. }), "{}", message);
                check_refusal(&err, "")?;
            }
        }
    }
}

proptest! {
    #![proptest_config(config(150))]

    #[test]
    fn mutated_workbook_bytes_are_read_or_refused(ms in mutations()) {
        let bytes = mutated(&xlsx_seed(), &ms);
        check(import::xlsx::read(&bytes, "kumu.xlsx"), "kumu.xlsx")?;
    }

    /// The XML inside the workbook mutated, and the workbook zipped again: the reader's XML
    /// side, which byte flips in the compressed data rarely reach.
    #[test]
    fn mutated_workbook_xml_is_read_or_refused(part in any::<prop::sample::Index>(), ms in mutations()) {
        let mut parts = xlsx_parts();
        let xml: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].0.ends_with(".xml") || parts[i].0.ends_with(".rels")).collect();
        let i = xml[part.index(xml.len())];
        parts[i].1 = mutated(&parts[i].1, &ms);
        let bytes = rezip(&parts);
        check(import::xlsx::read(&bytes, "kumu.xlsx"), "kumu.xlsx")?;
    }
}

#[test]
fn the_seeds_are_read() {
    let (actors, relations) = csv_seeds();
    assert!(import::csv::parse(&actors, "a.csv").is_ok());
    assert!(import::csv::parse(&relations, "r.csv").is_ok());
    assert!(import::graphml::read(&graphml_seed(), "g.graphml").is_ok());
    assert!(import::xlsx::read(&xlsx_seed(), "x.xlsx").is_ok());
    assert!(
        import::xlsx::read(&rezip(&xlsx_parts()), "x.xlsx").is_ok(),
        "zipped again, it reads"
    );
}

/// Inputs that once broke a reader, or made it allocate without bound: each is read or
/// refused with a sentence.
#[test]
fn the_kept_inputs_are_read_or_refused() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the fixture folder").flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let result = import::read_path(&path);
        let outcome = match result {
            Ok(source) => check_source(&source),
            Err(err) => check_refusal(&err, &name),
        };
        if let Err(e) = outcome {
            panic!("{name}: {e}");
        }
        seen += 1;
    }
    assert!(seen > 0, "no fixtures in {}", dir.display());
}

/// A GraphML file with more keys (columns) than a sheet may have is refused before a grid of
/// keys × nodes is made.
#[test]
fn a_graphml_file_with_thousands_of_keys_is_refused() {
    let mut text = String::from("<graphml>");
    for i in 0..5000 {
        text.push_str(&format!("<key id=\"k{i}\" for=\"node\" attr.name=\"c{i}\"/>"));
    }
    text.push_str("<graph>");
    for i in 0..100 {
        text.push_str(&format!("<node id=\"n{i}\"/>"));
    }
    text.push_str("</graph></graphml>");
    let err = import::graphml::read(text.as_bytes(), "avaimet.graphml").expect_err("refused");
    assert!(matches!(err, ImportError::TooBig { .. }), "{err:?}");
    check_refusal(&err, "avaimet.graphml").expect("a sentence");
}

/// Rows with one cell far to the right would each be padded to the full width: the grid is
/// bounded, so such a sheet is refused rather than grown to hundreds of millions of cells.
#[test]
fn a_workbook_of_rows_padded_far_to_the_right_is_refused() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Elements").expect("name");
    sheet.write_string(0, 0, "Label").expect("cell");
    for row in 1..5000 {
        sheet.write_string(row, 999, "x").expect("cell");
    }
    let bytes = book.save_to_buffer().expect("workbook");
    let err = import::xlsx::read(&bytes, "leveä.xlsx").expect_err("refused");
    assert!(matches!(err, ImportError::TooBig { .. }), "{err:?}");
    check_refusal(&err, "leveä.xlsx").expect("a sentence");
}

/// Broken text is refused with the line and column where it breaks.
#[test]
fn broken_xml_is_refused_with_its_line_and_column() {
    let text = "<graphml>\n<graph>\n  <node id=\"a1\"></edge>\n</graph></graphml>";
    let err = import::graphml::read(text.as_bytes(), "rikki.graphml").expect_err("refused");
    let en = err.message(Lang::En);
    let fi = err.message(Lang::Fi);
    assert!(en.contains("rikki.graphml") && en.contains("line 3, column"), "{en}");
    assert!(fi.contains("rivillä 3, sarakkeessa"), "{fi}");
}
