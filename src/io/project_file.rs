//! Project files: pretty RON with a stable order, version check and migration on load,
//! validation, and atomic save.

use super::atomic::{AtomicWriter, WriteError};
use super::os_error::OsError;
use super::outline::{Seg, field_at, line_col, locate, starts_like_struct};
use super::read::{FileKind, ReadError, read_limited};
use crate::i18n::{Lang, msg};
use crate::model::{FORMAT_VERSION, Problem, Project, Scale, scale_of_field};
use serde::Deserialize;
use std::path::Path;

/// Largest project file Verkosto reads: 64 MB, where a megabyte is 1024 × 1024 bytes as
/// everywhere in Verkosto's messages. A realistic project is well under 1 MB; 10,000 actors
/// with relations take about 10 MB.
pub const MAX_FILE_BYTES: u64 = 64 * MEGABYTE;

/// One megabyte in Verkosto's messages: 1024 × 1024 bytes.
pub const MEGABYTE: u64 = 1024 * 1024;

/// How many unknown fields are located and listed; the rest are only counted.
pub const UNKNOWN_LISTED: usize = 20;

/// Why the text at a place could not be read, in words for a coordinator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseReason {
    /// The text ends in the middle of the project.
    EndsEarly,
    /// A bracket, comma or colon is missing; the token is shown in quotes.
    Expected(&'static str),
    /// A number was expected.
    ExpectedNumber,
    /// A quoted text was expected.
    ExpectedText,
    /// `true` or `false` was expected.
    ExpectedBool,
    /// A field name was expected.
    ExpectedName,
    /// A value of the wrong type, in the named field if known.
    WrongKind(Option<String>),
    /// A value that is not one of the allowed names.
    NotAllowed {
        /// What the file has.
        found: String,
        /// The allowed names, comma-separated.
        allowed: String,
    },
    /// A required field is missing.
    MissingField(String),
    /// A field appears twice.
    DuplicateField(String),
    /// A name that cannot be a field name.
    BadName(String),
    /// Nesting deeper than any project has.
    TooDeep,
    /// A character that does not belong here.
    UnexpectedChar(char),
    /// Text after the end of the project.
    Trailing,
    /// A comment that is not closed.
    Comment,
    /// A backslash sequence that is not valid.
    Escape,
    /// A number too large or small for its field (named if known).
    NumberRange(Option<String>),
    /// Anything else.
    Other,
}

impl ParseReason {
    /// The reason as a phrase in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use super::msg as m;
        match self {
            ParseReason::EndsEarly => m::P_ENDS_EARLY.get(lang).to_owned(),
            ParseReason::Expected(token) => m::P_EXPECTED.fmt(lang, &[("token", &format!("\u{201c}{token}\u{201d}"))]),
            ParseReason::ExpectedNumber => m::P_EXPECTED_NUMBER.get(lang).to_owned(),
            ParseReason::ExpectedText => m::P_EXPECTED_TEXT.get(lang).to_owned(),
            ParseReason::ExpectedBool => m::P_EXPECTED_BOOL.get(lang).to_owned(),
            ParseReason::ExpectedName => m::P_EXPECTED_NAME.get(lang).to_owned(),
            ParseReason::WrongKind(Some(field)) => m::P_WRONG_KIND.fmt(lang, &[("field", field)]),
            ParseReason::WrongKind(None) => m::P_WRONG_KIND_HERE.get(lang).to_owned(),
            ParseReason::NotAllowed { found, allowed } => {
                m::P_NOT_ALLOWED.fmt(lang, &[("found", found), ("allowed", allowed)])
            }
            ParseReason::MissingField(field) => m::P_MISSING_FIELD.fmt(lang, &[("field", field)]),
            ParseReason::DuplicateField(field) => m::P_DUPLICATE_FIELD.fmt(lang, &[("field", field)]),
            ParseReason::BadName(name) => m::P_BAD_NAME.fmt(lang, &[("name", name)]),
            ParseReason::TooDeep => m::P_TOO_DEEP.get(lang).to_owned(),
            ParseReason::UnexpectedChar(c) => m::P_UNEXPECTED_CHAR.fmt(lang, &[("char", c)]),
            ParseReason::Trailing => m::P_TRAILING.get(lang).to_owned(),
            ParseReason::Comment => m::P_COMMENT.get(lang).to_owned(),
            ParseReason::Escape => m::P_ESCAPE.get(lang).to_owned(),
            ParseReason::NumberRange(Some(field)) => m::P_NUMBER_RANGE.fmt(lang, &[("field", field)]),
            ParseReason::NumberRange(None) => m::P_NUMBER_RANGE_HERE.get(lang).to_owned(),
            ParseReason::Other => m::P_OTHER.get(lang).to_owned(),
        }
    }
}

