//! `verkosto stats` run as a real process: golden output for the example project, exact
//! output for a small hand-made project, and exit codes for bad arguments and bad files.
//!
//! Regenerate the golden files after a deliberate change with
//! `UPDATE_GOLDEN=1 cargo test --test stats_cli`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use verkosto::model::{Actor, ActorId, Project, Relation, RelationId, RelationStatus};

const HEADER: &str = "id,name,degree,in_degree,out_degree,betweenness,closeness\n";

/// Runs the binary with `args` in language `locale`, with empty settings and data folders so
/// that the user's own settings cannot change the language.
fn verkosto_in(locale: &str, home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .args(args)
        .env("VERKOSTO_CONFIG_DIR", home.join("config"))
        .env("VERKOSTO_DATA_DIR", home.join("data"))
        .env("LC_ALL", locale)
        .env("LC_MESSAGES", locale)
        .env("LANG", locale)
        .output()
        .expect("the verkosto binary runs")
}

fn verkosto(home: &Path, args: &[&str]) -> Output {
    verkosto_in("en_US.UTF-8", home, args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

#[track_caller]
fn assert_success(output: &Output) {
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(output));
    assert!(stderr(output).is_empty(), "stderr: {}", stderr(output));
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

/// Compares `actual` with the golden file `name`, or rewrites it when `UPDATE_GOLDEN` is set.
#[track_caller]
fn assert_golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().expect("golden folder")).expect("create tests/golden");
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; create it with UPDATE_GOLDEN=1 cargo test --test stats_cli",
            path.display()
        )
    });
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
        panic!(
            "{name} differs from the golden file (first differing line: {first:?}).\n\
             If the change is intended, run UPDATE_GOLDEN=1 cargo test --test stats_cli\n\
             --- expected\n{expected}\n--- actual\n{actual}"
        );
    }
}

/// Writes the example project into `dir` with `verkosto example -o` and returns its path.
fn example_file(dir: &Path) -> String {
    let file = dir.join("example.verkosto");
    let file = file.to_str().expect("temporary path is UTF-8").to_owned();
    assert_success(&verkosto(dir, &["example", "-o", &file]));
    file
}

#[test]
fn stats_of_the_example_project_match_the_golden_files() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = example_file(dir.path());

    let csv = verkosto(dir.path(), &["stats", &file]);
    assert_success(&csv);
    let csv = stdout(&csv);
    assert!(csv.starts_with(HEADER), "{csv}");
    assert_golden("stats_example.csv", &csv);

    let json = verkosto(dir.path(), &["stats", &file, "--format", "json"]);
    assert_success(&json);
    assert_golden("stats_example.json", &stdout(&json));

    let directed = verkosto(dir.path(), &["stats", "--directed", &file]);
    assert_success(&directed);
    assert_golden("stats_example_directed.csv", &stdout(&directed));
}

#[test]
fn options_may_come_in_any_order() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = example_file(dir.path());
    let a = verkosto(dir.path(), &["stats", &file, "--format", "json", "--directed"]);
    let b = verkosto(dir.path(), &["stats", "--directed", "--format=json", &file]);
    let c = verkosto(dir.path(), &["stats", "--format", "csv", "--directed", &file]);
    let d = verkosto(dir.path(), &["stats", &file, "--directed"]);
    for output in [&a, &b, &c, &d] {
        assert_success(output);
    }
    assert_eq!(stdout(&a), stdout(&b));
    assert_eq!(stdout(&c), stdout(&d));
}

/// Four actors with awkward names: a current mutual relation 1 – 2, a potential directed
/// relation 2 → 3 and a past relation 3 – 4 that does not count.
fn small_project() -> Project {
    let names = ["Oy Yritys, Ab", "\"Hyvä Arki\" ry", "Kela", "Yksinäinen\\toimija"];
    let actors = names
        .iter()
        .enumerate()
        .map(|(i, name)| Actor {
            id: ActorId(i as u32 + 1),
            name: (*name).to_owned(),
            ..Actor::default()
        })
        .collect();
    let relation = |id: u32, from: u32, to: u32, directed: bool, status: RelationStatus| Relation {
        id: RelationId(id),
        from: ActorId(from),
        to: ActorId(to),
        directed,
        status,
        ..Relation::default()
    };
    let relations = vec![
        relation(1, 1, 2, false, RelationStatus::Current),
        relation(2, 2, 3, true, RelationStatus::Potential),
        relation(3, 3, 4, false, RelationStatus::Past),
    ];
    Project {
        actors,
        relations,
        ..Project::default()
    }
}

