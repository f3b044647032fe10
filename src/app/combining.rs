//! File → Combine members' views…: the members' own project files are read on a thread of
//! their own with the same safe reader as Open (they are never written), the proposed matches
//! wait in a review the user works through ([`CombineReview`], shown by the review dialog),
//! and the joint project is then opened as a new, unsaved project, or — when the open project
//! is itself a joint project being updated — applied to it as one undoable edit.

use super::{Pending, VerkostoApp};
use crate::combine::{self, ActorKey, MemberFile, Reason, Review, Verdict};
use crate::i18n::Lang;
use crate::model::{Edit, Project};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

crate::messages! {
    COMBINE = "Yhdistä jäsenten näkemykset…", "Combine members' views…";
    COMBINE_UPDATE = "Päivitä yhteinen näkemys jäsenten tiedostoilla…", "Update the joint view with members' files…";
    APPLY = "Yhdistä", "Combine";
    PATH_COMBINE_TITLE = "Yhdistettävät jäsenten tiedostot", "Members' files to combine";
    PATH_COMBINE_HINT = "Kirjoita kunkin jäsenen projektitiedoston polku omalle rivilleen.", "Type the path of each member's project file on a line of its own.";
    READING = "Luetaan jäsenten tiedostoja…", "Reading the members' files…";
    TOO_FEW = "Valitse vähintään kaksi jäsenen tiedostoa yhdistettäväksi.", "Choose at least two members' files to combine.";
    TOO_FEW_UPDATE = "Valitse vähintään yksi jäsenen tiedosto.", "Choose at least one member's file.";
    SAME_TWICE = "Tiedosto {file} on valittu kahdesti.", "The file {file} is chosen twice.";
    NOTHING_CHANGED = "Mitään ei yhdistetty, eikä avoin projekti muuttunut.", "Nothing was combined, and the open project is unchanged.";
    READING_STOPPED = "Jäsenten tiedostojen lukeminen keskeytyi odottamatta.", "Reading the members' files stopped unexpectedly.";
    BUSY = "Edellisiä jäsenten tiedostoja luetaan vielä.", "The previous members' files are still being read.";
    COMBINED_NEW = "Yhdistettiin {members} jäsenen näkemykset: {actors} toimijaa ({shared} usean jäsenen nimeämiä), {relations} suhdetta. Uutta projektia ei ole vielä tallennettu.", "Combined the views of {members} members: {actors} actors ({shared} named by several), {relations} relations. The new project is not saved yet.";
    COMBINED_UPDATE = "Yhteinen näkemys päivitettiin {members} jäsenen tiedostoilla: {actors} toimijaa ({shared} usean jäsenen nimeämiä), {relations} suhdetta. Kumoa: Ctrl+Z.", "The joint view was updated with {members} members' files: {actors} actors ({shared} named by several), {relations} relations. Undo: Ctrl+Z.";
    REPORT_MISSING = "Ei mukana tällä kierroksella (aiempi näkemys säilyy): {members}.", "Not in this round (their earlier view is kept): {members}.";
    REPORT_REMOVED = "Poistettiin {count} toimijaa, joita kukaan jäsen ei enää nimeä.", "Removed {count} actors no member names any more.";
    REPORT_CONFLICTS = "Jätettiin tekemättä {count} yhdistämistä, jotka olisivat yhdistäneet saman jäsenen kaksi toimijaa.", "Left out {count} matches that would have joined two actors of one member.";
}

/// Which rows the review table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowFilter {
    /// Every member's actor.
    All,
    /// Only the uncertain ones: proposed for a similar name.
    Uncertain,
    /// Only actors without a proposed match.
    Unmatched,
}

/// One row of the review table: a member's actor and its proposal, if it has one.
#[derive(Clone, Debug)]
pub struct ReviewRow {
    /// The member's actor.
    pub actor: ActorKey,
    /// Its proposal in [`Review::proposals`], if any.
    pub proposal: Option<usize>,
    /// Whether its match was proposed for a similar name (uncertain; such rows come first).
    pub uncertain: bool,
    /// The lowercased names of the actor, its member and its match, for the search.
    search: String,
}

