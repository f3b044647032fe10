//! SVG pages to one PDF with krilla and krilla-svg: vector graphics, text kept as text (so it
//! can be searched and copied) in the embedded, subset Inter font.

use super::ExportError;
use krilla::Document;
use krilla::geom::Size;
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};

/// One page: its SVG (user units are PDF points) and, for the outline, its heading.
pub struct PdfPage {
    /// The page's SVG.
    pub svg: String,
    /// A heading that starts on this page, for the document outline (bookmarks).
    pub bookmark: Option<String>,
}

/// Writes the pages as one PDF titled `title`.
pub fn pages_to_pdf(pages: &[PdfPage], title: &str, lang: crate::i18n::Lang) -> Result<Vec<u8>, ExportError> {
    let mut document = Document::new();
    let mut outline = krilla::outline::Outline::new();
    for (k, page) in pages.iter().enumerate() {
        let tree = super::png::parse(&page.svg)?;
        let size = Size::from_wh(tree.size().width(), tree.size().height()).ok_or(ExportError::TooLarge)?;
        let mut p = document.start_page_with(PageSettings::new(size));
        let mut surface = p.surface();
        surface
            .draw_svg(&tree, size, SvgSettings::default())
            .ok_or_else(|| ExportError::Render("svg".into()))?;
        surface.finish();
        p.finish();
        if let Some(mark) = &page.bookmark {
            let dest = krilla::destination::XyzDestination::new(k, krilla::geom::Point::from_xy(0.0, 0.0));
            outline.push_child(krilla::outline::OutlineNode::new(mark.clone(), dest));
        }
    }
    document.set_outline(outline);
    let lang_tag = match lang {
        crate::i18n::Lang::Fi => "fi",
        crate::i18n::Lang::En => "en",
    };
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title.to_owned())
            .language(lang_tag.to_owned())
            .creator(format!("Verkosto {}", env!("CARGO_PKG_VERSION"))),
    );
    document.finish().map_err(|e| ExportError::Render(format!("{e:?}")))
}

/// One SVG as a one-page PDF.
pub fn svg_to_pdf(svg: &str, title: &str, lang: crate::i18n::Lang) -> Result<Vec<u8>, ExportError> {
    pages_to_pdf(
        &[PdfPage {
            svg: svg.to_owned(),
            bookmark: None,
        }],
        title,
        lang,
    )
}
