//! Views of a joint project, one combined from the members' own views (`Project::joint`):
//! how widely each actor and relation is seen ([`seen_colour`], for the map), each member's
//! value side by side with the group's choice ([`members_section`], in the inspector), the
//! table of disagreements the group walks through ([`disagreements`]), and the members'
//! phases 1–5 side by side ([`compare`]). An ordinary project shows none of these.

pub mod compare;
pub mod disagreements;
pub mod values;

pub use values::{choice_row, members_section};

use crate::combine::SeenBy;
use crate::i18n::{Lang, Tr};
use crate::model::Project;
use crate::model::joint::MemberId;
use egui::Color32;

crate::messages! {
    SEEN_COUNT = "{seen}/{members} jäsentä nimeää tämän", "Named by {seen} of {members} members";
    SEEN_EVERY = "Kaikki {members} jäsentä nimeävät tämän", "Named by all {members} members";
}

/// The words for a class of agreement (the same as the exported map's legend).
pub fn seen_label(seen: SeenBy) -> Tr {
    crate::export::map::seen_label(seen)
}

/// The colour of a class of agreement on the map and in the legend (see
/// [`crate::export::map::seen_rgb`]).
pub fn seen_colour(seen: SeenBy) -> Color32 {
    let [r, g, b] = seen_rgb(seen);
    Color32::from_rgb(r, g, b)
}

/// [`seen_colour`] as RGB bytes (the legend's model), the exported map's colours.
pub fn seen_rgb(seen: SeenBy) -> [u8; 3] {
    crate::export::map::seen_rgb(seen)
}

/// A member's name, or its number when the record names a member that is gone.
pub fn member_name(project: &Project, id: MemberId) -> String {
    project
        .joint
        .as_ref()
        .and_then(|j| j.member(id))
        .map_or_else(|| format!("#{id}"), |m| m.name.clone())
}

/// "Named by 2 of 3 members: A, B" (or "by all 3") for a record's members.
pub fn seen_text(project: &Project, members: &[MemberId], lang: Lang) -> String {
    let total = project.joint.as_ref().map_or(0, |j| j.members.len());
    let count = if members.len() >= total && total > 1 {
        SEEN_EVERY.fmt(lang, &[("members", &total)])
    } else {
        SEEN_COUNT.fmt(lang, &[("seen", &members.len()), ("members", &total)])
    };
    if members.is_empty() {
        return count;
    }
    let names: Vec<String> = members.iter().map(|&m| member_name(project, m)).collect();
    format!("{count}: {}", names.join(", "))
}
