//! The left panel: the method's cycle of nine phases drawn as a ring, used to move between
//! phases.
//!
//! The ring is read clockwise: the upper arc holds phases 1–5 (own organisation), the lower arc
//! phases 6–9 (network collaboration), and arrows round the outside show that phase 9 leads
//! back to phase 1. Each segment shows its number, short name and worksheet status; the
//! centre names the open phase.
//!
//! Every segment is a focusable button for the keyboard and for screen readers. Its
//! accessible label is [`segment_label`], e.g. "3. Extended competence map" (the phase's
//! number, a full stop, a space and its full name in the interface language), and its
//! accessible description is the worksheet's status, e.g. "Draft" ([`status_text`]). The open
//! phase's segment reports itself as selected (and toggled on). With a segment focused, the
//! arrow keys move the focus round the ring.

pub(crate) mod geometry;
pub(crate) mod paint;
mod text;

use crate::app::{Command, Outbox};
use crate::i18n::Lang;
use crate::i18n::method::{NETWORK_COLLABORATION, OWN_ORGANISATION, PHASES};
use crate::model::{PhaseId, Project, SheetStatus};
use crate::ui::context::ViewCtx;
use crate::ui::{kit, style};
use egui::text::LayoutJob;
use egui::{Color32, FontId, Galley, Id, Pos2, Rect, Response, Sense, Stroke, Vec2, WidgetInfo, WidgetType, vec2};
use geometry::{Ring, STEP, boundary_after};
use std::sync::Arc;
use text::bold;

crate::messages! {
    PHASE_OF = "Vaihe {number} / 9", "Phase {number} / 9";
    CYCLE = "Verkostostrategian kehä", "Network strategy cycle";
    WORKSHEET_STATUS = "Työkirjojen tila", "Worksheet status";
    STATUS_LINE = "Tila: {status}", "Status: {status}";
    CYCLE_KEYS = "Alt+← / Alt+→ tai Ctrl+PageUp / PageDown: edellinen tai seuraava vaihe. Ctrl+1…9: suoraan vaiheeseen.", "Alt+← / Alt+→ or Ctrl+PageUp / PageDown: previous or next phase. Ctrl+1…9: go to a phase.";
    RESTART = "Vaiheen 9 jälkeen kierros alkaa taas vaiheesta 1.", "After phase 9 the cycle starts again at phase 1.";
}

/// The smallest font size for the segments' names: below it they stop being readable.
const MIN_NAME_SIZE: f32 = 9.5;

/// The panel's width when the window opens, in points. Nine segments with horizontal text
/// need an outer radius of about 130 points for names of 10 points: measured with the
/// bundled font, a 280-point panel leaves the longest names ("Verkostoitumisen ehdot",
/// "Network role in services") at 8.5 points.
pub const DEFAULT_WIDTH: f32 = 320.0;

/// The narrowest the panel starts (in a 1024-pixel window); the user may make it narrower.
pub const MIN_WIDTH: f32 = 240.0;

/// The accessible label of `phase`'s segment: its number, a full stop, a space and its full
/// name in `lang`, e.g. "3. Extended competence map". Screen readers read it and tests find
/// the segment by it (with the role `Button`: the worksheet's heading has the same text).
pub fn segment_label(phase: PhaseId, lang: Lang) -> String {
    format!("{}. {}", phase.number(), phase.name().get(lang))
}

/// The accessible description of a segment: its worksheet's status, e.g. "Draft".
pub fn status_text(status: SheetStatus, lang: Lang) -> &'static str {
    status.label().get(lang)
}

