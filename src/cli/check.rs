//! `verkosto check FILE`.

use super::{CHECK_OK, Outcome, show_path};
use crate::i18n::Lang;
use std::path::Path;

/// Loads and validates `file`; one summary line on success, every problem on failure.
pub fn run(file: &Path, lang: Lang) -> Outcome {
    let name = show_path(file);
    match crate::io::load(file) {
        Ok(project) => Outcome::ok(format!(
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
        )),
        Err(e) => Outcome::fail(format!("{}\n", e.message(lang, &name))),
    }
}
