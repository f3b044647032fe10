//! The network map as an SVG scene, drawn from the model the way the app draws it: positions
//! from the project (unplaced actors in the rings around the own organisation), the colour of
//! each kind from the project's list, a shape per kind, size by importance or a metric,
//! labels with a halo, arrows for directed relations, dashed potential and dotted past
//! relations, the ring guides, and a legend beside the map, never over an actor.

use super::fonts;
use super::msg;
use super::svg::{Anchor, INK, MUTED, PAPER, Svg, TextStyle, hex, num};
use crate::analysis::Metric;
use crate::i18n::Lang;
use crate::layout::concentric::{self, RingNode, RingParams};
use crate::model::joint::SeenBy;
use crate::model::{ActorId, Date, Project, RelationStatus, Ring};
use std::collections::{BTreeSet, HashMap};

/// What decides an actor's symbol size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SizeBy {
    /// Importance to the own organisation (1–5).
    #[default]
    Importance,
    /// A network metric from [`crate::analysis`].
    Metric(Metric),
}

/// What part of the map is shown and how: the same choices the map view offers, as plain
/// data (the app builds it from its map state). Empty sets put no condition.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapView {
    /// Actor kinds (keys) that stand out; the rest fade.
    pub kinds: BTreeSet<String>,
    /// Membership rings that stand out.
    pub rings: BTreeSet<Ring>,
    /// Tags: an actor stands out with any one of them.
    pub tags: BTreeSet<String>,
    /// Relation statuses shown in full.
    pub statuses: BTreeSet<RelationStatus>,
    /// An actor in focus: it and its neighbours stand out, the rest fade.
    pub focus: Option<ActorId>,
    /// Symbol size.
    pub size_by: SizeBy,
    /// Hides the names.
    pub hide_labels: bool,
    /// Hides the ring guides.
    pub hide_ring_guides: bool,
    /// In a joint project, colours by kind as an ordinary map does, instead of by how many
    /// members name each actor and relation.
    pub colour_by_kind: bool,
}

/// How the map is exported.
#[derive(Clone, Debug, PartialEq)]
pub struct MapOptions {
    /// Width in pixels (SVG user units; PDF points).
    pub width: f32,
    /// Height in pixels.
    pub height: f32,
    /// Language of the legend and title.
    pub lang: Lang,
    /// The title; `None` uses the project's name. An empty title leaves the heading out.
    pub title: Option<String>,
    /// The date under the title; `None` leaves it out (exports stay reproducible).
    pub date: Option<Date>,
    /// Filters, focus and size.
    pub view: MapView,
    /// Draws the legend.
    pub legend: bool,
}

impl Default for MapOptions {
    fn default() -> MapOptions {
        MapOptions {
            width: 1600.0,
            height: 1000.0,
            lang: Lang::En,
            title: None,
            date: None,
            view: MapView::default(),
            legend: true,
        }
    }
}

/// Opacity of actors and relations that a filter or the focus leaves out.
const FADED: f32 = 0.18;
/// Relation colour.
const EDGE: [u8; 3] = [0x7D, 0x87, 0x96];
/// Outline of symbols.
const OUTLINE: [u8; 3] = [0x1E, 0x24, 0x2C];
/// Ring guide colour.
const GUIDE: [u8; 3] = [0xB4, 0xB4, 0xB4];

/// Number of symbol shapes; kind `i` of the list has shape `i % SHAPE_COUNT`, as in the app.
pub const SHAPE_COUNT: usize = 9;

/// The shape of actor kind `kind`: its position in the project's list, cycled.
pub fn shape_of_kind(project: &Project, kind: &str) -> u8 {
    let i = project.catalogs.actor_kinds.0.iter().position(|k| k.key == kind);
    i.map_or(0, |i| (i % SHAPE_COUNT) as u8)
}

/// The colour of a class of agreement in a joint project's map, from the Okabe–Ito palette
/// so that it reads for colour-blind viewers and on a projector: bluish green for every
/// member, orange for several, vermillion for one, grey for none (added in the joint view).
pub fn seen_rgb(seen: SeenBy) -> [u8; 3] {
    match seen {
        SeenBy::All => [0x00, 0x9E, 0x73],
        SeenBy::Several => [0xE6, 0x9F, 0x00],
        SeenBy::One => [0xD5, 0x5E, 0x00],
        SeenBy::None => [0x99, 0x99, 0x99],
    }
}

