//! The path field shown instead of a native file dialog where none can be shown.

use crate::app::combining;
use crate::app::transfer as transfer_msg;
use crate::app::{Command, Outbox, PathEntry, Purpose};
use crate::i18n::{Lang, msg};

/// Asks for a path to open or save to; the text is typed into `entry`. OK or Enter sends
/// [`Command::SubmitPath`]; returns false when cancelled.
pub fn show(ctx: &egui::Context, entry: &mut PathEntry, lang: Lang, out: &mut Outbox) -> bool {
    let (title, hint) = match &entry.purpose {
        Purpose::Open => (msg::PATH_OPEN_TITLE, "~/verkosto.ron"),
        Purpose::SaveAs(_) => (msg::PATH_SAVE_TITLE, "~/verkosto.ron"),
        Purpose::Export(..) if entry.purpose.folder() => (transfer_msg::PATH_EXPORT_FOLDER_TITLE, "~/verkosto-data"),
        Purpose::Export(..) => (transfer_msg::PATH_EXPORT_TITLE, "~/verkosto.pdf"),
        Purpose::Import => (transfer_msg::PATH_IMPORT_TITLE, "~/kumu.xlsx"),
        Purpose::Combine(_) => (combining::PATH_COMBINE_TITLE, "~/a.ron\n~/b.ron"),
    };
    let several = matches!(entry.purpose, Purpose::Combine(_));
    let mut submit = false;
    let mut keep_open = true;
    egui::Modal::new(egui::Id::new("path_entry")).show(ctx, |ui| {
        ui.set_min_width(480.0);
        ui.heading(title.get(lang));
        let explain = if several {
            combining::PATH_COMBINE_HINT
        } else {
            msg::PATH_HINT
        };
        ui.label(explain.get(lang));
        // Combining takes several files: one path per line, sent with OK.
        let field = if several {
            egui::TextEdit::multiline(&mut entry.text).desired_rows(4)
        } else {
            egui::TextEdit::singleline(&mut entry.text)
        };
        let response = ui.add(field.desired_width(f32::INFINITY).hint_text(hint));
        response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, msg::PATH_LABEL.get(lang)));
        if !entry.focused {
            response.request_focus();
            entry.focused = true;
        }
        if !several && response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            submit = true;
        }
        ui.horizontal(|ui| {
            if ui.button(Command::SubmitPath.label().get(lang)).clicked() {
                submit = true;
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || super::escape(ui) {
                keep_open = false;
            }
        });
    });
    if submit && keep_open {
        out.command(Command::SubmitPath);
    }
    keep_open
}
