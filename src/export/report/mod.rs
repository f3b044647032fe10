//! The whole strategy as one report: a cover, the cycle with each phase's status, then every
//! phase with content. [`build`] turns the project into a plain list of sections and blocks
//! once; [`html`], [`markdown`] and [`pdf`] each write that same content in their format.

pub mod html;
pub mod markdown;
pub mod pdf;

use super::card::{CardSize, card_svg};
use super::cycle::cycle_svg;
use super::map::{MapOptions, MapView, map_svg};
use super::msg as m;
use crate::i18n::{Lang, Tr};
use crate::model::evaluation_stats as es;
use crate::model::*;

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The text.
    pub text: String,
    /// A background colour (the competence heat map).
    pub fill: Option<[u8; 3]>,
    /// Set in bold (a gap, a total).
    pub strong: bool,
}

impl Cell {
    fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            fill: None,
            strong: false,
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::plain(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::plain(text)
    }
}

/// A table: a header row and rows of cells, with relative column widths.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
    /// Relative column widths.
    pub widths: Vec<f32>,
}

/// A figure: an SVG document with its size in units and a caption.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The finished SVG.
    pub svg: String,
    /// Width in SVG units.
    pub width: f32,
    /// Height in SVG units.
    pub height: f32,
    /// Caption.
    pub caption: String,
    /// The figure's content as text, for formats without pictures (Markdown).
    pub alt: Vec<Block>,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A subheading.
    Heading(String),
    /// A paragraph of user or method text (line breaks kept).
    Para(String),
    /// A short muted paragraph (the phase's purpose, a note).
    Note(String),
    /// A label and its text, e.g. a guiding question and its answer.
    Field(String, String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A table.
    Table(Table),
    /// A figure.
    Figure(Figure),
}

/// One section: a phase, or the overview.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The heading, e.g. "3. Extended competence map".
    pub title: String,
    /// The phase's worksheet status, for phases.
    pub status: Option<SheetStatus>,
    /// The content.
    pub blocks: Vec<Block>,
}

/// The report's content.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Language.
    pub lang: Lang,
    /// Title: the project's name.
    pub title: String,
    /// The organisation.
    pub organisation: String,
    /// The project's description.
    pub description: String,
    /// The date of the report, if given.
    pub date: Option<Date>,
    /// The cycle figure with each phase's status.
    pub cycle: Figure,
    /// The sections, in the cycle's order.
    pub sections: Vec<Section>,
}

/// How the report is made.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportOptions {
    /// Language of the report's own texts (user text stays as written).
    pub lang: Lang,
    /// Date printed on the cover; `None` leaves it out (reproducible output).
    pub date: Option<Date>,
    /// How the map is shown.
    pub view: MapView,
}

impl Default for ReportOptions {
    fn default() -> ReportOptions {
        ReportOptions {
            lang: Lang::En,
            date: None,
            view: MapView::default(),
        }
    }
}

fn tr(t: Tr, lang: Lang) -> String {
    t.get(lang).to_owned()
}

fn opt_date(d: Option<Date>) -> String {
    d.map_or_else(String::new, |d| d.to_string())
}

