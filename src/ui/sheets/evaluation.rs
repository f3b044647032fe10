//! Phase 8. Evaluating the network's activity: the criteria, evaluation rounds with their
//! respondents and ratings, the computed means and spreads per criterion and level as a table
//! and a bar chart, the comparison of two rounds, what worked and what did not, the
//! development actions, and the map's structure beside the ratings.

use super::collaboration::{self as c, RowOp};
use crate::analysis::NetworkMetrics;
use crate::app::Outbox;
use crate::i18n::method::{PHASES, STRATEGY_AREAS};
use crate::i18n::{Lang, Tr};
use crate::model::evaluation_stats::{self as stats, Direction, Stats};
use crate::model::{
    Criterion, Date, DevelopmentAction, Edit, EvalLevel, EvaluationPhase, EvaluationRound, Project, Rating, Respondent,
    RespondentId, RoundId, default_criteria, next_id,
};
use crate::ui::{style, widgets};
use egui::{Color32, RichText};
use std::sync::Arc;

crate::messages! {
    CRITERIA_TITLE = "Arviointikriteerit ({count})", "Evaluation criteria ({count})";
    CRITERIA_HELP = "Taso: J = jäsen, V = verkosto, A = asiakkaat ja yhteisö. Paino 1–3 kertoo, kuinka paljon kriteeri painaa tasonsa keskiarvossa.", "Level: M = member, N = network, C = customers and community. The weight 1–3 sets how much a criterion counts in its level's mean.";
    LEVEL = "Taso", "Level";
    IN_FINNISH = "Suomeksi", "In Finnish";
    IN_ENGLISH = "Englanniksi", "In English";
    WEIGHT = "Paino", "Weight";
    LEVEL_N = "Taso, kriteeri {n}", "Level, criterion {n}";
    FI_N = "Kriteeri {n} suomeksi", "Criterion {n} in Finnish";
    EN_N = "Kriteeri {n} englanniksi", "Criterion {n} in English";
    WEIGHT_N = "Paino, kriteeri {n}", "Weight, criterion {n}";
    ADD_CRITERION = "+ Lisää kriteeri", "+ Add a criterion";
    CRITERION_ROW = "kriteeri {n}", "criterion {n}";
    RESPONDENT_ROW = "vastaaja {n}", "respondent {n}";
    ACTION_ROW = "kehittämistoimenpide {n}", "development action {n}";
    RESTORE_DEFAULTS = "Palauta oletuskriteerit…", "Restore default criteria…";
    RESTORE_EXPLAIN = "Kriteereiksi palautetaan menetelmän 18 oletuskriteeriä. Muiden kriteerien arviot poistetaan ({count} kpl). Voit perua tämän.", "The criteria are replaced by the method's 18 defaults. Ratings of other criteria are removed ({count} ratings). You can undo this.";
    RESTORE_CONFIRM = "Palauta oletuskriteerit", "Restore the default criteria";
    DELETE_CRITERION_HELP = "Kriteerin poistaminen poistaa myös sen arviot kaikilta kierroksilta.", "Deleting a criterion also deletes its ratings in every round.";

    ROUNDS = "Arviointikierrokset", "Evaluation rounds";
    NO_ROUNDS = "Ei vielä arviointikierroksia. Lisää kierros aloittaaksesi arvioinnin.", "No evaluation rounds yet. Add a round to start rating.";
    ROUND = "Kierros", "Round";
    CHOOSE_ROUND = "Valittu arviointikierros", "Selected evaluation round";
    ADD_ROUND = "+ Lisää kierros", "+ Add a round";
    NEW_ROUND = "Kierros {n}", "Round {n}";
    DELETE_ROUND = "Poista kierros…", "Delete round…";
    DELETE_ROUND_EXPLAIN = "Poistetaanko kierros ”{name}” ja sen {count} arviota? Voit perua tämän.", "Delete round “{name}” with its {count} ratings? You can undo this.";
    DELETE_ROUND_CONFIRM = "Poista kierros", "Delete the round";
    ROUND_NAME = "Kierroksen nimi", "Round name";
    ROUND_DATE = "Kierroksen päivämäärä", "Round date";
    NAME = "Nimi", "Name";
    DATE = "Päivämäärä", "Date";

    RESPONDENTS = "Vastaajat", "Respondents";
    NO_RESPONDENTS = "Kierroksella ei ole vielä vastaajia.", "The round has no respondents yet.";
    SPEAKS_FOR = "Edustaa jäsentä", "Speaks for member";
    RESPONDENT_N = "Vastaaja {n}", "Respondent {n}";
    RESPONDENT_NAME_N = "Vastaajan {n} nimi", "Name of respondent {n}";
    RESPONDENT_ACTOR_N = "Vastaajan {n} edustama jäsen", "Member respondent {n} speaks for";
    ADD_RESPONDENT = "+ Lisää vastaaja", "+ Add a respondent";
    ADD_CORE_RESPONDENTS = "Lisää ydinjäsenet vastaajiksi", "Add the core members as respondents";
    COPY_RESPONDENTS = "Kopioi vastaajat kierrokselta ”{name}”", "Copy the respondents of “{name}”";

    RATINGS = "Arviot", "Ratings";
    RATINGS_HELP = "Napsauta solua ja valitse 1–5 tai ”eos” (en osaa sanoa); samassa ikkunassa voi kirjoittaa kommentin. Kolmio solun kulmassa kertoo kommentista.", "Click a cell and choose 1–5 or “n/a” (cannot say); a comment can be written in the same window. A triangle in the cell's corner marks a comment.";
    CRITERION = "Kriteeri", "Criterion";
    N = "n", "n";
    MEAN = "Keskiarvo", "Mean";
    SD = "Hajonta", "SD";
    SD_HELP = "Keskihajonta (populaatio, jakaja n): kuinka paljon vastaukset poikkeavat keskiarvosta.", "Standard deviation (population, divided by n): how far the answers lie from the mean.";
    LEVEL_ROW = "Taso: {level}", "Level: {level}";
    ALL_CRITERIA = "Kaikki kriteerit", "All criteria";
    CELL = "Arvio: kriteeri {n}, {name}", "Rating of criterion {n} by {name}";
    NA_SHORT = "eos", "n/a";
    NA_LONG = "eos – En osaa sanoa", "n/a – Cannot say";
    NO_ANSWER = "ei vastausta", "no answer";
    CLEAR = "Tyhjennä vastaus", "Clear the answer";
    COMMENT = "Kommentti", "Comment";
    COMMENT_OF = "Kommentti: kriteeri {n}, {name}", "Comment on criterion {n} by {name}";
    COMMENT_NEEDS_SCORE = "Valitse ensin arvio tai eos.", "Choose a score or n/a first.";
    SCORE_1 = "1 – Täysin eri mieltä", "1 – Strongly disagree";
    SCORE_2 = "2 – Jokseenkin eri mieltä", "2 – Somewhat disagree";
    SCORE_3 = "3 – Ei samaa eikä eri mieltä", "3 – Neither agree nor disagree";
    SCORE_4 = "4 – Jokseenkin samaa mieltä", "4 – Somewhat agree";
    SCORE_5 = "5 – Täysin samaa mieltä", "5 – Strongly agree";
    WORKED = "Mikä toimi", "What worked";
    DID_NOT_WORK = "Mikä ei toiminut", "What did not work";
    SUGGESTIONS = "Kehitysehdotukset", "Suggestions";

    RESULTS = "Tulokset: {round}", "Results: {round}";
    CHART_NAME = "Pylväskaavio: kriteerien keskiarvot, kierros {round}", "Bar chart: mean rating per criterion, round {round}";
    CHART_LEGEND = "Pylväs = keskiarvo asteikolla 1–5, viiva = ± keskihajonta, n = arvioiden määrä (eos ei sisälly).", "Bar = mean on the 1–5 scale, line = ± one standard deviation, n = number of ratings (n/a not included).";
    LEVEL_SUMMARY = "{level}: keskiarvo {mean}, hajonta {sd}, n = {n}", "{level}: mean {mean}, SD {sd}, n = {n}";
    NO_CRITERIA = "Ei kriteerejä.", "No criteria.";
    MAP_NOW = "Verkostokartta nyt", "The network map now";
    MAP_EMPTY = "Kartta on tyhjä: piirrä se vaiheessa 1, niin sen rakenne näkyy tässä arvioiden rinnalla.", "The map is empty: draw it in phase 1 to see its structure here beside the ratings.";
    MAP_ACTORS = "Toimijoita", "Actors";
    MAP_RELATIONS = "Suhteita", "Relations";
    MAP_DENSITY = "Tiheys", "Density";
    MAP_COMPONENTS = "Erillisiä osia", "Components";
    MAP_ISOLATES = "Irralliset", "Isolates";
    MAP_BROKERS = "Välittäjät", "Brokers";
    MAP_HELP = "Vertaa rakennetta arvioihin luottamuksesta, tiedonkulusta ja kokoonpanon aukoista.", "Compare the structure with the ratings on trust, information flow and gaps in membership.";
    NONE = "ei yhtään", "none";

    COMPARE = "Kierrosten vertailu", "Comparing two rounds";
    COMPARE_NEEDS_TWO = "Vertailu on mahdollista, kun kierroksia on vähintään kaksi.", "Comparison is possible once there are at least two rounds.";
    EARLIER = "Aiempi kierros", "Earlier round";
    LATER = "Myöhempi kierros", "Later round";
    CHANGE = "Muutos", "Change";

    ACTIONS = "Kehittämistoimenpiteet", "Development actions";
    NO_ACTIONS = "Ei vielä kehittämistoimenpiteitä.", "No development actions yet.";
    ACTION = "Toimenpide", "Action";
    OWNER = "Vastuu", "Owner";
    DUE = "Määräaika", "Due";
    LINK = "Liittyy", "Linked to";
    ACTION_N = "Kehittämistoimenpide {n}", "Development action {n}";
    OWNER_N = "Vastuu, toimenpide {n}", "Owner, action {n}";
    DUE_N = "Määräaika, toimenpide {n}", "Due, action {n}";
    LINK_N = "Liittyy, toimenpide {n}", "Linked to, action {n}";
    NO_LINK = "(ei linkkiä)", "(no link)";
    PHASE_LINK = "Vaihe {n}. {name}", "Phase {n}. {name}";
    AREA_LINK = "Strategia {n}. {name}", "Strategy {n}. {name}";
    ADD_ACTION = "+ Lisää toimenpide", "+ Add an action";
}

