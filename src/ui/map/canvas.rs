//! The map canvas: draws the actor network and turns gestures into edits.
//!
//! The canvas is painted by our own code rather than egui_graphs' `GraphView`, for two
//! measured reasons (see `benches/map.rs`): `GraphView::show` requests a repaint on every
//! frame, so an app showing it never goes idle; and it makes one shape per node and edge,
//! which costs 7.5 ms per frame at 1,000 actors / 4,000 relations and 34–83 ms at 5,000 /
//! 20,000. Here relations and symbols go into two meshes, drawing is culled to the screen
//! with level of detail for labels and arrows, and a repaint is requested only while
//! something moves (a running layout or a smooth zoom).
//!
//! The project stays the source of truth: the canvas reads it through the view context,
//! keeps a derived scene between frames, and hands every change to the outbox as an edit.
//! Symbol sizes by a metric come from the one shared analysis (`cx.analysis`).
//!
//! Gestures: click selects (Shift or Ctrl adds), drag moves the selection, drag on empty
//! space pans, Shift-drag on empty space selects by rectangle, Ctrl-drag from an actor (or
//! any drag in connect mode) draws a relation, double-click on empty space adds an actor,
//! the wheel zooms, right-click opens a context menu, Delete deletes the selection, Escape
//! cancels the gesture.

mod camera;
mod commands;
mod draw;
mod force;
mod gestures;
mod legend;
mod menus;
mod mesh;
mod paint;
mod sizes;
mod toolbar;

pub use super::scene::shape_of_kind;
// The map state's option types, nameable from here as before.
pub use super::state::{MapFilter, SizeBy};
pub use legend::{LegendItem, LegendModel, LegendSymbol, header_text as legend_header_text, legend_model};
pub use mesh::symbol_outline;

use super::MapState;
use super::state::Action;
use crate::ui::ViewCtx;
use egui::Vec2;

