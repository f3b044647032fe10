//! Phase 6. Conditions of networking: one record per member (what it expects, gives and
//! commits, its limits, whether it has accepted the ground rules) and the ground rules the
//! members agree, with area, text, dates and who agreed.

use crate::i18n::Lang;
use crate::model::{ActorId, Catalogs, ConditionsPhase, GroundRule, MemberConditions, Project};
use crate::ui::kit::{self, RowOp, UiExt};
use crate::ui::{ViewCtx, lists};

crate::messages! {
    MEMBERS = "Jäsenten ehdot", "Members' conditions";
    MEMBERS_HELP = "Kukin jäsen vastaa ensin omasta puolestaan; kirjaa tähän jokaisen jäsenen näkemys.", "Each member first answers for itself; record each member's view here.";
    ACCEPTED_SUMMARY = "{accepted} / {count} jäsentä on hyväksynyt pelisäännöt.", "{accepted} of {count} members have accepted the ground rules.";
    NO_MEMBERS = "Ei vielä jäseniä. Lisää jäsen kartan toimijoista.", "No members yet. Add a member from the actors of the map.";
    ADD_MEMBER = "+ Lisää jäsen", "+ Add a member";
    ADD_CORE = "Lisää kaikki ydinjäsenet", "Add all core members";
    ADD_CORE_HELP = "Lisää tietue jokaiselle kartan ytimen toimijalle, jolla sitä ei vielä ole.", "Adds a record for every core-ring actor of the map that has none yet.";
    MEMBER = "Jäsen", "Member";
    MEMBER_N = "Jäsen {n}", "Member {n}";
    ACCEPTED = "Hyväksynyt pelisäännöt", "Accepted the ground rules";
    ACCEPTED_OF = "Hyväksynyt pelisäännöt: {name}", "Accepted the ground rules: {name}";
    ACCEPTED_MARK = "✔ hyväksynyt", "✔ accepted";
    NOT_ACCEPTED_MARK = "○ ei vielä hyväksynyt", "○ not yet accepted";
    EXPECTATIONS = "Odotukset", "Expectations";
    CONTRIBUTIONS = "Mitä antaa", "Contributions";
    RESOURCES = "Sitoutuvat resurssit", "Committed resources";
    NON_NEGOTIABLES = "Ehdottomat ehdot", "Non-negotiables";
    CONFLICTS = "Eturistiriidat", "Conflicts of interest";
    CONFIDENTIALITY = "Luottamuksellisuustarpeet", "Confidentiality needs";
    EXIT_TRIGGERS = "Mikä saisi vetäytymään", "Exit triggers";
    MEMBER_ROW = "jäsen {n}", "member {n}";
    RULES = "Pelisäännöt", "Ground rules";
    NO_RULES = "Ei vielä pelisääntöjä.", "No ground rules yet.";
    AREA = "Alue", "Area";
    RULE = "Sääntö", "Rule";
    AGREED = "Sovittu", "Agreed";
    REVIEW = "Tarkistetaan", "Review";
    AGREED_BY = "Hyväksyjät", "Agreed by";
    ADD_RULE = "+ Lisää sääntö", "+ Add a rule";
    RULE_ROW = "sääntö {n}", "rule {n}";
    AREA_ROW = "alue {n}", "area {n}";
    AREA_OF = "Alue, sääntö {n}", "Area, rule {n}";
    RULE_N = "Sääntö {n}", "Rule {n}";
    AGREED_OF = "Sovittu, sääntö {n}", "Agreed, rule {n}";
    REVIEW_OF = "Tarkistetaan, sääntö {n}", "Review, rule {n}";
    AGREED_BY_OF = "hyväksyjät, sääntö {n}", "agreed by, rule {n}";
    AREAS_LIST = "Pelisääntöjen alueet (muokattava luettelo)", "Rule areas (editable list)";
    AREA_FI = "Suomeksi", "In Finnish";
    AREA_EN = "Englanniksi", "In English";
    AREA_FI_N = "Alue {n} suomeksi", "Area {n} in Finnish";
    AREA_EN_N = "Alue {n} englanniksi", "Area {n} in English";
    ADD_AREA = "+ Lisää alue", "+ Add an area";
    NEW_AREA = "Uusi alue", "New area";
    AREA_IN_USE = "Alue on käytössä {count} säännössä, joten sitä ei voi poistaa.", "The area is used by {count} rules, so it cannot be deleted.";
}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut ConditionsPhase| {
        let mut step = false;
        members(ui, cx.project, data, &mut step, cx.lang);
        rules(ui, cx.project, data, &mut step, cx.lang);
        step
    });
    kit::edit(ui, cx, |ui, cx, catalogs: &mut Catalogs| {
        rule_areas(ui, cx.project, catalogs, cx.lang)
    });
}

