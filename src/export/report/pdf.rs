//! The report as a paginated PDF: A4 pages laid out here (text wrapped to the column, tables
//! broken across pages with their header repeated, figures kept whole and scaled to fit),
//! a cover with the cycle, a table of contents with page numbers, and a page number on every
//! page. Each page is an SVG; [`crate::export::pdf`] turns them into one PDF.

use super::{Block, Figure, Report, Section, Table};
use crate::export::ExportError;
use crate::export::cycle::{NETWORK_HUES, OWN_HUES, badge, status_legend};
use crate::export::fonts::{ellipsize, measure, wrap};
use crate::export::msg as m;
use crate::export::pdf::{PdfPage, pages_to_pdf};
use crate::export::svg::{Anchor, MUTED, PAPER, Svg, TextStyle};

const W: f32 = 595.0;
const H: f32 = 842.0;
const LEFT: f32 = 56.0;
const RIGHT: f32 = W - 56.0;
const TOP: f32 = 64.0;
const BOTTOM: f32 = H - 60.0;
const BODY: f32 = 10.0;
const LINE: f32 = 14.0;
const CELL: f32 = 8.5;
const CELL_LINE: f32 = 11.5;
const CELL_PAD: f32 = 4.0;
const LINE_COLOUR: [u8; 3] = [0xD5, 0xD9, 0xE0];

/// Lays pages out one after another.
struct Layout {
    pages: Vec<Svg>,
    y: f32,
    title: String,
}

impl Layout {
    fn page(&mut self) -> &mut Svg {
        if self.pages.is_empty() {
            self.new_page();
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        let mut svg = Svg::new(W, H);
        svg.rect(0.0, 0.0, W, H, Some(PAPER), None, 0.0);
        let head = ellipsize(&self.title, RIGHT - LEFT, 8.0, false);
        svg.text(LEFT, 36.0, &head, TextStyle::new(8.0).fill(MUTED));
        svg.line([LEFT, 42.0], [RIGHT, 42.0], LINE_COLOUR, 0.6, "");
        self.pages.push(svg);
        self.y = TOP;
    }

    /// Makes room for `height`; starts a new page when it does not fit on this one.
    fn room(&mut self, height: f32) {
        if self.pages.is_empty() || self.y + height > BOTTOM {
            self.new_page();
        }
    }

    /// Wrapped text, line by line, continuing on the next page where needed.
    fn text(&mut self, text: &str, style: TextStyle, indent: f32, line: f32) {
        for l in wrap(text, RIGHT - LEFT - indent, style.size, style.bold) {
            self.room(line);
            self.y += line;
            let y = self.y - line * 0.28;
            self.page().text(LEFT + indent, y, &l, style);
        }
    }

    fn gap(&mut self, h: f32) {
        self.y += h;
    }

    fn section(&mut self, s: &Section, lang: crate::i18n::Lang, number: usize) {
        self.new_page();
        let colour = if number <= 5 { OWN_HUES[0] } else { NETWORK_HUES[0] };
        let size = 19.0;
        let lines = wrap(&s.title, RIGHT - LEFT - 30.0, size, true);
        for l in &lines {
            self.y += size * 1.25;
            let y = self.y - size * 0.25;
            self.page().text(LEFT, y, l, TextStyle::new(size).bold().fill(colour));
        }
        if let Some(status) = s.status {
            self.y += 16.0;
            let y = self.y;
            let page = self.page();
            badge(page, [LEFT + 6.0, y - 4.0], 6.0, status, colour, PAPER);
            page.text(
                LEFT + 17.0,
                y,
                status.label().get(lang),
                TextStyle::new(9.5).fill(MUTED),
            );
        }
        let y = self.y + 8.0;
        self.page().line([LEFT, y], [RIGHT, y], colour, 1.5, "");
        self.y += 18.0;
        self.blocks(&s.blocks);
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            match b {
                Block::Heading(t) => {
                    // Keep a heading with at least a few lines of what follows.
                    self.room(70.0);
                    self.gap(6.0);
                    self.text(t, TextStyle::new(12.5).bold(), 0.0, 17.0);
                    self.gap(3.0);
                }
                Block::Para(t) => {
                    self.text(t, TextStyle::new(BODY), 0.0, LINE);
                    self.gap(6.0);
                }
                Block::Note(t) => {
                    self.text(t, TextStyle::new(9.0).fill(MUTED), 0.0, 12.5);
                    self.gap(6.0);
                }
                Block::Field(label, text) => {
                    self.room(LINE * 2.0);
                    self.text(label, TextStyle::new(BODY).bold(), 0.0, LINE);
                    if !text.is_empty() {
                        self.text(text, TextStyle::new(BODY), 0.0, LINE);
                    }
                    self.gap(6.0);
                }
                Block::Bullets(items) => {
                    for item in items {
                        self.room(LINE);
                        let y = self.y + LINE - LINE * 0.28;
                        self.page().text(LEFT + 2.0, y, "•", TextStyle::new(BODY));
                        self.text(item, TextStyle::new(BODY), 12.0, LINE);
                    }
                    self.gap(6.0);
                }
                Block::Table(t) => {
                    self.table(t);
                    self.gap(10.0);
                }
                Block::Figure(f) => {
                    self.figure(f);
                    self.gap(10.0);
                }
            }
        }
    }

