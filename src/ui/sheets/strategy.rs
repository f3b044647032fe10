//! Phase 7. Network strategy: vision, mission, period, lifecycle stage and governance, the six
//! areas of the strategy with their guiding questions, the action plan and the members'
//! approvals.

use crate::i18n::Lang;
use crate::i18n::method::STRATEGY_AREAS;
use crate::model::{ActorId, Approval, Date, Governance, LifecycleStage, PlannedAction, Project, Ring, StrategyPhase};
use crate::ui::ViewCtx;
use crate::ui::kit::{self, UiExt};

crate::messages! {
    BASICS = "Strategian perustiedot", "The strategy at a glance";
    VISION = "Visio", "Vision";
    MISSION = "Missio (toiminta-ajatus)", "Mission";
    PERIOD = "Strategiakausi", "Strategy period";
    PERIOD_START = "Strategiakausi alkaa", "Strategy period starts";
    PERIOD_END = "Strategiakausi päättyy", "Strategy period ends";
    PERIOD_BACKWARDS = "Kausi päättyy ennen kuin se alkaa.", "The period ends before it starts.";
    LIFECYCLE = "Elinkaaren vaihe", "Lifecycle stage";
    GOVERNANCE = "Johtamismalli", "Governance mode";
    NOT_CHOSEN = "(ei valittu)", "(not chosen)";
    COORDINATOR = "Koordinaattori ja valtuudet", "Coordinator and mandate";
    AREAS = "Strategian kuusi osa-aluetta", "The six areas of the strategy";
    FILL_FROM_MAP = "Täytä kartalta", "Fill from the map";
    FILL_FROM_MAP_HELP = "Lisää tekstin loppuun kartan ytimen jäsenet ja kumppanit rooleineen.", "Appends the map's core members and partners, with their roles, to the text.";
    FILL_NOTHING = "Kartalla ei ole ytimen jäseniä eikä kumppaneita.", "The map has no core members or partners.";
    CORE_MEMBERS = "Ydinjäsenet", "Core members";
    PARTNERS = "Kumppanit", "Partners";
    ACTION_PLAN = "Toimenpidesuunnitelma", "Action plan";
    NO_ACTIONS = "Ei vielä toimenpiteitä.", "No actions yet.";
    ACTION = "Toimenpide", "Action";
    OWNER = "Vastuu", "Owner";
    SCHEDULE = "Aikataulu", "Schedule";
    INDICATOR = "Mittari", "Indicator";
    ACTION_N = "Toimenpide {n}", "Action {n}";
    OWNER_N = "Vastuu, toimenpide {n}", "Owner, action {n}";
    SCHEDULE_N = "Aikataulu, toimenpide {n}", "Schedule, action {n}";
    INDICATOR_N = "Mittari, toimenpide {n}", "Indicator, action {n}";
    ADD_ACTION = "+ Lisää toimenpide", "+ Add an action";
    ACTION_ROW = "toimenpide {n}", "action {n}";
    APPROVAL_ROW = "hyväksyntä {n}", "approval {n}";
    APPROVALS = "Hyväksynnät", "Approvals";
    APPROVED_SUMMARY = "Hyväksynyt {approved} / {count} ydinjäsentä", "Approved by {approved} of {count} core members";
    APPROVED_COUNT = "Hyväksyjiä {approved}", "Approved by {approved} members";
    NOT_YET_APPROVED = "Ei vielä hyväksynyt: {names}", "Not yet approved: {names}";
    MEMBER = "Jäsen", "Member";
    DATE = "Päivämäärä", "Date";
    APPROVER_N = "Hyväksyjä {n}", "Approver {n}";
    APPROVAL_DATE_N = "Hyväksytty, rivi {n}", "Approved on, row {n}";
    ADD_APPROVAL = "+ Lisää hyväksyntä", "+ Add an approval";
    NO_APPROVALS = "Kukaan jäsen ei ole vielä hyväksynyt strategiaa.", "No member has approved the strategy yet.";
}

/// Draws the phase's own editors (between the guiding questions and the common fields).
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx) {
    kit::edit(ui, cx, |ui, cx, data: &mut StrategyPhase| {
        let (project, lang) = (cx.project, cx.lang);
        let mut step = false;
        basics(ui, data, &mut step, lang);
        areas(ui, project, data, &mut step, lang);
        action_plan(ui, data, &mut step, lang);
        approvals(ui, project, data, &mut step, lang);
        step
    });
}

