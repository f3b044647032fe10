//! The import plan: what an import would add, update and refuse, built before anything changes.

use super::msg;
use super::{FROM_REF, ROW_REF, Sheet, Source, TO_REF};
use crate::export::data::{ActorCol, RelationCol, actor_value, relation_value, unguard};
use crate::i18n::{Lang, Tr};
use crate::model::{
    Actor, ActorId, Catalog, CatalogItem, Edit, Formality, ImportEdit, Intensity, Intent, Project, Relation,
    RelationId, RelationStatus, Ring, Sector,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Why a row is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The name is empty.
    NoName,
    /// Not a whole number 1–5.
    BadNumber { column: Tr, value: String },
    /// Not a coordinate.
    BadCoordinate { column: Tr, value: String },
    /// A value the column does not know.
    BadValue { column: Tr, value: String },
    /// The id is not a positive whole number.
    BadId { value: String },
    /// The id is on an earlier row.
    DuplicateId { id: u32 },
    /// A relation's end names nobody.
    UnknownActor { column: Tr, value: String },
    /// A second own organisation.
    SeveralOwn,
}

impl Reason {
    /// The reason as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Reason::NoName => msg::REASON_NO_NAME.get(lang).to_owned(),
            Reason::BadNumber { column, value } => {
                msg::REASON_BAD_NUMBER.fmt(lang, &[("column", &column.get(lang)), ("value", value)])
            }
            Reason::BadCoordinate { column, value } => {
                msg::REASON_BAD_COORDINATE.fmt(lang, &[("column", &column.get(lang)), ("value", value)])
            }
            Reason::BadValue { column, value } => {
                msg::REASON_BAD_VALUE.fmt(lang, &[("column", &column.get(lang)), ("value", value)])
            }
            Reason::BadId { value } => msg::REASON_BAD_ID.fmt(lang, &[("value", value)]),
            Reason::DuplicateId { id } => msg::REASON_DUPLICATE_ID.fmt(lang, &[("id", id)]),
            Reason::UnknownActor { column, value } => {
                msg::REASON_UNKNOWN_ACTOR.fmt(lang, &[("column", &column.get(lang)), ("value", value)])
            }
            Reason::SeveralOwn => msg::REASON_SEVERAL_OWN.get(lang).to_owned(),
        }
    }
}

/// A refused row: where it is and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    /// The sheet or file.
    pub sheet: String,
    /// The row number in the file.
    pub row: usize,
    /// Why.
    pub reason: Reason,
}

impl Refusal {
    /// `sheet, row N: reason` in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        msg::REFUSED_ROW.fmt(
            lang,
            &[
                ("sheet", &self.sheet),
                ("row", &self.row),
                ("reason", &self.reason.message(lang)),
            ],
        )
    }
}

/// An existing record and what the import makes of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Update<T, C> {
    /// As in the project.
    pub before: T,
    /// As after the import.
    pub after: T,
    /// The columns whose values differ.
    pub changed: Vec<C>,
}

/// How to apply a plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Apply the good rows even though some were refused.
    pub skip_bad_rows: bool,
    /// Remove the actors and relations of the project that the file does not have.
    pub remove_absent: bool,
}

/// What an import would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// New actors, with fresh ids unless the file gave unused ones.
    pub added_actors: Vec<Actor>,
    /// Existing actors that change.
    pub updated_actors: Vec<Update<Actor, ActorCol>>,
    /// Rows that match an actor and change nothing.
    pub unchanged_actors: usize,
    /// New relations.
    pub added_relations: Vec<Relation>,
    /// Existing relations that change.
    pub updated_relations: Vec<Update<Relation, RelationCol>>,
    /// Rows that match a relation and change nothing.
    pub unchanged_relations: usize,
    /// Project actors no row matched (only when the file had an actor table).
    pub absent_actors: Vec<ActorId>,
    /// Project relations no row matched (only when the file had a relation table).
    pub absent_relations: Vec<RelationId>,
    /// The lists after the import, with new kinds, roles and flows added.
    pub catalogs: crate::model::Catalogs,
    /// Items added to the lists: (list name, item).
    pub new_items: Vec<(&'static str, CatalogItem)>,
    /// Refused rows.
    pub refused: Vec<Refusal>,
}

