//! Every user-visible string exists in Finnish and English with the same placeholders.

use verkosto::i18n::{self, Lang, Tr, placeholders};
use verkosto::ui::{cycle, lists, map, sheets};

/// Every message list of the crate: each file that declares messages with `messages!`. The
/// list lives here, not in `i18n`, so the lowest layer never names the ones above it.
fn all_message_lists() -> Vec<(&'static str, &'static [(&'static str, Tr)])> {
    vec![
        ("msg", i18n::msg::ALL),
        ("method", i18n::method::ALL),
        ("cli", verkosto::cli::ALL),
        ("analysis::msg", verkosto::analysis::msg::ALL),
        ("io::msg", verkosto::io::msg::ALL),
        ("combine::msg", verkosto::combine::msg::ALL),
        ("cli::merge", verkosto::cli::merge::ALL),
        ("cli::export", verkosto::cli::export::ALL),
        ("cli::import", verkosto::cli::import::ALL),
        ("export::msg", verkosto::export::msg::ALL),
        ("export::data", verkosto::export::data::ALL),
        ("export::format", verkosto::export::format::ALL),
        ("app::transfer", verkosto::app::transfer::ALL),
        ("import", verkosto::import::ALL),
        ("model::validate", verkosto::model::validate::ALL),
        ("lists", lists::ALL),
        ("sheets::common", sheets::common::ALL),
        ("kit", verkosto::ui::kit::ALL),
        ("sheets::roles", sheets::roles::ALL),
        ("sheets::competences", sheets::competences::ALL),
        ("sheets::tactics", sheets::tactics::ALL),
        ("sheets::idea", sheets::idea::ALL),
        ("sheets::conditions", sheets::conditions::ALL),
        ("sheets::strategy", sheets::strategy::ALL),
        ("sheets::evaluation", sheets::evaluation::ALL),
        ("sheets::card", sheets::card::ALL),
        ("map", map::ALL),
        ("map::inspector", map::inspector::ALL),
        ("map::tables", map::tables::ALL),
        ("map::portfolio", map::portfolio::ALL),
        ("map::canvas", map::canvas::ALL),
        ("cycle", cycle::ALL),
        ("present", verkosto::ui::present::ALL),
        ("present::slides", verkosto::ui::present::slides::ALL),
        ("present::graphics", verkosto::ui::present::graphics::ALL),
        ("app::safe_msg", verkosto::app::safe_msg::ALL),
        ("dialogs::help", verkosto::ui::dialogs::help::ALL),
        ("joint", verkosto::ui::joint::ALL),
        ("joint::values", verkosto::ui::joint::values::ALL),
        ("joint::disagreements", verkosto::ui::joint::disagreements::ALL),
        ("joint::compare", verkosto::ui::joint::compare::ALL),
        ("app::combining", verkosto::app::combining::ALL),
        ("dialogs::combine_review", verkosto::ui::dialogs::combine_review::ALL),
    ]
}

fn all() -> Vec<(String, Tr)> {
    let mut all: Vec<(String, Tr)> = Vec::new();
    for (file, list) in all_message_lists() {
        all.extend(list.iter().map(|(name, tr)| (format!("{file}::{name}"), *tr)));
    }
    all.extend(
        i18n::method::all_texts()
            .into_iter()
            .map(|tr| (format!("method: {}", tr.en), tr)),
    );
    all.extend(
        verkosto::model::all_enum_labels()
            .into_iter()
            .map(|tr| (format!("enum: {}", tr.en), tr)),
    );
    all
}

#[test]
fn every_message_has_both_languages_and_the_same_placeholders() {
    let all = all();
    assert!(all.len() > 150, "the lists cover the app ({} messages)", all.len());
    for (name, tr) in &all {
        assert!(!tr.fi.trim().is_empty(), "{name}: Finnish is empty");
        assert!(!tr.en.trim().is_empty(), "{name}: English is empty");
        assert_eq!(placeholders(tr.fi), placeholders(tr.en), "{name}: placeholders differ");
    }
}

#[test]
fn finnish_texts_are_translated_not_copied() {
    // Short labels (codes, "OK", "Idea") may be the same in both languages; sentences may not.
    for (name, tr) in all() {
        if tr.en.split_whitespace().count() > 3 {
            assert_ne!(tr.fi, tr.en, "{name}: Finnish is the English text");
        }
    }
}

#[test]
fn placeholders_are_filled_in() {
    let tr = Tr::new("{n} toimijaa", "{n} actors");
    assert_eq!(tr.fmt(Lang::Fi, &[("n", &3)]), "3 toimijaa");
    assert_eq!(tr.fmt(Lang::En, &[("n", &3)]), "3 actors");
}

#[test]
fn the_default_language_follows_the_system_locale() {
    assert_eq!(Lang::from_locale(Some("fi-FI")), Lang::Fi);
    assert_eq!(Lang::from_locale(Some("fi_FI.UTF-8")), Lang::Fi);
    assert_eq!(Lang::from_locale(Some("sv-FI")), Lang::En);
    assert_eq!(Lang::from_locale(Some("en-GB")), Lang::En);
    assert_eq!(Lang::from_locale(None), Lang::En);
}

#[test]
fn every_file_with_messages_is_in_the_translation_lists() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("reads src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if std::fs::read_to_string(&path)
                .expect("reads")
                .contains("crate::messages! {")
            {
                found.push(path.display().to_string());
            }
        }
    }
    let mut files = Vec::new();
    walk(std::path::Path::new("src"), &mut files);
    assert_eq!(
        files.len(),
        all_message_lists().len(),
        "each of these files declares messages; register its ALL in all_message_lists() above: {files:#?}"
    );
}
