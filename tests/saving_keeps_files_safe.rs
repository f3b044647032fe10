//! Saving never loses the previous file and never replaces what is not a plain file: a
//! fault at any step leaves the old bytes as they were, symlinks and permissions survive,
//! devices and FIFOs are refused, and the previous version is kept as NAME.bak.

use std::path::Path;
use verkosto::i18n::Lang;
use verkosto::io::{self, AtomicWriter, FileKind, SaveError, Step, WriteError};
use verkosto::model::Project;

fn project(name: &str) -> Project {
    let mut p = Project::new();
    p.meta.name = name.into();
    p
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_fault_at_each_step_leaves_the_old_file_byte_identical_and_no_temporary_file() {
    for step in [Step::Create, Step::Write, Step::Sync, Step::Rename] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.ron");
        io::save(&path, &project("Vanha")).expect("first save");
        let before = std::fs::read(&path).expect("reads");
        let writer = AtomicWriter {
            backup: true,
            fail_at: Some(step),
        };
        let err = io::save_with(&writer, &path, &project("Uusi")).expect_err("fault");
        assert_eq!(std::fs::read(&path).expect("reads"), before, "{step:?}");
        let names = names_in(dir.path());
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{step:?}: {names:?}");
        let en = err.message(Lang::En, "p.ron");
        assert_eq!(
            en,
            "Could not save p.ron: the disk is full. The previous file is unchanged."
        );
        assert_eq!(
            err.message(Lang::Fi, "p.ron"),
            "Tiedostoa p.ron ei voitu tallentaa: levy on täynnä. Aiempi tiedosto on ennallaan."
        );
    }
}

#[test]
fn each_save_keeps_the_previous_version_as_bak() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    io::save(&path, &project("Yksi")).expect("saves");
    assert_eq!(names_in(dir.path()), vec!["p.ron"], "nothing to back up the first time");
    let first = std::fs::read(&path).expect("reads");
    io::save(&path, &project("Kaksi")).expect("saves");
    let bak = dir.path().join("p.ron.bak");
    assert_eq!(std::fs::read(&bak).expect("bak"), first);
    let second = std::fs::read(&path).expect("reads");
    io::save(&path, &project("Kolme")).expect("saves");
    assert_eq!(std::fs::read(&bak).expect("bak"), second);
    assert_eq!(io::load(&path).map(|p| p.meta.name), Ok("Kolme".to_owned()));
    assert_eq!(names_in(dir.path()), vec!["p.ron", "p.ron.bak"]);
}

#[cfg(unix)]
#[test]
fn saving_through_a_symlink_updates_the_real_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("real")).expect("mkdir");
    let real = dir.path().join("real").join("p.ron");
    io::save(&real, &project("Vanha")).expect("saves");
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real/p.ron", &link).expect("symlink");
    io::save(&link, &project("Uusi")).expect("saves through the link");
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink());
    assert_eq!(io::load(&real).map(|p| p.meta.name), Ok("Uusi".to_owned()));
    assert!(
        dir.path().join("real").join("p.ron.bak").exists(),
        "backup beside the real file"
    );
}

#[cfg(unix)]
#[test]
fn a_file_of_mode_600_stays_600() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    io::save(&path, &project("Yhteystiedot")).expect("saves");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    io::save(&path, &project("Muutettu")).expect("saves");
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[cfg(unix)]
#[test]
fn a_fifo_target_is_refused_and_stays_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let err = io::save(&path, &project("x")).expect_err("refused");
    assert_eq!(err, SaveError::Write(WriteError::NotAFile(FileKind::Fifo)));
    assert_eq!(
        err.message(Lang::En, "p.ron"),
        "Could not save p.ron: it is a pipe (FIFO), not a regular file. The previous file is unchanged."
    );
    assert!(std::fs::symlink_metadata(&path).expect("meta").file_type().is_fifo());
}

#[cfg(unix)]
#[test]
fn a_device_target_is_refused_and_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let err = io::save(Path::new("/dev/full"), &project("x")).expect_err("refused");
    assert_eq!(err, SaveError::Write(WriteError::NotAFile(FileKind::Device)));
    assert!(err.message(Lang::Fi, "/dev/full").contains("se on laite"));
    assert!(
        std::fs::metadata("/dev/full")
            .expect("meta")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn a_folder_target_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = io::save(dir.path(), &project("x")).expect_err("refused");
    assert_eq!(err, SaveError::Write(WriteError::NotAFile(FileKind::Directory)));
}

#[test]
fn a_legal_250_byte_file_name_can_be_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = format!("{}.ron", "n".repeat(246));
    assert_eq!(name.len(), 250);
    let path = dir.path().join(&name);
    io::save(&path, &project("Pitkä")).expect("saves");
    io::save(&path, &project("Pitkä 2")).expect("saves again");
    assert_eq!(io::load(&path).map(|p| p.meta.name), Ok("Pitkä 2".to_owned()));
    let longest = format!("{}.ron", "m".repeat(251));
    io::save(&dir.path().join(&longest), &project("x")).expect("a 255-byte name saves");
    io::save(&dir.path().join(&longest), &project("y")).expect("and saves again without a backup");
}

#[cfg(unix)]
#[test]
fn a_hard_linked_file_is_replaced_atomically_and_the_other_name_keeps_the_old_version() {
    // The documented choice (src/io/atomic.rs): atomic replacement splits a hard link.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    io::save(&path, &project("Vanha")).expect("saves");
    let other = dir.path().join("other.ron");
    std::fs::hard_link(&path, &other).expect("hard link");
    io::save(&path, &project("Uusi")).expect("saves");
    assert_eq!(io::load(&path).map(|p| p.meta.name), Ok("Uusi".to_owned()));
    assert_eq!(io::load(&other).map(|p| p.meta.name), Ok("Vanha".to_owned()));
}

#[cfg(target_os = "linux")]
#[test]
fn a_name_that_is_not_utf8_is_written_exactly() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let name = std::ffi::OsStr::from_bytes(b"n\xff.ron");
    let path = dir.path().join(name);
    io::save(&path, &project("x")).expect("saves");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec![name.to_owned()]);
}
