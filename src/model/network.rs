//! The actor network of phase 1: actors, relations and the network portfolio.

use super::ids::{ActorId, NetworkId, RelationId};
use super::values::{Formality, Intensity, Intent, RelationStatus, Ring, Sector};
use serde::{Deserialize, Serialize};

/// An actor of the network (a node of the map).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Actor {
    /// Stable id.
    pub id: ActorId,
    /// Name shown on the map.
    pub name: String,
    /// Key into the project's actor kinds.
    pub kind: String,
    /// Sector, if known.
    pub sector: Option<Sector>,
    /// The actor's role in the network, in a few words.
    pub role: String,
    /// Free description.
    pub description: String,
    /// Contact person and details.
    pub contact: String,
    /// Free tags for filtering.
    pub tags: Vec<String>,
    /// Membership ring.
    pub ring: Ring,
    /// Importance to the own organisation, 1–5.
    pub importance: u8,
    /// Whether this actor is the own organisation (at most one is).
    pub own: bool,
    /// Position on the map, if placed.
    pub pos: Option<[f32; 2]>,
    /// A pinned actor keeps its position when a layout runs.
    pub pinned: bool,
}

impl Default for Actor {
    fn default() -> Actor {
        Actor {
            id: ActorId(0),
            name: String::new(),
            kind: "other".into(),
            sector: None,
            role: String::new(),
            description: String::new(),
            contact: String::new(),
            tags: Vec::new(),
            ring: Ring::Partner,
            importance: 3,
            own: false,
            pos: None,
            pinned: false,
        }
    }
}

/// A relation between two actors (an edge of the map).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Relation {
    /// Stable id.
    pub id: RelationId,
    /// The actor the relation starts from.
    pub from: ActorId,
    /// The actor the relation goes to.
    pub to: ActorId,
    /// Directed (from → to) or mutual.
    pub directed: bool,
    /// Key into relation roles: the `to` actor's role relative to us.
    pub role: String,
    /// Keys into flows: what moves in the relation.
    pub flows: Vec<String>,
    /// Current, past or potential.
    pub status: RelationStatus,
    /// Importance 1–5 (marginal … critical).
    pub importance: u8,
    /// How often it is active.
    pub intensity: Intensity,
    /// How formal it is.
    pub formality: Formality,
    /// What we intend to do with it.
    pub intent: Intent,
    /// Free notes.
    pub notes: String,
}

impl Default for Relation {
    fn default() -> Relation {
        Relation {
            id: RelationId(0),
            from: ActorId(0),
            to: ActorId(0),
            directed: false,
            role: "partner".into(),
            flows: Vec::new(),
            status: RelationStatus::Current,
            importance: 3,
            intensity: Intensity::Regular,
            formality: Formality::Informal,
            intent: Intent::Maintain,
            notes: String::new(),
        }
    }
}

impl Relation {
    /// Whether the relation touches `actor` at either end.
    pub fn touches(&self, actor: ActorId) -> bool {
        self.from == actor || self.to == actor
    }
}

/// A network the organisation takes part in (the network portfolio).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NetworkMembership {
    /// Stable id.
    pub id: NetworkId,
    /// Name of the network.
    pub name: String,
    /// Its main task.
    pub task: String,
    /// Significance to us, 1–5.
    pub significance: u8,
    /// Member actors.
    pub members: Vec<ActorId>,
    /// Development direction: what we want to happen with our part in it.
    pub direction: String,
}

impl Default for NetworkMembership {
    fn default() -> NetworkMembership {
        NetworkMembership {
            id: NetworkId(0),
            name: String::new(),
            task: String::new(),
            significance: 3,
            members: Vec::new(),
            direction: String::new(),
        }
    }
}
