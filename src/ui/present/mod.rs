//! Presentation mode (F5): the deck generated from the project, full screen, large type, no
//! editing chrome, driven by the keys presenter remotes send. Slides show phase content as
//! measured text blocks split over as many pages as they need; map slides show the live,
//! read-only map in a saved view.

pub mod content;
pub mod graphics;
pub mod layout;
pub mod slides;

pub use layout::Frame;

use crate::app::{Outbox, Selection, VerkostoApp};
use crate::i18n::Lang;
use crate::model::{Deck, Edit, MapSizeBy, MapSlide, PhaseId, Project, SlideKey};
use crate::ui::ViewCtx;
use crate::ui::map::{MapState, SizeBy};
use egui::{Color32, Key, Modifiers, Rect, Vec2};

crate::messages! {
    MAP_TITLE = "Verkostokartta", "Network map";
    TITLE_SLIDE = "Verkostostrategia vaihe vaiheelta", "The network strategy, phase by phase";
    MEMBERS = "Jäsenet", "Members";
    GOALS = "Verkostoitumisen tavoitteet", "Networking goals";
    PARTNER_TACTICS = "Kumppanikohtaiset taktiikat", "Tactics by partner";
    READINESS = "Valmius (1–5)", "Readiness (1–5)";
    RULES = "Pelisäännöt", "Ground rules";
    ACTORS_N = "Jäsenet: {names}", "Members: {names}";
    CONTACT = "Yhteystiedot", "Contact";
    PAGE_N = "{page}/{pages}", "{page}/{pages}";
    SLIDE_LABEL = "Dia {n}/{count}: {title}", "Slide {n}/{count}: {title}";
    BLANK_LABEL = "Tyhjä näyttö; mikä tahansa näppäin palaa", "Blank screen; any key returns";
    CYCLE_JUMP = "Siirry vaiheeseen {n}", "Go to phase {n}";
    ADD_VIEW_SLIDE = "Lisää tämä näkymä diaksi", "Add this view as a slide";
    VIEW_SLIDE_NAME = "Karttanäkymä {n}", "Map view {n}";
    VIEW_SLIDE_ADDED = "Karttanäkymä lisättiin esitykseen.", "The map view was added to the presentation.";
    CARD_KIND = "Tyyppi: {kind}", "Kind: {kind}";
    CARD_RING = "Kehä: {ring}", "Ring: {ring}";
    CARD_RELATIONS = "Suhteita: {n}", "Relations: {n}";
    CYCLE_FIGURE = "Verkoston rakentamisen vaiheet ja niiden tila", "The phases of building the network and their status";
    DRAWING_HINT = "Piirtotila — E lopettaa", "Drawing — E to stop";
    NEW_ACTOR_FIELD = "Uuden toimijan nimi", "Name of the new actor";
    PRESENTER_TITLE = "Verkosto — esittäjän näkymä", "Verkosto — presenter view";
    PRESENTER_NOW = "Nyt: {title}", "Now: {title}";
    PRESENTER_NEXT = "Seuraavaksi: {title}", "Next: {title}";
    PRESENTER_LAST = "Viimeinen dia", "The last slide";
    PRESENTER_SLIDE = "Dia {n}/{count}", "Slide {n}/{count}";
    PRESENTER_PAGE = "sivu {page}/{pages}", "page {page}/{pages}";
    PRESENTER_NOTES = "Puhujan muistiinpanot", "Speaker notes";
    PRESENTER_NO_NOTES = "Ei muistiinpanoja tälle dialle.", "No notes for this slide.";
    PRESENTER_CLOSE = "Sulje esittäjän näkymä", "Close the presenter view";
    PRESENTER_ELAPSED = "Kulunut {time}", "Elapsed {time}";
    NEW_ACTOR_HINT = "Nimi, Enter lisää, Esc peruu", "Name, Enter adds, Esc cancels";
}

/// The name field of an actor being added on a map slide in drawing mode.
#[derive(Debug, Default)]
struct NameField {
    /// Where the actor goes on the map.
    world: egui::Pos2,
    /// Where the field is on screen.
    screen: egui::Pos2,
    /// The name typed so far.
    text: String,
    /// Whether the field has been given the keyboard.
    focused: bool,
}

/// A blanked screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    /// Black (B or .).
    Black,
    /// White (W).
    White,
}

