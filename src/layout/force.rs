//! A force-directed layout in the manner of d3-force: every step adds forces to the actors'
//! velocities (repulsion between all actors, springs along relations, a weak pull towards
//! the centre), then moves them and damps the velocities. A "temperature" (`alpha`) cools
//! down step by step, so the layout settles and stops by itself.
//!
//! Repulsion between all pairs would cost O(n²) per step (egui_graphs' Fruchterman–Reingold
//! does that: ≈ 48 ms per step at 5,000 nodes). Here it goes through a Barnes–Hut quadtree:
//! a far-away group of actors pushes like one heavy actor at its centre of mass, which makes
//! a step O(n log n).
//!
//! Pinned actors never move; they still push and pull the others.

use super::Point;

/// Tuning of the force layout.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ForceParams {
    /// Rest length of a relation's spring, in world units.
    pub link_distance: f32,
    /// Strength of the repulsion between actors (negative pushes apart).
    pub charge: f32,
    /// Barnes–Hut accuracy: a cell whose size is below `theta` × its distance counts as one
    /// body. 0.9 as in d3; smaller is more exact and slower.
    pub theta: f32,
    /// Pull of every actor towards the centre, so that unconnected parts stay near.
    pub gravity: f32,
    /// Share of the velocity lost each step (0.4 in d3).
    pub velocity_decay: f32,
    /// How much `alpha` cools each step.
    pub alpha_decay: f32,
    /// The layout is done when `alpha` falls below this.
    pub alpha_min: f32,
    /// Repulsion is not computed closer than this (avoids infinite pushes).
    pub min_distance: f32,
}

impl Default for ForceParams {
    fn default() -> ForceParams {
        ForceParams {
            link_distance: 110.0,
            charge: -900.0,
            theta: 0.9,
            gravity: 0.03,
            velocity_decay: 0.4,
            // Cools from 1 to alpha_min in about 300 steps, like d3.
            alpha_decay: 1.0 - 0.001_f32.powf(1.0 / 300.0),
            alpha_min: 0.001,
            min_distance: 4.0,
        }
    }
}

/// A running force layout over `n` actors.
#[derive(Clone, Debug)]
pub struct ForceLayout {
    pos: Vec<Point>,
    vel: Vec<Point>,
    fixed: Vec<bool>,
    links: Vec<(u32, u32)>,
    /// Per link: the share of the correction the `to` end takes (by degree, as in d3).
    bias: Vec<f32>,
    /// Per link: spring strength, weaker for links of busy actors (as in d3).
    strength: Vec<f32>,
    centre: Point,
    alpha: f32,
    params: ForceParams,
    tree: QuadTree,
    /// Per actor: the room it needs around its centre (its name's half width), kept free of
    /// other actors' room; empty for none.
    radii: Vec<f32>,
}

impl ForceLayout {
    /// A layout starting from `positions`; `fixed[i]` actors never move; `links` are pairs of
    /// indices into `positions` (out-of-range pairs and self-links are ignored).
    pub fn new(positions: Vec<Point>, fixed: Vec<bool>, links: &[(u32, u32)], params: ForceParams) -> ForceLayout {
        let n = positions.len();
        let mut fixed = fixed;
        fixed.resize(n, false);
        let links: Vec<(u32, u32)> = links
            .iter()
            .copied()
            .filter(|&(a, b)| a != b && (a as usize) < n && (b as usize) < n)
            .collect();
        let mut count = vec![0u32; n];
        for &(a, b) in &links {
            count[a as usize] += 1;
            count[b as usize] += 1;
        }
        let bias = links
            .iter()
            .map(|&(a, b)| {
                let (ca, cb) = (count[a as usize] as f32, count[b as usize] as f32);
                ca / (ca + cb)
            })
            .collect();
        let strength = links
            .iter()
            .map(|&(a, b)| 1.0 / count[a as usize].min(count[b as usize]).max(1) as f32)
            .collect();
        let centre = centroid(&positions);
        let mut pos = positions;
        separate_coincident(&mut pos, &fixed);
        ForceLayout {
            vel: vec![[0.0, 0.0]; n],
            pos,
            fixed,
            links,
            bias,
            strength,
            centre,
            alpha: 1.0,
            params,
            tree: QuadTree::default(),
            radii: Vec::new(),
        }
    }

    /// Keeps `radii[i]` of room around each actor (its name's half width): actors that come
    /// closer than their two radii are pushed apart, so names do not pile up on each other.
    pub fn with_room(mut self, radii: Vec<f32>) -> ForceLayout {
        self.radii = radii;
        self.radii.resize(self.pos.len(), 0.0);
        self
    }

    /// The current positions.
    pub fn positions(&self) -> &[Point] {
        &self.pos
    }