/// An actor of the review as the table shows it.
#[derive(Clone, Debug)]
pub struct Named {
    /// Its name.
    pub name: String,
    /// The index of its member file, or `None` for an actor of the joint project.
    pub member: Option<usize>,
    lower: String,
}

/// Counts for the summary line above the table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewSummary {
    /// Each member's name and actor count, in file order.
    pub members: Vec<(String, usize)>,
    /// Proposals per reason (rejected ones left out), in the order of [`REASONS`].
    pub by_reason: Vec<(Reason, usize)>,
    /// Similar-name proposals neither accepted nor rejected.
    pub undecided: usize,
    /// How many actors the joint project will have.
    pub joint_actors: usize,
}

/// The reasons in the order the summary and the table list them.
pub const REASONS: [Reason; 5] = [
    Reason::Similar,
    Reason::SuffixOnly,
    Reason::Exact,
    Reason::Manual,
    Reason::Provenance,
];

/// Choosing by hand what a row's actor is the same as.
#[derive(Clone, Debug, Default)]
pub struct Pick {
    /// The row.
    pub row: usize,
    /// The search text.
    pub search: String,
    /// The actors that fit the search (of the joint project or of another member).
    pub found: Vec<ActorKey>,
    /// Whether the search field has been given the keyboard focus (once, when it opens).
    pub focused: bool,
}

/// The members' files read for combining, with the proposals the user reviews.
#[derive(Clone, Debug)]
pub struct CombineReview {
    /// The files, the base and the proposals.
    pub review: Review,
    /// Whether the open joint project is updated (else a new one is made).
    pub update: bool,
    /// Every member's actor, uncertain ones first, then by reason, then those without a match.
    pub rows: Vec<ReviewRow>,
    /// The rows the filter and the search let through, as indices into `rows`.
    pub shown: Vec<usize>,
    /// Which rows are shown.
    pub filter: RowFilter,
    /// The search text over the names.
    pub search: String,
    /// The row whose match is being chosen by hand, if any.
    pub pick: Option<Pick>,
    /// The counts above the table.
    pub summary: ReviewSummary,
    /// Each member's name, in file order.
    pub member_names: Vec<String>,
    names: HashMap<ActorKey, Named>,
    /// How many proposals (not rejected) point at each actor.
    targeted: HashMap<ActorKey, usize>,
    /// Every actor of the review in the order a hand choice lists them.
    order: Vec<ActorKey>,
}

fn rank(reason: Option<Reason>) -> usize {
    reason
        .and_then(|r| REASONS.iter().position(|&x| x == r))
        .unwrap_or(REASONS.len())
}

impl CombineReview {
    /// The review table of `review`.
    pub fn new(review: Review, update: bool) -> CombineReview {
        let member_names: Vec<String> = review.files.iter().map(|f| f.name()).collect();
        let mut names = HashMap::new();
        let mut order = Vec::new();
        let mut add = |key: ActorKey, name: &str, member: Option<usize>| {
            order.push(key);
            names.insert(
                key,
                Named {
                    name: name.to_owned(),
                    member,
                    lower: name.to_lowercase(),
                },
            );
        };
        if let Some(base) = &review.base {
            for a in &base.actors {
                add(ActorKey::Joint(a.id), &a.name, None);
            }
        }
        for (k, f) in review.files.iter().enumerate() {
            for a in &f.project.actors {
                add(ActorKey::Member(k, a.id), &a.name, Some(k));
            }
        }
        let by_actor: HashMap<ActorKey, usize> =
            review.proposals.iter().enumerate().map(|(i, p)| (p.actor, i)).collect();
        let mut rows: Vec<ReviewRow> = order
            .iter()
            .filter(|k| matches!(k, ActorKey::Member(..)))
            .map(|&actor| {
                let proposal = by_actor.get(&actor).copied();
                ReviewRow {
                    actor,
                    proposal,
                    uncertain: proposal.is_some_and(|i| review.proposals[i].reason == Reason::Similar),
                    search: String::new(),
                }
            })
            .collect();
        // Stable: within a reason, file and actor order.
        rows.sort_by_key(|r| rank(r.proposal.map(|i| review.proposals[i].reason)));
        let mut table = CombineReview {
            review,
            update,
            rows,
            shown: Vec::new(),
            filter: RowFilter::All,
            search: String::new(),
            pick: None,
            summary: ReviewSummary::default(),
            member_names,
            names,
            targeted: HashMap::new(),
            order,
        };
        for i in 0..table.rows.len() {
            table.index_row(i);
        }
        table.refresh();
        table
    }

