//! Data exports and imports: golden files of the example project, round trips (proptest),
//! the spreadsheet edit round trip, undo of an import, hostile text, Kumu and NetworkX files,
//! and the `export` and `import` subcommands.
//!
//! Regenerate the golden files after a deliberate change with
//! `UPDATE_GOLDEN=1 cargo test --test data_interop`.

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use verkosto::export::data::{csv, gexf, graphml, xlsx};
use verkosto::i18n::Lang;
use verkosto::import::{self, ImportOptions, ImportPlan, Source};
use verkosto::model::{
    Actor, ActorId, Catalogs, Formality, Intensity, Intent, Project, Relation, RelationId, RelationStatus, Ring, Sector,
};

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("golden file exists (UPDATE_GOLDEN=1 writes it)");
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!("{name} differs from the golden file, first at line {line}");
    }
}

fn example() -> Project {
    verkosto::example::project()
}

/// An empty project with `p`'s lists, so that an import finds every kind, role and flow.
fn with_lists_of(p: &Project) -> Project {
    Project {
        catalogs: p.catalogs.clone(),
        ..Project::new()
    }
}

fn import_into(project: &Project, source: &Source) -> Project {
    let plan = ImportPlan::build(project, source);
    assert!(plan.refused.is_empty(), "refused: {:?}", plan.summary(Lang::En));
    let mut out = project.clone();
    if let Some(edit) = plan.edit(ImportOptions::default()) {
        out.apply(edit).expect("the import applies");
    }
    out
}

fn csv_source(project: &Project, lang: Lang) -> Source {
    let (actors, relations) = csv::to_csv(project, lang);
    Source {
        actors: Some(import::csv::parse(actors.as_bytes(), "actors.csv").expect("actors.csv parses")),
        relations: Some(import::csv::parse(relations.as_bytes(), "relations.csv").expect("relations.csv parses")),
        guarded: true,
    }
}

fn xlsx_source(project: &Project, lang: Lang) -> Source {
    let bytes = xlsx::to_xlsx(project, lang).expect("the workbook is written");
    import::xlsx::read(&bytes, "test.xlsx").expect("the workbook reads")
}

fn graphml_source(project: &Project) -> Source {
    import::graphml::read(graphml::to_graphml(project).as_bytes(), "test.graphml").expect("the GraphML reads")
}

#[test]
fn example_exports_match_the_golden_files() {
    let p = example();
    let (actors, relations) = csv::to_csv(&p, Lang::En);
    golden("example_actors.csv", &actors);
    golden("example_relations.csv", &relations);
    let (actors_fi, _) = csv::to_csv(&p, Lang::Fi);
    golden("example_actors_fi.csv", &actors_fi);
    golden("example.graphml", &graphml::to_graphml(&p));
    golden("example.gexf", &gexf::to_gexf(&p, Lang::En));
}

#[test]
fn kumu_columns_come_first_and_ids_lead() {
    let (actors, relations) = csv::to_csv(&example(), Lang::En);
    assert!(
        actors.starts_with("\u{feff}ID,Label,Type,Description,Tags,"),
        "{}",
        &actors[..80]
    );
    assert!(relations.starts_with("\u{feff}ID,From,To,Type,Direction,Strength,"));
    let (actors_fi, _) = csv::to_csv(&example(), Lang::Fi);
    assert!(actors_fi.starts_with("\u{feff}Tunnus,Nimi,Tyyppi,Kuvaus,Tunnisteet,"));
}

#[test]
fn the_workbook_is_the_same_bytes_every_time_with_kumus_sheets() {
    let p = example();
    let a = xlsx::to_xlsx(&p, Lang::En).expect("workbook");
    let b = xlsx::to_xlsx(&p, Lang::En).expect("workbook");
    assert_eq!(a, b, "the workbook is deterministic");
    let source = import::xlsx::read(&a, "x.xlsx").expect("reads");
    assert_eq!(source.actors.as_ref().map(|s| s.name.as_str()), Some("Elements"));
    assert_eq!(source.relations.as_ref().map(|s| s.name.as_str()), Some("Connections"));
    let headers = &source.actors.as_ref().expect("actors").headers;
    assert_eq!(&headers[..5], ["ID", "Label", "Type", "Description", "Tags"]);
}

