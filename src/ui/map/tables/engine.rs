//! The one table engine of the actors and relations tables: columns that share the width,
//! a header that sorts, striped rows of which only the visible ones are laid out, a row
//! brought into view on request, the row order cached by a fingerprint of what it is
//! computed from, and Up/Down moving through the rows.

use super::Sort;
use crate::i18n::{Lang, Tr};

/// One column: its title, width, sort key and an optional explanation on hover.
pub(super) struct Column<C> {
    /// The header's text.
    pub title: Tr,
    /// The width it asks for (flexible columns get a share of what is left).
    pub width: f32,
    /// What clicking the header sorts by.
    pub key: C,
    /// An explanation on hover.
    pub help: Option<Tr>,
}

impl<C> Column<C> {
    /// A column without an explanation.
    pub const fn new(title: Tr, width: f32, key: C) -> Column<C> {
        Column {
            title,
            width,
            key,
            help: None,
        }
    }

    /// A column whose header explains itself on hover.
    pub const fn with_help(title: Tr, width: f32, key: C, help: Tr) -> Column<C> {
        Column {
            title,
            width,
            key,
            help: Some(help),
        }
    }
}

/// What the engine keeps of a table between frames.
#[derive(Clone, Debug, Default)]
pub(super) struct Body {
    /// The row order and the fingerprint of what it was computed from.
    order: Option<(u64, Vec<usize>)>,
    /// A row (index in the order) to bring into view in this frame.
    pub scroll_to: Option<usize>,
    /// The vertical scroll offset and the body's height in the last frame.
    offset: f32,
    viewport: f32,
    /// Where the body was in the last frame (for the arrow keys).
    rect: Option<egui::Rect>,
    /// A row (index in the order) that takes the keyboard focus in this frame, in the column
    /// at this x: the focus follows the selection, so egui does not move it by geometry.
    focus_to: Option<(usize, f32)>,
    /// The width each column's content needs and the fingerprint it was measured for.
    fit: Option<(u64, Vec<f32>)>,
}

impl Body {
    /// The rows in order, recomputed by `compute` only when `key` (a fingerprint of what
    /// they depend on) changed.
    pub fn rows(&mut self, key: u64, compute: impl FnOnce() -> Vec<usize>) -> &[usize] {
        if self.order.as_ref().is_none_or(|(k, _)| *k != key) {
            self.order = Some((key, compute()));
        }
        self.order.as_ref().map_or(&[], |(_, rows)| rows.as_slice())
    }

    /// The width each of `columns` needs for its title (with room for the sort arrow) and its
    /// content (`measure`), measured only when `key` (a fingerprint of the texts and the
    /// language) changed.
    pub fn fitted<C>(
        &mut self,
        key: u64,
        (ui, columns, lang): (&egui::Ui, &[Column<C>], Lang),
        measure: impl FnOnce() -> Vec<f32>,
    ) -> Vec<f32> {
        if self.fit.as_ref().is_none_or(|(k, _)| *k != key) {
            let content = measure();
            let arrow = fit_width(ui, std::iter::once(" ▼"), 0.0) - 8.0;
            let needed = columns
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let title = fit_width(ui, std::iter::once(c.title.get(lang)), arrow);
                    title.max(content.get(i).copied().unwrap_or(0.0).min(FIT_MAX))
                })
                .collect();
            self.fit = Some((key, needed));
        }
        self.fit.as_ref().map_or_else(Vec::new, |(_, w)| w.clone())
    }

    /// The rows in order (see [`Body::rows`]) and their ids (`id_of` a row's index).
    pub fn ordered<Id>(
        &mut self,
        key: u64,
        compute: impl FnOnce() -> Vec<usize>,
        id_of: impl Fn(usize) -> Id,
    ) -> (Vec<usize>, Vec<Id>) {
        let rows = self.rows(key, compute).to_vec();
        let order = rows.iter().map(|&i| id_of(i)).collect();
        (rows, order)
    }

    /// Up (-1) or Down (+1) pressed for this table: no text field has the keyboard, no menu
    /// is open, and the keyboard focus is nowhere or in the table's columns (a clicked row's
    /// name button keeps it), not in the inspector beside it.
    pub fn arrow(&self, ui: &egui::Ui) -> Option<isize> {
        let ctx = ui.ctx();
        if ctx.text_edit_focused() || egui::Popup::is_any_open(ctx) {
            return None;
        }
        let focus_here = match ctx.memory(|m| m.focused()) {
            None => true,
            // Anywhere in the table's columns (egui moves the focus down with the keys
            // itself, also to rows that have scrolled out of view and are not laid out).
            Some(id) => match (ctx.read_response(id), self.rect) {
                (Some(r), Some(body)) => body.x_range().contains(r.rect.center().x),
                _ => true,
            },
        };
        if !focus_here {
            return None;
        }
        crate::ui::kit::up_down(ui)
    }
}

