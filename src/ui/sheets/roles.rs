//! Phase 2. The organisation's network role in services: the service × role table. Each row
//! is a card: the short fields on one line under a shared header (service, current and
//! desired role, strength, importance), and below them the partners involved and the longer
//! texts (resources, rationale, actions).

use crate::i18n::Lang;
use crate::model::{Project, RoleRow, RolesPhase};
use crate::ui::ViewCtx;
use crate::ui::kit::{self, RowOp};
use egui::{Color32, RichText};

crate::messages! {
    TITLE = "Roolit palveluissa", "Roles in services";
    INTRO = "Yksi rivi kutakin palvelua, palvelukokonaisuutta tai verkostoa kohden: mikä roolimme on nyt, mihin pyrimme ja miksi.", "One row per service, service package or network: what our role is now, what we aim at, and why.";
    ROW = "rivi", "row";
    NUMBER = "#", "#";
    SERVICE = "Palvelu tai verkosto", "Service or network";
    CURRENT_ROLE = "Nykyinen rooli", "Current role";
    DESIRED_ROLE = "Tavoiteltu rooli", "Desired role";
    STRENGTH = "Vahvuus 1–5", "Strength 1–5";
    IMPORTANCE = "Strateginen merkitys 1–5", "Strategic importance 1–5";
    STRENGTH_SHORT = "Vahvuus", "Strength";
    IMPORTANCE_SHORT = "Merkitys", "Importance";
    PARTNERS = "Mukana olevat kumppanit", "Partners involved";
    RESOURCES = "Panostetut resurssit", "Resources invested";
    RATIONALE = "Perustelu", "Rationale";
    ACTIONS = "Toimenpiteet", "Actions";
    ADD_ROW = "+ Lisää rivi", "+ Add row";
    ROLE_CHANGES = "Rooli muuttuu", "Role changes";
    ROLE_KEPT = "Rooli pysyy", "Role stays";
    SUMMARY = "{rows} riviä · roolia muutetaan {changes} rivillä", "{rows} rows · role to change in {changes}";
}

const MIN_ROLE_W: f32 = 150.0;
const MAX_ROLE_W: f32 = 300.0;
const ARROW_W: f32 = 18.0;
const MIN_SERVICE_W: f32 = 160.0;

/// Column widths: fixed ones for numbers and buttons; the rest of the width is shared by the
/// service (most) and the two role lists, so role names are truncated only on narrow screens.
struct Widths {
    service: f32,
    role: f32,
    row: f32,
}

impl Widths {
    fn new(ui: &egui::Ui, roles: &crate::model::Catalog, lang: Lang) -> Widths {
        let spacing = ui.spacing().item_spacing.x;
        // The card's inner margins and stroke take 20 points of the available width.
        let content = ui.available_width() - 20.0;
        let others = kit::NUMBER_W + ARROW_W + 2.0 * kit::SCALE_W + kit::ROW_CONTROLS_WIDTH + 7.0 * spacing;
        let rest = (content - others).max(MIN_SERVICE_W + 2.0 * MIN_ROLE_W);
        // As wide as the longest role's name in its drop-down, within a share of the row.
        let font = egui::TextStyle::Button.resolve(ui.style());
        let longest = ui.fonts_mut(|f| {
            roles
                .0
                .iter()
                .map(|r| {
                    f.layout_no_wrap(format!("● {}", r.label(lang)), font.clone(), Color32::WHITE)
                        .size()
                        .x
                })
                .fold(0.0, f32::max)
        });
        let choice = longest + ui.spacing().icon_width + 2.0 * ui.spacing().button_padding.x + 20.0;
        let role = choice.clamp(MIN_ROLE_W, MAX_ROLE_W).min((rest * 0.4).max(MIN_ROLE_W));
        Widths {
            service: rest - 2.0 * role,
            role,
            row: others + rest,
        }
    }
}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut RolesPhase| {
        editor(ui, cx.project, cx.lang, data)
    });
}

