//! Stable identifiers. Ids are plain numbers in the file and are never reused while the
//! thing they name exists, so references survive reordering and editing.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

id_type! {
    /// Identifies an actor (a node of the map).
    ActorId;
    /// Identifies a relation (an edge of the map).
    RelationId;
    /// Identifies a network in the organisation's network portfolio.
    NetworkId;
    /// Identifies a competence row of the extended competence map.
    CompetenceId;
    /// Identifies an evaluation criterion.
    CriterionId;
    /// Identifies an evaluation round.
    RoundId;
    /// Identifies a respondent within an evaluation round.
    RespondentId;
}

/// The next free id after the largest of `ids` (1 for none).
pub fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |m| m.saturating_add(1))
}