#[test]
fn the_example_survives_every_format_exactly() {
    let p = example();
    for (format, source) in [
        ("csv en", csv_source(&p, Lang::En)),
        ("csv fi", csv_source(&p, Lang::Fi)),
        ("xlsx en", xlsx_source(&p, Lang::En)),
        ("xlsx fi", xlsx_source(&p, Lang::Fi)),
        ("graphml", graphml_source(&p)),
    ] {
        let back = import_into(&with_lists_of(&p), &source);
        assert_eq!(back.actors, p.actors, "{format}: actors");
        assert_eq!(back.relations, p.relations, "{format}: relations");
    }
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let p = example();
    let plan = ImportPlan::build(&p, &xlsx_source(&p, Lang::En));
    assert!(plan.is_empty(), "{:?}", plan.summary(Lang::En));
    assert_eq!(plan.unchanged_actors, p.actors.len());
    assert_eq!(plan.unchanged_relations, p.relations.len());
}

/// The text of a workbook's cells, as a spreadsheet program holds them.
fn workbook_cells(bytes: &[u8]) -> Vec<(String, Vec<Vec<calamine::Data>>)> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("opens");
    wb.sheet_names()
        .into_iter()
        .map(|name| {
            let range = wb.worksheet_range(&name).expect("sheet");
            (name, range.rows().map(<[calamine::Data]>::to_vec).collect())
        })
        .collect()
}

/// Writes cells back as a spreadsheet program would save them.
fn save_workbook(sheets: &[(String, Vec<Vec<calamine::Data>>)]) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).expect("name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    calamine::Data::String(s) => {
                        ws.write_string(r, c, s).expect("cell");
                    }
                    calamine::Data::Float(f) => {
                        ws.write_number(r, c, *f).expect("cell");
                    }
                    calamine::Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).expect("cell");
                    }
                    _ => {}
                }
            }
        }
    }
    wb.save_to_buffer().expect("saves")
}

#[test]
fn an_edited_workbook_updates_adds_and_reports_exactly_that() {
    let p = example();
    let mut sheets = workbook_cells(&xlsx::to_xlsx(&p, Lang::En).expect("workbook"));
    let elements = &mut sheets[0].1;
    let description = elements[0].iter().position(|h| *h == "Description").expect("column");
    // A cell changed (the second actor's description), a row added (no id), a row removed.
    elements[2][description] = calamine::Data::String("Muutettu kuvaus".into());
    let mut new_row = vec![calamine::Data::Empty; elements[0].len()];
    new_row[1] = calamine::Data::String("Uusi toimija".into());
    elements.push(new_row);
    let removed = elements.remove(3);
    let removed_id = ActorId(removed[0].to_string().parse().expect("an id"));
    let edited = save_workbook(&sheets);

    let source = import::xlsx::read(&edited, "edited.xlsx").expect("reads");
    let plan = ImportPlan::build(&p, &source);
    assert!(plan.refused.is_empty());
    assert_eq!(plan.updated_actors.len(), 1, "{:?}", plan.summary(Lang::En));
    let update = &plan.updated_actors[0];
    assert_eq!(update.before.id, p.actors[1].id);
    assert_eq!(update.after.description, "Muutettu kuvaus");
    assert_eq!(update.changed, [verkosto::export::data::ActorCol::Description]);
    assert_eq!(plan.added_actors.len(), 1);
    assert_eq!(plan.added_actors[0].name, "Uusi toimija");
    assert_eq!(plan.added_actors[0].id, p.next_actor_id());
    assert_eq!(plan.absent_actors, [removed_id]);
    assert_eq!(plan.unchanged_actors, p.actors.len() - 2);
    assert!(plan.added_relations.is_empty() && plan.updated_relations.is_empty());
    assert!(
        plan.summary(Lang::Fi)[1].contains("Kuvaus"),
        "{:?}",
        plan.summary(Lang::Fi)
    );

    let mut after = p.clone();
    after
        .apply(plan.edit(ImportOptions::default()).expect("no errors"))
        .expect("applies");
    assert_eq!(after.actors.len(), p.actors.len() + 1, "updated by id, not duplicated");
    assert!(
        after.actor(removed_id).is_some(),
        "a removed row keeps its actor unless asked"
    );
    let mut removing = p.clone();
    let edit = plan.edit(ImportOptions {
        remove_absent: true,
        ..ImportOptions::default()
    });
    removing.apply(edit.expect("edit")).expect("applies");
    assert!(removing.actor(removed_id).is_none());
}

