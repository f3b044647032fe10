//! Proposals of which actors of different members are the same actor: the review model.
//!
//! Each actor of each member file gets at most one proposal: the best earlier actor it may be
//! (an actor of the existing joint project, or of a member file listed before it). In order of
//! preference: **provenance** (the joint project already records this member's actor), an
//! **exact** normalised name, a **suffix-only** difference, or a **similar** name
//! (Jaro–Winkler on the normalised key of at least [`SIMILAR`], or one name's words being the
//! first words of the other's). Exact, suffix-only and provenance matches start accepted;
//! similar ones start only proposed and are combined once accepted. The caller may accept,
//! reject or re-point any proposal, then build the joint project from the review.
//!
//! Similar names are only compared within blocks sharing a word or the key's first four
//! letters, and blocks larger than [`MAX_BLOCK`] are skipped, so matching stays near linear.

use super::normalise::{NormalName, normalise};
use crate::model::{ActorId, MemberId, Project};
use std::collections::HashMap;

/// Smallest Jaro–Winkler similarity of two keys proposed as the same actor.
pub const SIMILAR: f64 = 0.92;

/// Blocks with more candidates than this are too common a word to compare by.
pub const MAX_BLOCK: usize = 64;

/// One member's own project file, as given to combining.
#[derive(Clone, Debug)]
pub struct MemberFile {
    /// The file name without folders, e.g. `kaupunki.ron`.
    pub source: String,
    /// The member's project.
    pub project: Project,
}

impl MemberFile {
    /// The member's name: the file's organisation, else the file name without extension.
    pub fn name(&self) -> String {
        let org = self.project.meta.organisation.trim();
        if org.is_empty() {
            self.source
                .rsplit_once('.')
                .map_or(self.source.as_str(), |(stem, _)| stem)
                .to_owned()
        } else {
            org.to_owned()
        }
    }
}

/// One actor in the review: of the existing joint project or of the member file at an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKey {
    /// An actor of the joint project being updated.
    Joint(ActorId),
    /// An actor of the member file at this index of [`Review::files`].
    Member(usize, ActorId),
}

/// Why two actors are proposed as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The joint project records this member's actor as this joint actor.
    Provenance,
    /// The same normalised name.
    Exact,
    /// The names differ only by legal-form or municipality words.
    SuffixOnly,
    /// Similar names.
    Similar,
    /// Pointed by hand.
    Manual,
}

/// The reviewer's verdict on a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Proposed, not yet accepted: not combined.
    Proposed,
    /// Accepted: combined.
    Accepted,
    /// Rejected: the actors stay apart.
    Rejected,
}

/// A proposal that `actor` is the same as `target`.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    /// The actor of a member file.
    pub actor: ActorKey,
    /// The earlier actor it may be.
    pub target: ActorKey,
    /// Similarity 0–1 (1 for provenance, exact and suffix-only).
    pub score: f64,
    /// Why.
    pub reason: Reason,
    /// The reviewer's verdict.
    pub verdict: Verdict,
}

/// Member files, the joint project they go into, and the proposals to review.
#[derive(Clone, Debug)]
pub struct Review {
    /// The joint project being updated, if any.
    pub base: Option<Project>,
    /// The member files, in the order given.
    pub files: Vec<MemberFile>,
    /// The member id each file has (or gets) in the joint project.
    pub member_ids: Vec<MemberId>,
    /// Whether the file's member was already in the joint project (an update).
    pub known: Vec<bool>,
    /// At most one proposal per member actor, in file and actor order.
    pub proposals: Vec<Proposal>,
}

/// A name indexed for matching.
struct Entry {
    key: ActorKey,
    name: NormalName,
}

#[derive(Default)]
struct Index {
    entries: Vec<Entry>,
    by_full: HashMap<String, usize>,
    by_key: HashMap<String, usize>,
    blocks: HashMap<String, Vec<usize>>,
}

fn block_keys(name: &NormalName) -> impl Iterator<Item = String> + '_ {
    let head: String = name.key.chars().take(4).collect();
    std::iter::once(format!("^{head}")).chain(name.tokens.iter().filter(|t| t.chars().count() >= 3).cloned())
}

/// Whether the shorter name's words are the first words of the longer one's.
fn leading_words(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && short.len() < long.len() && long.starts_with(short) && short.concat().chars().count() >= 4
}

impl Index {
    fn add(&mut self, key: ActorKey, name: NormalName) {
        if name.key.is_empty() {
            return;
        }
        let i = self.entries.len();
        self.by_full.entry(name.full.clone()).or_insert(i);
        self.by_key.entry(name.key.clone()).or_insert(i);
        for b in block_keys(&name) {
            self.blocks.entry(b).or_default().push(i);
        }
        self.entries.push(Entry { key, name });
    }