fn basics(ui: &mut egui::Ui, data: &mut StrategyPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, BASICS.get(lang));
    kit::text_area(ui, VISION.get(lang), &mut data.vision);
    kit::text_area(ui, MISSION.get(lang), &mut data.mission);
    ui.add_space(4.0);
    egui::Grid::new("strategy_basics")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(PERIOD.get(lang));
            ui.horizontal(|ui| {
                kit::date_cell(ui, PERIOD_START.get(lang), &mut data.period_start);
                ui.label("–");
                kit::date_cell(ui, PERIOD_END.get(lang), &mut data.period_end);
                if let (Some(start), Some(end)) = (data.period_start, data.period_end)
                    && end < start
                {
                    ui.colored_label(ui.visuals().error_fg_color, PERIOD_BACKWARDS.get(lang));
                }
            });
            ui.end_row();
            ui.label(LIFECYCLE.get(lang));
            *step |= kit::enum_choice(
                ui,
                "lifecycle",
                LIFECYCLE.get(lang),
                &mut data.lifecycle,
                LifecycleStage::ALL,
                LifecycleStage::label,
                lang,
            )
            .changed();
            ui.end_row();
            ui.label(GOVERNANCE.get(lang));
            let options: Vec<Option<Governance>> = std::iter::once(None)
                .chain(Governance::ALL.iter().copied().map(Some))
                .collect();
            let text = |g: Option<Governance>| g.map_or(NOT_CHOSEN.get(lang), |g| g.label().get(lang)).to_owned();
            *step |= kit::value_choice(
                ui,
                "governance",
                GOVERNANCE.get(lang),
                &mut data.governance,
                &options,
                kit::Look::default(),
                text,
            )
            .changed();
            ui.end_row();
        });
    kit::text_line(ui, COORDINATOR.get(lang), &mut data.coordinator);
}

fn areas(ui: &mut egui::Ui, project: &Project, data: &mut StrategyPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, AREAS.get(lang));
    let addition = member_list_text(project, lang);
    for (i, (text, (name, questions))) in data
        .areas
        .texts_mut()
        .into_iter()
        .zip(STRATEGY_AREAS.iter())
        .enumerate()
    {
        let title = format!("{}. {}", i + 1, name.get(lang));
        egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&title).strong().size(16.0));
                if i == 0 && !ui.is_read_only() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let button = ui.add_enabled(!addition.is_empty(), egui::Button::new(FILL_FROM_MAP.get(lang)));
                        let button = button
                            .on_hover_text(FILL_FROM_MAP_HELP.get(lang))
                            .on_disabled_hover_text(FILL_NOTHING.get(lang));
                        if button.clicked() {
                            append_paragraph(text, &addition);
                            *step = true;
                        }
                    });
                }
            });
            ui.label(egui::RichText::new(questions.get(lang)).weak());
            kit::area(ui, &title, text, 3);
        });
        ui.add_space(4.0);
    }
}

/// Adds `addition` to the end of `text` as a paragraph of its own.
fn append_paragraph(text: &mut String, addition: &str) {
    let kept = text.trim_end().len();
    text.truncate(kept);
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(addition);
}

/// The network's members as the map shows them, for strategy area 1: the core ring, then the
/// partners, one actor a line with its role. Empty when the map has neither.
pub fn member_list_text(project: &Project, lang: Lang) -> String {
    let line = |a: &crate::model::Actor| {
        let name = project.actor_name(a.id);
        if a.role.trim().is_empty() {
            format!("- {name}")
        } else {
            format!("- {name} ({})", a.role.trim())
        }
    };
    let mut parts = Vec::new();
    for (ring, title) in [(Ring::Core, CORE_MEMBERS), (Ring::Partner, PARTNERS)] {
        let lines: Vec<String> = project
            .core_then_partners()
            .into_iter()
            .filter(|a| a.ring == ring)
            .map(line)
            .collect();
        if !lines.is_empty() {
            parts.push(format!("{}:\n{}", title.get(lang), lines.join("\n")));
        }
    }
    parts.join("\n")
}