#[test]
fn without_the_id_column_rows_update_by_name() {
    let p = example();
    let mut sheets = workbook_cells(&xlsx::to_xlsx(&p, Lang::En).expect("workbook"));
    for (_, rows) in &mut sheets {
        for row in rows.iter_mut() {
            row.remove(0);
        }
    }
    // Without the ID column, Type is the second column.
    sheets[0].1[1][1] = calamine::Data::String("Funder".into());
    let plan = ImportPlan::build(
        &p,
        &import::xlsx::read(&save_workbook(&sheets), "x.xlsx").expect("reads"),
    );
    assert!(plan.refused.is_empty(), "{:?}", plan.summary(Lang::En));
    assert!(plan.added_actors.is_empty(), "no duplicates");
    assert_eq!(plan.updated_actors.len(), 1);
    assert_eq!(plan.updated_actors[0].after.kind, "funder");
    assert!(plan.added_relations.is_empty(), "relations matched by their ends");
}

#[test]
fn undoing_an_import_restores_the_project_exactly_and_redo_repeats_it() {
    let p = example();
    let source = import::csv::read_pair(
        Some(&fixture("kumu/elements.csv")),
        Some(&fixture("kumu/connections.csv")),
    )
    .expect("reads");
    let mut edited = p.clone();
    let mut sheets = workbook_cells(&xlsx::to_xlsx(&p, Lang::En).expect("workbook"));
    sheets[0].1[1][3] = calamine::Data::String("Toinen kuvaus".into());
    let update = import::xlsx::read(&save_workbook(&sheets), "x.xlsx").expect("reads");
    for source in [source, update] {
        let plan = ImportPlan::build(&edited, &source);
        let before = edited.clone();
        let undo = edited
            .apply(plan.edit(ImportOptions::default()).expect("edit"))
            .expect("applies");
        let after = edited.clone();
        assert_ne!(after, before);
        let redo = edited.apply(undo).expect("undo applies");
        assert_eq!(edited, before, "undo restores exactly");
        edited.apply(redo).expect("redo applies");
        assert_eq!(edited, after, "redo repeats exactly");
    }
}

