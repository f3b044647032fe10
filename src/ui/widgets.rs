//! Small labelled editors shared by the worksheets and the inspector. Each one gives its
//! widget an accessible name, so screen readers and tests find it by its label.

use crate::i18n::{Lang, Tr};
use crate::model::Date;

crate::messages! {
    DATE_HINT = "VVVV-KK-PP", "YYYY-MM-DD";
    RESIZE_PHASES = "Muuta vaihepaneelin leveyttä", "Resize the phase panel";
    RESIZE_INSPECTOR = "Muuta tarkastelupaneelin leveyttä", "Resize the inspector panel";
}

/// Gives a resizable panel's drag handle a role and an accessible name: egui leaves it an
/// unnamed focusable item, which a screen reader announces as nothing. Call right after the
/// panel was shown (the handle exists only then).
pub fn name_resize_handle(ctx: &egui::Context, panel_id: &str, name: &str) {
    let id = egui::Id::new(panel_id).with("__resize");
    ctx.accesskit_node_builder(id, |node| {
        node.set_role(egui::accesskit::Role::Splitter);
        node.set_label(name.to_owned());
    });
}

fn lang_id() -> egui::Id {
    egui::Id::new("verkosto_interface_language")
}

/// Records the interface language for widgets that have no `lang` parameter (set each frame).
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The interface language recorded with [`set_lang`].
pub fn lang_of(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(lang_id())).unwrap_or_default()
}

/// A one-line text field with a label above it.
pub fn text_line(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    let label_response = ui.label(label);
    ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label_response.id)
}

/// A multi-line text field with a label above it; grows with its text.
pub fn text_area(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    let label_response = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(value)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label_response.id)
}

/// A text field in a table cell, named by `label` for screen readers.
pub fn cell_text(ui: &mut egui::Ui, label: &str, value: &mut String, width: f32) -> egui::Response {
    let response = ui.add(egui::TextEdit::singleline(value).desired_width(width));
    let label = label.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &label));
    response
}

/// A drop-down of labelled values.
pub fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    options: &[T],
    text: impl Fn(T) -> String,
) -> egui::Response {
    let mut response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(text(*value))
        .show_ui(ui, |ui| {
            let mut changed = false;
            for &option in options {
                changed |= ui.selectable_value(value, option, text(option)).changed();
            }
            changed
        });
    if response.inner == Some(true) {
        response.response.mark_changed();
    }
    let label = label.to_owned();
    response
        .response
        .widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &label));
    response.response
}

/// A drop-down of a labelled enumeration (`ALL` and `label()`).
pub fn enum_choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    all: &[T],
    label_of: impl Fn(T) -> Tr,
    lang: Lang,
) -> egui::Response {
    choice(ui, id_salt, label, value, all, |v| label_of(v).get(lang).to_owned())
}

/// A date field that accepts `YYYY-MM-DD`; an empty field means no date. While the text is
/// not a date, the field is outlined in red and the stored date is unchanged.
pub fn date_field(ui: &mut egui::Ui, label: &str, value: &mut Option<Date>) -> egui::Response {
    let id = ui.make_persistent_id(("date_field", label));
    let stored = value.map(|d| d.to_string()).unwrap_or_default();
    let mut text: String = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_else(|| stored.clone());
    let editing = ui.memory(|m| m.has_focus(id));
    if !editing {
        text = stored.clone();
    }
    let parsed: Option<Option<Date>> = if text.trim().is_empty() {
        Some(None)
    } else {
        Date::parse(&text).map(Some)
    };
    let mut edit = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(96.0)
        .hint_text(DATE_HINT.get(lang_of(ui.ctx())));
    if parsed.is_none() {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui.add(edit);
    let label = label.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &label));
    // Callers compare the value with the project, so an unparsable text changes nothing.
    if response.changed()
        && let Some(new) = if text.trim().is_empty() {
            Some(None)
        } else {
            Date::parse(&text).map(Some)
        }
    {
        *value = new;
    }
    ui.data_mut(|d| d.insert_temp(id, text));
    response
}

/// A 1–5 (or other small) scale as a row of selectable numbers.
pub fn scale(ui: &mut egui::Ui, label: &str, value: &mut u8, min: u8, max: u8) -> egui::Response {
    let inner = ui.horizontal(|ui| {
        let mut changed = false;
        for n in min..=max {
            let response = ui.selectable_label(*value == n, n.to_string());
            let name = format!("{label}: {n}");
            response
                .widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::RadioButton, true, *value == n, &name));
            if response.clicked() && *value != n {
                *value = n;
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
