//! `verkosto check FILE`.

use super::{CHECK_OK, Outcome, show_path};
use crate::i18n::Lang;
use std::path::Path;

/// Loads and validates `file`; one summary line on success, every problem on failure.
///
/// Fields this version does not know are listed with their line and column and make the
/// exit code 1: the file reads, but saving it would lose them.
pub fn run(file: &Path, lang: Lang) -> Outcome {
    let name = show_path(file);
    match crate::io::load_checked(file) {
        Ok(loaded) => {
            let project = &loaded.project;
            let summary = format!(
                "{}\n",
                CHECK_OK.fmt(
                    lang,
                    &[
                        ("file", &name),
                        ("actors", &project.actors.len()),
                        ("relations", &project.relations.len()),
                        ("version", &project.format_version),
                    ],
                )
            );
            match loaded.unknown_message(lang, &name) {
                None => Outcome::ok(summary),
                Some(warning) => Outcome {
                    stdout: summary,
                    stderr: format!("{warning}\n"),
                    code: 1,
                },
            }
        }
        Err(e) => Outcome::fail(format!("{}\n", e.message(lang, &name))),
    }
}
