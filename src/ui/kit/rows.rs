//! Row controls of lists and tables: move up, move down and delete, and the [`RowOp`] they ask
//! for.

use super::{DELETE_ROW, MOVE_DOWN, MOVE_UP, icon_button};
use crate::i18n::{Lang, Tr};

/// A change to a list's order or length asked for by a row's buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowOp {
    /// Swap the row with the one above.
    Up(usize),
    /// Swap the row with the one below.
    Down(usize),
    /// Remove the row.
    Delete(usize),
}

impl RowOp {
    /// Applies the change to `rows`; out-of-range rows are ignored.
    pub fn apply<T>(self, rows: &mut Vec<T>) {
        match self {
            RowOp::Up(i) if i > 0 && i < rows.len() => rows.swap(i - 1, i),
            RowOp::Down(i) if i + 1 < rows.len() => rows.swap(i, i + 1),
            RowOp::Delete(i) if i < rows.len() => {
                rows.remove(i);
            }
            _ => {}
        }
    }

    /// Whether the row is removed.
    pub fn is_delete(self) -> bool {
        matches!(self, RowOp::Delete(_))
    }
}

/// Width of the move-up, move-down and delete buttons.
pub const ROW_CONTROLS_WIDTH: f32 = 90.0;

/// The accessible name of a cell: "{column}, {item} {n}" (n is 1-based).
pub fn cell_name(lang: Lang, column: Tr, item: Tr, index: usize) -> String {
    super::CELL.fmt(
        lang,
        &[
            ("column", &column.get(lang)),
            ("item", &item.get(lang)),
            ("n", &(index + 1)),
        ],
    )
}

/// The name of row `index` (0-based) of a list of `item`s for accessible names: "row 2".
pub fn row_name(lang: Lang, item: Tr, index: usize) -> String {
    format!("{} {}", item.get(lang), index + 1)
}

/// Move up, move down and delete buttons for row `index` (0-based) of `len`, named after `row`
/// ("rule 2"): "Move rule 2 up", "Delete rule 2". Nothing in read-only mode.
pub fn row_controls(ui: &mut egui::Ui, lang: Lang, row: &str, index: usize, len: usize) -> Option<RowOp> {
    row_controls_with(ui, lang, row, index, len, true).inner
}

/// [`row_controls`] whose delete button can be disabled; the response is the buttons' group,
/// for a tooltip that explains why.
pub fn row_controls_with(
    ui: &mut egui::Ui,
    lang: Lang,
    row: &str,
    index: usize,
    len: usize,
    can_delete: bool,
) -> egui::InnerResponse<Option<RowOp>> {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        // Narrow padding keeps each icon button a LINE-sized square.
        ui.spacing_mut().button_padding = egui::vec2(4.0, 2.0);
        let named = |tr: Tr| tr.fmt(lang, &[("row", &row)]);
        let mut op = None;
        if icon_button(ui, index > 0, "↑", &named(MOVE_UP)).clicked() {
            op = Some(RowOp::Up(index));
        }
        if icon_button(ui, index + 1 < len, "↓", &named(MOVE_DOWN)).clicked() {
            op = Some(RowOp::Down(index));
        }
        if icon_button(ui, can_delete, "🗑", &named(DELETE_ROW)).clicked() {
            op = Some(RowOp::Delete(index));
        }
        op
    })
}
