//! The legend: what colours, shapes, sizes and line styles mean. [`legend_model`] says what
//! to show as plain data (so an exporter can draw the same legend into SVG or PNG);
//! [`paint`] draws it in a corner of the canvas.

use super::draw::{Palette, lerp};
use super::mesh::MeshBuilder;
use super::*;
// The same legend texts as the exported map's, so that what is exported reads as what is seen.
use crate::combine::{SeenBy, seen_by};
use crate::export::msg::{
    LEGEND_CURRENT, LEGEND_DIRECTED, LEGEND_OWN, LEGEND_PAST, LEGEND_PINNED, LEGEND_POTENTIAL, LEGEND_SIZE_IMPORTANCE,
    LEGEND_SIZE_METRIC, LEGEND_WIDTH,
};
use crate::i18n::Lang;
use crate::model::{Project, RelationStatus, Ring};
use crate::ui::map::scene::shape_of_kind;
use crate::ui::map::state::SizeBy;
use egui::{Color32, FontId, Shape, Stroke, vec2};
use egui::{Pos2, Rect, pos2};

/// What a legend row shows in front of its text.
#[derive(Clone, Debug, PartialEq)]
pub enum LegendSymbol {
    /// An actor kind: its shape (see the canvas' shapes) and colour.
    Kind {
        /// Shape index.
        shape: u8,
        /// Fill colour.
        colour: [u8; 3],
    },
    /// The own organisation's double outline.
    Own,
    /// A membership ring's marker: 0 core (strong outline), 1 partner (thin outline),
    /// 2 wider network (pale fill).
    Ring(u8),
    /// Symbol size (a small and a large circle).
    Size,
    /// A relation line of this status.
    Line(RelationStatus),
    /// A directed relation's arrow.
    Arrow,
    /// Line width (a thin and a thick line).
    Width,
    /// The pin dot.
    Pinned,
}

/// One row of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    /// The symbol.
    pub symbol: LegendSymbol,
    /// The explanation.
    pub text: String,
}

/// The legend's content: a title and groups of rows.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendModel {
    /// Title ("Legend").
    pub title: String,
    /// Groups of rows (kinds; own organisation and rings; size; lines).
    pub sections: Vec<Vec<LegendItem>>,
}

/// The legend for `project` as drawn with symbols sized by `size_by`: only kinds, rings and
/// line styles that occur on the map. `by_agreement`: the colours show how many members
/// name each actor (a joint project's map), and the kinds are told apart by shape alone.
pub fn legend_model(project: &Project, lang: Lang, size_by: SizeBy, by_agreement: bool) -> LegendModel {
    let item = |symbol, text: &str| LegendItem {
        symbol,
        text: text.to_owned(),
    };
    let mut kinds = Vec::new();
    for k in &project.catalogs.actor_kinds.0 {
        if project.actors.iter().any(|a| a.kind == k.key) {
            let colour = if by_agreement {
                [0xC8, 0xC8, 0xC8]
            } else {
                k.colour.unwrap_or([0x99, 0x99, 0x99])
            };
            kinds.push(item(
                LegendSymbol::Kind {
                    shape: shape_of_kind(project, &k.key),
                    colour,
                },
                k.label(lang),
            ));
        }
    }
    let mut agreement = Vec::new();
    if by_agreement && let Some(joint) = &project.joint {
        let counts: std::collections::HashMap<crate::model::ActorId, usize> =
            joint.actors.iter().map(|r| (r.actor, r.seen_by.len())).collect();
        let classes: std::collections::BTreeSet<SeenBy> = project
            .actors
            .iter()
            .map(|a| seen_by(counts.get(&a.id).copied().unwrap_or(0), joint.members.len()))
            .collect();
        for seen in classes {
            agreement.push(item(
                LegendSymbol::Kind {
                    shape: 0,
                    colour: crate::ui::joint::seen_rgb(seen),
                },
                crate::ui::joint::seen_label(seen).get(lang),
            ));
        }
    }
    let mut rings = Vec::new();
    if project.own_actor().is_some() {
        rings.push(item(LegendSymbol::Own, LEGEND_OWN.get(lang)));
    }
    for (i, &ring) in Ring::ALL.iter().enumerate() {
        if project.actors.iter().any(|a| a.ring == ring && !a.own) {
            rings.push(item(LegendSymbol::Ring(i as u8), ring.label().get(lang)));
        }
    }
    if project.actors.iter().any(|a| a.pinned) {
        rings.push(item(LegendSymbol::Pinned, LEGEND_PINNED.get(lang)));
    }
    let size_text = match size_by {
        SizeBy::Importance => LEGEND_SIZE_IMPORTANCE.get(lang).to_owned(),
        other => LEGEND_SIZE_METRIC.fmt(lang, &[("metric", &toolbar::size_label(other, lang).to_lowercase())]),
    };
    let size = vec![LegendItem {
        symbol: LegendSymbol::Size,
        text: size_text,
    }];
    let mut lines = Vec::new();
    for (status, text) in [
        (RelationStatus::Current, LEGEND_CURRENT),
        (RelationStatus::Potential, LEGEND_POTENTIAL),
        (RelationStatus::Past, LEGEND_PAST),
    ] {
        if project.relations.iter().any(|r| r.status == status) {
            lines.push(item(LegendSymbol::Line(status), text.get(lang)));
        }
    }
    if project.relations.iter().any(|r| r.directed) {
        lines.push(item(LegendSymbol::Arrow, LEGEND_DIRECTED.get(lang)));
    }
    if !project.relations.is_empty() {
        lines.push(item(LegendSymbol::Width, LEGEND_WIDTH.get(lang)));
    }
    let sections = [agreement, kinds, rings, size, lines]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    LegendModel {
        title: LEGEND.get(lang).to_owned(),
        sections,
    }
}

