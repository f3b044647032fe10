//! Table rows: fixed-width cells so that a header lines up with the rows below it, cards of
//! alternating shade, and striped rows of cells aligned at the top; Up and Down move the
//! keyboard focus between the rows of a table (see [`super::RowKeys`]).

use egui::RichText;

/// Height of one table line: a text field or a button.
pub const LINE: f32 = 26.0;

/// Space between table columns.
pub const COLUMN_GAP: f32 = 10.0;

/// Lays out `add` in a cell exactly `width` wide, top-down. A grid offers a cell only as much
/// room as its column had in the previous frame, so a text field asking for more would stay as
/// narrow as the column's header; a fixed width avoids that.
pub fn cell<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        egui::vec2(width, LINE),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}

/// The same as [`cell`]; the name reads better where a cell stands alone.
pub fn fixed<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    cell(ui, width, add)
}

/// A column title in the weak, bold style of table heads, for a grid's head row (a grid sizes
/// its columns to their content, so the title is not wrapped).
pub fn column_title(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).strong().color(ui.visuals().weak_text_color()));
}

/// A column title in a cell of fixed width, wrapped onto more lines when it is longer.
fn cell_title(ui: &mut egui::Ui, text: &str) {
    ui.add(egui::Label::new(RichText::new(text).strong().color(ui.visuals().weak_text_color())).wrap());
}

/// A header row: each title in a cell of its width.
pub fn header(ui: &mut egui::Ui, columns: &[(&str, f32)]) {
    ui.horizontal_top(|ui| {
        for &(text, width) in columns {
            cell(ui, width, |ui| cell_title(ui, text));
        }
    });
}

/// The frame of one row: a light card, alternating shade, so long rows stay readable on a
/// projector.
pub fn row_frame(ui: &egui::Ui, index: usize) -> egui::Frame {
    let visuals = ui.visuals();
    // Both shades differ from the text fields' background, so empty fields stay visible.
    let fill = if index.is_multiple_of(2) {
        visuals.faint_bg_color
    } else {
        visuals.panel_fill
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(8, 6))
}

/// The cells of one table row, each drawn in the next column's width.
pub struct Cells<'a> {
    ui: &'a mut egui::Ui,
    widths: &'a [f32],
    next: usize,
}

impl Cells<'_> {
    /// Draws the next cell.
    pub fn cell<R>(&mut self, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let width = self.widths.get(self.next).copied().unwrap_or(60.0);
        self.next += 1;
        cell(self.ui, width, add)
    }

    /// Draws the next cell as a column header.
    pub fn header(&mut self, text: &str) {
        self.cell(|ui| cell_title(ui, text));
    }

    /// Draws the next cell with a row's number ("2.").
    pub fn number(&mut self, index: usize) {
        self.cell(|ui| ui.label(format!("{}.", index + 1)));
    }
}

/// Draws one row of a table whose columns have the given `widths`: cells are aligned at the
/// top (a multi-line cell makes its row taller, never overlaps the next one), and every other
/// row (`stripe`) gets a faint background. Returns the row's rectangle.
pub fn table_row(ui: &mut egui::Ui, stripe: bool, widths: &[f32], add: impl FnOnce(&mut Cells<'_>)) -> egui::Rect {
    let background = ui.painter().add(egui::Shape::Noop);
    let row = ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = COLUMN_GAP;
        let mut cells = Cells { ui, widths, next: 0 };
        add(&mut cells);
    });
    if stripe {
        let rect = row.response.rect.expand2(egui::vec2(4.0, 2.0));
        ui.painter().set(
            background,
            egui::Shape::rect_filled(rect, 3.0, ui.visuals().faint_bg_color),
        );
    }
    row.response.rect
}

