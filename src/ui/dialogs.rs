//! Modal windows: save-before-losing-changes, the path field, recovery, errors, About and the
//! project's properties.

use crate::app::{Outbox, VerkostoApp};
use crate::i18n::msg;
use crate::model::Edit;

/// Shows whichever dialogs are open.
pub fn show(ctx: &egui::Context, app: &mut VerkostoApp, out: &mut Outbox) {
    confirm(ctx, app);
    path_entry(ctx, app);
    recovery(ctx, app);
    error(ctx, app);
    about(ctx, app);
    properties(ctx, app, out);
    crate::ui::lists::show(ctx, app, out);
}

fn confirm(ctx: &egui::Context, app: &mut VerkostoApp) {
    let Some(pending) = app.dialogs.confirm.clone() else {
        return;
    };
    let lang = app.lang();
    let name = app.project().display_name().to_owned();
    let mut choice = None;
    egui::Modal::new(egui::Id::new("confirm_unsaved")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(msg::CONFIRM_TITLE.get(lang));
        ui.label(msg::CONFIRM_TEXT.fmt(lang, &[("name", &name)]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(msg::CONFIRM_SAVE.get(lang)).clicked() {
                choice = Some(0);
            }
            if ui.button(msg::CONFIRM_DISCARD.get(lang)).clicked() {
                choice = Some(1);
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(2);
            }
        });
    });
    match choice {
        Some(0) => {
            app.dialogs.confirm = None;
            app.save_then(pending);
        }
        Some(1) => {
            app.dialogs.confirm = None;
            app.discard_then(pending);
        }
        Some(_) => app.dialogs.confirm = None,
        None => {}
    }
}

fn path_entry(ctx: &egui::Context, app: &mut VerkostoApp) {
    let lang = app.lang();
    let Some(entry) = app.files.entry.as_mut() else { return };
    let title = match entry.purpose {
        crate::app::Purpose::Open => msg::PATH_OPEN_TITLE,
        crate::app::Purpose::SaveAs(_) => msg::PATH_SAVE_TITLE,
    };
    let mut submit = false;
    let mut cancel = false;
    egui::Modal::new(egui::Id::new("path_entry")).show(ctx, |ui| {
        ui.set_min_width(480.0);
        ui.heading(title.get(lang));
        ui.label(msg::PATH_HINT.get(lang));
        let response = ui.add(
            egui::TextEdit::singleline(&mut entry.text)
                .desired_width(f32::INFINITY)
                .hint_text("~/verkosto.ron"),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, msg::PATH_LABEL.get(lang)));
        if !response.has_focus() && entry.text.is_empty() {
            response.request_focus();
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            submit = true;
        }
        ui.horizontal(|ui| {
            if ui.button(msg::PATH_OK.get(lang)).clicked() {
                submit = true;
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                cancel = true;
            }
        });
    });
    if cancel {
        app.files.entry = None;
    } else if submit && let Some((purpose, path)) = app.files.take_entry() {
        app.path_chosen(purpose, path);
    }
}

fn recovery(ctx: &egui::Context, app: &mut VerkostoApp) {
    let Some(found) = &app.dialogs.recovery else { return };
    let lang = app.lang();
    let name = found.project.display_name().to_owned();
    let time = found.written.clone();
    let mut choice = None;
    egui::Modal::new(egui::Id::new("recovery")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(msg::RECOVER_TITLE.get(lang));
        ui.label(msg::RECOVER_TEXT.fmt(lang, &[("name", &name), ("time", &time)]));
        ui.horizontal(|ui| {
            if ui.button(msg::RECOVER_RESTORE.get(lang)).clicked() {
                choice = Some(true);
            }
            if ui.button(msg::RECOVER_DISCARD.get(lang)).clicked() {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => app.restore_recovery(),
        Some(false) => app.discard_recovery(),
        None => {}
    }
}

fn error(ctx: &egui::Context, app: &mut VerkostoApp) {
    let Some(text) = &app.dialogs.error else { return };
    let lang = app.lang();
    let mut close = false;
    egui::Modal::new(egui::Id::new("error")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            ui.label(text.as_str());
        });
        if ui.button(msg::CLOSE.get(lang)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            close = true;
        }
    });
    if close {
        app.dialogs.error = None;
    }
}

fn about(ctx: &egui::Context, app: &mut VerkostoApp) {
    if !app.dialogs.about {
        return;
    }
    let lang = app.lang();
    let mut close = false;
    egui::Modal::new(egui::Id::new("about")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading("Verkosto");
        ui.label(msg::ABOUT_VERSION.fmt(lang, &[("version", &env!("CARGO_PKG_VERSION"))]));
        ui.add_space(6.0);
        ui.label(msg::ABOUT_TEXT.get(lang));
        ui.add_space(6.0);
        if ui.button(msg::CLOSE.get(lang)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            close = true;
        }
    });
    if close {
        app.dialogs.about = false;
    }
}

fn properties(ctx: &egui::Context, app: &mut VerkostoApp, out: &mut Outbox) {
    let lang = app.lang();
    let Some(meta) = app.dialogs.properties.as_mut() else {
        return;
    };
    let mut done = None;
    egui::Modal::new(egui::Id::new("properties")).show(ctx, |ui| {
        ui.set_min_width(460.0);
        ui.heading(msg::PROJECT_PROPERTIES.get(lang).trim_end_matches('…'));
        crate::ui::widgets::text_line(ui, msg::PROJECT_NAME.get(lang), &mut meta.name);
        crate::ui::widgets::text_line(ui, msg::PROJECT_ORGANISATION.get(lang), &mut meta.organisation);
        crate::ui::widgets::text_area(ui, msg::PROJECT_DESCRIPTION.get(lang), &mut meta.description);
        ui.horizontal(|ui| {
            if ui.button(msg::PATH_OK.get(lang)).clicked() {
                done = Some(true);
            }
            if ui.button(msg::CANCEL.get(lang)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                done = Some(false);
            }
        });
    });
    match done {
        Some(true) => {
            if let Some(meta) = app.dialogs.properties.take()
                && meta != app.project().meta
            {
                out.edit_step(Edit::SetMeta(meta));
            }
        }
        Some(false) => app.dialogs.properties = None,
        None => {}
    }
}
