//! The segments' texts: number, status badge and short name, fitted into the ring.
//!
//! The short names come with a line break chosen for a roomy figure; in a narrow panel another
//! break (or a third line) may fit better, so each segment tries the ways its words can be put
//! on one to three lines. All segments share one font size, the largest at which every
//! segment's text fits inside it, so the figure reads evenly.

use super::geometry::{Ring, mid_angle};
use crate::i18n::Lang;
use crate::i18n::method::PHASES;
use crate::model::{PhaseId, SheetStatus};
use crate::ui::style;
use egui::{Color32, FontFamily, FontId, Id, Painter, Pos2, Rect, Vec2, vec2};
use std::sync::Arc;

/// Font sizes and badge radius at full scale.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// The segment numbers.
    pub number: f32,
    /// The short names.
    pub name: f32,
    /// Radius of a status badge.
    pub badge: f32,
}

/// One segment's text, placed.
#[derive(Clone, Debug)]
pub struct Block {
    /// The short name's lines.
    pub lines: Vec<String>,
    /// Whether the number comes below the name rather than above it (towards the centre, where
    /// an upper segment is narrowest).
    pub number_below: bool,
    /// The block's centre relative to the ring's centre.
    pub offset: Vec2,
}

/// The texts of all nine segments at their common scale. In a figure too small for readable
/// names every block's `lines` is empty.
#[derive(Clone, Debug)]
pub struct Fitted {
    /// The factor applied to every size of [`Sizes`].
    pub scale: f32,
    /// One block per phase, in order.
    pub blocks: Vec<Block>,
}

/// The bold face at `size`. Fonts installed in a frame are only bound from the next frame on,
/// so the first frame falls back to the regular face rather than fail.
pub fn bold(painter: &Painter, size: f32) -> FontId {
    let family = FontFamily::Name(style::BOLD.into());
    if painter.fonts(|f| f.families().contains(&family)) {
        FontId::new(size, family)
    } else {
        FontId::proportional(size)
    }
}

/// A piece of a short name: a word or, in Finnish, a syllable group of a long word.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    /// Whether a word ends with this piece (a line may end here without a hyphen).
    word_end: bool,
}

/// Whether `c` is a Finnish vowel.
fn is_vowel(c: char) -> bool {
    "aeiouyäöAEIOUYÄÖ".contains(c)
}

/// Where a Finnish word may be hyphenated: before a consonant that is followed by a vowel (the
/// main rule of Finnish syllables, "ver-kos-toi-tu-mi-sen"), keeping three letters each side.
fn finnish_breaks(word: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let n = chars.len();
    (3..n.saturating_sub(3))
        .filter(|&i| {
            let (c, next) = (chars[i].1, chars[i + 1].1);
            c.is_alphabetic() && !is_vowel(c) && is_vowel(next) && chars[i - 1].1.is_alphabetic()
        })
        .map(|i| chars[i].0)
        .collect()
}

/// The pieces of `short`: its words, and in Finnish the syllable groups of words of ten
/// letters or more. A word already ending in a hyphen ("Verkosto-") is a piece that does not
/// end a word.
fn pieces(short: &str, lang: Lang) -> Vec<Piece> {
    let mut out = Vec::new();
    for word in short.split(['\n', ' ']).filter(|w| !w.is_empty()) {
        let hyphenated = word.ends_with('-');
        let bare = word.trim_end_matches('-');
        let breaks = if lang == Lang::Fi && bare.chars().count() >= 10 {
            finnish_breaks(bare)
        } else {
            Vec::new()
        };
        let mut start = 0;
        for b in breaks {
            out.push(Piece {
                text: bare[start..b].to_owned(),
                word_end: false,
            });
            start = b;
        }
        let last = if hyphenated {
            format!("{}-", &bare[start..])
        } else {
            bare[start..].to_owned()
        };
        // A hyphen already in the text is itself a place to break, without a second hyphen.
        out.push(Piece {
            text: last,
            word_end: !hyphenated,
        });
    }
    out
}

