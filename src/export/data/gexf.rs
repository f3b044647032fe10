//! GEXF 1.3 export with the map's positions (`viz:position`, y pointing up as in Gephi), the
//! actor kinds' colours (`viz:color`) and sizes by importance (`viz:size`), so Gephi opens the
//! network laid out as on our map. Every field is an attribute. As in GraphML the graph is
//! directed and each edge's own direction is the boolean attribute `directed` (NetworkX refuses
//! mixed GEXF graphs).

use super::columns::machine_name;
use super::coordinate;
use super::graphml::{EDGE_KEYS, NODE_KEYS, escape};
use crate::i18n::Lang;
use crate::model::Project;
use std::fmt::Write as _;

/// The grey used for a kind without a colour.
const NO_COLOUR: [u8; 3] = [0x99, 0x99, 0x99];

fn attributes(out: &mut String, class: &str, keys: &[(&str, &str)]) {
    let _ = writeln!(out, "    <attributes class=\"{class}\" mode=\"static\">");
    for (name, kind) in keys {
        // GEXF says "double" and "boolean" as GraphML does, but "integer" for GraphML's "int"
        // (GEXF 1.3 schema; NetworkX refuses "int"); positions are in viz, not here.
        if *name == "label" || *name == "x" || *name == "y" {
            continue;
        }
        let kind = if *kind == "int" { "integer" } else { kind };
        let _ = writeln!(out, "      <attribute id=\"{name}\" title=\"{name}\" type=\"{kind}\"/>");
    }
    out.push_str("    </attributes>\n");
}

fn values(out: &mut String, values: &[(&str, String)]) {
    out.push_str("        <attvalues>\n");
    for (name, value) in values {
        if value.is_empty() {
            continue;
        }
        let _ = writeln!(out, "          <attvalue for=\"{name}\" value=\"{}\"/>", escape(value));
    }
    out.push_str("        </attvalues>\n");
}

/// The project's network as a GEXF 1.3 document; edge labels are relation roles in `lang`.
pub fn to_gexf(project: &Project, lang: Lang) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    );
    let _ = writeln!(
        out,
        "  <meta>\n    <creator>Verkosto</creator>\n    <title>{}</title>\n  </meta>",
        escape(&project.meta.name)
    );
    out.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    attributes(&mut out, "node", NODE_KEYS);
    attributes(&mut out, "edge", EDGE_KEYS);
    out.push_str("    <nodes>\n");
    for a in &project.actors {
        let _ = writeln!(out, "      <node id=\"a{}\" label=\"{}\">", a.id, escape(&a.name));
        values(
            &mut out,
            &[
                ("kind", a.kind.clone()),
                ("sector", a.sector.map(machine_name).unwrap_or_default()),
                ("role", a.role.clone()),
                ("description", a.description.clone()),
                ("contact", a.contact.clone()),
                ("tags", a.tags.join("|")),
                ("ring", machine_name(a.ring)),
                ("importance", a.importance.to_string()),
                ("own", a.own.to_string()),
                ("pinned", a.pinned.to_string()),
            ],
        );
        let [r, g, b] = project
            .catalogs
            .actor_kinds
            .get(&a.kind)
            .and_then(|k| k.colour)
            .unwrap_or(NO_COLOUR);
        let _ = writeln!(out, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>");
        if let Some([x, y]) = a.pos {
            // Our map's y grows downwards, Gephi's upwards.
            let _ = writeln!(
                out,
                "        <viz:position x=\"{}\" y=\"{}\" z=\"0\"/>",
                coordinate(x),
                coordinate(-y)
            );
        }
        let _ = writeln!(out, "        <viz:size value=\"{}\"/>", 6 + 3 * u32::from(a.importance));
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for r in &project.relations {
        let label = project.catalogs.relation_roles.label(&r.role, lang);
        let _ = writeln!(
            out,
            "      <edge id=\"r{}\" source=\"a{}\" target=\"a{}\" weight=\"{}\" label=\"{}\">",
            r.id,
            r.from,
            r.to,
            r.importance,
            escape(label)
        );
        values(
            &mut out,
            &[
                ("role", r.role.clone()),
                ("flows", r.flows.join("|")),
                ("status", machine_name(r.status)),
                ("importance", r.importance.to_string()),
                ("intensity", machine_name(r.intensity)),
                ("formality", machine_name(r.formality)),
                ("intent", machine_name(r.intent)),
                ("notes", r.notes.clone()),
                ("directed", r.directed.to_string()),
            ],
        );
        out.push_str("      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}