/// The presentation's view state: whether it runs, where it is, and the map slide's camera.
#[derive(Debug, Default)]
pub struct PresentState {
    /// Whether the presentation is showing.
    pub active: bool,
    /// The index of the current slide in the deck.
    pub slide: usize,
    /// The page of the current slide (a slide whose text needs more room has several).
    pub page: usize,
    /// How many pages the current slide had when last laid out.
    pub pages: usize,
    /// A blanked screen, if any.
    pub blank: Option<Blank>,
    /// Whether the corner cycle figure is hidden (C).
    pub cycle_hidden: bool,
    /// The title of the slide shown last (for tests and screen readers).
    pub shown_title: String,
    /// Drawing on a map slide (E): double-click adds an actor, a drag connects two, Delete
    /// removes, all as ordinary edits of the project.
    pub drawing: bool,
    draw_selection: Selection,
    name_field: Option<NameField>,
    /// When the presentation started (egui's clock), for the presenter view's timer.
    started: f64,
    map: MapState,
    map_for: Option<SlideKey>,
}

/// Page index meaning "the last page", resolved once the slide is laid out.
const LAST_PAGE: usize = usize::MAX;

impl PresentState {
    /// Starts presenting `project` from the beginning or from `phase`'s first slide.
    pub fn start(&mut self, ctx: &egui::Context, project: &Project, phase: PhaseId, from_start: bool) {
        let deck = Deck::new(project);
        self.active = true;
        self.slide = if from_start { 0 } else { deck.start_at(phase) };
        self.page = 0;
        self.pages = 1;
        self.blank = None;
        self.map_for = None;
        self.stop_drawing();
        self.started = ctx.input(|i| i.time);
        // To the audience window even when a key in the presenter window asked.
        ctx.send_viewport_cmd_to(egui::ViewportId::ROOT, egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves the presentation; the editor shows what it showed before.
    pub fn stop(&mut self, ctx: &egui::Context) {
        self.active = false;
        self.blank = None;
        ctx.send_viewport_cmd_to(egui::ViewportId::ROOT, egui::ViewportCommand::Fullscreen(false));
        ctx.set_cursor_icon(egui::CursorIcon::Default);
    }

    /// Where `actor` is drawn on the current map slide (for tests).
    pub fn actor_screen_pos(&self, actor: crate::model::ActorId) -> Option<egui::Pos2> {
        self.map.actor_screen_pos(actor)
    }

    fn stop_drawing(&mut self) {
        self.drawing = false;
        self.draw_selection = Selection::None;
        self.name_field = None;
        self.map.interaction.draw_mode = false;
    }

    fn forward(&mut self, deck: &Deck) {
        if self.page + 1 < self.pages {
            self.page += 1;
        } else if self.slide + 1 < deck.len() {
            self.slide += 1;
            self.page = 0;
        }
    }

    fn back(&mut self) {
        if self.page > 0 {
            self.page -= 1;
        } else if self.slide > 0 {
            self.slide -= 1;
            self.page = LAST_PAGE;
        }
    }

    fn go(&mut self, slide: usize) {
        self.slide = slide;
        self.page = 0;
    }
}

fn pressed_any_key(ctx: &egui::Context) -> bool {
    ctx.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
    })
}

fn take(ctx: &egui::Context, keys: &[Key]) -> bool {
    ctx.input_mut(|i| keys.iter().any(|&k| i.consume_key(Modifiers::NONE, k)))
}

const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Reads the presenter keys; false when the presentation was left.
fn keys(ctx: &egui::Context, state: &mut PresentState, deck: &Deck) -> bool {
    if state.blank.is_some() {
        if pressed_any_key(ctx) {
            state.blank = None;
            ctx.input_mut(|i| i.events.retain(|e| !matches!(e, egui::Event::Key { .. })));
        }
        return true;
    }
    // A name being typed takes every key (Enter and Esc included) before the clicker does.
    if state.name_field.is_some() || ctx.egui_wants_keyboard_input() {
        return true;
    }
    if take(ctx, &[Key::Escape]) {
        state.stop(ctx);
        return false;
    }
    let on_map = deck
        .slides
        .get(state.slide)
        .is_some_and(|s| matches!(s.key, SlideKey::Map | SlideKey::MapView(_)));
    if on_map && take(ctx, &[Key::E]) {
        if state.drawing {
            state.stop_drawing();
        } else {
            state.drawing = true;
        }
    }
    if take(
        ctx,
        &[Key::PageDown, Key::ArrowRight, Key::ArrowDown, Key::Space, Key::Enter],
    ) {
        state.forward(deck);
    }
    // While drawing, Backspace deletes like Delete (the map's own key) instead of going back.
    let back: &[Key] = if state.drawing {
        &[Key::PageUp, Key::ArrowLeft, Key::ArrowUp]
    } else {
        &[Key::PageUp, Key::ArrowLeft, Key::ArrowUp, Key::Backspace]
    };
    if take(ctx, back) {
        state.back();
    }
    if take(ctx, &[Key::Home]) {
        state.go(0);
    }
    if take(ctx, &[Key::End]) {
        state.slide = deck.len().saturating_sub(1);
        state.page = LAST_PAGE;
    }
    for (n, key) in DIGITS.iter().enumerate() {
        if take(ctx, &[*key])
            && let Some(at) = deck.first_of_phase(n + 1)
        {
            state.go(at);
        }
    }
    if take(ctx, &[Key::B, Key::Period]) {
        state.blank = Some(Blank::Black);
    }
    if take(ctx, &[Key::W]) {
        state.blank = Some(Blank::White);
    }
    if take(ctx, &[Key::C]) {
        state.cycle_hidden = !state.cycle_hidden;
    }
    true
}

