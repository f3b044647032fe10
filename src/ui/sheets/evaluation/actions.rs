//! The development actions: what, who, by when, and the phase or strategy area each belongs to.

use super::*;

/// The phases and strategy areas a development action can link to, as codes stored in the
/// file ("3" for phase 3, "7.2" for strategy area 2), with their names in `lang`.
fn link_options(lang: Lang) -> Vec<(String, String)> {
    let mut options = Vec::new();
    for (i, phase) in PHASES.iter().enumerate() {
        let n = i + 1;
        options.push((
            n.to_string(),
            PHASE_LINK.fmt(lang, &[("n", &n), ("name", &phase.name.get(lang))]),
        ));
        if n == 7 {
            for (k, (name, _)) in STRATEGY_AREAS.iter().enumerate() {
                let code = format!("7.{}", k + 1);
                options.push((
                    code.clone(),
                    AREA_LINK.fmt(lang, &[("n", &code), ("name", &name.get(lang))]),
                ));
            }
        }
    }
    options
}

/// The name shown for a link code; any other text is shown as it is.
fn link_label(code: &str, lang: Lang) -> String {
    if code.trim().is_empty() {
        return NO_LINK.get(lang).to_owned();
    }
    link_options(lang)
        .into_iter()
        .find(|(k, _)| k == code.trim())
        .map_or_else(|| code.to_owned(), |(_, name)| name)
}

/// A drop-down of the link codes, with "no link" first.
fn link_choice(ui: &mut egui::Ui, label: &str, value: &mut String, lang: Lang) -> egui::Response {
    let selected = link_label(value, lang);
    kit::choice(
        ui,
        ("link", label),
        label,
        value,
        selected,
        kit::Look::width(230.0),
        || {
            std::iter::once((String::new(), NO_LINK.get(lang).to_owned()))
                .chain(link_options(lang))
                .collect()
        },
    )
}

pub(super) fn actions_section(ui: &mut egui::Ui, data: &mut EvaluationPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, ACTIONS.get(lang));
    let widths = kit::column_widths(
        ui,
        &[28.0, kit::FLEX, 140.0, kit::DATE_W, 240.0, kit::ROW_CONTROLS_WIDTH],
        220.0,
    );
    let columns = kit::Columns {
        widths: &widths,
        titles: &[ACTION.get(lang), OWNER.get(lang), DUE.get(lang), LINK.get(lang)],
        empty: Some(NO_ACTIONS.get(lang)),
    };
    let row_name = |i: usize| ACTION_ROW.fmt(lang, &[("n", &(i + 1))]);
    let op = kit::row_table(ui, lang, &columns, &mut data.actions, row_name, |r, i, action| {
        let n = i + 1;
        r.cell(|ui| kit::cell_area(ui, &ACTION_N.fmt(lang, &[("n", &n)]), &mut action.action, widths[1]));
        r.cell(|ui| kit::text_cell(ui, &OWNER_N.fmt(lang, &[("n", &n)]), &mut action.owner, 140.0));
        r.cell(|ui| kit::date_cell(ui, &DUE_N.fmt(lang, &[("n", &n)]), &mut action.due));
        *step |= r
            .cell(|ui| link_choice(ui, &LINK_N.fmt(lang, &[("n", &n)]), &mut action.link, lang))
            .changed();
        kit::RowEnd::default()
    });
    *step |= op.is_some();
    if kit::add_button(ui, ADD_ACTION.get(lang)) {
        data.actions.push(DevelopmentAction::default());
        *step = true;
    }
}
