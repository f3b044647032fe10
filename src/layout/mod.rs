//! Layouts of the actor network: where actors go on the map. No egui here: the map view
//! feeds positions in and reads positions out, so the layouts are tested and benchmarked
//! headless.
//!
//! - [`force`]: a force-directed layout (d3-force style velocity integration, many-body
//!   repulsion with a Barnes–Hut quadtree), run step by step while the user watches.
//! - [`concentric`]: the Finnish "verkostokartta" onion: the own organisation in the centre,
//!   rings for the core, partners and the wider network.
//!
//! Positions are `[x, y]` in world units (about one screen pixel at zoom 1); y grows
//! downwards, as on screen.

pub mod concentric;
pub mod force;

/// A point in world units.
pub type Point = [f32; 2];