/// The width left for flexible columns when `fixed` columns (and the gaps between all
/// `columns`) are taken from the available width, shared by `flexible` columns, at least `min`.
pub fn flexible_width(ui: &egui::Ui, fixed: f32, columns: usize, flexible: usize, min: f32) -> f32 {
    let gaps = COLUMN_GAP * columns.saturating_sub(1) as f32;
    ((ui.available_width() - fixed - gaps - 8.0) / flexible.max(1) as f32).max(min)
}

/// Marks a flexible column in [`column_widths`].
pub const FLEX: f32 = 0.0;

/// The widths of a table's columns: each fixed width as given, and every [`FLEX`] column an
/// equal share of what the fixed ones (and the gaps) leave of the available width, at least
/// `min`.
pub fn column_widths(ui: &egui::Ui, widths: &[f32], min: f32) -> Vec<f32> {
    let fixed: f32 = widths.iter().sum();
    let flexible = widths.iter().filter(|&&w| w == FLEX).count();
    let share = flexible_width(ui, fixed, widths.len(), flexible, min);
    widths.iter().map(|&w| if w == FLEX { share } else { w }).collect()
}

/// Width of a row's number column.
pub const NUMBER_W: f32 = 22.0;

/// Width of a date column: the date field with room for its hint ("YYYY-MM-DD").
pub const DATE_W: f32 = 112.0;

/// Width of a 1–5 scale.
pub const SCALE_W: f32 = 136.0;

/// The columns of a [`row_table`]: the widths of the number column, the caller's columns and
/// the row controls, the caller's column titles, and the text shown instead of an empty table
/// (`None` shows the header row even then).
pub struct Columns<'a> {
    /// Widths of every column, the number first and the row controls last.
    pub widths: &'a [f32],
    /// Titles of the caller's columns (the number and controls columns have none).
    pub titles: &'a [&'a str],
    /// Shown in place of an empty table.
    pub empty: Option<&'a str>,
}

/// What a row says about its controls.
#[derive(Clone, Debug)]
pub struct RowEnd {
    /// Whether the row may be deleted.
    pub can_delete: bool,
    /// A tooltip on the row's controls (why it cannot be deleted, what deleting does).
    pub hover: Option<String>,
}

impl Default for RowEnd {
    fn default() -> Self {
        RowEnd {
            can_delete: true,
            hover: None,
        }
    }
}