    fn index_row(&mut self, i: usize) {
        let Some(row) = self.rows.get(i) else { return };
        let mut search = self.names.get(&row.actor).map(|n| n.lower.clone()).unwrap_or_default();
        if let ActorKey::Member(k, _) = row.actor
            && let Some(member) = self.member_names.get(k)
        {
            search.push('\n');
            search.push_str(&member.to_lowercase());
        }
        if let Some(target) = self.target(i)
            && let Some(named) = self.names.get(&target)
        {
            search.push('\n');
            search.push_str(&named.lower);
        }
        self.rows[i].search = search;
    }

    /// Recounts the summary and filters the rows again (after every decision, never per frame).
    pub fn refresh(&mut self) {
        self.recount();
        self.refilter();
    }

    /// Filters the rows again by the filter and the search (after either changes).
    pub fn refilter(&mut self) {
        let needle = self.search.trim().to_lowercase();
        self.shown = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| match self.filter {
                RowFilter::All => true,
                RowFilter::Uncertain => r.uncertain,
                RowFilter::Unmatched => r.proposal.is_none() && !self.targeted.contains_key(&r.actor),
            })
            .filter(|(_, r)| needle.is_empty() || r.search.contains(&needle))
            .map(|(i, _)| i)
            .collect();
    }

    /// Counts the summary again (after a decision).
    pub fn recount(&mut self) {
        let proposals = &self.review.proposals;
        self.targeted.clear();
        for p in proposals.iter().filter(|p| p.verdict != Verdict::Rejected) {
            *self.targeted.entry(p.target).or_default() += 1;
        }
        let members = self
            .review
            .files
            .iter()
            .zip(&self.member_names)
            .map(|(f, name)| (name.clone(), f.project.actors.len()))
            .collect();
        let by_reason = REASONS
            .iter()
            .map(|&reason| {
                let n = proposals
                    .iter()
                    .filter(|p| p.reason == reason && p.verdict != Verdict::Rejected)
                    .count();
                (reason, n)
            })
            .filter(|&(_, n)| n > 0)
            .collect();
        self.summary = ReviewSummary {
            members,
            by_reason,
            undecided: proposals.iter().filter(|p| p.verdict == Verdict::Proposed).count(),
            joint_actors: combine::count_actors(&self.review),
        };
    }

    /// How many proposals that are not rejected point at `key`.
    pub fn matched_here(&self, key: ActorKey) -> usize {
        self.targeted.get(&key).copied().unwrap_or(0)
    }

    /// The actor `key` as shown.
    pub fn named(&self, key: ActorKey) -> Option<&Named> {
        self.names.get(&key)
    }

    /// The proposal of row `i`, if it has one.
    pub fn proposal(&self, i: usize) -> Option<&combine::Proposal> {
        self.review.proposals.get(self.rows.get(i)?.proposal?)
    }

    /// The actor row `i` is proposed to be, if any.
    pub fn target(&self, i: usize) -> Option<ActorKey> {
        self.proposal(i).map(|p| p.target)
    }

    /// Accepts row `i`'s match.
    pub fn accept(&mut self, i: usize) {
        if let Some(p) = self.rows.get(i).and_then(|r| r.proposal) {
            self.review.accept(p);
            self.refresh();
        }
    }

    /// Rejects row `i`'s match: the two actors stay apart.
    pub fn reject(&mut self, i: usize) {
        if let Some(p) = self.rows.get(i).and_then(|r| r.proposal) {
            self.review.reject(p);
            self.refresh();
        }
    }

    /// Accepts every similar-name match not yet decided.
    pub fn accept_similar(&mut self) {
        self.review.accept_similar();
        self.refresh();
    }

    /// Points row `i`'s actor by hand at `target`.
    pub fn point(&mut self, i: usize, target: ActorKey) {
        let Some(row) = self.rows.get(i) else { return };
        let actor = row.actor;
        self.review.point_to(actor, target);
        self.rows[i].proposal = self.review.proposals.iter().position(|p| p.actor == actor);
        self.index_row(i);
        self.refresh();
    }

    /// Starts choosing row `i`'s match by hand.
    pub fn start_pick(&mut self, i: usize) {
        self.pick = Some(Pick {
            row: i,
            ..Pick::default()
        });
        self.refresh_pick();
    }

    /// Finds the actors that fit the hand choice's search: any actor of the joint project or
    /// of another member than the row's.
    pub fn refresh_pick(&mut self) {
        let Some(pick) = &self.pick else { return };
        let Some(row) = self.rows.get(pick.row) else { return };
        let own = match row.actor {
            ActorKey::Member(k, _) => Some(k),
            ActorKey::Joint(_) => None,
        };
        let current = self.target(pick.row);
        let needle = pick.search.trim().to_lowercase();
        let found = self
            .order
            .iter()
            .filter(|&&key| Some(key) != current)
            .filter(|key| {
                self.names.get(key).is_some_and(|n| {
                    (n.member.is_none() || n.member != own) && (needle.is_empty() || n.lower.contains(&needle))
                })
            })
            .copied()
            .collect();
        if let Some(pick) = &mut self.pick {
            pick.found = found;
        }
    }
}

