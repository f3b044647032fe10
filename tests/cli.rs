//! The command line, run as a real process: exit codes and messages.

use std::process::{Command, Output};

fn verkosto(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .args(args)
        .env("VERKOSTO_CONFIG_DIR", "/nonexistent-verkosto-test-config")
        .env("LANG", "en_GB.UTF-8")
        .env("LC_ALL", "en_GB.UTF-8")
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn example_writes_a_project_that_check_accepts_with_a_one_line_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("esimerkki.ron");
    let file = file.to_str().expect("utf-8 path");
    let out = verkosto(&["example", "-o", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("The example project was written to {file}.\n"));

    let out = verkosto(&["check", file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let p = verkosto::example::project();
    assert_eq!(
        stdout(&out),
        format!(
            "{file}: OK – {} actors, {} relations, format version {}.\n",
            p.actors.len(),
            p.relations.len(),
            verkosto::model::FORMAT_VERSION
        )
    );
    assert!(p.actors.len() >= 20);
}

#[test]
fn check_reports_each_problem_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "cut.ron",
            b"(format_version: 1, actors: [(id: 1, name: \"A".to_vec(),
            "at line 1, column",
        ),
        ("junk.ron", vec![0, 159, 146, 150, 255, 0, 1], "is not text"),
        (
            "newer.ron",
            b"(format_version: 99)".to_vec(),
            "newer version of Verkosto",
        ),
        (
            "dangling.ron",
            b"(format_version: 1, actors: [(id: 1)], relations: [(id: 1, from: 1, to: 5)])".to_vec(),
            "has one problem:\n- relations[1].to: refers to id 5",
        ),
        (
            "dupes.ron",
            b"(format_version: 1, actors: [(id: 1), (id: 1, importance: 8)])".to_vec(),
            "is not between 1 and 5",
        ),
    ];
    for (name, content, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &content).expect("writes");
        let out = verkosto(&["check", path.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(stdout(&out).is_empty(), "{name}");
        assert!(stderr(&out).contains(expected), "{name}: {}", stderr(&out));
        assert_eq!(std::fs::read(&path).expect("reads"), content, "{name} is untouched");
    }
    let out = verkosto(&["check", dir.path().join("dupes.ron").to_str().expect("utf-8")]);
    let text = stderr(&out);
    assert!(text.contains("has 2 problems"), "{text}");
    assert!(text.contains("actors[2].id: id 1 is used more than once."), "{text}");
}

#[test]
fn check_of_a_missing_file_says_it_could_not_be_read() {
    let out = verkosto(&["check", "/no/such/file.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("Could not read /no/such/file.ron:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_arguments_exit_2_with_a_hint() {
    for (args, expected) in [
        (vec!["--bogus"], "Unknown option --bogus. See verkosto --help."),
        (
            vec!["check"],
            "The command check needs a file name. See verkosto --help.",
        ),
        (
            vec!["check", "a.ron", "b.ron"],
            "Unexpected argument b.ron. See verkosto --help.",
        ),
        (
            vec!["example"],
            "The command example -o needs a file name. See verkosto --help.",
        ),
        (
            vec!["example", "--into", "x.ron"],
            "Unknown option --into. See verkosto --help.",
        ),
        (
            vec!["a.ron", "b.ron"],
            "Unexpected argument b.ron. See verkosto --help.",
        ),
    ] {
        let out = verkosto(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).trim_end(), expected, "{args:?}");
    }
}

#[test]
fn help_and_version() {
    let out = verkosto(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("verkosto check FILE"));
    let out = verkosto(&["--version"]);
    assert_eq!(
        stdout(&out),
        format!(
            "verkosto {} (file format {})\n",
            env!("CARGO_PKG_VERSION"),
            verkosto::model::FORMAT_VERSION
        )
    );
}

#[test]
fn messages_follow_a_finnish_locale() {
    let out = Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .args(["check", "/ei/ole.ron"])
        .env("VERKOSTO_CONFIG_DIR", "/nonexistent-verkosto-test-config")
        .env("LC_ALL", "fi_FI.UTF-8")
        .env("LANG", "fi_FI.UTF-8")
        .output()
        .expect("runs");
    assert!(
        stderr(&out).starts_with("Tiedostoa /ei/ole.ron ei voitu lukea:"),
        "{}",
        stderr(&out)
    );
}
