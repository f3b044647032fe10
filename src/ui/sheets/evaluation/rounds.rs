//! Evaluation rounds: choosing, adding and deleting a round, its respondents, and the ratings
//! matrix of criteria × respondents.

use super::*;

pub(super) fn rounds_section(
    ui: &mut egui::Ui,
    project: &Project,
    data: &mut EvaluationPhase,
    view: &mut EvalView,
    step: &mut bool,
    lang: Lang,
) {
    kit::section(ui, ROUNDS.get(lang));
    if data.rounds.is_empty() {
        ui.label(NO_ROUNDS.get(lang));
    }
    ui.horizontal(|ui| {
        if !data.rounds.is_empty() {
            ui.label(ROUND.get(lang));
            let options: Vec<Option<RoundId>> = data.rounds.iter().map(|r| Some(r.id)).collect();
            let rounds = &data.rounds;
            let text = |id: Option<RoundId>| {
                rounds
                    .iter()
                    .position(|r| Some(r.id) == id)
                    .map_or_else(String::new, |i| round_label(&rounds[i], i, lang))
            };
            kit::value_choice(
                ui,
                "round",
                CHOOSE_ROUND.get(lang),
                &mut view.round,
                &options,
                kit::Look::default(),
                text,
            );
        }
        if kit::add_button(ui, ADD_ROUND.get(lang)) {
            let id = project.next_round_id();
            let n = data.rounds.len() + 1;
            data.rounds.push(EvaluationRound {
                id,
                name: NEW_ROUND.fmt(lang, &[("n", &n)]),
                date: Some(Date::today()),
                ..EvaluationRound::default()
            });
            view.round = Some(id);
            view.earlier = view.later;
            view.later = Some(id);
            *step = true;
        }
        if let Some(index) = data.rounds.iter().position(|r| Some(r.id) == view.round) {
            let round = &data.rounds[index];
            let explain = DELETE_ROUND_EXPLAIN.fmt(
                lang,
                &[
                    ("name", &round_label(round, index, lang)),
                    ("count", &round.ratings.len()),
                ],
            );
            if kit::confirm_menu(
                ui,
                true,
                DELETE_ROUND.get(lang),
                &explain,
                DELETE_ROUND_CONFIRM.get(lang),
            ) {
                data.rounds.remove(index);
                *step = true;
            }
        }
    });
    let Some(index) = data.rounds.iter().position(|r| Some(r.id) == view.round) else {
        return;
    };
    let others: Vec<(String, Vec<Respondent>)> = data
        .rounds
        .iter()
        .enumerate()
        .filter(|(i, r)| *i != index && !r.respondents.is_empty())
        .map(|(i, r)| (round_label(r, i, lang), r.respondents.clone()))
        .collect();
    let EvaluationPhase { criteria, rounds, .. } = data;
    let round = &mut rounds[index];
    ui.add_space(4.0);
    egui::Grid::new("round_details")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            ui.label(NAME.get(lang));
            kit::text_cell(ui, ROUND_NAME.get(lang), &mut round.name, 280.0);
            ui.end_row();
            ui.label(DATE.get(lang));
            kit::date_cell(ui, ROUND_DATE.get(lang), &mut round.date);
            ui.end_row();
        });
    respondents(ui, project, round, others.last(), step, lang);
    ratings_matrix(ui, criteria, round, step, lang);
    ui.add_space(6.0);
    kit::text_area(ui, WORKED.get(lang), &mut round.worked);
    kit::text_area(ui, DID_NOT_WORK.get(lang), &mut round.did_not_work);
    kit::text_area(ui, SUGGESTIONS.get(lang), &mut round.suggestions);
}