#[test]
fn an_import_with_refused_rows_changes_nothing_unless_bad_rows_are_skipped() {
    let actors = "Label,Importance,Ring\nHyvä,3,core\nHuono,7,core\nToinen huono,2,ulkoavaruus\n,3,core\n";
    let relations = "From,To,Direction\nHyvä,Huono,directed\nHyvä,Hyvä,sideways\n";
    let source = Source {
        actors: Some(import::csv::parse(actors.as_bytes(), "actors.csv").expect("parses")),
        relations: Some(import::csv::parse(relations.as_bytes(), "relations.csv").expect("parses")),
        guarded: true,
    };
    let plan = ImportPlan::build(&Project::new(), &source);
    let reasons: Vec<String> = plan.refused.iter().map(|r| r.message(Lang::En)).collect();
    assert_eq!(
        reasons,
        [
            "actors.csv, row 3: The value \u{201c}7\u{201d} in the column Importance is not a whole number from 1 to 5.",
            "actors.csv, row 4: The value \u{201c}ulkoavaruus\u{201d} in the column Ring is not known.",
            "actors.csv, row 5: The actor has no name.",
            "relations.csv, row 2: The actor \u{201c}Huono\u{201d} in the column To is neither in the file nor in the project.",
            "relations.csv, row 3: The value \u{201c}sideways\u{201d} in the column Direction is not known.",
        ]
    );
    assert!(
        plan.refused[0]
            .message(Lang::Fi)
            .starts_with("actors.csv, rivi 3: Sarakkeen Tärkeys")
    );
    assert!(plan.edit(ImportOptions::default()).is_none(), "errors change nothing");
    let mut p = Project::new();
    let edit = plan.edit(ImportOptions {
        skip_bad_rows: true,
        ..ImportOptions::default()
    });
    p.apply(edit.expect("the good rows")).expect("applies");
    assert_eq!(p.actors.len(), 1);
    assert_eq!(p.actors[0].name, "Hyvä");
    assert_eq!(p.actors[0].ring, Ring::Core);
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn check_kumu_import(p: &Project) {
    let names: Vec<&str> = p.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Aurinkokoti Oy", "Kela", "Seniorit ry"]);
    assert_eq!(p.actors[0].kind, "company");
    assert_eq!(p.actors[1].kind, "public");
    assert_eq!(p.actors[0].tags, ["care", "private"]);
    assert_eq!(p.actors[2].tags, ["volunteers", "third sector"]);
    let association = p
        .catalogs
        .actor_kinds
        .get(&p.actors[2].kind)
        .expect("the new kind is in the list");
    assert_eq!(association.label(Lang::En), "Association");
    assert_eq!(p.relations.len(), 3);
    assert_eq!(
        (p.relations[0].from, p.relations[0].to),
        (p.actors[0].id, p.actors[1].id)
    );
    assert!(p.relations[0].directed);
    assert!(!p.relations[1].directed);
    assert_eq!(p.relations[0].role, "funder");
    assert!(p.catalogs.relation_roles.0.iter().any(|r| r.en == "Information flow"));
    assert!(p.problems().is_empty(), "{:?}", p.problems());
}

#[test]
fn a_kumu_workbook_and_csv_pair_import_as_they_are() {
    let csv = import::csv::read_pair(
        Some(&fixture("kumu/elements.csv")),
        Some(&fixture("kumu/connections.csv")),
    )
    .expect("reads");
    check_kumu_import(&import_into(&Project::new(), &csv));
    let workbook = import::read_path(&fixture("kumu/kumu.xlsx")).expect("reads");
    check_kumu_import(&import_into(&Project::new(), &workbook));
}

#[test]
fn two_csv_files_chosen_together_are_told_apart_by_their_headers_in_either_order() {
    let (elements, connections) = (fixture("kumu/elements.csv"), fixture("kumu/connections.csv"));
    for pair in [[&elements, &connections], [&connections, &elements]] {
        let paths: Vec<&Path> = pair.iter().map(|p| p.as_path()).collect();
        let source = import::read_paths(&paths).expect("reads");
        check_kumu_import(&import_into(&Project::new(), &source));
    }
    // A relation CSV alone is a relation table, not actors named "From".
    let relations = import::read_path(&connections).expect("reads");
    assert!(relations.actors.is_none() && relations.relations.is_some());
}

#[test]
fn two_actor_tables_or_a_workbook_with_a_csv_are_refused_with_a_sentence() {
    let elements = fixture("kumu/elements.csv");
    let same = import::read_paths(&[elements.as_path(), elements.as_path()]).expect_err("refused");
    let text = same.message(Lang::En);
    assert!(text.contains("elements.csv") && text.contains("From and To"), "{text}");
    let workbook = fixture("kumu/kumu.xlsx");
    let mixed = import::read_paths(&[workbook.as_path(), elements.as_path()]).expect_err("refused");
    assert!(mixed.message(Lang::Fi).starts_with("Valitse yksi työkirja"));
}

#[test]
fn the_review_tells_each_changed_value_before_and_after() {
    let p = example();
    let mut edited = p.clone();
    edited.actors[1].importance = if p.actors[1].importance == 5 { 1 } else { 5 };
    edited.actors[1].description = "x".repeat(100);
    let source = csv_source(&edited, Lang::En);
    let plan = ImportPlan::build(&p, &source);
    let line = plan
        .summary(Lang::En)
        .into_iter()
        .find(|l| l.contains(&p.actors[1].name))
        .expect("a line for the changed actor");
    let importance = format!(
        "Importance {} → {}",
        p.actors[1].importance, edited.actors[1].importance
    );
    assert!(line.contains(&importance), "{line}");
    assert!(
        line.contains(&format!("→ {}…", "x".repeat(39))),
        "long values are shortened: {line}"
    );
}

#[test]
fn a_graphml_written_by_networkx_imports() {
    let source = import::read_path(&fixture("networkx.graphml")).expect("reads");
    let p = import_into(&Project::new(), &source);
    let names: Vec<&str> = p.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Kaupunki", "Yhdistys ry", "Yritys Oy"]);
    assert_eq!(p.actors[1].kind, "ngo");
    assert_eq!(p.actors[1].importance, 4);
    assert_eq!(p.relations.len(), 2);
    assert_eq!(p.relations[0].role, "funder");
    assert!(p.relations.iter().all(|r| r.directed), "edgedefault=directed");
    assert!(p.problems().is_empty());
    // A node without a name is called by its id.
    let bare = br#"<graphml><graph edgedefault="undirected"><node id="n7"/></graph></graphml>"#;
    let p = import_into(
        &Project::new(),
        &import::graphml::read(bare, "bare.graphml").expect("reads"),
    );
    assert_eq!(p.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["n7"]);
}

#[test]
fn xml_entities_are_never_expanded_nor_fetched() {
    let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml><key id="n" for="node" attr.name="label" attr.type="string"/><graph>
<node id="a1"><data key="n">&lol2;</data></node><node id="a2"><data key="n">&xxe;</data></node></graph></graphml>"#;
    let err = import::graphml::read(bomb.as_bytes(), "bomb.graphml").expect_err("refused");
    assert!(
        err.message(Lang::En)
            .contains("the XML entity &lol2;, which Verkosto does not expand"),
        "{}",
        err.message(Lang::En)
    );
    assert!(import::graphml::read(b"<graphml><graph><node id=", "broken.graphml").is_err());
}

/// A one-sheet workbook with `text` at row 0 and `far` (row, column, text) somewhere else.
fn workbook_with(far: Option<(u32, u16, &str)>) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Elements").expect("name");
    sheet.write_string(0, 0, "Label").expect("cell");
    sheet.write_string(1, 0, "Kela").expect("cell");
    if let Some((row, col, text)) = far {
        sheet.write_string(row, col, text).expect("cell");
    }
    book.save_to_buffer().expect("workbook")
}