/// The ways the short name can be set on one to three lines; the given lines first, then the
/// others with fewer lines and fewer hyphenations first.
pub fn wrappings(short: &str, lang: Lang) -> Vec<Vec<String>> {
    let given: Vec<String> = short.lines().map(str::to_owned).collect();
    let pieces = pieces(short, lang);
    let n = pieces.len();
    let mut all = vec![given];
    if n == 0 || n > 12 {
        return all;
    }
    // Each bit of `breaks` says whether a line ends after that piece.
    let mut others: Vec<(usize, usize, Vec<String>)> = (0..1u32 << (n - 1))
        .filter(|breaks| breaks.count_ones() <= 2)
        .map(|breaks| {
            let mut lines = vec![String::new()];
            let mut hyphens = 0;
            for (i, piece) in pieces.iter().enumerate() {
                if let Some(line) = lines.last_mut() {
                    let joins = i > 0 && pieces[i - 1].word_end;
                    if !line.is_empty() && joins {
                        line.push(' ');
                    }
                    line.push_str(&piece.text);
                    let breaks_here = i + 1 < n && breaks & (1 << i) != 0;
                    if breaks_here && !piece.word_end && !piece.text.ends_with('-') {
                        line.push('-');
                        hyphens += 1;
                    }
                    if breaks_here {
                        lines.push(String::new());
                    }
                }
            }
            (lines.len(), hyphens, lines)
        })
        .collect();
    // Fewer hyphens first, then fewer lines, then the most even lines.
    others.sort_by_key(|(lines, hyphens, text)| (*hyphens, *lines, text.iter().map(|l| l.chars().count()).max()));
    for (_, _, lines) in others {
        if !all.contains(&lines) {
            all.push(lines);
        }
    }
    all
}

/// The sizes of a block's rows at full scale: number and badge first, then each line of the
/// name. Sizes at other scales are taken as proportional (with a little room to spare) rather
/// than laid out at every size tried, which would rasterise glyphs at each of those sizes.
fn row_sizes(painter: &Painter, number: usize, lines: &[String], number_below: bool, sizes: &Sizes) -> Vec<Vec2> {
    let number = painter.layout_no_wrap(number.to_string(), bold(painter, sizes.number), Color32::WHITE);
    let number_row = vec2(number.size().x + 2.6 * sizes.badge, number.size().y);
    let mut rows: Vec<Vec2> = lines
        .iter()
        .map(|line| {
            painter
                .layout_no_wrap(line.clone(), FontId::proportional(sizes.name), Color32::WHITE)
                .size()
        })
        .collect();
    if number_below {
        rows.push(number_row);
    } else {
        rows.insert(0, number_row);
    }
    rows.into_iter().map(|r| r * 1.03).collect()
}

/// Whether rows of `rows` sizes, stacked and each centred on `center`'s x, with the stack
/// centred on `center`, all lie inside segment `index`. Each row is checked on its own, since
/// a short row fits where a long one would not.
fn rows_fit(ring: &Ring, index: usize, center: Pos2, rows: &[Vec2], pad: f32) -> bool {
    let height: f32 = rows.iter().map(|r| r.y).sum();
    let mut top = center.y - 0.5 * height;
    rows.iter().all(|r| {
        let rect = Rect::from_min_size(Pos2::new(center.x - 0.5 * r.x, top), *r);
        top += r.y;
        ring.contains_rect(index, rect, pad)
    })
}

/// Where segment `index`'s rows fit, if anywhere: the block's centre, as near the middle of
/// the segment as possible.
fn place_block(ring: &Ring, index: usize, rows: &[Vec2], pad: f32) -> Option<Pos2> {
    let mid = 0.5 * (ring.inner + ring.outer);
    let depth = ring.outer - ring.inner;
    [0.0, 0.04, -0.04, 0.08, -0.08, 0.12, -0.12, 0.16, 0.2]
        .into_iter()
        .map(|t| ring.point(mid_angle(index), mid + t * depth))
        .find(|&c| rows_fit(ring, index, c, rows, pad))
}

/// The scales tried, largest first: those that give the names whole or half point sizes, so
/// that resizing the panel rasterises glyphs at only a few sizes.
fn scales(name: f32, min_name: f32) -> impl Iterator<Item = f32> {
    let top = (name * 2.0).floor() / 2.0;
    (0..40)
        .map(move |k| (top - 0.5 * k as f32) / name)
        .take_while(move |s| *s * name >= min_name.min(top) - 1e-3)
}

