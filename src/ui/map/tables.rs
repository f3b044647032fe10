//! The actors and relations tables beside the map: sortable, filterable and editable, so that
//! the whole network can be built with the keyboard and by screen-reader users. Only the
//! visible rows are laid out, so thousands of actors scroll smoothly; Up and Down move the
//! selection through the rows. Both tables are drawn by one engine (`engine`).

mod actors;
mod engine;
mod relations;

pub use actors::{ActorTable, actor_rows, actors};
pub use relations::{RelationTable, relation_rows, relations};

use crate::analysis::cache::Fingerprint;
use crate::i18n::Lang;
use crate::model::{Catalog, Project, Relation};
use std::cmp::Ordering;

crate::messages! {
    FILTER = "Suodata", "Filter";
    ACTOR_FILTER_HINT = "nimi, rooli, tyyppi tai tunniste", "name, role, kind or tag";
    RELATION_FILTER_HINT = "toimija, rooli tai virta", "actor, role or flow";
    ADD_ACTOR = "+ Lisää toimija", "+ Add actor";
    DELETE_SELECTED = "🗑 Poista valitut ({count})", "🗑 Delete selected ({count})";
    DELETE_SELECTED_TIP = "Poistaa valitut toimijat ja niiden {relations} suhdetta (myös Delete-näppäin). Poiston voi kumota (Ctrl+Z).", "Deletes the selected actors and their {relations} relations (or press Delete). You can undo this (Ctrl+Z).";
    ACTORS_SHOWN = "{shown}/{total} toimijaa", "{shown} of {total} actors";
    NO_ACTORS = "Ei vielä toimijoita. Lisää ensimmäinen yllä olevalla painikkeella tai kaksoisnapsauttamalla karttaa.", "No actors yet. Add the first one with the button above or by double-clicking the map.";
    NO_ACTOR_MATCHES = "Yksikään toimija ei vastaa suodatinta.", "No actor matches the filter.";
    SELECT_HINT = "Napsauta riviä valitaksesi; Ctrl+napsautus lisää valintaan, Vaihto+napsautus valitsee välin.", "Click a row to select it; Ctrl+click adds to the selection, Shift+click selects a range.";
    OWN_MARK = "Oma organisaatio", "Own organisation";
    KIND_OF = "Tyyppi: {name}", "Kind of {name}";
    RING_OF = "Kehä: {name}", "Ring of {name}";
    SECTOR_OF = "Sektori: {name}", "Sector of {name}";
    IMPORTANCE_OF = "Merkitys: {name}", "Importance of {name}";
    ADD_RELATION = "+ Lisää suhde", "+ Add relation";
    PICK_FROM = "Valitse toimija…", "Choose an actor…";
    NEW_RELATION_FROM = "Uuden suhteen alkupää", "New relation from";
    NEW_RELATION_TO = "Uuden suhteen loppupää", "New relation to";
    ADD_RELATION_TIP = "Valitse ensin kaksi eri toimijaa.", "Choose two different actors first.";
    DELETE_RELATION = "🗑 Poista valittu suhde", "🗑 Delete the selected relation";
    RELATIONS_SHOWN = "{shown}/{total} suhdetta", "{shown} of {total} relations";
    NO_RELATIONS = "Ei vielä suhteita. Lisää suhde valitsemalla kaksi toimijaa yllä.", "No relations yet. Add one by choosing two actors above.";
    NO_RELATION_MATCHES = "Yksikään suhde ei vastaa suodatinta.", "No relation matches the filter.";
    ROLE_OF = "Rooli: {name}", "Role in {name}";
    STATUS_OF = "Tila: {name}", "Status of {name}";
    RELATION_IMPORTANCE_OF = "Merkitys: {name}", "Importance of {name}";
    DIRECTED_OF = "Suunnattu: {name}", "Directed: {name}";
    PENDING = "…", "…";
}

/// Sort order of a table: a column and its direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Sort<C> {
    /// The column sorted by.
    pub column: C,
    /// Largest or last first.
    pub descending: bool,
}

impl<C: PartialEq + Copy> Sort<C> {
    /// The order after clicking `column`'s header: ascending first, then descending, then back.
    pub fn toggle(current: Option<Sort<C>>, column: C) -> Option<Sort<C>> {
        match current {
            Some(s) if s.column == column && !s.descending => Some(Sort {
                column,
                descending: true,
            }),
            Some(s) if s.column == column => None,
            _ => Some(Sort {
                column,
                descending: false,
            }),
        }
    }
}

/// The columns of the actors table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActorColumn {
    /// Name.
    Name,
    /// Kind (by its label).
    Kind,
    /// Membership ring.
    Ring,
    /// Sector; actors without one come last.
    Sector,
    /// Importance 1–5.
    Importance,
    /// Degree (from the network analysis).
    Degree,
    /// Betweenness.
    Betweenness,
    /// Closeness.
    Closeness,
    /// Tags.
    Tags,
}

/// The columns of the relations table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationColumn {
    /// The actor the relation starts from.
    From,
    /// The actor it goes to.
    To,
    /// Role relative to us.
    Role,
    /// What flows.
    Flows,
    /// Current, past or potential.
    Status,
    /// Importance 1–5.
    Importance,
    /// Directed or mutual.
    Directed,
}

/// `f64` ordered by `total_cmp`, for sorting by metrics.
#[derive(Clone, Copy, PartialEq)]
struct Num(f64);

impl Eq for Num {}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Num {
    fn cmp(&self, other: &Num) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Sorts `rows` by `key`, stably: equal keys keep the file's order in both directions.
fn sort_rows<K: Ord>(rows: &mut Vec<usize>, key: impl Fn(usize) -> K, descending: bool) {
    let mut keyed: Vec<(K, usize)> = rows.iter().map(|&i| (key(i), i)).collect();
    keyed.sort_by(|a, b| if descending { b.0.cmp(&a.0) } else { a.0.cmp(&b.0) });
    *rows = keyed.into_iter().map(|(_, i)| i).collect();
}

fn flows_text(project: &Project, relation: &Relation, lang: Lang) -> String {
    relation
        .flows
        .iter()
        .map(|k| project.catalogs.flows.label(k, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A fingerprint of what every table's row order depends on: the language, the filter and the
/// sort (the sorted column's number and direction); the table adds its rows' own data.
fn order_start(lang: Lang, filter: &str, sort: Option<(u64, bool)>) -> Fingerprint {
    let mut h = Fingerprint::new();
    h.add(lang as u64);
    h.add_str(filter);
    h.add(sort.map_or(0, |(column, descending)| 1 + column * 2 + u64::from(descending)));
    h
}

/// Mixes a list's keys and labels in `lang` into `h` (the order of rows sorted or filtered by
/// a label changes with them).
fn add_catalog(h: &mut Fingerprint, catalog: &Catalog, lang: Lang) {
    for item in &catalog.0 {
        h.add_str(&item.key);
        h.add_str(item.label(lang));
    }
}

/// Mixes the actors' ids and names into `h`.
fn add_names(h: &mut Fingerprint, project: &Project) {
    for a in &project.actors {
        h.add(u64::from(a.id.0));
        h.add_str(&a.name);
    }
}
