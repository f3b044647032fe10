//! The editor of the project's own lists (actor kinds with their colours, relation roles,
//! flows, service roles, goal types, cooperation forms, rule areas): add, rename in both
//! languages, reorder, recolour, and delete what nothing uses.

use crate::app::{Outbox, VerkostoApp};
use crate::i18n::Lang;
use crate::model::{Catalog, CatalogItem, Catalogs};
use crate::ui::kit;

crate::messages! {
    TITLE = "Projektin luettelot", "The project's lists";
    INTRO = "Nämä luettelot ovat tämän projektin omia. Nimeä kohteet uudelleen, järjestä, lisää tai poista niitä; käytössä olevaa kohdetta ei voi poistaa.", "These lists belong to this project. Rename, reorder, add or delete items; an item in use cannot be deleted.";
    ACTOR_KINDS = "Toimijatyypit", "Actor kinds";
    RELATION_ROLES = "Suhteen roolit", "Relation roles";
    FLOWS = "Suhteessa liikkuu", "Flows";
    SERVICE_ROLES = "Roolit palveluissa", "Roles in services";
    GOAL_TYPES = "Verkostoitumisen tavoitteet", "Networking goals";
    COOPERATION_FORMS = "Yhteistyön muodot", "Forms of cooperation";
    RULE_AREAS = "Pelisääntöjen alueet", "Rule areas";
    FINNISH = "Suomeksi", "Finnish";
    ENGLISH = "Englanniksi", "English";
    COLOUR = "Väri", "Colour";
    USES = "Käytössä", "In use";
    ITEM = "kohde {n}", "item {n}";
    FI_N = "Suomeksi, kohde {n}", "Finnish, item {n}";
    EN_N = "Englanniksi, kohde {n}", "English, item {n}";
    COLOUR_N = "Väri, kohde {n}", "Colour, item {n}";
    IN_USE = "Käytössä {count} kohdassa, joten sitä ei voi poistaa.", "Used in {count} places, so it cannot be deleted.";
    ADD = "+ Lisää kohde", "+ Add an item";
    NEW_ITEM = "Uusi kohde", "New item";
    DONE = "Valmis", "Done";
}

const LIST_NAMES: [(&str, crate::i18n::Tr); 7] = [
    ("actor_kinds", ACTOR_KINDS),
    ("relation_roles", RELATION_ROLES),
    ("flows", FLOWS),
    ("service_roles", SERVICE_ROLES),
    ("goal_types", GOAL_TYPES),
    ("cooperation_forms", COOPERATION_FORMS),
    ("rule_areas", RULE_AREAS),
];

/// Shows the lists window while `app.dialogs.lists` holds the open list's index.
pub fn show(ctx: &egui::Context, app: &mut VerkostoApp, out: &mut Outbox) {
    let Some(open) = app.dialogs.lists else { return };
    let lang = app.lang();
    let project = app.doc.project();
    let mut selected = open.min(LIST_NAMES.len() - 1);
    let mut close = false;
    egui::Modal::new(egui::Id::new("lists")).show(ctx, |ui| {
        kit::edit_in(ui, project, out, |ui, catalogs: &mut Catalogs| {
            let mut step = false;
            ui.set_width(780.0_f32.min(ctx.content_rect().width() - 60.0));
            ui.heading(TITLE.get(lang));
            ui.label(INTRO.get(lang));
            ui.horizontal_wrapped(|ui| {
                for (i, (_, name)) in LIST_NAMES.iter().enumerate() {
                    ui.selectable_value(&mut selected, i, name.get(lang));
                }
            });
            ui.separator();
            let (list_name, _) = LIST_NAMES[selected];
            let coloured = list_name == "actor_kinds";
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() * 0.6)
                // A scroll bar that comes and goes would change the width and relayout every frame.
                .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
                .show(ui, |ui| {
                    if let Some(list) = catalogs.list_mut(list_name) {
                        step |= edit_list(ui, project, list_name, list, coloured, lang);
                    }
                });
            if kit::add_button(ui, ADD.get(lang))
                && let Some(list) = catalogs.list_mut(list_name)
            {
                let key = list.fresh_key();
                list.0.push(CatalogItem {
                    key,
                    fi: NEW_ITEM.fi.to_owned(),
                    en: NEW_ITEM.en.to_owned(),
                    colour: coloured.then_some([0x99, 0x99, 0x99]),
                });
                step = true;
            }
            ui.separator();
            if ui.button(DONE.get(lang)).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                close = true;
            }
            step
        });
    });
    app.dialogs.lists = if close { None } else { Some(selected) };
}

fn edit_list(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    list_name: &str,
    list: &mut Catalog,
    coloured: bool,
    lang: Lang,
) -> bool {
    let mut step = false;
    let len = list.0.len();
    let widths = if coloured {
        vec![28.0, 220.0, 220.0, 48.0, 56.0, kit::ROW_CONTROLS_WIDTH]
    } else {
        vec![28.0, 250.0, 250.0, 56.0, kit::ROW_CONTROLS_WIDTH]
    };
    kit::table_row(ui, false, &widths, |row| {
        row.header("#");
        row.header(FINNISH.get(lang));
        row.header(ENGLISH.get(lang));
        if coloured {
            row.header(COLOUR.get(lang));
        }
        row.header(USES.get(lang));
    });
    let mut op = None;
    for (i, item) in list.0.iter_mut().enumerate() {
        let n = i + 1;
        let uses = project.catalog_uses(list_name, &item.key);
        kit::table_row(ui, i % 2 == 0, &widths, |row| {
            row.cell(|ui| ui.label(format!("{n}.")));
            row.cell(|ui| kit::text_cell(ui, &FI_N.fmt(lang, &[("n", &n)]), &mut item.fi, widths[1]));
            row.cell(|ui| kit::text_cell(ui, &EN_N.fmt(lang, &[("n", &n)]), &mut item.en, widths[2]));
            if coloured {
                row.cell(|ui| {
                    let [r, g, b] = item.colour.unwrap_or([0x99, 0x99, 0x99]);
                    let mut colour = egui::Color32::from_rgb(r, g, b);
                    let response = ui.color_edit_button_srgba(&mut colour);
                    let name = COLOUR_N.fmt(lang, &[("n", &n)]);
                    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::ColorButton, true, &name));
                    if response.changed() {
                        item.colour = Some([colour.r(), colour.g(), colour.b()]);
                        step = true;
                    }
                    response
                });
            }
            row.cell(|ui| ui.label(uses.to_string()));
            let buttons =
                row.cell(|ui| kit::row_controls_with(ui, lang, &ITEM.fmt(lang, &[("n", &n)]), i, len, uses == 0));
            if uses > 0 {
                buttons.response.on_hover_text(IN_USE.fmt(lang, &[("count", &uses)]));
            }
            if let Some(o) = buttons.inner {
                op = Some(o);
            }
        });
    }
    if let Some(op) = op {
        op.apply(&mut list.0);
        step = true;
    }
    step
}