/// Hides the pointer after two seconds without movement; wakes once to do so, no busy loop.
fn hide_idle_pointer(ctx: &egui::Context) {
    let idle = ctx.input(|i| i.pointer.time_since_last_movement());
    const HIDE_AFTER: f32 = 2.0;
    if idle >= HIDE_AFTER {
        ctx.set_cursor_icon(egui::CursorIcon::None);
    } else {
        ctx.request_repaint_after(std::time::Duration::from_secs_f32(HIDE_AFTER - idle + 0.05));
    }
}

/// Colours of a slide: projector contrast, dark text on light fills (or the dark variant).
fn colours(dark: bool) -> (Color32, Color32, Color32) {
    if dark {
        (
            Color32::from_gray(18),
            Color32::from_gray(235),
            Color32::from_rgb(120, 190, 255),
        )
    } else {
        (Color32::WHITE, Color32::from_gray(20), Color32::from_rgb(0, 80, 160))
    }
}

/// Draws the presentation over the whole window and handles its keys.
pub fn show(ui: &mut egui::Ui, app: &mut VerkostoApp, state: &mut PresentState, out: &mut Outbox) {
    let ctx = ui.ctx().clone();
    let deck = Deck::new(app.doc.project());
    if deck.is_empty() {
        state.stop(&ctx);
        return;
    }
    state.slide = state.slide.min(deck.len() - 1);
    if !keys(&ctx, state, &deck) {
        return;
    }
    hide_idle_pointer(&ctx);
    if app.view.presenter_view {
        presenter_view(&ctx, app, state, &deck);
    }
    let lang = app.lang();
    let dark = app.settings.dark;
    let (fill, ink, accent) = colours(dark);
    let rect = ui.max_rect();
    if let Some(blank) = state.blank {
        let colour = if blank == Blank::Black {
            Color32::BLACK
        } else {
            Color32::WHITE
        };
        ui.painter().rect_filled(rect, 0.0, colour);
        let r = ui.allocate_rect(rect, egui::Sense::hover());
        let label = BLANK_LABEL.get(lang);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, label));
        return;
    }
    ui.painter().rect_filled(rect, 0.0, fill);
    let slide = deck.slides[state.slide];
    let project = app.doc.project();
    let laid = lay_out(ui.painter(), project, slide.key, lang, rect, dark);
    let (frame, title) = (laid.frame, laid.title.clone());
    let (body_font, _, _) = frame.fonts(ui.painter());
    ui.painter().galley(frame.title.min, laid.title_galley.clone(), accent);
    let label = SLIDE_LABEL.fmt(
        lang,
        &[("n", &(state.slide + 1)), ("count", &deck.len()), ("title", &title)],
    );
    let title_response = ui.allocate_rect(frame.title, egui::Sense::hover());
    title_response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &label));
    state.shown_title = title;

    match slide.key {
        SlideKey::Map | SlideKey::MapView(_) => {
            state.pages = 1;
            state.page = 0;
            map_slide(ui, app, state, slide.key, frame.body, out);
            if state.drawing {
                let (body_font, _, _) = frame.fonts(ui.painter());
                let hint = DRAWING_HINT.get(lang);
                let galley = ui.painter().layout_no_wrap(hint.to_owned(), body_font, accent);
                let at = frame.footer.left_center() - Vec2::new(0.0, galley.size().y / 2.0);
                let r = ui.allocate_rect(Rect::from_min_size(at, galley.size()), egui::Sense::hover());
                ui.painter().galley(at, galley, accent);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, hint));
            }
        }
        _ => {
            if state.drawing {
                state.stop_drawing();
            }
            let pages = laid.pages;
            state.pages = pages.len().max(1);
            state.page = state.page.min(state.pages - 1);
            if let Some(marks) = laid.marks.get(state.page) {
                draw_marks(ui, marks, frame.body.min.to_vec2(), frame.scale);
            }
            if let Some(page) = pages.get(state.page) {
                for placed in page {
                    let at = frame.body.min + placed.offset;
                    ui.painter().galley(at, placed.galley.clone(), ink);
                    let r = ui.allocate_rect(Rect::from_min_size(at, placed.galley.size()), egui::Sense::hover());
                    let text = placed.galley.text().to_owned();
                    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &text));
                }
            }
            if slide.key == SlideKey::Title {
                // The cycle, large, in the room the title's text leaves.
                let text_bottom = pages
                    .first()
                    .and_then(|page| {
                        page.iter()
                            .map(|p| frame.body.min.y + p.offset.y + p.galley.size().y)
                            .reduce(f32::max)
                    })
                    .unwrap_or(frame.body.top());
                let room = Rect::from_min_max(
                    egui::pos2(frame.body.left(), text_bottom + 16.0 * frame.scale),
                    frame.body.max,
                );
                title_cycle(ui, project, room, frame.scale, body_font.clone(), lang);
            }
            if state.pages > 1 {
                let text = PAGE_N.fmt(lang, &[("page", &(state.page + 1)), ("pages", &state.pages)]);
                ui.painter().text(
                    frame.footer.left_center(),
                    egui::Align2::LEFT_CENTER,
                    text,
                    body_font,
                    ink,
                );
            }
        }
    }
    if !state.cycle_hidden {
        corner_cycle(ui, state, &deck, slide.phase, frame, lang, ink, fill);
    }
}

