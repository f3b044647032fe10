//! The project document: the actor network and the data of all nine phases. No egui here.

mod catalog;
mod computed;
pub mod deck;
mod edit;
pub mod evaluation_stats;
mod ids;
pub mod joint;
mod network;
pub mod number;
mod part;
mod phases;
pub mod presentation;
mod project;
pub mod validate;
mod values;

pub use catalog::{Catalog, CatalogItem, Catalogs};
pub use computed::{
    CanvasField, ChangeKind, DiffOp, FieldChange, IdeaComparison, compare_canvases, compare_versions, word_diff,
};
pub use deck::{Deck, DeckSlide};
pub use edit::{Edit, EditError, ImportEdit};
pub use ids::*;
pub use joint::{JointInfo, MemberId};
pub use network::{Actor, NetworkMembership, Relation};
pub use part::Part;
pub use phases::*;
pub use presentation::{MapSizeBy, MapSlide, Presentation, SlideKey};
pub use project::{FORMAT_VERSION, PhaseId, Project, ProjectMeta};
pub use validate::{MAX_COORDINATE, Problem, Scale, scale_of_field, shown_place};
pub use values::*;