    fn table(&mut self, t: &Table) {
        let total: f32 = t.widths.iter().sum::<f32>().max(0.1);
        let cols = t.header.len();
        let widths: Vec<f32> = (0..cols)
            .map(|i| t.widths.get(i).copied().unwrap_or(1.0) / total * (RIGHT - LEFT))
            .collect();
        let xs: Vec<f32> = widths
            .iter()
            .scan(LEFT, |x, w| {
                let at = *x;
                *x += w;
                Some(at)
            })
            .collect();
        let wrap_cells = |cells: Vec<(&str, bool)>| -> Vec<Vec<String>> {
            cells
                .into_iter()
                .enumerate()
                .map(|(i, (text, bold))| wrap(text, widths[i] - 2.0 * CELL_PAD, CELL, bold))
                .collect()
        };
        let header = wrap_cells(t.header.iter().map(|h| (h.as_str(), true)).collect());
        let header_h = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * CELL_LINE + 2.0 * CELL_PAD;
        let draw_header = |layout: &mut Layout| {
            let y = layout.y;
            let page = layout.page();
            page.rect(LEFT, y, RIGHT - LEFT, header_h, Some([0xEE, 0xF1, 0xF5]), None, 0.0);
            for (i, lines) in header.iter().enumerate() {
                for (k, l) in lines.iter().enumerate() {
                    let ty = y + CELL_PAD + (k as f32 + 1.0) * CELL_LINE - 3.0;
                    page.text(xs[i] + CELL_PAD, ty, l, TextStyle::new(CELL).bold());
                }
            }
            page.line([LEFT, y + header_h], [RIGHT, y + header_h], [0xA0, 0xA8, 0xB4], 0.8, "");
            layout.y += header_h;
        };
        self.room(header_h + CELL_LINE + 2.0 * CELL_PAD);
        draw_header(self);
        for row in &t.rows {
            let lines = wrap_cells(row.iter().map(|c| (c.text.as_str(), c.strong)).collect());
            let height = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut done = 0;
            while done < height {
                let available = ((BOTTOM - self.y - 2.0 * CELL_PAD) / CELL_LINE).floor().max(0.0) as usize;
                // Rows that fit go whole to the next page; only a row taller than a page splits.
                let fits_on_fresh = height - done <= ((BOTTOM - TOP - header_h - 2.0 * CELL_PAD) / CELL_LINE) as usize;
                if available == 0 || (available < height - done && fits_on_fresh) {
                    self.new_page();
                    draw_header(self);
                    continue;
                }
                let chunk = (height - done).min(available);
                let y = self.y;
                let h = chunk as f32 * CELL_LINE + 2.0 * CELL_PAD;
                let page = self.page();
                for (i, cell) in row.iter().enumerate().take(cols) {
                    if let Some(fill) = cell.fill {
                        page.rect(xs[i], y, widths[i], h, Some(fill), None, 0.0);
                    }
                    let style = if cell.strong {
                        TextStyle::new(CELL).bold()
                    } else {
                        TextStyle::new(CELL)
                    };
                    for (k, l) in lines[i].iter().skip(done).take(chunk).enumerate() {
                        let ty = y + CELL_PAD + (k as f32 + 1.0) * CELL_LINE - 3.0;
                        page.text(xs[i] + CELL_PAD, ty, l, style);
                    }
                }
                page.line([LEFT, y + h], [RIGHT, y + h], LINE_COLOUR, 0.5, "");
                self.y += h;
                done += chunk;
            }
        }
    }

    fn figure(&mut self, f: &Figure) {
        let max_w = RIGHT - LEFT;
        let max_h = BOTTOM - TOP - 30.0;
        let scale = (max_w / f.width.max(1.0)).min(max_h / f.height.max(1.0));
        let (w, h) = (f.width * scale, f.height * scale);
        self.room(h + 24.0);
        let x = LEFT + (max_w - w) / 2.0;
        let y = self.y;
        let page = self.page();
        page.embed(&f.svg, x, y, scale);
        page.rect(x, y, w, h, None, Some((LINE_COLOUR, 0.6)), 0.0);
        self.y += h + 4.0;
        self.text(&f.caption, TextStyle::new(8.5).fill(MUTED), 0.0, 12.0);
    }
}