/// The labels of the scores 1–5.
const SCORES: [Tr; 5] = [SCORE_1, SCORE_2, SCORE_3, SCORE_4, SCORE_5];

/// What the worksheet shows: the selected round and the two rounds compared. View state,
/// kept in egui's memory and never undone.
#[derive(Clone, Debug, Default)]
struct EvalView {
    round: Option<RoundId>,
    earlier: Option<RoundId>,
    later: Option<RoundId>,
}

fn view_id() -> egui::Id {
    egui::Id::new("verkosto.sheets.evaluation.view")
}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, project: &Project, lang: Lang, out: &mut Outbox) {
    let original = &project.evaluation;
    let mut data = original.clone();
    let mut step = false;
    let mut view: EvalView = ui.data(|d| d.get_temp(view_id())).unwrap_or_default();
    settle_view(&mut view, &data);

    criteria_section(ui, &mut data, &mut step, lang);
    rounds_section(ui, project, &mut data, &mut view, &mut step, lang);
    results_section(ui, project, &data, &view, lang);
    comparison_section(ui, &data, &mut view, lang);
    actions_section(ui, &mut data, &mut step, lang);

    ui.data_mut(|d| d.insert_temp(view_id(), view));
    if data != *original {
        c::emit(ui, out, step, Edit::SetEvaluation(Box::new(data)));
    }
}

