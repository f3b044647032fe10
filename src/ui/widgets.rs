//! The window-wide helpers (the interface language for widgets, names for panel handles), and
//! the kit's labelled editors under the names the map's inspector and tables use.

use crate::i18n::Lang;

crate::messages! {
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

pub use crate::ui::kit::{date_field, enum_choice, scale, text_area, text_line};

/// A text field in a table cell, named by `label` for screen readers (the kit's text cell).
pub use crate::ui::kit::text_cell as cell_text;

/// A drop-down of labelled values at egui's default width (the kit's value choice).
pub fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    label: &str,
    value: &mut T,
    options: &[T],
    text: impl Fn(T) -> String,
) -> egui::Response {
    crate::ui::kit::value_choice(
        ui,
        id_salt,
        label,
        value,
        options,
        crate::ui::kit::Look::default(),
        text,
    )
}