/// The kinds' legend colour when the colours show agreement (the shapes tell the kinds).
const NEUTRAL_KIND: [u8; 3] = [0xC8, 0xC8, 0xC8];

/// How widely the members see each actor and relation, when `view` colours a joint project
/// by agreement.
fn by_agreement(project: &Project, view: &MapView) -> Option<(Vec<SeenBy>, Vec<SeenBy>)> {
    if view.colour_by_kind {
        return None;
    }
    crate::model::joint::agreement(project)
}

/// The legend's words for a class of agreement.
pub fn seen_label(seen: SeenBy) -> crate::i18n::Tr {
    match seen {
        SeenBy::All => msg::LEGEND_SEEN_ALL,
        SeenBy::Several => msg::LEGEND_SEEN_SEVERAL,
        SeenBy::One => msg::LEGEND_SEEN_ONE,
        SeenBy::None => msg::LEGEND_SEEN_NONE,
    }
}

/// The colour of actor kind `kind`, grey for unknown kinds or kinds without a colour.
pub fn kind_colour(project: &Project, kind: &str) -> [u8; 3] {
    project
        .catalogs
        .actor_kinds
        .get(kind)
        .and_then(|k| k.colour)
        .unwrap_or([0x99, 0x99, 0x99])
}

/// The outline of `shape` at radius 1 around the origin (y down); `None` for the circle.
/// The same polygons as the app's map (slightly larger than the circle so areas look alike).
pub fn shape_outline(shape: u8) -> Option<Vec<[f32; 2]>> {
    use std::f32::consts::{FRAC_PI_2, FRAC_PI_4, TAU};
    let regular = |sides: usize, rot: f32, scale: f32| -> Vec<[f32; 2]> {
        (0..sides)
            .map(|k| {
                let a = rot + TAU * k as f32 / sides as f32;
                [a.cos() * scale, a.sin() * scale]
            })
            .collect()
    };
    Some(match shape as usize % SHAPE_COUNT {
        1 => regular(4, FRAC_PI_4, 1.2),
        2 => regular(4, 0.0, 1.25),
        3 => regular(3, -FRAC_PI_2, 1.4),
        4 => regular(6, 0.0, 1.08),
        5 => regular(3, FRAC_PI_2, 1.4),
        6 => regular(5, -FRAC_PI_2, 1.14),
        7 => (0..10)
            .map(|k| {
                let a = -FRAC_PI_2 + TAU * k as f32 / 10.0;
                let r = if k % 2 == 0 { 1.45 } else { 0.62 };
                [a.cos() * r, a.sin() * r]
            })
            .collect(),
        8 => {
            let (a, b) = (1.15, 0.42);
            vec![
                [b, -a],
                [b, -b],
                [a, -b],
                [a, b],
                [b, b],
                [b, a],
                [-b, a],
                [-b, b],
                [-a, b],
                [-a, -b],
                [-b, -b],
                [-b, -a],
            ]
        }
        _ => return None,
    })
}

/// Draws symbol `shape` at (x, y) with radius `r`.
pub(crate) fn symbol(
    svg: &mut Svg,
    shape: u8,
    [x, y]: [f32; 2],
    r: f32,
    fill: Option<[u8; 3]>,
    stroke: Option<([u8; 3], f32)>,
) {
    match shape_outline(shape) {
        None => svg.circle(x, y, r, fill, stroke),
        Some(points) => {
            let pts: Vec<[f32; 2]> = points.iter().map(|[px, py]| [x + px * r, y + py * r]).collect();
            svg.polygon(&pts, fill, stroke);
        }
    }
}

/// Mixes `a` toward `b` by `t`.
fn lerp(a: [u8; 3], b: [u8; 3], t: f32) -> [u8; 3] {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2])]
}

/// Each actor's world position: its saved one, or for actors without one the ring layout
/// around the own organisation (as the app places them).
pub fn positions(project: &Project, radius: &[f32]) -> Vec<[f32; 2]> {
    let mut pos: Vec<[f32; 2]> = project.actors.iter().map(|a| a.pos.unwrap_or([0.0, 0.0])).collect();
    let unplaced: Vec<usize> = (0..project.actors.len())
        .filter(|&i| project.actors[i].pos.is_none())
        .collect();
    if unplaced.is_empty() {
        return pos;
    }
    let nodes: Vec<RingNode> = unplaced
        .iter()
        .map(|&i| {
            let a = &project.actors[i];
            RingNode {
                ring: ring_index(a.ring),
                own: a.own,
                radius: radius.get(i).copied().unwrap_or(16.0),
                group: project
                    .catalogs
                    .actor_kinds
                    .0
                    .iter()
                    .position(|k| k.key == a.kind)
                    .unwrap_or(usize::MAX) as u32,
                fixed: None,
            }
        })
        .collect();
    let centre = project.own_actor().and_then(|a| a.pos).unwrap_or([0.0, 0.0]);
    let result = concentric::concentric(&nodes, centre, RingParams::default());
    for (i, p) in unplaced.into_iter().zip(result.positions) {
        pos[i] = p;
    }
    pos
}

