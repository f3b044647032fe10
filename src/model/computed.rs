//! What the worksheets of phases 2–5 compute from their data: competence columns and gaps,
//! the readiness mean, and the comparison of two versions of the refining idea. No egui here,
//! so the worksheets, the presentation and the exports all show the same numbers.

use super::ids::ActorId;
use super::phases::*;
use super::values::{Availability, Date, Maturity, NetType};

// ---------------------------------------------------------------------------------------------
// Phase 3: competences

impl Competence {
    /// The level `holder` has (0 when it has no cell).
    pub fn level_of(&self, holder: Holder) -> u8 {
        self.cell(holder).map_or(0, |c| c.level)
    }

    /// The availability of `holder`'s competence (available when it has no cell).
    pub fn availability_of(&self, holder: Holder) -> Availability {
        self.cell(holder).map_or(Availability::Available, |c| c.availability)
    }

    /// Sets `holder`'s level and availability. A cell equal to "no cell" (level 0, available)
    /// is removed, so the file lists only what was entered.
    pub fn set_cell(&mut self, holder: Holder, level: u8, availability: Availability) {
        self.cells.retain(|c| c.holder != holder);
        if level > 0 || availability != Availability::Available {
            self.cells.push(CompetenceCell {
                holder,
                level,
                availability,
            });
            self.cells.sort_by_key(|c| c.holder);
        }
    }
}

impl CompetencePhase {
    /// The heat map's columns, left to right: the own organisation (if there is one), the
    /// chosen actor columns, any other actor that still has cells (so no entered level is
    /// hidden), and last the potential new partner.
    pub fn holders(&self, own: Option<ActorId>) -> Vec<Holder> {
        let mut holders: Vec<Holder> = Vec::new();
        let push = |h: Holder, holders: &mut Vec<Holder>| {
            if !holders.contains(&h) {
                holders.push(h);
            }
        };
        if let Some(own) = own {
            push(Holder::Actor(own), &mut holders);
        }
        for &id in &self.columns {
            push(Holder::Actor(id), &mut holders);
        }
        for comp in &self.competences {
            for cell in &comp.cells {
                if matches!(cell.holder, Holder::Actor(_)) {
                    push(cell.holder, &mut holders);
                }
            }
        }
        push(Holder::Potential, &mut holders);
        holders
    }

    /// Removes an actor's column together with its cells, so that a competence no longer
    /// shown cannot silently close a gap.
    pub fn remove_column(&mut self, actor: ActorId) {
        self.columns.retain(|&a| a != actor);
        for comp in &mut self.competences {
            comp.cells.retain(|c| c.holder != Holder::Actor(actor));
        }
    }

    /// The competences with a gap, as (row index, competence): the most critical first, then
    /// the largest gap, then in the table's order.
    pub fn gaps(&self) -> Vec<(usize, &Competence)> {
        let mut gaps: Vec<(usize, &Competence)> = self
            .competences
            .iter()
            .enumerate()
            .filter(|(_, c)| c.gap() > 0)
            .collect();
        gaps.sort_by(|(ia, a), (ib, b)| {
            b.criticality
                .cmp(&a.criticality)
                .then(b.gap().cmp(&a.gap()))
                .then(ia.cmp(ib))
        });
        gaps
    }
}

// ---------------------------------------------------------------------------------------------
// Phase 4: tactics

impl Readiness {
    /// The four items in the method's order (resources, people, communication, culture).
    pub fn items(&self) -> [&ReadinessItem; 4] {
        [&self.resources, &self.people, &self.communication, &self.culture]
    }

    /// The four items in the method's order, for editing.
    pub fn items_mut(&mut self) -> [&mut ReadinessItem; 4] {
        [
            &mut self.resources,
            &mut self.people,
            &mut self.communication,
            &mut self.culture,
        ]
    }

    /// How many items have a score.
    pub fn answered(&self) -> usize {
        self.items().iter().filter(|i| i.score.is_some()).count()
    }

