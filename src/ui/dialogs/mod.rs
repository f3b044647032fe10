//! The modal windows, one per file (like ruffle's `desktop/src/gui/dialogs`): the question
//! before losing unsaved changes, the path field, the list of recovery copies, "save anyway?",
//! a change on disk, a file open in another window, a failure in full, About, the help window,
//! the project's properties, the review of an import and the review of members' files to
//! combine. Their state lives in the app ([`crate::app::Dialogs`]); each
//! `show` returns whether its dialog stays open, and the user's choice leaves as a
//! [`Command`] (or an edit) that the app runs at the end of the frame. A choice closes its
//! dialog; closing without one sends [`Command::CloseDialog`].

mod about;
pub mod combine_review;
mod confirm_unsaved;
mod disk_changed;
mod error;
pub mod help;
mod import_review;
mod open_elsewhere;
mod path_entry;
mod properties;
mod recovery;
mod save_guard;

use crate::app::{Command, Dialog, Outbox, VerkostoApp};
use crate::i18n::msg;

/// Shows whichever dialogs are open.
pub fn show(ctx: &egui::Context, app: &mut VerkostoApp, out: &mut Outbox) {
    let lang = app.lang();
    if let Some(opening) = &app.opening {
        // Nothing else can be used until the file given at start is read.
        egui::Modal::new(egui::Id::new("opening")).show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(msg::OPENING.fmt(lang, &[("file", &opening.path.display())]));
            });
        });
        return;
    }
    if app.dialogs.confirm.is_some() && !confirm_unsaved::show(ctx, app.doc.project().display_name(), lang, out) {
        out.command(Command::CloseDialog(Dialog::ConfirmUnsaved));
    }
    if let Some(entry) = app.files.entry.as_mut()
        && !path_entry::show(ctx, entry, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::PathEntry));
    }
    recovery::show(ctx, &app.dialogs.recovery, lang, out);
    if let Some(guard) = &app.dialogs.save_guard
        && !save_guard::show(ctx, guard, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::SaveGuard));
    }
    if let Some(waiting) = &app.dialogs.open_elsewhere
        && !open_elsewhere::show(ctx, waiting, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::OpenElsewhere));
    }
    if app.dialogs.disk_changed
        && let Some(path) = &app.path
    {
        disk_changed::show(ctx, &path.display().to_string(), app.doc.is_dirty(), lang, out);
    }
    if let Some(text) = &app.dialogs.error
        && !error::show(ctx, text, lang)
    {
        out.command(Command::CloseDialog(Dialog::Error));
    }
    if app.dialogs.about && !about::show(ctx, lang) {
        out.command(Command::CloseDialog(Dialog::About));
    }
    if let Some(page) = app.dialogs.help
        && !help::show(ctx, page, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::Help));
    }
    if let Some(meta) = app.dialogs.properties.as_mut()
        && !properties::show(ctx, meta, &app.doc.project().meta, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::Properties));
    }
    if let Some(review) = app.dialogs.import.as_mut()
        && !import_review::show(ctx, review, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::ImportReview));
    }
    if let Some(review) = app.dialogs.combine.as_mut()
        && !combine_review::show(ctx, review, lang, out)
    {
        out.command(Command::CloseDialog(Dialog::CombineReview));
    }
    crate::ui::lists::show(ctx, app, out);
}

/// Whether Escape was pressed: it closes a dialog as Cancel or Close would.
fn escape(ui: &egui::Ui) -> bool {
    ui.input(|i| i.key_pressed(egui::Key::Escape))
}
