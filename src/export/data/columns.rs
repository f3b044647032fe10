//! The columns of the actor and relation tables, in Kumu's layout (Elements: `ID, Label, Type,
//! Description, Tags`; Connections: `ID, From, To, Type, Direction, Strength`) followed by our
//! own fields. CSV and XLSX write these tables; the importers match headers against them.

use super::{coordinate, guard};
use crate::i18n::{Lang, Tr};
use crate::model::{Actor, ActorId, Catalog, Catalogs, Project, Relation};

/// One cell of an exported table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text, already guarded against formula execution.
    Text(String),
    /// A number (written as a number cell in workbooks).
    Number(f64),
}

impl Cell {
    /// The cell as CSV text.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => super::number(*n),
        }
    }
}

/// A table: a header row and data rows of the same width.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column headers in the export language.
    pub headers: Vec<String>,
    /// Data rows.
    pub rows: Vec<Vec<Cell>>,
}

macro_rules! columns {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => ($fi:literal, $en:literal, [$($alias:literal),*]),)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)+
        }

        impl $name {
            /// Every column in the exported order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The column's header in both languages.
            pub fn header(self) -> Tr {
                match self {
                    $($name::$variant => Tr::new($fi, $en),)+
                }
            }

            /// Other names the column is known by (GraphML keys, other tools' headers).
            pub fn aliases(self) -> &'static [&'static str] {
                match self {
                    $($name::$variant => &[$($alias),*],)+
                }
            }
        }
    };
}

columns! {
    /// A column of the actor table (Kumu's Elements sheet).
    ActorCol {
        /// The actor's id.
        Id => ("Tunnus", "ID", ["id", "tunniste"]),
        /// Name.
        Label => ("Nimi", "Label", ["name", "label", "toimija"]),
        /// Kind (label in the export language).
        Type => ("Tyyppi", "Type", ["kind", "laji"]),
        /// Description.
        Description => ("Kuvaus", "Description", ["description"]),
        /// Tags joined with `|`.
        Tags => ("Tunnisteet", "Tags", ["tags", "avainsanat"]),
        /// Sector.
        Sector => ("Sektori", "Sector", ["sector"]),
        /// Role in the network.
        Role => ("Rooli", "Role", ["role"]),
        /// Contact.
        Contact => ("Yhteystiedot", "Contact", ["contact", "yhteyshenkilö"]),
        /// Membership ring.
        Ring => ("Kehä", "Ring", ["ring"]),
        /// Importance 1–5.
        Importance => ("Tärkeys", "Importance", ["importance"]),
        /// Whether this is the own organisation.
        Own => ("Oma organisaatio", "Own organisation", ["own"]),
        /// Position x.
        X => ("X", "X", ["x"]),
        /// Position y.
        Y => ("Y", "Y", ["y"]),
        /// Pinned on the map.
        Pinned => ("Kiinnitetty", "Pinned", ["pinned"]),
    }
}

columns! {
    /// A column of the relation table (Kumu's Connections sheet).
    RelationCol {
        /// The relation's id.
        Id => ("Tunnus", "ID", ["id", "tunniste"]),
        /// The start actor's name.
        From => ("Mistä", "From", ["from", "source", "lähde"]),
        /// The end actor's name.
        To => ("Mihin", "To", ["to", "target", "kohde"]),
        /// Relation role (label in the export language).
        Type => ("Tyyppi", "Type", ["role", "rooli"]),
        /// `directed` or `mutual`.
        Direction => ("Suunta", "Direction", ["direction", "directed"]),
        /// Importance 1–5.
        Strength => ("Vahvuus", "Strength", ["strength", "importance", "tärkeys"]),
        /// Flows joined with `|`.
        Flows => ("Virrat", "Flows", ["flows", "sisältö"]),
        /// Current, past or potential.
        Status => ("Tila", "Status", ["status"]),
        /// How often active.
        Intensity => ("Tiheys", "Intensity", ["intensity"]),
        /// How formal.
        Formality => ("Muodollisuus", "Formality", ["formality"]),
        /// What we intend.
        Intent => ("Aikomus", "Intent", ["intent"]),
        /// Notes.
        Notes => ("Muistiinpanot", "Notes", ["notes", "description", "kuvaus"]),
        /// The start actor's id.
        FromId => ("Mistä-tunnus", "From ID", ["from_id", "fromid"]),
        /// The end actor's id.
        ToId => ("Mihin-tunnus", "To ID", ["to_id", "toid"]),
    }
}

/// The machine name of an enum variant (`Core` → `core`), used in GraphML and GEXF.
pub fn machine_name(value: impl std::fmt::Debug) -> String {
    format!("{value:?}").to_lowercase()
}

/// `yes`/`no` in `lang`.
pub fn yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::Fi) => "kyllä",
        (false, Lang::Fi) => "ei",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

/// The word for a relation's direction; Kumu's `directed`/`mutual` in English.
pub fn direction(directed: bool, lang: Lang) -> &'static str {
    match (directed, lang) {
        (true, Lang::Fi) => "suunnattu",
        (false, Lang::Fi) => "molemminpuolinen",
        (true, Lang::En) => "directed",
        (false, Lang::En) => "mutual",
    }
}