/// Fits the nine texts into `ring`. The result depends only on the ring's size, the language
/// and the fonts, so it is kept between frames and worked out again only when they change.
pub fn fit(painter: &Painter, ring: &Ring, sizes: &Sizes, min_name: f32, lang: Lang) -> Arc<Fitted> {
    let ctx = painter.ctx();
    let bold_ready = bold(painter, 10.0).family != FontFamily::Proportional;
    let key = Id::new((
        "cycle_text_fit",
        (ring.outer * 4.0).round() as i32,
        (ring.inner * 4.0).round() as i32,
        (painter.pixels_per_point() * 100.0).round() as i32,
        lang,
        bold_ready,
    ));
    if let Some(found) = ctx.data(|d| d.get_temp::<Arc<Fitted>>(key)) {
        return found;
    }
    let fitted = Arc::new(compute_fit(painter, ring, sizes, min_name, lang));
    ctx.data_mut(|d| d.insert_temp(key, fitted.clone()));
    fitted
}

/// Where the number goes relative to the name: one rule for the whole figure, so it reads
/// evenly.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NumberPlace {
    /// Above the name in every segment.
    Above,
    /// On the side towards the centre: below the name in the upper arc, above it in the lower.
    Inside,
    /// Above the name where that fits, else below.
    Free,
}

impl NumberPlace {
    /// The choices of number below the name for segment `index`.
    fn choices(self, index: usize) -> &'static [bool] {
        match self {
            NumberPlace::Above => &[false],
            NumberPlace::Inside if mid_angle(index).cos() > 0.0 => &[true],
            NumberPlace::Inside => &[false],
            NumberPlace::Free => &[false, true],
        }
    }

    /// How many points of name size this rule is worth: a rule that reads evenly is kept
    /// unless a looser one gives clearly larger text.
    fn bonus(self) -> f32 {
        match self {
            NumberPlace::Above => 1.0,
            NumberPlace::Inside => 0.5,
            NumberPlace::Free => 0.0,
        }
    }
}

fn compute_fit(painter: &Painter, ring: &Ring, sizes: &Sizes, min_name: f32, lang: Lang) -> Fitted {
    // The ring is fitted around the origin; blocks are stored relative to the centre.
    let ring = Ring {
        center: Pos2::ZERO,
        ..*ring
    };
    let score = |place: NumberPlace, fitted: &Fitted| fitted.scale * sizes.name + place.bonus();
    let best = [NumberPlace::Above, NumberPlace::Inside, NumberPlace::Free]
        .into_iter()
        .filter_map(|place| fit_names(painter, &ring, sizes, min_name, lang, place).map(|f| (score(place, &f), f)))
        .fold(None::<(f32, Fitted)>, |best, (sc, f)| match best {
            Some((b, _)) if b >= sc => best,
            _ => Some((sc, f)),
        });
    best.map(|(_, f)| f).unwrap_or_else(|| {
        // Even the smallest readable size does not fit: the segments show only number and
        // badge; the names are in the centre (for the open phase) and in the tooltips.
        let blocks = (0..PhaseId::ALL.len())
            .map(|i| Block {
                lines: Vec::new(),
                number_below: false,
                offset: ring.point(mid_angle(i), 0.5 * (ring.inner + ring.outer)).to_vec2(),
            })
            .collect();
        Fitted { scale: 1.0, blocks }
    })
}

/// One way to set a segment's text: the name's lines, where the number goes, and the sizes
/// of the rows at full scale.
struct Candidate {
    lines: Vec<String>,
    number_below: bool,
    rows: Vec<Vec2>,
}

/// The texts at the largest scale (names at least `min_name`) at which every segment has some
/// wrapping of its name that fits, with the number placed by `place`.
fn fit_names(
    painter: &Painter,
    ring: &Ring,
    sizes: &Sizes,
    min_name: f32,
    lang: Lang,
    place: NumberPlace,
) -> Option<Fitted> {
    let pad = 0.5 * ring.gap + 1.0;
    let candidates: Vec<Vec<Candidate>> = PhaseId::ALL
        .iter()
        .map(|p| {
            let wraps = wrappings(PHASES[p.index()].short.get(lang), lang);
            let mut cands = Vec::new();
            for &number_below in place.choices(p.index()) {
                for lines in &wraps {
                    let rows = row_sizes(painter, p.number(), lines, number_below, sizes);
                    cands.push(Candidate {
                        lines: lines.clone(),
                        number_below,
                        rows,
                    });
                }
            }
            cands
        })
        .collect();
    let fits_at = |i: usize, c: &Candidate, scale: f32| {
        let scaled: Vec<Vec2> = c.rows.iter().map(|r| *r * scale).collect();
        place_block(ring, i, &scaled, pad)
    };
    let all_fit = |s: f32| {
        candidates
            .iter()
            .enumerate()
            .all(|(i, cands)| cands.iter().any(|c| fits_at(i, c, s).is_some()))
    };
    // What fits at one scale fits at any smaller one, so the largest fitting scale is found by
    // bisection: this runs again on every width while the panel is being resized.
    let tried: Vec<f32> = scales(sizes.name, min_name).collect();
    let first_fit = tried.partition_point(|&s| !all_fit(s));
    let scale = *tried.get(first_fit)?;
    let blocks = candidates
        .iter()
        .enumerate()
        .map(|(i, cands)| {
            // `scale` was chosen so that every segment has a fitting candidate.
            let middle = ring.point(mid_angle(i), 0.5 * (ring.inner + ring.outer));
            cands.iter().find_map(|c| fits_at(i, c, scale).map(|p| (c, p))).map_or(
                Block {
                    lines: Vec::new(),
                    number_below: false,
                    offset: middle.to_vec2(),
                },
                |(c, p)| Block {
                    lines: c.lines.clone(),
                    number_below: c.number_below,
                    offset: p.to_vec2(),
                },
            )
        })
        .collect();
    Some(Fitted { scale, blocks })
}