/// Column positions of a sheet, by the column each header names.
struct Columns<C> {
    index: HashMap<C, usize>,
    refs: [Option<usize>; 3],
}

fn normalise(header: &str) -> String {
    header.trim().trim_start_matches('\u{feff}').to_lowercase()
}

fn columns<C: Copy + Eq + std::hash::Hash>(
    sheet: &Sheet,
    all: &[C],
    header: fn(C) -> Tr,
    aliases: fn(C) -> &'static [&'static str],
) -> Columns<C> {
    let mut index = HashMap::new();
    let mut refs = [None; 3];
    for (i, h) in sheet.headers.iter().enumerate() {
        match h.as_str() {
            ROW_REF => refs[0] = Some(i),
            FROM_REF => refs[1] = Some(i),
            TO_REF => refs[2] = Some(i),
            _ => {}
        }
        let h = normalise(h);
        let column = all.iter().copied().find(|&c| {
            normalise(header(c).fi) == h || normalise(header(c).en) == h || aliases(c).contains(&h.as_str())
        });
        if let Some(c) = column {
            index.entry(c).or_insert(i);
        }
    }
    Columns { index, refs }
}

/// Whether `sheet` is a relation table: it names both ends (From and To, by name or by id).
pub(crate) fn is_relation_table(sheet: &Sheet) -> bool {
    let cols = columns(sheet, RelationCol::ALL, RelationCol::header, RelationCol::aliases);
    let has = |c| cols.index.contains_key(&c);
    (has(RelationCol::From) || has(RelationCol::FromId)) && (has(RelationCol::To) || has(RelationCol::ToId))
}

/// A row's cells by column.
struct Row<'a, C> {
    cols: &'a Columns<C>,
    cells: &'a [String],
    guarded: bool,
}

impl<C: Copy + Eq + std::hash::Hash> Row<'_, C> {
    /// The cell of `c`, if the sheet has that column.
    fn get(&self, c: C) -> Option<&str> {
        let i = *self.cols.index.get(&c)?;
        let cell = self.cells.get(i).map_or("", String::as_str);
        Some(if self.guarded { unguard(cell) } else { cell })
    }

    /// The cell of `c` when it is not blank.
    fn value(&self, c: C) -> Option<&str> {
        self.get(c).filter(|v| !v.trim().is_empty())
    }

    fn reference(&self, which: usize) -> Option<&str> {
        self.cols.refs[which]
            .and_then(|i| self.cells.get(i))
            .map(String::as_str)
    }
}

fn folded(text: &str) -> String {
    text.trim().to_lowercase()
}

/// An enum value by its label in either language or its machine name.
fn parse_enum<T: Copy + std::fmt::Debug>(all: &[T], label: fn(T) -> Tr, text: &str) -> Option<T> {
    let t = folded(text);
    all.iter().copied().find(|&v| {
        folded(label(v).fi) == t || folded(label(v).en) == t || format!("{v:?}").to_lowercase() == t.replace(' ', "")
    })
}

fn parse_bool(text: &str) -> Option<bool> {
    match folded(text).as_str() {
        "yes" | "true" | "1" | "x" | "kyllä" | "k" | "y" => Some(true),
        "no" | "false" | "0" | "ei" | "e" | "n" => Some(false),
        _ => None,
    }
}

fn parse_direction(text: &str) -> Option<bool> {
    match folded(text).as_str() {
        "directed" | "suunnattu" | "yksisuuntainen" | "true" => Some(true),
        "mutual" | "undirected" | "molemminpuolinen" | "kaksisuuntainen" | "suuntaamaton" | "false" => Some(false),
        _ => None,
    }
}