/// Draws the left panel with the cycle figure (`current` is the open phase) and the worksheets'
/// status summary.
pub fn side_panel(ui: &mut egui::Ui, cx: &mut ViewCtx, current: PhaseId) {
    let lang = cx.lang;
    // A quarter of a narrow window (a 1024-pixel projector keeps half its width for the
    // worksheet), never wider than a third.
    let window = ui.ctx().content_rect().width();
    egui::Panel::left("cycle_panel")
        .resizable(true)
        .default_size((window * 0.25).clamp(MIN_WIDTH, DEFAULT_WIDTH))
        .size_range(190.0..=(window * 0.34).clamp(MIN_WIDTH, 560.0))
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("cycle_scroll")
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.add_space(6.0);
                    figure(ui, cx.project, current, lang, cx.out);
                    ui.add_space(4.0);
                    summary(ui, cx.project, lang);
                });
        });
    kit::name_resize_handle(ui.ctx(), "cycle_panel", kit::RESIZE_PHASES.get(lang));
}

/// Sizes of one drawing of the figure, all derived from the ring's outer radius.
struct Metrics {
    ring: Ring,
    /// How far the open phase's segment stands out of the ring.
    pop: f32,
    /// Radius of the arrows round the outside.
    arrow_radius: f32,
    /// Length of an arrow head.
    head: f32,
    /// The segments' font sizes and badge at full scale.
    sizes: text::Sizes,
}

impl Metrics {
    /// The metrics of a figure whose ring and arrows fit `half_width` on either side of `center`.
    fn new(center: Pos2, half_width: f32) -> Metrics {
        // Outer radius R; the raised segment, the arrows and their heads take about 0.1 R.
        let outer = ((half_width - 2.0) / 1.1).clamp(60.0, 260.0);
        let s = outer / 120.0;
        let ring = Ring {
            center,
            inner: 0.44 * outer,
            outer,
            gap: (3.0 * s).clamp(2.0, 5.0),
        };
        let pop = 3.5 * s;
        Metrics {
            ring,
            pop,
            arrow_radius: outer + pop + 3.5 * s,
            head: (6.5 * s).max(5.0),
            sizes: text::Sizes {
                number: (17.0 * s).clamp(12.0, 26.0),
                name: (12.0 * s).clamp(10.0, 18.0),
                badge: (7.0 * s).clamp(5.0, 10.0),
            },
        }
    }

    /// Half the width and height of the ring with its arrows.
    fn half_extent(&self) -> f32 {
        self.arrow_radius + 0.5 * self.head + 1.0
    }
}

/// A text laid out as one line with extra letter spacing (for the arcs' labels).
fn spaced(painter: &egui::Painter, text: String, size: f32, colour: Color32) -> Arc<Galley> {
    let mut job = LayoutJob::default();
    job.append(
        &text,
        0.0,
        egui::TextFormat {
            font_id: bold(painter, size),
            color: colour,
            extra_letter_spacing: 0.08 * size,
            ..Default::default()
        },
    );
    painter.layout_job(job)
}

/// The arc label's text, size-fitted to `width`.
fn arc_label(painter: &egui::Painter, text: String, size: f32, width: f32, colour: Color32) -> Arc<Galley> {
    let mut size = size;
    loop {
        let galley = spaced(painter, text.clone(), size, colour);
        if galley.size().x <= width || size <= 9.0 {
            return galley;
        }
        size -= 0.5;
    }
}