/// Why a project file could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file could not be read at all.
    Read(OsError),
    /// The path is a folder, FIFO, device or socket.
    NotAFile(FileKind),
    /// The file is larger than [`MAX_FILE_BYTES`]; its size (at least the limit plus one).
    TooLarge(u64),
    /// The file changed while it was being read.
    Changed,
    /// The file is not UTF-8 text.
    NotText,
    /// The file is text but not a Verkosto project (a CSV file, a note, an empty file).
    NotProject,
    /// The text is not valid for a project.
    Parse {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong there.
        reason: ParseReason,
    },
    /// A number outside its field's scale, e.g. importance 300.
    OutOfScale {
        /// The field's name in the file.
        field: String,
        /// Its scale.
        scale: Scale,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file has no `format_version`.
    NoVersion,
    /// The file was written by a newer Verkosto.
    Newer(u32),
    /// The file parsed but its content is inconsistent.
    Invalid(Vec<Problem>, Vec<Option<(usize, usize)>>),
}

/// A size in megabytes with one decimal, rounded up (so a file just over the limit never
/// reads as the limit itself), with the decimal separator of `lang`.
fn megabytes(bytes: u64, lang: Lang) -> String {
    let tenths = bytes.saturating_mul(10).div_ceil(MEGABYTE);
    let sep = if lang == Lang::Fi { ',' } else { '.' };
    format!("{}{sep}{}", tenths / 10, tenths % 10)
}

impl LoadError {
    /// The error as one or more sentences in `lang`, naming the file as `file`.
    pub fn message(&self, lang: Lang, file: &str) -> String {
        // The reasons are phrases; the sentence they end gets its full stop here.
        let read = |reason: String| msg::ERR_READ.fmt(lang, &[("file", &file), ("reason", &format!("{reason}."))]);
        match self {
            LoadError::Read(e) => read(e.message(lang)),
            LoadError::NotAFile(kind) => read(kind.message(lang).to_owned()),
            LoadError::Changed => read(super::msg::CHANGED_WHILE_READING.get(lang).to_owned()),
            LoadError::TooLarge(size) => super::msg::ERR_TOO_LARGE.fmt(
                lang,
                &[
                    ("file", &file),
                    ("size", &megabytes(*size, lang)),
                    ("max", &(MAX_FILE_BYTES / MEGABYTE)),
                ],
            ),
            LoadError::NotText => msg::ERR_NOT_TEXT.fmt(lang, &[("file", &file)]),
            LoadError::NotProject => super::msg::ERR_NOT_PROJECT.fmt(lang, &[("file", &file)]),
            LoadError::Parse { line, column, reason } => msg::ERR_PARSE.fmt(
                lang,
                &[
                    ("file", &file),
                    ("line", line),
                    ("column", column),
                    ("reason", &format!("{}.", reason.message(lang))),
                ],
            ),
            LoadError::OutOfScale {
                field,
                scale,
                line,
                column,
            } => super::msg::ERR_OUT_OF_SCALE.fmt(
                lang,
                &[
                    ("file", &file),
                    ("field", field),
                    ("min", &scale.min),
                    ("max", &scale.max),
                    ("line", line),
                    ("column", column),
                ],
            ),
            LoadError::NoVersion => msg::ERR_NO_VERSION.fmt(lang, &[("file", &file)]),
            LoadError::Newer(found) => msg::ERR_NEWER.fmt(
                lang,
                &[("file", &file), ("found", found), ("supported", &FORMAT_VERSION)],
            ),
            LoadError::Invalid(problems, at) => {
                let template = if problems.len() == 1 {
                    msg::ERR_INVALID_ONE
                } else {
                    msg::ERR_INVALID
                };
                let mut text = template.fmt(lang, &[("file", &file), ("count", &problems.len())]);
                for (i, p) in problems.iter().enumerate() {
                    text.push_str("\n- ");
                    text.push_str(&p.message(lang));
                    if let Some(Some((line, column))) = at.get(i) {
                        text.push(' ');
                        text.push_str(&super::msg::AT_LINE.fmt(lang, &[("line", line), ("column", column)]));
                    }
                }
                text
            }
        }
    }
}