/// The table of roles; returns whether a button-like control changed it.
fn editor(ui: &mut egui::Ui, project: &Project, lang: Lang, data: &mut RolesPhase) -> bool {
    let mut step = false;

    kit::section_heading(ui, TITLE.get(lang));
    ui.label(RichText::new(INTRO.get(lang)).color(ui.visuals().weak_text_color()));
    if !data.rows.is_empty() {
        let changes = data.rows.iter().filter(|r| r.current_role != r.desired_role).count();
        ui.label(SUMMARY.fmt(lang, &[("rows", &data.rows.len()), ("changes", &changes)]));
    }
    ui.add_space(4.0);

    let widths = Widths::new(ui, &project.catalogs.service_roles, lang);
    let (service_w, row_w) = (widths.service, widths.row);

    let columns = [
        (NUMBER.get(lang), kit::NUMBER_W),
        (SERVICE.get(lang), service_w),
        (CURRENT_ROLE.get(lang), widths.role),
        ("", ARROW_W),
        (DESIRED_ROLE.get(lang), widths.role),
        (STRENGTH.get(lang), kit::SCALE_W),
        (IMPORTANCE.get(lang), kit::SCALE_W),
    ];
    let op = kit::card_table(
        ui,
        lang,
        "roles_table",
        &columns,
        row_w,
        &mut data.rows,
        |ui, i, len, row| {
            let (row_step, row_op) = row_editor(ui, project, lang, row, i, len, &widths);
            step |= row_step;
            row_op
        },
    );
    step |= op.is_some();
    if kit::add_button(ui, ADD_ROW.get(lang)) {
        let role = project
            .catalogs
            .service_roles
            .get("producer")
            .map_or_else(|| project.catalogs.service_roles.first_key(), |i| i.key.clone());
        data.rows.push(RoleRow {
            current_role: role.clone(),
            desired_role: role,
            ..RoleRow::default()
        });
        step = true;
    }
    step
}

/// One row's card. Returns whether a button-like control changed it, and a row operation.
fn row_editor(
    ui: &mut egui::Ui,
    project: &Project,
    lang: Lang,
    row: &mut RoleRow,
    i: usize,
    len: usize,
    widths: &Widths,
) -> (bool, Option<RowOp>) {
    let (service_w, role_w, row_w) = (widths.service, widths.role, widths.row);
    let mut step = false;
    let mut op = None;
    let name = |column| kit::cell_name(lang, column, ROW, i);
    let roles = &project.catalogs.service_roles;
    ui.horizontal_top(|ui| {
        kit::cell(ui, kit::NUMBER_W, |ui| {
            ui.add_space(4.0);
            ui.label(RichText::new((i + 1).to_string()).strong());
        });
        kit::cell(ui, service_w, |ui| {
            kit::wrapping_cell(ui, &name(SERVICE), &mut row.service, service_w);
        });
        kit::cell(ui, role_w, |ui| {
            step |= kit::catalog_choice(
                ui,
                "current",
                &name(CURRENT_ROLE),
                roles,
                lang,
                &mut row.current_role,
                role_w - 8.0,
            )
            .changed();
        });
        kit::cell(ui, ARROW_W, |ui| {
            ui.add_space(4.0);
            let changes = row.current_role != row.desired_role;
            let (mark, tip) = if changes {
                ("➡", ROLE_CHANGES)
            } else {
                ("=", ROLE_KEPT)
            };
            let colour = if changes {
                kit::accent(ui)
            } else {
                ui.visuals().weak_text_color()
            };
            ui.label(RichText::new(mark).strong().color(colour))
                .on_hover_text(tip.get(lang));
        });
        kit::cell(ui, role_w, |ui| {
            step |= kit::catalog_choice(
                ui,
                "desired",
                &name(DESIRED_ROLE),
                roles,
                lang,
                &mut row.desired_role,
                role_w - 8.0,
            )
            .changed();
        });
        kit::cell(ui, kit::SCALE_W, |ui| {
            step |= kit::scale(ui, &name(STRENGTH_SHORT), &mut row.strength, 1, 5).changed();
        });
        kit::cell(ui, kit::SCALE_W, |ui| {
            step |= kit::scale(ui, &name(IMPORTANCE_SHORT), &mut row.importance, 1, 5).changed();
        });
        kit::cell(ui, kit::ROW_CONTROLS_WIDTH, |ui| {
            op = kit::row_controls(ui, lang, &kit::row_name(lang, ROW, i), i, len);
        });
    });
    ui.add_space(4.0);
    let spacing = ui.spacing().item_spacing.x;
    let block_w = ((row_w - kit::NUMBER_W - spacing) / 4.0 - spacing).max(120.0);
    ui.horizontal_top(|ui| {
        kit::cell(ui, kit::NUMBER_W, |_| {});
        kit::cell(ui, block_w, |ui| {
            ui.label(
                RichText::new(PARTNERS.get(lang))
                    .small()
                    .color(ui.visuals().weak_text_color()),
            );
            step |= kit::actor_set(
                ui,
                "partners",
                &name(PARTNERS),
                kit::SetMenu::Toggle(&name(PARTNERS)),
                project,
                lang,
                &mut row.partners,
            );
        });
        kit::cell(ui, block_w, |ui| {
            kit::text_block(ui, RESOURCES.get(lang), &name(RESOURCES), &mut row.resources, block_w);
        });
        kit::cell(ui, block_w, |ui| {
            kit::text_block(ui, RATIONALE.get(lang), &name(RATIONALE), &mut row.rationale, block_w);
        });
        kit::cell(ui, block_w, |ui| {
            kit::text_block(ui, ACTIONS.get(lang), &name(ACTIONS), &mut row.actions, block_w);
        });
    });
    (step, op)
}
