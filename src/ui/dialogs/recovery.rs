//! The list, at start, of the recovery copies left by a crash: for each the project's name,
//! file, time and counts, with Restore, Save as…, Discard and Later.

use crate::app::safe_msg as m;
use crate::app::{Command, Outbox, RecoveryChoice};
use crate::i18n::{Lang, msg};
use crate::io::recovery::Found;

/// Lists `found`; every button sends [`Command::Recovery`] for its copy. There is no closing
/// it without a choice; the copies stay on disk until one is made. Returns whether it stays
/// open (while copies are listed).
pub fn show(ctx: &egui::Context, found: &[Found], lang: Lang, out: &mut Outbox) -> bool {
    if found.is_empty() {
        return false;
    }
    egui::Modal::new(egui::Id::new("recovery")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(if found.len() == 1 {
            msg::RECOVER_TITLE.get(lang)
        } else {
            m::RECOVERY_LIST_TITLE.get(lang)
        });
        ui.label(m::RECOVERY_LIST_TEXT.get(lang));
        // Many copies (after several crashes) scroll within the window, which stays on screen.
        // A few are shown as they are: a scroll area would settle its size a frame late.
        let max_height = (ctx.content_rect().height() - 220.0).max(160.0);
        let mut list = |ui: &mut egui::Ui| {
            for f in found {
                ui.separator();
                let r = &f.recovered;
                let file = r
                    .origin
                    .as_ref()
                    .map_or_else(|| m::RECOVERY_NO_FILE.get(lang).to_owned(), |p| p.display().to_string());
                let name = r.project.display_name();
                ui.strong(m::RECOVERY_ENTRY.fmt(lang, &[("name", &name), ("file", &file), ("time", &r.written)]));
                let (actors, relations, answers) = r.counts();
                ui.label(m::RECOVERY_COUNTS.fmt(
                    lang,
                    &[("actors", &actors), ("relations", &relations), ("answers", &answers)],
                ));
                ui.push_id(&f.key, |ui| {
                    ui.horizontal(|ui| {
                        for choice in [
                            RecoveryChoice::Restore,
                            RecoveryChoice::SaveAs,
                            RecoveryChoice::Discard,
                            RecoveryChoice::Later,
                        ] {
                            let command = Command::Recovery(f.key.clone(), choice);
                            let label = command.label().get(lang);
                            let response = ui.button(label);
                            // Several copies have the same buttons: the name says whose.
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::WidgetType::Button, true, format!("{label}: {name}"))
                            });
                            if response.clicked() {
                                out.command(command);
                            }
                        }
                    });
                });
            }
        };
        if found.len() > FEW {
            egui::ScrollArea::vertical().max_height(max_height).show(ui, &mut list);
        } else {
            list(ui);
        }
    });
    true
}

/// How many copies are listed without a scroll area.
const FEW: usize = 3;