/// Why a project could not be saved. The previous file is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The file could not be written.
    Write(WriteError),
    /// The project could not be turned into text (not expected for plain data).
    Serialize(String),
}

impl SaveError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang, file: &str) -> String {
        let reason = match self {
            SaveError::Write(e) => e.reason(lang),
            SaveError::Serialize(detail) => detail.clone(),
        };
        msg::ERR_WRITE.fmt(lang, &[("file", &file), ("reason", &reason)])
    }
}

/// A field the file has but this version of Verkosto does not know: it is ignored on load
/// and would be lost on the next save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownField {
    /// Where it is, in the file's own names: `actors[2].colour` (list positions from 1).
    pub path: String,
    /// 1-based line (0 when it could not be located).
    pub line: usize,
    /// 1-based column (0 when it could not be located).
    pub column: usize,
}

/// A project read from a file, with what was in the file but not understood.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The project.
    pub project: Project,
    /// The first [`UNKNOWN_LISTED`] unknown fields, in file order.
    pub unknown_fields: Vec<UnknownField>,
    /// How many unknown fields there are in all.
    pub unknown_count: usize,
}

impl Loaded {
    /// The unknown fields as a warning in `lang` (a heading and one line per field), or
    /// `None` when there are none.
    pub fn unknown_message(&self, lang: Lang, file: &str) -> Option<String> {
        use super::msg as m;
        if self.unknown_count == 0 {
            return None;
        }
        let mut text = if self.unknown_count == 1 {
            m::UNKNOWN_FIELDS_ONE.fmt(lang, &[("file", &file)])
        } else {
            m::UNKNOWN_FIELDS.fmt(lang, &[("file", &file), ("count", &self.unknown_count)])
        };
        for f in &self.unknown_fields {
            text.push_str("\n- ");
            text.push_str(&m::UNKNOWN_FIELD.fmt(lang, &[("path", &f.path), ("line", &f.line), ("column", &f.column)]));
        }
        let rest = self.unknown_count - self.unknown_fields.len();
        if rest > 0 {
            text.push_str("\n- ");
            text.push_str(&m::UNKNOWN_FIELDS_MORE.fmt(lang, &[("count", &rest)]));
        }
        Some(text)
    }
}

impl From<ReadError> for LoadError {
    fn from(e: ReadError) -> LoadError {
        match e {
            ReadError::Os(e) => LoadError::Read(e),
            ReadError::NotAFile(kind) => LoadError::NotAFile(kind),
            ReadError::TooLarge(size) => LoadError::TooLarge(size),
            ReadError::Changed => LoadError::Changed,
        }
    }
}

/// Reads and validates a project file.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    load_checked(path).map(|l| l.project)
}

