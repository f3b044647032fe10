//! A file being opened is open in another Verkosto window: open it read-only, open it anyway,
//! or cancel (the open document stays).

use crate::app::safe_msg as m;
use crate::app::{Command, ElsewhereChoice, OpenElsewhere, Outbox};
use crate::i18n::{Lang, msg};

/// Asks how to open `waiting`. Open read-only and Open anyway send [`Command::OpenElsewhere`];
/// returns false when cancelled.
pub fn show(ctx: &egui::Context, waiting: &OpenElsewhere, lang: Lang, out: &mut Outbox) -> bool {
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("open_elsewhere")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(m::ELSEWHERE_TITLE.get(lang));
        ui.label(m::ELSEWHERE_TEXT.fmt(lang, &[("name", &waiting.name())]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for choice in [ElsewhereChoice::ReadOnly, ElsewhereChoice::Anyway] {
                let command = Command::OpenElsewhere(choice);
                if ui.button(command.label().get(lang)).clicked() {
                    out.command(command);
                }
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || super::escape(ui) {
                keep_open = false;
            }
        });
    });
    keep_open
}
