//! SVG to PNG with resvg, using only the bundled Inter font.

use super::ExportError;

/// Parses an SVG written by this module with the bundled fonts only.
pub(crate) fn parse(svg: &str) -> Result<resvg::usvg::Tree, ExportError> {
    let options = resvg::usvg::Options {
        fontdb: super::fonts::database(),
        font_family: "Inter".into(),
        ..resvg::usvg::Options::default()
    };
    resvg::usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))
}

/// Renders `svg` to PNG bytes at `scale` (1 = one pixel per SVG unit; 2 and 4 for print).
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, ExportError> {
    let tree = parse(svg)?;
    let scale = if scale.is_finite() { scale.clamp(0.1, 16.0) } else { 1.0 };
    let size = tree.size().to_int_size().scale_by(scale).ok_or(ExportError::TooLarge)?;
    if u64::from(size.width()) * u64::from(size.height()) > 400_000_000 {
        return Err(ExportError::TooLarge);
    }
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or(ExportError::TooLarge)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| ExportError::Render(e.to_string()))
}