    /// The best earlier actor for `name`, with score and reason.
    fn best(&self, name: &NormalName) -> Option<(ActorKey, f64, Reason)> {
        if name.key.is_empty() {
            return None;
        }
        if let Some(&i) = self.by_full.get(&name.full) {
            return Some((self.entries[i].key, 1.0, Reason::Exact));
        }
        if let Some(&i) = self.by_key.get(&name.key) {
            return Some((self.entries[i].key, 1.0, Reason::SuffixOnly));
        }
        let mut best: Option<(usize, f64)> = None;
        for b in block_keys(name) {
            let Some(block) = self.blocks.get(&b) else { continue };
            if block.len() > MAX_BLOCK {
                continue;
            }
            for &i in block {
                let other = &self.entries[i].name;
                let score = strsim::jaro_winkler(&name.key, &other.key);
                if score >= SIMILAR || leading_words(&name.tokens, &other.tokens) {
                    let better = match best {
                        None => true,
                        Some((j, s)) => score > s || (score == s && i < j),
                    };
                    if better {
                        best = Some((i, score));
                    }
                }
            }
        }
        best.map(|(i, score)| (self.entries[i].key, score, Reason::Similar))
    }
}

impl Review {
    /// Proposes matches for `files` combined into `base` (a joint project to update) or into
    /// a new joint project.
    pub fn new(base: Option<Project>, files: Vec<MemberFile>) -> Review {
        let joint = base.as_ref().and_then(|p| p.joint.as_ref());
        // Members are recognised by their file name first, then by their name.
        let mut next = joint.map_or(1, |j| j.members.iter().map(|m| m.id.0).max().unwrap_or(0) + 1);
        let mut member_ids = Vec::with_capacity(files.len());
        let mut known = Vec::with_capacity(files.len());
        for f in &files {
            let name = f.name();
            let existing = joint.and_then(|j| {
                j.members
                    .iter()
                    .find(|m| m.source == f.source)
                    .or_else(|| j.members.iter().find(|m| m.name == name))
                    .map(|m| m.id)
                    .filter(|id| !member_ids.contains(id))
            });
            match existing {
                Some(id) => {
                    member_ids.push(id);
                    known.push(true);
                }
                None => {
                    member_ids.push(MemberId(next));
                    next += 1;
                    known.push(false);
                }
            }
        }

        let mut provenance: HashMap<(MemberId, ActorId), ActorId> = HashMap::new();
        let mut index = Index::default();
        if let Some(base) = &base {
            for a in &base.actors {
                index.add(ActorKey::Joint(a.id), normalise(&a.name));
            }
            if let Some(j) = &base.joint {
                for record in &j.actors {
                    for s in &record.seen_by {
                        provenance.insert((s.member, s.actor), record.actor);
                        index.add(ActorKey::Joint(record.actor), normalise(&s.name));
                    }
                }
            }
        }

        let mut proposals = Vec::new();
        for (k, f) in files.iter().enumerate() {
            let names: Vec<NormalName> = f.project.actors.iter().map(|a| normalise(&a.name)).collect();
            for (a, name) in f.project.actors.iter().zip(&names) {
                let actor = ActorKey::Member(k, a.id);
                if let Some(&j) = provenance.get(&(member_ids[k], a.id)) {
                    proposals.push(Proposal {
                        actor,
                        target: ActorKey::Joint(j),
                        score: 1.0,
                        reason: Reason::Provenance,
                        verdict: Verdict::Accepted,
                    });
                } else if let Some((target, score, reason)) = index.best(name) {
                    let verdict = if reason == Reason::Similar {
                        Verdict::Proposed
                    } else {
                        Verdict::Accepted
                    };
                    proposals.push(Proposal {
                        actor,
                        target,
                        score,
                        reason,
                        verdict,
                    });
                }
            }
            for (a, name) in f.project.actors.iter().zip(names) {
                index.add(ActorKey::Member(k, a.id), name);
            }
        }
        Review {
            base,
            files,
            member_ids,
            known,
            proposals,
        }
    }

    /// Accepts proposal `i`.
    pub fn accept(&mut self, i: usize) {
        if let Some(p) = self.proposals.get_mut(i) {
            p.verdict = Verdict::Accepted;
        }
    }

    /// Rejects proposal `i`: the two actors stay apart.
    pub fn reject(&mut self, i: usize) {
        if let Some(p) = self.proposals.get_mut(i) {
            p.verdict = Verdict::Rejected;
        }
    }

    /// Accepts every similar-name proposal not yet decided.
    pub fn accept_similar(&mut self) {
        for p in &mut self.proposals {
            if p.verdict == Verdict::Proposed {
                p.verdict = Verdict::Accepted;
            }
        }
    }

    /// Points `actor` by hand at `target` (accepted), replacing its proposal. Ignored unless
    /// both actors exist and `actor` is a member file's actor.
    pub fn point_to(&mut self, actor: ActorKey, target: ActorKey) {
        if actor == target
            || !matches!(actor, ActorKey::Member(..))
            || self.name(actor).is_none()
            || self.name(target).is_none()
        {
            return;
        }
        let manual = Proposal {
            actor,
            target,
            score: 1.0,
            reason: Reason::Manual,
            verdict: Verdict::Accepted,
        };
        match self.proposals.iter_mut().find(|p| p.actor == actor) {
            Some(p) => *p = manual,
            None => self.proposals.push(manual),
        }
    }

    /// The name of an actor in the review.
    pub fn name(&self, key: ActorKey) -> Option<&str> {
        match key {
            ActorKey::Joint(id) => self.base.as_ref()?.actor(id).map(|a| a.name.as_str()),
            ActorKey::Member(k, id) => self.files.get(k)?.project.actor(id).map(|a| a.name.as_str()),
        }
    }
}
