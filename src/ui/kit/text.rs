//! Text fields, date fields and number scales, each named for screen readers. In read-only
//! mode each shows its value as text.

use super::{LINE, is_read_only, name, value_text};
use crate::model::Date;
use egui::{RichText, WidgetInfo, WidgetType};

/// A one-line text field of `width` named `label`.
pub fn text_cell(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    hinted_cell(ui, label, value, width, "")
}

/// [`text_cell`] showing `hint` while it is empty.
pub fn hinted_cell(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32, hint: &str) -> egui::Response {
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    let response = ui.add(egui::TextEdit::singleline(value).desired_width(width).hint_text(hint));
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A multi-line text field of `width` named `label`, one line high until it holds more.
pub fn cell_area(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    let response = ui.add(egui::TextEdit::multiline(value).desired_rows(1).desired_width(width));
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A text field of `width` named `label` that wraps long text onto more lines (names of
/// services and competences can be long). The text stays one line: Enter inserts nothing and
/// pasted line breaks become spaces.
pub fn wrapping_cell(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    let response = ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(1)
            .desired_width(width)
            .return_key(None),
    );
    if response.changed() && value.contains(['\n', '\r']) {
        *value = value.replace("\r\n", " ").replace(['\n', '\r'], " ");
    }
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A small weak caption above a field.
pub fn caption(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).small().color(ui.visuals().weak_text_color()));
}

/// A multi-line text field of `width` with a small caption above; `label` names it.
pub fn text_block(
    ui: &mut egui::Ui,
    caption_text: &str,
    label: &str,
    value: &mut String,
    width: f32,
) -> egui::Response {
    caption(ui, caption_text);
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    let response = ui.add(egui::TextEdit::multiline(value).desired_rows(2).desired_width(width));
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A multi-line text field, `rows` high and as wide as there is room, with `visible` above it
/// and `accessible` as its name (the visible label plus what it belongs to, so that names stay
/// unique).
pub fn named_area(
    ui: &mut egui::Ui,
    visible: &str,
    accessible: &str,
    value: &mut String,
    rows: usize,
) -> egui::Response {
    ui.label(visible);
    area(ui, accessible, value, rows)
}

/// A multi-line text field, `rows` high and as wide as there is room, named `label` (for a
/// field whose visible title stands apart from it).
pub fn area(ui: &mut egui::Ui, label: &str, value: &mut String, rows: usize) -> egui::Response {
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    let response = ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    );
    name(&response, WidgetType::TextEdit, label);
    response
}

/// A one-line text field with a label above it that names it.
pub fn text_line(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    let label_response = ui.label(label);
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label_response.id)
}

/// A multi-line text field with a label above it that names it; grows with its text.
pub fn text_area(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    let label_response = ui.label(label);
    if is_read_only(ui) {
        return value_text(ui, value);
    }
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label_response.id)
}

/// A date field that accepts `YYYY-MM-DD`; an empty field means no date. While the text is
/// not a date, it is shown in red and the stored date is unchanged.
pub fn date_field(ui: &mut egui::Ui, label: &str, value: &mut Option<Date>) -> egui::Response {
    let stored = value.map(|d| d.to_string()).unwrap_or_default();
    if is_read_only(ui) {
        return value_text(ui, &stored);
    }
    let id = ui.make_persistent_id(("date_field", label));
    let mut text: String = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_else(|| stored.clone());
    if !ui.memory(|m| m.has_focus(id)) {
        text = stored;
    }
    let parse = |text: &str| -> Option<Option<Date>> {
        if text.trim().is_empty() {
            Some(None)
        } else {
            Date::parse(text).map(Some)
        }
    };
    let invalid = parse(&text).is_none();
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(super::DATE_W - 6.0)
        .hint_text(super::DATE_HINT.get(super::lang_of(ui.ctx())));
    if invalid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui.add(edit);
    name(&response, WidgetType::TextEdit, label);
    // Callers compare the value with the project, so an unparsable text changes nothing.
    if response.changed()
        && let Some(new) = parse(&text)
    {
        *value = new;
    }
    ui.data_mut(|d| d.insert_temp(id, text));
    response
}

