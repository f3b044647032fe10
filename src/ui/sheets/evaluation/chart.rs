//! The results of the selected round: the bar chart of criterion means and, beside it, the
//! map's structure from the shared analysis.

use super::*;

pub(super) fn results_section(
    ui: &mut egui::Ui,
    project: &Project,
    analysis: Option<&Analysed>,
    data: &EvaluationPhase,
    view: &EvalView,
    lang: Lang,
) {
    let Some(index) = data.rounds.iter().position(|r| Some(r.id) == view.round) else {
        return;
    };
    let round = &data.rounds[index];
    kit::section(ui, &RESULTS.fmt(lang, &[("round", &round_label(round, index, lang))]));
    let metrics_width = 260.0;
    let total = ui.available_width();
    if total >= 860.0 {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                let width = (total - metrics_width - 24.0).min(760.0);
                ui.set_width(width);
                chart(ui, &data.criteria, round, index, lang, width);
            });
            ui.add_space(16.0);
            ui.vertical(|ui| {
                ui.set_width(metrics_width);
                map_panel(ui, project, analysis, lang);
            });
        });
    } else {
        chart(ui, &data.criteria, round, index, lang, total);
        map_panel(ui, project, analysis, lang);
    }
}

/// Horizontal bars of the criterion means on the 1–5 scale, grouped by level, each with its
/// spread, mean and number of ratings printed beside it.
fn chart(ui: &mut egui::Ui, criteria: &[Criterion], round: &EvaluationRound, index: usize, lang: Lang, width: f32) {
    if criteria.is_empty() {
        ui.label(NO_CRITERIA.get(lang));
        return;
    }
    let overall = stats::overall_stats(round, criteria);
    ui.label(
        RichText::new(LEVEL_SUMMARY.fmt(
            lang,
            &[
                ("level", &ALL_CRITERIA.get(lang)),
                ("mean", &stats::format_number(overall.mean, 2, lang)),
                ("sd", &stats::format_number(overall.sd, 2, lang)),
                ("n", &overall.n),
            ],
        ))
        .strong(),
    );
    let groups: Vec<(EvalLevel, Vec<(usize, &Criterion)>)> = EvalLevel::ALL
        .iter()
        .map(|&level| {
            (
                level,
                criteria
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.level == level)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, list)| !list.is_empty())
        .collect();
    let row_h = 24.0;
    let group_h = 30.0;
    let axis_h = 22.0;
    let body = egui::FontId::proportional(13.5);
    let text_colour = ui.visuals().text_color();
    let label_w = (width * 0.42).clamp(160.0, 320.0);
    // Each criterion's name wraps in its column (a long one on two or three lines); its row
    // grows to fit it.
    let labels: Vec<Vec<std::sync::Arc<egui::Galley>>> = groups
        .iter()
        .map(|(_, list)| {
            list.iter()
                .map(|(i, criterion)| {
                    let label = format!("{}. {}", i + 1, criterion_text(criterion, lang));
                    let mut job = egui::text::LayoutJob::single_section(
                        label,
                        egui::TextFormat::simple(body.clone(), text_colour),
                    );
                    job.wrap = egui::text::TextWrapping {
                        max_width: label_w - 8.0,
                        ..Default::default()
                    };
                    ui.fonts_mut(|f| f.layout_job(job))
                })
                .collect()
        })
        .collect();
    let row_height = |galley: &egui::Galley| (galley.size().y + 8.0).max(row_h);
    let height = axis_h
        + labels
            .iter()
            .map(|list| group_h + list.iter().map(|g| row_height(g)).sum::<f32>())
            .sum::<f32>()
        + 6.0;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let name = CHART_NAME.fmt(lang, &[("round", &round_label(round, index, lang))]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, &name));
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let weak = visuals.weak_text_color();
    let grid_colour = visuals.widgets.noninteractive.bg_stroke.color;
    let small = egui::FontId::proportional(11.5);
    // The heading's family is the bold face once the fonts are installed (not in the very first frame).
    let bold = egui::FontId::new(14.5, egui::TextStyle::Heading.resolve(ui.style()).family);

    let value_w = 120.0;
    let bar_left = rect.left() + label_w + 8.0;
    let bar_right = rect.right() - value_w;
    let x_of = |v: f64| bar_left + (bar_right - bar_left) * (v.clamp(0.0, 5.0) / 5.0) as f32;

    // The axis: ticks 1–5 at the top, faint grid lines down the whole chart.
    for tick in 1..=5 {
        let x = x_of(f64::from(tick));
        painter.line_segment(
            [egui::pos2(x, rect.top() + axis_h - 4.0), egui::pos2(x, rect.bottom())],
            egui::Stroke::new(1.0, grid_colour),
        );
        painter.text(
            egui::pos2(x, rect.top() + 2.0),
            egui::Align2::CENTER_TOP,
            tick.to_string(),
            small.clone(),
            weak,
        );
    }
    painter.line_segment(
        [
            egui::pos2(bar_left, rect.top() + axis_h - 4.0),
            egui::pos2(bar_left, rect.bottom()),
        ],
        egui::Stroke::new(1.0, weak),
    );

    let mut y = rect.top() + axis_h;
    let mut hovered: Option<String> = None;
    let pointer = response.hover_pos();
    for ((level, list), galleys) in groups.iter().zip(&labels) {
        let s = stats::level_stats(round, criteria, *level);
        let title = LEVEL_SUMMARY.fmt(
            lang,
            &[
                ("level", &level.label().get(lang)),
                ("mean", &stats::format_number(s.mean, 2, lang)),
                ("sd", &stats::format_number(s.sd, 2, lang)),
                ("n", &s.n),
            ],
        );
        let swatch =
            egui::Rect::from_min_size(egui::pos2(rect.left(), y + group_h / 2.0 - 5.0), egui::vec2(10.0, 10.0));
        painter.rect_filled(swatch, 2.0, level_colour(*level));
        painter.text(
            egui::pos2(rect.left() + 16.0, y + group_h / 2.0),
            egui::Align2::LEFT_CENTER,
            title,
            bold.clone(),
            text_colour,
        );
        y += group_h;
        for ((_, criterion), galley) in list.iter().zip(galleys) {
            let s = stats::criterion_stats(round, criterion.id);
            let h = row_height(galley);
            let row = egui::Rect::from_min_size(egui::pos2(rect.left(), y), egui::vec2(width, h));
            let centre = row.center().y;
            let label = galley.text().to_owned();
            let galley = galley.clone();
            painter.galley(
                egui::pos2(rect.left() + 8.0, centre - galley.size().y / 2.0),
                galley,
                text_colour,
            );
            if let (Some(mean), Some(sd)) = (s.mean, s.sd) {
                let bar =
                    egui::Rect::from_min_max(egui::pos2(bar_left, centre - 7.0), egui::pos2(x_of(mean), centre + 7.0));
                painter.rect_filled(bar, 2.0, level_colour(criterion.level));
                if sd > 0.0 {
                    let stroke = egui::Stroke::new(1.5, text_colour);
                    let (lo, hi) = (x_of(mean - sd), x_of(mean + sd));
                    painter.line_segment([egui::pos2(lo, centre), egui::pos2(hi, centre)], stroke);
                    for x in [lo, hi] {
                        painter.line_segment([egui::pos2(x, centre - 4.0), egui::pos2(x, centre + 4.0)], stroke);
                    }
                }
            }
            let value = format!("{}  (n = {})", stats::format_number(s.mean, 2, lang), s.n);
            painter.text(
                egui::pos2(bar_right + 8.0, centre),
                egui::Align2::LEFT_CENTER,
                value,
                body.clone(),
                text_colour,
            );
            if pointer.is_some_and(|p| row.contains(p)) {
                hovered = Some(format!(
                    "{label}\n{}: {} · {}: {} · n = {}",
                    MEAN.get(lang),
                    stats::format_number(s.mean, 2, lang),
                    SD.get(lang),
                    stats::format_number(s.sd, 2, lang),
                    s.n
                ));
            }
            y += h;
        }
    }
    if let Some(text) = hovered {
        response.on_hover_text_at_pointer(text);
    }
    ui.label(RichText::new(CHART_LEGEND.get(lang)).weak().small());
}