#[test]
fn a_workbook_with_a_cell_at_the_far_corner_is_refused_without_a_huge_grid() {
    let bytes = workbook_with(Some((1_048_575, 16_383, "kaukana")));
    let err = import::xlsx::read(&bytes, "kulma.xlsx").expect_err("refused");
    assert!(
        err.message(Lang::En).contains("kulma.xlsx"),
        "{}",
        err.message(Lang::En)
    );
    // The same workbook without the far cell reads.
    let source = import::xlsx::read(&workbook_with(None), "ok.xlsx").expect("reads");
    assert_eq!(source.actors.expect("actors").rows.len(), 1);
}

#[test]
fn a_zip_bomb_is_refused_by_its_declared_size_before_unpacking() {
    let mut bytes = workbook_with(None);
    // Make every entry of the central directory declare 1 GB unpacked.
    let entry = [0x50, 0x4b, 0x01, 0x02];
    let starts: Vec<usize> = (0..bytes.len() - 4).filter(|&i| bytes[i..i + 4] == entry).collect();
    assert!(!starts.is_empty());
    for at in starts {
        bytes[at + 24..at + 28].copy_from_slice(&1_000_000_000u32.to_le_bytes());
    }
    let err = import::xlsx::read(&bytes, "pommi.xlsx").expect_err("refused");
    let text = err.message(Lang::Fi);
    assert!(text.contains("pommi.xlsx") && text.ends_with('.'), "{text}");
    // Not a zip at all: a sentence, no panic.
    assert!(import::xlsx::read(b"PK\x03\x04 ei zip", "rikki.xlsx").is_err());
}

const HOSTILE: &[&str] = &[
    "<script>alert('x')</script>",
    "\"Lainaus\" ja 'heittomerkki' & <b>",
    "مرحبا بالعالم \u{202e}kääntö",
    "Perhe 👩\u{200d}👩\u{200d}👧 ja 🇫🇮",
    "=cmd|' /C calc'!A0",
    "+SUM(A1)",
    "-2+3",
    "@import",
    "'alkaa heittomerkillä",
    "rivi 1\nrivi 2",
];