/// Draws the cycle figure and handles its clicks and keys.
fn figure(ui: &mut egui::Ui, project: &Project, current: PhaseId, lang: Lang, out: &mut Outbox) {
    let width = ui.available_width();
    let dark = ui.visuals().dark_mode;
    let (own_colour, network_colour) = if dark {
        (
            style::OWN_HUES[0].lerp_to_gamma(Color32::WHITE, 0.55),
            style::NETWORK_HUES[0].lerp_to_gamma(Color32::WHITE, 0.5),
        )
    } else {
        (style::OWN_HUES[0], style::NETWORK_HUES[0])
    };
    let painter = ui.painter().clone();
    let probe = Metrics::new(Pos2::ZERO, 0.5 * width);
    let label_size = (12.5 * probe.ring.outer / 136.0).clamp(11.0, 17.0);
    let own_text = format!("{} · 1–5", OWN_ORGANISATION.get(lang));
    let network_text = format!("{} · 6–9", NETWORK_COLLABORATION.get(lang));
    let top_label = arc_label(&painter, own_text.to_uppercase(), label_size, width - 4.0, own_colour);
    let bottom_label = arc_label(
        &painter,
        network_text.to_uppercase(),
        label_size,
        width - 4.0,
        network_colour,
    );

    let ring_size = 2.0 * probe.half_extent();
    let label_gap = 2.0;
    let height = top_label.size().y + label_gap + ring_size + label_gap + bottom_label.size().y;
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let center = Pos2::new(
        rect.center().x,
        rect.top() + top_label.size().y + label_gap + 0.5 * ring_size,
    );
    let m = Metrics::new(center, 0.5 * width);
    let ring = m.ring;

    // One focusable button per segment for the keyboard and screen readers. Their rectangles
    // overlap, so pointer clicks go to one widget over the whole ring (added last, so it is on
    // top) that works out the segment from the pointer's angle and distance.
    let outer_of = |phase: PhaseId| {
        if phase == current {
            ring.outer + m.pop
        } else {
            ring.outer
        }
    };
    let mut segments: Vec<Response> = Vec::with_capacity(PhaseId::ALL.len());
    for phase in PhaseId::ALL {
        let i = phase.index();
        let bounds = Rect::from_points(&ring.outline(i, ring.inner, outer_of(phase), 4.0));
        let response = ui.interact(bounds, Id::new(("cycle_segment", i)), Sense::click());
        let label = segment_label(phase, lang);
        response.widget_info(|| WidgetInfo::selected(WidgetType::Button, true, phase == current, label.clone()));
        let status = status_text(project.sheet(phase).status, lang);
        // egui reports `selected` as toggled, which screen readers on Linux read as a pressed
        // toggle button at best; the open phase is also "selected", as in a list of tabs.
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_description(status);
            node.set_selected(phase == current);
        });
        if response.clicked() {
            out.command(Command::GoPhase(phase));
        }
        segments.push(response);
    }
    move_focus_round_the_ring(ui, &segments);
    let area = Rect::from_center_size(center, Vec2::splat(2.0 * (ring.outer + m.pop)));
    let pointer = ui.interact(area, Id::new("cycle_ring"), Sense::CLICK);
    pointer.widget_info(|| WidgetInfo::labeled(WidgetType::Other, true, CYCLE.get(lang)));
    // The arcs' labels are painted; screen readers get them here.
    let halves = format!("{own_text}, {network_text}");
    ui.ctx()
        .accesskit_node_builder(pointer.id, |node| node.set_description(halves));
    let slack = m.pop + 1.0;
    let hovered = pointer
        .hover_pos()
        .and_then(|p| ring.hit(p, slack))
        .and_then(|i| PhaseId::ALL.get(i).copied());
    if pointer.clicked()
        && let Some(phase) = pointer
            .interact_pointer_pos()
            .and_then(|p| ring.hit(p, slack))
            .and_then(|i| PhaseId::ALL.get(i).copied())
    {
        out.command(Command::GoPhase(phase));
    }

    // Painting, back to front: the segments, the open phase's raised segment, outlines,
    // arrows, texts.
    let fitted = text::fit(&painter, &ring, &m.sizes, MIN_NAME_SIZE, lang);
    let fill_of = |phase: PhaseId| {
        let fill = paint::segment_fill(phase);
        if hovered == Some(phase) {
            fill.lerp_to_gamma(Color32::WHITE, 0.16)
        } else {
            fill
        }
    };
    for phase in PhaseId::ALL.into_iter().filter(|&p| p != current) {
        paint::fill_segment(&painter, &ring, phase.index(), ring.inner, ring.outer, fill_of(phase));
    }
    paint::fill_segment(
        &painter,
        &ring,
        current.index(),
        ring.inner,
        ring.outer + m.pop,
        fill_of(current),
    );
    let accent = Stroke::new((2.5 * m.ring.outer / 120.0).clamp(2.0, 3.5), style::CURRENT_OUTLINE);
    paint::outline_segment(
        &painter,
        &ring,
        current.index(),
        ring.inner,
        ring.outer + m.pop,
        0.0,
        accent,
    );
    for (phase, response) in PhaseId::ALL.iter().zip(&segments) {
        if response.has_focus() {
            let outer = outer_of(*phase);
            let focus = Stroke::new(2.0, ui.visuals().strong_text_color());
            paint::outline_segment(
                &painter,
                &ring,
                phase.index(),
                ring.inner,
                outer,
                accent.width + 1.0,
                focus,
            );
        }
    }

    let arrow_colour = ui.visuals().text_color().gamma_multiply(0.55);
    let arrow_stroke = Stroke::new((1.6 * m.ring.outer / 120.0).clamp(1.2, 2.4), arrow_colour);
    for i in 0..PhaseId::ALL.len() {
        let b = boundary_after(i);
        paint::arc_arrow(
            &painter,
            &ring,
            m.arrow_radius,
            b - 0.3 * STEP,
            b + 0.3 * STEP,
            m.head,
            arrow_stroke,
        );
    }

    for (phase, block) in PhaseId::ALL.iter().zip(&fitted.blocks) {
        let status = project.sheet(*phase).status;
        text::paint_block(
            &painter,
            center + block.offset,
            *phase,
            block,
            &m.sizes.scaled(fitted.scale),
            status,
            fill_of(*phase),
        );
    }

    paint_centre(ui, &painter, &m, project, current, lang);

    painter.galley(
        Pos2::new(rect.center().x - 0.5 * top_label.size().x, rect.top()),
        top_label,
        own_colour,
    );
    painter.galley(
        Pos2::new(
            rect.center().x - 0.5 * bottom_label.size().x,
            rect.bottom() - bottom_label.size().y,
        ),
        bottom_label,
        network_colour,
    );

    if let Some(phase) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        pointer.on_hover_ui_at_pointer(|ui| segment_tooltip(ui, project, phase, lang));
    }
}

