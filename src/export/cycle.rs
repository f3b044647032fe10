//! The cycle figure for exports: nine segments read clockwise from the top, the own
//! organisation's half (phases 1–5) in blues and the network collaboration half (6–9) in
//! teals as in the app, each with its number and a badge for its worksheet's status.

use super::msg;
use super::svg::{Anchor, INK, PAPER, Svg, TextStyle, num};
use crate::i18n::Lang;
use crate::model::{PhaseId, Project, SheetStatus};
use std::f32::consts::{PI, TAU};

/// The own organisation's hues, phases 1–5 (the app's `OWN_HUES`).
pub const OWN_HUES: [[u8; 3]; 5] = [
    [0x1F, 0x5A, 0x96],
    [0x27, 0x69, 0xA8],
    [0x35, 0x7A, 0xB8],
    [0x46, 0x8B, 0xC6],
    [0x5A, 0x9C, 0xD2],
];

/// The network collaboration hues, phases 6–9 (the app's `NETWORK_HUES`).
pub const NETWORK_HUES: [[u8; 3]; 4] = [
    [0x10, 0x78, 0x6A],
    [0x17, 0x86, 0x76],
    [0x1F, 0x94, 0x82],
    [0x2A, 0xA3, 0x90],
];

/// The fill of `phase`'s segment.
pub fn segment_fill(phase: PhaseId) -> [u8; 3] {
    let i = phase.index();
    if i < 5 {
        OWN_HUES[i]
    } else {
        NETWORK_HUES[(i - 5).min(3)]
    }
}

const STEP: f32 = TAU / 9.0;

/// The angle (clockwise from twelve o'clock) of the middle of segment `index`; phase 3 is
/// at the top, so phases 1–5 form the upper arc.
fn mid_angle(index: usize) -> f32 {
    (index as f32 - 2.0) * STEP
}

fn at(c: [f32; 2], angle: f32, r: f32) -> [f32; 2] {
    [c[0] + r * angle.sin(), c[1] - r * angle.cos()]
}

/// The cycle figure, `size` units square, with each phase's status from `project`.
pub fn cycle_svg(project: &Project, size: f32, lang: Lang) -> Svg {
    let mut svg = Svg::new(size, size);
    svg.title(msg::CYCLE_TITLE.get(lang));
    let c = [size / 2.0, size / 2.0];
    let outer = size * 0.48;
    let inner = size * 0.27;
    let gap = size * 0.012;
    for phase in PhaseId::ALL {
        let i = phase.index();
        let fill = segment_fill(phase);
        let half_out = STEP / 2.0 - gap / 2.0 / outer;
        let half_in = STEP / 2.0 - gap / 2.0 / inner;
        let m = mid_angle(i);
        let (o0, o1) = (at(c, m - half_out, outer), at(c, m + half_out, outer));
        let (i0, i1) = (at(c, m + half_in, inner), at(c, m - half_in, inner));
        let d = format!(
            "M{} {}A{} {} 0 0 1 {} {}L{} {}A{} {} 0 0 0 {} {}Z",
            num(o0[0]),
            num(o0[1]),
            num(outer),
            num(outer),
            num(o1[0]),
            num(o1[1]),
            num(i0[0]),
            num(i0[1]),
            num(inner),
            num(inner),
            num(i1[0]),
            num(i1[1])
        );
        svg.path(&d, Some(fill), None, "");
        let mid_r = (outer + inner) / 2.0;
        let p = at(c, m, mid_r - size * 0.02);
        let big = size * 0.075;
        svg.text(
            p[0],
            p[1] + big * 0.35,
            &phase.number().to_string(),
            TextStyle::new(big).bold().fill(PAPER).anchor(Anchor::Middle),
        );
        let b = at(c, m, mid_r + size * 0.06);
        badge(&mut svg, b, size * 0.024, project.sheet(phase).status, PAPER, fill);
    }
    // The two halves named in the middle.
    let t = size * 0.036;
    let own = msg::CYCLE_OWN.get(lang);
    let net = msg::CYCLE_NETWORK.get(lang);
    svg.text(
        c[0],
        c[1] - t * 0.6,
        own,
        TextStyle::new(t).bold().fill(OWN_HUES[0]).anchor(Anchor::Middle),
    );
    svg.text(
        c[0],
        c[1] + t * 1.4,
        net,
        TextStyle::new(t).bold().fill(NETWORK_HUES[0]).anchor(Anchor::Middle),
    );
    svg
}

/// A worksheet's status as a badge: an empty ring (not started), half filled (draft), three
/// quarters (discussed), or filled with a check mark (approved); the shape alone tells it.
pub fn badge(svg: &mut Svg, c: [f32; 2], r: f32, status: SheetStatus, ink: [u8; 3], paper: [u8; 3]) {
    let w = (r * 0.26).max(1.0);
    match status {
        SheetStatus::NotStarted => svg.circle(c[0], c[1], r - w / 2.0, None, Some((ink, w))),
        SheetStatus::Draft => {
            svg.path(&pie(c, r - w / 2.0, 0.0, PI), Some(ink), None, "");
            svg.circle(c[0], c[1], r - w / 2.0, None, Some((ink, w)));
        }
        SheetStatus::Discussed => {
            svg.circle(c[0], c[1], r, Some(ink), None);
            svg.path(&pie(c, r - w, 1.5 * PI, TAU), Some(paper), None, "");
        }
        SheetStatus::Approved => {
            svg.circle(c[0], c[1], r, Some(ink), None);
            let d = format!(
                "M{} {}L{} {}L{} {}",
                num(c[0] - 0.48 * r),
                num(c[1] + 0.02 * r),
                num(c[0] - 0.14 * r),
                num(c[1] + 0.36 * r),
                num(c[0] + 0.5 * r),
                num(c[1] - 0.32 * r)
            );
            svg.path(
                &d,
                None,
                Some((paper, (r * 0.3).max(1.2))),
                "stroke-linecap=\"round\" stroke-linejoin=\"round\"",
            );
        }
    }
}

/// A pie slice path from angle `from` to `to`, clockwise from twelve o'clock.
fn pie(c: [f32; 2], r: f32, from: f32, to: f32) -> String {
    let (a, b) = (at(c, from, r), at(c, to, r));
    let large = u8::from(to - from > PI);
    format!(
        "M{} {}L{} {}A{} {} 0 {} 1 {} {}Z",
        num(c[0]),
        num(c[1]),
        num(a[0]),
        num(a[1]),
        num(r),
        num(r),
        large,
        num(b[0]),
        num(b[1])
    )
}

/// Draws the legend of the status badges in a row from (x, y); returns its width.
pub fn status_legend(svg: &mut Svg, x: f32, y: f32, lang: Lang) -> f32 {
    let mut cx = x;
    for &status in SheetStatus::ALL {
        badge(svg, [cx + 7.0, y - 4.0], 6.5, status, INK, PAPER);
        let label = status.label().get(lang);
        svg.text(cx + 18.0, y, label, TextStyle::new(11.0));
        cx += 18.0 + super::fonts::measure(label, 11.0, false) + 16.0;
    }
    cx - x
}