    /// The mean of the scored items, or `None` when none is scored yet.
    pub fn mean(&self) -> Option<f32> {
        let scores: Vec<f32> = self.items().iter().filter_map(|i| i.score).map(f32::from).collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f32>() / scores.len() as f32)
    }
}

impl PartnerTactic {
    /// How many steps the cooperation is to deepen (negative when it is to become lighter).
    pub fn depth_change(&self) -> i8 {
        self.target_depth.number() as i8 - self.current_depth.number() as i8
    }
}

// ---------------------------------------------------------------------------------------------
// Phase 5: the refining idea

/// One of the eight fields of the idea canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CanvasField {
    /// The need the network answers.
    Need,
    /// Whose need.
    TargetGroups,
    /// The value proposition.
    ValueProposition,
    /// What the network offers.
    Offering,
    /// What each member gives and gains.
    MemberContributions,
    /// Why together.
    WhyTogether,
    /// Funding or revenue logic.
    RevenueLogic,
    /// What must still be tested.
    OpenQuestions,
}

impl CanvasField {
    /// The eight fields in the canvas's order.
    pub const ALL: [CanvasField; 8] = [
        CanvasField::Need,
        CanvasField::TargetGroups,
        CanvasField::ValueProposition,
        CanvasField::Offering,
        CanvasField::MemberContributions,
        CanvasField::WhyTogether,
        CanvasField::RevenueLogic,
        CanvasField::OpenQuestions,
    ];
}

impl IdeaCanvas {
    /// The text of `field`.
    pub fn field(&self, field: CanvasField) -> &String {
        match field {
            CanvasField::Need => &self.need,
            CanvasField::TargetGroups => &self.target_groups,
            CanvasField::ValueProposition => &self.value_proposition,
            CanvasField::Offering => &self.offering,
            CanvasField::MemberContributions => &self.member_contributions,
            CanvasField::WhyTogether => &self.why_together,
            CanvasField::RevenueLogic => &self.revenue_logic,
            CanvasField::OpenQuestions => &self.open_questions,
        }
    }

    /// The text of `field`, for editing.
    pub fn field_mut(&mut self, field: CanvasField) -> &mut String {
        match field {
            CanvasField::Need => &mut self.need,
            CanvasField::TargetGroups => &mut self.target_groups,
            CanvasField::ValueProposition => &mut self.value_proposition,
            CanvasField::Offering => &mut self.offering,
            CanvasField::MemberContributions => &mut self.member_contributions,
            CanvasField::WhyTogether => &mut self.why_together,
            CanvasField::RevenueLogic => &mut self.revenue_logic,
            CanvasField::OpenQuestions => &mut self.open_questions,
        }
    }
}

impl IdeaPhase {
    /// The working canvas, net type and maturity as a version with `date` and `label`.
    pub fn snapshot(&self, date: Option<Date>, label: &str) -> IdeaVersion {
        IdeaVersion {
            date,
            label: label.trim().to_owned(),
            canvas: self.canvas.clone(),
            net_type: self.net_type,
            maturity: self.maturity,
        }
    }

    /// Keeps the working canvas as a new dated version (the newest, last in the list).
    pub fn save_version(&mut self, date: Option<Date>, label: &str) {
        let version = self.snapshot(date, label);
        self.versions.push(version);
    }

    /// Copies a saved version back into the working canvas (net type and maturity included).
    /// The versions themselves are not changed. False when there is no such version.
    pub fn restore_version(&mut self, index: usize) -> bool {
        let Some(v) = self.versions.get(index) else {
            return false;
        };
        self.canvas = v.canvas.clone();
        self.net_type = v.net_type;
        self.maturity = v.maturity;
        true
    }
}

/// How a field differs between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// The same text (ignoring leading and trailing white space).
    Unchanged,
    /// Empty before, written after.
    Added,
    /// Written before, empty after.
    Removed,
    /// Written in both, differently.
    Edited,
}

impl ChangeKind {
    /// How the texts `before` and `after` differ.
    pub fn of(before: &str, after: &str) -> ChangeKind {
        let (a, b) = (before.trim(), after.trim());
        match (a.is_empty(), b.is_empty()) {
            _ if a == b => ChangeKind::Unchanged,
            (true, false) => ChangeKind::Added,
            (false, true) => ChangeKind::Removed,
            _ => ChangeKind::Edited,
        }
    }

