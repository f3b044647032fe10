//! Rendered exports, without egui: the network map (SVG, PNG, PDF), the business card (SVG,
//! PNG, PDF; A4 or a slide) and the whole strategy report (PDF, self-contained HTML,
//! Markdown). The command line and the app call the same functions, so they give the same
//! bytes for the same project and options.
//!
//! Everything is first drawn as SVG by our own escaping writer ([`svg`]); PNG comes from it
//! through resvg and PDF through krilla, both with only the bundled Inter font loaded, so the
//! output is the same on every machine.

pub mod card;
pub mod cycle;
pub mod data;
pub mod fonts;
pub mod format;
pub mod map;
pub mod msg;
pub mod pdf;
pub mod png;
pub mod report;
pub mod svg;

pub use card::CardSize;
pub use format::{Format, Output, ProduceError, produce, write};
pub use map::{MapOptions, MapView, SizeBy};

use crate::i18n::Lang;
use crate::model::{Date, Project};

/// Why an export could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExportError {
    /// The renderer failed (a bug or an impossible drawing).
    #[error("render failed: {0}")]
    Render(String),
    /// The requested image is too large to allocate.
    #[error("the image is too large")]
    TooLarge,
}

impl ExportError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Render(reason) => msg::ERR_RENDER.fmt(lang, &[("reason", reason)]),
            ExportError::TooLarge => msg::ERR_TOO_LARGE.get(lang).to_owned(),
        }
    }
}

/// What to render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rendered {
    /// The map as SVG.
    MapSvg,
    /// The map as PNG.
    MapPng,
    /// The map as a one-page vector PDF.
    MapPdf,
    /// The report as PDF.
    ReportPdf,
    /// The report as one HTML file.
    ReportHtml,
    /// The report as Markdown.
    ReportMarkdown,
    /// The business card as SVG.
    CardSvg,
    /// The business card as PNG.
    CardPng,
    /// The business card as PDF.
    CardPdf,
}

/// Options shared by every rendered export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Language of the export's own texts.
    pub lang: Lang,
    /// The map's width in pixels (PDF: points); the height follows at 5:8 (16:10).
    pub width: f32,
    /// PNG pixels per SVG unit: 1, or 2 and 4 for print.
    pub scale: f32,
    /// The date printed on the export; `None` leaves it out, so output is reproducible.
    pub date: Option<Date>,
    /// What part of the map is shown and how.
    pub view: MapView,
    /// The business card's format.
    pub card: CardSize,
}

impl Default for ExportOptions {
    fn default() -> ExportOptions {
        ExportOptions {
            lang: Lang::En,
            width: 1600.0,
            scale: 1.0,
            date: None,
            view: MapView::default(),
            card: CardSize::A4,
        }
    }
}

impl ExportOptions {
    /// The map options these export options give.
    pub fn map(&self) -> MapOptions {
        let width = if self.width.is_finite() {
            self.width.clamp(200.0, 20_000.0)
        } else {
            1600.0
        };
        MapOptions {
            width,
            height: (width * 0.625).round(),
            lang: self.lang,
            title: None,
            date: self.date,
            view: self.view.clone(),
            legend: true,
        }
    }

    /// The report options these export options give.
    pub fn report(&self) -> report::ReportOptions {
        report::ReportOptions {
            lang: self.lang,
            date: self.date,
            view: self.view.clone(),
        }
    }
}

/// Renders `what` of `project`.
pub fn render(project: &Project, what: Rendered, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let lang = options.lang;
    let card = || card::card_svg(project, options.card, lang, options.date);
    Ok(match what {
        Rendered::MapSvg => map::map_svg(project, &options.map()).into_bytes(),
        Rendered::MapPng => png::svg_to_png(&map::map_svg(project, &options.map()), options.scale)?,
        Rendered::MapPdf => pdf::svg_to_pdf(&map::map_svg(project, &options.map()), project.display_name(), lang)?,
        Rendered::ReportPdf => report::pdf::report_pdf(&report::build(project, &options.report()))?,
        Rendered::ReportHtml => report::html::report_html(&report::build(project, &options.report())).into_bytes(),
        Rendered::ReportMarkdown => {
            report::markdown::report_markdown(&report::build(project, &options.report())).into_bytes()
        }
        Rendered::CardSvg => card().into_bytes(),
        Rendered::CardPng => png::svg_to_png(&card(), options.scale)?,
        Rendered::CardPdf => pdf::svg_to_pdf(&card(), project.display_name(), lang)?,
    })
}