fn respondents(
    ui: &mut egui::Ui,
    project: &Project,
    round: &mut EvaluationRound,
    previous: Option<&(String, Vec<Respondent>)>,
    step: &mut bool,
    lang: Lang,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(RESPONDENTS.get(lang)).strong().size(16.0));
    let columns = kit::Columns {
        widths: &[28.0, 230.0, 290.0, kit::ROW_CONTROLS_WIDTH],
        titles: &[NAME.get(lang), SPEAKS_FOR.get(lang)],
        empty: Some(NO_RESPONDENTS.get(lang)),
    };
    let row_name = |i: usize| RESPONDENT_ROW.fmt(lang, &[("n", &(i + 1))]);
    let op = kit::row_table(
        ui,
        lang,
        &columns,
        &mut round.respondents,
        row_name,
        |r, i, respondent| {
            let n = i + 1;
            let label = RESPONDENT_NAME_N.fmt(lang, &[("n", &n)]);
            r.cell(|ui| kit::text_cell(ui, &label, &mut respondent.name, 220.0));
            let before = respondent.actor;
            let label = RESPONDENT_ACTOR_N.fmt(lang, &[("n", &n)]);
            let chosen = r.cell(|ui| {
                kit::optional_actor_choice(ui, ("actor", i), &label, project, lang, &mut respondent.actor, 280.0)
            });
            if chosen.changed() {
                *step = true;
                // A respondent without a name takes the member's name.
                if let (None, Some(actor)) = (before, respondent.actor)
                    && respondent.name.trim().is_empty()
                {
                    respondent.name = project.actor_name(actor);
                }
            }
            kit::RowEnd::default()
        },
    );
    if let Some(op) = op {
        if op.is_delete() {
            round.prune_respondent_ratings();
        }
        *step = true;
    }
    ui.horizontal(|ui| {
        if kit::add_button(ui, ADD_RESPONDENT.get(lang)) {
            round.add_respondent(String::new(), None);
            *step = true;
        }
        if round.respondents.is_empty() {
            let core = project.core_members();
            if !ui.is_read_only()
                && ui
                    .add_enabled(!core.is_empty(), egui::Button::new(ADD_CORE_RESPONDENTS.get(lang)))
                    .clicked()
            {
                for actor in core {
                    round.add_respondent(project.actor_name(actor), Some(actor));
                }
                *step = true;
            }
            if let Some((name, list)) = previous
                && !ui.is_read_only()
                && ui.button(COPY_RESPONDENTS.fmt(lang, &[("name", name)])).clicked()
            {
                round.respondents = list.clone();
                *step = true;
            }
        }
    });
}

fn ratings_matrix(ui: &mut egui::Ui, criteria: &[Criterion], round: &mut EvaluationRound, step: &mut bool, lang: Lang) {
    ui.add_space(6.0);
    ui.label(RichText::new(RATINGS.get(lang)).strong().size(16.0));
    if round.respondents.is_empty() || criteria.is_empty() {
        return;
    }
    ui.label(RichText::new(RATINGS_HELP.get(lang)).weak());
    let names: Vec<String> = round
        .respondents
        .iter()
        .enumerate()
        .map(|(i, r)| respondent_name(r, i, lang))
        .collect();
    let respondents: Vec<RespondentId> = round.respondents.iter().map(|r| r.id).collect();
    // The criterion's text wraps in its column; the figures come right after it, so they stay
    // in view however many respondents there are (their columns scroll sideways).
    let text_width = (ui.available_width() - 360.0 - 102.0 * names.len() as f32).clamp(220.0, 380.0);
    crate::ui::kit::scroll::horizontal(ui, egui::ScrollArea::horizontal().id_salt("ratings_scroll"), |ui| {
        egui::Grid::new("ratings")
            .striped(true)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                kit::column_title(ui, "#");
                kit::column_title(ui, CRITERION.get(lang));
                kit::column_title(ui, N.get(lang));
                kit::column_title(ui, MEAN.get(lang));
                ui.label(RichText::new(SD.get(lang)).strong())
                    .on_hover_text(SD_HELP.get(lang));
                for name in &names {
                    kit::wrapped_text(ui, RichText::new(name).strong(), 96.0);
                }
                ui.end_row();
                for (i, criterion) in criteria.iter().enumerate() {
                    let n = i + 1;
                    ui.label(
                        RichText::new(format!("{n}. {}", criterion.level.code().get(lang)))
                            .color(level_colour(criterion.level))
                            .strong(),
                    );
                    kit::wrapped_text(ui, criterion_text(criterion, lang), text_width);
                    stats_cells(ui, stats::criterion_stats(round, criterion.id), lang);
                    for (k, &respondent) in respondents.iter().enumerate() {
                        ui.push_id(("cell", criterion.id, respondent), |ui| {
                            *step |= rating_cell(ui, &mut round.ratings, respondent, criterion, n, &names[k], lang);
                        });
                    }
                    ui.end_row();
                }
                for level in EvalLevel::ALL {
                    if !criteria.iter().any(|c| c.level == *level) {
                        continue;
                    }
                    ui.label("");
                    ui.label(RichText::new(LEVEL_ROW.fmt(lang, &[("level", &level.label().get(lang))])).strong());
                    stats_cells(ui, stats::level_stats(round, criteria, *level), lang);
                    ui.end_row();
                }
                ui.label("");
                ui.label(RichText::new(ALL_CRITERIA.get(lang)).strong());
                stats_cells(ui, stats::overall_stats(round, criteria), lang);
                ui.end_row();
            });
    });
}

