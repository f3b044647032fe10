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
            reason: e.to_string(),
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
    let sheet = |path: &Path| -> Result<Sheet, ImportError> {
        let name = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        parse(&read_bytes(path)?, &name)
    };
    Ok(Source {
        actors: actors.map(sheet).transpose()?,
        relations: relations.map(sheet).transpose()?,
        guarded: true,
    })
}