/// Points the view at rounds that exist: the newest round by default, and the two newest
/// rounds for the comparison.
fn settle_view(view: &mut EvalView, data: &EvaluationPhase) {
    let exists = |id: Option<RoundId>| id.is_some_and(|id| data.rounds.iter().any(|r| r.id == id));
    let n = data.rounds.len();
    if !exists(view.round) {
        view.round = data.rounds.last().map(|r| r.id);
    }
    if !exists(view.later) {
        view.later = data.rounds.last().map(|r| r.id);
    }
    if !exists(view.earlier) {
        view.earlier = n.checked_sub(2).map(|i| data.rounds[i].id);
    }
}

/// The criterion's statement in `lang`, falling back to the other language.
fn criterion_text(criterion: &Criterion, lang: Lang) -> &str {
    let (first, second) = match lang {
        Lang::Fi => (&criterion.fi, &criterion.en),
        Lang::En => (&criterion.en, &criterion.fi),
    };
    if first.trim().is_empty() { second } else { first }
}

fn respondent_name(respondent: &Respondent, index: usize, lang: Lang) -> String {
    if respondent.name.trim().is_empty() {
        RESPONDENT_N.fmt(lang, &[("n", &(index + 1))])
    } else {
        respondent.name.trim().to_owned()
    }
}

