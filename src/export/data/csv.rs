//! CSV export: `actors.csv` and `relations.csv` (RFC 4180, UTF-8 with a byte order mark so
//! that Excel reads the letters ä and ö right, `\n` line ends).

use super::columns::{Table, actor_table, relation_table};
use crate::i18n::Lang;
use crate::model::Project;

/// The file name of the actor table.
pub const ACTORS_FILE: &str = "actors.csv";
/// The file name of the relation table.
pub const RELATIONS_FILE: &str = "relations.csv";

/// The UTF-8 byte order mark.
const BOM: &str = "\u{feff}";

/// A table as CSV text.
pub fn table_csv(table: &Table) -> String {
    let mut out = String::from(BOM);
    let line =
        |cells: &mut dyn Iterator<Item = String>| -> String { cells.map(|c| field(&c)).collect::<Vec<_>>().join(",") };
    out.push_str(&line(&mut table.headers.iter().cloned()));
    out.push('\n');
    for row in &table.rows {
        out.push_str(&line(&mut row.iter().map(|c| c.text())));
        out.push('\n');
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote, a line break or a semicolon (Excel in
/// Finnish separates with semicolons).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The two files' contents: (`actors.csv`, `relations.csv`).
pub fn to_csv(project: &Project, lang: Lang) -> (String, String) {
    (
        table_csv(&actor_table(project, lang)),
        table_csv(&relation_table(project, lang)),
    )
}
