//! Imports of actor and relation tables from CSV, Excel workbooks (`.xlsx`) and GraphML.
//!
//! Each reader turns a file into [`Sheet`]s of text; [`ImportPlan::build`] matches their columns
//! (by name, in Finnish or English, Kumu's headers as they are) and rows (by id, or by name
//! where the id column is missing) against the project, and lists what would be added, updated
//! and refused before anything changes. [`ImportPlan::edit`] turns the plan into one undoable
//! [`crate::model::Edit`].

pub mod csv;
pub mod graphml;
mod msg;
mod plan;
pub mod xlsx;

pub use msg::ALL;
pub use plan::{ImportOptions, ImportPlan, Reason, Refusal, Update};

use crate::i18n::Lang;

/// The largest input file read, in bytes.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;
/// The most rows read from one sheet (or nodes and edges from one graph).
pub const MAX_ROWS: usize = 200_000;
/// The longest cell read, in characters.
pub const MAX_CELL_CHARS: usize = 100_000;

/// A header naming a row's own position in a graph file (a GraphML node id), not a column of
/// the user's: relations refer to it with [`FROM_REF`] and [`TO_REF`].
pub const ROW_REF: &str = "\u{0}ref";
/// See [`ROW_REF`].
pub const FROM_REF: &str = "\u{0}from";
/// See [`ROW_REF`].
pub const TO_REF: &str = "\u{0}to";

/// One table read from a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The sheet's name as shown to the user (`Elements`, `actors.csv`, `nodes`).
    pub name: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Data rows with their row number in the file (the header is row 1 in a spreadsheet).
    pub rows: Vec<(usize, Vec<String>)>,
}

/// What a file held: an actor table, a relation table, or both.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    /// Actors (Kumu's Elements).
    pub actors: Option<Sheet>,
    /// Relations (Kumu's Connections).
    pub relations: Option<Sheet>,
    /// Whether text cells may carry the formula guard `'` of our CSV and XLSX exports.
    pub guarded: bool,
}

/// Where a file's structure is broken, for the sentence that says so.
#[derive(Debug, Clone, PartialEq)]
pub enum Broken {
    /// Text (CSV, XML) broken at this 1-based line and column.
    At { line: usize, column: usize },
    /// An XML entity other than XML's own five, which is never expanded, at line and column.
    Entity { name: String, line: usize, column: usize },
    /// A sheet of a workbook whose contents cannot be read.
    Sheet(String),
}

impl Broken {
    /// The place in the text at byte `offset` of `text`.
    pub(crate) fn at_offset(text: &str, offset: usize) -> Broken {
        let (line, column) = line_col(text, offset);
        Broken::At { line, column }
    }

    fn reason(&self, lang: Lang) -> String {
        match self {
            Broken::At { line, column } => msg::BROKEN_AT.fmt(lang, &[("line", line), ("column", column)]),
            Broken::Entity { name, line, column } => {
                msg::BROKEN_ENTITY.fmt(lang, &[("name", name), ("line", line), ("column", column)])
            }
            Broken::Sheet(sheet) => msg::BROKEN_SHEET.fmt(lang, &[("sheet", sheet)]),
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Reading failed.
    Read { file: String, error: crate::io::ReadError },
    /// The file is over [`MAX_INPUT_BYTES`].
    TooLarge { file: String },
    /// The file is not UTF-8 text (CSV, GraphML).
    NotText { file: String },
    /// The file's structure is broken (CSV quoting, XML syntax, a damaged workbook): where.
    Syntax { file: String, at: Broken },
    /// More than [`MAX_ROWS`] rows, or a cell over [`MAX_CELL_CHARS`].
    TooBig { file: String },
    /// Not a workbook at all, or a damaged one (its zip directory cannot be read).
    NotWorkbook { file: String },
    /// A workbook without the actor sheet.
    NoSheet { file: String },
    /// A file type the importer does not know.
    UnknownType { file: String },
    /// Two CSV files of the same kind (two actor tables, or two relation tables).
    SameTable { first: String, second: String },
    /// Several files where only a CSV pair can be combined.
    SeveralFiles,
}

impl ImportError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::Read { file, error } => {
                msg::ERR_READ.fmt(lang, &[("file", file), ("reason", &error.reason(lang))])
            }
            ImportError::TooLarge { file } => msg::ERR_TOO_LARGE.fmt(lang, &[("file", file), ("max", &64)]),
            ImportError::NotText { file } => msg::ERR_NOT_TEXT.fmt(lang, &[("file", file)]),
            ImportError::Syntax { file, at } => {
                msg::ERR_SYNTAX.fmt(lang, &[("file", file), ("reason", &at.reason(lang))])
            }
            ImportError::TooBig { file } => {
                msg::ERR_TOO_BIG.fmt(lang, &[("file", file), ("rows", &MAX_ROWS), ("chars", &MAX_CELL_CHARS)])
            }
            ImportError::NoSheet { file } => msg::ERR_NO_SHEET.fmt(lang, &[("file", file)]),
            ImportError::NotWorkbook { file } => msg::ERR_NOT_WORKBOOK.fmt(lang, &[("file", file)]),
            ImportError::UnknownType { file } => msg::ERR_UNKNOWN_TYPE.fmt(lang, &[("file", file)]),
            ImportError::SameTable { first, second } => {
                msg::ERR_SAME_TABLE.fmt(lang, &[("first", first), ("second", second)])
            }
            ImportError::SeveralFiles => msg::ERR_SEVERAL_FILES.get(lang).to_owned(),
        }
    }
}

/// Reads a whole file with the safe reader (no FIFOs or devices, never more than
/// [`MAX_INPUT_BYTES`] plus one byte, nothing that changes while being read).
pub(crate) fn read_bytes(path: &std::path::Path) -> Result<Vec<u8>, ImportError> {
    let file = path.display().to_string();
    crate::io::read_limited(path, MAX_INPUT_BYTES).map_err(|error| match error {
        crate::io::ReadError::TooLarge(_) => ImportError::TooLarge { file },
        error => ImportError::Read { file, error },
    })
}

/// Reads `.xlsx`, `.graphml` or `.csv` by the file's extension; a CSV alone is an actor table
/// or a relation table, as its headers say.
pub fn read_path(path: &std::path::Path) -> Result<Source, ImportError> {
    read_paths(&[path])
}

/// Reads the files the user chose or dropped: one workbook or GraphML file, or one or two CSV
/// files (an actor table and a relation table, in either order).
pub fn read_paths(paths: &[&std::path::Path]) -> Result<Source, ImportError> {
    let ext = |path: &std::path::Path| {
        path.extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default()
    };
    match paths {
        [] => Err(ImportError::SeveralFiles),
        [path] => {
            let name = path.display().to_string();
            match ext(path).as_str() {
                "xlsx" => xlsx::read(&read_bytes(path)?, &name),
                "graphml" | "xml" => graphml::read(&read_bytes(path)?, &name),
                "csv" => csv::read_tables(paths),
                _ => Err(ImportError::UnknownType { file: name }),
            }
        }
        [_, _] if paths.iter().all(|p| ext(p) == "csv") => csv::read_tables(paths),
        _ => Err(ImportError::SeveralFiles),
    }
}

/// Checks the row and cell limits of a sheet being read.
pub(crate) fn check_limits(rows: usize, cell: &str, file: &str) -> Result<(), ImportError> {
    if rows > MAX_ROWS || cell.len() > MAX_CELL_CHARS * 4 || cell.chars().count() > MAX_CELL_CHARS {
        Err(ImportError::TooBig { file: file.to_owned() })
    } else {
        Ok(())
    }
}