fn stats_cells(ui: &mut egui::Ui, s: Stats, lang: Lang) {
    ui.label(s.n.to_string());
    ui.label(RichText::new(stats::format_number(s.mean, 2, lang)).strong());
    ui.label(stats::format_number(s.sd, 2, lang));
}

/// One cell of the ratings matrix: the score (or n/a) on a tint that deepens with the score,
/// a corner mark for a comment; clicking opens a menu of the scores and the comment.
fn rating_cell(
    ui: &mut egui::Ui,
    ratings: &mut Vec<Rating>,
    respondent: RespondentId,
    criterion: &Criterion,
    n: usize,
    name: &str,
    lang: Lang,
) -> bool {
    let position = ratings
        .iter()
        .position(|r| r.respondent == respondent && r.criterion == criterion.id);
    let current: Option<Option<u8>> = position.map(|p| ratings[p].score);
    let comment = position.map(|p| ratings[p].comment.clone()).unwrap_or_default();
    let (text, value) = match current {
        Some(Some(s)) => (s.to_string(), s.to_string()),
        Some(None) => (NA_SHORT.get(lang).to_owned(), NA_SHORT.get(lang).to_owned()),
        None => ("·".to_owned(), NO_ANSWER.get(lang).to_owned()),
    };
    let fill = match current {
        Some(Some(s)) => {
            let teal = style::NETWORK_HUES[2];
            Color32::from_rgba_unmultiplied(teal.r(), teal.g(), teal.b(), 30 + 30 * s.min(5))
        }
        _ => ui.visuals().extreme_bg_color,
    };
    let label = CELL.fmt(lang, &[("n", &n), ("name", &name)]);
    let button = egui::Button::new(RichText::new(text).strong())
        .fill(fill)
        .min_size(egui::vec2(56.0, 24.0));
    let config =
        egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    let mut changed = false;
    let (response, _) = egui::containers::menu::MenuButton::from_button(button)
        .config(config)
        .ui(ui, |ui| {
            ui.set_min_width(260.0);
            ui.set_max_width(340.0);
            ui.label(RichText::new(format!("{n}. {}", criterion_text(criterion, lang))).strong());
            ui.label(RichText::new(name).weak());
            ui.separator();
            let mut chosen: Option<Option<u8>> = None;
            for (k, score_label) in SCORES.iter().enumerate() {
                let score = u8::try_from(k + 1).unwrap_or(5);
                if ui
                    .selectable_label(current == Some(Some(score)), score_label.get(lang))
                    .clicked()
                {
                    chosen = Some(Some(score));
                }
            }
            if ui.selectable_label(current == Some(None), NA_LONG.get(lang)).clicked() {
                chosen = Some(None);
            }
            if let Some(score) = chosen {
                match position {
                    Some(p) => ratings[p].score = score,
                    None => ratings.push(Rating {
                        respondent,
                        criterion: criterion.id,
                        score,
                        comment: String::new(),
                    }),
                }
                changed = true;
                ui.close();
            }
            if ui
                .add_enabled(position.is_some(), egui::Button::new(CLEAR.get(lang)))
                .clicked()
                && let Some(p) = position
            {
                ratings.remove(p);
                changed = true;
                ui.close();
            }
            if !changed {
                ui.separator();
                ui.label(COMMENT.get(lang));
                match position {
                    Some(p) => {
                        let field = ui.add(
                            egui::TextEdit::multiline(&mut ratings[p].comment)
                                .desired_rows(3)
                                .desired_width(f32::INFINITY),
                        );
                        let comment_label = COMMENT_OF.fmt(lang, &[("n", &n), ("name", &name)]);
                        field.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, &comment_label)
                        });
                    }
                    None => {
                        ui.label(RichText::new(COMMENT_NEEDS_SCORE.get(lang)).weak());
                    }
                }
            }
        });
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &label);
        info.current_text_value = Some(value.clone());
        info
    });
    if !comment.trim().is_empty() {
        // A spreadsheet-style triangle in the top-right corner marks a comment.
        let r = response.rect;
        let size = 7.0;
        ui.painter().add(egui::Shape::convex_polygon(
            vec![
                r.right_top(),
                r.right_top() + egui::vec2(-size, 0.0),
                r.right_top() + egui::vec2(0.0, size),
            ],
            style::CURRENT_OUTLINE,
            egui::Stroke::NONE,
        ));
        response.on_hover_text(format!("{}: {}", COMMENT.get(lang), comment.trim()));
    }
    changed
}