/// Members' files being read (and matched) on their own thread.
pub struct Reading {
    answer: Receiver<Result<CombineReview, String>>,
}

impl std::fmt::Debug for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Reading")
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Reads the members' files with the app's safe reader and proposes the matches. The first
/// file that cannot be read is named in the answer, and nothing is combined.
pub fn read_members(paths: &[PathBuf], base: Option<Project>, lang: Lang) -> Result<CombineReview, String> {
    let update = base.is_some();
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = path.display().to_string();
        match crate::io::load(path) {
            Ok(project) => files.push(MemberFile {
                source: path
                    .file_name()
                    .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned()),
                project,
            }),
            Err(e) => return Err(format!("{}\n\n{}", e.message(lang, &shown), NOTHING_CHANGED.get(lang))),
        }
    }
    Ok(CombineReview::new(Review::new(base, files), update))
}

/// The status bar's sentence after combining: counts, then what the report lists.
pub fn outcome(project: &Project, report: &combine::Report, update: bool, lang: Lang) -> String {
    let (members, shared) = project.joint.as_ref().map_or((0, 0), |j| {
        let shared = j.actors.iter().filter(|r| r.seen_by.len() > 1).count();
        (j.members.len(), shared)
    });
    let text = if update { COMBINED_UPDATE } else { COMBINED_NEW };
    let mut out = text.fmt(
        lang,
        &[
            ("members", &members),
            ("actors", &project.actors.len()),
            ("shared", &shared),
            ("relations", &project.relations.len()),
        ],
    );
    if !report.missing_members.is_empty() {
        out.push(' ');
        out.push_str(&REPORT_MISSING.fmt(lang, &[("members", &report.missing_members.join(", "))]));
    }
    if !report.removed_actors.is_empty() {
        out.push(' ');
        out.push_str(&REPORT_REMOVED.fmt(lang, &[("count", &report.removed_actors.len())]));
    }
    if report.removed_relations > 0 {
        out.push(' ');
        out.push_str(&combine::msg::SUMMARY_REMOVED_RELATIONS.fmt(lang, &[("count", &report.removed_relations)]));
    }
    if !report.conflicts.is_empty() {
        out.push(' ');
        out.push_str(&REPORT_CONFLICTS.fmt(lang, &[("count", &report.conflicts.len())]));
    }
    out
}

