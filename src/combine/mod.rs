//! Combining members' own views (each member's own project file, phases 1–5) into one joint
//! project: names are normalised ([`normalise`]), actors of different members are proposed as
//! the same actor with a score and a reason ([`matching`]), the caller reviews the proposals,
//! and the joint project is built or updated from the reviewed matches ([`joint`]), keeping in
//! `Project::joint` who sees what. [`summary`] lists agreement and disagreements.
//!
//! Layer: model ← combine ← app/cli. No egui here.

pub mod joint;
pub mod matching;
pub mod msg;
pub mod normalise;
pub mod summary;

pub use joint::{Combined, Report, build, count_actors};
pub use matching::{ActorKey, MemberFile, Proposal, Reason, Review, Verdict};
pub use summary::{Disagreement, SeenBy, Subject, decide, disagreements, disagreements_about, seen_by, seen_of};
