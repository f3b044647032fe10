//! Phase 8. Evaluating the network's activity: the criteria, evaluation rounds with their
//! respondents and ratings, the computed means and spreads per criterion and level as a table
//! and a bar chart, the comparison of two rounds, what worked and what did not, the
//! development actions, and the map's structure beside the ratings.

mod actions;
mod chart;
mod comparison;
mod criteria;
mod rounds;

use crate::analysis::cache::Analysed;
use crate::i18n::method::{PHASES, STRATEGY_AREAS};
use crate::i18n::{Lang, Tr};
use crate::model::evaluation_stats::{self as stats, Direction, Stats};
use crate::model::{
    Criterion, Date, DevelopmentAction, EvalLevel, EvaluationPhase, EvaluationRound, Project, Rating, Respondent,
    RespondentId, RoundId, default_criteria,
};
use crate::ui::kit::{self, UiExt};
use crate::ui::{ViewCtx, style};
use egui::{Color32, RichText};

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
    MAP_PENDING = "Kartan rakennetta lasketaan…", "The map's structure is being computed…";
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
///
/// The map's structure beside the ratings comes from the shared analysis (`cx.analysis`): the
/// sheet never analyses the network itself, so a large map cannot stall the frame.
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut EvaluationPhase| {
        let (project, lang) = (cx.project, cx.lang);
        let mut step = false;
        let mut view: EvalView = ui.data(|d| d.get_temp(view_id())).unwrap_or_default();
        settle_view(&mut view, data);

        criteria::criteria_section(ui, project, data, &mut step, lang);
        rounds::rounds_section(ui, project, data, &mut view, &mut step, lang);
        chart::results_section(ui, project, cx.analysis.as_ref(), data, &view, lang);
        comparison::comparison_section(ui, data, &mut view, lang);
        actions::actions_section(ui, data, &mut step, lang);

        ui.data_mut(|d| d.insert_temp(view_id(), view));
        step
    });
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

/// The colour of a level's bars and codes (the worksheet's chart and the presentation's).
pub fn level_colour(level: EvalLevel) -> Color32 {
    // Okabe–Ito blue and amber around the network half's teal: distinguishable for
    // colour-blind viewers, and every bar is also labelled by its group's title.
    match level {
        EvalLevel::Member => Color32::from_rgb(0x00, 0x72, 0xB2),
        EvalLevel::Network => style::NETWORK_HUES[1],
        EvalLevel::Community => Color32::from_rgb(0xE6, 0x9F, 0x00),
    }
}
