//! The menu bar, generated from [`Command`] so labels and shortcuts match the keyboard.

use crate::app::transfer::{EXPORT_MENU, IMPORT};
use crate::app::{Command, ExportRequest, HelpPage, Outbox, VerkostoApp};
use crate::export::{Format, MapView};
use crate::i18n::{Lang, msg};
use crate::model::PhaseId;

fn item(ui: &mut egui::Ui, app: &VerkostoApp, out: &mut Outbox, command: Command, enabled: bool) {
    let lang = app.lang();
    let mut button = egui::Button::new(command.label().get(lang));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        out.command(command);
        ui.close();
    }
}

/// Draws the menu bar. `map_view` is the map as the user sees it, for exports.
pub fn menu_bar(ui: &mut egui::Ui, app: &VerkostoApp, out: &mut Outbox, map_view: &MapView) {
    let lang = app.lang();
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(msg::MENU_FILE.get(lang), |ui| {
                item(ui, app, out, Command::New, true);
                item(ui, app, out, Command::Open, true);
                ui.menu_button(msg::OPEN_RECENT.get(lang), |ui| {
                    if app.settings.recent.is_empty() {
                        ui.label(msg::NO_RECENT.get(lang));
                    }
                    for path in &app.settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            out.command(Command::OpenPath(path.clone()));
                            ui.close();
                        }
                    }
                });
                item(ui, app, out, Command::OpenExample, true);
                ui.separator();
                item(ui, app, out, Command::Save, true);
                item(ui, app, out, Command::SaveAs, true);
                ui.separator();
                ui.menu_button(EXPORT_MENU.get(lang), |ui| {
                    for (i, format) in Format::ALL.into_iter().enumerate() {
                        // Report, map, card, then the data formats.
                        if matches!(i, 3 | 6 | 9) {
                            ui.separator();
                        }
                        let request = ExportRequest {
                            format,
                            view: map_view.clone(),
                        };
                        item(ui, app, out, Command::Export(request), !app.transfers.busy());
                    }
                });
                if ui.button(IMPORT.get(lang)).clicked() {
                    out.command(Command::Import);
                    ui.close();
                }
                ui.separator();
                // Members' own files into a new joint project; a joint project open can also
                // take its members' updated files.
                item(
                    ui,
                    app,
                    out,
                    Command::Combine { update: false },
                    app.combining.is_none(),
                );
                if app.is_joint() {
                    item(ui, app, out, Command::Combine { update: true }, app.combining.is_none());
                }
                ui.separator();
                item(ui, app, out, Command::ProjectProperties, true);
                ui.separator();
                item(ui, app, out, Command::Quit, true);
            });
            ui.menu_button(msg::MENU_EDIT.get(lang), |ui| {
                item(ui, app, out, Command::Undo, app.doc.can_undo());
                item(ui, app, out, Command::Redo, app.doc.can_redo());
                ui.separator();
                item(ui, app, out, Command::EditLists, true);
            });
            ui.menu_button(msg::MENU_VIEW.get(lang), |ui| {
                let mut shown = !app.view.cycle_collapsed;
                if ui.checkbox(&mut shown, msg::CYCLE_PANEL.get(lang)).clicked() {
                    out.command(Command::ToggleCyclePanel);
                    ui.close();
                }
                ui.separator();
                item(ui, app, out, Command::Present { from_start: false }, true);
                item(ui, app, out, Command::Present { from_start: true }, true);
                let mut presenter = app.view.presenter_view;
                if ui.checkbox(&mut presenter, msg::PRESENTER_VIEW.get(lang)).clicked() {
                    out.command(Command::TogglePresenterView);
                    ui.close();
                }
                if ui.button(msg::PRESENTATION_SLIDES.get(lang)).clicked() {
                    crate::ui::present::slides::toggle(ui.ctx());
                    ui.close();
                }
                ui.separator();
                ui.menu_button(msg::LANGUAGE.get(lang), |ui| {
                    for l in Lang::ALL {
                        if ui.radio(lang == l, l.native_name()).clicked() {
                            out.command(Command::SetLang(l));
                            ui.close();
                        }
                    }
                });
                ui.menu_button(msg::THEME.get(lang), |ui| {
                    for dark in [false, true] {
                        if ui
                            .radio(app.settings.dark == dark, Command::SetDark(dark).label().get(lang))
                            .clicked()
                        {
                            out.command(Command::SetDark(dark));
                            ui.close();
                        }
                    }
                });
            });
            ui.menu_button(msg::MENU_PHASE.get(lang), |ui| {
                item(ui, app, out, Command::PrevPhase, true);
                item(ui, app, out, Command::NextPhase, true);
                ui.separator();
                for phase in PhaseId::ALL {
                    let mut button = egui::Button::selectable(
                        app.view.phase == phase,
                        format!("{}. {}", phase.number(), phase.name().get(lang)),
                    );
                    if let Some(shortcut) = Command::GoPhase(phase).shortcut() {
                        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                    }
                    if ui.add(button).clicked() {
                        out.command(Command::GoPhase(phase));
                        ui.close();
                    }
                }
            });
            ui.menu_button(msg::MENU_HELP.get(lang), |ui| {
                item(ui, app, out, Command::Help(HelpPage::Method), true);
                item(ui, app, out, Command::Help(HelpPage::Shortcuts), true);
                ui.separator();
                item(ui, app, out, Command::About, true);
            });
            // The one toolbar button of the window: start presenting from this phase.
            let present = Command::Present { from_start: false };
            if ui.button(format!("▶ {}", present.label().get(lang))).clicked() {
                out.command(present);
            }
        });
    });
}
