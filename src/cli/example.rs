//! `verkosto example -o FILE`.

use super::{EXAMPLE_WRITTEN, Outcome, show_path};
use crate::i18n::Lang;
use std::path::Path;

/// Writes the built-in example project to `file`.
pub fn run(file: &Path, lang: Lang) -> Outcome {
    let name = show_path(file);
    let project = crate::example::project();
    match crate::io::save(file, &project) {
        Ok(()) => Outcome::ok(format!("{}\n", EXAMPLE_WRITTEN.fmt(lang, &[("file", &name)]))),
        Err(e) => Outcome::fail(format!("{}\n", e.message(lang, &name))),
    }
}