/// While a segment has keyboard focus, the arrow keys move it round the ring: Right and Down to
/// the next phase (clockwise, after 9 comes 1), Left and Up to the previous one. Enter or Space
/// then opens the focused phase. (egui's own arrow navigation would jump by position, which on
/// a ring goes anywhere.)
fn move_focus_round_the_ring(ui: &egui::Ui, segments: &[Response]) {
    let Some(focused) = segments.iter().position(Response::has_focus) else {
        return;
    };
    let step = ui.input(|i| {
        let pressed = |key| i.key_pressed(key) && i.modifiers.is_none();
        if pressed(egui::Key::ArrowRight) || pressed(egui::Key::ArrowDown) {
            Some(1)
        } else if pressed(egui::Key::ArrowLeft) || pressed(egui::Key::ArrowUp) {
            Some(segments.len() - 1)
        } else {
            None
        }
    });
    if let Some(step) = step
        && let Some(next) = segments.get((focused + step) % segments.len())
    {
        ui.memory_mut(|m| {
            // Cancels the move egui worked out from the same key press.
            m.move_focus(egui::FocusDirection::None);
            m.request_focus(next.id);
        });
    }
}

/// Draws the centre: "Phase 3 / 9", the open phase's name and its worksheet's status.
fn paint_centre(ui: &egui::Ui, painter: &egui::Painter, m: &Metrics, project: &Project, current: PhaseId, lang: Lang) {
    let visuals = ui.visuals();
    let ring = &m.ring;
    let disc = ring.inner - 0.6 * ring.gap;
    let paper = visuals.extreme_bg_color;
    painter.circle(ring.center, disc, paper, visuals.widgets.noninteractive.bg_stroke);
    let s = ring.outer / 120.0;
    let room = 2.0 * disc * 0.84;

    let caption = painter.layout_no_wrap(
        PHASE_OF.fmt(lang, &[("number", &current.number())]),
        FontId::proportional((11.0 * s).clamp(9.5, 15.0)),
        visuals.weak_text_color(),
    );
    // The short name, one galley per line so each line is centred; shrunk until it fits.
    let mut name_size = (14.5 * s).clamp(10.0, 22.0);
    let name: Vec<Arc<Galley>> = loop {
        let lines: Vec<Arc<Galley>> = PHASES[current.index()]
            .short
            .get(lang)
            .lines()
            .map(|line| painter.layout_no_wrap(line.to_owned(), bold(painter, name_size), visuals.strong_text_color()))
            .collect();
        if lines.iter().all(|g| g.size().x <= room) || name_size <= 9.0 {
            break lines;
        }
        name_size -= 0.5;
    };
    let name_h: f32 = name.iter().map(|g| g.size().y).sum();
    let status = project.sheet(current).status;
    let status_galley = painter.layout_no_wrap(
        status_text(status, lang).to_owned(),
        FontId::proportional((11.0 * s).clamp(9.5, 15.0)),
        visuals.text_color(),
    );
    let badge = (status_galley.size().y * 0.36).max(4.0);

    let gap = 3.0 * s;
    let total = caption.size().y + gap + name_h + gap + status_galley.size().y;
    let mut y = ring.center.y - 0.5 * total;
    painter.galley(
        Pos2::new(ring.center.x - 0.5 * caption.size().x, y),
        caption.clone(),
        visuals.weak_text_color(),
    );
    y += caption.size().y + gap;
    for line in name {
        let h = line.size().y;
        painter.galley(
            Pos2::new(ring.center.x - 0.5 * line.size().x, y),
            line,
            visuals.strong_text_color(),
        );
        y += h;
    }
    y += gap;
    let line_w = 2.0 * badge + 0.5 * badge + status_galley.size().x;
    let left = ring.center.x - 0.5 * line_w;
    paint::badge(
        painter,
        Pos2::new(left + badge, y + 0.5 * status_galley.size().y),
        badge,
        status,
        visuals.text_color(),
        paper,
    );
    painter.galley(Pos2::new(left + 2.5 * badge, y), status_galley, visuals.text_color());
}

