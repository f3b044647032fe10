//! The graphical slides: the competence heat map (phase 3) as a coloured grid and the
//! evaluation chart (phase 8) as bars, both in slide-sized type. Like text slides they are laid
//! out as measured galleys (plus the boxes drawn behind them) and split over further pages
//! instead of being shrunk: rows that do not fit go on the next page with the header repeated,
//! and holder columns that do not fit at a readable width go on pages of their own.

use super::layout::{BODY_1080, Placed};
use crate::i18n::Lang;
use crate::model::evaluation_stats::{self as stats, Direction, Stats};
use crate::model::{Availability, EvalLevel, Holder, Project};
use crate::ui::sheets::competences::{self, COVERED_COLOUR, GAP_COLOUR, level_colours};
use crate::ui::sheets::evaluation::{self, level_colour};
use egui::text::LayoutJob;
use egui::{Color32, FontId, Galley, Rect, Stroke, TextFormat, Vec2};
use std::sync::Arc;

/// A box drawn behind a slide's text: a heat-map cell, a bar, a marker. Its rectangle is
/// relative to the body's top left corner, like [`Placed::offset`].
#[derive(Clone, Debug)]
pub struct Mark {
    /// Where, relative to the body's top left corner.
    pub rect: Rect,
    /// The fill.
    pub fill: Color32,
    /// An outline, if any.
    pub stroke: Option<Stroke>,
    /// Diagonal hatching in this colour ("there, but not available").
    pub hatch: Option<Color32>,
    /// What a screen reader (and a test) hears for it.
    pub label: Option<String>,
}

/// One page of a graphical slide: its text and the boxes behind it.
pub type Page = (Vec<Placed>, Vec<Mark>);

/// Dark text on the light fills (gap tint, level 0–2): the worksheet's dark text colour.
const DARK_TEXT: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
/// The light tint behind a gap.
const GAP_TINT: Color32 = Color32::from_rgb(0xFB, 0xE4, 0xD3);

fn lay(painter: &egui::Painter, text: String, font: FontId, colour: Color32, width: f32, rows: usize) -> Arc<Galley> {
    let mut job = LayoutJob::simple(text, font, colour, width.max(1.0));
    job.wrap.max_rows = rows;
    job.wrap.overflow_character = Some('…');
    painter.layout_job(job)
}

fn placed(galley: Arc<Galley>, offset: Vec2) -> Placed {
    Placed {
        galley,
        offset,
        heading: false,
    }
}

/// `galley` centred in `rect`.
fn centred(galley: Arc<Galley>, rect: Rect) -> Placed {
    let offset = rect.center().to_vec2() - galley.size() / 2.0;
    placed(galley, offset)
}

fn mark(rect: Rect, fill: Color32) -> Mark {
    Mark {
        rect,
        fill,
        stroke: None,
        hatch: None,
        label: None,
    }
}

/// Splits `n` items into the fewest chunks of at most `most`, as even as possible.
fn even_chunks(n: usize, most: usize) -> Vec<std::ops::Range<usize>> {
    let most = most.max(1);
    let count = n.div_ceil(most).max(1);
    let size = n.div_ceil(count).max(1);
    (0..n).step_by(size).map(|at| at..(at + size).min(n)).collect()
}

/// Rows of a table, each `(height, what it draws at y = 0)`, stacked under a `header` of
/// `header_h` on as many pages as they need; the header repeats on every page.
fn stack(header: &Page, header_h: f32, rows: Vec<(f32, Page)>, height: f32, gap: f32) -> Vec<Page> {
    let mut pages: Vec<Page> = Vec::new();
    let mut y = f32::INFINITY;
    let mut on_page = 0usize;
    for (h, (texts, marks)) in rows {
        if on_page > 0 && y + h > height {
            y = f32::INFINITY;
        }
        if y == f32::INFINITY {
            pages.push(header.clone());
            y = header_h;
            on_page = 0;
        }
        let shift = Vec2::new(0.0, y);
        if let Some((page_texts, page_marks)) = pages.last_mut() {
            page_texts.extend(texts.into_iter().map(|mut p| {
                p.offset += shift;
                p
            }));
            page_marks.extend(marks.into_iter().map(|mut m| {
                m.rect = m.rect.translate(shift);
                m
            }));
        }
        y += h + gap;
        on_page += 1;
    }
    pages
}

