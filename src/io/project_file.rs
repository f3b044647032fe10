//! Project files: pretty RON with a stable order, version check and migration on load,
//! validation, and atomic save.

use super::atomic::write_atomic;
use crate::i18n::{Lang, msg};
use crate::model::{FORMAT_VERSION, Problem, Project};
use serde::Deserialize;
use std::path::Path;

/// Largest project file Verkosto reads. A realistic project is well under 1 MB; 10,000 actors
/// with relations take about 10 MB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a project file could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file could not be read at all.
    Read(String),
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge(u64),
    /// The file is not UTF-8 text.
    NotText,
    /// The text is not valid for a project.
    Parse {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        reason: String,
    },
    /// The file has no `format_version`.
    NoVersion,
    /// The file was written by a newer Verkosto.
    Newer(u32),
    /// The file parsed but its content is inconsistent.
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The error as one or more sentences in `lang`, naming the file as `file`.
    pub fn message(&self, lang: Lang, file: &str) -> String {
        match self {
            LoadError::Read(reason) => msg::ERR_READ.fmt(lang, &[("file", &file), ("reason", reason)]),
            LoadError::TooLarge(size) => msg::ERR_TOO_LARGE.fmt(
                lang,
                &[
                    ("file", &file),
                    ("size", &(size / 1_000_000)),
                    ("max", &(MAX_FILE_BYTES / 1_000_000)),
                ],
            ),
            LoadError::NotText => msg::ERR_NOT_TEXT.fmt(lang, &[("file", &file)]),
            LoadError::Parse { line, column, reason } => msg::ERR_PARSE.fmt(
                lang,
                &[("file", &file), ("line", line), ("column", column), ("reason", reason)],
            ),
            LoadError::NoVersion => msg::ERR_NO_VERSION.fmt(lang, &[("file", &file)]),
            LoadError::Newer(found) => msg::ERR_NEWER.fmt(
                lang,
                &[("file", &file), ("found", found), ("supported", &FORMAT_VERSION)],
            ),
            LoadError::Invalid(problems) => {
                let template = if problems.len() == 1 {
                    msg::ERR_INVALID_ONE
                } else {
                    msg::ERR_INVALID
                };
                let mut text = template.fmt(lang, &[("file", &file), ("count", &problems.len())]);
                for p in problems {
                    text.push_str("\n- ");
                    text.push_str(&p.message(lang));
                }
                text
            }
        }
    }
}

/// Why a project could not be saved. The previous file is unchanged.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveError(pub String);

impl SaveError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang, file: &str) -> String {
        msg::ERR_WRITE.fmt(lang, &[("file", &file), ("reason", &self.0)])
    }
}

/// Reads and validates a project file.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| LoadError::Read(e.to_string()))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge(meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|e| LoadError::Read(e.to_string()))?;
    // The file may have grown between the two calls.
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    parse(&text)
}

/// Only the version, read before the rest so that a newer file is refused with a clear reason
/// instead of a confusing parse error.
#[derive(Deserialize)]
struct VersionProbe {
    /// Zero when the field is missing.
    #[serde(default)]
    format_version: u32,
}

fn options() -> ron::Options {
    ron::Options::default()
}

fn parse_error(e: &ron::error::SpannedError) -> LoadError {
    LoadError::Parse {
        line: e.span.start.line,
        column: e.span.start.col,
        reason: e.code.to_string(),
    }
}

/// Parses, migrates and validates project text.
pub fn parse(text: &str) -> Result<Project, LoadError> {
    if text.contains('\0') {
        return Err(LoadError::NotText);
    }
    let probe: VersionProbe = options().from_str(text).map_err(|e| parse_error(&e))?;
    let version = probe.format_version;
    if version == 0 {
        return Err(LoadError::NoVersion);
    }
    if version > FORMAT_VERSION {
        return Err(LoadError::Newer(version));
    }
    let project: Project = options().from_str(text).map_err(|e| parse_error(&e))?;
    let project = migrate(project, version);
    let problems = project.problems();
    if problems.is_empty() {
        Ok(project)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// Brings a project read from an older format up to [`FORMAT_VERSION`], one explicit step per
/// version. Version 1 is the first format, so there is no step yet; a step for version N → N+1
/// goes here as `if from <= N { … }` and gets a fixture under `tests/fixtures/`.
fn migrate(mut project: Project, from: u32) -> Project {
    debug_assert!(from >= 1);
    project.format_version = FORMAT_VERSION;
    project
}

/// The project as pretty RON text: stable field and list order, one field per line, so a
/// one-field change is a one-line diff.
pub fn to_ron(project: &Project) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        // Escaped strings keep each text on one line (newlines as \n), so a changed field is a
        // one-line diff; letters such as ä and ö stay readable.
        .escape_strings(true)
        .separate_tuple_members(false);
    let mut project = project.clone();
    project.format_version = FORMAT_VERSION;
    match options().to_string_pretty(&project, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serialising plain data with string keys cannot fail; keep the error visible anyway.
        Err(e) => format!("// Verkosto could not write this project: {e}\n"),
    }
}

/// Saves a project atomically.
pub fn save(path: &Path, project: &Project) -> Result<(), SaveError> {
    let text = to_ron(project);
    if text.starts_with("//") {
        return Err(SaveError(text.trim_start_matches("// ").trim().to_owned()));
    }
    write_atomic(path, text.as_bytes()).map_err(|e| SaveError(e.to_string()))
}