#[test]
fn stats_of_a_small_project_are_exact_in_csv_and_json() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("small.verkosto");
    verkosto::io::save(&file, &small_project()).expect("save the project");
    let file = file.to_str().expect("UTF-8 path");

    // Undirected path 1 – 2 – 3 and the isolate 4 (its only relation is past).
    // NetworkX: betweenness [0, 1/3, 0, 0], closeness wf_improved [2/3·2/3, 2/3, 2/3·2/3, 0],
    // written in their shortest round-trip form, as NetworkX's floats print.
    let csv = verkosto(dir.path(), &["stats", file]);
    assert_success(&csv);
    assert_eq!(
        stdout(&csv),
        format!(
            "{HEADER}\
             1,\"Oy Yritys, Ab\",1,1,1,0,0.4444444444444444\n\
             2,\"\"\"Hyvä Arki\"\" ry\",2,1,2,0.3333333333333333,0.6666666666666666\n\
             3,Kela,1,1,0,0,0.4444444444444444\n\
             4,Yksinäinen\\toimija,0,0,0,0,0\n"
        )
    );

    // Directed: 1 ↔ 2 → 3. Betweenness of 2: pairs (1,3) over (n−1)(n−2) = 6 ordered pairs.
    // Closeness (incoming): 1 is reached by 2 at 1 → 1·(1/3); 2 by 1 at 1 → 1/3;
    // 3 by 2 at 1 and 1 at 2 → (2/3)·(2/3).
    let json = verkosto(dir.path(), &["stats", file, "--format", "json", "--directed"]);
    assert_success(&json);
    assert_eq!(
        stdout(&json),
        "[\n  \
         {\"id\": 1, \"name\": \"Oy Yritys, Ab\", \"degree\": 2, \"in_degree\": 1, \"out_degree\": 1, \"betweenness\": 0, \"closeness\": 0.3333333333333333},\n  \
         {\"id\": 2, \"name\": \"\\\"Hyvä Arki\\\" ry\", \"degree\": 3, \"in_degree\": 1, \"out_degree\": 2, \"betweenness\": 0.16666666666666666, \"closeness\": 0.3333333333333333},\n  \
         {\"id\": 3, \"name\": \"Kela\", \"degree\": 1, \"in_degree\": 1, \"out_degree\": 0, \"betweenness\": 0, \"closeness\": 0.4444444444444444},\n  \
         {\"id\": 4, \"name\": \"Yksinäinen\\\\toimija\", \"degree\": 0, \"in_degree\": 0, \"out_degree\": 0, \"betweenness\": 0, \"closeness\": 0}\n\
         ]\n"
    );
}

#[test]
fn an_empty_project_prints_only_the_header() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("empty.verkosto");
    verkosto::io::save(&file, &Project::default()).expect("save the project");
    let file = file.to_str().expect("UTF-8 path");
    let csv = verkosto(dir.path(), &["stats", file]);
    assert_success(&csv);
    assert_eq!(stdout(&csv), HEADER);
    let json = verkosto(dir.path(), &["stats", file, "--format", "json"]);
    assert_success(&json);
    assert_eq!(stdout(&json), "[]\n");
}

#[test]
fn bad_arguments_exit_with_code_2_and_a_message_in_the_users_language() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let cases: &[(&[&str], &str, &str)] = &[
        (&["stats"], "needs a file name", "tarvitsee tiedoston nimen"),
        (
            &["stats", "--directed"],
            "needs a file name",
            "tarvitsee tiedoston nimen",
        ),
        (
            &["stats", "a.verkosto", "--weighted"],
            "Unknown option --weighted",
            "Tuntematon valitsin --weighted",
        ),
        (
            &["stats", "a.verkosto", "--format", "xml"],
            "Unknown format xml",
            "Tuntematon muoto xml",
        ),
        (
            &["stats", "a.verkosto", "--format=tsv"],
            "Unknown format tsv",
            "Tuntematon muoto tsv",
        ),
        (
            &["stats", "a.verkosto", "--format"],
            "The option --format needs a value",
            "Valitsin --format tarvitsee arvon",
        ),
        (
            &["stats", "a.verkosto", "b.verkosto"],
            "Unexpected argument b.verkosto",
            "Ylimääräinen argumentti b.verkosto",
        ),
    ];
    for (args, en, fi) in cases {
        for (locale, expected) in [("en_US.UTF-8", en), ("fi_FI.UTF-8", fi)] {
            let output = verkosto_in(locale, dir.path(), args);
            assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
            assert!(stdout(&output).is_empty(), "{args:?}");
            assert!(
                stderr(&output).contains(expected),
                "{args:?} in {locale}: {}",
                stderr(&output)
            );
        }
    }
}

#[test]
fn a_file_that_does_not_load_exits_with_code_1_and_names_the_file() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let missing = dir.path().join("missing.verkosto");
    let broken = dir.path().join("broken.verkosto");
    std::fs::write(&broken, "(format_version: 1, actors: [ this is not RON").expect("write file");
    for file in [&missing, &broken] {
        let file = file.to_str().expect("UTF-8 path");
        let output = verkosto(dir.path(), &["stats", file]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(stdout(&output).is_empty());
        assert!(stderr(&output).contains(file), "{}", stderr(&output));
    }
}