fn round_label(round: &EvaluationRound, index: usize, lang: Lang) -> String {
    let name = if round.name.trim().is_empty() {
        NEW_ROUND.fmt(lang, &[("n", &(index + 1))])
    } else {
        round.name.trim().to_owned()
    };
    match round.date {
        Some(date) => format!("{name} ({date})"),
        None => name,
    }
}

/// Drops ratings whose criterion or respondent no longer exists (after a deletion).
fn prune_ratings(data: &mut EvaluationPhase) {
    let criteria: Vec<_> = data.criteria.iter().map(|c| c.id).collect();
    for round in &mut data.rounds {
        let respondents: Vec<RespondentId> = round.respondents.iter().map(|r| r.id).collect();
        round
            .ratings
            .retain(|r| criteria.contains(&r.criterion) && respondents.contains(&r.respondent));
    }
}

// ---------------------------------------------------------------------------------------------
// Criteria

fn criteria_section(ui: &mut egui::Ui, data: &mut EvaluationPhase, step: &mut bool, lang: Lang) {
    ui.add_space(10.0);
    let title = RichText::new(CRITERIA_TITLE.fmt(lang, &[("count", &data.criteria.len())]))
        .heading()
        .size(18.0);
    egui::CollapsingHeader::new(title)
        .id_salt("criteria")
        .default_open(data.rounds.is_empty())
        .show(ui, |ui| {
            ui.label(RichText::new(CRITERIA_HELP.get(lang)).weak());
            let len = data.criteria.len();
            let fixed = 28.0 + 190.0 + 110.0 + c::ROW_BUTTONS_WIDTH;
            let text_width = c::flexible_width(ui, fixed, 6, 2, 200.0);
            let widths = [28.0, 190.0, text_width, text_width, 110.0, c::ROW_BUTTONS_WIDTH];
            let mut op = None;
            c::table_row(ui, false, &widths, |r| {
                r.header("#");
                r.header(LEVEL.get(lang));
                r.header(IN_FINNISH.get(lang));
                r.header(IN_ENGLISH.get(lang));
                r.header(WEIGHT.get(lang));
            });
            for (i, criterion) in data.criteria.iter_mut().enumerate() {
                let n = i + 1;
                c::table_row(ui, i % 2 == 0, &widths, |r| {
                    r.cell(|ui| ui.label(format!("{n}.")));
                    let level_text = |l: EvalLevel| format!("{} – {}", l.code().get(lang), l.label().get(lang));
                    let label = LEVEL_N.fmt(lang, &[("n", &n)]);
                    *step |= r
                        .cell(|ui| {
                            widgets::choice(
                                ui,
                                ("level", i),
                                &label,
                                &mut criterion.level,
                                EvalLevel::ALL,
                                level_text,
                            )
                        })
                        .changed();
                    r.cell(|ui| c::cell_area(ui, &FI_N.fmt(lang, &[("n", &n)]), &mut criterion.fi, text_width));
                    r.cell(|ui| c::cell_area(ui, &EN_N.fmt(lang, &[("n", &n)]), &mut criterion.en, text_width));
                    let label = WEIGHT_N.fmt(lang, &[("n", &n)]);
                    *step |= r
                        .cell(|ui| widgets::scale(ui, &label, &mut criterion.weight, 1, 3))
                        .changed();
                    let buttons = r
                        .cell(|ui| c::row_buttons_with(ui, i, len, &CRITERION_ROW.fmt(lang, &[("n", &n)]), true, lang));
                    buttons.response.on_hover_text(DELETE_CRITERION_HELP.get(lang));
                    if let Some(o) = buttons.inner {
                        op = Some(o);
                    }
                });
            }
            if let Some(op) = op {
                c::apply_row_op(&mut data.criteria, op);
                if matches!(op, RowOp::Delete(_)) {
                    prune_ratings(data);
                }
                *step = true;
            }
            ui.horizontal(|ui| {
                if ui.button(ADD_CRITERION.get(lang)).clicked() {
                    let id = crate::model::CriterionId(next_id(data.criteria.iter().map(|c| c.id.0)));
                    data.criteria.push(Criterion {
                        id,
                        level: EvalLevel::Network,
                        fi: String::new(),
                        en: String::new(),
                        weight: 1,
                    });
                    *step = true;
                }
                let defaults = default_criteria();
                let lost: usize = data
                    .rounds
                    .iter()
                    .flat_map(|r| &r.ratings)
                    .filter(|r| !defaults.iter().any(|d| d.id == r.criterion))
                    .count();
                ui.add_enabled_ui(data.criteria != defaults, |ui| {
                    ui.menu_button(RESTORE_DEFAULTS.get(lang), |ui| {
                        ui.set_max_width(360.0);
                        ui.label(RESTORE_EXPLAIN.fmt(lang, &[("count", &lost)]));
                        if ui.button(RESTORE_CONFIRM.get(lang)).clicked() {
                            data.criteria = defaults.clone();
                            prune_ratings(data);
                            *step = true;
                            ui.close();
                        }
                    });
                });
            });
        });
}