fn members(ui: &mut egui::Ui, project: &Project, data: &mut ConditionsPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, MEMBERS.get(lang));
    ui.label(egui::RichText::new(MEMBERS_HELP.get(lang)).weak());
    if data.members.is_empty() {
        ui.label(NO_MEMBERS.get(lang));
    } else {
        let accepted = data.members.iter().filter(|m| m.accepted).count();
        ui.label(ACCEPTED_SUMMARY.fmt(lang, &[("accepted", &accepted), ("count", &data.members.len())]));
    }
    let len = data.members.len();
    let mut op = None;
    for (i, record) in data.members.iter_mut().enumerate() {
        ui.push_id(("member_conditions", i), |ui| {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(10, 6))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    if let Some(o) = member_card(ui, project, record, i, len, lang) {
                        op = Some(o);
                    }
                });
        });
        ui.add_space(4.0);
    }
    if let Some(op) = op {
        op.apply(&mut data.members);
        *step = true;
    }
    ui.horizontal(|ui| {
        let missing: Vec<ActorId> = project
            .actors
            .iter()
            .map(|a| a.id)
            .filter(|id| !data.members.iter().any(|m| m.member == *id))
            .collect();
        let options = kit::actor_options_of(project, missing);
        if let Some(member) = kit::actor_menu(ui, ADD_MEMBER.get(lang), &options, kit::no_actors_left(project, lang)) {
            data.members.push(MemberConditions {
                member,
                ..MemberConditions::default()
            });
            *step = true;
        }
        let core: Vec<ActorId> = project
            .core_members()
            .into_iter()
            .filter(|id| !data.members.iter().any(|m| m.member == *id))
            .collect();
        if !ui.is_read_only()
            && ui
                .add_enabled(!core.is_empty(), egui::Button::new(ADD_CORE.get(lang)))
                .on_hover_text(ADD_CORE_HELP.get(lang))
                .clicked()
        {
            data.members.extend(core.into_iter().map(|member| MemberConditions {
                member,
                ..MemberConditions::default()
            }));
            *step = true;
        }
    });
}

/// One member's record as a collapsible card; returns a move or delete asked for.
fn member_card(
    ui: &mut egui::Ui,
    project: &Project,
    record: &mut MemberConditions,
    i: usize,
    len: usize,
    lang: Lang,
) -> Option<RowOp> {
    let name = project.actor_name(record.member);
    let mark = if record.accepted {
        ACCEPTED_MARK
    } else {
        NOT_ACCEPTED_MARK
    };
    let title = egui::RichText::new(format!("{}. {name}   {}", i + 1, mark.get(lang))).strong();
    let mut op = None;
    egui::CollapsingHeader::new(title)
        .id_salt("card")
        .default_open(true)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(MEMBER.get(lang));
                kit::actor_choice(
                    ui,
                    "member",
                    &MEMBER_N.fmt(lang, &[("n", &(i + 1))]),
                    project,
                    lang,
                    &mut record.member,
                    200.0,
                );
                ui.add_space(12.0);
                if !ui.is_read_only() {
                    let check = ui.checkbox(&mut record.accepted, ACCEPTED.get(lang));
                    let label = ACCEPTED_OF.fmt(lang, &[("name", &name)]);
                    check.widget_info(|| {
                        egui::WidgetInfo::selected(egui::WidgetType::Checkbox, true, record.accepted, &label)
                    });
                }
                ui.add_space(12.0);
                if let Some(o) = kit::row_controls(ui, lang, &MEMBER_ROW.fmt(lang, &[("n", &(i + 1))]), i, len) {
                    op = Some(o);
                }
            });
            let fields: [(crate::i18n::Tr, &mut String); 7] = [
                (EXPECTATIONS, &mut record.expectations),
                (CONTRIBUTIONS, &mut record.contributions),
                (RESOURCES, &mut record.resources),
                (NON_NEGOTIABLES, &mut record.non_negotiables),
                (CONFLICTS, &mut record.conflicts_of_interest),
                (CONFIDENTIALITY, &mut record.confidentiality),
                (EXIT_TRIGGERS, &mut record.exit_triggers),
            ];
            let column_width = ((ui.available_width() - 16.0) / 2.0).max(200.0);
            egui::Grid::new("fields")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .min_col_width(column_width)
                .show(ui, |ui| {
                    for (k, (label, value)) in fields.into_iter().enumerate() {
                        ui.vertical(|ui| {
                            ui.set_width(column_width);
                            let accessible = format!("{} – {name}", label.get(lang));
                            kit::named_area(ui, label.get(lang), &accessible, value, 2);
                        });
                        if k % 2 == 1 {
                            ui.end_row();
                        }
                    }
                    ui.end_row();
                });
        });
    op
}