impl Body {
    /// Moves through the rows with Up and Down: the id of the row to select now (it is
    /// scrolled into view). `current` is the selected row's id; `added` an id just added,
    /// scrolled to once it exists (`exists`) and then forgotten.
    pub fn navigate<Id: Copy + PartialEq>(
        &mut self,
        ui: &egui::Ui,
        order: &[Id],
        current: Option<Id>,
        added: &mut Option<Id>,
        exists: impl Fn(Id) -> bool,
    ) -> Option<Id> {
        let position = |id: Id| order.iter().position(|&x| x == id);
        let mut chosen = None;
        if let Some(step) = self.arrow(ui) {
            // A widget of the table with the keyboard focus (a clicked row's name button)
            // moves with the selection to the same column; egui would otherwise move it by
            // geometry as well, across the row's widgets, into a number field (which then
            // takes the keys as a text field) or out of the rows laid out.
            let focused = ui
                .ctx()
                .memory(|m| m.focused())
                .and_then(|id| ui.ctx().read_response(id));
            if focused.is_some() {
                ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
            }
            if let Some(next) = stepped(current.and_then(position), step, order.len()) {
                self.scroll_to = Some(next);
                self.focus_to = focused.map(|r| (next, r.rect.center().x));
                chosen = Some(order[next]);
            }
        }
        if let Some(target) = *added
            && exists(target)
        {
            *added = None;
            self.scroll_to = position(target);
        }
        chosen
    }
}

/// A sentence in place of the table when it shows no rows: `empty` when there is nothing to
/// list, `no_match` when the filter leaves nothing. True when it was shown.
pub(super) fn no_rows(ui: &mut egui::Ui, total: usize, shown: usize, empty: Tr, no_match: Tr, lang: Lang) -> bool {
    let text = if total == 0 {
        empty
    } else if shown == 0 {
        no_match
    } else {
        return false;
    };
    ui.add_space(12.0);
    ui.label(text.get(lang));
    true
}

/// The row `step` rows from `current` (an index in the order), kept within `len` rows; with
/// no current row, Down goes to the first and Up to the last.
pub(super) fn stepped(current: Option<usize>, step: isize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(match current {
        Some(i) => i.saturating_add_signed(step).min(len - 1),
        None if step < 0 => len - 1,
        None => 0,
    })
}

/// One row being drawn: its place in the order and its cells' rectangles.
pub(super) struct Row {
    /// The row's index in the table's order (for the stripes).
    pub index: usize,
    /// The whole row.
    pub rect: egui::Rect,
    /// The cells, left to right.
    pub cells: Vec<egui::Rect>,
}