/// The cover: the title band, the organisation and date, the cycle with each phase's status.
fn cover(report: &Report) -> Svg {
    let lang = report.lang;
    let mut svg = Svg::new(W, H);
    svg.rect(0.0, 0.0, W, H, Some(PAPER), None, 0.0);
    let title_lines = wrap(&report.title, RIGHT - LEFT, 26.0, true);
    let title_lines: Vec<String> = title_lines.into_iter().take(4).collect();
    let band = 120.0 + title_lines.len() as f32 * 32.0;
    svg.rect(0.0, 0.0, W, band, Some(OWN_HUES[0]), None, 0.0);
    svg.text(
        LEFT,
        70.0,
        m::REPORT_KIND.get(lang),
        TextStyle::new(11.0).fill([0xD6, 0xE6, 0xF4]),
    );
    let mut y = 80.0;
    for l in &title_lines {
        y += 32.0;
        svg.text(LEFT, y, l, TextStyle::new(26.0).bold().fill(PAPER));
    }
    let mut y = band + 34.0;
    if !report.organisation.is_empty() {
        for l in wrap(&report.organisation, RIGHT - LEFT, 14.0, true).into_iter().take(3) {
            svg.text(LEFT, y, &l, TextStyle::new(14.0).bold());
            y += 19.0;
        }
    }
    if let Some(d) = report.date {
        svg.text(LEFT, y, &d.to_string(), TextStyle::new(11.0).fill(MUTED));
        y += 18.0;
    }
    if !report.description.is_empty() {
        y += 6.0;
        for l in wrap(&report.description, RIGHT - LEFT, 10.0, false).into_iter().take(8) {
            svg.text(LEFT, y, &l, TextStyle::new(10.0));
            y += 14.0;
        }
    }
    // The cycle, as large as the rest of the page allows.
    let size = (BOTTOM - 30.0 - y - 10.0).clamp(200.0, 380.0);
    let scale = size / report.cycle.width.max(1.0);
    let x = (W - size) / 2.0;
    svg.embed(&report.cycle.svg, x, y + 4.0, scale);
    status_legend(&mut svg, LEFT, (y + size + 30.0).min(H - 40.0), lang);
    svg
}

/// The table of contents with each section's page number and status.
fn contents(report: &Report, starts: &[usize]) -> Svg {
    let lang = report.lang;
    let mut svg = Svg::new(W, H);
    svg.rect(0.0, 0.0, W, H, Some(PAPER), None, 0.0);
    svg.text(
        LEFT,
        TOP + 24.0,
        m::CONTENTS.get(lang),
        TextStyle::new(20.0).bold().fill(OWN_HUES[0]),
    );
    let mut y = TOP + 64.0;
    for (k, (s, &page)) in report.sections.iter().zip(starts).enumerate() {
        let colour = if k < 5 { OWN_HUES[0] } else { NETWORK_HUES[0] };
        let number = (page + 1).to_string();
        let nw = measure(&number, 11.0, false);
        let title = ellipsize(&s.title, RIGHT - LEFT - nw - 40.0, 11.0, true);
        svg.text(LEFT + 18.0, y, &title, TextStyle::new(11.0).bold());
        let tw = measure(&title, 11.0, true);
        svg.line(
            [LEFT + 22.0 + tw, y],
            [RIGHT - nw - 6.0, y],
            [0xB4, 0xB4, 0xB4],
            0.8,
            "0.1 3",
        );
        svg.text(RIGHT, y, &number, TextStyle::new(11.0).anchor(Anchor::End));
        if let Some(status) = s.status {
            badge(&mut svg, [LEFT + 6.0, y - 4.0], 5.5, status, colour, PAPER);
            svg.text(
                LEFT + 18.0,
                y + 14.0,
                status.label().get(lang),
                TextStyle::new(8.5).fill(MUTED),
            );
        }
        y += 40.0;
    }
    svg
}

/// The report's pages as SVG documents with their bookmarks.
pub fn report_pages(report: &Report) -> Vec<PdfPage> {
    let mut layout = Layout {
        pages: Vec::new(),
        y: TOP,
        title: report.title.clone(),
    };
    let mut starts = Vec::new();
    for (k, s) in report.sections.iter().enumerate() {
        // Content pages come after the cover and the contents: page index + 2.
        starts.push(layout.pages.len() + 2);
        layout.section(s, report.lang, k + 1);
    }
    let mut pages = vec![cover(report), contents(report, &starts)];
    pages.extend(layout.pages);
    let total = pages.len();
    let lang = report.lang;
    let mut marks: Vec<Option<String>> = vec![None; total];
    marks[0] = Some(report.title.clone());
    marks[1] = Some(m::CONTENTS.get(lang).to_owned());
    for (s, &p) in report.sections.iter().zip(&starts) {
        if let Some(slot) = marks.get_mut(p) {
            *slot = Some(s.title.clone());
        }
    }
    pages
        .into_iter()
        .zip(marks)
        .enumerate()
        .map(|(k, (mut svg, bookmark))| {
            let label = m::PAGE_OF.fmt(lang, &[("page", &(k + 1)), ("pages", &total)]);
            svg.text(
                RIGHT,
                H - 30.0,
                &label,
                TextStyle::new(8.5).fill(MUTED).anchor(Anchor::End),
            );
            PdfPage {
                svg: svg.finish(),
                bookmark,
            }
        })
        .collect()
}

/// The report as PDF bytes.
pub fn report_pdf(report: &Report) -> Result<Vec<u8>, ExportError> {
    pages_to_pdf(&report_pages(report), &report.title, report.lang)
}
