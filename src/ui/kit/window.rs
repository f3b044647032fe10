//! Window-wide pieces of the kit: the interface language for widgets that take no `lang`
//! parameter, and accessible names for panels' drag handles.

use crate::i18n::Lang;

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
