//! The comparison of two rounds: criterion and level means side by side with the change.

use super::*;

pub(super) fn comparison_section(ui: &mut egui::Ui, data: &EvaluationPhase, view: &mut EvalView, lang: Lang) {
    kit::section(ui, COMPARE.get(lang));
    if data.rounds.len() < 2 {
        ui.label(COMPARE_NEEDS_TWO.get(lang));
        return;
    }
    let options: Vec<Option<RoundId>> = data.rounds.iter().map(|r| Some(r.id)).collect();
    let text = |id: Option<RoundId>| {
        data.rounds
            .iter()
            .position(|r| Some(r.id) == id)
            .map_or_else(String::new, |i| round_label(&data.rounds[i], i, lang))
    };
    ui.horizontal(|ui| {
        let (earlier, later) = (EARLIER.get(lang), LATER.get(lang));
        let captions = [(earlier, earlier), (later, later)];
        kit::choice_pair(
            ui,
            captions,
            [&mut view.earlier, &mut view.later],
            &options,
            kit::Look::default(),
            text,
        );
    });
    let find = |id: Option<RoundId>| data.rounds.iter().find(|r| Some(r.id) == id);
    let (Some(earlier), Some(later)) = (find(view.earlier), find(view.later)) else {
        return;
    };
    let deltas = stats::compare_rounds(earlier, later, &data.criteria);
    // The criterion's text wraps in what the four figure columns leave.
    let text_width = (ui.available_width() - 340.0).clamp(200.0, 460.0);
    egui::Grid::new("comparison")
        .striped(true)
        .num_columns(5)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            kit::column_title(ui, "#");
            kit::column_title(ui, CRITERION.get(lang));
            kit::column_title(ui, &text(view.earlier));
            kit::column_title(ui, &text(view.later));
            kit::column_title(ui, CHANGE.get(lang));
            ui.end_row();
            for (i, (criterion, delta)) in data.criteria.iter().zip(&deltas).enumerate() {
                ui.label(format!("{}. {}", i + 1, criterion.level.code().get(lang)));
                kit::wrapped_text(ui, criterion_text(criterion, lang), text_width);
                comparison_cells(ui, delta.before, delta.after, lang);
                ui.end_row();
            }
            for level in EvalLevel::ALL {
                if !data.criteria.iter().any(|c| c.level == *level) {
                    continue;
                }
                ui.label("");
                ui.label(RichText::new(LEVEL_ROW.fmt(lang, &[("level", &level.label().get(lang))])).strong());
                let before = stats::level_stats(earlier, &data.criteria, *level);
                let after = stats::level_stats(later, &data.criteria, *level);
                comparison_cells(ui, before, after, lang);
                ui.end_row();
            }
            ui.label("");
            ui.label(RichText::new(ALL_CRITERIA.get(lang)).strong());
            comparison_cells(
                ui,
                stats::overall_stats(earlier, &data.criteria),
                stats::overall_stats(later, &data.criteria),
                lang,
            );
            ui.end_row();
        });
}

fn comparison_cells(ui: &mut egui::Ui, before: Stats, after: Stats, lang: Lang) {
    ui.label(stats::format_number(before.mean, 2, lang));
    ui.label(stats::format_number(after.mean, 2, lang));
    let change = stats::change(before, after);
    // The arrow carries the direction; colour only repeats it.
    let (arrow, colour) = match change.map(stats::direction) {
        Some(Direction::Up) => ("▲", Color32::from_rgb(0x00, 0x9E, 0x73)),
        Some(Direction::Down) => ("▼", Color32::from_rgb(0xD5, 0x5E, 0x00)),
        Some(Direction::Same) => ("=", ui.visuals().text_color()),
        None => ("", ui.visuals().weak_text_color()),
    };
    let text = format!("{arrow} {}", stats::format_change(change, lang));
    ui.label(RichText::new(text.trim()).color(colour).strong());
}
