//! Up and Down through the rows of a table: the keyboard focus moves to the same column of the
//! row above or below, instead of egui's own move by geometry, which wanders across a row's
//! widgets (and into a number field, which then takes every key as a text field).

/// The keyboard focus moves to the focusable widget drawn in `row` in this frame whose centre
/// is nearest to `x` (the same column), egui's own move by geometry is cancelled for this
/// frame, and the widget is scrolled into view. False when `row` has no focusable widget.
pub fn focus_in_row(ui: &egui::Ui, row: egui::Rect, x: f32) -> bool {
    let layer = ui.layer_id();
    let target = ui.ctx().viewport(|vp| {
        vp.this_pass
            .widgets
            .get_layer(layer)
            // A widget as wide as the row is the row's own background, not a cell.
            .filter(|w| w.enabled && w.sense.is_focusable() && w.rect.width() < row.width() - 1.0)
            .filter(|w| row.contains(w.rect.center()))
            .min_by(|a, b| {
                let key = |w: &egui::WidgetRect| ((w.rect.center().x - x).abs(), w.rect.top());
                key(a).partial_cmp(&key(b)).unwrap_or(std::cmp::Ordering::Equal)
            })
            .map(|w| (w.id, w.rect))
    });
    let Some((id, rect)) = target else {
        return false;
    };
    ui.memory_mut(|m| {
        m.request_focus(id);
        m.move_focus(egui::FocusDirection::None);
    });
    ui.scroll_to_rect(rect, None);
    true
}

/// Up (-1) or Down (+1) pressed without modifiers, consumed so that nothing drawn later in the
/// frame takes it too.
pub fn up_down(ui: &egui::Ui) -> Option<isize> {
    ui.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown) {
            Some(1)
        } else if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp) {
            Some(-1)
        } else {
            None
        }
    })
}

/// The rows of one table as drawn in this frame, for Up and Down between them.
#[derive(Debug, Default)]
pub struct RowKeys {
    rows: Vec<egui::Rect>,
}

impl RowKeys {
    /// No rows yet.
    pub fn new() -> RowKeys {
        RowKeys::default()
    }

    /// Records the next row's rectangle.
    pub fn push(&mut self, rect: egui::Rect) {
        self.rows.push(rect);
    }

    /// Call after the rows were drawn: Up or Down pressed while the keyboard focus is in one
    /// of them (not in a text field of several lines or an open list) moves the focus to the same
    /// column of the row above or below. Returns the row it moved to.
    pub fn handle(&self, ui: &egui::Ui) -> Option<usize> {
        let ctx = ui.ctx();
        let focused = ctx.memory(|m| m.focused())?;
        if egui::Popup::is_any_open(ctx) {
            return None;
        }
        let rect = ctx.viewport(|vp| vp.this_pass.widgets.get(focused).map(|w| w.rect))?;
        // A text field showing more than one line keeps Up and Down for its cursor.
        if ctx.text_edit_focused() && rect.height() > 1.5 * super::LINE {
            return None;
        }
        let row = self.rows.iter().position(|r| r.contains(rect.center()))?;
        let step = up_down(ui)?;
        let Some(next) = row.checked_add_signed(step).filter(|&n| n < self.rows.len()) else {
            // On the first or last row the focus stays where it is.
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
            return None;
        };
        focus_in_row(ui, self.rows[next], rect.center().x).then_some(next)
    }
}