fn hostile_project() -> Project {
    let mut names: Vec<String> = HOSTILE.iter().map(|s| (*s).to_owned()).collect();
    names.push("X".repeat(10_000));
    let actors: Vec<Actor> = names
        .iter()
        .enumerate()
        .map(|(i, n)| Actor {
            id: ActorId(i as u32 + 1),
            name: n.clone(),
            description: n.clone(),
            tags: vec![n.replace('|', "/").replace('\n', " ")],
            ..Actor::default()
        })
        .collect();
    let relations = vec![Relation {
        id: RelationId(1),
        from: ActorId(1),
        to: ActorId(5),
        notes: HOSTILE[4].into(),
        ..Relation::default()
    }];
    Project {
        actors,
        relations,
        ..Project::new()
    }
}

#[test]
fn hostile_text_survives_every_format_escaped_or_guarded() {
    let p = hostile_project();
    let (actors_csv, relations_csv) = csv::to_csv(&p, Lang::En);
    assert!(actors_csv.contains(",'=cmd|' /C calc'!A0,"), "formula guarded in CSV");
    assert!(actors_csv.contains(",'+SUM(A1),") && actors_csv.contains(",'@import,"));
    assert!(!actors_csv.contains(",=cmd"), "no unguarded formula");
    assert!(relations_csv.contains("'=cmd"));
    let cells = workbook_cells(&xlsx::to_xlsx(&p, Lang::En).expect("workbook"));
    let texts: Vec<String> = cells[0].1.iter().flatten().map(ToString::to_string).collect();
    assert!(
        texts.iter().any(|t| t == "'=cmd|' /C calc'!A0"),
        "formula guarded in XLSX"
    );
    assert!(
        !texts.iter().any(|t| t.starts_with(['=', '+', '@'])),
        "no cell starts a formula"
    );
    let gml = graphml::to_graphml(&p);
    assert!(gml.contains("&lt;script&gt;") && !gml.contains("<script>"));
    let gexf = gexf::to_gexf(&p, Lang::En);
    assert!(gexf.contains("&lt;script&gt;") && !gexf.contains("<script>"));
    assert!(gexf.contains(&"X".repeat(10_000)));
    for (format, source) in [
        ("csv", csv_source(&p, Lang::En)),
        ("xlsx", xlsx_source(&p, Lang::Fi)),
        ("graphml", graphml_source(&p)),
    ] {
        let back = import_into(&with_lists_of(&p), &source);
        assert_eq!(back.actors, p.actors, "{format}");
        assert_eq!(back.relations, p.relations, "{format}");
    }
}

fn text() -> impl Strategy<Value = String> {
    // Printable text with quotes, separators, formula starts, markup and line breaks.
    proptest::string::string_regex("[a-zA-ZäöÅ0-9 ,;\"'=+@<>&|\\n-]{0,12}").expect("regex")
}

fn name() -> impl Strategy<Value = String> {
    text().prop_filter("a name is not blank", |s| !s.trim().is_empty())
}

