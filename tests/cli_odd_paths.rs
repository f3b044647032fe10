//! The command line with paths that are not plain: names that are not UTF-8 reach the file
//! system as given, FIFOs and devices are refused at once, and a FIFO in place of the
//! settings file hangs no command.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs verkosto with `config` as its settings folder and fails the test if it takes more
/// than ten seconds (a hang).
fn run_in(config: &Path, args: &[&OsStr]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .args(args)
        .env("VERKOSTO_CONFIG_DIR", config)
        .env("LANG", "en_GB.UTF-8")
        .env("LC_ALL", "en_GB.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let started = Instant::now();
    while child.try_wait().expect("waits").is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("verkosto {args:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

fn run(args: &[&OsStr]) -> Output {
    run_in(Path::new("/nonexistent-verkosto-test-config"), args)
}

fn os(s: &str) -> &OsStr {
    OsStr::new(s)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().expect("mkfifo").success());
}

#[cfg(target_os = "linux")]
#[test]
fn check_finds_a_file_whose_name_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(OsStr::from_bytes(b"caf\xe9.ron"));
    verkosto::io::save(&path, &verkosto::example::project()).expect("saves");
    let out = run(&[os("check"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[cfg(target_os = "linux")]
#[test]
fn example_writes_exactly_the_name_given() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let name = OsStr::from_bytes(b"n\xff.ron");
    let path = dir.path().join(name);
    let out = run(&[os("example"), os("-o"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![name.to_owned()]);
}

#[cfg(unix)]
#[test]
fn check_of_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    mkfifo(&path);
    let out = run(&[os("check"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("it is a pipe (FIFO), not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn check_of_dev_zero_is_refused_without_reading_it() {
    let out = run(&[os("check"), os("/dev/zero")]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "Could not read /dev/zero: it is a device, not a regular file.\n"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_named_settings_ron_hangs_no_command() {
    let config = tempfile::tempdir().expect("temp dir");
    mkfifo(&config.path().join("settings.ron"));
    let out = run_in(config.path(), &[os("--help")]);
    assert_eq!(out.status.code(), Some(0));
    let out = run_in(config.path(), &[os("check"), os("/no/such.ron")]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn check_names_unknown_fields_with_line_and_column_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    std::fs::write(&path, "(\n  format_version: 1,\n  colour: \"red\",\n)\n").expect("writes");
    let out = run(&[os("check"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let name = path.display();
    assert_eq!(
        stderr(&out),
        format!(
            "{name}: one field is unknown to this version of Verkosto and would be lost on the next save:\n- colour (line 3, column 3)\n"
        )
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": OK – 0 actors"));
}

#[test]
fn check_of_a_csv_file_points_to_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("actors.csv");
    std::fs::write(&path, "id,name\n1,Kaupunki\n").expect("writes");
    let out = run(&[os("check"), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("is not a Verkosto project file. To bring in a spreadsheet or a CSV file, use File → Import.")
    );
}
