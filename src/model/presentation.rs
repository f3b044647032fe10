//! The presentation's choices saved with the project: which generated slides are left out, the
//! speaker notes of each slide, and the map slides (saved views of the map). The slides
//! themselves are generated from the project (see [`super::deck`]).

use super::ids::ActorId;
use super::values::Ring;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Names one slide of the generated deck, stable across edits of the content, so that a
/// slide left out or a note stays with its slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SlideKey {
    /// The title slide.
    Title,
    /// Phase 1's map when the project has no map slides of its own.
    Map,
    /// A saved map view, by its id in [`Presentation::map_slides`].
    MapView(u32),
    /// The network portfolio.
    Portfolio,
    /// The role table (phase 2).
    Roles,
    /// The competence heat map (phase 3).
    Competences,
    /// Tactics and readiness (phase 4).
    Tactics,
    /// The refining idea (phase 5).
    Idea,
    /// Conditions and ground rules (phase 6).
    Conditions,
    /// The strategy's six areas (phase 7).
    Strategy,
    /// The evaluation (phase 8).
    Evaluation,
    /// The business card (phase 9).
    Card,
}

/// What the size of an actor's symbol shows on a map slide (the map's own choice, saved).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapSizeBy {
    /// Importance to the own organisation.
    #[default]
    Importance,
    /// Number of neighbours.
    Degree,
    /// Betweenness centrality.
    Betweenness,
    /// Closeness centrality.
    Closeness,
}

/// A saved view of the map shown as one slide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MapSlide {
    /// Stable id within the project (named by [`SlideKey::MapView`]).
    pub id: u32,
    /// The slide's title.
    pub name: String,
    /// Screen points per world unit; `None` fits the whole map.
    pub zoom: Option<f32>,
    /// The world point at the centre.
    pub center: [f32; 2],
    /// Actor kinds that stand out (empty: all).
    pub kinds: Vec<String>,
    /// Rings that stand out (empty: all).
    pub rings: Vec<Ring>,
    /// An actor shown with its neighbours highlighted.
    pub focus: Option<ActorId>,
    /// What the symbol size shows.
    pub size_by: MapSizeBy,
}

impl Default for MapSlide {
    fn default() -> MapSlide {
        MapSlide {
            id: 1,
            name: String::new(),
            zoom: None,
            center: [0.0, 0.0],
            kinds: Vec::new(),
            rings: Vec::new(),
            focus: None,
            size_by: MapSizeBy::Importance,
        }
    }
}

/// The presentation's choices (file format 2 and later; absent from version-1 files).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Presentation {
    /// Slides left out of the deck.
    pub hidden: Vec<SlideKey>,
    /// Speaker notes by slide.
    pub notes: BTreeMap<SlideKey, String>,
    /// Saved map views, in the order they are shown.
    pub map_slides: Vec<MapSlide>,
}

impl Presentation {
    /// Whether `key` is left out of the deck.
    pub fn is_hidden(&self, key: SlideKey) -> bool {
        self.hidden.contains(&key)
    }

    /// Leaves `key` out (`hidden`) or puts it back.
    pub fn set_hidden(&mut self, key: SlideKey, hidden: bool) {
        self.hidden.retain(|&k| k != key);
        if hidden {
            self.hidden.push(key);
            self.hidden.sort();
        }
    }

    /// The speaker notes of `key` (empty when none).
    pub fn note(&self, key: SlideKey) -> &str {
        self.notes.get(&key).map_or("", String::as_str)
    }

    /// Sets the speaker notes of `key`; empty notes are removed, so files stay small.
    pub fn set_note(&mut self, key: SlideKey, text: String) {
        if text.trim().is_empty() {
            self.notes.remove(&key);
        } else {
            self.notes.insert(key, text);
        }
    }

    /// A fresh map slide id.
    pub fn next_map_slide_id(&self) -> u32 {
        self.map_slides
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(1, |m| m.saturating_add(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hiding_is_idempotent_and_empty_notes_are_dropped() {
        let mut p = Presentation::default();
        p.set_hidden(SlideKey::Roles, true);
        p.set_hidden(SlideKey::Roles, true);
        assert_eq!(p.hidden, vec![SlideKey::Roles]);
        p.set_hidden(SlideKey::Roles, false);
        assert!(p.hidden.is_empty());
        p.set_note(SlideKey::Card, "Say hello".into());
        assert_eq!(p.note(SlideKey::Card), "Say hello");
        p.set_note(SlideKey::Card, " ".into());
        assert!(p.notes.is_empty());
        assert_eq!(p.next_map_slide_id(), 1);
    }
}