fn ring_index(ring: Ring) -> usize {
    match ring {
        Ring::Core => 0,
        Ring::Partner => 1,
        Ring::Wider => 2,
    }
}

/// Each actor's symbol radius in world units, as on the app's map.
pub fn radii(project: &Project, size_by: SizeBy) -> Vec<f32> {
    let by_importance = || -> Vec<f32> {
        project
            .actors
            .iter()
            .map(|a| 8.0 + 3.0 * f32::from(a.importance.clamp(1, 5)))
            .collect()
    };
    let mut r = match size_by {
        SizeBy::Importance => by_importance(),
        SizeBy::Metric(metric) => {
            let metrics = crate::analysis::analyse(project, false);
            let values: Vec<f32> = project
                .actors
                .iter()
                .map(|a| metrics.get(a.id).map_or(0.0, |m| m.value(metric) as f32))
                .collect();
            let max = values.iter().copied().fold(0.0f32, f32::max);
            values
                .iter()
                .map(|&v| {
                    if max > 0.0 {
                        9.0 + 17.0 * (v / max).max(0.0).sqrt()
                    } else {
                        12.0
                    }
                })
                .collect()
        }
    };
    for (i, a) in project.actors.iter().enumerate() {
        if a.own {
            r[i] = r[i].max(20.0) * 1.25;
        }
    }
    r
}

/// Which actors and relations stand out under `view`: (actor opacity, relation opacity).
pub fn emphasis(project: &Project, view: &MapView) -> (Vec<f32>, Vec<f32>) {
    let index: HashMap<ActorId, usize> = project.actors.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let mut actor: Vec<f32> = project
        .actors
        .iter()
        .map(|a| {
            let ok = (view.kinds.is_empty() || view.kinds.contains(&a.kind))
                && (view.rings.is_empty() || view.rings.contains(&a.ring))
                && (view.tags.is_empty() || a.tags.iter().any(|t| view.tags.contains(t)));
            if ok { 1.0 } else { FADED }
        })
        .collect();
    if let Some(focus) = view.focus
        && let Some(&f) = index.get(&focus)
    {
        let mut near = vec![false; actor.len()];
        near[f] = true;
        for r in &project.relations {
            if let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to))
                && (a == f || b == f)
            {
                near[a] = true;
                near[b] = true;
            }
        }
        for (alpha, near) in actor.iter_mut().zip(near) {
            if !near {
                *alpha = FADED;
            }
        }
    }
    let relation = project
        .relations
        .iter()
        .map(|r| {
            let ends = match (index.get(&r.from), index.get(&r.to)) {
                (Some(&a), Some(&b)) => actor[a].min(actor[b]),
                _ => 0.0,
            };
            let status_ok = view.statuses.is_empty() || view.statuses.contains(&r.status);
            let focus_ok = view.focus.is_none_or(|f| r.touches(f));
            if status_ok && focus_ok { ends } else { ends.min(FADED) }
        })
        .collect();
    (actor, relation)
}

/// One legend row's symbol.
#[derive(Clone, Debug, PartialEq)]
enum LegendSymbol {
    Kind { shape: u8, colour: [u8; 3] },
    Own,
    Ring(u8),
    Size,
    Line(RelationStatus),
    Arrow,
    Width,
    Pinned,
}

