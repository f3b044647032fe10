//! Excel workbooks (`.xlsx`) read with calamine: the actor sheet is `Elements` (Kumu) or
//! `Toimijat`/`Actors`, else the first sheet; the relation sheet is `Connections` (Kumu) or
//! `Suhteet`/`Relations`, else the second sheet if there is one.

use super::{ImportError, Sheet, Source, check_limits};
use calamine::{DataRef, Reader, Xlsx, open_workbook_from_rs};
use std::collections::BTreeMap;
use std::io::Cursor;

const ACTOR_SHEETS: [&str; 4] = ["elements", "toimijat", "actors", "elementit"];
const RELATION_SHEETS: [&str; 4] = ["connections", "suhteet", "relations", "yhteydet"];

/// The most columns read from a sheet; a cell further right is refused, so that a hostile
/// workbook with one cell at `XFD1048576` cannot make us allocate a dense grid.
const MAX_COLUMNS: u32 = 1_000;
/// The most bytes the workbook's parts may unpack to, by its own directory (a zip bomb is
/// refused before anything is unpacked).
const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
/// The most cells a sheet's rows may hold in all, empty ones to the left of a filled one
/// included (200,000 rows each with one cell at column 999 would be 200 million).
const MAX_GRID_CELLS: usize = 4_000_000;

/// A cell as text: numbers in their shortest round-trip form.
fn cell_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty => String::new(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => crate::export::data::number(*f),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => crate::export::data::number(d.as_f64()),
        DataRef::Error(e) => e.to_string(),
    }
}

/// The total unpacked size the zip archive in `bytes` declares in its central directory, or
/// `None` when the directory cannot be read or uses ZIP64 (which no workbook of ours needs).
fn declared_unpacked_size(bytes: &[u8]) -> Option<u64> {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ENTRY: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    let u16_at = |at: usize| Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let end = (search_from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..i + 4] == END)?;
    let entries = u16_at(end + 10)?;
    let mut at = usize::try_from(u32_at(end + 16)?).ok()?;
    let mut total = 0u64;
    for _ in 0..entries {
        if bytes.get(at..at + 4)? != ENTRY {
            return None;
        }
        let unpacked = u32_at(at + 24)?;
        if unpacked == u32::MAX {
            return None;
        }
        total += u64::from(unpacked);
        let name_len = usize::from(u16_at(at + 28)?);
        let extra_len = usize::from(u16_at(at + 30)?);
        let comment_len = usize::from(u16_at(at + 32)?);
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(total)
}

/// Reads the workbook in `bytes`; `file` names it in messages.
pub fn read(bytes: &[u8], file: &str) -> Result<Source, ImportError> {
    let broken = |sheet: &str| ImportError::Syntax {
        file: file.to_owned(),
        at: super::Broken::Sheet(sheet.to_owned()),
    };
    match declared_unpacked_size(bytes) {
        Some(size) if size <= MAX_UNPACKED_BYTES => {}
        Some(_) => return Err(ImportError::TooBig { file: file.to_owned() }),
        None => return Err(ImportError::NotWorkbook { file: file.to_owned() }),
    }
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|_: calamine::XlsxError| ImportError::NotWorkbook { file: file.to_owned() })?;
    let names = workbook.sheet_names();
    let find = |wanted: &[&str], fallback: usize| -> Option<String> {
        names
            .iter()
            .find(|n| wanted.contains(&n.trim().to_lowercase().as_str()))
            .or_else(|| {
                let known = names
                    .iter()
                    .any(|n| ACTOR_SHEETS.contains(&n.trim().to_lowercase().as_str()));
                if known { None } else { names.get(fallback) }
            })
            .cloned()
    };
    let Some(actor_sheet) = find(&ACTOR_SHEETS, 0) else {
        return Err(ImportError::NoSheet { file: file.to_owned() });
    };
    let relation_sheet = find(&RELATION_SHEETS, 1).filter(|n| *n != actor_sheet);
    let mut read_sheet = |name: &str| -> Result<Sheet, ImportError> {
        // Cells are streamed and kept sparse: a sheet's declared range is never allocated.
        let mut cells = workbook.worksheet_cells_reader(name).map_err(|_| broken(name))?;
        let mut rows: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        let mut grid = 0usize;
        while let Some(cell) = cells.next_cell().map_err(|_| broken(name))? {
            let (row, col) = cell.get_position();
            let text = cell_text(cell.get_value());
            if col >= MAX_COLUMNS {
                if text.trim().is_empty() {
                    continue;
                }
                return Err(ImportError::TooBig { file: file.to_owned() });
            }
            check_limits(rows.len(), &text, file)?;
            let cells = rows.entry(row).or_default();
            let col = col as usize;
            if cells.len() <= col {
                grid += col + 1 - cells.len();
                if grid > MAX_GRID_CELLS {
                    return Err(ImportError::TooBig { file: file.to_owned() });
                }
                cells.resize(col + 1, String::new());
            }
            cells[col] = text;
        }
        let mut sheet = Sheet {
            name: name.to_owned(),
            ..Sheet::default()
        };
        for (index, (row, cells)) in rows.into_iter().enumerate() {
            // Spreadsheet rows are numbered from 1.
            let line = row as usize + 1;
            if index == 0 {
                sheet.headers = cells;
            } else if cells.iter().any(|c| !c.trim().is_empty()) {
                sheet.rows.push((line, cells));
            }
        }
        Ok(sheet)
    };
    let actors = read_sheet(&actor_sheet)?;
    let relations = relation_sheet.as_deref().map(&mut read_sheet).transpose()?;
    Ok(Source {
        actors: Some(actors),
        relations,
        guarded: true,
    })
}