// ---------------------------------------------------------------------------------------------
// Rounds, respondents and ratings

fn rounds_section(
    ui: &mut egui::Ui,
    project: &Project,
    data: &mut EvaluationPhase,
    view: &mut EvalView,
    step: &mut bool,
    lang: Lang,
) {
    c::section(ui, ROUNDS.get(lang));
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
            widgets::choice(ui, "round", CHOOSE_ROUND.get(lang), &mut view.round, &options, text);
        }
        if ui.button(ADD_ROUND.get(lang)).clicked() {
            let id = RoundId(next_id(data.rounds.iter().map(|r| r.id.0)));
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
            ui.menu_button(DELETE_ROUND.get(lang), |ui| {
                ui.set_max_width(360.0);
                let round = &data.rounds[index];
                ui.label(DELETE_ROUND_EXPLAIN.fmt(
                    lang,
                    &[
                        ("name", &round_label(round, index, lang)),
                        ("count", &round.ratings.len()),
                    ],
                ));
                if ui.button(DELETE_ROUND_CONFIRM.get(lang)).clicked() {
                    data.rounds.remove(index);
                    *step = true;
                    ui.close();
                }
            });
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
            c::text_cell(ui, ROUND_NAME.get(lang), &mut round.name, 280.0);
            ui.end_row();
            ui.label(DATE.get(lang));
            c::date_cell(ui, ROUND_DATE.get(lang), &mut round.date);
            ui.end_row();
        });
    respondents(ui, project, round, others.last(), step, lang);
    ratings_matrix(ui, criteria, round, step, lang);
    ui.add_space(6.0);
    widgets::text_area(ui, WORKED.get(lang), &mut round.worked);
    widgets::text_area(ui, DID_NOT_WORK.get(lang), &mut round.did_not_work);
    widgets::text_area(ui, SUGGESTIONS.get(lang), &mut round.suggestions);
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
    let len = round.respondents.len();
    let mut op = None;
    if len == 0 {
        ui.label(NO_RESPONDENTS.get(lang));
    } else {
        let widths = [28.0, 230.0, 230.0, c::ROW_BUTTONS_WIDTH];
        c::table_row(ui, false, &widths, |r| {
            r.header("#");
            r.header(NAME.get(lang));
            r.header(SPEAKS_FOR.get(lang));
        });
        for (i, respondent) in round.respondents.iter_mut().enumerate() {
            let n = i + 1;
            c::table_row(ui, i % 2 == 0, &widths, |r| {
                r.cell(|ui| ui.label(format!("{n}.")));
                let label = RESPONDENT_NAME_N.fmt(lang, &[("n", &n)]);
                r.cell(|ui| c::text_cell(ui, &label, &mut respondent.name, 220.0));
                let before = respondent.actor;
                let label = RESPONDENT_ACTOR_N.fmt(lang, &[("n", &n)]);
                let chosen = r.cell(|ui| {
                    c::optional_actor_choice(ui, ("actor", i), &label, &mut respondent.actor, project, lang, 220.0)
                });
                if chosen.changed() {
                    *step = true;
                    // A respondent without a name takes the member's name.
                    if let (None, Some(actor)) = (before, respondent.actor)
                        && respondent.name.trim().is_empty()
                    {
                        respondent.name = c::actor_label(project, actor);
                    }
                }
                if let Some(o) = r.cell(|ui| c::row_buttons(ui, i, len, &RESPONDENT_ROW.fmt(lang, &[("n", &n)]), lang))
                {
                    op = Some(o);
                }
            });
        }
    }
    if let Some(op) = op {
        c::apply_row_op(&mut round.respondents, op);
        if matches!(op, RowOp::Delete(_)) {
            let ids: Vec<RespondentId> = round.respondents.iter().map(|r| r.id).collect();
            round.ratings.retain(|r| ids.contains(&r.respondent));
        }
        *step = true;
    }
    ui.horizontal(|ui| {
        if ui.button(ADD_RESPONDENT.get(lang)).clicked() {
            let id = RespondentId(next_id(round.respondents.iter().map(|r| r.id.0)));
            round.respondents.push(Respondent {
                id,
                name: String::new(),
                actor: None,
            });
            *step = true;
        }
        if round.respondents.is_empty() {
            let core = c::core_members(project);
            if ui
                .add_enabled(!core.is_empty(), egui::Button::new(ADD_CORE_RESPONDENTS.get(lang)))
                .clicked()
            {
                for (k, actor) in core.into_iter().enumerate() {
                    let id = RespondentId(u32::try_from(k + 1).unwrap_or(u32::MAX));
                    round.respondents.push(Respondent {
                        id,
                        name: c::actor_label(project, actor),
                        actor: Some(actor),
                    });
                }
                *step = true;
            }
            if let Some((name, list)) = previous
                && ui.button(COPY_RESPONDENTS.fmt(lang, &[("name", name)])).clicked()
            {
                round.respondents = list.clone();
                *step = true;
            }
        }
    });
}