/// The legend: title and groups of rows, only for what occurs on the map.
fn legend(project: &Project, lang: Lang, view: &MapView) -> (String, Vec<Vec<(LegendSymbol, String)>>) {
    let size_by = view.size_by;
    let agreement = by_agreement(project, view);
    let mut seen = Vec::new();
    if let Some((actors, _)) = &agreement {
        let classes: BTreeSet<SeenBy> = actors.iter().copied().collect();
        for class in classes {
            seen.push((
                LegendSymbol::Kind {
                    shape: 0,
                    colour: seen_rgb(class),
                },
                seen_label(class).get(lang).to_owned(),
            ));
        }
    }
    let mut kinds = Vec::new();
    for k in &project.catalogs.actor_kinds.0 {
        if project.actors.iter().any(|a| a.kind == k.key) {
            kinds.push((
                LegendSymbol::Kind {
                    shape: shape_of_kind(project, &k.key),
                    colour: if agreement.is_some() {
                        NEUTRAL_KIND
                    } else {
                        k.colour.unwrap_or([0x99, 0x99, 0x99])
                    },
                },
                k.label(lang).to_owned(),
            ));
        }
    }
    let mut rings = Vec::new();
    if project.own_actor().is_some() {
        rings.push((LegendSymbol::Own, msg::LEGEND_OWN.get(lang).to_owned()));
    }
    for (i, &ring) in Ring::ALL.iter().enumerate() {
        if project.actors.iter().any(|a| a.ring == ring && !a.own) {
            rings.push((LegendSymbol::Ring(i as u8), ring.label().get(lang).to_owned()));
        }
    }
    if project.actors.iter().any(|a| a.pinned) {
        rings.push((LegendSymbol::Pinned, msg::LEGEND_PINNED.get(lang).to_owned()));
    }
    let size_text = match size_by {
        SizeBy::Importance => msg::LEGEND_SIZE_IMPORTANCE.get(lang).to_owned(),
        SizeBy::Metric(m) => msg::LEGEND_SIZE_METRIC.fmt(lang, &[("metric", &m.label().get(lang).to_lowercase())]),
    };
    let size = vec![(LegendSymbol::Size, size_text)];
    let mut lines = Vec::new();
    for (status, text) in [
        (RelationStatus::Current, msg::LEGEND_CURRENT),
        (RelationStatus::Potential, msg::LEGEND_POTENTIAL),
        (RelationStatus::Past, msg::LEGEND_PAST),
    ] {
        if project.relations.iter().any(|r| r.status == status) {
            lines.push((LegendSymbol::Line(status), text.get(lang).to_owned()));
        }
    }
    if project.relations.iter().any(|r| r.directed) {
        lines.push((LegendSymbol::Arrow, msg::LEGEND_DIRECTED.get(lang).to_owned()));
    }
    if !project.relations.is_empty() {
        lines.push((LegendSymbol::Width, msg::LEGEND_WIDTH.get(lang).to_owned()));
    }
    let sections = [seen, kinds, rings, size, lines]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    (msg::LEGEND.get(lang).to_owned(), sections)
}

const LEGEND_ROW: f32 = 20.0;
const LEGEND_SYMBOL_W: f32 = 32.0;
const LEGEND_PAD: f32 = 12.0;
const LEGEND_FONT: f32 = 12.5;
const LEGEND_TITLE_FONT: f32 = 14.0;

/// The legend's size for `max_height`: (width, height, rows per column).
fn legend_size(title: &str, sections: &[Vec<(LegendSymbol, String)>], max_height: f32) -> (f32, f32, usize) {
    let mut text_w = fonts::measure(title, LEGEND_TITLE_FONT, true) - LEGEND_SYMBOL_W;
    let mut rows = 0usize;
    for (s, section) in sections.iter().enumerate() {
        rows += section.len() + usize::from(s > 0);
        for (_, t) in section {
            text_w = text_w.max(fonts::measure(t, LEGEND_FONT, false));
        }
    }
    let text_w = text_w.min(260.0);
    let head = LEGEND_PAD + LEGEND_TITLE_FONT + 10.0;
    let per_column = (((max_height - head - LEGEND_PAD) / LEGEND_ROW).floor() as usize).max(1);
    let columns = rows.div_ceil(per_column).max(1);
    let rows_in_column = rows.min(per_column);
    let col_w = LEGEND_SYMBOL_W + text_w + 6.0;
    (
        2.0 * LEGEND_PAD + col_w * columns as f32 + 12.0 * (columns - 1) as f32,
        head + rows_in_column as f32 * LEGEND_ROW + LEGEND_PAD,
        per_column,
    )
}

