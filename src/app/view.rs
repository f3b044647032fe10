//! What is shown and selected: app state that is never part of the document or of undo.
//! Views read it through their context; commands change it.

use crate::model::{ActorId, PhaseId, RelationId};

/// What is selected on the map and in the tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// One or more actors.
    Actors(Vec<ActorId>),
    /// One relation.
    Relation(RelationId),
}

/// What is shown; never part of the document or of undo. What only a view remembers (the
/// map's camera, a table's scroll) lives with the views in `crate::ui`.
#[derive(Debug, Default)]
pub struct ViewState {
    /// The open phase.
    pub phase: PhaseId,
    /// Whether the left panel with the cycle figure is collapsed.
    pub cycle_collapsed: bool,
    /// The selected actors or relation.
    pub selection: Selection,
    /// A presentation asked for (F5, the menu): `Some(from_start)` until the views start it.
    pub present_request: Option<bool>,
    /// Whether presenting opens the presenter view: a second window with the current and next
    /// slide, the speaker notes, the slide number and the elapsed time.
    pub presenter_view: bool,
}
