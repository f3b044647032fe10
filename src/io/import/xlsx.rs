//! Excel workbooks (`.xlsx`) read with calamine: the actor sheet is `Elements` (Kumu) or
//! `Toimijat`/`Actors`, else the first sheet; the relation sheet is `Connections` (Kumu) or
//! `Suhteet`/`Relations`, else the second sheet if there is one.

use super::{ImportError, Sheet, Source, check_limits};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use std::io::Cursor;

const ACTOR_SHEETS: [&str; 4] = ["elements", "toimijat", "actors", "elementit"];
const RELATION_SHEETS: [&str; 4] = ["connections", "suhteet", "relations", "yhteydet"];

/// A cell as text: numbers in their shortest round-trip form.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => crate::export::data::number(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => crate::export::data::number(d.as_f64()),
        Data::Error(e) => e.to_string(),
    }
}

/// Reads the workbook in `bytes`; `file` names it in messages.
pub fn read(bytes: &[u8], file: &str) -> Result<Source, ImportError> {
    let syntax = |reason: String| ImportError::Syntax {
        file: file.to_owned(),
        reason,
    };
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: calamine::XlsxError| syntax(e.to_string()))?;
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
        let range = workbook.worksheet_range(name).map_err(|e| syntax(e.to_string()))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let mut sheet = Sheet {
            name: name.to_owned(),
            ..Sheet::default()
        };
        for (index, row) in range.rows().enumerate() {
            let mut cells: Vec<String> = vec![String::new(); first_col as usize];
            for cell in row {
                let text = cell_text(cell);
                check_limits(index, &text, file)?;
                cells.push(text);
            }
            // Spreadsheet rows are numbered from 1.
            let line = first_row as usize + index + 1;
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