#[allow(clippy::too_many_arguments)]
fn draw_legend(
    svg: &mut Svg,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    per_column: usize,
    title: &str,
    sections: &[Vec<(LegendSymbol, String)>],
) {
    svg.rect(
        x,
        y,
        w,
        h,
        Some([0xF7, 0xF8, 0xFA]),
        Some(([0xD5, 0xD9, 0xE0], 1.0)),
        6.0,
    );
    svg.text(
        x + LEGEND_PAD,
        y + LEGEND_PAD + LEGEND_TITLE_FONT,
        title,
        TextStyle::new(LEGEND_TITLE_FONT).bold(),
    );
    let top = y + LEGEND_PAD + LEGEND_TITLE_FONT + 10.0;
    let columns = {
        let rows: usize = sections.iter().map(Vec::len).sum::<usize>() + sections.len().saturating_sub(1);
        rows.div_ceil(per_column).max(1)
    };
    let col_w = (w - 2.0 * LEGEND_PAD - 12.0 * (columns - 1) as f32) / columns as f32;
    let text_w = col_w - LEGEND_SYMBOL_W - 6.0;
    let mut row = 0usize;
    let place = |row: usize| -> (f32, f32) {
        let col = row / per_column;
        (
            x + LEGEND_PAD + col as f32 * (col_w + 12.0),
            top + (row % per_column) as f32 * LEGEND_ROW,
        )
    };
    for (s, section) in sections.iter().enumerate() {
        if s > 0 {
            row += 1;
        }
        for (symbol, text) in section {
            let (rx, ry) = place(row);
            let c = [rx + LEGEND_SYMBOL_W / 2.0 - 2.0, ry + LEGEND_ROW / 2.0];
            legend_symbol(svg, symbol, c);
            let text = fonts::ellipsize(text, text_w, LEGEND_FONT, false);
            svg.text(
                rx + LEGEND_SYMBOL_W,
                ry + LEGEND_ROW / 2.0 + 4.5,
                &text,
                TextStyle::new(LEGEND_FONT),
            );
            row += 1;
        }
    }
}

fn legend_symbol(svg: &mut Svg, symbol: &LegendSymbol, c: [f32; 2]) {
    let grey = [0x99, 0x99, 0x99];
    match symbol {
        LegendSymbol::Kind { shape, colour } => symbol_at(svg, *shape, c, 6.5, Some(*colour), Some((OUTLINE, 1.0))),
        LegendSymbol::Own => {
            svg.circle(c[0], c[1], 9.0, None, Some((INK, 1.6)));
            svg.circle(c[0], c[1], 5.5, Some(grey), Some((OUTLINE, 1.0)));
        }
        LegendSymbol::Ring(0) => svg.circle(c[0], c[1], 6.5, Some(grey), Some((OUTLINE, 2.2))),
        LegendSymbol::Ring(1) => svg.circle(c[0], c[1], 6.5, Some(grey), Some((OUTLINE, 1.0))),
        LegendSymbol::Ring(_) => svg.circle(c[0], c[1], 6.5, Some(lerp(grey, PAPER, 0.6)), Some((grey, 2.0))),
        LegendSymbol::Size => {
            svg.circle(c[0] - 8.0, c[1] + 3.0, 3.5, Some(grey), None);
            svg.circle(c[0] + 5.0, c[1], 7.0, Some(grey), None);
        }
        LegendSymbol::Line(status) => {
            let (a, b) = ([c[0] - 13.0, c[1]], [c[0] + 13.0, c[1]]);
            match status {
                RelationStatus::Current => svg.line(a, b, EDGE, 2.0, ""),
                RelationStatus::Potential => svg.line(a, b, EDGE, 2.0, "7 5"),
                RelationStatus::Past => svg.line(a, b, EDGE, 2.0, "0.1 4"),
            }
        }
        LegendSymbol::Arrow => {
            svg.line([c[0] - 13.0, c[1]], [c[0] + 5.0, c[1]], EDGE, 2.0, "");
            svg.polygon(
                &[[c[0] + 13.0, c[1]], [c[0] + 3.0, c[1] - 5.0], [c[0] + 3.0, c[1] + 5.0]],
                Some(EDGE),
                None,
            );
        }
        LegendSymbol::Width => {
            svg.line([c[0] - 13.0, c[1] - 4.0], [c[0] + 13.0, c[1] - 4.0], EDGE, 1.0, "");
            svg.line([c[0] - 13.0, c[1] + 3.0], [c[0] + 13.0, c[1] + 3.0], EDGE, 3.5, "");
        }
        LegendSymbol::Pinned => svg.circle(c[0], c[1], 3.5, Some(INK), Some((PAPER, 1.0))),
    }
}

fn symbol_at(svg: &mut Svg, shape: u8, c: [f32; 2], r: f32, fill: Option<[u8; 3]>, stroke: Option<([u8; 3], f32)>) {
    symbol(svg, shape, c, r, fill, stroke);
}