    /// The current temperature; steps move less as it cools.
    pub fn alpha(&self) -> f32 {
        self.alpha
    }

    /// Sets the temperature (1 restarts the layout, 0.3 warms it up after a drag).
    pub fn set_alpha(&mut self, alpha: f32) {
        self.alpha = alpha.clamp(0.0, 1.0);
    }

    /// Whether the layout has settled.
    pub fn is_done(&self) -> bool {
        self.alpha < self.params.alpha_min
    }

    /// Holds actor `i` at `pos` (while the user drags it) or releases it (`None`); a pinned
    /// actor stays fixed either way.
    pub fn hold(&mut self, i: usize, pos: Option<Point>, pinned: bool) {
        if i >= self.pos.len() {
            return;
        }
        if let Some(p) = pos {
            self.pos[i] = p;
            self.vel[i] = [0.0, 0.0];
        }
        self.fixed[i] = pos.is_some() || pinned;
    }

    /// Runs one step and returns the new temperature.
    pub fn step(&mut self) -> f32 {
        let p = self.params;
        self.alpha += (0.0 - self.alpha) * p.alpha_decay;
        let alpha = self.alpha;
        self.apply_links(alpha);
        self.apply_charge(alpha);
        self.apply_room();
        // Gravity towards the centre the layout started around.
        let g = p.gravity * alpha;
        for (pos, vel) in self.pos.iter().zip(self.vel.iter_mut()) {
            vel[0] += (self.centre[0] - pos[0]) * g;
            vel[1] += (self.centre[1] - pos[1]) * g;
        }
        let keep = 1.0 - p.velocity_decay;
        for ((pos, vel), &fixed) in self.pos.iter_mut().zip(self.vel.iter_mut()).zip(&self.fixed) {
            if fixed {
                *vel = [0.0, 0.0];
                continue;
            }
            vel[0] *= keep;
            vel[1] *= keep;
            pos[0] += vel[0];
            pos[1] += vel[1];
        }
        alpha
    }

    /// Pushes apart actors closer than their two radii (d3's collision force, strength 0.7),
    /// found through a grid of cells as wide as the largest room.
    fn apply_room(&mut self) {
        let largest = self.radii.iter().copied().fold(0.0, f32::max);
        if largest <= 0.0 {
            return;
        }
        let cell = 2.0 * largest;
        let key = |p: Point| ((p[0] / cell).floor() as i64, (p[1] / cell).floor() as i64);
        let mut grid: std::collections::HashMap<(i64, i64), Vec<usize>> = std::collections::HashMap::new();
        for (i, &p) in self.pos.iter().enumerate() {
            grid.entry(key(p)).or_default().push(i);
        }
        const STRENGTH: f32 = 0.7;
        for i in 0..self.pos.len() {
            let (cx, cy) = key(self.pos[i]);
            for gx in cx - 1..=cx + 1 {
                for gy in cy - 1..=cy + 1 {
                    let Some(cell) = grid.get(&(gx, gy)) else { continue };
                    for &j in cell {
                        if j <= i {
                            continue;
                        }
                        let room = self.radii[i] + self.radii[j];
                        let dx = self.pos[j][0] + self.vel[j][0] - self.pos[i][0] - self.vel[i][0];
                        let dy = self.pos[j][1] + self.vel[j][1] - self.pos[i][1] - self.vel[i][1];
                        let d2 = dx * dx + dy * dy;
                        if d2 >= room * room || d2 == 0.0 {
                            continue;
                        }
                        let d = d2.sqrt();
                        let push = (room - d) / d * STRENGTH;
                        // The smaller room moves more, as in d3.
                        let (ri2, rj2) = (self.radii[i] * self.radii[i], self.radii[j] * self.radii[j]);
                        let share = if ri2 + rj2 > 0.0 { rj2 / (ri2 + rj2) } else { 0.5 };
                        let (fi, fj) = (self.fixed[i], self.fixed[j]);
                        let (to_j, to_i) = match (fi, fj) {
                            (true, true) => (0.0, 0.0),
                            (true, false) => (1.0, 0.0),
                            (false, true) => (0.0, 1.0),
                            (false, false) => (1.0 - share, share),
                        };
                        self.vel[j][0] += dx * push * to_j;
                        self.vel[j][1] += dy * push * to_j;
                        self.vel[i][0] -= dx * push * to_i;
                        self.vel[i][1] -= dy * push * to_i;
                    }
                }
            }
        }
    }

