//! `verkosto merge`, run as a real process: golden summaries, exit codes, and member files
//! that are never changed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn verkosto(args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .args(args)
        .env("VERKOSTO_CONFIG_DIR", "/nonexistent-verkosto-test-config")
        .env("LANG", locale)
        .env("LC_ALL", locale)
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The three members' files copied into `dir`, as paths.
fn copies(dir: &Path) -> Vec<String> {
    ["hyvinvointialue.ron", "etahoiva.ron", "muistiyhdistys.ron"]
        .iter()
        .map(|f| {
            let to = dir.join(f);
            std::fs::copy(PathBuf::from("tests/fixtures/combine").join(f), &to).expect("copies");
            to.to_str().expect("utf-8").to_owned()
        })
        .collect()
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from("tests/golden").join(name);
    let expected = std::fs::read_to_string(&path).expect("golden file");
    assert_eq!(actual, expected, "{} differs", path.display());
}

#[test]
fn merge_prints_the_golden_summary_in_both_languages_and_leaves_members_unchanged() {
    for (locale, file) in [
        ("en_GB.UTF-8", "merge_summary_en.txt"),
        ("fi_FI.UTF-8", "merge_summary_fi.txt"),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let files = copies(dir.path());
        let before: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).expect("reads")).collect();
        let out_file = dir.path().join("joint.ron");
        let out_str = out_file.to_str().expect("utf-8");
        let mut args: Vec<&str> = vec!["merge"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["-o", out_str]);
        let out = verkosto(&args, locale);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        let (summary, last) = stdout.trim_end().rsplit_once('\n').expect("lines");
        assert!(last.contains(out_str), "{last}");
        golden(file, &format!("{summary}\n"));
        let after: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).expect("reads")).collect();
        assert_eq!(before, after, "members' files are never changed");

        // Merging the same files into the result again changes nothing.
        let written = std::fs::read(&out_file).expect("joint written");
        let mut again: Vec<&str> = vec!["merge"];
        again.extend(files.iter().map(String::as_str));
        again.extend(["--into", out_str, "-o", out_str]);
        let out = verkosto(&again, locale);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(std::fs::read(&out_file).expect("reads"), written);
        let out = verkosto(&["check", out_str], locale);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
}

#[test]
fn bad_input_exits_non_zero_with_a_sentence() {
    let dir = tempfile::tempdir().expect("dir");
    let files = copies(dir.path());
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(format_version: 1, actors: [(id: 1, name: \"A").expect("writes");
    let bad = bad.to_str().expect("utf-8");
    let out = dir.path().join("out.ron");
    let out = out.to_str().expect("utf-8");
    let missing = dir.path().join("missing.ron");
    let missing = missing.to_str().expect("utf-8");
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["merge", &files[0], bad, "-o", out], 1, "line 1"),
        (vec!["merge", &files[0], missing, "-o", out], 1, "missing.ron"),
        (vec!["merge", &files[0], &files[1]], 2, "needs an output file"),
        (vec!["merge", &files[0], "-o", out], 2, "at least two"),
        (vec!["merge", &files[0], &files[1], "-o"], 2, "needs a value"),
        (
            vec!["merge", &files[0], &files[1], "--fast", "-o", out],
            2,
            "Unknown option --fast",
        ),
        (vec!["merge", &files[0], &files[1], "-o", &files[1]], 2, "never changed"),
        (vec!["merge", &files[0], &files[0], "-o", out], 2, "given twice"),
    ];
    for (args, code, needle) in cases {
        let o = verkosto(&args, "en_GB.UTF-8");
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", text(&o.stderr));
        assert!(text(&o.stderr).contains(needle), "{args:?}: {}", text(&o.stderr));
        assert!(!Path::new(out).exists(), "{args:?} wrote nothing");
    }
    let o = verkosto(&["merge", &files[0], &files[1], "-o", &files[1]], "fi_FI.UTF-8");
    assert!(
        text(&o.stderr).contains("jäsenten tiedostoja ei muuteta"),
        "{}",
        text(&o.stderr)
    );
}
