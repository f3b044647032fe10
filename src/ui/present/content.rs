//! What each slide says, as a title and a list of text blocks read from the project. Blocks are
//! plain text so that they can be measured and split over several slides ("2/3") instead of
//! being shrunk or clipped.

use super::{ACTORS_N, CONTACT, GOALS, MAP_TITLE, MEMBERS, PARTNER_TACTICS, READINESS, RULES, TITLE_SLIDE};
use crate::i18n::Lang;
use crate::i18n::method::{PHASES, STRATEGY_AREAS};
use crate::model::{PhaseId, Project, SlideKey};
use crate::ui::sheets::{competences, idea, strategy};

/// A text block of a slide.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// A sub-heading (bold, a little larger) rather than body text.
    pub heading: bool,
    /// The text.
    pub text: String,
}

fn heading(text: impl Into<String>) -> Block {
    Block {
        heading: true,
        text: text.into(),
    }
}

fn body(text: impl Into<String>) -> Block {
    Block {
        heading: false,
        text: text.into(),
    }
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

/// A labelled field as a heading and its text, when it has text.
fn field(blocks: &mut Vec<Block>, label: &str, text: &str) {
    if filled(text) {
        blocks.push(heading(label));
        blocks.push(body(text.trim()));
    }
}

/// The slide's title.
pub fn title(project: &Project, key: SlideKey, lang: Lang) -> String {
    let phase = |p: PhaseId| format!("{}. {}", p.number(), PHASES[p.index()].name.get(lang));
    match key {
        SlideKey::Title => project.display_name().to_owned(),
        SlideKey::Map => MAP_TITLE.get(lang).to_owned(),
        SlideKey::MapView(id) => project
            .presentation
            .map_slides
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| MAP_TITLE.get(lang).to_owned()),
        SlideKey::Portfolio => crate::ui::map::TAB_PORTFOLIO.get(lang).to_owned(),
        SlideKey::Roles => phase(PhaseId::Roles),
        SlideKey::Competences => phase(PhaseId::Competences),
        SlideKey::Tactics => phase(PhaseId::Tactics),
        SlideKey::Idea => phase(PhaseId::Idea),
        SlideKey::Conditions => phase(PhaseId::Conditions),
        SlideKey::Strategy => phase(PhaseId::Strategy),
        SlideKey::Evaluation => phase(PhaseId::Evaluation),
        SlideKey::Card => {
            let name = project.card.name.trim();
            if name.is_empty() {
                phase(PhaseId::Card)
            } else {
                name.to_owned()
            }
        }
    }
}

/// Today's date as a room reads it: "3.12.2026", "3 December 2026".
fn today(lang: Lang) -> String {
    let now = chrono::Local::now();
    match lang {
        Lang::Fi => now.format("%-d.%-m.%Y").to_string(),
        Lang::En => now.format("%-d %B %Y").to_string(),
    }
}