/// The title slide's cycle: the nine phases as large segments in `room` (when it has room
/// for a readable one), each with its number and its worksheet's status, and the two halves
/// named over and under it.
fn title_cycle(ui: &egui::Ui, project: &Project, room: Rect, scale: f32, font: egui::FontId, lang: Lang) {
    use crate::i18n::method::{NETWORK_COLLABORATION, OWN_ORGANISATION};
    use crate::ui::cycle::{geometry, paint};
    let small = egui::FontId::new(font.size * 0.75, font.family.clone());
    let label_h = small.size * 1.4;
    let outer = ((room.width().min(room.height() - 2.0 * label_h)) / 2.0).min(300.0 * scale);
    if outer < 80.0 * scale {
        return;
    }
    let ring = geometry::Ring {
        center: room.center(),
        inner: outer * 0.45,
        outer,
        gap: 4.0 * scale,
    };
    let middle = (ring.inner + ring.outer) / 2.0;
    let figure = Rect::from_center_size(ring.center, Vec2::splat(2.0 * outer));
    let r = ui.interact(figure, ui.id().with("title_cycle"), egui::Sense::hover());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, CYCLE_FIGURE.get(lang)));
    let number = egui::FontId::new(font.size * 1.5, font.family);
    let badge = font.size * 0.45;
    for phase in PhaseId::ALL {
        let i = phase.index();
        let colour = paint::segment_fill(phase);
        paint::fill_segment(ui.painter(), &ring, i, ring.inner, ring.outer, colour);
        let digit = ui
            .painter()
            .layout_no_wrap(phase.number().to_string(), number.clone(), Color32::WHITE);
        let width = digit.size().x + badge * 2.6;
        let at = ring.point(geometry::mid_angle(i), middle);
        let left = at - Vec2::new(width / 2.0, digit.size().y / 2.0);
        ui.painter().galley(left, digit, Color32::WHITE);
        let status = project.sheet(phase).status;
        paint::badge(
            ui.painter(),
            egui::pos2(left.x + width - badge, at.y),
            badge,
            status,
            Color32::WHITE,
            colour,
        );
    }
    let halves = [
        (
            OWN_ORGANISATION,
            "1–5",
            PhaseId::Mapping,
            -1.0,
            egui::Align2::CENTER_BOTTOM,
        ),
        (
            NETWORK_COLLABORATION,
            "6–9",
            PhaseId::Conditions,
            1.0,
            egui::Align2::CENTER_TOP,
        ),
    ];
    for (name, numbers, phase, side, align) in halves {
        let text = format!("{} · {numbers}", name.get(lang).to_uppercase());
        let at = egui::pos2(ring.center.x, ring.center.y + side * (outer + 4.0 * scale));
        ui.painter()
            .text(at, align, text, small.clone(), paint::segment_fill(phase));
    }
}

