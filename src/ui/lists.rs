//! The editor of the project's own lists (actor kinds with their colours, relation roles,
//! flows, service roles, goal types, cooperation forms, rule areas): add, rename in both
//! languages, reorder, recolour, and delete what nothing uses.

use crate::app::{Outbox, VerkostoApp};
use crate::i18n::{Lang, Tr};
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
                        step |= catalog_table(ui, project, list_name, list, &LIST_TEXTS, lang);
                    }
                });
            if kit::add_button(ui, ADD.get(lang))
                && let Some(list) = catalogs.list_mut(list_name)
            {
                add_item(list, NEW_ITEM, coloured);
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

/// The texts of a list's table: column titles, the cells' and rows' names and why an item in use
/// cannot be deleted.
pub struct ItemTexts {
    /// Title of the Finnish column.
    pub fi: Tr,
    /// Title of the English column.
    pub en: Tr,
    /// Name of row {n}'s Finnish cell.
    pub fi_n: Tr,
    /// Name of row {n}'s English cell.
    pub en_n: Tr,
    /// Name of row {n} for its controls ("item {n}").
    pub row: Tr,
    /// Why an item used {count} times cannot be deleted.
    pub in_use: Tr,
}

/// The texts of the lists window.
const LIST_TEXTS: ItemTexts = ItemTexts {
    fi: FINNISH,
    en: ENGLISH,
    fi_n: FI_N,
    en_n: EN_N,
    row: ITEM,
    in_use: IN_USE,
};

/// Adds an item named `name` (in both languages) with a fresh key to `list`; grey when the
/// list has colours.
pub fn add_item(list: &mut Catalog, name: Tr, coloured: bool) {
    let key = list.fresh_key();
    list.0.push(CatalogItem {
        key,
        fi: name.fi.to_owned(),
        en: name.en.to_owned(),
        colour: coloured.then_some([0x99, 0x99, 0x99]),
    });
}

/// The table of one list, `list_name` in the project: each item's names in both languages, its
/// colour (actor kinds), how often it is used, and row controls; an item in use cannot be
/// deleted. Returns whether a button changed the list.
pub fn catalog_table(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    list_name: &str,
    list: &mut Catalog,
    texts: &ItemTexts,
    lang: Lang,
) -> bool {
    let coloured = list_name == "actor_kinds";
    let mut step = false;
    let widths = if coloured {
        vec![28.0, 220.0, 220.0, 48.0, 56.0, kit::ROW_CONTROLS_WIDTH]
    } else {
        vec![28.0, 250.0, 250.0, 56.0, kit::ROW_CONTROLS_WIDTH]
    };
    let titles: Vec<&str> = if coloured {
        vec![texts.fi.get(lang), texts.en.get(lang), COLOUR.get(lang), USES.get(lang)]
    } else {
        vec![texts.fi.get(lang), texts.en.get(lang), USES.get(lang)]
    };
    let columns = kit::Columns {
        widths: &widths,
        titles: &titles,
        empty: None,
    };
    let row_name = |i: usize| texts.row.fmt(lang, &[("n", &(i + 1))]);
    let op = kit::row_table(ui, lang, &columns, &mut list.0, row_name, |row, i, item| {
        let n = i + 1;
        let uses = project.catalog_uses(list_name, &item.key);
        row.cell(|ui| kit::text_cell(ui, &texts.fi_n.fmt(lang, &[("n", &n)]), &mut item.fi, widths[1]));
        row.cell(|ui| kit::text_cell(ui, &texts.en_n.fmt(lang, &[("n", &n)]), &mut item.en, widths[2]));
        if coloured {
            row.cell(|ui| {
                let [r, g, b] = item.colour.unwrap_or([0x99, 0x99, 0x99]);
                let mut colour = egui::Color32::from_rgb(r, g, b);
                let response = ui.color_edit_button_srgba(&mut colour);
                kit::name(
                    &response,
                    egui::WidgetType::ColorButton,
                    &COLOUR_N.fmt(lang, &[("n", &n)]),
                );
                if response.changed() {
                    item.colour = Some([colour.r(), colour.g(), colour.b()]);
                    step = true;
                }
            });
        }
        row.cell(|ui| ui.label(uses.to_string()));
        kit::RowEnd {
            can_delete: uses == 0,
            hover: (uses > 0).then(|| texts.in_use.fmt(lang, &[("count", &uses)])),
        }
    });
    step || op.is_some()
}