const ROW: f32 = 16.0;
const SYMBOL_W: f32 = 26.0;
const PAD: f32 = 7.0;
const SECTION_GAP: f32 = 4.0;
/// Space between the legend and the canvas' edges.
const MARGIN: f32 = 8.0;

/// The legend's header button: "Legend ⏷" when open, "Legend ⏵" when collapsed.
pub fn header_text(lang: Lang, open: bool) -> String {
    format!("{} {}", LEGEND.get(lang), if open { "⏷" } else { "⏵" })
}

/// The legend laid out in a corner of the canvas.
pub(super) struct Placed<'m> {
    /// Its box (the header alone when collapsed).
    pub rect: Rect,
    /// The header button, which opens and collapses it.
    pub header: Rect,
    /// Whether the rows are shown.
    pub open: bool,
    title: (Pos2, std::sync::Arc<egui::Galley>),
    rows: Vec<(Pos2, &'m LegendSymbol, Pos2, std::sync::Arc<egui::Galley>)>,
}

/// Lays the legend out in the lower left corner of `area`, in columns when it is taller
/// than the canvas allows. `open`: `Some` is the user's choice; `None` opens it only when it
/// takes a modest share of the canvas (a small window starts with it collapsed).
pub(super) fn place<'m>(
    painter: &egui::Painter,
    area: Rect,
    model: &'m LegendModel,
    visuals: &egui::Visuals,
    open: Option<bool>,
    lang: Lang,
) -> Placed<'m> {
    let font = FontId::proportional(11.5);
    let title_font = bold_font(painter, 12.5);
    let text_colour = visuals.text_color();
    let header_galley =
        |open: bool| painter.layout_no_wrap(header_text(lang, open), title_font.clone(), visuals.strong_text_color());

    // Rows with their galleys; `None` marks the gap before a new section.
    let mut rows: Vec<Option<(&LegendItem, std::sync::Arc<egui::Galley>)>> = Vec::new();
    for (s, section) in model.sections.iter().enumerate() {
        if s > 0 {
            rows.push(None);
        }
        for item in section {
            rows.push(Some((
                item,
                painter.layout_no_wrap(item.text.clone(), font.clone(), text_colour),
            )));
        }
    }
    let row_h = |r: &Option<_>| if r.is_some() { ROW } else { SECTION_GAP };
    let title = header_galley(true);
    // At most about half the canvas' height, so that the map keeps most of its room.
    let limit = (0.5 * area.height() - 2.0 * PAD - title.size().y).max(ROW * 5.0);
    // As many columns as that height needs, filled evenly so that none is much taller.
    let total: f32 = rows.iter().map(row_h).sum();
    let n_columns = (total / limit).ceil().max(1.0);
    let available = (total / n_columns + ROW).min(limit).max(ROW * 5.0);
    let mut columns: Vec<Vec<usize>> = vec![Vec::new()];
    let mut height = 0.0;
    for (k, r) in rows.iter().enumerate() {
        if height + row_h(r) > available && !columns.last().is_some_and(|c| c.is_empty()) {
            columns.push(Vec::new());
            height = 0.0;
        }
        if r.is_none() && columns.last().is_some_and(|c| c.is_empty()) {
            continue;
        }
        height += row_h(r);
        if let Some(c) = columns.last_mut() {
            c.push(k);
        }
    }
    let widths: Vec<f32> = columns
        .iter()
        .map(|c| {
            c.iter()
                .filter_map(|&k| rows[k].as_ref())
                .map(|(_, g)| g.size().x)
                .fold(0.0f32, f32::max)
                + SYMBOL_W
                + 8.0
        })
        .collect();
    let col_heights: Vec<f32> = columns
        .iter()
        .map(|c| c.iter().map(|&k| row_h(&rows[k])).sum())
        .collect();
    let inner_w = widths.iter().sum::<f32>().max(title.size().x);
    let inner_h = title.size().y + 4.0 + col_heights.iter().copied().fold(0.0, f32::max);
    let full = vec2(inner_w + 2.0 * PAD, inner_h + 2.0 * PAD);
    let open = open.unwrap_or(full.x <= 0.4 * area.width() && full.y <= 0.6 * area.height());

    let title = if open { title } else { header_galley(false) };
    let header_size = title.size() + vec2(2.0 * PAD, 2.0 * 4.0);
    let size = if open { full } else { header_size };
    let rect = Rect::from_min_size(pos2(area.left() + MARGIN, area.bottom() - MARGIN - size.y), size);
    let header = Rect::from_min_size(rect.min, vec2(rect.width(), header_size.y));
    let title_pos = pos2(rect.left() + PAD, rect.top() + 4.0);
    let mut placed_rows = Vec::new();
    if open {
        let y0 = title_pos.y + title.size().y + 4.0 + PAD - 4.0;
        let mut x = rect.left() + PAD;
        for (c, column) in columns.iter().enumerate() {
            let mut y = y0;
            for &k in column {
                let Some((item, galley)) = &rows[k] else {
                    y += SECTION_GAP;
                    continue;
                };
                let centre = pos2(x + SYMBOL_W / 2.0 - 2.0, y + ROW / 2.0);
                let text = pos2(x + SYMBOL_W, y + (ROW - galley.size().y) / 2.0);
                placed_rows.push((centre, &item.symbol, text, galley.clone()));
                y += ROW;
            }
            x += widths[c];
        }
    }
    Placed {
        rect,
        header,
        open,
        title: (title_pos, title),
        rows: placed_rows,
    }
}