/// The tooltip of a segment: full name, status and purpose.
fn segment_tooltip(ui: &mut egui::Ui, project: &Project, phase: PhaseId, lang: Lang) {
    ui.set_max_width(320.0);
    ui.label(egui::RichText::new(segment_label(phase, lang)).strong());
    ui.label(STATUS_LINE.fmt(lang, &[("status", &status_text(project.sheet(phase).status, lang))]));
    ui.label(PHASES[phase.index()].purpose.get(lang));
    if phase == PhaseId::Card {
        ui.label(egui::RichText::new(RESTART.get(lang)).weak());
    }
    ui.label(egui::RichText::new(CYCLE_KEYS.get(lang)).small().weak());
}

/// The worksheets' status under the figure: each badge with its meaning and how many phases
/// have it, so the badges never need colour to be read.
fn summary(ui: &mut egui::Ui, project: &Project, lang: Lang) {
    egui::CollapsingHeader::new(WORKSHEET_STATUS.get(lang))
        .id_salt("cycle_status")
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new("cycle_status_grid")
                .num_columns(3)
                .spacing(vec2(8.0, 4.0))
                .show(ui, |ui| {
                    for status in SheetStatus::ALL.iter().rev() {
                        let count = PhaseId::ALL
                            .iter()
                            .filter(|&&p| project.sheet(p).status == *status)
                            .count();
                        let (rect, _) = ui.allocate_exact_size(Vec2::splat(16.0), Sense::hover());
                        let ink = ui.visuals().text_color();
                        let paper = ui.visuals().panel_fill;
                        paint::badge(ui.painter(), rect.center(), 6.5, *status, ink, paper);
                        ui.label(status_text(*status, lang));
                        ui.label(count.to_string());
                        ui.end_row();
                    }
                });
        });
}