fn rules(ui: &mut egui::Ui, project: &Project, data: &mut ConditionsPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, RULES.get(lang));
    let areas = &project.catalogs.rule_areas;
    // The rule text takes what the other columns leave.
    let widths = kit::column_widths(
        ui,
        &[
            28.0,
            190.0,
            kit::FLEX,
            kit::DATE_W,
            kit::DATE_W,
            210.0,
            kit::ROW_CONTROLS_WIDTH,
        ],
        220.0,
    );
    let columns = kit::Columns {
        widths: &widths,
        titles: &[
            AREA.get(lang),
            RULE.get(lang),
            AGREED.get(lang),
            REVIEW.get(lang),
            AGREED_BY.get(lang),
        ],
        empty: Some(NO_RULES.get(lang)),
    };
    let row_name = |i: usize| RULE_ROW.fmt(lang, &[("n", &(i + 1))]);
    let op = kit::row_table(ui, lang, &columns, &mut data.rules, row_name, |row, i, rule| {
        let n = i + 1;
        *step |= row
            .cell(|ui| {
                let label = AREA_OF.fmt(lang, &[("n", &n)]);
                kit::catalog_choice(ui, ("area", &label), &label, areas, lang, &mut rule.area, 180.0)
            })
            .changed();
        row.cell(|ui| kit::cell_area(ui, &RULE_N.fmt(lang, &[("n", &n)]), &mut rule.text, widths[2]));
        row.cell(|ui| kit::date_cell(ui, &AGREED_OF.fmt(lang, &[("n", &n)]), &mut rule.agreed));
        row.cell(|ui| kit::date_cell(ui, &REVIEW_OF.fmt(lang, &[("n", &n)]), &mut rule.review));
        let agreed_by = AGREED_BY_OF.fmt(lang, &[("n", &n)]);
        *step |= row.cell(|ui| {
            kit::actor_set(
                ui,
                "agreed_by",
                &agreed_by,
                kit::SetMenu::Add,
                project,
                lang,
                &mut rule.agreed_by,
            )
        });
        kit::RowEnd::default()
    });
    *step |= op.is_some();
    if kit::add_button(ui, ADD_RULE.get(lang)) {
        data.rules.push(GroundRule {
            area: areas.first_key(),
            ..GroundRule::default()
        });
        *step = true;
    }
}

/// The editable list of rule areas, folded away by default.
fn rule_areas(ui: &mut egui::Ui, project: &Project, catalogs: &mut Catalogs, lang: Lang) -> bool {
    let mut step = false;
    egui::CollapsingHeader::new(AREAS_LIST.get(lang))
        .id_salt("rule_areas")
        .default_open(false)
        .show(ui, |ui| {
            let texts = lists::ItemTexts {
                fi: AREA_FI,
                en: AREA_EN,
                fi_n: AREA_FI_N,
                en_n: AREA_EN_N,
                row: AREA_ROW,
                in_use: AREA_IN_USE,
            };
            step |= lists::catalog_table(ui, project, "rule_areas", &mut catalogs.rule_areas, &texts, lang);
            if kit::add_button(ui, ADD_AREA.get(lang)) {
                lists::add_item(&mut catalogs.rule_areas, NEW_AREA, false);
                step = true;
            }
        });
    step
}
