//! The one widget kit of the worksheets, the lists editor and the portfolio (like rerun's
//! `re_ui`): buttons, row controls, text cells, choices, chips, headings and table rows exist
//! once here, each with its accessible name and change marking built in.
//!
//! Every widget has a **read-only mode** (see [`read_only_scope`]): the same calls then show
//! the values as text, with no editing controls, for presentation slides.
//!
//! Accessible names are built from the column and the row ("Service, row 2", "Move rule 3 up"),
//! so screen readers and tests find every control by its label.

mod buttons;
mod chips;
mod choice;
mod edit;
mod keys;
mod rows;
pub mod scroll;
mod section;
mod table;
mod text;
mod window;

pub use buttons::{add_button, confirm_menu, icon_button, menu_button};
pub use chips::{SetMenu, actor_menu, actor_options_of, actor_set, chip, chip_row, names, no_actors_left};
pub use choice::{
    Look, actor_choice, catalog_choice, choice, choice_pair, enum_choice, optional_actor_choice, value_choice,
};
pub use edit::{edit, edit_in, queue};
pub use keys::{RowKeys, focus_in_row, up_down};
pub use rows::{ROW_CONTROLS_WIDTH, RowOp, cell_name, row_controls, row_controls_with, row_name};
pub use section::{accent, badge, empty_hint, empty_text, margin, section, section_heading};
pub use table::{
    COLUMN_GAP, Cells, Columns, DATE_W, FLEX, LINE, NUMBER_W, RowEnd, SCALE_W, card_table, cell, column_title,
    column_widths, fixed, flexible_width, grid_arrow_keys, header, row_frame, row_table, table_row,
};
pub use text::{
    area, caption, cell_area, date_cell, date_field, hinted_cell, named_area, scale, scale_opt, segmented, text_area,
    text_block, text_cell, text_line, wrapped_text, wrapping_cell,
};

pub use window::{lang_of, name_resize_handle, set_lang};

use egui::{WidgetInfo, WidgetType};

crate::messages! {
    MOVE_UP = "Siirrä {row} ylös", "Move {row} up";
    MOVE_DOWN = "Siirrä {row} alas", "Move {row} down";
    DELETE_ROW = "Poista {row}", "Delete {row}";
    CELL = "{column}, {item} {n}", "{column}, {item} {n}";
    NO_ACTORS = "Kartalla ei ole vielä toimijoita. Lisää ne vaiheessa 1.", "There are no actors on the map yet. Add them in phase 1.";
    EVERYONE_ADDED = "Kaikki kartan toimijat on jo lisätty.", "Every actor of the map is already added.";
    CHOOSE = "Valitse…", "Choose…";
    NO_ACTOR = "(ei valittu)", "(none chosen)";
    REMOVE_CHIP = "Poista {name} kentästä {field}", "Remove {name} from {field}";
    ADD_TO = "Lisää: {what}", "Add to {what}";
    UNKNOWN_ITEM = "(tuntematon: {key})", "(unknown: {key})";
    OWN_MARK = "(oma)", "(own)";
    EMPTY_TABLE = "Ei vielä rivejä.", "No rows yet.";
    NOBODY = "ei ketään", "nobody";
    DATE_HINT = "VVVV-KK-PP", "YYYY-MM-DD";
    RESIZE_PHASES = "Muuta vaihepaneelin leveyttä", "Resize the phase panel";
    RESIZE_INSPECTOR = "Muuta tarkastelupaneelin leveyttä", "Resize the inspector panel";
}

/// Gives `response` the accessible name `label`.
pub fn name(response: &egui::Response, typ: WidgetType, label: &str) {
    let label = label.to_owned();
    let enabled = response.enabled();
    response.widget_info(move || WidgetInfo::labeled(typ, enabled, &label));
}

fn read_only_id() -> egui::Id {
    egui::Id::new("verkosto.kit.read_only")
}

/// Whether the kit's widgets draw read-only text instead of editing controls.
pub fn is_read_only(ui: &egui::Ui) -> bool {
    ui.data(|d| d.get_temp::<bool>(read_only_id())).unwrap_or(false)
}

/// Runs `add` with the kit's widgets in read-only mode (`on`) or editing mode, and restores the
/// mode that was set before, so a read-only slide inside an editing view stays local.
pub fn read_only_scope<R>(ui: &mut egui::Ui, on: bool, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let before = is_read_only(ui);
    ui.data_mut(|d| d.insert_temp(read_only_id(), on));
    let result = add(ui);
    ui.data_mut(|d| d.insert_temp(read_only_id(), before));
    result
}

/// A value shown as text in read-only mode; `–` for an empty one, so a gap stays visible.
fn value_text(ui: &mut egui::Ui, text: &str) -> egui::Response {
    if text.trim().is_empty() {
        ui.weak("–")
    } else {
        ui.add(egui::Label::new(text).wrap())
    }
}

/// The kit reached as methods of `egui::Ui` (`ui.section_heading(..)`), like rerun's `UiExt`.
pub trait UiExt {
    /// See [`is_read_only`].
    fn is_read_only(&self) -> bool;
    /// See [`section_heading`].
    fn section_heading(&mut self, text: &str);
    /// See [`empty_hint`].
    fn empty_hint(&mut self, lang: crate::i18n::Lang);
    /// See [`icon_button`].
    fn icon_button(&mut self, enabled: bool, icon: &str, label: &str) -> egui::Response;
    /// See [`add_button`].
    fn add_button(&mut self, text: &str) -> bool;
    /// See [`row_controls`].
    fn row_controls(&mut self, lang: crate::i18n::Lang, row: &str, index: usize, len: usize) -> Option<RowOp>;
}

impl UiExt for egui::Ui {
    fn is_read_only(&self) -> bool {
        is_read_only(self)
    }

    fn section_heading(&mut self, text: &str) {
        section_heading(self, text);
    }

    fn empty_hint(&mut self, lang: crate::i18n::Lang) {
        empty_hint(self, lang);
    }

    fn icon_button(&mut self, enabled: bool, icon: &str, label: &str) -> egui::Response {
        icon_button(self, enabled, icon, label)
    }

    fn add_button(&mut self, text: &str) -> bool {
        add_button(self, text)
    }

    fn row_controls(&mut self, lang: crate::i18n::Lang, row: &str, index: usize, len: usize) -> Option<RowOp> {
        row_controls(self, lang, row, index, len)
    }
}
