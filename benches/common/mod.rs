//! Synthetic maps for the map and layout benchmarks.

use verkosto::model::{Actor, ActorId, Catalogs, Project, Relation, RelationId, RelationStatus, Ring};

/// A small deterministic random number generator (xorshift).
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `0.0..1.0`.
    pub fn unit(&mut self) -> f32 {
        (self.next() % 1_000_000) as f32 / 1_000_000.0
    }
}

/// A reproducible map of `n` actors and `m` relations, placed on a jittered grid (about 70
/// world units apart). Most relations join actors near each other, a fifth join actors
/// anywhere, as in a real network with a few long ties. Kinds, rings, importance, status and
/// direction vary; actor 1 is the own organisation.
pub fn synthetic(n: usize, m: usize) -> Project {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ n as u64);
    let kinds: Vec<String> = Catalogs::default()
        .actor_kinds
        .0
        .iter()
        .map(|k| k.key.clone())
        .collect();
    let cols = (n as f32).sqrt().ceil() as usize;
    let actors = (0..n)
        .map(|i| {
            let (c, r) = (i % cols, i / cols);
            let x = c as f32 * 70.0 + (rng.unit() - 0.5) * 40.0;
            let y = r as f32 * 70.0 + (rng.unit() - 0.5) * 40.0;
            Actor {
                id: ActorId(i as u32 + 1),
                name: format!("Toimija {}", i + 1),
                kind: kinds[rng.below(kinds.len())].clone(),
                ring: [Ring::Core, Ring::Partner, Ring::Wider][rng.below(3)],
                importance: 1 + rng.below(5) as u8,
                own: i == 0,
                pos: Some([x.round(), y.round()]),
                ..Actor::default()
            }
        })
        .collect();
    let mut relations = Vec::with_capacity(m);
    let mut k = 0u32;
    while relations.len() < m {
        let a = rng.below(n);
        let b = if rng.below(5) == 0 {
            rng.below(n)
        } else {
            let dx = rng.below(7) as isize - 3;
            let dy = rng.below(7) as isize - 3;
            let j = a as isize + dx + dy * cols as isize;
            if j < 0 || j >= n as isize {
                continue;
            }
            j as usize
        };
        if a == b {
            continue;
        }
        k += 1;
        let roll = rng.below(10);
        relations.push(Relation {
            id: RelationId(k),
            from: ActorId(a as u32 + 1),
            to: ActorId(b as u32 + 1),
            directed: rng.below(10) < 3,
            status: if roll == 0 {
                RelationStatus::Potential
            } else if roll == 1 {
                RelationStatus::Past
            } else {
                RelationStatus::Current
            },
            importance: 1 + rng.below(5) as u8,
            ..Relation::default()
        });
    }
    Project {
        actors,
        relations,
        ..Project::default()
    }
}
