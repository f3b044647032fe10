//! The network's business card (phase 9) as one page: A4 portrait for print, or a 16:9
//! slide. Text is wrapped in its column; when the card holds more than fits, the type gets
//! smaller until it does, so nothing is cut off (down to a readable minimum).

use super::cycle::NETWORK_HUES;
use super::fonts;
use super::map::{kind_colour, shape_of_kind, symbol};
use super::msg;
use super::svg::{INK, MUTED, PAPER, Svg, TextStyle};
use crate::i18n::Lang;
use crate::model::{Date, Project};

/// The card's page format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CardSize {
    /// A4 portrait, 595 × 842 points.
    #[default]
    A4,
    /// A 16:9 slide, 1280 × 720 units.
    Slide,
}

impl CardSize {
    /// Width and height in SVG units (PDF points).
    pub fn dimensions(self) -> (f32, f32) {
        match self {
            CardSize::A4 => (595.0, 842.0),
            CardSize::Slide => (1280.0, 720.0),
        }
    }
}

/// One labelled part of the card.
enum Part {
    Text(String, String),
    List(String, Vec<String>),
    Members(String, Vec<(String, u8, [u8; 3])>),
}

fn parts(project: &Project, lang: Lang) -> (Vec<Part>, Vec<Part>) {
    let c = &project.card;
    let text = |label: crate::i18n::Tr, value: &str| {
        (!value.trim().is_empty()).then(|| Part::Text(label.get(lang).to_owned(), value.trim().to_owned()))
    };
    let mut left: Vec<Part> = [
        text(msg::CARD_PURPOSE, &c.purpose),
        text(msg::CARD_TARGETS, &c.target_groups),
    ]
    .into_iter()
    .flatten()
    .collect();
    let offering: Vec<String> = c.offering.iter().filter(|o| !o.trim().is_empty()).cloned().collect();
    if !offering.is_empty() {
        left.push(Part::List(msg::CARD_OFFERING.get(lang).to_owned(), offering));
    }
    left.extend(
        [
            text(msg::CARD_UNIQUE, &c.unique),
            text(msg::CARD_RESULTS, &c.results),
            text(msg::CARD_JOIN, &c.how_to_join),
        ]
        .into_iter()
        .flatten(),
    );
    let mut right = Vec::new();
    let members: Vec<(String, u8, [u8; 3])> = c
        .members
        .iter()
        .filter_map(|id| project.actor(*id))
        .map(|a| {
            (
                a.name.clone(),
                shape_of_kind(project, &a.kind),
                kind_colour(project, &a.kind),
            )
        })
        .collect();
    if !members.is_empty() {
        right.push(Part::Members(msg::CARD_MEMBERS.get(lang).to_owned(), members));
    }
    let contact: Vec<String> = [
        &c.contact.name,
        &c.contact.organisation,
        &c.contact.email,
        &c.contact.phone,
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .cloned()
    .collect();
    if !contact.is_empty() {
        right.push(Part::List(msg::CARD_CONTACT.get(lang).to_owned(), contact));
    }
    right.extend(
        [
            text(msg::CARD_CHANNELS, &c.channels),
            text(msg::CARD_REGION, &c.region),
            text(msg::CARD_FOUNDED, &c.founded),
        ]
        .into_iter()
        .flatten(),
    );
    (left, right)
}

/// Lays `parts` out in a column from `y`; returns the y where it ended. With `svg` `None`
/// it only measures.
fn column(mut svg: Option<&mut Svg>, parts: &[Part], x: f32, w: f32, mut y: f32, body: f32) -> f32 {
    let label = body * 0.8;
    let line = body * 1.38;
    for part in parts {
        let (title, _) = match part {
            Part::Text(t, _) | Part::List(t, _) => (t, ()),
            Part::Members(t, _) => (t, ()),
        };
        y += label;
        if let Some(svg) = svg.as_deref_mut() {
            svg.text(
                x,
                y,
                &title.to_uppercase(),
                TextStyle::new(label).bold().fill(NETWORK_HUES[0]),
            );
        }
        y += label * 0.6;
        match part {
            Part::Text(_, text) => {
                for l in fonts::wrap(text, w, body, false) {
                    y += line;
                    if let Some(svg) = svg.as_deref_mut() {
                        svg.text(x, y - line * 0.25, &l, TextStyle::new(body));
                    }
                }
            }
            Part::List(_, items) => {
                for item in items {
                    for (k, l) in fonts::wrap(item, w - body, body, false).into_iter().enumerate() {
                        y += line;
                        if let Some(svg) = svg.as_deref_mut() {
                            if k == 0 {
                                svg.text(x, y - line * 0.25, "•", TextStyle::new(body).fill(NETWORK_HUES[0]));
                            }
                            svg.text(x + body, y - line * 0.25, &l, TextStyle::new(body));
                        }
                    }
                }
            }
            Part::Members(_, members) => {
                for (name, shape, colour) in members {
                    for (k, l) in fonts::wrap(name, w - body * 1.4, body, false).into_iter().enumerate() {
                        y += line;
                        if let Some(svg) = svg.as_deref_mut() {
                            if k == 0 {
                                symbol(
                                    svg,
                                    *shape,
                                    [x + body * 0.45, y - line * 0.25 - body * 0.35],
                                    body * 0.36,
                                    Some(*colour),
                                    Some((INK, 0.6)),
                                );
                            }
                            svg.text(x + body * 1.4, y - line * 0.25, &l, TextStyle::new(body));
                        }
                    }
                }
            }
        }
        y += body * 0.9;
    }
    y
}

/// The business card of `project` as an SVG document. `date` is printed as the date the card
/// was made when the card itself has no "last updated" date.
pub fn card_document(project: &Project, size: CardSize, lang: Lang, date: Option<Date>) -> Svg {
    let (w, h) = size.dimensions();
    let mut svg = Svg::new(w, h);
    let c = &project.card;
    let name = if c.name.trim().is_empty() {
        project.display_name().to_owned()
    } else {
        c.name.trim().to_owned()
    };
    svg.title(&format!("{} – {}", msg::CARD_TITLE.get(lang), name));
    svg.rect(0.0, 0.0, w, h, Some(PAPER), None, 0.0);
    let margin = if size == CardSize::A4 { 42.0 } else { 56.0 };
    let unit = if size == CardSize::A4 { 1.0 } else { 1.45 };

    // The band with the name and the tagline.
    let name_size = 26.0 * unit;
    let tag_size = 13.0 * unit;
    let band_w = w - 2.0 * margin;
    let mut name_lines = fonts::wrap(&name, band_w, name_size, true);
    name_lines.truncate(3);
    let mut tag_lines = fonts::wrap(c.tagline.trim(), band_w, tag_size, false);
    tag_lines.truncate(3);
    if c.tagline.trim().is_empty() {
        tag_lines.clear();
    }
    let band_h = margin * 0.8
        + name_lines.len() as f32 * name_size * 1.2
        + tag_lines.len() as f32 * tag_size * 1.4
        + margin * 0.6;
    svg.rect(0.0, 0.0, w, band_h, Some(NETWORK_HUES[0]), None, 0.0);
    let mut y = margin * 0.8;
    for l in &name_lines {
        y += name_size * 1.2;
        svg.text(
            margin,
            y - name_size * 0.2,
            l,
            TextStyle::new(name_size).bold().fill(PAPER),
        );
    }
    for l in &tag_lines {
        y += tag_size * 1.4;
        svg.text(
            margin,
            y - tag_size * 0.3,
            l,
            TextStyle::new(tag_size).fill([0xE6, 0xF4, 0xF1]),
        );
    }

    // Two columns (A4) or a wide and a narrow one (slide), at the largest type that fits.
    let (left, right) = parts(project, lang);
    let top = band_h + margin * 0.5;
    let footer = 24.0 * unit;
    let bottom = h - margin - footer;
    let gutter = margin * 0.6;
    let left_w = (w - 2.0 * margin - gutter) * if size == CardSize::A4 { 0.58 } else { 0.62 };
    let right_w = w - 2.0 * margin - gutter - left_w;
    let right_x = margin + left_w + gutter;
    let mut body = 10.5 * unit;
    let min_body = 6.5 * unit;
    while body > min_body {
        let fits = column(None, &left, margin, left_w, top, body) <= bottom
            && column(None, &right, right_x, right_w, top, body) <= bottom;
        if fits {
            break;
        }
        body -= 0.25 * unit;
    }
    column(Some(&mut svg), &left, margin, left_w, top, body);
    column(Some(&mut svg), &right, right_x, right_w, top, body);

    // Footer: the date and where the card comes from.
    let when = c.last_updated.or(date);
    let mut foot = msg::CARD_FOOTER.get(lang).to_owned();
    if let Some(d) = when {
        foot = format!("{} {d} · {foot}", msg::CARD_UPDATED.get(lang));
    }
    svg.line(
        [margin, h - margin - footer * 0.7],
        [w - margin, h - margin - footer * 0.7],
        [0xD5, 0xD9, 0xE0],
        0.8,
        "",
    );
    let foot = fonts::ellipsize(&foot, w - 2.0 * margin, 9.0 * unit, false);
    svg.text(margin, h - margin, &foot, TextStyle::new(9.0 * unit).fill(MUTED));
    svg
}

/// The business card as a finished SVG.
pub fn card_svg(project: &Project, size: CardSize, lang: Lang, date: Option<Date>) -> String {
    card_document(project, size, lang, date).finish()
}