fn level_colour(level: EvalLevel) -> Color32 {
    // Okabe–Ito blue and amber around the network half's teal: distinguishable for
    // colour-blind viewers, and every bar is also labelled by its group's title.
    match level {
        EvalLevel::Member => Color32::from_rgb(0x00, 0x72, 0xB2),
        EvalLevel::Network => style::NETWORK_HUES[1],
        EvalLevel::Community => Color32::from_rgb(0xE6, 0x9F, 0x00),
    }
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
    let text_width = 300.0;
    egui::ScrollArea::horizontal().id_salt("ratings_scroll").show(ui, |ui| {
        egui::Grid::new("ratings")
            .striped(true)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                c::header(ui, "#");
                c::header(ui, CRITERION.get(lang));
                for name in &names {
                    ui.allocate_ui(egui::vec2(96.0, 20.0), |ui| {
                        ui.add(egui::Label::new(RichText::new(name).strong()).truncate());
                    });
                }
                c::header(ui, N.get(lang));
                c::header(ui, MEAN.get(lang));
                ui.label(RichText::new(SD.get(lang)).strong())
                    .on_hover_text(SD_HELP.get(lang));
                ui.end_row();
                for (i, criterion) in criteria.iter().enumerate() {
                    let n = i + 1;
                    ui.label(
                        RichText::new(format!("{n}. {}", criterion.level.code().get(lang)))
                            .color(level_colour(criterion.level))
                            .strong(),
                    );
                    ui.allocate_ui(egui::vec2(text_width, 20.0), |ui| {
                        ui.add(egui::Label::new(criterion_text(criterion, lang)).truncate());
                    });
                    for (k, &respondent) in respondents.iter().enumerate() {
                        ui.push_id(("cell", criterion.id, respondent), |ui| {
                            *step |= rating_cell(ui, &mut round.ratings, respondent, criterion, n, &names[k], lang);
                        });
                    }
                    stats_cells(ui, stats::criterion_stats(round, criterion.id), lang);
                    ui.end_row();
                }
                for level in EvalLevel::ALL {
                    if !criteria.iter().any(|c| c.level == *level) {
                        continue;
                    }
                    ui.label("");
                    ui.label(RichText::new(LEVEL_ROW.fmt(lang, &[("level", &level.label().get(lang))])).strong());
                    for _ in &respondents {
                        ui.label("");
                    }
                    stats_cells(ui, stats::level_stats(round, criteria, *level), lang);
                    ui.end_row();
                }
                ui.label("");
                ui.label(RichText::new(ALL_CRITERIA.get(lang)).strong());
                for _ in &respondents {
                    ui.label("");
                }
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

// ---------------------------------------------------------------------------------------------
// Results: chart and map metrics

fn results_section(ui: &mut egui::Ui, project: &Project, data: &EvaluationPhase, view: &EvalView, lang: Lang) {
    let Some(index) = data.rounds.iter().position(|r| Some(r.id) == view.round) else {
        return;
    };
    let round = &data.rounds[index];
    c::section(ui, &RESULTS.fmt(lang, &[("round", &round_label(round, index, lang))]));
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
                map_panel(ui, project, lang);
            });
        });
    } else {
        chart(ui, &data.criteria, round, index, lang, total);
        map_panel(ui, project, lang);
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
    let height = axis_h
        + groups
            .iter()
            .map(|(_, list)| group_h + row_h * list.len() as f32)
            .sum::<f32>()
        + 6.0;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let name = CHART_NAME.fmt(lang, &[("round", &round_label(round, index, lang))]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, &name));
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let text_colour = visuals.text_color();
    let weak = visuals.weak_text_color();
    let grid_colour = visuals.widgets.noninteractive.bg_stroke.color;
    let body = egui::FontId::proportional(13.5);
    let small = egui::FontId::proportional(11.5);
    // The heading's family is the bold face once the fonts are installed (not in the very first frame).
    let bold = egui::FontId::new(14.5, egui::TextStyle::Heading.resolve(ui.style()).family);

    let label_w = (width * 0.42).clamp(160.0, 320.0);
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
    for (level, list) in &groups {
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
        for (i, criterion) in list {
            let s = stats::criterion_stats(round, criterion.id);
            let row = egui::Rect::from_min_size(egui::pos2(rect.left(), y), egui::vec2(width, row_h));
            let centre = row.center().y;
            let label = format!("{}. {}", i + 1, criterion_text(criterion, lang));
            let mut job = egui::text::LayoutJob::single_section(
                label.clone(),
                egui::TextFormat::simple(body.clone(), text_colour),
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width(label_w - 8.0);
            let galley = painter.layout_job(job);
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
            y += row_h;
        }
    }
    if let Some(text) = hovered {
        response.on_hover_text_at_pointer(text);
    }
    ui.label(RichText::new(CHART_LEGEND.get(lang)).weak().small());
}