/// `seconds` as "m:ss", or "h:mm:ss" from an hour on.
fn clock(seconds: f64) -> String {
    let total = seconds.max(0.0) as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The presenter view: a second window (egui's immediate viewport) with the slide number, the
/// current and next slide's titles, the speaker notes and the elapsed time; the audience
/// window keeps only the slide. The clock ticks once a second only while it is open, and
/// closing the window turns the view off. Where the platform has only one window (or in
/// tests) it is an ordinary window over the slide.
fn presenter_view(ctx: &egui::Context, app: &mut VerkostoApp, state: &mut PresentState, deck: &Deck) {
    let lang = app.lang();
    let project = app.doc.project();
    let id = egui::ViewportId::from_hash_of("verkosto.presenter");
    let title = PRESENTER_TITLE.get(lang);
    let builder = egui::ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([760.0, 520.0]);
    let mut close = false;
    ctx.show_viewport_immediate(id, builder, |ui, class| {
        let ctx = ui.ctx().clone();
        let embedded = class == egui::ViewportClass::EmbeddedWindow;
        if !embedded {
            // The clicker may be sending to this window when it has the focus.
            if !keys(&ctx, state, deck) {
                return;
            }
            if ctx.input(|i| i.viewport().close_requested()) {
                close = true;
            }
        }
        let at = state.slide.min(deck.len().saturating_sub(1));
        let Some(slide) = deck.slides.get(at) else {
            return;
        };
        let now = content::title(project, slide.key, lang);
        let next = deck.slides.get(at + 1).map(|s| content::title(project, s.key, lang));
        let note = project.presentation.note(slide.key).trim().to_owned();
        let elapsed = clock(ctx.input(|i| i.time) - state.started);
        ctx.request_repaint_after(std::time::Duration::from_secs(1));
        let mut number = PRESENTER_SLIDE.fmt(lang, &[("n", &(at + 1)), ("count", &deck.len())]);
        if state.pages > 1 {
            number.push_str(", ");
            number.push_str(&PRESENTER_PAGE.fmt(lang, &[("page", &(state.page + 1)), ("pages", &state.pages)]));
        }
        let body = |ui: &mut egui::Ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(number).size(22.0));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(
                        egui::RichText::new(PRESENTER_ELAPSED.fmt(lang, &[("time", &elapsed)]))
                            .size(22.0)
                            .monospace(),
                    );
                });
            });
            ui.separator();
            ui.label(
                egui::RichText::new(PRESENTER_NOW.fmt(lang, &[("title", &now)]))
                    .size(28.0)
                    .strong(),
            );
            let next = next.as_ref().map_or_else(
                || PRESENTER_LAST.get(lang).to_owned(),
                |t| PRESENTER_NEXT.fmt(lang, &[("title", t)]),
            );
            ui.label(egui::RichText::new(next).size(20.0).weak());
            ui.separator();
            ui.label(egui::RichText::new(PRESENTER_NOTES.get(lang)).size(18.0).strong());
            egui::ScrollArea::vertical().show(ui, |ui| {
                if note.is_empty() {
                    ui.label(egui::RichText::new(PRESENTER_NO_NOTES.get(lang)).size(20.0).italics());
                } else {
                    ui.label(egui::RichText::new(&note).size(24.0));
                }
            });
        };
        if embedded {
            // egui has already put it in a window over the slide, one without a close box.
            body(ui);
            let label = PRESENTER_CLOSE.get(lang);
            if ui.button(label).clicked() {
                close = true;
            }
        } else {
            egui::CentralPanel::default().show(ui, body);
        }
    });
    if close {
        app.view.presenter_view = false;
    }
}