    fn apply_links(&mut self, alpha: f32) {
        let distance = self.params.link_distance;
        for ((&(a, b), &bias), &strength) in self.links.iter().zip(&self.bias).zip(&self.strength) {
            let (a, b) = (a as usize, b as usize);
            let mut dx = self.pos[b][0] + self.vel[b][0] - self.pos[a][0] - self.vel[a][0];
            let mut dy = self.pos[b][1] + self.vel[b][1] - self.pos[a][1] - self.vel[a][1];
            if dx == 0.0 && dy == 0.0 {
                // Coincident ends: nudge apart in a fixed direction.
                dx = 1e-3;
                dy = 1e-3;
            }
            let l = (dx * dx + dy * dy).sqrt();
            let k = (l - distance) / l * alpha * strength;
            dx *= k;
            dy *= k;
            // A fixed end takes no share: the other end takes the whole correction.
            let (fa, fb) = (self.fixed[a], self.fixed[b]);
            let to_b = if fb {
                0.0
            } else if fa {
                1.0
            } else {
                bias
            };
            self.vel[b][0] -= dx * to_b;
            self.vel[b][1] -= dy * to_b;
            self.vel[a][0] += dx * (1.0 - to_b);
            self.vel[a][1] += dy * (1.0 - to_b);
        }
    }

    fn apply_charge(&mut self, alpha: f32) {
        let n = self.pos.len();
        if n < 2 {
            return;
        }
        self.tree.build(&self.pos);
        let charge = self.params.charge * alpha;
        let theta2 = self.params.theta * self.params.theta;
        let min2 = self.params.min_distance * self.params.min_distance;
        let tree = &self.tree;
        let mut stack: Vec<u32> = Vec::with_capacity(64);
        for i in 0..n {
            if self.fixed[i] {
                continue;
            }
            let [x, y] = self.pos[i];
            let (mut fx, mut fy) = (0.0f32, 0.0f32);
            stack.clear();
            stack.push(0);
            while let Some(c) = stack.pop() {
                let cell = &tree.cells[c as usize];
                let dx = cell.cx - x;
                let dy = cell.cy - y;
                let mut l = dx * dx + dy * dy;
                let size = cell.size;
                if cell.first == NONE && size * size < theta2 * l {
                    // Far enough: the whole cell pushes as one body at its centre of mass.
                    if l < min2 {
                        l = (min2 * l).sqrt();
                    }
                    let w = charge * cell.count / l;
                    fx += dx * w;
                    fy += dy * w;
                    continue;
                }
                if cell.first != NONE {
                    // A leaf: the actors in it, one by one (several only when they coincide).
                    let mut j = cell.first;
                    while j != NONE {
                        let ju = j as usize;
                        if ju != i {
                            let mut dx = self.pos[ju][0] - x;
                            let mut dy = self.pos[ju][1] - y;
                            if dx == 0.0 && dy == 0.0 {
                                (dx, dy) = jiggle(i, ju);
                            }
                            let mut l = dx * dx + dy * dy;
                            if l < min2 {
                                l = (min2 * l).sqrt();
                            }
                            let w = charge / l;
                            fx += dx * w;
                            fy += dy * w;
                        }
                        j = tree.next[ju];
                    }
                    continue;
                }
                for &child in &cell.children {
                    if child != NONE {
                        stack.push(child);
                    }
                }
            }
            self.vel[i][0] += fx;
            self.vel[i][1] += fy;
        }
    }
}

/// The mean of `points` (the origin for none).
pub fn centroid(points: &[Point]) -> Point {
    if points.is_empty() {
        return [0.0, 0.0];
    }
    let (sx, sy) = points
        .iter()
        .fold((0.0f64, 0.0f64), |(sx, sy), p| (sx + p[0] as f64, sy + p[1] as f64));
    let n = points.len() as f64;
    [(sx / n) as f32, (sy / n) as f32]
}

/// A tiny deterministic offset for two actors at the same spot, so they can part.
fn jiggle(i: usize, j: usize) -> (f32, f32) {
    let h = (i as u32).wrapping_mul(0x9E37_79B9) ^ (j as u32).wrapping_mul(0x85EB_CA6B);
    let angle = (h % 3600) as f32 / 3600.0 * std::f32::consts::TAU;
    (angle.cos() * 1e-2, angle.sin() * 1e-2)
}

/// Moves apart actors that start at exactly the same spot (a layout cannot separate them
/// otherwise), deterministically.
fn separate_coincident(pos: &mut [Point], fixed: &[bool]) {
    let mut order: Vec<usize> = (0..pos.len()).collect();
    order.sort_by(|&a, &b| pos[a][0].total_cmp(&pos[b][0]).then(pos[a][1].total_cmp(&pos[b][1])));
    for w in 1..order.len() {
        let (a, b) = (order[w - 1], order[w]);
        if pos[a] == pos[b] && !fixed[b] {
            let (dx, dy) = jiggle(a, b);
            pos[b][0] += dx * 500.0;
            pos[b][1] += dy * 500.0;
        }
    }
}

const NONE: u32 = u32::MAX;

