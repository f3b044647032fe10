//! The concentric layout, the Finnish "verkostokartta" onion: the own organisation in the
//! centre, then a ring for the core, one for the partners and one for the wider network.
//! Each ring is as large as it must be for its actors to sit side by side; a very full ring
//! becomes a band of several circles. Within a ring, actors of the same kind sit together.

use super::Point;

/// Which circle an actor belongs on: 0 core, 1 partner, 2 wider network.
pub type RingIndex = usize;

/// The number of rings.
pub const RINGS: usize = 3;

/// One actor as the concentric layout sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RingNode {
    /// Its ring (0 core, 1 partner, 2 wider network; larger numbers count as 2).
    pub ring: RingIndex,
    /// Whether it is the own organisation (placed in the centre).
    pub own: bool,
    /// Its radius in world units, so that neighbours on a ring do not overlap.
    pub radius: f32,
    /// A group key (the actor's kind): actors of one group sit next to each other.
    pub group: u32,
    /// Where a pinned actor stays; `None` for actors the layout places.
    pub fixed: Option<Point>,
}

/// Spacing of the rings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RingParams {
    /// Smallest radius of the innermost ring.
    pub first_radius: f32,
    /// Gap between the outermost circle of one ring and the first circle of the next.
    pub ring_gap: f32,
    /// Free space between neighbours on a circle (and between circles of one band).
    pub spacing: f32,
}

impl Default for RingParams {
    fn default() -> RingParams {
        RingParams {
            first_radius: 150.0,
            ring_gap: 120.0,
            spacing: 34.0,
        }
    }
}

/// The result of a concentric layout.
#[derive(Clone, Debug, PartialEq)]
pub struct Concentric {
    /// One position per input node, in input order (pinned ones unchanged).
    pub positions: Vec<Point>,
    /// The centre of the rings.
    pub centre: Point,
    /// For each ring, the radius of its guide circle (the middle of its band), or `None`
    /// for a ring without actors.
    pub guides: [Option<f32>; RINGS],
    /// For each ring, its inner and outer radius.
    pub bands: [(f32, f32); RINGS],
}

/// Lays out `nodes` in rings around `centre` (or around a pinned own organisation).
pub fn concentric(nodes: &[RingNode], centre: Point, params: RingParams) -> Concentric {
    let own = nodes.iter().position(|n| n.own);
    let centre = own.and_then(|i| nodes[i].fixed).unwrap_or(centre);
    let mut positions: Vec<Point> = nodes.iter().map(|n| n.fixed.unwrap_or(centre)).collect();

    // Actors to place, ring by ring, in a stable order: group, then input order.
    let mut rings: [Vec<usize>; RINGS] = Default::default();
    for (i, n) in nodes.iter().enumerate() {
        if n.fixed.is_some() || Some(i) == own {
            continue;
        }
        rings[n.ring.min(RINGS - 1)].push(i);
    }
    for ring in &mut rings {
        ring.sort_by_key(|&i| (nodes[i].group, i));
    }

    let own_radius = own.map_or(0.0, |i| nodes[i].radius);
    let mut inner = params.first_radius.max(own_radius + params.ring_gap);
    let mut guides = [None; RINGS];
    let mut bands = [(0.0, 0.0); RINGS];
    for (r, members) in rings.iter().enumerate() {
        let widest = members.iter().map(|&i| nodes[i].radius).fold(0.0f32, f32::max).max(8.0);
        let step = 2.0 * widest + params.spacing;
        let circles = band_circles(members.len(), inner, step);
        let outer = circles.last().map_or(inner, |c| c.0);
        bands[r] = (inner, outer);
        if !members.is_empty() {
            guides[r] = Some((inner + outer) / 2.0);
        }
        let mut k = 0;
        for (j, &(radius, count)) in circles.iter().enumerate() {
            // Go clockwise from half a step past the top, which leaves the top of each ring
            // free for its name; alternate circles of a band are offset by half a step so
            // they do not line up in spokes.
            let offset = if j % 2 == 0 { 0.5 } else { 0.0 };
            for slot in 0..count {
                let angle =
                    -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * (slot as f32 + offset) / count as f32;
                positions[members[k]] = [centre[0] + radius * angle.cos(), centre[1] + radius * angle.sin()];
                k += 1;
            }
        }
        inner = outer + params.ring_gap.max(step);
    }
    Concentric {
        positions,
        centre,
        guides,
        bands,
    }
}

/// The circles of one ring's band: (radius, how many actors on it), from the inside out.
/// As many circles as the actors need (a circle holds its circumference over `step`), and
/// the actors shared among them in proportion to their size, so the outer circle of a band
/// is not left nearly empty.
fn band_circles(count: usize, inner: f32, step: f32) -> Vec<(f32, usize)> {
    let mut capacities = Vec::new();
    let mut total = 0;
    let mut radius = inner;
    while total < count {
        let capacity = ((std::f32::consts::TAU * radius / step).floor() as usize).max(1);
        capacities.push((radius, capacity));
        total += capacity;
        radius += step;
    }
    let mut circles: Vec<(f32, usize)> = capacities.iter().map(|&(r, c)| (r, count * c / total.max(1))).collect();
    let mut placed: usize = circles.iter().map(|c| c.1).sum();
    // Hand out what rounding left over, one each, to circles with room.
    for (circle, &(_, capacity)) in circles.iter_mut().zip(&capacities) {
        if placed == count {
            break;
        }
        if circle.1 < capacity {
            circle.1 += 1;
            placed += 1;
        }
    }
    circles.retain(|c| c.1 > 0);
    circles
}