/// A table of numbered, striped rows, each ending in move up, move down and delete: `cells`
/// draws a row's own cells; `row_name(i)` names row `i` for the controls ("rule 2"). The
/// asked-for change is applied to `rows` and returned.
pub fn row_table<T>(
    ui: &mut egui::Ui,
    lang: crate::i18n::Lang,
    columns: &Columns<'_>,
    rows: &mut Vec<T>,
    row_name: impl Fn(usize) -> String,
    cells: impl FnMut(&mut Cells<'_>, usize, &mut T) -> RowEnd,
) -> Option<super::RowOp> {
    if rows.is_empty()
        && let Some(empty) = columns.empty
    {
        ui.label(empty);
        return None;
    }
    // A table wider than the sheet scrolls sideways in its own region, not the sheet.
    let salt = ("row_table", columns.titles.join("|"));
    super::scroll::horizontal(ui, egui::ScrollArea::horizontal().id_salt(salt), |ui| {
        row_table_body(ui, lang, columns, rows, row_name, cells)
    })
    .inner
}

fn row_table_body<T>(
    ui: &mut egui::Ui,
    lang: crate::i18n::Lang,
    columns: &Columns<'_>,
    rows: &mut Vec<T>,
    row_name: impl Fn(usize) -> String,
    mut cells: impl FnMut(&mut Cells<'_>, usize, &mut T) -> RowEnd,
) -> Option<super::RowOp> {
    table_row(ui, false, columns.widths, |r| {
        r.header("#");
        for title in columns.titles {
            r.header(title);
        }
    });
    let len = rows.len();
    let mut op = None;
    let mut keys = super::RowKeys::new();
    for (i, row) in rows.iter_mut().enumerate() {
        let rect = ui.push_id(("row", i), |ui| {
            table_row(ui, i % 2 == 0, columns.widths, |r| {
                r.number(i);
                let end = cells(r, i, row);
                let controls = r.cell(|ui| super::row_controls_with(ui, lang, &row_name(i), i, len, end.can_delete));
                if let Some(hover) = end.hover {
                    controls.response.on_hover_text(hover);
                }
                if controls.inner.is_some() {
                    op = controls.inner;
                }
            })
        });
        keys.push(rect.inner);
    }
    keys.handle(ui);
    if let Some(op) = op {
        op.apply(rows);
    }
    op
}

/// Arrow keys move the keyboard focus from the grid cell at `(row, col)` (whose response is
/// `response`) to its neighbour in a grid of `rows` × `cols` cells named by `cell_id`; the
/// focus stays on the grid's edge. egui's own arrow navigation (by geometry) is turned off
/// while a cell has the focus, so one key press moves exactly one cell.
pub fn grid_arrow_keys(
    ui: &egui::Ui,
    response: &egui::Response,
    (row, col): (usize, usize),
    (rows, cols): (usize, usize),
    cell_id: impl Fn(usize, usize) -> egui::Id,
) {
    // A cell reached by the keyboard is scrolled into view (the grid may scroll sideways).
    if response.gained_focus() {
        super::scroll::scroll_into_view(response);
    }
    if !response.has_focus() {
        return;
    }
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        ..Default::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
    // The key is consumed: the neighbour gets the focus at once and is drawn later in this
    // frame, so it must not see the same press again.
    let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    let target = if pressed(egui::Key::ArrowUp) {
        (row.saturating_sub(1), col)
    } else if pressed(egui::Key::ArrowDown) {
        ((row + 1).min(rows.saturating_sub(1)), col)
    } else if pressed(egui::Key::ArrowLeft) {
        (row, col.saturating_sub(1))
    } else if pressed(egui::Key::ArrowRight) {
        (row, (col + 1).min(cols.saturating_sub(1)))
    } else {
        return;
    };
    if target != (row, col) {
        ui.memory_mut(|m| m.request_focus(cell_id(target.0, target.1)));
    }
}

/// A table of cards (the row tables of phases 2–5): a header of `columns` lined up with one
/// card per row, `row_w` wide, alternating in shade, scrolled sideways when the window is
/// narrower; "No rows yet." when there are none. `card` draws row `i` of `len` and returns the
/// move or delete its controls asked for, which is applied to `rows` and returned.
pub fn card_table<T>(
    ui: &mut egui::Ui,
    lang: crate::i18n::Lang,
    id_salt: &str,
    columns: &[(&str, f32)],
    row_w: f32,
    rows: &mut Vec<T>,
    mut card: impl FnMut(&mut egui::Ui, usize, usize, &mut T) -> Option<super::RowOp>,
) -> Option<super::RowOp> {
    super::scroll::horizontal(ui, egui::ScrollArea::horizontal().id_salt(id_salt), |ui| {
        ui.vertical(|ui| {
            ui.horizontal(|ui| {
                ui.add_space(8.0);
                header(ui, columns);
            });
            if rows.is_empty() {
                super::empty_hint(ui, lang);
            }
            let len = rows.len();
            let mut op = None;
            let mut keys = super::RowKeys::new();
            for (i, row) in rows.iter_mut().enumerate() {
                let frame = ui.push_id((id_salt, i), |ui| {
                    row_frame(ui, i).show(ui, |ui| {
                        ui.set_width(row_w);
                        if let Some(asked) = card(ui, i, len, row) {
                            op = Some(asked);
                        }
                    })
                });
                keys.push(frame.inner.response.rect);
                ui.add_space(2.0);
            }
            keys.handle(ui);
            if let Some(op) = op {
                op.apply(rows);
            }
            op
        })
        .inner
    })
    .inner
}