fn action_plan(ui: &mut egui::Ui, data: &mut StrategyPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, ACTION_PLAN.get(lang));
    let fixed = 28.0 + 140.0 + 110.0 + kit::ROW_CONTROLS_WIDTH;
    let flexible = kit::flexible_width(ui, fixed, 6, 2, 200.0);
    // The action gets more room than the indicator.
    let widths = [
        28.0,
        flexible * 1.3,
        140.0,
        110.0,
        flexible * 0.7,
        kit::ROW_CONTROLS_WIDTH,
    ];
    let columns = kit::Columns {
        widths: &widths,
        titles: &[
            ACTION.get(lang),
            OWNER.get(lang),
            SCHEDULE.get(lang),
            INDICATOR.get(lang),
        ],
        empty: Some(NO_ACTIONS.get(lang)),
    };
    let row_name = |i: usize| ACTION_ROW.fmt(lang, &[("n", &(i + 1))]);
    let op = kit::row_table(ui, lang, &columns, &mut data.action_plan, row_name, |r, i, row| {
        let n = i + 1;
        r.cell(|ui| kit::cell_area(ui, &ACTION_N.fmt(lang, &[("n", &n)]), &mut row.action, widths[1]));
        r.cell(|ui| kit::text_cell(ui, &OWNER_N.fmt(lang, &[("n", &n)]), &mut row.owner, widths[2]));
        r.cell(|ui| kit::text_cell(ui, &SCHEDULE_N.fmt(lang, &[("n", &n)]), &mut row.schedule, widths[3]));
        r.cell(|ui| kit::cell_area(ui, &INDICATOR_N.fmt(lang, &[("n", &n)]), &mut row.indicator, widths[4]));
        kit::RowEnd::default()
    });
    *step |= op.is_some();
    if kit::add_button(ui, ADD_ACTION.get(lang)) {
        data.action_plan.push(PlannedAction::default());
        *step = true;
    }
}

/// How many distinct core members have approved, and which core members have not.
pub fn approval_summary(project: &Project, approvals: &[Approval]) -> (usize, usize, Vec<ActorId>) {
    let core = project.core_members();
    let approved: Vec<ActorId> = core
        .iter()
        .copied()
        .filter(|id| approvals.iter().any(|a| a.member == *id))
        .collect();
    let missing = core.iter().copied().filter(|id| !approved.contains(id)).collect();
    (approved.len(), core.len(), missing)
}

fn approvals(ui: &mut egui::Ui, project: &Project, data: &mut StrategyPhase, step: &mut bool, lang: Lang) {
    kit::section(ui, APPROVALS.get(lang));
    let (approved, count, missing) = approval_summary(project, &data.approvals);
    if count > 0 {
        ui.label(
            egui::RichText::new(APPROVED_SUMMARY.fmt(lang, &[("approved", &approved), ("count", &count)])).strong(),
        );
        if !missing.is_empty() {
            ui.label(NOT_YET_APPROVED.fmt(lang, &[("names", &kit::names(project, &missing, lang))]));
        }
    } else if !data.approvals.is_empty() {
        let distinct: std::collections::BTreeSet<ActorId> = data.approvals.iter().map(|a| a.member).collect();
        ui.label(egui::RichText::new(APPROVED_COUNT.fmt(lang, &[("approved", &distinct.len())])).strong());
    }
    let columns = kit::Columns {
        widths: &[28.0, 240.0, kit::DATE_W, kit::ROW_CONTROLS_WIDTH],
        titles: &[MEMBER.get(lang), DATE.get(lang)],
        empty: Some(NO_APPROVALS.get(lang)),
    };
    let row_name = |i: usize| APPROVAL_ROW.fmt(lang, &[("n", &(i + 1))]);
    let op = kit::row_table(ui, lang, &columns, &mut data.approvals, row_name, |r, i, row| {
        let n = i + 1;
        let label = APPROVER_N.fmt(lang, &[("n", &n)]);
        *step |= r
            .cell(|ui| kit::actor_choice(ui, ("approver", i), &label, project, lang, &mut row.member, 230.0))
            .changed();
        r.cell(|ui| kit::date_cell(ui, &APPROVAL_DATE_N.fmt(lang, &[("n", &n)]), &mut row.date));
        kit::RowEnd::default()
    });
    *step |= op.is_some();
    // New approvals offer the members who have not approved yet, core members first.
    let mut candidates: Vec<ActorId> = project.core_then_partners().into_iter().map(|a| a.id).collect();
    let others: Vec<ActorId> = project
        .actors
        .iter()
        .map(|a| a.id)
        .filter(|id| !candidates.contains(id))
        .collect();
    candidates.extend(others);
    candidates.retain(|id| !data.approvals.iter().any(|a| a.member == *id));
    let options = kit::actor_options_of(project, candidates);
    if let Some(member) = kit::actor_menu(ui, ADD_APPROVAL.get(lang), &options, kit::no_actors_left(project, lang)) {
        data.approvals.push(Approval {
            member,
            date: Some(Date::today()),
        });
        *step = true;
    }
}