impl Row {
    /// Paints the row's background (stripes and selection) and returns its click response.
    pub fn background(&self, ui: &mut egui::Ui, selected: bool, id: egui::Id) -> egui::Response {
        let response = ui.interact(self.rect, id, egui::Sense::click());
        let visuals = ui.visuals();
        let fill = if selected {
            Some(visuals.selection.bg_fill.gamma_multiply(0.35))
        } else if response.hovered() {
            Some(visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.5))
        } else if self.index % 2 == 1 {
            Some(visuals.faint_bg_color)
        } else {
            None
        };
        if let Some(fill) = fill {
            ui.painter().rect_filled(self.rect, 2.0, fill);
        }
        response
    }

    /// A child `Ui` confined to cell `i`.
    pub fn cell(&self, ui: &mut egui::Ui, i: usize, salt: impl std::hash::Hash + std::fmt::Debug) -> egui::Ui {
        cell_ui(ui, self.cells[i], salt)
    }

    /// The width a drop-down in cell `i` may take.
    pub fn combo_width(&self, i: usize) -> f32 {
        self.cells[i].width() - 4.0
    }

    /// A drop-down of an enumeration (`ALL` and `label()`) in cell `i`, as wide as the cell,
    /// named `label`; true when another value was picked.
    pub fn enum_cell<T: Copy + PartialEq>(
        &self,
        ui: &mut egui::Ui,
        (i, salt): (usize, impl std::hash::Hash + std::fmt::Debug + Copy),
        label: &str,
        value: &mut T,
        (all, label_of): (&[T], impl Fn(T) -> Tr),
        lang: Lang,
    ) -> bool {
        let mut cell = self.cell(ui, i, salt);
        cell.spacing_mut().combo_width = self.combo_width(i);
        crate::ui::kit::enum_choice(&mut cell, ("table", salt), label, value, all, label_of, lang).changed()
    }
}

/// A table: its columns, how many of the first ones share the spare width, and its name for
/// egui's ids.
pub(super) struct Table<'a, C> {
    /// A name unique among the tables (scroll areas' ids).
    pub id: &'static str,
    /// The columns.
    pub columns: &'a [Column<C>],
    /// How many of the first columns grow to fill the width.
    pub flex: usize,
    /// The interface language.
    pub lang: Lang,
    /// The width each column's content needs (see [`Table::fit`]).
    pub content: Vec<f32>,
}

/// The widest a column grows to fit its content; longer texts are elided (with the whole text
/// on hover).
const FIT_MAX: f32 = 460.0;

/// How many of the longest texts (by characters) are measured for a column's width: the widest
/// is among them, and a 5,000-actor table is measured in a moment.
const FIT_SAMPLE: usize = 40;

