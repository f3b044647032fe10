//! The criteria table: level, statement in both languages and weight of each criterion, and
//! restoring the method's defaults.

use super::*;

pub(super) fn criteria_section(
    ui: &mut egui::Ui,
    project: &Project,
    data: &mut EvaluationPhase,
    step: &mut bool,
    lang: Lang,
) {
    ui.add_space(10.0);
    let title = RichText::new(CRITERIA_TITLE.fmt(lang, &[("count", &data.criteria.len())]))
        .heading()
        .size(18.0);
    egui::CollapsingHeader::new(title)
        .id_salt("criteria")
        .default_open(data.rounds.is_empty())
        .show(ui, |ui| {
            ui.label(RichText::new(CRITERIA_HELP.get(lang)).weak());
            let fixed = 28.0 + 190.0 + 110.0 + kit::ROW_CONTROLS_WIDTH;
            let text_width = kit::flexible_width(ui, fixed, 6, 2, 200.0);
            let columns = kit::Columns {
                widths: &[28.0, 190.0, text_width, text_width, 110.0, kit::ROW_CONTROLS_WIDTH],
                titles: &[
                    LEVEL.get(lang),
                    IN_FINNISH.get(lang),
                    IN_ENGLISH.get(lang),
                    WEIGHT.get(lang),
                ],
                empty: None,
            };
            let row_name = |i: usize| CRITERION_ROW.fmt(lang, &[("n", &(i + 1))]);
            let op = kit::row_table(ui, lang, &columns, &mut data.criteria, row_name, |r, i, criterion| {
                let n = i + 1;
                let level_text = |l: EvalLevel| format!("{} – {}", l.code().get(lang), l.label().get(lang));
                let label = LEVEL_N.fmt(lang, &[("n", &n)]);
                *step |= r
                    .cell(|ui| {
                        let look = kit::Look::default();
                        kit::value_choice(
                            ui,
                            ("level", i),
                            &label,
                            &mut criterion.level,
                            EvalLevel::ALL,
                            look,
                            level_text,
                        )
                    })
                    .changed();
                r.cell(|ui| kit::cell_area(ui, &FI_N.fmt(lang, &[("n", &n)]), &mut criterion.fi, text_width));
                r.cell(|ui| kit::cell_area(ui, &EN_N.fmt(lang, &[("n", &n)]), &mut criterion.en, text_width));
                let label = WEIGHT_N.fmt(lang, &[("n", &n)]);
                *step |= r
                    .cell(|ui| kit::scale(ui, &label, &mut criterion.weight, 1, 3))
                    .changed();
                kit::RowEnd {
                    hover: Some(DELETE_CRITERION_HELP.get(lang).to_owned()),
                    ..kit::RowEnd::default()
                }
            });
            if let Some(op) = op {
                if op.is_delete() {
                    data.prune_ratings();
                }
                *step = true;
            }
            ui.horizontal(|ui| {
                if kit::add_button(ui, ADD_CRITERION.get(lang)) {
                    data.criteria.push(Criterion {
                        id: project.next_criterion_id(),
                        level: EvalLevel::Network,
                        fi: String::new(),
                        en: String::new(),
                        weight: 1,
                    });
                    *step = true;
                }
                let defaults = default_criteria();
                let explain = RESTORE_EXPLAIN.fmt(lang, &[("count", &data.ratings_lost_by(&defaults))]);
                let enabled = data.criteria != defaults;
                if kit::confirm_menu(
                    ui,
                    enabled,
                    RESTORE_DEFAULTS.get(lang),
                    &explain,
                    RESTORE_CONFIRM.get(lang),
                ) {
                    data.criteria = defaults;
                    data.prune_ratings();
                    *step = true;
                }
            });
        });
}