/// A date field in a table cell of fixed width.
pub fn date_cell(ui: &mut egui::Ui, label: &str, value: &mut Option<Date>) -> egui::Response {
    super::fixed(ui, super::DATE_W, |ui| date_field(ui, label, value))
}

/// A compact scale of numbers `min..=max`; clicking a number sets it. Each number is a radio
/// button named "{label}: {n}". The response is marked changed when the value changed.
pub fn scale(ui: &mut egui::Ui, label: &str, value: &mut u8, min: u8, max: u8) -> egui::Response {
    let mut current = Some(*value);
    let response = scale_opt(ui, label, &mut current, min, max, None);
    if let Some(v) = current {
        *value = v;
    }
    response
}

/// Like [`scale`], for a value that may be unset; with `clear` given, a "–" button named
/// `clear` unsets it.
pub fn scale_opt(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut Option<u8>,
    min: u8,
    max: u8,
    clear: Option<&str>,
) -> egui::Response {
    if is_read_only(ui) {
        return value_text(ui, &value.map(|v| v.to_string()).unwrap_or_default());
    }
    let inner = ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        let mut changed = false;
        for n in min..=max {
            let selected = *value == Some(n);
            let response = ui.add(egui::Button::selectable(selected, n.to_string()).min_size(egui::vec2(24.0, LINE)));
            let spoken = format!("{label}: {n}");
            response.widget_info(|| WidgetInfo::selected(WidgetType::RadioButton, true, selected, &spoken));
            if response.clicked() && !selected {
                *value = Some(n);
                changed = true;
            }
        }
        if let Some(clear) = clear {
            let response = ui
                .add_enabled(value.is_some(), egui::Button::new("–").min_size(egui::vec2(24.0, LINE)))
                .on_hover_text(clear);
            name(&response, WidgetType::Button, clear);
            if response.clicked() {
                *value = None;
                changed = true;
            }
        }
        changed
    });
    let mut response = inner.response;
    if inner.inner {
        response.mark_changed();
    }
    response
}

/// A row of toggle buttons, one per option; each is a radio button named "{label}: {option}".
/// Returns whether the value changed. Read-only views show the chosen option's text.
pub fn segmented<T: Copy + PartialEq>(ui: &mut egui::Ui, label: &str, value: &mut T, options: &[(T, String)]) -> bool {
    if is_read_only(ui) {
        let text = options.iter().find(|(o, _)| o == value).map_or("", |(_, t)| t.as_str());
        value_text(ui, text);
        return false;
    }
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for (option, text) in options {
            let selected = *value == *option;
            let rich = if selected {
                RichText::new(text).strong()
            } else {
                RichText::new(text)
            };
            let response = ui.add(egui::Button::selectable(selected, rich).min_size(egui::vec2(0.0, LINE)));
            let spoken = format!("{label}: {text}");
            response.widget_info(|| WidgetInfo::selected(WidgetType::RadioButton, true, selected, &spoken));
            if response.clicked() && !selected {
                *value = *option;
                changed = true;
            }
        }
    });
    changed
}

/// `text` wrapped at exactly `width`, in a box of that width (a table cell of a grid): laid
/// out before it is placed, so the grid measures the same size in every frame (a wrapping
/// label measures its unwrapped width in egui's first sizing pass, and the grid then needs
/// several frames to settle).
pub fn wrapped_text(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>, width: f32) -> egui::Response {
    let galley = text
        .into()
        .into_galley(ui, Some(egui::TextWrapMode::Wrap), width, egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, galley.size().y), egui::Sense::hover());
    let label = galley.text().to_owned();
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Label, true, &label));
    let colour = ui.visuals().text_color();
    ui.painter().galley(rect.min, galley, colour);
    response
}