/// The width of the widest of `texts` in the table's font, plus `extra` (a drop-down's arrow
/// and padding): only the [`FIT_SAMPLE`] longest are measured.
pub(super) fn fit_width<'t>(ui: &egui::Ui, texts: impl Iterator<Item = &'t str>, extra: f32) -> f32 {
    let mut texts: Vec<&str> = texts.collect();
    texts.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    texts.truncate(FIT_SAMPLE);
    let font = egui::TextStyle::Button.resolve(ui.style());
    let widest = ui.fonts_mut(|f| {
        texts
            .iter()
            .map(|t| {
                f.layout_no_wrap((*t).to_owned(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
            .fold(0.0, f32::max)
    });
    // The cell's own margin on both sides.
    widest + extra + 8.0
}

/// The extra width of a drop-down over its text: the arrow and the button's padding.
pub(super) fn choice_extra(ui: &egui::Ui) -> f32 {
    ui.spacing().icon_width + ui.spacing().icon_spacing + 2.0 * ui.spacing().button_padding.x + 6.0
}

impl<'a, C: Copy + PartialEq> Table<'a, C> {
    /// Makes each column at least as wide as its title and content need (`content[i]`, from
    /// [`Body::fitted`]); a table wider than the view scrolls sideways.
    pub fn fit(mut self, content: Vec<f32>) -> Table<'a, C> {
        self.content = content;
        self
    }

    /// A table named `id` (unique among the tables) of `columns`, the first `flex` of which
    /// share the spare width.
    pub fn new(id: &'static str, columns: &'a [Column<C>], flex: usize, lang: Lang) -> Table<'a, C> {
        Table {
            id,
            columns,
            flex,
            lang,
            content: Vec::new(),
        }
    }

    /// Draws the header and the visible ones of `len` rows, calling `row` for each; scrolls
    /// `body.scroll_to` into view.
    pub fn show(
        &self,
        ui: &mut egui::Ui,
        sort: &mut Option<Sort<C>>,
        body: &mut Body,
        len: usize,
        mut row: impl FnMut(&mut egui::Ui, &Row),
    ) {
        let widths = widths(self.columns, self.flex, ui.available_width(), &self.content);
        let total: f32 = widths.iter().sum();
        let height = row_height(ui);
        let step = height + ui.spacing().item_spacing.y;
        // Scroll only as far as needed to show the wanted row whole.
        let mut scroll_offset = None;
        if let Some(index) = body.scroll_to.take() {
            let (top, bottom) = (index as f32 * step, index as f32 * step + step);
            if top < body.offset {
                scroll_offset = Some(top);
            } else if bottom > body.offset + body.viewport {
                scroll_offset = Some((bottom - body.viewport).max(0.0));
            }
        }
        crate::ui::kit::scroll::horizontal(
            ui,
            egui::ScrollArea::horizontal()
                .id_salt((self.id, "h"))
                .auto_shrink(false),
            |ui| {
                header(ui, self.columns, &widths, sort, self.lang);
                let body_height = ui.available_height();
                ui.allocate_ui(egui::vec2(total, body_height), |ui| {
                    let mut area = egui::ScrollArea::vertical().id_salt((self.id, "v")).auto_shrink(false);
                    if let Some(offset) = scroll_offset {
                        area = area.vertical_scroll_offset(offset);
                    }
                    let output = area.show_rows(ui, height, len, |ui, range| {
                        ui.set_width(total);
                        for index in range {
                            let (rect, _) = ui.allocate_exact_size(egui::vec2(total, height), egui::Sense::hover());
                            let cells = cell_rects(rect, &widths);
                            row(ui, &Row { index, rect, cells });
                            if let Some((_, x)) = body.focus_to.filter(|&(i, _)| i == index) {
                                crate::ui::kit::focus_in_row(ui, rect, x);
                            }
                        }
                    });
                    body.focus_to = None;
                    body.offset = output.state.offset.y;
                    body.viewport = output.inner_rect.height();
                    body.rect = Some(output.inner_rect);
                });
            },
        );
    }
}

/// Tall enough for a drop-down (text plus button padding) with a little air.
fn row_height(ui: &egui::Ui) -> f32 {
    let button = ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y;
    button.max(ui.spacing().interact_size.y) + 8.0
}

/// Widths of the columns: each as wide as it asks and as its title and content need
/// (`content`, from [`Body::fitted`]), and the first `flex` columns sharing what is left of
/// `available`.
fn widths<C>(columns: &[Column<C>], flex: usize, available: f32, content: &[f32]) -> Vec<f32> {
    let needed: Vec<f32> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| c.width.max(content.get(i).copied().unwrap_or(0.0)))
        .collect();
    let fixed: f32 = needed.iter().skip(flex).sum();
    let flexible: f32 = needed.iter().take(flex).sum();
    let scale = ((available - fixed) / flexible).max(1.0);
    needed
        .iter()
        .enumerate()
        .map(|(i, &w)| if i < flex { w * scale } else { w })
        .collect()
}

/// The cells of one row, left to right.
fn cell_rects(row: egui::Rect, widths: &[f32]) -> Vec<egui::Rect> {
    let mut x = row.left();
    widths
        .iter()
        .map(|w| {
            let rect = egui::Rect::from_min_size(egui::pos2(x, row.top()), egui::vec2(*w, row.height()));
            x += w;
            rect.shrink2(egui::vec2(3.0, 2.0))
        })
        .collect()
}

/// A child `Ui` confined to one cell.
fn cell_ui(ui: &mut egui::Ui, rect: egui::Rect, salt: impl std::hash::Hash + std::fmt::Debug) -> egui::Ui {
    let mut cell = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .id_salt(salt)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    cell.set_clip_rect(rect.intersect(ui.clip_rect()));
    cell.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    // Drop-downs sit in a row as tall as themselves, so everything in the cell is centred alike.
    let button = cell.text_style_height(&egui::TextStyle::Button) + 2.0 * cell.spacing().button_padding.y;
    cell.spacing_mut().interact_size.y = button.min(rect.height());
    cell
}

/// The header row; clicking a title sorts by it (again: the other way; a third time: off).
fn header<C: Copy + PartialEq>(
    ui: &mut egui::Ui,
    columns: &[Column<C>],
    widths: &[f32],
    sort: &mut Option<Sort<C>>,
    lang: Lang,
) {
    let height = row_height(ui);
    let (row, _) = ui.allocate_exact_size(egui::vec2(widths.iter().sum(), height), egui::Sense::hover());
    ui.painter().line_segment(
        [row.left_bottom(), row.right_bottom()],
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    for ((column, rect), i) in columns.iter().zip(cell_rects(row, widths)).zip(0..) {
        let mut cell = cell_ui(ui, rect, ("header", i));
        let arrow = match sort {
            Some(s) if s.column == column.key => {
                if s.descending {
                    " ▼"
                } else {
                    " ▲"
                }
            }
            _ => "",
        };
        let text = egui::RichText::new(format!("{}{arrow}", column.title.get(lang))).strong();
        let mut response = cell.add(egui::Button::new(text).frame(false).truncate());
        if let Some(help) = column.help {
            response = response.on_hover_text(help.get(lang));
        }
        if response.clicked() {
            *sort = Sort::toggle(*sort, column.key);
        }
    }
}

/// Whether Delete was pressed while no text field has the keyboard (it is consumed).
pub(super) fn delete_pressed(ui: &egui::Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input() && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Delete))
}