/// Reads and validates a project file, listing the fields it does not know.
pub fn load_checked(path: &Path) -> Result<Loaded, LoadError> {
    let bytes = read_limited(path, MAX_FILE_BYTES)?;
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    parse_checked(&text)
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

/// The byte offset of a ron position (1-based line, column in characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let rest = text.get(line_start..).unwrap_or("");
    line_start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

fn parse_error(text: &str, e: &ron::error::SpannedError) -> LoadError {
    use ron::Error as E;
    let (line, column) = (e.span.start.line, e.span.start.col);
    let field = || field_at(text, offset_of(text, line, column));
    let reason = match &e.code {
        E::Eof => ParseReason::EndsEarly,
        E::ExpectedArray => ParseReason::Expected("["),
        E::ExpectedArrayEnd => ParseReason::Expected("]"),
        E::ExpectedComma => ParseReason::Expected(","),
        E::ExpectedMap => ParseReason::Expected("{"),
        E::ExpectedMapColon => ParseReason::Expected(":"),
        E::ExpectedMapEnd => ParseReason::Expected("}"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedOption | E::ExpectedUnit => {
            ParseReason::Expected("(")
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd | E::ExpectedAttributeEnd => ParseReason::Expected(")"),
        E::ExpectedInteger | E::ExpectedFloat | E::FloatUnderscore | E::InvalidIntegerDigit { .. } => {
            ParseReason::ExpectedNumber
        }
        E::UnderscoreAtBeginning => ParseReason::ExpectedNumber,
        E::ExpectedString | E::ExpectedStringEnd | E::ExpectedChar | E::ExpectedByteString | E::ExpectedByteLiteral => {
            ParseReason::ExpectedText
        }
        E::ExpectedBoolean => ParseReason::ExpectedBool,
        E::ExpectedIdentifier | E::ExpectedStructName(_) | E::ExpectedAttribute => ParseReason::ExpectedName,
        E::InvalidValueForType { .. } | E::ExpectedDifferentLength { .. } | E::ExpectedDifferentStructName { .. } => {
            ParseReason::WrongKind(field())
        }
        E::NoSuchEnumVariant { expected, found, .. } => ParseReason::NotAllowed {
            found: found.clone(),
            allowed: expected.join(", "),
        },
        E::MissingStructField { field, .. } => ParseReason::MissingField((*field).to_owned()),
        E::DuplicateStructField { field, .. } => ParseReason::DuplicateField((*field).to_owned()),
        E::NoSuchStructField { found, .. } => ParseReason::BadName(found.clone()),
        E::InvalidIdentifier(name) | E::SuggestRawIdentifier(name) => ParseReason::BadName(name.clone()),
        E::ExceededRecursionLimit => ParseReason::TooDeep,
        E::UnexpectedChar(c) => ParseReason::UnexpectedChar(*c),
        E::TrailingCharacters => ParseReason::Trailing,
        E::UnclosedBlockComment | E::UnclosedLineComment => ParseReason::Comment,
        E::InvalidEscape(_) => ParseReason::Escape,
        E::Utf8Error(_) => return LoadError::NotText,
        E::IntegerOutOfBounds => {
            let field = field();
            if let Some(scale) = field.as_deref().and_then(scale_of_field) {
                return LoadError::OutOfScale {
                    field: field.unwrap_or_default(),
                    scale,
                    line,
                    column,
                };
            }
            ParseReason::NumberRange(field)
        }
        // Serde's own messages ("invalid type: …") are written for developers; the field
        // name and the place say enough.
        E::Message(_) => ParseReason::WrongKind(field()),
        _ => ParseReason::Other,
    };
    LoadError::Parse { line, column, reason }
}

/// The segments of a path reported by `serde_ignored`, root first.
/// A problem's place (`evaluation.rounds[0].ratings[3].respondent`) as the path [`locate`]
/// follows; `None` for a place it cannot read.
fn place_segments(place: &str) -> Option<Vec<Seg>> {
    let mut out = Vec::new();
    for part in place.split('.') {
        let (name, mut rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if name.is_empty() {
            return None;
        }
        out.push(Seg::Field(name.to_owned()));
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Seg::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(out)
}

fn segments(path: &serde_ignored::Path) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut current = path;
    loop {
        current = match current {
            serde_ignored::Path::Root => break,
            serde_ignored::Path::Seq { parent, index } => {
                out.push(Seg::Index(*index));
                parent
            }
            serde_ignored::Path::Map { parent, key } => {
                out.push(Seg::Field(key.clone()));
                parent
            }
            serde_ignored::Path::Some { parent }
            | serde_ignored::Path::NewtypeStruct { parent }
            | serde_ignored::Path::NewtypeVariant { parent } => {
                out.push(Seg::Wrapper);
                parent
            }
        };
    }
    out.reverse();
    out
}

fn show_segments(segs: &[Seg]) -> String {
    let mut text = String::new();
    for seg in segs {
        match seg {
            Seg::Field(name) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(name);
            }
            Seg::Index(i) => text.push_str(&format!("[{}]", i + 1)),
            Seg::Wrapper => {}
        }
    }
    text
}

/// Parses, migrates and validates project text.
pub fn parse(text: &str) -> Result<Project, LoadError> {
    parse_checked(text).map(|l| l.project)
}

/// Parses, migrates and validates project text, listing the fields it does not know.
pub fn parse_checked(text: &str) -> Result<Loaded, LoadError> {
    // A byte order mark, as some Windows editors write, is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(LoadError::NotText);
    }
    if !starts_like_struct(text) {
        return Err(LoadError::NotProject);
    }
    let probe: VersionProbe = options().from_str(text).map_err(|e| parse_error(text, &e))?;
    let version = probe.format_version;
    if version == 0 {
        return Err(LoadError::NoVersion);
    }
    if version > FORMAT_VERSION {
        return Err(LoadError::Newer(version));
    }
    let mut unknown: Vec<Vec<Seg>> = Vec::new();
    let mut unknown_count = 0usize;
    let mut de = ron::Deserializer::from_str_with_options(text, &options()).map_err(|e| parse_error(text, &e))?;
    let result: Result<Project, _> = serde_ignored::deserialize(&mut de, |path| {
        unknown_count += 1;
        if unknown.len() < UNKNOWN_LISTED {
            unknown.push(segments(&path));
        }
    });
    let project = match result.and_then(|p| de.end().map(|()| p)) {
        Ok(p) => p,
        Err(e) => return Err(parse_error(text, &de.span_error(e))),
    };
    let project = migrate(project, version);
    let problems = project.problems();
    if !problems.is_empty() {
        // Each problem's line and column, found by its path in the file (`actors[4].id`, the
        // fifth actor's id; `relations[0].to`). A path the text does not have (a field left
        // out and taken by default) gives none.
        let at = problems
            .iter()
            .map(|p| {
                let segs = place_segments(p.file_path()?)?;
                locate(text, &segs).map(|offset| line_col(text, offset))
            })
            .collect();
        return Err(LoadError::Invalid(problems, at));
    }
    let unknown_fields = unknown
        .iter()
        .map(|segs| {
            let (line, column) = locate(text, segs).map_or((0, 0), |at| line_col(text, at));
            UnknownField {
                path: show_segments(segs),
                line,
                column,
            }
        })
        .collect();
    Ok(Loaded {
        project,
        unknown_fields,
        unknown_count,
    })
}

/// Brings a project read from an older format up to [`FORMAT_VERSION`], one explicit step per
/// version: a step for version N → N+1 goes here as `if from <= N { … }` and gets a fixture
/// under `tests/fixtures/`.
fn migrate(mut project: Project, from: u32) -> Project {
    debug_assert!(from >= 1);
    if from <= 1 {
        // Version 2 added the presentation's choices; a version-1 file has none, so it starts
        // with the whole generated deck, no notes and no map slides.
        project.presentation = Default::default();
    }
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

/// Saves a project atomically, keeping the previous version as `NAME.bak`.
pub fn save(path: &Path, project: &Project) -> Result<(), SaveError> {
    save_with(
        &AtomicWriter {
            backup: true,
            fail_at: None,
        },
        path,
        project,
    )
}

/// Saves a project with `writer` (tests inject faults through it).
pub fn save_with(writer: &AtomicWriter, path: &Path, project: &Project) -> Result<(), SaveError> {
    let text = to_ron(project);
    if text.starts_with("//") {
        return Err(SaveError::Serialize(text.trim_start_matches("// ").trim().to_owned()));
    }
    writer.write(path, text.as_bytes()).map_err(SaveError::Write)
}