crate::messages! {
    HEAT_CELL = "{competence} – {holder}: taso {level}", "{competence} – {holder}: level {level}";
    HEAT_GAP = "{competence}: aukko {gap}", "{competence}: gap {gap}";
    CHART_ROUND = "{round}: keskiarvot (asteikko 1–5)", "{round}: means (scale 1–5)";
    CHART_COMPARED = "▲▼ muutos ja | keskiarvo kierroksella {round}", "▲▼ the change from, and | the mean of, {round}";
    CHART_BAR = "{what}: keskiarvo {mean}", "{what}: mean {mean}";
    CHART_BEFORE = "{what}: edellinen kierros {mean}", "{what}: previous round {mean}";
}

/// The competence heat map of `project` in `body`-sized pages: competences as rows, holders
/// as columns coloured by level with the worksheet's scale, then the required level and the
/// gap, marked in the worksheet's gap colour.
pub fn heat_map(
    painter: &egui::Painter,
    project: &Project,
    lang: Lang,
    body: Rect,
    fonts: (FontId, FontId),
    ink: Color32,
) -> Vec<Page> {
    let data = &project.competences;
    if data.competences.is_empty() {
        return Vec::new();
    }
    let own = project.own_actor().map(|a| a.id);
    let holders = data.holders(own);
    let (body_font, strong_font) = fonts;
    let s = body_font.size / BODY_1080;
    let pad = 10.0 * s;
    let space = 6.0 * s;
    let width = body.width();
    let name_w = (width * 0.26).max(160.0 * s);
    let req_w = 150.0 * s;
    let gap_w = 190.0 * s;
    let room = (width - name_w - req_w - gap_w - space * 3.0).max(1.0);
    let (min_cell, max_cell) = (150.0 * s, 260.0 * s);
    let fit = ((room / (min_cell + space)).floor() as usize).max(1);
    let mut pages = Vec::new();
    for cols in even_chunks(holders.len(), fit) {
        let cols = &holders[cols];
        let cell_w = (room / cols.len() as f32 - space).min(max_cell);
        let x_of = |c: usize| name_w + space + c as f32 * (cell_w + space);
        let req_x = x_of(cols.len());
        let gap_x = req_x + req_w + space;
        // The header: holder names (wrapped, at most three lines), "required", "gap".
        let names: Vec<String> = cols
            .iter()
            .map(|holder| match holder {
                Holder::Actor(id) => project.actor_name(*id),
                Holder::Potential => competences::POTENTIAL.get(lang).to_owned(),
            })
            .collect();
        let mut heads: Vec<(f32, f32, String)> = names
            .iter()
            .enumerate()
            .map(|(c, name)| (x_of(c), cell_w, name.clone()))
            .collect();
        heads.push((req_x, req_w, competences::REQUIRED_SHORT.get(lang).to_owned()));
        heads.push((gap_x, gap_w, competences::GAP.get(lang).to_owned()));
        let laid: Vec<(f32, f32, Arc<Galley>)> = heads
            .into_iter()
            .map(|(x, w, text)| (x, w, lay(painter, text, body_font.clone(), ink, w - pad, 3)))
            .collect();
        let header_h = laid.iter().map(|(_, _, g)| g.size().y).fold(0.0, f32::max) + pad;
        // Header names sit on the grid's top line, centred over their columns.
        let header: Page = (
            laid.into_iter()
                .map(|(x, w, g)| {
                    let offset = Vec2::new(x + (w - g.size().x) / 2.0, header_h - pad - g.size().y);
                    placed(g, offset)
                })
                .collect(),
            Vec::new(),
        );
        let mut rows = Vec::new();
        for (i, comp) in data.competences.iter().enumerate() {
            let name = if comp.name.trim().is_empty() {
                crate::ui::kit::cell_name(lang, competences::NAME, competences::COMPETENCE, i)
            } else {
                comp.name.trim().to_owned()
            };
            let name_g = lay(painter, name.clone(), body_font.clone(), ink, name_w - pad, 2);
            let h = (body_font.size * 1.9).max(name_g.size().y + pad);
            let mut texts = vec![placed(name_g.clone(), Vec2::new(0.0, (h - name_g.size().y) / 2.0))];
            let mut marks = Vec::new();
            for (c, holder) in cols.iter().enumerate() {
                let level = comp.cell(*holder).map_or(0, |cell| cell.level).min(4);
                let availability = comp
                    .cell(*holder)
                    .map_or(Availability::Available, |cell| cell.availability);
                let (fill, text) = level_colours(level);
                let rect = Rect::from_min_size(egui::pos2(x_of(c), 0.0), Vec2::new(cell_w, h));
                let holder_name = names.get(c).cloned().unwrap_or_default();
                let mut m = mark(rect, fill);
                m.stroke = Some(Stroke::new(1.0 * s.max(0.5), ink.gamma_multiply(0.35)));
                m.label = Some(HEAT_CELL.fmt(
                    lang,
                    &[("competence", &name), ("holder", &holder_name), ("level", &level)],
                ));
                let sign = match availability {
                    Availability::Available => "",
                    Availability::Negotiable => " ~",
                    Availability::NotAvailable => {
                        m.hatch = Some(text.gamma_multiply(0.55));
                        " ×"
                    }
                };
                marks.push(m);
                let g = lay(painter, format!("{level}{sign}"), strong_font.clone(), text, cell_w, 1);
                texts.push(centred(g, rect));
            }
            let req_rect = Rect::from_min_size(egui::pos2(req_x, 0.0), Vec2::new(req_w, h));
            let g = lay(painter, comp.required.to_string(), body_font.clone(), ink, req_w, 1);
            texts.push(centred(g, req_rect));
            let gap_rect = Rect::from_min_size(egui::pos2(gap_x, 0.0), Vec2::new(gap_w, h));
            let gap = comp.gap();
            let (text, colour, font) = if gap > 0 {
                let mut m = mark(gap_rect, GAP_TINT);
                m.stroke = Some(Stroke::new(3.0 * s.max(0.5), GAP_COLOUR));
                m.label = Some(HEAT_GAP.fmt(lang, &[("competence", &name), ("gap", &gap)]));
                marks.push(m);
                (
                    competences::GAP_BADGE.fmt(lang, &[("gap", &gap)]),
                    DARK_TEXT,
                    strong_font.clone(),
                )
            } else if comp.required > 0 {
                (
                    competences::COVERED.get(lang).to_owned(),
                    COVERED_COLOUR,
                    body_font.clone(),
                )
            } else {
                ("–".to_owned(), ink, body_font.clone())
            };
            let g = lay(painter, text, font, colour, gap_w - pad, 1);
            texts.push(centred(g, gap_rect));
            rows.push((h, (texts, marks)));
        }
        pages.extend(stack(&header, header_h + space, rows, body.height(), space));
    }
    pages
}