fn names(project: &Project, ids: &[ActorId]) -> String {
    ids.iter()
        .map(|&id| project.actor_name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn push_text(blocks: &mut Vec<Block>, label: Tr, text: &str, lang: Lang) {
    if !text.trim().is_empty() {
        blocks.push(Block::Field(tr(label, lang), text.trim().to_owned()));
    }
}

fn table(header: Vec<String>, widths: &[f32], rows: Vec<Vec<Cell>>) -> Option<Block> {
    (!rows.is_empty()).then(|| {
        Block::Table(Table {
            widths: widths.to_vec(),
            header,
            rows,
        })
    })
}

/// Builds the report's content from `project`.
pub fn build(project: &Project, options: &ReportOptions) -> Report {
    let lang = options.lang;
    let cycle = cycle_svg(project, 360.0, lang).finish();
    let sections = PhaseId::ALL
        .iter()
        .map(|&phase| phase_section(project, phase, options))
        .collect();
    Report {
        lang,
        title: project.display_name().to_owned(),
        organisation: project.meta.organisation.trim().to_owned(),
        description: project.meta.description.trim().to_owned(),
        date: options.date,
        cycle: Figure {
            svg: cycle,
            width: 360.0,
            height: 360.0,
            caption: tr(m::CYCLE_TITLE, lang),
            alt: Vec::new(),
        },
        sections,
    }
}

fn phase_section(project: &Project, phase: PhaseId, options: &ReportOptions) -> Section {
    let lang = options.lang;
    let text = crate::i18n::method::PHASES[phase.index()];
    let sheet = project.sheet(phase);
    let mut blocks = vec![Block::Note(text.purpose.get(lang).to_owned())];
    let mut meta = Vec::new();
    if !sheet.participants.trim().is_empty() {
        meta.push(format!("{}: {}", m::PARTICIPANTS.get(lang), sheet.participants.trim()));
    }
    if let Some(d) = sheet.date {
        meta.push(format!("{}: {d}", m::DATE.get(lang)));
    }
    if !meta.is_empty() {
        blocks.push(Block::Note(meta.join(" · ")));
    }
    match phase {
        PhaseId::Mapping => mapping(project, options, &mut blocks),
        PhaseId::Roles => roles(project, lang, &mut blocks),
        PhaseId::Competences => competences(project, lang, &mut blocks),
        PhaseId::Tactics => tactics(project, lang, &mut blocks),
        PhaseId::Idea => idea(project, lang, &mut blocks),
        PhaseId::Conditions => conditions(project, lang, &mut blocks),
        PhaseId::Strategy => strategy(project, lang, &mut blocks),
        PhaseId::Evaluation => evaluation(project, lang, &mut blocks),
        PhaseId::Card => card(project, options, &mut blocks),
    }
    // The guiding questions that have answers, then notes, decisions and next steps.
    let answered: Vec<Block> = text
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| !sheet.answer(*i).trim().is_empty())
        .map(|(i, q)| Block::Field(q.text.get(lang).to_owned(), sheet.answer(i).trim().to_owned()))
        .collect();
    if !answered.is_empty() {
        blocks.push(Block::Heading(tr(m::QUESTIONS, lang)));
        blocks.extend(answered);
    }
    push_text(&mut blocks, m::NOTES, &sheet.notes, lang);
    push_text(&mut blocks, m::DECISIONS, &sheet.decisions, lang);
    let steps: Vec<Vec<Cell>> = sheet
        .next_steps
        .iter()
        .filter(|s| !s.task.trim().is_empty())
        .map(|s| vec![s.task.as_str().into(), s.owner.as_str().into(), opt_date(s.due).into()])
        .collect();
    if !steps.is_empty() {
        blocks.push(Block::Heading(tr(m::NEXT_STEPS, lang)));
        blocks.extend(table(
            vec![tr(m::TASK, lang), tr(m::OWNER, lang), tr(m::DUE, lang)],
            &[4.0, 2.0, 1.2],
            steps,
        ));
    }
    Section {
        title: format!("{}. {}", phase.number(), phase.name().get(lang)),
        status: Some(sheet.status),
        blocks,
    }
}

fn mapping(project: &Project, options: &ReportOptions, blocks: &mut Vec<Block>) {
    let lang = options.lang;
    if !project.actors.is_empty() {
        let map = MapOptions {
            width: 1200.0,
            height: 900.0,
            lang,
            title: Some(String::new()),
            date: None,
            view: options.view.clone(),
            legend: true,
        };
        blocks.push(Block::Figure(Figure {
            svg: map_svg(project, &map),
            width: 1200.0,
            height: 900.0,
            caption: m::MAP_CAPTION.fmt(
                lang,
                &[
                    ("actors", &project.actors.len()),
                    ("relations", &project.relations.len()),
                ],
            ),
            alt: Vec::new(),
        }));
    }
    let metrics = crate::analysis::analyse(project, false);
    blocks.push(Block::Note(m::NETWORK_FIGURES.fmt(
        lang,
        &[
            ("density", &es::format_number(Some(metrics.density), 2, lang)),
            ("components", &metrics.components.len()),
        ],
    )));
    let rows = project
        .actors
        .iter()
        .map(|a| {
            vec![
                Cell {
                    text: a.name.clone(),
                    fill: None,
                    strong: a.own,
                },
                project.catalogs.actor_kinds.label(&a.kind, lang).into(),
                a.ring.label().get(lang).into(),
                a.importance.to_string().into(),
                a.role.as_str().into(),
            ]
        })
        .collect();
    blocks.push(Block::Heading(tr(m::ACTORS, lang)));
    blocks.extend(table(
        vec![
            tr(m::NAME, lang),
            tr(m::KIND, lang),
            tr(m::RING, lang),
            tr(m::IMPORTANCE, lang),
            tr(m::ROLE, lang),
        ],
        &[3.0, 2.2, 1.4, 1.0, 3.0],
        rows,
    ));
    let portfolio: Vec<Vec<Cell>> = project
        .mapping
        .portfolio
        .iter()
        .map(|n| {
            vec![
                n.name.as_str().into(),
                n.task.as_str().into(),
                n.significance.to_string().into(),
                names(project, &n.members).into(),
                n.direction.as_str().into(),
            ]
        })
        .collect();
    if !portfolio.is_empty() {
        blocks.push(Block::Heading(tr(m::PORTFOLIO, lang)));
        blocks.extend(table(
            vec![
                tr(m::NETWORK, lang),
                tr(m::TASK, lang),
                tr(m::SIGNIFICANCE, lang),
                tr(m::MEMBERS, lang),
                tr(m::DIRECTION, lang),
            ],
            &[2.2, 2.5, 1.0, 2.5, 2.5],
            portfolio,
        ));
    }
}

fn roles(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let c = &project.catalogs.service_roles;
    let rows = project
        .roles
        .rows
        .iter()
        .map(|r| {
            let change = r.current_role != r.desired_role;
            vec![
                r.service.as_str().into(),
                c.label(&r.current_role, lang).into(),
                Cell {
                    text: c.label(&r.desired_role, lang).to_owned(),
                    fill: None,
                    strong: change,
                },
                r.strength.to_string().into(),
                r.importance.to_string().into(),
                names(project, &r.partners).into(),
                r.actions.as_str().into(),
            ]
        })
        .collect();
    blocks.push(Block::Heading(tr(m::ROLES_TABLE, lang)));
    blocks.extend(table(
        vec![
            tr(m::SERVICE, lang),
            tr(m::ROLE_NOW, lang),
            tr(m::ROLE_TARGET, lang),
            tr(m::STRENGTH, lang),
            tr(m::IMPORTANCE, lang),
            tr(m::PARTNERS, lang),
            tr(m::ACTIONS, lang),
        ],
        &[2.4, 1.8, 1.8, 1.0, 1.0, 2.2, 2.8],
        rows,
    ));
}

/// Heat map colours of competence levels 0–4: light to dark blue.
pub const LEVEL_FILL: [[u8; 3]; 5] = [
    [0xF4, 0xF5, 0xF7],
    [0xD6, 0xE6, 0xF4],
    [0xA9, 0xCB, 0xE8],
    [0x6A, 0xA7, 0xD8],
    [0x35, 0x7A, 0xB8],
];

/// Background of a gap.
pub const GAP_FILL: [u8; 3] = [0xF8, 0xD0, 0xB8];

fn competences(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let ph = &project.competences;
    if ph.competences.is_empty() {
        return;
    }
    let mut holders: Vec<(Holder, String)> = Vec::new();
    if let Some(own) = project.own_actor() {
        holders.push((Holder::Actor(own.id), own.name.clone()));
    }
    for &id in &ph.columns {
        if project.own_actor().is_none_or(|o| o.id != id) {
            holders.push((Holder::Actor(id), project.actor_name(id)));
        }
    }
    holders.push((Holder::Potential, tr(m::POTENTIAL_PARTNER, lang)));
    let mut header = vec![tr(m::COMPETENCE, lang), tr(m::REQUIRED, lang)];
    header.extend(holders.iter().map(|(_, n)| n.clone()));
    header.push(tr(m::GAP, lang));
    let mut widths = vec![2.6, 1.0];
    widths.extend(holders.iter().map(|_| 1.0));
    widths.push(0.8);
    let rows = ph
        .competences
        .iter()
        .map(|c| {
            let mut row: Vec<Cell> = vec![c.name.as_str().into(), c.required.to_string().into()];
            for (h, _) in &holders {
                let cell = c.cell(*h);
                let level = cell.map_or(0, |x| x.level).min(4);
                let mut text = level.to_string();
                if cell.is_some_and(|x| x.availability != Availability::Available) {
                    text.push_str(match cell.map(|x| x.availability) {
                        Some(Availability::Negotiable) => " (?)",
                        _ => " (–)",
                    });
                }
                row.push(Cell {
                    text,
                    fill: Some(LEVEL_FILL[usize::from(level)]),
                    strong: level >= 3,
                });
            }
            let gap = c.gap();
            row.push(Cell {
                text: gap.to_string(),
                fill: (gap > 0).then_some(GAP_FILL),
                strong: gap > 0,
            });
            row
        })
        .collect();
    blocks.push(Block::Heading(tr(m::HEAT_MAP, lang)));
    blocks.push(Block::Note(tr(m::HEAT_MAP_KEY, lang)));
    blocks.extend(table(header, &widths, rows));
    let gaps: Vec<Vec<Cell>> = ph
        .competences
        .iter()
        .filter(|c| c.gap() > 0)
        .map(|c| {
            vec![
                c.name.as_str().into(),
                Cell {
                    text: c.gap().to_string(),
                    fill: Some(GAP_FILL),
                    strong: true,
                },
                c.remedy
                    .map_or(String::new(), |r| r.label().get(lang).to_owned())
                    .into(),
                names(project, &c.candidates).into(),
                c.owner.as_str().into(),
            ]
        })
        .collect();
    if !gaps.is_empty() {
        blocks.push(Block::Heading(tr(m::GAPS, lang)));
        blocks.extend(table(
            vec![
                tr(m::COMPETENCE, lang),
                tr(m::GAP, lang),
                tr(m::REMEDY, lang),
                tr(m::CANDIDATES, lang),
                tr(m::OWNER, lang),
            ],
            &[2.6, 0.8, 1.6, 2.6, 1.6],
            gaps,
        ));
    }
}

fn tactics(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let t = &project.tactics;
    let goals = t
        .goals
        .iter()
        .map(|g| {
            vec![
                project.catalogs.goal_types.label(&g.goal, lang).into(),
                g.description.as_str().into(),
                g.priority.to_string().into(),
                g.indicator.as_str().into(),
            ]
        })
        .collect();
    if !t.goals.is_empty() {
        blocks.push(Block::Heading(tr(m::GOALS, lang)));
    }
    blocks.extend(table(
        vec![
            tr(m::GOAL, lang),
            tr(m::DESCRIPTION, lang),
            tr(m::PRIORITY, lang),
            tr(m::INDICATOR, lang),
        ],
        &[2.0, 4.0, 1.0, 3.0],
        goals,
    ));
    let partners = t
        .partners
        .iter()
        .map(|p| {
            vec![
                project.actor_name(p.partner).into(),
                p.goal.as_str().into(),
                project.catalogs.cooperation_forms.label(&p.form, lang).into(),
                format!("{} → {}", p.current_depth.number(), p.target_depth.number()).into(),
                p.contribution.as_str().into(),
                p.benefit.as_str().into(),
                p.timeline.as_str().into(),
                p.owner.as_str().into(),
            ]
        })
        .collect();
    if !t.partners.is_empty() {
        blocks.push(Block::Heading(tr(m::TACTICS, lang)));
        blocks.push(Block::Note(
            Depth::ALL
                .iter()
                .map(|d| format!("{} {}", d.number(), d.label().get(lang)))
                .collect::<Vec<_>>()
                .join(" · "),
        ));
    }
    blocks.extend(table(
        vec![
            tr(m::PARTNER, lang),
            tr(m::GOAL, lang),
            tr(m::FORM, lang),
            tr(m::DEPTH, lang),
            tr(m::CONTRIBUTION, lang),
            tr(m::BENEFIT, lang),
            tr(m::TIMELINE, lang),
            tr(m::OWNER, lang),
        ],
        &[2.0, 2.2, 1.6, 0.9, 2.2, 2.2, 1.2, 1.4],
        partners,
    ));
    let r = &t.readiness;
    let [l0, l1, l2, l3] = crate::i18n::method::READINESS_ITEMS;
    let items = [
        (l0, &r.resources),
        (l1, &r.people),
        (l2, &r.communication),
        (l3, &r.culture),
    ];
    if items
        .iter()
        .any(|(_, i)| i.score.is_some() || !i.comment.trim().is_empty())
    {
        blocks.push(Block::Heading(tr(m::READINESS, lang)));
        blocks.extend(table(
            vec![tr(m::AREA, lang), tr(m::SCORE, lang), tr(m::COMMENT, lang)],
            &[2.5, 0.8, 5.0],
            items
                .iter()
                .map(|(label, i)| {
                    vec![
                        label.get(lang).into(),
                        i.score.map_or_else(|| "–".to_owned(), |s| format!("{s}/5")).into(),
                        i.comment.as_str().into(),
                    ]
                })
                .collect(),
        ));
    }
}

fn idea(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let i = &project.idea;
    let c = &i.canvas;
    let mut facts = vec![format!("{}: {}", m::MATURITY.get(lang), i.maturity.label().get(lang))];
    if let Some(t) = i.net_type {
        facts.insert(0, format!("{}: {}", m::NET_TYPE.get(lang), t.label().get(lang)));
    }
    blocks.push(Block::Note(facts.join(" · ")));
    for (label, text) in [
        (m::IDEA_NEED, &c.need),
        (m::IDEA_TARGETS, &c.target_groups),
        (m::IDEA_VALUE, &c.value_proposition),
        (m::IDEA_OFFERING, &c.offering),
        (m::IDEA_CONTRIBUTIONS, &c.member_contributions),
        (m::IDEA_WHY_TOGETHER, &c.why_together),
        (m::IDEA_REVENUE, &c.revenue_logic),
        (m::IDEA_OPEN, &c.open_questions),
    ] {
        push_text(blocks, label, text, lang);
    }
    if !i.versions.is_empty() {
        blocks.push(Block::Heading(tr(m::IDEA_VERSIONS, lang)));
        blocks.push(Block::Bullets(
            i.versions
                .iter()
                .map(|v| {
                    let date = opt_date(v.date);
                    let label = v.label.trim();
                    match (date.is_empty(), label.is_empty()) {
                        (false, false) => format!("{date}: {label}"),
                        (false, true) => date,
                        _ => label.to_owned(),
                    }
                })
                .collect(),
        ));
    }
}

fn conditions(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let c = &project.conditions;
    let yes = |b: bool| if b { tr(m::YES, lang) } else { tr(m::NO, lang) };
    let members = c
        .members
        .iter()
        .map(|x| {
            vec![
                project.actor_name(x.member).into(),
                x.expectations.as_str().into(),
                x.contributions.as_str().into(),
                x.resources.as_str().into(),
                x.non_negotiables.as_str().into(),
                yes(x.accepted).into(),
            ]
        })
        .collect();
    if !c.members.is_empty() {
        blocks.push(Block::Heading(tr(m::MEMBER_CONDITIONS, lang)));
    }
    blocks.extend(table(
        vec![
            tr(m::MEMBER, lang),
            tr(m::EXPECTATIONS, lang),
            tr(m::CONTRIBUTION, lang),
            tr(m::RESOURCES, lang),
            tr(m::NON_NEGOTIABLES, lang),
            tr(m::ACCEPTED, lang),
        ],
        &[1.8, 2.5, 2.5, 2.0, 2.0, 1.0],
        members,
    ));
    let rules = c
        .rules
        .iter()
        .map(|r| {
            vec![
                project.catalogs.rule_areas.label(&r.area, lang).into(),
                r.text.as_str().into(),
                opt_date(r.agreed).into(),
                opt_date(r.review).into(),
            ]
        })
        .collect();
    if !c.rules.is_empty() {
        blocks.push(Block::Heading(tr(m::RULES, lang)));
    }
    blocks.extend(table(
        vec![
            tr(m::AREA, lang),
            tr(m::RULE, lang),
            tr(m::AGREED, lang),
            tr(m::REVIEW, lang),
        ],
        &[2.0, 5.0, 1.3, 1.3],
        rules,
    ));
}

fn strategy(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let s = &project.strategy;
    push_text(blocks, m::VISION, &s.vision, lang);
    push_text(blocks, m::MISSION, &s.mission, lang);
    let mut facts = Vec::new();
    if s.period_start.is_some() || s.period_end.is_some() {
        facts.push(format!(
            "{}: {} – {}",
            m::PERIOD.get(lang),
            opt_date(s.period_start),
            opt_date(s.period_end)
        ));
    }
    facts.push(format!("{}: {}", m::LIFECYCLE.get(lang), s.lifecycle.label().get(lang)));
    if let Some(g) = s.governance {
        facts.push(format!("{}: {}", m::GOVERNANCE.get(lang), g.label().get(lang)));
    }
    blocks.push(Block::Note(facts.join(" · ")));
    push_text(blocks, m::COORDINATOR, &s.coordinator, lang);
    blocks.push(Block::Heading(tr(m::SIX_AREAS, lang)));
    for (k, ((label, _), text)) in crate::i18n::method::STRATEGY_AREAS
        .iter()
        .zip(s.areas.texts())
        .enumerate()
    {
        let text = if text.trim().is_empty() { "–" } else { text.trim() };
        blocks.push(Block::Field(format!("{}. {}", k + 1, label.get(lang)), text.to_owned()));
    }
    let plan = s
        .action_plan
        .iter()
        .map(|a| {
            vec![
                a.action.as_str().into(),
                a.owner.as_str().into(),
                a.schedule.as_str().into(),
                a.indicator.as_str().into(),
            ]
        })
        .collect();
    if !s.action_plan.is_empty() {
        blocks.push(Block::Heading(tr(m::ACTION_PLAN, lang)));
    }
    blocks.extend(table(
        vec![
            tr(m::ACTION, lang),
            tr(m::OWNER, lang),
            tr(m::SCHEDULE, lang),
            tr(m::INDICATOR, lang),
        ],
        &[4.0, 1.8, 1.5, 3.0],
        plan,
    ));
    if !s.approvals.is_empty() {
        blocks.push(Block::Heading(tr(m::APPROVALS, lang)));
        blocks.push(Block::Bullets(
            s.approvals
                .iter()
                .map(|a| {
                    let name = project.actor_name(a.member);
                    match a.date {
                        Some(d) => format!("{name} ({d})"),
                        None => name,
                    }
                })
                .collect(),
        ));
    }
}

fn evaluation(project: &Project, lang: Lang, blocks: &mut Vec<Block>) {
    let e = &project.evaluation;
    let fmt = |s: es::Stats| es::format_number(s.mean, 2, lang);
    let rounds: Vec<Vec<Cell>> = e
        .rounds
        .iter()
        .map(|r| {
            vec![
                r.name.as_str().into(),
                opt_date(r.date).into(),
                r.respondents.len().to_string().into(),
                fmt(es::level_stats(r, &e.criteria, EvalLevel::Member)).into(),
                fmt(es::level_stats(r, &e.criteria, EvalLevel::Network)).into(),
                fmt(es::level_stats(r, &e.criteria, EvalLevel::Community)).into(),
                Cell {
                    text: fmt(es::overall_stats(r, &e.criteria)),
                    fill: None,
                    strong: true,
                },
            ]
        })
        .collect();
    if !rounds.is_empty() {
        blocks.push(Block::Heading(tr(m::ROUNDS, lang)));
        blocks.extend(table(
            vec![
                tr(m::ROUND, lang),
                tr(m::DATE, lang),
                tr(m::RESPONDENTS, lang),
                EvalLevel::Member.label().get(lang).to_owned(),
                EvalLevel::Network.label().get(lang).to_owned(),
                EvalLevel::Community.label().get(lang).to_owned(),
                tr(m::OVERALL, lang),
            ],
            &[2.0, 1.3, 1.1, 1.0, 1.0, 1.4, 1.0],
            rounds,
        ));
        blocks.push(Block::Figure(evaluation_chart(project, lang)));
    }
    if let Some(last) = e.rounds.last() {
        let before = e.rounds.len().checked_sub(2).and_then(|i| e.rounds.get(i));
        let rows = e
            .criteria
            .iter()
            .map(|c| {
                let s = es::criterion_stats(last, c.id);
                let change = before.map(|b| es::change(es::criterion_stats(b, c.id), s));
                let text = match lang {
                    Lang::Fi => &c.fi,
                    Lang::En => &c.en,
                };
                vec![
                    text.as_str().into(),
                    c.level.code().get(lang).into(),
                    fmt(s).into(),
                    s.n.to_string().into(),
                    change.map_or_else(String::new, |c| es::format_change(c, lang)).into(),
                ]
            })
            .collect();
        blocks.push(Block::Heading(m::CRITERIA_OF.fmt(lang, &[("round", &last.name)])));
        blocks.extend(table(
            vec![
                tr(m::CRITERION, lang),
                tr(m::LEVEL, lang),
                tr(m::MEAN, lang),
                "n".to_owned(),
                tr(m::CHANGE, lang),
            ],
            &[6.0, 0.8, 0.9, 0.6, 1.0],
            rows,
        ));
        push_text(blocks, m::WORKED, &last.worked, lang);
        push_text(blocks, m::DID_NOT_WORK, &last.did_not_work, lang);
        push_text(blocks, m::SUGGESTIONS, &last.suggestions, lang);
    }
    let actions = e
        .actions
        .iter()
        .map(|a| {
            vec![
                a.action.as_str().into(),
                a.owner.as_str().into(),
                opt_date(a.due).into(),
                a.link.as_str().into(),
            ]
        })
        .collect();
    if !e.actions.is_empty() {
        blocks.push(Block::Heading(tr(m::DEVELOPMENT_ACTIONS, lang)));
    }
    blocks.extend(table(
        vec![
            tr(m::ACTION, lang),
            tr(m::OWNER, lang),
            tr(m::DUE, lang),
            tr(m::LINK, lang),
        ],
        &[4.0, 1.8, 1.2, 1.6],
        actions,
    ));
}

/// A bar chart of each round's mean per level (member, network, community) and overall.
fn evaluation_chart(project: &Project, lang: Lang) -> Figure {
    use super::svg::{Anchor, MUTED, PAPER, Svg, TextStyle};
    let e = &project.evaluation;
    let (w, h) = (640.0, 300.0);
    let mut svg = Svg::new(w, h);
    svg.title(m::CHART_TITLE.get(lang));
    svg.rect(0.0, 0.0, w, h, Some(PAPER), None, 0.0);
    let (left, right, top, bottom) = (44.0, w - 12.0, 16.0, h - 58.0);
    let y_of = |v: f64| bottom - (v as f32 - 1.0).max(0.0) / 4.0 * (bottom - top);
    for v in 1..=5 {
        let y = y_of(f64::from(v));
        svg.line([left, y], [right, y], [0xE3, 0xE6, 0xEA], 1.0, "");
        svg.text(
            left - 8.0,
            y + 4.0,
            &v.to_string(),
            TextStyle::new(11.0).fill(MUTED).anchor(Anchor::End),
        );
    }
    let series: [(&str, [u8; 3]); 4] = [
        (EvalLevel::Member.label().get(lang), [0x56, 0xB4, 0xE9]),
        (EvalLevel::Network.label().get(lang), [0x00, 0x72, 0xB2]),
        (EvalLevel::Community.label().get(lang), [0x00, 0x9E, 0x73]),
        (m::OVERALL.get(lang), [0xE6, 0x9F, 0x00]),
    ];
    let n = e.rounds.len().max(1);
    let group_w = (right - left) / n as f32;
    let bar_w = (group_w * 0.8 / 4.0).min(34.0);
    for (k, round) in e.rounds.iter().enumerate() {
        let values = [
            es::level_stats(round, &e.criteria, EvalLevel::Member).mean,
            es::level_stats(round, &e.criteria, EvalLevel::Network).mean,
            es::level_stats(round, &e.criteria, EvalLevel::Community).mean,
            es::overall_stats(round, &e.criteria).mean,
        ];
        let gx = left + group_w * k as f32 + (group_w - bar_w * 4.0) / 2.0;
        for (j, v) in values.iter().enumerate() {
            if let Some(v) = v {
                let y = y_of(*v);
                svg.rect(
                    gx + bar_w * j as f32,
                    y,
                    bar_w - 3.0,
                    bottom - y,
                    Some(series[j].1),
                    None,
                    0.0,
                );
                svg.text(
                    gx + bar_w * j as f32 + (bar_w - 3.0) / 2.0,
                    y - 4.0,
                    &es::format_number(Some(*v), 1, lang),
                    TextStyle::new(10.0).anchor(Anchor::Middle),
                );
            }
        }
        let label = super::fonts::ellipsize(&round.name, group_w - 6.0, 11.5, true);
        svg.text(
            left + group_w * (k as f32 + 0.5),
            bottom + 17.0,
            &label,
            TextStyle::new(11.5).bold().anchor(Anchor::Middle),
        );
    }
    let mut lx = left;
    for (label, colour) in series {
        svg.rect(lx, h - 22.0, 11.0, 11.0, Some(colour), None, 2.0);
        svg.text(lx + 16.0, h - 12.5, label, TextStyle::new(11.0));
        lx += 16.0 + super::fonts::measure(label, 11.0, false) + 18.0;
    }
    Figure {
        svg: svg.finish(),
        width: w,
        height: h,
        caption: tr(m::CHART_TITLE, lang),
        alt: Vec::new(),
    }
}

fn card(project: &Project, options: &ReportOptions, blocks: &mut Vec<Block>) {
    let lang = options.lang;
    let c = &project.card;
    if c.texts().iter().all(|t| t.trim().is_empty()) && c.offering.is_empty() && c.members.is_empty() {
        return;
    }
    let (w, h) = CardSize::A4.dimensions();
    let mut alt = Vec::new();
    for (label, text) in [
        (m::CARD_NAME, &c.name),
        (m::CARD_TAGLINE, &c.tagline),
        (m::CARD_PURPOSE, &c.purpose),
        (m::CARD_TARGETS, &c.target_groups),
    ] {
        push_text(&mut alt, label, text, lang);
    }
    if !c.offering.is_empty() {
        alt.push(Block::Field(tr(m::CARD_OFFERING, lang), String::new()));
        alt.push(Block::Bullets(c.offering.clone()));
    }
    for (label, text) in [
        (m::CARD_UNIQUE, &c.unique),
        (m::CARD_RESULTS, &c.results),
        (m::CARD_JOIN, &c.how_to_join),
    ] {
        push_text(&mut alt, label, text, lang);
    }
    if !c.members.is_empty() {
        alt.push(Block::Field(tr(m::CARD_MEMBERS, lang), names(project, &c.members)));
    }
    let contact: Vec<&str> = [
        &c.contact.name,
        &c.contact.organisation,
        &c.contact.email,
        &c.contact.phone,
    ]
    .into_iter()
    .map(|s| s.trim())
    .filter(|s| !s.is_empty())
    .collect();
    if !contact.is_empty() {
        alt.push(Block::Field(tr(m::CARD_CONTACT, lang), contact.join(", ")));
    }
    for (label, text) in [
        (m::CARD_CHANNELS, &c.channels),
        (m::CARD_REGION, &c.region),
        (m::CARD_FOUNDED, &c.founded),
    ] {
        push_text(&mut alt, label, text, lang);
    }
    blocks.push(Block::Figure(Figure {
        svg: card_svg(project, CardSize::A4, lang, options.date),
        width: w,
        height: h,
        caption: tr(m::CARD_TITLE, lang),
        alt,
    }));
}
