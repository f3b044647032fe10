//! User preferences survive a restart; a damaged settings file is ignored, not fatal.

use verkosto::app::{RECENT_LIMIT, Settings};
use verkosto::i18n::Lang;

#[test]
fn language_theme_and_recent_files_are_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sub").join("settings.ron");
    let mut s = Settings {
        lang: Lang::Fi,
        dark: true,
        recent: Vec::new(),
    };
    s.add_recent(std::path::Path::new("/tmp/a.ron"));
    s.save_to(&path).expect("saves");
    assert_eq!(Settings::load_from(&path), Some(s));
}

#[test]
fn recent_files_are_newest_first_without_duplicates_and_limited() {
    let mut s = Settings {
        lang: Lang::En,
        dark: false,
        recent: Vec::new(),
    };
    for i in 0..15 {
        s.add_recent(std::path::Path::new(&format!("/tmp/p{i}.ron")));
    }
    s.add_recent(std::path::Path::new("/tmp/p10.ron"));
    assert_eq!(s.recent.len(), RECENT_LIMIT);
    assert_eq!(s.recent[0], std::path::PathBuf::from("/tmp/p10.ron"));
    assert_eq!(s.recent.iter().filter(|p| p.ends_with("p10.ron")).count(), 1);
}

#[test]
fn a_damaged_settings_file_is_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("settings.ron");
    std::fs::write(&path, "(lang: Klingon").expect("writes");
    assert_eq!(Settings::load_from(&path), None);
}