/// Draws the boxes of a graphical page (cells, bars) at `origin`; labelled ones are named for
/// screen readers.
fn draw_marks(ui: &mut egui::Ui, marks: &[graphics::Mark], origin: Vec2, scale: f32) {
    let rounding = 4.0 * scale;
    for m in marks {
        let rect = m.rect.translate(origin);
        ui.painter().rect_filled(rect, rounding, m.fill);
        if let Some(colour) = m.hatch {
            let clipped = ui.painter().with_clip_rect(rect.shrink(1.0));
            let stroke = egui::Stroke::new(2.0 * scale.max(0.5), colour);
            let step = 12.0 * scale.max(0.5);
            let mut x = rect.left() - rect.height();
            while x < rect.right() {
                clipped.line_segment(
                    [egui::pos2(x, rect.bottom()), egui::pos2(x + rect.height(), rect.top())],
                    stroke,
                );
                x += step;
            }
        }
        if let Some(stroke) = m.stroke {
            ui.painter()
                .rect_stroke(rect, rounding, stroke, egui::StrokeKind::Inside);
        }
        if let Some(label) = &m.label {
            let r = ui.allocate_rect(rect, egui::Sense::hover());
            r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, label));
        }
    }
}

/// A slide laid out for a window area: its parts, its title and its text in pages.
pub struct LaidOut {
    /// Where the parts go.
    pub frame: layout::Frame,
    /// The title text.
    pub title: String,
    /// The title laid out.
    pub title_galley: std::sync::Arc<egui::Galley>,
    /// The body text in pages (empty for map slides).
    pub pages: Vec<Vec<layout::Placed>>,
    /// The boxes drawn behind each page's text (heat-map cells, bars), one list per page.
    pub marks: Vec<Vec<graphics::Mark>>,
}

/// Lays out slide `key` of `project` to fill `rect`: what is drawn, and what the fit test
/// measures.
pub fn lay_out(
    painter: &egui::Painter,
    project: &Project,
    key: SlideKey,
    lang: Lang,
    rect: Rect,
    dark: bool,
) -> LaidOut {
    let (_, ink, accent) = colours(dark);
    let title = content::title(project, key, lang);
    let probe = layout::Frame::new(rect, 0.0);
    let (body_font, heading_font, title_font) = probe.fonts(painter);
    let title_galley = painter.layout(title.clone(), title_font, accent, probe.title.width());
    let frame = layout::Frame::new(rect, title_galley.size().y);
    let fonts = (body_font, heading_font);
    let mut graphic = match key {
        SlideKey::Competences => graphics::heat_map(painter, project, lang, frame.body, fonts.clone(), ink),
        SlideKey::Evaluation => graphics::evaluation_chart(painter, project, lang, frame.body, fonts.clone(), ink),
        _ => Vec::new(),
    };
    let text = match key {
        SlideKey::Map | SlideKey::MapView(_) => Vec::new(),
        _ => {
            let blocks = content::blocks(project, key, lang);
            if blocks.is_empty() && !graphic.is_empty() {
                Vec::new()
            } else {
                layout::paginate(painter, &blocks, frame.body, fonts, ink)
            }
        }
    };
    graphic.extend(text.into_iter().map(|page| (page, Vec::new())));
    let (pages, marks) = graphic.into_iter().unzip();
    LaidOut {
        frame,
        title,
        title_galley,
        pages,
        marks,
    }
}

/// The small cycle figure in the corner, drawn with the cycle's own geometry and colours:
/// nine segments (phases without slides faded), the current phase outlined; a click on a
/// segment jumps to that phase's first slide. Read-only otherwise.
#[allow(clippy::too_many_arguments)]
fn corner_cycle(
    ui: &mut egui::Ui,
    state: &mut PresentState,
    deck: &Deck,
    current: Option<PhaseId>,
    frame: layout::Frame,
    lang: Lang,
    ink: Color32,
    paper: Color32,
) {
    use crate::ui::cycle::{geometry, paint};
    let s = frame.scale;
    let outer = 40.0 * s;
    let ring = geometry::Ring {
        center: frame.footer.right_center() + Vec2::new(-outer, 14.0 * s),
        inner: outer * 0.5,
        outer,
        gap: 2.5 * s,
    };
    let middle = (ring.inner + ring.outer) / 2.0;
    for phase in PhaseId::ALL {
        let i = phase.index();
        let first = deck.first_of_phase(phase.number());
        let fill = paint::segment_fill(phase);
        let fill = if first.is_some() {
            fill
        } else {
            // Faded towards the slide's paper: there is no slide to jump to.
            fill.lerp_to_gamma(paper, 0.7)
        };
        // The current phase stands out of the ring, outlined in the slide's ink.
        let reach = if current == Some(phase) {
            ring.outer * 1.22
        } else {
            ring.outer
        };
        paint::fill_segment(ui.painter(), &ring, i, ring.inner, reach, fill);
        if current == Some(phase) {
            paint::outline_segment(
                ui.painter(),
                &ring,
                i,
                ring.inner,
                reach,
                1.0 * s,
                egui::Stroke::new(2.5 * s.max(0.6), ink),
            );
        }
        let at = ring.point(geometry::mid_angle(i), middle);
        let hit = Rect::from_center_size(at, Vec2::splat(ring.outer - ring.inner));
        let sense = if first.is_some() {
            egui::Sense::click()
        } else {
            egui::Sense::hover()
        };
        let r = ui.allocate_rect(hit, sense);
        let label = CYCLE_JUMP.fmt(lang, &[("n", &phase.number())]);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, first.is_some(), &label));
        // The phase shown is "selected", as the open phase of the editor's cycle is.
        ui.ctx()
            .accesskit_node_builder(r.id, |node| node.set_selected(current == Some(phase)));
        if r.clicked()
            && let Some(at) = first
        {
            state.go(at);
        }
    }
}