/// The evaluation chart of the latest round in `body`-sized pages: a bar of the mean of all
/// criteria and of each level on the 0–5 scale, in the worksheet's level colours; with two
/// rounds, the earlier mean as a marker on the bar and the change as ▲/▼ beside it.
pub fn evaluation_chart(
    painter: &egui::Painter,
    project: &Project,
    lang: Lang,
    body: Rect,
    fonts: (FontId, FontId),
    ink: Color32,
) -> Vec<Page> {
    let e = &project.evaluation;
    let Some(latest) = e.rounds.last() else {
        return Vec::new();
    };
    let earlier = e.rounds.len().checked_sub(2).and_then(|i| e.rounds.get(i));
    let (body_font, strong_font) = fonts;
    let s = body_font.size / BODY_1080;
    let pad = 10.0 * s;
    let space = 24.0 * s;
    let width = body.width();
    let label_w = (width * 0.3).max(160.0 * s);
    let value_w = 360.0 * s;
    let bar_x = label_w + space;
    let bar_w = (width - label_w - value_w - space * 2.0).max(1.0);
    let x_of = |v: f64| bar_x + bar_w * (v.clamp(0.0, 5.0) / 5.0) as f32;

    let round_name = |r: &crate::model::EvaluationRound, i: usize| {
        let name = r.name.trim();
        if name.is_empty() {
            format!("{}", i + 1)
        } else {
            name.to_owned()
        }
    };
    let mut header: Page = (Vec::new(), Vec::new());
    let title = CHART_ROUND.fmt(lang, &[("round", &round_name(latest, e.rounds.len() - 1))]);
    let g = lay(painter, title, strong_font.clone(), ink, width, 2);
    let mut header_h = g.size().y;
    header.0.push(placed(g, Vec2::ZERO));
    if let Some(before) = earlier {
        let text = CHART_COMPARED.fmt(lang, &[("round", &round_name(before, e.rounds.len() - 2))]);
        let g = lay(painter, text, body_font.clone(), ink, width, 2);
        header.0.push(placed(g.clone(), Vec2::new(0.0, header_h + pad)));
        header_h += pad + g.size().y;
    }
    // The scale under the header: 0–5 over the bars.
    header_h += pad;
    let mut tick_h = 0.0f32;
    for v in 0..=5 {
        let g = lay(painter, v.to_string(), body_font.clone(), ink, bar_w, 1);
        let x = (x_of(f64::from(v)) - g.size().x / 2.0).clamp(bar_x, bar_x + bar_w - g.size().x);
        tick_h = tick_h.max(g.size().y);
        header.0.push(placed(g, Vec2::new(x, header_h)));
    }
    header_h += tick_h;

    let mut rows_in: Vec<(String, Stats, Option<Stats>, Color32)> = vec![(
        evaluation::ALL_CRITERIA.get(lang).to_owned(),
        stats::overall_stats(latest, &e.criteria),
        earlier.map(|r| stats::overall_stats(r, &e.criteria)),
        ink.gamma_multiply(0.7),
    )];
    for &level in EvalLevel::ALL {
        if !e.criteria.iter().any(|c| c.level == level) {
            continue;
        }
        rows_in.push((
            level.label().get(lang).to_owned(),
            stats::level_stats(latest, &e.criteria, level),
            earlier.map(|r| stats::level_stats(r, &e.criteria, level)),
            level_colour(level),
        ));
    }
    let mut rows = Vec::new();
    for (what, now, before, colour) in rows_in {
        let label = lay(painter, what.clone(), body_font.clone(), ink, label_w - pad, 2);
        let bar_h = body_font.size * 1.7;
        let h = (label.size().y + pad).max(bar_h + pad * 2.0);
        let mut texts = vec![placed(label.clone(), Vec2::new(0.0, (h - label.size().y) / 2.0))];
        let top = (h - bar_h) / 2.0;
        let track = Rect::from_min_size(egui::pos2(bar_x, top), Vec2::new(bar_w, bar_h));
        let mut marks = vec![mark(track, ink.gamma_multiply(0.1))];
        let mean = stats::format_number(now.mean, 2, lang);
        if let Some(m) = now.mean {
            let bar = Rect::from_min_max(track.min, egui::pos2(x_of(m), track.max.y));
            let mut b = mark(bar, colour);
            b.label = Some(CHART_BAR.fmt(lang, &[("what", &what), ("mean", &mean)]));
            marks.push(b);
        }
        if let Some(m) = before.and_then(|b| b.mean) {
            let x = x_of(m);
            let tick = Rect::from_min_max(
                egui::pos2(x - 2.5 * s, top - pad * 0.6),
                egui::pos2(x + 2.5 * s, top + bar_h + pad * 0.6),
            );
            let mut t = mark(tick, ink);
            let text = stats::format_number(Some(m), 2, lang);
            t.label = Some(CHART_BEFORE.fmt(lang, &[("what", &what), ("mean", &text)]));
            marks.push(t);
        }
        let mut job = LayoutJob::default();
        job.wrap.max_width = value_w;
        job.wrap.max_rows = 1;
        job.append(&mean, 0.0, TextFormat::simple(strong_font.clone(), ink));
        if let Some(before) = before {
            let change = stats::change(before, now);
            let (arrow, arrow_colour) = match change.map(stats::direction) {
                Some(Direction::Up) => ("▲", COVERED_COLOUR),
                Some(Direction::Down) => ("▼", GAP_COLOUR),
                Some(Direction::Same) => ("=", ink),
                None => ("", ink),
            };
            let text = format!("{arrow} {}", stats::format_change(change, lang));
            job.append(
                &format!("  {}", text.trim()),
                0.0,
                TextFormat::simple(body_font.clone(), arrow_colour),
            );
        }
        let value = painter.layout_job(job);
        texts.push(placed(
            value.clone(),
            Vec2::new(bar_x + bar_w + space, (h - value.size().y) / 2.0),
        ));
        rows.push((h, (texts, marks)));
    }
    stack(&header, header_h + space, rows, body.height(), space)
}