crate::messages! {
    ADD_ACTOR = "Lisää toimija", "Add actor";
    ADD_ACTOR_HINT = "Lisää uuden toimijan kartan keskelle (tai kaksoisnapsauta tyhjää kohtaa)", "Adds a new actor in the middle of the map (or double-click empty space)";
    CONNECT = "Yhdistä", "Connect";
    CONNECT_HINT = "Vedä toimijasta toiseen luodaksesi suhteen. Ilman tätä tilaa: pidä Ctrl pohjassa vetäessäsi.", "Drag from one actor to another to create a relation. Without this mode: hold Ctrl while dragging.";
    DELETE = "Poista", "Delete";
    DELETE_HINT = "Poistaa valitut toimijat suhteineen tai valitun suhteen (Delete)", "Deletes the selected actors with their relations, or the selected relation (Delete)";
    LAYOUT = "Asettelu", "Layout";
    FORCE_START = "Voimaohjattu asettelu: käynnistä", "Force-directed layout: start";
    FORCE_STOP = "Pysäytä asettelu", "Stop layout";
    FORCE_CANCEL = "Peru asettelu ja pidä omat sijainnit", "Cancel the layout and keep manual positions";
    CONCENTRIC = "Kehät: oma organisaatio keskelle", "Rings: own organisation in the centre";
    RING_GUIDES = "Näytä kehäviivat", "Show ring guides";
    LAYOUT_HINT = "Kiinnitetyt toimijat pysyvät paikallaan. Asettelun voi perua (Ctrl+Z).", "Pinned actors stay where they are. A layout can be undone (Ctrl+Z).";
    SIZE_BY = "Koko", "Size";
    SIZE_IMPORTANCE = "Merkitys", "Importance";
    ZOOM_FIT = "Sovita", "Zoom to fit";
    ZOOM_FIT_HINT = "Näyttää koko kartan", "Shows the whole map";
    SEARCH = "Hae toimijaa", "Search actor";
    SEARCH_HINT = "Nimi…", "Name…";
    SEARCH_TIP = "Kirjoita nimen osa; Enter hyppää seuraavaan osumaan.", "Type part of a name; Enter jumps to the next match.";
    SEARCH_COUNT = "{count} osumaa", "{count} found";
    SEARCH_NONE = "Ei osumia", "None found";
    FILTER = "Suodata", "Filter";
    FILTER_ACTIVE = "Suodata ({count})", "Filter ({count})";
    FILTER_KIND = "Toimijan tyyppi", "Actor kind";
    FILTER_TAG = "Tunniste", "Tag";
    FILTER_RING = "Kehä", "Ring";
    FILTER_FLOW = "Mitä suhteessa liikkuu", "Flow";
    FILTER_STATUS = "Suhteen tila", "Relation status";
    FILTER_NO_TAGS = "Ei tunnisteita", "No tags";
    FILTER_CLEAR = "Tyhjennä suodattimet", "Clear filters";
    FILTER_SEEN = "Jäsenten nimeämät", "Named by members";
    COLOUR_BY_AGREEMENT = "Väritä jäsenten yksimielisyyden mukaan", "Colour by how many members name it";
    COLOUR_BY_AGREEMENT_HINT = "Vihreä: kaikki jäsenet nimeävät, oranssi: usea, punainen: yksi, harmaa: lisätty yhteisessä näkymässä. Muoto näyttää yhä toimijan tyypin.", "Green: every member names it, orange: several, red: one, grey: added in the joint view. The shape still shows the kind of actor.";
    LABELS = "Nimet", "Labels";
    RELATION_LABELS = "Suhteiden sisältö", "Relation labels";
    RELATION_LABELS_HINT = "Näyttää, mitä suhteessa liikkuu (tai suhteen roolin), kun viiva on tarpeeksi pitkä.", "Shows what flows in each relation (or its role) where the line is long enough.";
    ROLE = "Rooli", "Role";
    LEGEND = "Selite", "Legend";
    MAP = "Verkostokartta", "Network map";
    MAP_SUMMARY = "Verkostokartta: {actors} toimijaa, {relations} suhdetta", "Network map: {actors} actors, {relations} relations";
    EMPTY_HINT = "Kartalla ei ole vielä toimijoita. Kaksoisnapsauta tyhjää kohtaa tai valitse Lisää toimija.", "The map has no actors yet. Double-click empty space or choose Add actor.";
    CONNECT_MODE_ON = "Yhdistämistila: vedä toimijasta toiseen. Esc lopettaa.", "Connect mode: drag from one actor to another. Esc ends it.";
    CONNECT_FROM_ON = "Napsauta toimijaa, johon {name} yhdistetään. Esc peruu.", "Click the actor to connect {name} to. Esc cancels.";
    LAYOUT_RUNNING = "Asettelu käynnissä – pysäytä, kun kartta näyttää hyvältä.", "Layout running – stop it when the map looks right.";
    NAME = "Toimijan nimi", "Actor name";
    KIND = "Tyyppi", "Kind";
    RING = "Kehä", "Ring";
    IMPORTANCE = "Merkitys", "Importance";
    PINNED = "Kiinnitetty paikalleen", "Pinned in place";
    OWN = "Oma organisaatio", "Own organisation";
    CONNECT_FROM = "Yhdistä toiseen toimijaan…", "Connect to another actor…";
    SELECT_NEIGHBOURS = "Valitse naapurit", "Select neighbours";
    DELETE_ACTOR = "Poista toimija", "Delete actor";
    DELETE_ACTORS = "Poista {count} toimijaa", "Delete {count} actors";
    DIRECTED = "Suunnattu", "Directed";
    REVERSE = "Käännä suunta", "Reverse direction";
    STATUS = "Tila", "Status";
    DELETE_RELATION = "Poista suhde", "Delete relation";
    ADD_ACTOR_HERE = "Lisää toimija tähän", "Add actor here";
    SELECT_ALL = "Valitse kaikki", "Select all";
    LABEL_SIZE = "Nimien koko", "Label size";
    LABEL_SMALL = "Pienet", "Small";
    LABEL_NORMAL = "Tavalliset", "Normal";
    LABEL_LARGE = "Suuret", "Large";
    MORE_HINT = "Lisää kartan toimintoja ja asetuksia", "More map actions and options";
}