/// Relation width for importance 1–5 at `zoom`, as on the app's map.
fn edge_width(importance: u8, zoom: f32) -> f32 {
    (0.5 + 0.6 * f32::from(importance.clamp(1, 5))) * zoom.sqrt().clamp(0.4, 1.4)
}

/// The map of `project` as a finished SVG document.
pub fn map_svg(project: &Project, options: &MapOptions) -> String {
    map_document(project, options).finish()
}

/// The map of `project` as an SVG document still open for embedding in a page.
pub fn map_document(project: &Project, options: &MapOptions) -> Svg {
    let lang = options.lang;
    let (w, h) = (options.width.max(100.0), options.height.max(80.0));
    let mut svg = Svg::new(w, h);
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| project.display_name().to_owned());
    svg.title(&if title.is_empty() {
        msg::MAP.get(lang).to_owned()
    } else {
        title.clone()
    });
    svg.rect(0.0, 0.0, w, h, Some(PAPER), None, 0.0);
    let margin = (w.min(h) * 0.025).clamp(8.0, 28.0);

    // Heading: title, then the date and the counts.
    let mut top = margin;
    if !title.is_empty() {
        let size = (w / 40.0).clamp(14.0, 30.0);
        let line = fonts::ellipsize(&title, w - 2.0 * margin, size, true);
        svg.text(margin, top + size, &line, TextStyle::new(size).bold());
        top += size * 1.35;
        let mut sub = msg::MAP_COUNTS.fmt(
            lang,
            &[
                ("actors", &project.actors.len()),
                ("relations", &project.relations.len()),
            ],
        );
        if let Some(date) = options.date {
            sub = format!("{date} · {sub}");
        }
        if let Some(focus) = options.view.focus.and_then(|f| project.actor(f)) {
            sub = format!("{sub} · {}", msg::MAP_FOCUS.fmt(lang, &[("name", &focus.name)]));
        }
        let small = (size * 0.55).max(11.0);
        let sub = fonts::ellipsize(&sub, w - 2.0 * margin, small, false);
        svg.text(margin, top + small, &sub, TextStyle::new(small).fill(MUTED));
        top += small * 1.8;
    }

    // The legend beside the map, on the right.
    let mut area = [margin, top, w - margin, h - margin];
    if options.legend && !project.actors.is_empty() {
        let (legend_title, sections) = legend(project, lang, &options.view);
        let (lw, lh, per_column) = legend_size(&legend_title, &sections, area[3] - area[1]);
        let lw = lw.min((w - 2.0 * margin) * 0.45);
        let lx = w - margin - lw;
        draw_legend(&mut svg, lx, area[1], lw, lh, per_column, &legend_title, &sections);
        area[2] = lx - margin;
    }

    if project.actors.is_empty() {
        svg.text(
            (area[0] + area[2]) / 2.0,
            (area[1] + area[3]) / 2.0,
            msg::MAP_EMPTY.get(lang),
            TextStyle::new(16.0).fill(MUTED).anchor(Anchor::Middle),
        );
        return svg;
    }
    draw_network(&mut svg, project, &options.view, area, lang);
    svg
}