/// The slide's text blocks (map slides have none: they show the map).
pub fn blocks(project: &Project, key: SlideKey, lang: Lang) -> Vec<Block> {
    let mut b = Vec::new();
    match key {
        SlideKey::Title => {
            if filled(&project.meta.organisation) {
                b.push(heading(project.meta.organisation.trim()));
            }
            b.push(body(today(lang)));
            if filled(&project.meta.description) {
                b.push(body(project.meta.description.trim()));
            }
            b.push(body(TITLE_SLIDE.get(lang)));
        }
        SlideKey::Map | SlideKey::MapView(_) => {}
        SlideKey::Portfolio => {
            for n in &project.mapping.portfolio {
                b.push(heading(n.name.trim()));
                if filled(&n.task) {
                    b.push(body(n.task.trim()));
                }
                if !n.members.is_empty() {
                    b.push(body(format!(
                        "{}: {}",
                        MEMBERS.get(lang),
                        project.actor_names(&n.members)
                    )));
                }
            }
        }
        SlideKey::Roles => {
            for row in &project.roles.rows {
                b.push(heading(row.service.trim()));
                let roles = [row.current_role.trim(), row.desired_role.trim()];
                let text = match roles {
                    ["", ""] => String::new(),
                    [now, ""] => now.to_owned(),
                    ["", want] => format!("→ {want}"),
                    [now, want] => format!("{now} → {want}"),
                };
                if filled(&text) {
                    b.push(body(text));
                }
            }
        }
        SlideKey::Competences => {
            // The grid itself is graphical (see `graphics::heat_map`); after it, the gaps,
            // the most critical first, with how each is to be closed.
            let gaps = project.competences.gaps();
            if !gaps.is_empty() {
                b.push(heading(competences::GAPS.get(lang)));
            }
            for (_, c) in gaps {
                let mut text = format!(
                    "• {}: {}",
                    c.name.trim(),
                    competences::GAP_BADGE.fmt(lang, &[("gap", &c.gap())])
                );
                if let Some(remedy) = c.remedy {
                    text.push_str(&format!(" · {}", remedy.label().get(lang)));
                }
                if !c.candidates.is_empty() {
                    text.push_str(&format!(" · {}", project.actor_names(&c.candidates)));
                }
                if filled(&c.owner) {
                    text.push_str(&format!(" · {}", c.owner.trim()));
                }
                b.push(body(text));
            }
        }
        SlideKey::Tactics => {
            let t = &project.tactics;
            if !t.goals.is_empty() {
                b.push(heading(GOALS.get(lang)));
                for g in &t.goals {
                    b.push(body(format!("• {}", g.goal.trim())));
                }
            }
            if !t.partners.is_empty() {
                b.push(heading(PARTNER_TACTICS.get(lang)));
                for p in &t.partners {
                    b.push(body(format!(
                        "• {}: {} ({} → {})",
                        project.actor_name(p.partner),
                        p.goal.trim(),
                        p.current_depth.label().get(lang),
                        p.target_depth.label().get(lang)
                    )));
                }
            }
            let r = &t.readiness;
            let scores: Vec<String> = [&r.resources, &r.people, &r.communication, &r.culture]
                .iter()
                .filter_map(|i| i.score)
                .map(|s| s.to_string())
                .collect();
            if !scores.is_empty() {
                b.push(heading(READINESS.get(lang)));
                b.push(body(scores.join(" · ")));
            }
        }
        SlideKey::Idea => {
            let c = &project.idea.canvas;
            field(&mut b, idea::NEED.get(lang), &c.need);
            field(&mut b, idea::TARGET_GROUPS.get(lang), &c.target_groups);
            field(&mut b, idea::VALUE_PROPOSITION.get(lang), &c.value_proposition);
            field(&mut b, idea::OFFERING.get(lang), &c.offering);
            field(&mut b, idea::MEMBER_CONTRIBUTIONS.get(lang), &c.member_contributions);
            field(&mut b, "", &c.why_together);
            field(&mut b, "", &c.revenue_logic);
            b.retain(|x| !(x.heading && x.text.is_empty()));
        }
        SlideKey::Conditions => {
            let c = &project.conditions;
            if !c.rules.is_empty() {
                b.push(heading(RULES.get(lang)));
                for r in &c.rules {
                    let area = r.area.trim();
                    let text = if area.is_empty() {
                        format!("• {}", r.text.trim())
                    } else {
                        format!("• {area}: {}", r.text.trim())
                    };
                    b.push(body(text));
                }
            }
            if !c.members.is_empty() {
                let ids: Vec<_> = c.members.iter().map(|m| m.member).collect();
                b.push(heading(MEMBERS.get(lang)));
                b.push(body(project.actor_names(&ids)));
            }
        }
        SlideKey::Strategy => {
            let s = &project.strategy;
            field(&mut b, strategy::VISION.get(lang), &s.vision);
            field(&mut b, strategy::MISSION.get(lang), &s.mission);
            let a = &s.areas;
            let texts = [
                &a.actors,
                &a.goals,
                &a.cooperation,
                &a.organising,
                &a.management,
                &a.evaluation,
            ];
            for ((name, _), text) in STRATEGY_AREAS.iter().zip(texts) {
                field(&mut b, name.get(lang), text);
            }
        }
        SlideKey::Evaluation => {
            let e = &project.evaluation;
            // The means are the chart's (see `graphics::evaluation_chart`); after it, what
            // each round said worked and did not.
            for round in &e.rounds {
                if !filled(&round.worked) && !filled(&round.did_not_work) {
                    continue;
                }
                b.push(heading(round.name.trim()));
                if filled(&round.worked) {
                    b.push(body(format!("+ {}", round.worked.trim())));
                }
                if filled(&round.did_not_work) {
                    b.push(body(format!("– {}", round.did_not_work.trim())));
                }
            }
        }
        SlideKey::Card => {
            let c = &project.card;
            if filled(&c.tagline) {
                b.push(heading(c.tagline.trim()));
            }
            if filled(&c.purpose) {
                b.push(body(c.purpose.trim()));
            }
            for o in c.offering.iter().filter(|o| filled(o)) {
                b.push(body(format!("• {}", o.trim())));
            }
            if !c.members.is_empty() {
                b.push(body(ACTORS_N.fmt(lang, &[("names", &project.actor_names(&c.members))])));
            }
            let contact = [&c.contact.name, &c.contact.email, &c.contact.phone]
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            if !contact.is_empty() {
                b.push(heading(CONTACT.get(lang)));
                b.push(body(contact));
            }
        }
    }
    b.retain(|x| filled(&x.text));
    b
}
