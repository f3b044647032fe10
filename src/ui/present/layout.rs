//! Slide geometry and pagination: type sizes that scale with the window, and the text blocks of
//! a slide laid out as galleys and split over as many pages as they need, so nothing is shrunk
//! below the promised size, clipped or scrolled away.

use super::content::Block;
use egui::{Color32, FontId, Galley, Pos2, Rect, Vec2};
use std::sync::Arc;

/// Body text at 1920 × 1080, in points; scales with the window.
pub const BODY_1080: f32 = 28.0;
/// Sub-headings at 1920 × 1080.
pub const HEADING_1080: f32 = 32.0;
/// Titles at 1920 × 1080.
pub const TITLE_1080: f32 = 48.0;
/// The smallest body size promised at 1920 × 1080 (the design's 24 px).
pub const PROMISED_BODY_1080: f32 = 24.0;
/// The smallest title size promised at 1920 × 1080 (the design's 40 px).
pub const PROMISED_TITLE_1080: f32 = 40.0;

/// The window's scale relative to 1920 × 1080 (the smaller of width and height ratios).
pub fn scale(size: Vec2) -> f32 {
    (size.x / 1920.0).min(size.y / 1080.0).max(0.1)
}

/// Where a slide's parts go.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The scale, see [`scale`].
    pub scale: f32,
    /// The title's area (top).
    pub title: Rect,
    /// The body's area.
    pub body: Rect,
    /// The bottom strip: page number and the cycle figure.
    pub footer: Rect,
}

impl Frame {
    /// The parts of a slide filling `rect`, with a title `title_height` high.
    pub fn new(rect: Rect, title_height: f32) -> Frame {
        let s = scale(rect.size());
        let margin = 72.0 * s;
        let inner = rect.shrink2(Vec2::new(margin, margin * 0.6));
        let footer_h = 56.0 * s;
        let title = Rect::from_min_size(inner.min, Vec2::new(inner.width(), title_height));
        let body_top = title.max.y + 24.0 * s;
        let body = Rect::from_min_max(
            Pos2::new(inner.min.x, body_top),
            Pos2::new(inner.max.x, (inner.max.y - footer_h).max(body_top + 1.0)),
        );
        let footer = Rect::from_min_max(Pos2::new(inner.min.x, body.max.y), inner.max);
        Frame {
            scale: s,
            title,
            body,
            footer,
        }
    }

    /// Body, sub-heading and title fonts at this scale (the bold face once it is installed).
    pub fn fonts(&self, painter: &egui::Painter) -> (FontId, FontId, FontId) {
        let bold = |size| crate::ui::map::canvas::bold_font(painter, size);
        (
            FontId::proportional(BODY_1080 * self.scale),
            bold(HEADING_1080 * self.scale),
            bold(TITLE_1080 * self.scale),
        )
    }
}

/// A galley placed on a page, relative to the body's top left corner.
#[derive(Clone, Debug)]
pub struct Placed {
    /// The laid-out text.
    pub galley: Arc<Galley>,
    /// Its offset from the body's top left corner.
    pub offset: Vec2,
    /// Whether it is a sub-heading.
    pub heading: bool,
}

/// Lays `blocks` out in `body`-sized pages with `fonts` (body, heading); a block too tall for
/// the space left moves to the next page, and a block too tall for a whole page is cut
/// between two lines.
pub fn paginate(
    painter: &egui::Painter,
    blocks: &[Block],
    body: Rect,
    fonts: (FontId, FontId),
    color: Color32,
) -> Vec<Vec<Placed>> {
    let width = body.width();
    let height = body.height();
    let gap = fonts.0.size * 0.45;
    let lay = |text: &str, heading: bool| {
        let font = if heading { fonts.1.clone() } else { fonts.0.clone() };
        painter.layout(text.to_owned(), font, color, width)
    };
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = 0.0f32;
    let mut queue: std::collections::VecDeque<Block> = blocks.iter().cloned().collect();
    while let Some(block) = queue.pop_front() {
        let galley = lay(&block.text, block.heading);
        let h = galley.size().y;
        let page_empty = pages.last().is_none_or(Vec::is_empty);
        // A heading needs room for at least one line of what follows.
        let needs = if block.heading { h + gap + fonts.0.size * 1.4 } else { h };
        if y + needs <= height || (page_empty && h <= height) {
            if let Some(page) = pages.last_mut() {
                page.push(Placed {
                    galley,
                    offset: Vec2::new(0.0, y),
                    heading: block.heading,
                });
            }
            y += h + gap;
            continue;
        }
        if !page_empty && h <= height {
            pages.push(Vec::new());
            y = 0.0;
            queue.push_front(block);
            continue;
        }
        // Taller than the space left on this page: keep the lines that fit, carry the rest.
        let room = height - y;
        let mut chars = 0usize;
        for row in &galley.rows {
            if row.rect().max.y > room {
                break;
            }
            chars += row.char_count_including_newline().0;
        }
        if chars == 0 {
            if page_empty {
                // Not even one line fits an empty page (a tiny window): show it anyway.
                if let Some(page) = pages.last_mut() {
                    page.push(Placed {
                        galley,
                        offset: Vec2::new(0.0, y),
                        heading: block.heading,
                    });
                }
                y += h + gap;
            } else {
                pages.push(Vec::new());
                y = 0.0;
                queue.push_front(block);
            }
            continue;
        }
        let cut = block
            .text
            .char_indices()
            .nth(chars)
            .map_or(block.text.len(), |(i, _)| i);
        let (head, tail) = block.text.split_at(cut);
        if tail.trim().is_empty() {
            // Every line fits after all (rounding): place it rather than loop.
            if let Some(page) = pages.last_mut() {
                page.push(Placed {
                    galley,
                    offset: Vec2::new(0.0, y),
                    heading: block.heading,
                });
            }
            y += h + gap;
            continue;
        }
        queue.push_front(Block {
            heading: block.heading,
            text: tail.trim_start().to_owned(),
        });
        queue.push_front(Block {
            heading: block.heading,
            text: head.trim_end().to_owned(),
        });
    }
    if pages.len() > 1 && pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}