fn parse_scale(text: &str) -> Option<u8> {
    let n: f64 = text.trim().replace(',', ".").parse().ok()?;
    (n.fract() == 0.0 && (1.0..=5.0).contains(&n)).then_some(n as u8)
}

fn parse_coordinate(text: &str) -> Option<f32> {
    let n: f32 = text.trim().replace(',', ".").parse().ok()?;
    (n.is_finite() && n.abs() <= crate::model::MAX_COORDINATE).then_some(n)
}

fn parse_id(text: &str) -> Result<u32, Reason> {
    let t = text.trim();
    let n: Option<u32> = t.parse().ok().or_else(|| {
        let f: f64 = t.parse().ok()?;
        (f.fract() == 0.0 && f >= 1.0 && f <= f64::from(u32::MAX)).then_some(f as u32)
    });
    n.filter(|&n| n > 0).ok_or(Reason::BadId { value: t.to_owned() })
}

fn split(text: &str) -> Vec<String> {
    text.split('|')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The key of `text` in `catalog` (by key or label), adding a new item when nothing matches.
fn catalog_key(
    catalog: &mut Catalog,
    list: &'static str,
    text: &str,
    new: &mut Vec<(&'static str, CatalogItem)>,
) -> String {
    let t = folded(text);
    if let Some(item) = catalog.0.iter().find(|i| i.key == text.trim()).or_else(|| {
        catalog
            .0
            .iter()
            .find(|i| folded(&i.key) == t || folded(&i.fi) == t || folded(&i.en) == t)
    }) {
        return item.key.clone();
    }
    let slug: String = t
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_owned();
    let key = if slug.is_empty() || catalog.contains(&slug) {
        catalog.fresh_key()
    } else {
        slug
    };
    let item = CatalogItem {
        key: key.clone(),
        fi: text.trim().to_owned(),
        en: text.trim().to_owned(),
        colour: None,
    };
    catalog.0.push(item.clone());
    new.push((list, item));
    key
}

/// Where an actor row leads: an existing actor or a new one.
struct ActorRow {
    actor: Actor,
    existing: Option<Actor>,
}

/// An actor row between the two passes: its line, the id cell, the id matched, the actor as
/// read, and the project's actor it updates.
type PendingActor = (usize, Option<String>, Option<ActorId>, Actor, Option<Actor>);

impl ImportPlan {
    /// Plans importing `source` into `project`.
    pub fn build(project: &Project, source: &Source) -> ImportPlan {
        let mut plan = ImportPlan {
            catalogs: project.catalogs.clone(),
            ..ImportPlan::default()
        };
        // Actor rows by their reference in the file (GraphML node id) and by name.
        let mut by_ref: HashMap<String, ActorId> = HashMap::new();
        let mut by_name: HashMap<String, ActorId> = HashMap::new();
        let mut final_ids: BTreeSet<ActorId> = project.actors.iter().map(|a| a.id).collect();
        if let Some(sheet) = &source.actors {
            let rows = plan.actor_rows(project, sheet, source.guarded, &mut by_ref);
            let matched: BTreeSet<ActorId> = rows.iter().filter_map(|r| r.existing.as_ref().map(|e| e.id)).collect();
            plan.absent_actors = project
                .actors
                .iter()
                .map(|a| a.id)
                .filter(|id| !matched.contains(id))
                .collect();
            for row in rows {
                by_name.entry(folded(&row.actor.name)).or_insert(row.actor.id);
                final_ids.insert(row.actor.id);
                match row.existing {
                    None => plan.added_actors.push(row.actor),
                    Some(before) if before == row.actor => plan.unchanged_actors += 1,
                    Some(before) => {
                        let changed = actor_changes(&before, &row.actor);
                        plan.updated_actors.push(Update {
                            before,
                            after: row.actor,
                            changed,
                        });
                    }
                }
            }
        }
        for a in &project.actors {
            by_name.entry(folded(&a.name)).or_insert(a.id);
        }
        if let Some(sheet) = &source.relations {
            plan.relation_rows(project, sheet, source.guarded, &by_ref, &by_name, &final_ids);
        }
        plan
    }

    fn actor_rows(
        &mut self,
        project: &Project,
        sheet: &Sheet,
        guarded: bool,
        by_ref: &mut HashMap<String, ActorId>,
    ) -> Vec<ActorRow> {
        let cols = columns(sheet, ActorCol::ALL, ActorCol::header, ActorCol::aliases);
        let mut used: BTreeSet<ActorId> = BTreeSet::new();
        let mut seen_ids: BTreeSet<u32> = BTreeSet::new();
        let mut own_row: Option<ActorId> = None;
        let mut pending: Vec<PendingActor> = Vec::new();
        // First pass: ids and matches, so that fresh ids never collide with ids given later.
        for (line, cells) in &sheet.rows {
            let row = Row {
                cols: &cols,
                cells,
                guarded,
            };
            let refuse = |plan: &mut ImportPlan, reason| {
                plan.refused.push(Refusal {
                    sheet: sheet.name.clone(),
                    row: *line,
                    reason,
                });
            };
            let name = row.get(ActorCol::Label).unwrap_or("");
            if name.trim().is_empty() {
                refuse(self, Reason::NoName);
                continue;
            }
            let given = match row.value(ActorCol::Id).map(parse_id) {
                Some(Err(reason)) => {
                    refuse(self, reason);
                    continue;
                }
                Some(Ok(id)) if !seen_ids.insert(id) => {
                    refuse(self, Reason::DuplicateId { id });
                    continue;
                }
                Some(Ok(id)) => Some(ActorId(id)),
                None => None,
            };
            let existing = match given {
                Some(id) => project.actor(id).cloned(),
                None => project
                    .actors
                    .iter()
                    .find(|a| a.name == name && !used.contains(&a.id))
                    .or_else(|| {
                        project
                            .actors
                            .iter()
                            .find(|a| folded(&a.name) == folded(name) && !used.contains(&a.id))
                    })
                    .cloned(),
            };
            if let Some(e) = &existing {
                used.insert(e.id);
            }
            let mut actor = existing.clone().unwrap_or_else(|| Actor {
                kind: if self.catalogs.actor_kinds.contains("other") {
                    "other".into()
                } else {
                    self.catalogs.actor_kinds.first_key()
                },
                ..Actor::default()
            });
            actor.name = name.to_owned();
            if let Err(reason) = self.fill_actor(&mut actor, &row) {
                refuse(self, reason);
                continue;
            }
            if actor.own {
                if own_row.is_some() {
                    refuse(self, Reason::SeveralOwn);
                    continue;
                }
                own_row = Some(actor.id);
            }
            pending.push((*line, row.reference(0).map(str::to_owned), given, actor, existing));
        }
        let mut next = crate::model::next_id(project.actors.iter().map(|a| a.id.0).chain(seen_ids.iter().copied()));
        let mut rows = Vec::with_capacity(pending.len());
        let mut own_id = None;
        for (_, reference, given, mut actor, existing) in pending {
            actor.id = match (&existing, given) {
                (Some(e), _) => e.id,
                (None, Some(id)) => id,
                (None, None) => {
                    let id = ActorId(next);
                    next = next.saturating_add(1);
                    id
                }
            };
            if let Some(r) = reference {
                by_ref.insert(r, actor.id);
            }
            if actor.own {
                own_id = Some(actor.id);
            }
            rows.push(ActorRow { actor, existing });
        }
        // A new own organisation unmarks the old one, as on the map.
        if let Some(own) = own_id
            && let Some(old) = project.own_actor().filter(|a| a.id != own)
        {
            match rows.iter_mut().find(|r| r.actor.id == old.id) {
                Some(row) => row.actor.own = false,
                None => rows.push(ActorRow {
                    actor: Actor {
                        own: false,
                        ..old.clone()
                    },
                    existing: Some(old.clone()),
                }),
            }
        }
        rows
    }

    fn fill_actor(&mut self, a: &mut Actor, row: &Row<'_, ActorCol>) -> Result<(), Reason> {
        let bad = |c: ActorCol, v: &str| Reason::BadValue {
            column: c.header(),
            value: v.to_owned(),
        };
        if let Some(v) = row.value(ActorCol::Type) {
            a.kind = catalog_key(&mut self.catalogs.actor_kinds, "actor_kinds", v, &mut self.new_items);
        }
        for (c, slot) in [
            (ActorCol::Description, &mut a.description),
            (ActorCol::Role, &mut a.role),
            (ActorCol::Contact, &mut a.contact),
        ] {
            if let Some(v) = row.get(c) {
                *slot = v.to_owned();
            }
        }
        if let Some(v) = row.get(ActorCol::Tags) {
            a.tags = split(v);
        }
        if let Some(v) = row.get(ActorCol::Sector) {
            a.sector = if v.trim().is_empty() {
                None
            } else {
                Some(parse_enum(Sector::ALL, Sector::label, v).ok_or_else(|| bad(ActorCol::Sector, v))?)
            };
        }
        if let Some(v) = row.value(ActorCol::Ring) {
            a.ring = parse_enum(Ring::ALL, Ring::label, v).ok_or_else(|| bad(ActorCol::Ring, v))?;
        }
        if let Some(v) = row.value(ActorCol::Importance) {
            a.importance = parse_scale(v).ok_or_else(|| Reason::BadNumber {
                column: ActorCol::Importance.header(),
                value: v.to_owned(),
            })?;
        }
        if let Some(v) = row.value(ActorCol::Own) {
            a.own = parse_bool(v).ok_or_else(|| bad(ActorCol::Own, v))?;
        }
        if let Some(v) = row.value(ActorCol::Pinned) {
            a.pinned = parse_bool(v).ok_or_else(|| bad(ActorCol::Pinned, v))?;
        }
        match (row.get(ActorCol::X), row.get(ActorCol::Y)) {
            (None, None) => {}
            (x, y) => {
                let x = x.unwrap_or("");
                let y = y.unwrap_or("");
                if x.trim().is_empty() && y.trim().is_empty() {
                    a.pos = None;
                } else {
                    let coordinate = |c: ActorCol, v: &str| {
                        parse_coordinate(v).ok_or_else(|| Reason::BadCoordinate {
                            column: c.header(),
                            value: v.to_owned(),
                        })
                    };
                    a.pos = Some([coordinate(ActorCol::X, x)?, coordinate(ActorCol::Y, y)?]);
                }
            }
        }
        Ok(())
    }

    fn relation_rows(
        &mut self,
        project: &Project,
        sheet: &Sheet,
        guarded: bool,
        by_ref: &HashMap<String, ActorId>,
        by_name: &HashMap<String, ActorId>,
        final_ids: &BTreeSet<ActorId>,
    ) {
        let cols = columns(sheet, RelationCol::ALL, RelationCol::header, RelationCol::aliases);
        let mut used: BTreeSet<RelationId> = BTreeSet::new();
        let mut seen_ids: BTreeSet<u32> = BTreeSet::new();
        let mut pending: Vec<(Option<RelationId>, Relation, Option<Relation>)> = Vec::new();
        for (line, cells) in &sheet.rows {
            let row = Row {
                cols: &cols,
                cells,
                guarded,
            };
            let refusal = |reason| Refusal {
                sheet: sheet.name.clone(),
                row: *line,
                reason,
            };
            let end = |which: usize, id_col: RelationCol, name_col: RelationCol| -> Result<ActorId, Reason> {
                if let Some(r) = row.reference(which) {
                    return by_ref.get(r).copied().ok_or_else(|| Reason::UnknownActor {
                        column: name_col.header(),
                        value: r.to_owned(),
                    });
                }
                if let Some(id) = row.value(id_col).and_then(|v| parse_id(v).ok()).map(ActorId)
                    && final_ids.contains(&id)
                {
                    return Ok(id);
                }
                let name = row.get(name_col).unwrap_or("");
                by_name.get(&folded(name)).copied().ok_or_else(|| Reason::UnknownActor {
                    column: name_col.header(),
                    value: name.to_owned(),
                })
            };
            let (from, to) = match (
                end(1, RelationCol::FromId, RelationCol::From),
                end(2, RelationCol::ToId, RelationCol::To),
            ) {
                (Ok(f), Ok(t)) => (f, t),
                (Err(e), _) | (_, Err(e)) => {
                    self.refused.push(refusal(e));
                    continue;
                }
            };
            let given = match row.value(RelationCol::Id).map(parse_id) {
                Some(Err(reason)) => {
                    self.refused.push(refusal(reason));
                    continue;
                }
                Some(Ok(id)) if !seen_ids.insert(id) => {
                    self.refused.push(refusal(Reason::DuplicateId { id }));
                    continue;
                }
                Some(Ok(id)) => Some(RelationId(id)),
                None => None,
            };
            let existing = match given {
                Some(id) => project.relation(id).cloned(),
                None => project
                    .relations
                    .iter()
                    .find(|r| r.from == from && r.to == to && !used.contains(&r.id))
                    .cloned(),
            };
            if let Some(e) = &existing {
                used.insert(e.id);
            }
            let mut relation = existing.clone().unwrap_or_else(|| Relation {
                role: if self.catalogs.relation_roles.contains("partner") {
                    "partner".into()
                } else {
                    self.catalogs.relation_roles.first_key()
                },
                ..Relation::default()
            });
            relation.from = from;
            relation.to = to;
            match self.fill_relation(&mut relation, &row) {
                Ok(()) => pending.push((given, relation, existing)),
                Err(reason) => self.refused.push(refusal(reason)),
            }
        }
        let matched: BTreeSet<RelationId> = pending.iter().filter_map(|p| p.2.as_ref().map(|e| e.id)).collect();
        self.absent_relations = project
            .relations
            .iter()
            .map(|r| r.id)
            .filter(|id| !matched.contains(id))
            .collect();
        let mut next = crate::model::next_id(project.relations.iter().map(|r| r.id.0).chain(seen_ids.iter().copied()));
        for (given, mut relation, existing) in pending {
            relation.id = match (&existing, given) {
                (Some(e), _) => e.id,
                (None, Some(id)) => id,
                (None, None) => {
                    let id = RelationId(next);
                    next = next.saturating_add(1);
                    id
                }
            };
            match existing {
                None => self.added_relations.push(relation),
                Some(before) if before == relation => self.unchanged_relations += 1,
                Some(before) => {
                    let changed = relation_changes(&before, &relation);
                    self.updated_relations.push(Update {
                        before,
                        after: relation,
                        changed,
                    });
                }
            }
        }
    }

    fn fill_relation(&mut self, r: &mut Relation, row: &Row<'_, RelationCol>) -> Result<(), Reason> {
        let bad = |c: RelationCol, v: &str| Reason::BadValue {
            column: c.header(),
            value: v.to_owned(),
        };
        if let Some(v) = row.value(RelationCol::Type) {
            r.role = catalog_key(
                &mut self.catalogs.relation_roles,
                "relation_roles",
                v,
                &mut self.new_items,
            );
        }
        if let Some(v) = row.value(RelationCol::Direction) {
            r.directed = parse_direction(v).ok_or_else(|| bad(RelationCol::Direction, v))?;
        }
        if let Some(v) = row.value(RelationCol::Strength) {
            r.importance = parse_scale(v).ok_or_else(|| Reason::BadNumber {
                column: RelationCol::Strength.header(),
                value: v.to_owned(),
            })?;
        }
        if let Some(v) = row.get(RelationCol::Flows) {
            r.flows = split(v)
                .iter()
                .map(|f| catalog_key(&mut self.catalogs.flows, "flows", f, &mut self.new_items))
                .collect();
        }
        if let Some(v) = row.value(RelationCol::Status) {
            r.status =
                parse_enum(RelationStatus::ALL, RelationStatus::label, v).ok_or_else(|| bad(RelationCol::Status, v))?;
        }
        if let Some(v) = row.value(RelationCol::Intensity) {
            r.intensity =
                parse_enum(Intensity::ALL, Intensity::label, v).ok_or_else(|| bad(RelationCol::Intensity, v))?;
        }
        if let Some(v) = row.value(RelationCol::Formality) {
            r.formality =
                parse_enum(Formality::ALL, Formality::label, v).ok_or_else(|| bad(RelationCol::Formality, v))?;
        }
        if let Some(v) = row.value(RelationCol::Intent) {
            r.intent = parse_enum(Intent::ALL, Intent::label, v).ok_or_else(|| bad(RelationCol::Intent, v))?;
        }
        if let Some(v) = row.get(RelationCol::Notes) {
            r.notes = v.to_owned();
        }
        Ok(())
    }

    /// Whether some rows were refused.
    pub fn has_errors(&self) -> bool {
        !self.refused.is_empty()
    }

    /// Whether applying the plan would change nothing.
    pub fn is_empty(&self) -> bool {
        self.added_actors.is_empty()
            && self.updated_actors.is_empty()
            && self.added_relations.is_empty()
            && self.updated_relations.is_empty()
            && self.new_items.is_empty()
    }

    /// The one edit that applies the plan, or `None` when rows were refused and
    /// `options.skip_bad_rows` is not set (an import with errors changes nothing).
    pub fn edit(&self, options: ImportOptions) -> Option<Edit> {
        if self.has_errors() && !options.skip_bad_rows {
            return None;
        }
        let mut actors: Vec<Actor> = self.added_actors.clone();
        actors.extend(self.updated_actors.iter().map(|u| u.after.clone()));
        actors.sort_by_key(|a| a.id);
        let mut relations: Vec<Relation> = self.added_relations.clone();
        relations.extend(self.updated_relations.iter().map(|u| u.after.clone()));
        relations.sort_by_key(|r| r.id);
        let (remove_actors, remove_relations) = if options.remove_absent {
            (self.absent_actors.clone(), self.absent_relations.clone())
        } else {
            (Vec::new(), Vec::new())
        };
        Some(Edit::Import(Box::new(ImportEdit {
            catalogs: (!self.new_items.is_empty()).then(|| self.catalogs.clone()),
            actors,
            relations,
            remove_relations,
            remove_actors,
        })))
    }

    /// What the plan would do, as lines of text in `lang` (the review step's content).
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        let mut lines = vec![msg::SUMMARY.fmt(
            lang,
            &[
                ("added_actors", &self.added_actors.len()),
                ("updated_actors", &self.updated_actors.len()),
                ("same_actors", &self.unchanged_actors),
                ("added_relations", &self.added_relations.len()),
                ("updated_relations", &self.updated_relations.len()),
                ("same_relations", &self.unchanged_relations),
            ],
        )];
        let c = &self.catalogs;
        for u in &self.updated_actors {
            let fields: Vec<String> = u
                .changed
                .iter()
                .map(|&col| {
                    let (before, after) = (
                        actor_value(c, &u.before, col, lang),
                        actor_value(c, &u.after, col, lang),
                    );
                    change_text(col.header().get(lang), &before, &after)
                })
                .collect();
            lines.push(msg::UPDATED_ACTOR.fmt(lang, &[("name", &u.after.name), ("fields", &fields.join("; "))]));
        }
        let names: BTreeMap<ActorId, &str> = self
            .added_actors
            .iter()
            .chain(self.updated_actors.iter().map(|u| &u.after))
            .map(|a| (a.id, a.name.as_str()))
            .collect();
        for u in &self.updated_relations {
            let name = |id: ActorId| names.get(&id).map_or_else(|| format!("#{id}"), |n| (*n).to_owned());
            let fields: Vec<String> = u
                .changed
                .iter()
                .map(|&col| {
                    let before = relation_value(c, &u.before, col, lang, name);
                    let after = relation_value(c, &u.after, col, lang, name);
                    change_text(col.header().get(lang), &before, &after)
                })
                .collect();
            lines.push(msg::UPDATED_RELATION.fmt(
                lang,
                &[
                    ("from", &name(u.after.from)),
                    ("to", &name(u.after.to)),
                    ("fields", &fields.join("; ")),
                ],
            ));
        }
        if !self.new_items.is_empty() {
            let items: Vec<&str> = self.new_items.iter().map(|(_, i)| i.label(lang)).collect();
            lines.push(msg::SUMMARY_NEW_ITEMS.fmt(lang, &[("items", &items.join(", "))]));
        }
        if !self.absent_actors.is_empty() || !self.absent_relations.is_empty() {
            lines.push(msg::SUMMARY_ABSENT.fmt(
                lang,
                &[
                    ("actors", &self.absent_actors.len()),
                    ("relations", &self.absent_relations.len()),
                ],
            ));
        }
        if !self.refused.is_empty() {
            lines.push(msg::SUMMARY_REFUSED.fmt(lang, &[("count", &self.refused.len())]));
            lines.extend(self.refused.iter().map(|r| format!("  {}", r.message(lang))));
        }
        lines
    }
}

/// "Importance 2 → 4": one changed field for the review, long values shortened so that a
/// changed description does not fill the dialog.
fn change_text(field: &str, before: &str, after: &str) -> String {
    format!("{field} {} → {}", shorten(before), shorten(after))
}

/// `value` cut to 40 characters with an ellipsis, or "–" for an empty value.
fn shorten(value: &str) -> String {
    const MAX: usize = 40;
    let value = value.trim();
    if value.is_empty() {
        "–".to_owned()
    } else if value.chars().count() > MAX {
        let cut: String = value.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        value.to_owned()
    }
}

fn actor_changes(a: &Actor, b: &Actor) -> Vec<ActorCol> {
    let mut c = Vec::new();
    let mut check = |col, differs: bool| {
        if differs {
            c.push(col);
        }
    };
    check(ActorCol::Label, a.name != b.name);
    check(ActorCol::Type, a.kind != b.kind);
    check(ActorCol::Description, a.description != b.description);
    check(ActorCol::Tags, a.tags != b.tags);
    check(ActorCol::Sector, a.sector != b.sector);
    check(ActorCol::Role, a.role != b.role);
    check(ActorCol::Contact, a.contact != b.contact);
    check(ActorCol::Ring, a.ring != b.ring);
    check(ActorCol::Importance, a.importance != b.importance);
    check(ActorCol::Own, a.own != b.own);
    check(ActorCol::X, a.pos.map(|p| p[0]) != b.pos.map(|p| p[0]));
    check(ActorCol::Y, a.pos.map(|p| p[1]) != b.pos.map(|p| p[1]));
    check(ActorCol::Pinned, a.pinned != b.pinned);
    c
}

fn relation_changes(a: &Relation, b: &Relation) -> Vec<RelationCol> {
    let mut c = Vec::new();
    let mut check = |col, differs: bool| {
        if differs {
            c.push(col);
        }
    };
    check(RelationCol::From, a.from != b.from);
    check(RelationCol::To, a.to != b.to);
    check(RelationCol::Type, a.role != b.role);
    check(RelationCol::Direction, a.directed != b.directed);
    check(RelationCol::Strength, a.importance != b.importance);
    check(RelationCol::Flows, a.flows != b.flows);
    check(RelationCol::Status, a.status != b.status);
    check(RelationCol::Intensity, a.intensity != b.intensity);
    check(RelationCol::Formality, a.formality != b.formality);
    check(RelationCol::Intent, a.intent != b.intent);
    check(RelationCol::Notes, a.notes != b.notes);
    c
}