/// The bold face at `size`, or the regular one while the fonts are not installed yet (the
/// very first frame).
pub fn bold_font(painter: &egui::Painter, size: f32) -> egui::FontId {
    let family = egui::FontFamily::Name(crate::ui::style::BOLD.into());
    if painter.fonts(|f| f.definitions().families.contains_key(&family)) {
        egui::FontId::new(size, family)
    } else {
        egui::FontId::proportional(size)
    }
}

/// Draws the map, with its toolbar, into the available space and handles its gestures.
pub fn show(ui: &mut egui::Ui, cx: &mut ViewCtx, state: &mut MapState) {
    let project = cx.project;
    let lang = cx.lang;
    let mut actions = std::mem::take(&mut state.interaction.pending);
    // A presentation's map slide shows the map alone, without editing chrome.
    if !cx.read_only {
        actions.extend(toolbar::show(ui, cx, state));
    }

    let size = ui.available_size().max(Vec2::splat(64.0));
    let (response, painter) = ui.allocate_painter(size, egui::Sense::click_and_drag());
    let summary = MAP_SUMMARY.fmt(
        lang,
        &[
            ("actors", &project.actors.len()),
            ("relations", &project.relations.len()),
        ],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, &summary));
    state.camera.rect = response.rect;

    sizes::update_scene(cx, state);
    cx.selection.prune(project);
    if state
        .interaction
        .connect_from
        .is_some_and(|f| project.actor(f).is_none())
    {
        state.interaction.connect_from = None;
    }
    force::step(ui.ctx(), cx, state);

    // The legend, in the lower left corner: fitting and jumps keep the map clear of it.
    let model = (state.options.show_legend && !project.actors.is_empty()).then(|| {
        legend_model(
            project,
            lang,
            state.options.size_by,
            state.options.colours_by_agreement(project),
        )
    });
    let placed = model.as_ref().map(|model| {
        legend::place(
            &painter,
            response.rect,
            model,
            ui.visuals(),
            state.options.legend_open,
            lang,
        )
    });
    let legend_rect = placed.as_ref().map(|p| p.rect);
    let legend_moved = state.camera.legend.map(|r| r.size()) != legend_rect.map(|r| r.size());
    state.camera.legend = legend_rect;
    // A view still as the last fit left it follows the canvas' size (a window that grows)
    // and the legend's.
    if state.camera.fitted
        && state.camera.follows_fit
        && (state.camera.fitted_size != response.rect.size() || legend_moved)
    {
        camera::fit(ui.ctx(), state, false);
    }
    if !state.camera.fitted || state.camera.fit_requested {
        let animate = state.camera.fitted;
        camera::fit(ui.ctx(), state, animate);
        state.camera.fitted = true;
        state.camera.fit_requested = false;
    }
    let mut header_hovered = false;
    if let Some(placed) = &placed {
        // Over the canvas, so that clicks on the legend do not reach the map below.
        ui.interact(placed.rect, ui.id().with("map_legend"), egui::Sense::click_and_drag());
        let header = ui.interact(placed.header, ui.id().with("map_legend_header"), egui::Sense::click());
        let text = legend::header_text(lang, placed.open);
        header.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &text));
        header_hovered = header.hovered();
        if header.clicked() {
            state.options.legend_open = Some(!placed.open);
            // Refit in the next frame, beside the legend's new box.
            if state.camera.follows_fit {
                state.camera.fit_requested = true;
            }
        }
    }

    camera::animate(ui.ctx(), &mut state.camera);

    gestures::handle(ui, &response, cx, state, &mut actions);
    if !cx.read_only {
        menus::context_menu(&response, cx, state, &mut actions);
    }

    for action in actions {
        commands::run(ui.ctx(), action, cx, state);
    }
    if state.camera.fit_requested {
        // Asked for this frame (toolbar, menu): fit on the next one, with the scene then
        // up to date.
        ui.ctx().request_repaint();
    }

    paint::paint(ui, &painter, cx, state);
    if let Some(placed) = &placed {
        legend::paint(
            &painter,
            placed,
            &draw::Palette::new(ui.visuals()),
            ui.visuals(),
            header_hovered,
        );
    }
}