/// The filter field above a table.
pub(super) fn filter_field(ui: &mut egui::Ui, filter: &mut String, hint: Tr, lang: Lang) {
    let label = ui.label(super::FILTER.get(lang));
    // Wide enough for its hint, which says what the filter looks at.
    let row = ui.available_width() - fit_width(ui, std::iter::once(super::FILTER.get(lang)), 24.0);
    let width = fit_width(ui, std::iter::once(hint.get(lang)), 8.0)
        .max(200.0)
        .min(row.max(120.0));
    ui.add(
        egui::TextEdit::singleline(filter)
            .hint_text(hint.get(lang))
            .desired_width(width),
    )
    .labelled_by(label.id);
    if !filter.is_empty() && ui.small_button("×").on_hover_text(super::FILTER.get(lang)).clicked() {
        filter.clear();
    }
}

/// A value 1–5 as a drag value in a cell, named for screen readers.
pub(super) fn importance_cell(ui: &mut egui::Ui, label: &str, value: &mut u8) -> egui::Response {
    let response = ui.add(egui::DragValue::new(value).range(1..=5).speed(0.05));
    let shown = *value;
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::WidgetType::DragValue, true, label);
        info.value = Some(f64::from(shown));
        info
    });
    // Dragging merges into one undo step like typing; the outbox keys it by the drag.
    response
}

#[cfg(test)]
mod tests {
    use super::stepped;

    #[test]
    fn arrows_step_through_the_rows_and_stop_at_the_ends() {
        assert_eq!(stepped(Some(3), 1, 10), Some(4));
        assert_eq!(stepped(Some(3), -1, 10), Some(2));
        assert_eq!(stepped(Some(9), 1, 10), Some(9), "the last row stays");
        assert_eq!(stepped(Some(0), -1, 10), Some(0), "the first row stays");
        assert_eq!(stepped(None, 1, 10), Some(0), "down starts at the top");
        assert_eq!(stepped(None, -1, 10), Some(9), "up starts at the bottom");
        assert_eq!(stepped(None, 1, 0), None);
    }
}