/// One square cell of the quadtree.
#[derive(Clone, Copy, Debug)]
struct Cell {
    /// Child cells by quadrant, `NONE` where empty; all `NONE` in a leaf.
    children: [u32; 4],
    /// First actor in a leaf (further coincident ones follow through `next`); `NONE` in an
    /// inner cell.
    first: u32,
    /// Number of actors inside (as f32: it is the cell's total charge).
    count: f32,
    /// Centre of mass.
    cx: f32,
    cy: f32,
    /// Side length.
    size: f32,
}

/// A Barnes–Hut quadtree in flat arrays, rebuilt every step (building is cheap next to the
/// force pass, and reusing the buffers avoids allocation).
#[derive(Clone, Debug, Default)]
struct QuadTree {
    cells: Vec<Cell>,
    /// Parent of each cell (`NONE` for the root).
    parent: Vec<u32>,
    /// Next actor in the same leaf.
    next: Vec<u32>,
}

impl QuadTree {
    fn build(&mut self, pos: &[Point]) {
        self.cells.clear();
        self.parent.clear();
        self.next.clear();
        self.next.resize(pos.len(), NONE);
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for p in pos {
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        let size = (x1 - x0).max(y1 - y0).max(1.0) * 1.0001;
        let root = Cell {
            children: [NONE; 4],
            first: NONE,
            count: 0.0,
            cx: 0.0,
            cy: 0.0,
            size,
        };
        self.cells.push(root);
        self.parent.push(NONE);
        // Cell bounds are implied by the path from the root; track them while descending.
        for (i, p) in pos.iter().enumerate() {
            self.insert(i as u32, *p, pos, x0, y0, size);
        }
        let mut sums = vec![(0.0f32, 0.0f32, 0.0f32); self.cells.len()];
        for (c, cell) in self.cells.iter().enumerate() {
            let mut j = cell.first;
            while j != NONE {
                let s = &mut sums[c];
                s.0 += 1.0;
                s.1 += pos[j as usize][0];
                s.2 += pos[j as usize][1];
                j = self.next[j as usize];
            }
        }
        // Children are always created after their parents, so walking the cells backwards
        // finishes every child before its parent.
        for c in (0..self.cells.len()).rev() {
            let (n, sx, sy) = sums[c];
            let cell = &mut self.cells[c];
            cell.count = n;
            if n > 0.0 {
                cell.cx = sx / n;
                cell.cy = sy / n;
            }
            let parent = self.parent[c];
            if parent != NONE {
                let s = &mut sums[parent as usize];
                s.0 += n;
                s.1 += sx;
                s.2 += sy;
            }
        }
    }

    fn insert(&mut self, i: u32, p: Point, pos: &[Point], x0: f32, y0: f32, size: f32) {
        let (mut cx0, mut cy0, mut size) = (x0, y0, size);
        let mut c = 0usize;
        let mut depth = 0;
        loop {
            let half = size * 0.5;
            let is_leaf = self.cells[c].children == [NONE; 4];
            if is_leaf {
                let first = self.cells[c].first;
                if first == NONE {
                    self.cells[c].first = i;
                    return;
                }
                let existing = pos[first as usize];
                if existing == p || depth > 40 {
                    // Same spot (or too deep to tell apart): chain in the same leaf.
                    self.next[i as usize] = self.next[first as usize];
                    self.next[first as usize] = i;
                    return;
                }
                // Split: the leaf becomes an inner cell and its actors move one level down.
                self.cells[c].first = NONE;
                let q = quadrant(existing, cx0 + half, cy0 + half);
                let child = self.new_cell(c, half);
                self.cells[child as usize].first = first;
                self.cells[c].children[q] = child;
            }
            let q = quadrant(p, cx0 + half, cy0 + half);
            if q & 1 == 1 {
                cx0 += half;
            }
            if q & 2 == 2 {
                cy0 += half;
            }
            let child = self.cells[c].children[q];
            if child == NONE {
                let child = self.new_cell(c, half);
                self.cells[child as usize].first = i;
                self.cells[c].children[q] = child;
                return;
            }
            c = child as usize;
            size = half;
            depth += 1;
        }
    }

    fn new_cell(&mut self, parent: usize, size: f32) -> u32 {
        self.cells.push(Cell {
            children: [NONE; 4],
            first: NONE,
            count: 0.0,
            cx: 0.0,
            cy: 0.0,
            size,
        });
        self.parent.push(parent as u32);
        (self.cells.len() - 1) as u32
    }
}

/// Quadrant of `p` in a cell split at (`mx`, `my`): bit 0 east, bit 1 south.
fn quadrant(p: Point, mx: f32, my: f32) -> usize {
    usize::from(p[0] >= mx) | (usize::from(p[1] >= my) << 1)
}