impl Sizes {
    /// These sizes multiplied by `scale`.
    pub fn scaled(&self, scale: f32) -> Sizes {
        Sizes {
            number: self.number * scale,
            name: self.name * scale,
            badge: self.badge * scale,
        }
    }
}

/// Paints segment `phase`'s block with `sizes` (already scaled): number and status badge, and
/// the short name, all white on the segment's `fill`.
pub fn paint_block(
    painter: &Painter,
    center: Pos2,
    phase: PhaseId,
    block: &Block,
    sizes: &Sizes,
    status: SheetStatus,
    fill: Color32,
) {
    let number = painter.layout_no_wrap(phase.number().to_string(), bold(painter, sizes.number), Color32::WHITE);
    let lines: Vec<_> = block
        .lines
        .iter()
        .map(|l| painter.layout_no_wrap(l.clone(), FontId::proportional(sizes.name), Color32::WHITE))
        .collect();
    let badge = sizes.badge;
    let names_h: f32 = lines.iter().map(|g| g.size().y).sum();
    let top = center.y - 0.5 * (number.size().y + names_h);
    let (number_top, mut y) = if block.number_below {
        (top + names_h, top)
    } else {
        (top, top + number.size().y)
    };
    let left = center.x - 0.5 * (number.size().x + 2.6 * badge);
    let badge_center = Pos2::new(
        left + number.size().x + 1.6 * badge,
        number_top + 0.55 * number.size().y,
    );
    painter.galley(Pos2::new(left, number_top), number, Color32::WHITE);
    super::paint::badge(painter, badge_center, badge, status, Color32::WHITE, fill);
    for line in lines {
        let h = line.size().y;
        painter.galley(Pos2::new(center.x - 0.5 * line.size().x, y), line, Color32::WHITE);
        y += h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrappings_start_with_the_given_lines_and_join_hyphenated_words() {
        let all = wrappings("Verkosto-\nstrategia", Lang::Fi);
        assert_eq!(all[0], vec!["Verkosto-", "strategia"]);
        assert!(all.contains(&vec!["Verkosto-strategia".to_owned()]));
        assert!(!all.iter().flatten().any(|l| l.contains("- ")));
    }

    #[test]
    fn long_finnish_words_break_between_syllables_and_english_words_never() {
        let fi = wrappings("Verkostoitumisen\nehdot", Lang::Fi);
        assert!(fi.contains(&vec!["Verkostoi-".to_owned(), "tumisen".to_owned(), "ehdot".to_owned()]));
        assert!(fi.iter().flatten().all(|l| !l.starts_with('-')));
        let en = wrappings("Conditions of\nnetworking", Lang::En);
        assert!(en.iter().flatten().all(|l| !l.ends_with('-')));
    }

    #[test]
    fn wrappings_offer_one_to_three_lines_without_repeats() {
        let all = wrappings("Extended\ncompetence map", Lang::En);
        assert!(all.contains(&vec!["Extended".to_owned(), "competence".to_owned(), "map".to_owned()]));
        assert!(all.contains(&vec!["Extended competence map".to_owned()]));
        assert!(all.iter().all(|l| (1..=3).contains(&l.len())));
        let mut unique = all.clone();
        unique.dedup();
        assert_eq!(unique.len(), all.len());
    }
}