impl VerkostoApp {
    /// Whether the open project is a joint project that members' files can update.
    pub fn is_joint(&self) -> bool {
        self.project().joint.is_some()
    }

    /// Starts reading `paths` for combining (into the open joint project when `update`); the
    /// review opens when they are read. Too few files, or one file twice, are refused at once.
    pub(super) fn start_combine(&mut self, paths: Vec<PathBuf>, update: bool) {
        let lang = self.lang();
        if self.combining.is_some() {
            return self.say(BUSY.get(lang).into());
        }
        let update = update && self.is_joint();
        if paths.is_empty() || (paths.len() < 2 && !update) {
            let text = if update { TOO_FEW_UPDATE } else { TOO_FEW };
            return self.fail(format!("{}\n\n{}", text.get(lang), NOTHING_CHANGED.get(lang)));
        }
        for (i, path) in paths.iter().enumerate() {
            if paths[..i].iter().any(|p| same_file(p, path)) {
                let text = SAME_TWICE.fmt(lang, &[("file", &path.display())]);
                return self.fail(format!("{text}\n\n{}", NOTHING_CHANGED.get(lang)));
            }
        }
        let base = update.then(|| self.project().clone());
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new().name("combine".into()).spawn(move || {
            let _ = tx.send(read_members(&paths, base, lang));
        });
        match spawned {
            Ok(_) => {
                self.combining = Some(Reading { answer: rx });
                self.say(READING.get(lang).into());
            }
            Err(e) => self.fail(format!("{}: {e}", READING_STOPPED.get(lang))),
        }
    }

    /// Opens the review once the members' files are read; wakes the window while they are.
    pub(super) fn poll_combining(&mut self, ctx: &egui::Context) {
        let Some(reading) = &self.combining else { return };
        let lang = self.lang();
        let answer = match reading.answer.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(50));
                return;
            }
            Err(TryRecvError::Disconnected) => Err(format!(
                "{}\n\n{}",
                READING_STOPPED.get(lang),
                NOTHING_CHANGED.get(lang)
            )),
        };
        self.combining = None;
        match answer {
            Ok(review) => {
                self.status = None;
                self.dialogs.combine = Some(review);
            }
            Err(text) => self.fail(text),
        }
    }

    /// Builds the reviewed joint project: a new, unsaved project (the open one is guarded like
    /// Open), or the open joint project updated as one undoable edit.
    pub(super) fn apply_combine(&mut self) {
        let Some(table) = self.dialogs.combine.take() else {
            return;
        };
        let lang = self.lang();
        let combined = combine::build(&table.review);
        let text = outcome(&combined.project, &combined.report, table.update, lang);
        if table.update && self.is_joint() {
            // A read-only joint view is not changed; a new joint project may still be opened.
            if self.read_only() {
                return self.refuse_edit();
            }
            match self.doc.apply(Edit::Restore(Box::new(combined.project)), None) {
                Ok(()) => {
                    self.doc.seal();
                    self.say(text);
                }
                Err(e) => self.fail(crate::i18n::msg::EDIT_FAILED.fmt(lang, &[("reason", &e)])),
            }
        } else {
            self.guard(Pending::Combined(Box::new(combined.project), text));
        }
    }

    /// Opens a combined joint project as a new, unsaved one (its unsaved changes were dealt
    /// with).
    pub(super) fn open_combined(&mut self, project: Project, text: String) {
        self.replace_document(project, None, false);
        self.say(text);
    }
}
