//! A small SVG writer that escapes every piece of text it is given, so that user text (an
//! actor named `<script>`, quotes, ampersands) always stays text.

use std::fmt::Write as _;

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_into(&mut out, text);
    out
}

/// Appends `text` escaped for XML to `out`. Control characters XML cannot carry are dropped.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// A number with at most two decimals and no trailing zeros, the same on every machine.
pub fn num(value: f32) -> String {
    if !value.is_finite() {
        return "0".into();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let mut s = format!("{rounded:.2}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" { "0".into() } else { s }
}

/// An `#rrggbb` colour.
pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// How text is anchored at its x coordinate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at x.
    Start,
    /// Text is centred on x.
    Middle,
    /// Text ends at x.
    End,
}

impl Anchor {
    fn attr(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// The style of one run of text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// Font size in user units.
    pub size: f32,
    /// Semibold instead of regular.
    pub bold: bool,
    /// Fill colour.
    pub fill: [u8; 3],
    /// Anchor.
    pub anchor: Anchor,
    /// A halo of this colour behind the glyphs, for labels over lines.
    pub halo: Option<[u8; 3]>,
}

impl TextStyle {
    /// Regular dark text of `size`, starting at x.
    pub fn new(size: f32) -> TextStyle {
        TextStyle {
            size,
            bold: false,
            fill: INK,
            anchor: Anchor::Start,
            halo: None,
        }
    }

    /// The same style in semibold.
    pub fn bold(self) -> TextStyle {
        TextStyle { bold: true, ..self }
    }

    /// The same style in `fill`.
    pub fn fill(self, fill: [u8; 3]) -> TextStyle {
        TextStyle { fill, ..self }
    }

    /// The same style anchored at `anchor`.
    pub fn anchor(self, anchor: Anchor) -> TextStyle {
        TextStyle { anchor, ..self }
    }

    /// The same style with a halo.
    pub fn halo(self, halo: [u8; 3]) -> TextStyle {
        TextStyle {
            halo: Some(halo),
            ..self
        }
    }
}

/// Dark text colour of every export.
pub const INK: [u8; 3] = [0x1E, 0x24, 0x2C];
/// Secondary text colour.
pub const MUTED: [u8; 3] = [0x55, 0x5F, 0x6D];
/// Paper.
pub const PAPER: [u8; 3] = [0xFF, 0xFF, 0xFF];

/// An SVG document being written.
pub struct Svg {
    out: String,
    width: f32,
    height: f32,
}

impl Svg {
    /// A document of `width` × `height` user units (pixels, or points in a PDF page).
    pub fn new(width: f32, height: f32) -> Svg {
        let mut out = String::with_capacity(4096);
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
             font-family=\"Inter\">",
            w = num(width),
            h = num(height)
        );
        Svg { out, width, height }
    }

    /// Width in user units.
    pub fn width(&self) -> f32 {
        self.width
    }

    /// Height in user units.
    pub fn height(&self) -> f32 {
        self.height
    }

    /// A `<title>` for screen readers and file browsers.
    pub fn title(&mut self, text: &str) {
        self.out.push_str("<title>");
        escape_into(&mut self.out, text);
        self.out.push_str("</title>\n");
    }

    /// A filled rectangle, with an optional outline and corner radius.
    #[allow(clippy::too_many_arguments)]
    pub fn rect(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<[u8; 3]>,
        stroke: Option<([u8; 3], f32)>,
        radius: f32,
    ) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0))
        );
        if radius > 0.0 {
            let _ = write!(self.out, " rx=\"{}\"", num(radius));
        }
        self.paint(fill, stroke);
        self.out.push_str("/>\n");
    }

    /// A circle.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: Option<[u8; 3]>, stroke: Option<([u8; 3], f32)>) {
        let _ = write!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
            num(cx),
            num(cy),
            num(r.max(0.0))
        );
        self.paint(fill, stroke);
        self.out.push_str("/>\n");
    }

    /// A closed polygon.
    pub fn polygon(&mut self, points: &[[f32; 2]], fill: Option<[u8; 3]>, stroke: Option<([u8; 3], f32)>) {
        self.out.push_str("<polygon points=\"");
        for (k, [x, y]) in points.iter().enumerate() {
            if k > 0 {
                self.out.push(' ');
            }
            let _ = write!(self.out, "{},{}", num(*x), num(*y));
        }
        self.out.push('"');
        self.paint(fill, stroke);
        self.out.push_str("/>\n");
    }

    /// A path with raw path data (built by the caller from numbers only, never user text).
    pub fn path(&mut self, d: &str, fill: Option<[u8; 3]>, stroke: Option<([u8; 3], f32)>, extra: &str) {
        self.out.push_str("<path d=\"");
        escape_into(&mut self.out, d);
        self.out.push('"');
        self.paint(fill, stroke);
        if !extra.is_empty() {
            self.out.push(' ');
            self.out.push_str(extra);
        }
        self.out.push_str("/>\n");
    }

    /// A straight line; `dash` is an SVG dash array such as `"7 5"` or empty.
    pub fn line(&mut self, a: [f32; 2], b: [f32; 2], colour: [u8; 3], width: f32, dash: &str) {
        let _ = write!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"",
            num(a[0]),
            num(a[1]),
            num(b[0]),
            num(b[1]),
            hex(colour),
            num(width)
        );
        if !dash.is_empty() {
            let _ = write!(self.out, " stroke-dasharray=\"{dash}\" stroke-linecap=\"round\"");
        }
        self.out.push_str("/>\n");
    }

    /// One line of text at (x, y) (y is the baseline).
    pub fn text(&mut self, x: f32, y: f32, text: &str, style: TextStyle) {
        if text.is_empty() {
            return;
        }
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\"",
            num(x),
            num(y),
            num(style.size)
        );
        if style.bold {
            self.out.push_str(" font-weight=\"600\"");
        }
        if style.anchor != Anchor::Start {
            let _ = write!(self.out, " text-anchor=\"{}\"", style.anchor.attr());
        }
        if let Some(halo) = style.halo {
            let _ = write!(
                self.out,
                " stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                hex(halo),
                num((style.size * 0.28).max(2.0))
            );
        }
        let _ = write!(self.out, " fill=\"{}\">", hex(style.fill));
        escape_into(&mut self.out, text);
        self.out.push_str("</text>\n");
    }

    /// Opens a group with an opacity (1 writes a plain group).
    pub fn group_opacity(&mut self, opacity: f32) {
        if opacity < 0.999 {
            let _ = writeln!(self.out, "<g opacity=\"{}\">", num(opacity));
        } else {
            self.out.push_str("<g>\n");
        }
    }

    /// Opens a group moved by (dx, dy) and scaled by `scale`.
    pub fn group_transform(&mut self, dx: f32, dy: f32, scale: f32) {
        let _ = writeln!(
            self.out,
            "<g transform=\"translate({} {}) scale({})\">",
            num(dx),
            num(dy),
            svg_scale(scale)
        );
    }

    /// Closes the innermost group.
    pub fn end_group(&mut self) {
        self.out.push_str("</g>\n");
    }

    /// Embeds a finished document written by this writer at (x, y), scaled by `scale`.
    pub fn embed(&mut self, other: &str, x: f32, y: f32, scale: f32) {
        self.group_transform(x, y, scale);
        // The inner document's body: everything between its opening tag and its end tag.
        let body = other.split_once(">\n").map_or("", |(_, rest)| rest);
        let body = body.strip_suffix("</svg>\n").unwrap_or(body);
        self.out.push_str(body);
        self.end_group();
    }

    fn paint(&mut self, fill: Option<[u8; 3]>, stroke: Option<([u8; 3], f32)>) {
        match fill {
            Some(f) => {
                let _ = write!(self.out, " fill=\"{}\"", hex(f));
            }
            None => self.out.push_str(" fill=\"none\""),
        }
        if let Some((colour, width)) = stroke {
            let _ = write!(self.out, " stroke=\"{}\" stroke-width=\"{}\"", hex(colour), num(width));
        }
    }

    /// Raw markup written by this module's callers from numbers and escaped text only.
    pub(crate) fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

/// A scale factor with enough digits to keep a large map in place.
fn svg_scale(scale: f32) -> String {
    if !scale.is_finite() {
        return "1".into();
    }
    let mut s = format!("{scale:.5}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        let mut svg = Svg::new(10.0, 10.0);
        svg.text(0.0, 0.0, "<script>alert(\"x\")</script> & 'y'", TextStyle::new(10.0));
        let out = svg.finish();
        assert!(!out.contains("<script>"));
        assert!(out.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"));
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.25), "1.25");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(12.5), "12.5");
    }
}
