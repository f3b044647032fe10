//! CSV tables: comma- or semicolon-separated (Excel in Finnish writes semicolons), UTF-8 with
//! or without a byte order mark.

use super::{ImportError, Sheet, Source, check_limits, read_bytes};
use std::path::Path;

/// Parses CSV text into a sheet named `name`.
pub fn parse(bytes: &[u8], name: &str) -> Result<Sheet, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText { file: name.to_owned() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet {
        name: name.to_owned(),
        ..Sheet::default()
    };
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ImportError::Syntax {
            file: name.to_owned(),
            at: e.position().map_or(
                super::Broken::At {
                    line: index + 1,
                    column: 1,
                },
                |p| super::Broken::at_offset(text, usize::try_from(p.byte()).unwrap_or(usize::MAX)),
            ),
        })?;
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        for cell in &cells {
            check_limits(index, cell, name)?;
        }
        let line = record.position().map_or(index + 1, |p| p.line() as usize);
        if index == 0 {
            sheet.headers = cells;
        } else if cells.iter().any(|c| !c.trim().is_empty()) {
            sheet.rows.push((line, cells));
        }
    }
    Ok(sheet)
}

/// Reads an actor CSV and a relation CSV (either may be left out).
pub fn read_pair(actors: Option<&Path>, relations: Option<&Path>) -> Result<Source, ImportError> {
    Ok(Source {
        actors: actors.map(read_sheet).transpose()?,
        relations: relations.map(read_sheet).transpose()?,
        guarded: true,
    })
}

/// Reads one or two CSV files and tells the actor table from the relation table by their
/// headers (a relation table has From and To columns), so that the user can pick both files in
/// one dialog, or drop them together, in either order.
pub fn read_tables(paths: &[&Path]) -> Result<Source, ImportError> {
    let mut source = Source {
        guarded: true,
        ..Source::default()
    };
    for path in paths {
        let sheet = read_sheet(path)?;
        let slot = if super::plan::is_relation_table(&sheet) {
            &mut source.relations
        } else {
            &mut source.actors
        };
        if let Some(first) = slot.take() {
            return Err(ImportError::SameTable {
                first: first.name,
                second: sheet.name,
            });
        }
        *slot = Some(sheet);
    }
    Ok(source)
}

/// Reads the CSV file at `path` into a sheet named by its file name.
fn read_sheet(path: &Path) -> Result<Sheet, ImportError> {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    parse(&read_bytes(path)?, &name)
}