/// Draws the actors and relations fitted into `area` = [x0, y0, x1, y1].
fn draw_network(svg: &mut Svg, project: &Project, view: &MapView, area: [f32; 4], lang: Lang) {
    let radius = radii(project, view.size_by);
    let pos = positions(project, &radius);
    let (actor_alpha, relation_alpha) = emphasis(project, view);
    let agreement = by_agreement(project, view);
    let edge_colour = |k: usize| {
        agreement
            .as_ref()
            .and_then(|(_, r)| r.get(k))
            .map_or(EDGE, |&s| seen_rgb(s))
    };
    let n = pos.len();

    // Fit the symbols (with room for the labels under them) into the area.
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (p, r) in pos.iter().zip(&radius) {
        x0 = x0.min(p[0] - r);
        y0 = y0.min(p[1] - r);
        x1 = x1.max(p[0] + r);
        y1 = y1.max(p[1] + r);
    }
    let label_room = if view.hide_labels { 0.0 } else { 22.0 };
    let aw = (area[2] - area[0] - 2.0 * 40.0).max(10.0);
    let ah = (area[3] - area[1] - label_room - 10.0).max(10.0);
    let bw = (x1 - x0).max(1.0);
    let bh = (y1 - y0).max(1.0);
    let zoom = (aw / bw).min(ah / bh).min(2.0);
    let ox = (area[0] + area[2]) / 2.0 - (x0 + x1) / 2.0 * zoom;
    let oy = area[1] + 5.0 + (ah - bh * zoom) / 2.0 - y0 * zoom;
    let screen: Vec<[f32; 2]> = pos.iter().map(|p| [ox + p[0] * zoom, oy + p[1] * zoom]).collect();
    let sr: Vec<f32> = radius.iter().map(|r| (r * zoom).max(1.5)).collect();
    let index: HashMap<ActorId, usize> = project.actors.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let own = project.actors.iter().position(|a| a.own);

    if !view.hide_ring_guides
        && let Some(own) = own
    {
        ring_guides(svg, project, &pos, own, zoom, [ox, oy], lang);
    }

    // Relations: faded ones first.
    let detailed = n < 3000 || zoom > 0.6;
    for pass in 0..2 {
        for (k, r) in project.relations.iter().enumerate() {
            let alpha = relation_alpha[k];
            if (pass == 0) != (alpha < 0.99) || alpha <= 0.01 {
                continue;
            }
            let (Some(&a), Some(&b)) = (index.get(&r.from), index.get(&r.to)) else {
                continue;
            };
            if a == b {
                continue;
            }
            let (pa, pb) = (screen[a], screen[b]);
            let d = [pb[0] - pa[0], pb[1] - pa[1]];
            let len = (d[0] * d[0] + d[1] * d[1]).sqrt();
            if len <= sr[a] + sr[b] + 1.0 {
                continue;
            }
            let dir = [d[0] / len, d[1] / len];
            let width = edge_width(r.importance, zoom);
            let start = [pa[0] + dir[0] * sr[a], pa[1] + dir[1] * sr[a]];
            let mut end = [pb[0] - dir[0] * sr[b], pb[1] - dir[1] * sr[b]];
            let faded = alpha < 0.99;
            let colour = edge_colour(k);
            if faded {
                svg.group_opacity(alpha);
            }
            if r.directed && detailed && len > sr[a] + sr[b] + 8.0 {
                let head = 5.0 + 2.2 * width;
                let tip = end;
                end = [tip[0] - dir[0] * head * 0.8, tip[1] - dir[1] * head * 0.8];
                let side = [-dir[1] * (2.5 + 1.4 * width), dir[0] * (2.5 + 1.4 * width)];
                let back = [tip[0] - dir[0] * head, tip[1] - dir[1] * head];
                svg.polygon(
                    &[
                        tip,
                        [back[0] + side[0], back[1] + side[1]],
                        [back[0] - side[0], back[1] - side[1]],
                    ],
                    Some(colour),
                    None,
                );
            }
            match r.status {
                RelationStatus::Current => svg.line(start, end, colour, width, ""),
                RelationStatus::Potential => svg.line(start, end, colour, width, "7 5"),
                RelationStatus::Past => {
                    let w = width.max(1.5);
                    svg.line(
                        start,
                        end,
                        lerp(colour, PAPER, 0.35),
                        w,
                        &format!("0.1 {}", num(w + 2.6)),
                    );
                }
            }
            if faded {
                svg.end_group();
            }
        }
    }

    // Symbols: faded ones first.
    for pass in 0..2 {
        for (i, a) in project.actors.iter().enumerate() {
            let alpha = actor_alpha[i];
            if (pass == 0) != (alpha < 0.99) {
                continue;
            }
            let faded = alpha < 0.99;
            if faded {
                svg.group_opacity(alpha);
            }
            let shape = shape_of_kind(project, &a.kind);
            let fill = match agreement.as_ref().and_then(|(actors, _)| actors.get(i)) {
                Some(&seen) => seen_rgb(seen),
                None => kind_colour(project, &a.kind),
            };
            let r = sr[i];
            let c = screen[i];
            let (fill, outline, ow): ([u8; 3], [u8; 3], f32) = match a.ring {
                Ring::Core => (fill, OUTLINE, 2.2),
                Ring::Partner => (fill, OUTLINE, 1.0),
                Ring::Wider => (lerp(fill, PAPER, 0.6), fill, 2.0),
            };
            if a.own && r > 3.0 {
                symbol(svg, shape, c, r + 5.0, None, Some((INK, 2.2)));
            }
            let stroke = (r > 2.5 && (detailed || r > 5.0)).then_some((outline, ow.min(r * 0.4)));
            symbol(svg, shape, c, r, Some(fill), stroke);
            if a.pinned && r > 5.0 {
                svg.circle(c[0] + r * 0.75, c[1] - r * 0.75, 2.8, Some(INK), Some((PAPER, 1.0)));
            }
            if faded {
                svg.end_group();
            }
        }
    }

    if !view.hide_labels {
        labels(svg, project, &screen, &sr, &actor_alpha, area);
    }
}

