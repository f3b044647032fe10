//! The slide list in the normal window: every slide of the generated deck, each of which can be
//! left out or put back in, with its speaker notes. Changes are ordinary undoable edits.

use super::content;
use crate::model::{Deck, Edit};
use crate::ui::ViewCtx;

crate::messages! {
    SLIDES_TITLE = "Esityksen diat", "Presentation slides";
    SHOW_SLIDE = "Näytä dia {title}", "Show slide {title}";
    NOTES_OF = "Puhujan muistiinpanot: {title}", "Speaker notes: {title}";
    NOTES_HINT = "Muistiinpanot tälle dialle…", "Notes for this slide…";
}

fn window_id() -> egui::Id {
    egui::Id::new("verkosto.present.slides_open")
}

/// Opens or closes the slide list window.
pub fn toggle(ctx: &egui::Context) {
    ctx.data_mut(|d| {
        let open = d.get_temp_mut_or_default::<bool>(window_id());
        *open = !*open;
    });
}

/// The slide list window, when open.
pub fn window(ctx: &egui::Context, cx: &mut ViewCtx) {
    let mut open = ctx.data(|d| d.get_temp::<bool>(window_id())).unwrap_or(false);
    if !open {
        return;
    }
    egui::Window::new(SLIDES_TITLE.get(cx.lang))
        .open(&mut open)
        .default_width(520.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(560.0)
                .show(ui, |ui| list(ui, cx));
        });
    ctx.data_mut(|d| d.insert_temp(window_id(), open));
}

/// Every slide with a "show" box and its notes field.
pub fn list(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    let project = cx.project;
    let lang = cx.lang;
    for slide in Deck::all(project).slides {
        let title = content::title(project, slide.key, lang);
        let mut shown = !slide.hidden;
        let label = SHOW_SLIDE.fmt(lang, &[("title", &title)]);
        let r = ui.checkbox(&mut shown, &title);
        r.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::Checkbox, true, shown, &label));
        if r.changed() {
            let mut p = project.presentation.clone();
            p.set_hidden(slide.key, !shown);
            cx.out.edit_step(Edit::SetPresentation(Box::new(p)));
        }
        let mut note = project.presentation.note(slide.key).to_owned();
        let notes_label = NOTES_OF.fmt(lang, &[("title", &title)]);
        let r = ui.add(
            egui::TextEdit::multiline(&mut note)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text(NOTES_HINT.get(lang)),
        );
        r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &notes_label));
        if r.changed() {
            let mut p = project.presentation.clone();
            p.set_note(slide.key, note);
            cx.out.edit(ui.ctx(), Edit::SetPresentation(Box::new(p)));
        }
        ui.separator();
    }
}
