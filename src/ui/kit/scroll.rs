//! Sideways scrolling for wide tables (the heat map, the ratings matrix, the row tables). Each
//! region records where it is on screen in the pass, so a layout check can tell a table that
//! scrolls sideways from text that is simply cut off by a panel edge.

use egui::{Id, Rect};

#[derive(Clone, Default)]
struct Regions {
    pass: u64,
    rects: Vec<Rect>,
}

fn key() -> Id {
    Id::new("kit::scroll::regions")
}

/// Shows `add` in `area` (a horizontal or two-way scroll area) and records its place.
pub fn horizontal<R>(
    ui: &mut egui::Ui,
    area: egui::ScrollArea,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::scroll_area::ScrollAreaOutput<R> {
    let output = area.show(ui, add);
    // egui's innermost scroll area takes a "scroll to me" for both axes: the sheet around a
    // sideways region is asked again, so it scrolls up or down to the widget too.
    if let Some(Some(rect)) = ui.ctx().data_mut(|d| d.remove_temp::<Option<Rect>>(outward_key())) {
        ui.scroll_to_rect(rect, None);
    }
    let pass = ui.ctx().cumulative_pass_nr();
    // The region's whole height (the part of it scrolled out of view in the panel too), at
    // the width it shows.
    let inner = output.inner_rect;
    let rect = Rect::from_min_size(
        inner.min,
        egui::vec2(inner.width(), output.content_size.y.max(inner.height())),
    );
    ui.ctx().data_mut(|d| {
        let regions = d.get_temp_mut_or_default::<Regions>(key());
        if regions.pass != pass {
            regions.pass = pass;
            regions.rects.clear();
        }
        regions.rects.push(rect);
    });
    output
}

fn outward_key() -> Id {
    Id::new("kit::scroll::outward")
}

/// Scrolls `response`'s widget into view, in its sideways region and in the sheet around it.
pub fn scroll_into_view(response: &egui::Response) {
    response.scroll_to_me(None);
    response
        .ctx
        .data_mut(|d| d.insert_temp(outward_key(), Some(response.rect)));
}

/// The sideways-scrolling regions of the last finished pass (read between frames).
pub fn horizontal_regions(ctx: &egui::Context) -> Vec<Rect> {
    let last = ctx.cumulative_pass_nr().saturating_sub(1);
    ctx.data(|d| d.get_temp::<Regions>(key()))
        .filter(|r| r.pass == last)
        .map(|r| r.rects)
        .unwrap_or_default()
}