/// Draws a placed legend.
pub(super) fn paint(
    painter: &egui::Painter,
    placed: &Placed<'_>,
    pal: &Palette,
    visuals: &egui::Visuals,
    header_hovered: bool,
) {
    painter.rect(
        placed.rect,
        6.0,
        visuals.panel_fill.gamma_multiply(0.94),
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    if header_hovered {
        painter.rect_filled(placed.header.shrink(1.0), 5.0, visuals.widgets.hovered.weak_bg_fill);
    }
    painter.galley(placed.title.0, placed.title.1.clone(), visuals.strong_text_color());
    let mut mesh = egui::epaint::Mesh::default();
    {
        let mut mb = MeshBuilder::new(&mut mesh, 1.0 / painter.pixels_per_point());
        for (centre, sym, _, _) in &placed.rows {
            symbol(&mut mb, sym, *centre, pal);
        }
    }
    painter.add(Shape::mesh(mesh));
    for (_, _, p, g) in &placed.rows {
        painter.galley(*p, g.clone(), visuals.text_color());
    }
}

fn symbol(mb: &mut MeshBuilder<'_>, symbol: &LegendSymbol, c: Pos2, pal: &Palette) {
    let grey = Color32::from_gray(0x99);
    match *symbol {
        LegendSymbol::Kind {
            shape,
            colour: [r, g, b],
        } => {
            let fill = Color32::from_rgb(r, g, b);
            mb.fill_shape(c, 6.0, shape, fill);
            mb.stroke_shape(c, 6.0, shape, 0.0, 1.0, pal.outline);
        }
        LegendSymbol::Own => {
            mb.stroke_shape(c, 5.0, 0, 3.5, 1.6, pal.text);
            mb.fill_shape(c, 5.0, 0, grey);
            mb.stroke_shape(c, 5.0, 0, 0.0, 1.0, pal.outline);
        }
        LegendSymbol::Ring(ring) => {
            let (fill, outline, width) = match ring {
                0 => (grey, pal.outline, 2.2),
                1 => (grey, pal.outline, 1.0),
                _ => (lerp(grey, pal.background, 0.6), grey, 2.0),
            };
            mb.fill_shape(c, 6.5, 0, fill);
            mb.stroke_shape(c, 6.5, 0, 0.0, width, outline);
        }
        LegendSymbol::Size => {
            mb.fill_shape(c - vec2(8.0, 0.0), 3.0, 0, grey);
            mb.fill_shape(c + vec2(4.0, 0.0), 7.0, 0, grey);
        }
        LegendSymbol::Line(status) => {
            let (a, b) = (c - vec2(12.0, 0.0), c + vec2(12.0, 0.0));
            match status {
                RelationStatus::Current => mb.line(a, b, 2.0, pal.edge),
                RelationStatus::Potential => mb.dashed(a, b, 2.0, pal.edge, 7.0, 5.0),
                RelationStatus::Past => mb.dashed(a, b, 2.0, pal.edge.gamma_multiply(0.6), 1.6, 3.6),
            }
        }
        LegendSymbol::Arrow => {
            let (a, b) = (c - vec2(12.0, 0.0), c + vec2(12.0, 0.0));
            mb.line(a, b - vec2(6.0, 0.0), 2.0, pal.edge);
            mb.triangle([b, b - vec2(9.0, 5.0), b - vec2(9.0, -5.0)], pal.edge);
        }
        LegendSymbol::Width => {
            mb.line(c - vec2(12.0, 4.0), c + vec2(12.0, -4.0), 1.0, pal.edge);
            mb.line(c - vec2(12.0, -3.0), c + vec2(12.0, 3.0), 3.5, pal.edge);
        }
        LegendSymbol::Pinned => {
            mb.fill_shape(c, 6.0, 0, grey);
            let p = c + vec2(4.5, -4.5);
            mb.fill_shape(p, 2.8, 0, pal.text);
            mb.stroke_shape(p, 2.8, 0, 0.0, 1.0, pal.background);
        }
    }
}
