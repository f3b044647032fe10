//! Excel workbook export with two sheets in Kumu's layout, `Elements` and `Connections`.
//! The creation date is fixed, so the same project gives the same bytes.

use super::ExportError;
use super::columns::{Cell, Table, actor_table, relation_table};
use crate::i18n::Lang;
use crate::model::Project;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// The sheet names Kumu expects.
pub const ELEMENTS: &str = "Elements";
/// The sheet names Kumu expects.
pub const CONNECTIONS: &str = "Connections";

fn xlsx_error(e: XlsxError) -> ExportError {
    ExportError::Xlsx(e.to_string())
}

fn write_sheet(sheet: &mut Worksheet, name: &str, table: &Table) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.set_name(name)?;
    for (col, header) in table.headers.iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, col, header, &bold)?;
        sheet.set_column_width(col, if col == 0 { 8 } else { 18 })?;
    }
    for (row, cells) in table.rows.iter().enumerate() {
        let row = u32::try_from(row + 1).unwrap_or(u32::MAX);
        for (col, cell) in cells.iter().enumerate() {
            let col = u16::try_from(col).unwrap_or(u16::MAX);
            match cell {
                Cell::Text(t) if t.is_empty() => {}
                Cell::Text(t) => {
                    sheet.write_string(row, col, t)?;
                }
                Cell::Number(n) => {
                    sheet.write_number(row, col, *n)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The workbook's bytes.
pub fn to_xlsx(project: &Project, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    // A fixed creation date keeps the bytes stable (the zip entries' times are fixed already).
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(xlsx_error)?;
    let properties = DocProperties::new()
        .set_title(project.display_name())
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);
    write_sheet(workbook.add_worksheet(), ELEMENTS, &actor_table(project, lang)).map_err(xlsx_error)?;
    write_sheet(workbook.add_worksheet(), CONNECTIONS, &relation_table(project, lang)).map_err(xlsx_error)?;
    workbook.save_to_buffer().map_err(xlsx_error)
}