fn size_by(s: MapSizeBy) -> SizeBy {
    match s {
        MapSizeBy::Importance => SizeBy::Importance,
        MapSizeBy::Degree => SizeBy::Degree,
        MapSizeBy::Betweenness => SizeBy::Betweenness,
        MapSizeBy::Closeness => SizeBy::Closeness,
    }
}

fn map_size_by(s: SizeBy) -> MapSizeBy {
    match s {
        SizeBy::Importance => MapSizeBy::Importance,
        SizeBy::Degree => MapSizeBy::Degree,
        SizeBy::Betweenness => MapSizeBy::Betweenness,
        SizeBy::Closeness => MapSizeBy::Closeness,
    }
}

/// A fresh map camera and options for the slide `key`, from its saved view.
fn set_up_map(project: &Project, key: SlideKey) -> MapState {
    let mut map = MapState::default();
    map.options.show_relation_labels = false;
    if let SlideKey::MapView(id) = key
        && let Some(view) = project.presentation.map_slides.iter().find(|s| s.id == id)
    {
        map.options.size_by = size_by(view.size_by);
        map.options.filter.kinds = view.kinds.iter().cloned().collect();
        map.options.filter.rings = view.rings.iter().copied().collect();
        if let Some(zoom) = view.zoom.filter(|z| z.is_finite() && *z > 0.0)
            && view.center.iter().all(|c| c.is_finite())
        {
            map.camera.zoom = zoom;
            map.camera.center = egui::pos2(view.center[0], view.center[1]);
            map.camera.fitted = true;
        }
    }
    map
}

/// A map slide: the live map, read-only (pan, zoom, hover), and a large card for the hovered
/// or focused actor.
fn map_slide(
    ui: &mut egui::Ui,
    app: &mut VerkostoApp,
    state: &mut PresentState,
    key: SlideKey,
    body: Rect,
    out: &mut Outbox,
) {
    let project = app.doc.project();
    if state.map_for != Some(key) {
        state.map = set_up_map(project, key);
        state.map_for = Some(key);
        state.stop_drawing();
    }
    let focus = match key {
        SlideKey::MapView(id) => project
            .presentation
            .map_slides
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.focus)
            .filter(|a| project.actor(*a).is_some()),
        _ => None,
    };
    let drawing = state.drawing;
    // Drawing: a drag from an actor connects, a click selects, and a double-click on empty
    // space opens the name field here instead of adding "New actor".
    state.map.interaction.draw_mode = drawing;
    let mut selection = if drawing {
        std::mem::take(&mut state.draw_selection)
    } else {
        focus.map_or(Selection::None, |a| Selection::Actors(vec![a]))
    };
    // Showing changes nothing: whatever a gesture asks for is dropped.
    let mut scratch = Outbox::default();
    let ctx = ui.ctx().clone();
    let lang = app.settings.lang;
    let analysis = app.analysis.get(project, move || ctx.request_repaint());
    let mut cx = ViewCtx {
        project,
        revision: app.doc.revision(),
        lang,
        selection: &mut selection,
        analysis,
        out: if drawing { out } else { &mut scratch },
        read_only: true,
    };
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(body));
    crate::ui::map::canvas::show(&mut child, &mut cx, &mut state.map);
    if drawing {
        if state.name_field.is_none()
            && state.map.interaction.hover.is_none()
            && let Some(p) = ui.input(|i| {
                i.pointer
                    .button_double_clicked(egui::PointerButton::Primary)
                    .then(|| i.pointer.interact_pos())
                    .flatten()
            })
            && body.contains(p)
        {
            state.name_field = Some(NameField {
                world: state.map.camera.view().to_world(p),
                screen: p,
                ..NameField::default()
            });
        }
        name_field(ui, &mut cx, state, body, lang);
    }
    if drawing {
        state.draw_selection = selection;
    }
    if let Some(actor) = state.map.interaction.hover.or(focus).and_then(|a| project.actor(a)) {
        actor_card(ui, project, actor, body, lang);
    }
}