fn text(value: &str) -> Cell {
    Cell::Text(guard(value).into_owned())
}

fn labels(catalog: &Catalog, keys: &[String], lang: Lang) -> String {
    keys.iter()
        .map(|k| catalog.label(k, lang))
        .collect::<Vec<_>>()
        .join("|")
}

/// The actor cell of `column`: numbers as numbers, text guarded against formula execution.
fn actor_cell(project: &Project, a: &Actor, column: ActorCol, lang: Lang) -> Cell {
    match column {
        ActorCol::Id => Cell::Number(a.id.0.into()),
        ActorCol::Importance => Cell::Number(a.importance.into()),
        ActorCol::X => a.pos.map_or(Cell::Text(String::new()), |p| coordinate_cell(p[0])),
        ActorCol::Y => a.pos.map_or(Cell::Text(String::new()), |p| coordinate_cell(p[1])),
        _ => text(&actor_value(&project.catalogs, a, column, lang)),
    }
}

/// The value of an actor's `column` as plain text in `lang` (unguarded: for showing, not for
/// spreadsheets), with kinds named from `catalogs`.
pub fn actor_value(catalogs: &Catalogs, a: &Actor, column: ActorCol, lang: Lang) -> String {
    match column {
        ActorCol::Id => a.id.0.to_string(),
        ActorCol::Label => a.name.clone(),
        ActorCol::Type => catalogs.actor_kinds.label(&a.kind, lang).to_owned(),
        ActorCol::Description => a.description.clone(),
        ActorCol::Tags => a.tags.join("|"),
        ActorCol::Sector => a.sector.map_or("", |s| s.label().get(lang)).to_owned(),
        ActorCol::Role => a.role.clone(),
        ActorCol::Contact => a.contact.clone(),
        ActorCol::Ring => a.ring.label().get(lang).to_owned(),
        ActorCol::Importance => a.importance.to_string(),
        ActorCol::Own => yes_no(a.own, lang).to_owned(),
        ActorCol::X => a.pos.map_or_else(String::new, |p| coordinate(p[0])),
        ActorCol::Y => a.pos.map_or_else(String::new, |p| coordinate(p[1])),
        ActorCol::Pinned => yes_no(a.pinned, lang).to_owned(),
    }
}

/// A coordinate as the `f64` whose shortest form is the `f32`'s shortest form, so a spreadsheet
/// shows `12.5`, not `12.5000000001`.
fn coordinate_cell(value: f32) -> Cell {
    Cell::Number(coordinate(value).parse::<f64>().unwrap_or(f64::from(value)))
}

fn relation_cell(project: &Project, r: &Relation, column: RelationCol, lang: Lang) -> Cell {
    match column {
        RelationCol::Id => Cell::Number(r.id.0.into()),
        RelationCol::Strength => Cell::Number(r.importance.into()),
        RelationCol::FromId => Cell::Number(r.from.0.into()),
        RelationCol::ToId => Cell::Number(r.to.0.into()),
        _ => text(&relation_value(&project.catalogs, r, column, lang, |id| {
            project.actor_name(id)
        })),
    }
}

/// The value of a relation's `column` as plain text in `lang` (unguarded), with roles and flows
/// named from `catalogs` and actors by `name`.
pub fn relation_value(
    catalogs: &Catalogs,
    r: &Relation,
    column: RelationCol,
    lang: Lang,
    name: impl Fn(ActorId) -> String,
) -> String {
    match column {
        RelationCol::Id => r.id.0.to_string(),
        RelationCol::From => name(r.from),
        RelationCol::To => name(r.to),
        RelationCol::Type => catalogs.relation_roles.label(&r.role, lang).to_owned(),
        RelationCol::Direction => direction(r.directed, lang).to_owned(),
        RelationCol::Strength => r.importance.to_string(),
        RelationCol::Flows => labels(&catalogs.flows, &r.flows, lang),
        RelationCol::Status => r.status.label().get(lang).to_owned(),
        RelationCol::Intensity => r.intensity.label().get(lang).to_owned(),
        RelationCol::Formality => r.formality.label().get(lang).to_owned(),
        RelationCol::Intent => r.intent.label().get(lang).to_owned(),
        RelationCol::Notes => r.notes.clone(),
        RelationCol::FromId => r.from.0.to_string(),
        RelationCol::ToId => r.to.0.to_string(),
    }
}

/// The actor table (Elements) of `project` in `lang`.
pub fn actor_table(project: &Project, lang: Lang) -> Table {
    Table {
        headers: ActorCol::ALL.iter().map(|c| c.header().get(lang).to_owned()).collect(),
        rows: project
            .actors
            .iter()
            .map(|a| ActorCol::ALL.iter().map(|&c| actor_cell(project, a, c, lang)).collect())
            .collect(),
    }
}

/// The relation table (Connections) of `project` in `lang`.
pub fn relation_table(project: &Project, lang: Lang) -> Table {
    Table {
        headers: RelationCol::ALL
            .iter()
            .map(|c| c.header().get(lang).to_owned())
            .collect(),
        rows: project
            .relations
            .iter()
            .map(|r| {
                RelationCol::ALL
                    .iter()
                    .map(|&c| relation_cell(project, r, c, lang))
                    .collect()
            })
            .collect(),
    }
}