/// Names under the symbols with a halo, most important first, leaving out any that would
/// overlap one already placed. A name that would run over the edge of `area` (off the page or
/// under the legend) is moved inward.
fn labels(svg: &mut Svg, project: &Project, screen: &[[f32; 2]], sr: &[f32], alpha: &[f32], area: [f32; 4]) {
    let n = screen.len();
    let min_radius = if n <= 300 { 0.0 } else { 7.0 };
    let mut order: Vec<(usize, f32)> = (0..n)
        .filter(|&i| project.actors[i].own || (sr[i] >= min_radius && alpha[i] >= 0.3))
        .map(|i| (i, if project.actors[i].own { 1e9 } else { sr[i] }))
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    order.truncate(600);
    let mut taken: Vec<[f32; 4]> = Vec::new();
    const SIZE: f32 = 13.0;
    for (i, _) in order {
        let a = &project.actors[i];
        let name = a.name.trim();
        if name.is_empty() {
            continue;
        }
        let name = fonts::ellipsize(name, 260.0, SIZE, a.own);
        let tw = fonts::measure(&name, SIZE, a.own);
        let gap = if a.own { 9.0 } else { 3.0 };
        let top = screen[i][1] + sr[i] + gap;
        let half = tw / 2.0 + 2.0;
        let cx = if area[2] - area[0] > 2.0 * half {
            screen[i][0].clamp(area[0] + half, area[2] - half)
        } else {
            (area[0] + area[2]) / 2.0
        };
        let rect = [cx - half, top, cx + half, top + SIZE * 1.2];
        if taken
            .iter()
            .any(|t| t[0] < rect[2] && rect[0] < t[2] && t[1] < rect[3] && rect[1] < t[3])
        {
            continue;
        }
        taken.push(rect);
        let faded = alpha[i] < 0.99;
        if faded {
            svg.group_opacity(alpha[i].max(0.35));
        }
        let style = TextStyle::new(SIZE).anchor(Anchor::Middle).halo(PAPER);
        svg.text(cx, top + SIZE * 0.95, &name, if a.own { style.bold() } else { style });
        if faded {
            svg.end_group();
        }
    }
}

/// Faint dashed circles around the own organisation, one per ring at the median distance of
/// its actors, drawn when the map is arranged in rings (as the app decides).
fn ring_guides(
    svg: &mut Svg,
    project: &Project,
    pos: &[[f32; 2]],
    own: usize,
    zoom: f32,
    offset: [f32; 2],
    lang: Lang,
) {
    let centre = pos[own];
    let mut distances: [Vec<f32>; 3] = Default::default();
    for (i, a) in project.actors.iter().enumerate() {
        if i != own {
            let d = ((pos[i][0] - centre[0]).powi(2) + (pos[i][1] - centre[1]).powi(2)).sqrt();
            distances[ring_index(a.ring)].push(d);
        }
    }
    let mut radii = Vec::new();
    let mut last = 0.0;
    for (ring, d) in distances.iter_mut().enumerate() {
        if d.is_empty() {
            continue;
        }
        d.sort_by(f32::total_cmp);
        let median = d[d.len() / 2];
        let near = d
            .iter()
            .filter(|&&x| (x - median).abs() <= 0.3 * median.max(60.0))
            .count();
        if median <= last || (near as f32) < 0.75 * d.len() as f32 {
            return;
        }
        last = median;
        radii.push((ring, median));
    }
    let c = [offset[0] + centre[0] * zoom, offset[1] + centre[1] * zoom];
    for (ring, radius) in radii {
        let r = radius * zoom;
        if r < 12.0 {
            continue;
        }
        svg.raw(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1\" stroke-dasharray=\"4.5 4.5\"/>\n",
            num(c[0]),
            num(c[1]),
            num(r),
            hex(GUIDE)
        ));
        svg.text(
            c[0],
            c[1] - r - 4.0,
            Ring::ALL[ring].label().get(lang),
            TextStyle::new(12.0)
                .fill([0x8C, 0x8C, 0x8C])
                .anchor(Anchor::Middle)
                .halo(PAPER),
        );
    }
}
