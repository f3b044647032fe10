//! The bundled Inter font: the only font exports use, so that SVG→PNG and PDF output is the
//! same on every machine, with or without fonts installed. Also measures and wraps text for
//! the layouts (labels, the card, the PDF report).

use std::sync::{Arc, OnceLock};

/// Inter Regular.
pub const INTER_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold.
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// A font database holding only the bundled Inter faces (no system fonts), with Inter as
/// every generic family, built once per process.
pub fn database() -> Arc<resvg::usvg::fontdb::Database> {
    static DB: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(INTER_REGULAR.to_vec());
        db.load_font_data(INTER_SEMIBOLD.to_vec());
        db.set_sans_serif_family("Inter");
        db.set_serif_family("Inter");
        db.set_monospace_family("Inter");
        db.set_cursive_family("Inter");
        db.set_fantasy_family("Inter");
        Arc::new(db)
    })
    .clone()
}

/// Advance widths of one face, per character, in units of the font size.
struct Metrics {
    /// Widths of the characters U+0000–U+024F (Latin) looked up at once.
    latin: Vec<f32>,
    face_data: &'static [u8],
    units: f32,
}

impl Metrics {
    fn new(data: &'static [u8]) -> Metrics {
        let face = ttf_parser::Face::parse(data, 0).ok();
        let units = face.as_ref().map_or(1000.0, |f| f32::from(f.units_per_em()));
        let latin = (0u32..0x250)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|ch| advance(face.as_ref(), ch, units))
                    .unwrap_or(0.55)
            })
            .collect();
        Metrics {
            latin,
            face_data: data,
            units,
        }
    }

    fn width(&self, c: char) -> f32 {
        if let Some(&w) = self.latin.get(c as usize) {
            return w;
        }
        // Outside Latin: ask the face; characters Inter lacks fall back to a wide em, the
        // way a fallback glyph would take space.
        let face = ttf_parser::Face::parse(self.face_data, 0).ok();
        advance(face.as_ref(), c, self.units).unwrap_or(if is_wide(c) { 1.0 } else { 0.6 })
    }
}

fn advance(face: Option<&ttf_parser::Face<'_>>, c: char, units: f32) -> Option<f32> {
    let face = face?;
    let glyph = face.glyph_index(c)?;
    Some(f32::from(face.glyph_hor_advance(glyph)?) / units)
}

/// Emoji and East Asian characters take about an em.
fn is_wide(c: char) -> bool {
    let c = c as u32;
    (0x1100..=0x115F).contains(&c) || (0x2E80..=0xA4CF).contains(&c) || (0xAC00..=0xD7A3).contains(&c) || c >= 0x1F000
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR: OnceLock<Metrics> = OnceLock::new();
    static BOLD: OnceLock<Metrics> = OnceLock::new();
    if bold {
        BOLD.get_or_init(|| Metrics::new(INTER_SEMIBOLD))
    } else {
        REGULAR.get_or_init(|| Metrics::new(INTER_REGULAR))
    }
}

/// The width of `text` set in Inter at `size`.
pub fn measure(text: &str, size: f32, bold: bool) -> f32 {
    let m = metrics(bold);
    text.chars().map(|c| m.width(c)).sum::<f32>() * size
}

/// `text` shortened with an ellipsis so that it fits `width`.
pub fn ellipsize(text: &str, width: f32, size: f32, bold: bool) -> String {
    if measure(text, size, bold) <= width {
        return text.to_owned();
    }
    let m = metrics(bold);
    let budget = width / size.max(0.1) - m.width('…');
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += m.width(c);
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Breaks `text` into lines no wider than `width` at `size`: at spaces where possible, inside
/// a word only when the word alone is too wide. Line breaks in the text are kept.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
    let m = metrics(bold);
    let max = width / size.max(0.1);
    let space = m.width(' ');
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0.0f32;
        for word in paragraph.split_whitespace() {
            let w: f32 = word.chars().map(|c| m.width(c)).sum();
            if !line.is_empty() && used + space + w <= max {
                line.push(' ');
                line.push_str(word);
                used += space + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            if w <= max {
                line.push_str(word);
                used = w;
            } else {
                // A word wider than the line: break it by characters.
                for c in word.chars() {
                    let cw = m.width(c);
                    if used + cw > max && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        used = 0.0;
                    }
                    line.push(c);
                    used += cw;
                }
            }
        }
        lines.push(line);
    }
    // Drop trailing empty lines but keep empty lines between paragraphs.
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_the_width_and_keep_every_word() {
        let text = "Hyvinvointialueen ikääntyneiden palvelujen verkosto kokoaa kunnat, järjestöt ja yritykset";
        let lines = wrap(text, 120.0, 10.0, false);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(measure(l, 10.0, false) <= 120.0 + 0.01, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_long_word_is_broken_inside() {
        let word = "x".repeat(400);
        let lines = wrap(&word, 100.0, 10.0, false);
        assert!(lines.len() > 5);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn bold_is_wider_than_regular() {
        assert!(measure("Verkosto", 12.0, true) > measure("Verkosto", 12.0, false));
        assert!(measure("Verkosto", 12.0, false) > 30.0);
    }
}