/// The slide-sized name field of an actor being added: Enter adds it (one undoable edit),
/// Esc or a click elsewhere cancels.
fn name_field(ui: &mut egui::Ui, cx: &mut ViewCtx, state: &mut PresentState, body: Rect, lang: Lang) {
    let Some(field) = &mut state.name_field else {
        return;
    };
    let s = layout::scale(ui.ctx().content_rect().size());
    let width = 520.0 * s;
    let at = egui::pos2(
        field.screen.x.min(body.max.x - width - 24.0 * s).max(body.min.x),
        field.screen.y.min(body.max.y - 80.0 * s).max(body.min.y),
    );
    let mut commit = false;
    let mut cancel = false;
    egui::Area::new(egui::Id::new("verkosto.present.new_actor"))
        .fixed_pos(at)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                let r = ui.add(
                    egui::TextEdit::singleline(&mut field.text)
                        .font(egui::FontId::proportional(layout::BODY_1080 * s))
                        .desired_width(width)
                        .hint_text(NEW_ACTOR_HINT.get(lang)),
                );
                r.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::WidgetType::TextEdit, true, NEW_ACTOR_FIELD.get(lang))
                });
                if !field.focused {
                    r.request_focus();
                    field.focused = true;
                } else if r.lost_focus() {
                    if ui.input(|i| i.key_pressed(Key::Enter)) {
                        commit = true;
                    } else {
                        cancel = true;
                    }
                }
            });
        });
    if commit {
        let name = field.text.trim().to_owned();
        let world = field.world;
        state.name_field = None;
        if !name.is_empty() {
            crate::ui::map::actions::add_named_actor(cx, &name, Some([world.x.round(), world.y.round()]));
        }
    } else if cancel {
        state.name_field = None;
    }
}

/// The large card of an actor on a map slide, in the body's top right corner.
fn actor_card(ui: &mut egui::Ui, project: &Project, actor: &crate::model::Actor, body: Rect, lang: Lang) {
    let s = layout::scale(ui.ctx().content_rect().size());
    let relations = project
        .relations
        .iter()
        .filter(|r| r.from == actor.id || r.to == actor.id)
        .count();
    egui::Area::new(egui::Id::new("verkosto.present.card"))
        .fixed_pos(body.right_top() - Vec2::new(520.0 * s, 0.0))
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(480.0 * s);
                let body = layout::BODY_1080 * s;
                let name = crate::ui::map::actor_name(project, actor.id, lang);
                ui.label(egui::RichText::new(name).size(layout::HEADING_1080 * s).strong());
                let kind = project.catalogs.actor_kinds.label(&actor.kind, lang);
                ui.label(egui::RichText::new(CARD_KIND.fmt(lang, &[("kind", &kind)])).size(body));
                ui.label(
                    egui::RichText::new(CARD_RING.fmt(lang, &[("ring", &actor.ring.label().get(lang))])).size(body),
                );
                if !actor.role.trim().is_empty() {
                    ui.label(egui::RichText::new(actor.role.trim()).size(body));
                }
                ui.label(egui::RichText::new(CARD_RELATIONS.fmt(lang, &[("n", &relations)])).size(body));
            });
        });
}

/// Adds the map's current view (camera, kind and ring filters, the one selected actor, size-by)
/// to the presentation as a new map slide.
pub fn add_view_slide(cx: &mut ViewCtx, map: &MapState) {
    let mut presentation = cx.project.presentation.clone();
    let id = presentation.next_map_slide_id();
    let focus = match cx.selection {
        Selection::Actors(a) if a.len() == 1 => Some(a[0]),
        _ => None,
    };
    presentation.map_slides.push(MapSlide {
        id,
        name: VIEW_SLIDE_NAME.fmt(cx.lang, &[("n", &id)]),
        zoom: Some(map.camera.zoom),
        center: [map.camera.center.x, map.camera.center.y],
        kinds: map.options.filter.kinds.iter().cloned().collect(),
        rings: map.options.filter.rings.iter().copied().collect(),
        focus,
        size_by: map_size_by(map.options.size_by),
    });
    cx.out.edit_step(Edit::SetPresentation(Box::new(presentation)));
}