/// Density, components, isolates and brokers of the map, beside the ratings.
fn map_panel(ui: &mut egui::Ui, project: &Project, analysis: Option<&Analysed>, lang: Lang) {
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(MAP_NOW.get(lang)).strong().size(16.0));
        if project.actors.is_empty() {
            ui.label(RichText::new(MAP_EMPTY.get(lang)).weak());
            return;
        }
        // The shared cache analyses large maps on a background thread; until the first result
        // is ready the panel says so instead of computing it here.
        let Some(analysed) = analysis else {
            ui.label(RichText::new(MAP_PENDING.get(lang)).weak().italics());
            return;
        };
        let m = &analysed.metrics;
        let list = |ids: &[crate::model::ActorId]| {
            if ids.is_empty() {
                NONE.get(lang).to_owned()
            } else {
                kit::names(project, ids, lang)
            }
        };
        egui::Grid::new("map_metrics")
            .num_columns(2)
            .spacing([10.0, 4.0])
            .show(ui, |ui| {
                ui.label(MAP_ACTORS.get(lang));
                ui.label(RichText::new(project.actors.len().to_string()).strong());
                ui.end_row();
                ui.label(MAP_RELATIONS.get(lang));
                ui.label(RichText::new(m.edge_count.to_string()).strong());
                ui.end_row();
                ui.label(MAP_DENSITY.get(lang));
                ui.label(RichText::new(stats::format_number(Some(m.density), 2, lang)).strong());
                ui.end_row();
                ui.label(MAP_COMPONENTS.get(lang));
                ui.label(RichText::new(m.components.len().to_string()).strong());
                ui.end_row();
            });
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{} ({})", MAP_ISOLATES.get(lang), m.isolates.len())).strong());
        ui.label(list(&m.isolates));
        ui.label(RichText::new(format!("{} ({})", MAP_BROKERS.get(lang), m.brokers.len())).strong());
        ui.label(list(&m.brokers));
        ui.add_space(4.0);
        ui.label(RichText::new(MAP_HELP.get(lang)).weak().small());
    });
}
