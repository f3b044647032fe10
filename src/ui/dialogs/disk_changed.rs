//! The open file changed on disk (a colleague saved it, a `git pull`): reload it, or keep the
//! version in the app, after which saving over the file asks first.

use crate::app::safe_msg as m;
use crate::app::{Command, DiskChoice, Outbox};
use crate::i18n::Lang;

/// Tells that `file` changed on disk; Reload and Keep mine send [`Command::DiskChanged`].
/// There is no closing it without a choice.
pub fn show(ctx: &egui::Context, file: &str, dirty: bool, lang: Lang, out: &mut Outbox) {
    egui::Modal::new(egui::Id::new("disk_changed")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(m::DISK_TITLE.get(lang));
        ui.label(m::DISK_TEXT.fmt(lang, &[("file", &file)]));
        if dirty {
            ui.label(m::DISK_TEXT_DIRTY.get(lang));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for choice in [DiskChoice::Reload, DiskChoice::KeepMine] {
                let command = Command::DiskChanged(choice);
                if ui.button(command.label().get(lang)).clicked() {
                    out.command(command);
                }
            }
        });
    });
}