fn tag() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zäö0-9=+][a-zäö0-9 ,=]{0,6}[a-z]").expect("regex")
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn project_strategy() -> impl Strategy<Value = Project> {
    let catalogs = Catalogs::default();
    let kinds: Vec<String> = catalogs.actor_kinds.0.iter().map(|k| k.key.clone()).collect();
    let roles: Vec<String> = catalogs.relation_roles.0.iter().map(|k| k.key.clone()).collect();
    let flows: Vec<String> = catalogs.flows.0.iter().map(|k| k.key.clone()).collect();
    let actor = (
        name(),
        proptest::sample::select(kinds),
        proptest::option::of(pick(Sector::ALL)),
        (text(), text(), text()),
        proptest::collection::vec(tag(), 0..3),
        pick(Ring::ALL),
        1u8..=5,
        proptest::option::of((-1.0e6f32..1.0e6, -1.0e6f32..1.0e6)),
        any::<bool>(),
    );
    let relation = (
        0usize..1000,
        0usize..1000,
        any::<bool>(),
        proptest::sample::select(roles),
        proptest::sample::subsequence(flows, 0..3),
        (
            pick(RelationStatus::ALL),
            pick(Intensity::ALL),
            pick(Formality::ALL),
            pick(Intent::ALL),
        ),
        1u8..=5,
        text(),
    );
    (
        proptest::collection::vec(actor, 1..8),
        proptest::collection::vec(relation, 0..8),
        proptest::option::of(0usize..8),
    )
        .prop_map(|(actors, relations, own)| {
            let n = actors.len();
            let actors: Vec<Actor> = actors
                .into_iter()
                .enumerate()
                .map(
                    |(i, (name, kind, sector, (role, description, contact), tags, ring, importance, pos, pinned))| {
                        Actor {
                            id: ActorId(2 * i as u32 + 3),
                            name,
                            kind,
                            sector,
                            role,
                            description,
                            contact,
                            tags,
                            ring,
                            importance,
                            own: own == Some(i),
                            pos: pos.map(|(x, y)| [x, y]),
                            pinned,
                        }
                    },
                )
                .collect();
            let relations = relations
                .into_iter()
                .enumerate()
                .map(
                    |(i, (a, b, directed, role, flows, (status, intensity, formality, intent), importance, notes))| {
                        Relation {
                            id: RelationId(i as u32 + 1),
                            from: actors[a % n].id,
                            to: actors[b % n].id,
                            directed,
                            role,
                            flows,
                            status,
                            importance,
                            intensity,
                            formality,
                            intent,
                            notes,
                        }
                    },
                )
                .collect();
            Project {
                actors,
                relations,
                ..Project::new()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn csv_export_then_import_gives_the_same_network(p in project_strategy(), fi in any::<bool>()) {
        let lang = if fi { Lang::Fi } else { Lang::En };
        let back = import_into(&Project::new(), &csv_source(&p, lang));
        prop_assert_eq!(back.actors, p.actors);
        prop_assert_eq!(back.relations, p.relations);
    }

    #[test]
    fn xlsx_export_then_import_gives_the_same_network(p in project_strategy(), fi in any::<bool>()) {
        let lang = if fi { Lang::Fi } else { Lang::En };
        let back = import_into(&Project::new(), &xlsx_source(&p, lang));
        prop_assert_eq!(back.actors, p.actors);
        prop_assert_eq!(back.relations, p.relations);
    }

    #[test]
    fn graphml_export_then_import_keeps_every_node_edge_and_field(p in project_strategy()) {
        let back = import_into(&Project::new(), &graphml_source(&p));
        prop_assert_eq!(back.actors, p.actors);
        prop_assert_eq!(back.relations, p.relations);
    }
}

fn verkosto(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_verkosto"))
        .args(args)
        .env("HOME", std::env::temp_dir())
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("verkosto-data-test-config"),
        )
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("runs")
}

#[test]
fn the_command_line_exports_and_imports() {
    let dir = tempfile::tempdir().expect("temp");
    let d = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    assert!(verkosto(&["example", "-o", &d("ex.ron")]).status.success());
    for format in ["csv", "xlsx", "graphml", "gexf"] {
        let out = verkosto(&[
            "export",
            &d("ex.ron"),
            "--format",
            format,
            "-o",
            &d(&format!("ex.{format}")),
            "--lang",
            "fi",
        ]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(dir.path().join("ex.csv/actors.csv").is_file() && dir.path().join("ex.csv/relations.csv").is_file());
    let example = example();
    for args in [
        vec!["import".to_owned(), d("ex.graphml"), "-o".into(), d("g.ron")],
        vec!["import".to_owned(), d("ex.xlsx"), "-o".into(), d("x.ron")],
        vec![
            "import".to_owned(),
            "--actors".into(),
            d("ex.csv/actors.csv"),
            "--relations".into(),
            d("ex.csv/relations.csv"),
            "-o".into(),
            d("c.ron"),
        ],
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = verkosto(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = verkosto::io::load(Path::new(args[args.len() - 1])).expect("the project loads");
        assert_eq!(written.actors.len(), example.actors.len());
        assert_eq!(written.relations.len(), example.relations.len());
    }
    let bad = verkosto(&["export", &d("ex.ron"), "--format", "docx", "-o", &d("x")]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("Unknown export format docx"));
    std::fs::write(dir.path().join("bad.csv"), "Label,Importance\nA,9\n").expect("write");
    let refused = verkosto(&["import", "--actors", &d("bad.csv"), "-o", &d("bad.ron")]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("nothing was imported"));
    assert!(!dir.path().join("bad.ron").exists(), "nothing written");
    let skipped = verkosto(&[
        "import",
        "--actors",
        &d("bad.csv"),
        "-o",
        &d("bad.ron"),
        "--skip-bad-rows",
    ]);
    assert!(skipped.status.success());
}