    /// Whether the field changed at all.
    pub fn is_change(self) -> bool {
        self != ChangeKind::Unchanged
    }
}

/// One canvas field compared between an earlier (`before`) and a later (`after`) version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// Which field.
    pub field: CanvasField,
    /// Its text in the first version.
    pub before: String,
    /// Its text in the second version.
    pub after: String,
    /// How it changed.
    pub kind: ChangeKind,
}

/// Compares two canvases field by field, in the canvas's order; every field is listed,
/// changed or not.
pub fn compare_canvases(before: &IdeaCanvas, after: &IdeaCanvas) -> Vec<FieldChange> {
    CanvasField::ALL
        .iter()
        .map(|&field| {
            let (a, b) = (before.field(field), after.field(field));
            FieldChange {
                field,
                before: a.clone(),
                after: b.clone(),
                kind: ChangeKind::of(a, b),
            }
        })
        .collect()
}

/// Two versions of the idea compared: the canvas fields, net type and maturity.
#[derive(Clone, Debug, PartialEq)]
pub struct IdeaComparison {
    /// The eight canvas fields.
    pub fields: Vec<FieldChange>,
    /// Net type before and after.
    pub net_type: (Option<NetType>, Option<NetType>),
    /// Maturity before and after.
    pub maturity: (Maturity, Maturity),
}

impl IdeaComparison {
    /// How many of the ten compared items (eight fields, net type, maturity) changed.
    pub fn changed_count(&self) -> usize {
        self.fields.iter().filter(|f| f.kind.is_change()).count()
            + usize::from(self.net_type.0 != self.net_type.1)
            + usize::from(self.maturity.0 != self.maturity.1)
    }
}

/// Compares two versions of the idea.
pub fn compare_versions(before: &IdeaVersion, after: &IdeaVersion) -> IdeaComparison {
    IdeaComparison {
        fields: compare_canvases(&before.canvas, &after.canvas),
        net_type: (before.net_type, after.net_type),
        maturity: (before.maturity, after.maturity),
    }
}

/// Whether a piece of a word diff is in both texts, only in the first or only in the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffOp {
    /// In both.
    Same,
    /// Only in the first text.
    Removed,
    /// Only in the second text.
    Added,
}

/// Above this many token pairs the word diff gives up on detail and shows the whole text as
/// replaced; canvas fields are a few sentences, so this is only a guard against huge pastes.
const DIFF_LIMIT: usize = 250_000;

/// Splits `text` into words and the white space between them; joined, they give `text` back.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut last_space: Option<bool> = None;
    for (i, ch) in text.char_indices() {
        let space = ch.is_whitespace();
        if last_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        last_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// A word-level difference of two texts: pieces in order, each marked as in both, removed or
/// added. Joining the `Same` and `Removed` pieces gives `before`; `Same` and `Added`, `after`.
pub fn word_diff(before: &str, after: &str) -> Vec<(DiffOp, String)> {
    let a = tokens(before);
    let b = tokens(after);
    let mut out: Vec<(DiffOp, String)> = Vec::new();
    let mut push = |op: DiffOp, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((last, s)) if *last == op => s.push_str(text),
            _ => out.push((op, text.to_owned())),
        }
    };
    if a.len().saturating_mul(b.len()) > DIFF_LIMIT {
        push(DiffOp::Removed, before);
        push(DiffOp::Added, after);
        return out;
    }
    // Longest common subsequence table, filled from the end.
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            push(DiffOp::Same, a[i]);
            i += 1;
            j += 1;
        } else if lcs[at(i + 1, j)] >= lcs[at(i, j + 1)] {
            push(DiffOp::Removed, a[i]);
            i += 1;
        } else {
            push(DiffOp::Added, b[j]);
            j += 1;
        }
    }
    for t in &a[i..] {
        push(DiffOp::Removed, t);
    }
    for t in &b[j..] {
        push(DiffOp::Added, t);
    }
    out
}
