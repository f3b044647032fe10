//! Data exports: CSV, Excel workbooks (Kumu's Elements/Connections layout), GraphML and GEXF.
//!
//! The column layout ([`columns`]) is shared with the importers in `crate::import`, so what
//! is exported can be read back. Every writer is deterministic: the same project gives the same
//! bytes.

pub mod columns;
pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod xlsx;

pub use columns::{ActorCol, RelationCol, Table, actor_table, actor_value, relation_table, relation_value};

use crate::i18n::Lang;

/// Why a data export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The workbook writer refused the data (for example a cell over Excel's 32,767 characters).
    #[error("{0}")]
    Xlsx(String),
    /// Writing the output failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

crate::messages! {
    ERR_XLSX = "Excel-työkirjaa ei voitu kirjoittaa: {reason}", "The Excel workbook could not be written: {reason}";
}

impl ExportError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Xlsx(reason) => ERR_XLSX.fmt(lang, &[("reason", reason)]),
            ExportError::Io(e) => e.to_string(),
        }
    }
}

/// Characters that make a spreadsheet treat a cell as a formula (OWASP's CSV injection list),
/// plus the quote we add ourselves, so that guarding can be undone exactly on import.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// A text cell guarded against formula execution: a cell that a spreadsheet would run as a
/// formula gets a leading `'` (OWASP's advice). A cell beginning with `'` gets one too, so that
/// [`unguard`] restores every text exactly.
pub fn guard(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// The text of a guarded cell: one leading `'` removed (see [`guard`]).
pub fn unguard(text: &str) -> &str {
    text.strip_prefix('\'').unwrap_or(text)
}

/// A number in its shortest round-trip form (`1`, `0.5`, `0.1234567890123`): parsing the text
/// gives back the same `f64`, so values equal other tools' to the last digit.
pub fn number(value: f64) -> String {
    format!("{value}")
}

/// A position coordinate in its shortest round-trip form as `f32`, the type it is stored in.
pub fn coordinate(value: f32) -> String {
    format!("{value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_guarded_and_unguarded_exactly() {
        for text in [
            "=cmd|' /C calc'!A0",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'quoted",
            "''",
        ] {
            let guarded = guard(text);
            assert!(guarded.starts_with('\''), "{text:?} is guarded");
            assert_eq!(unguard(&guarded), text);
        }
        assert_eq!(guard("Kela"), "Kela");
        assert_eq!(unguard("Kela"), "Kela");
    }

    #[test]
    fn numbers_are_shortest_round_trip() {
        assert_eq!(number(1.0), "1");
        assert_eq!(number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(coordinate(0.1), "0.1");
        assert_eq!(number(0.860_513_2).parse::<f64>().ok(), Some(0.860_513_2));
    }
}