/// The map's analysis, recomputed only when the actors or counted relations change (it takes
/// a while on large maps).
fn map_metrics(ui: &egui::Ui, project: &Project) -> Arc<NetworkMetrics> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for actor in &project.actors {
        actor.id.hash(&mut hasher);
    }
    for relation in &project.relations {
        (relation.from, relation.to, relation.directed, relation.status as u8).hash(&mut hasher);
    }
    let key = hasher.finish();
    let id = egui::Id::new("verkosto.sheets.evaluation.map_metrics");
    if let Some((cached_key, metrics)) = ui.data(|d| d.get_temp::<(u64, Arc<NetworkMetrics>)>(id))
        && cached_key == key
    {
        return metrics;
    }
    let metrics = Arc::new(crate::analysis::analyse(project, false));
    ui.data_mut(|d| d.insert_temp(id, (key, Arc::clone(&metrics))));
    metrics
}

/// Density, components, isolates and brokers of the map, beside the ratings.
fn map_panel(ui: &mut egui::Ui, project: &Project, lang: Lang) {
    egui::Frame::group(ui.style()).inner_margin(12.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(MAP_NOW.get(lang)).strong().size(16.0));
        if project.actors.is_empty() {
            ui.label(RichText::new(MAP_EMPTY.get(lang)).weak());
            return;
        }
        let m = map_metrics(ui, project);
        let list = |ids: &[crate::model::ActorId]| {
            if ids.is_empty() {
                NONE.get(lang).to_owned()
            } else {
                c::names(project, ids, lang)
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

// ---------------------------------------------------------------------------------------------
// Comparison

fn comparison_section(ui: &mut egui::Ui, data: &EvaluationPhase, view: &mut EvalView, lang: Lang) {
    c::section(ui, COMPARE.get(lang));
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
        ui.label(EARLIER.get(lang));
        widgets::choice(ui, "earlier", EARLIER.get(lang), &mut view.earlier, &options, text);
        ui.add_space(12.0);
        ui.label(LATER.get(lang));
        widgets::choice(ui, "later", LATER.get(lang), &mut view.later, &options, text);
    });
    let find = |id: Option<RoundId>| data.rounds.iter().find(|r| Some(r.id) == id);
    let (Some(earlier), Some(later)) = (find(view.earlier), find(view.later)) else {
        return;
    };
    let deltas = stats::compare_rounds(earlier, later, &data.criteria);
    egui::Grid::new("comparison")
        .striped(true)
        .num_columns(5)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            c::header(ui, "#");
            c::header(ui, CRITERION.get(lang));
            c::header(ui, &text(view.earlier));
            c::header(ui, &text(view.later));
            c::header(ui, CHANGE.get(lang));
            ui.end_row();
            for (i, (criterion, delta)) in data.criteria.iter().zip(&deltas).enumerate() {
                ui.label(format!("{}. {}", i + 1, criterion.level.code().get(lang)));
                ui.allocate_ui(egui::vec2(360.0, 20.0), |ui| {
                    ui.add(egui::Label::new(criterion_text(criterion, lang)).truncate());
                });
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

// ---------------------------------------------------------------------------------------------
// Development actions

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

fn link_choice(ui: &mut egui::Ui, label: &str, value: &mut String, lang: Lang) -> egui::Response {
    let mut changed = false;
    let mut response = egui::ComboBox::from_id_salt(("link", label))
        .width(230.0)
        .truncate()
        .selected_text(link_label(value, lang))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(value.trim().is_empty(), NO_LINK.get(lang))
                .clicked()
                && !value.is_empty()
            {
                value.clear();
                changed = true;
            }
            for (code, name) in link_options(lang) {
                if ui.selectable_label(*value == code, name).clicked() && *value != code {
                    *value = code;
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        response.mark_changed();
    }
    let label = label.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::WidgetType::ComboBox, true, &label));
    response
}

fn actions_section(ui: &mut egui::Ui, data: &mut EvaluationPhase, step: &mut bool, lang: Lang) {
    c::section(ui, ACTIONS.get(lang));
    let len = data.actions.len();
    let mut op = None;
    let fixed = 28.0 + 140.0 + 100.0 + 240.0 + c::ROW_BUTTONS_WIDTH;
    let widths = [
        28.0,
        c::flexible_width(ui, fixed, 6, 1, 220.0),
        140.0,
        100.0,
        240.0,
        c::ROW_BUTTONS_WIDTH,
    ];
    if len == 0 {
        ui.label(NO_ACTIONS.get(lang));
    } else {
        c::table_row(ui, false, &widths, |r| {
            r.header("#");
            r.header(ACTION.get(lang));
            r.header(OWNER.get(lang));
            r.header(DUE.get(lang));
            r.header(LINK.get(lang));
        });
        for (i, action) in data.actions.iter_mut().enumerate() {
            let n = i + 1;
            c::table_row(ui, i % 2 == 0, &widths, |r| {
                r.cell(|ui| ui.label(format!("{n}.")));
                r.cell(|ui| c::cell_area(ui, &ACTION_N.fmt(lang, &[("n", &n)]), &mut action.action, widths[1]));
                r.cell(|ui| c::text_cell(ui, &OWNER_N.fmt(lang, &[("n", &n)]), &mut action.owner, 140.0));
                r.cell(|ui| c::date_cell(ui, &DUE_N.fmt(lang, &[("n", &n)]), &mut action.due));
                *step |= r
                    .cell(|ui| link_choice(ui, &LINK_N.fmt(lang, &[("n", &n)]), &mut action.link, lang))
                    .changed();
                if let Some(o) = r.cell(|ui| c::row_buttons(ui, i, len, &ACTION_ROW.fmt(lang, &[("n", &n)]), lang)) {
                    op = Some(o);
                }
            });
        }
    }
    if let Some(op) = op {
        c::apply_row_op(&mut data.actions, op);
        *step = true;
    }
    if ui.button(ADD_ACTION.get(lang)).clicked() {
        data.actions.push(DevelopmentAction::default());
        *step = true;
    }
}
