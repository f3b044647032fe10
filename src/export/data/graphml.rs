//! GraphML export with a typed `<key>` for every actor and relation field, read by yEd, Gephi,
//! Cytoscape and NetworkX. Nodes are `a<id>`, edges `r<id>`; the graph is written as directed
//! (`edgedefault="directed"`) so that every relation keeps its from → to order, and each edge's
//! own direction is the boolean `directed` (a mixed graph, which GraphML readers disagree on
//! otherwise).

use super::columns::machine_name;
use super::coordinate;
use crate::model::{Actor, Project, Relation};
use std::fmt::Write as _;

/// A GraphML attribute type (only strings are left out when empty).
#[derive(Clone, Copy)]
enum Kind {
    Str,
    Int,
    Bool,
    Double,
}

/// The node keys: (attribute name, type).
pub const NODE_KEYS: &[(&str, &str)] = &[
    ("label", "string"),
    ("kind", "string"),
    ("sector", "string"),
    ("role", "string"),
    ("description", "string"),
    ("contact", "string"),
    ("tags", "string"),
    ("ring", "string"),
    ("importance", "int"),
    ("own", "boolean"),
    ("x", "double"),
    ("y", "double"),
    ("pinned", "boolean"),
];

/// The edge keys: (attribute name, type).
pub const EDGE_KEYS: &[(&str, &str)] = &[
    ("role", "string"),
    ("flows", "string"),
    ("status", "string"),
    ("importance", "int"),
    ("intensity", "string"),
    ("formality", "string"),
    ("intent", "string"),
    ("notes", "string"),
    ("directed", "boolean"),
];

/// `text` escaped for XML element content and attribute values. Characters XML 1.0 cannot hold
/// at all (most C0 controls) become U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn actor_values(a: &Actor) -> Vec<(&'static str, String, Kind)> {
    let mut v = vec![
        ("label", a.name.clone(), Kind::Str),
        ("kind", a.kind.clone(), Kind::Str),
    ];
    if let Some(sector) = a.sector {
        v.push(("sector", machine_name(sector), Kind::Str));
    }
    v.extend([
        ("role", a.role.clone(), Kind::Str),
        ("description", a.description.clone(), Kind::Str),
        ("contact", a.contact.clone(), Kind::Str),
        ("tags", a.tags.join("|"), Kind::Str),
        ("ring", machine_name(a.ring), Kind::Str),
        ("importance", a.importance.to_string(), Kind::Int),
        ("own", a.own.to_string(), Kind::Bool),
    ]);
    if let Some([x, y]) = a.pos {
        v.push(("x", coordinate(x), Kind::Double));
        v.push(("y", coordinate(y), Kind::Double));
    }
    v.push(("pinned", a.pinned.to_string(), Kind::Bool));
    v
}

fn relation_values(r: &Relation) -> Vec<(&'static str, String, Kind)> {
    vec![
        ("role", r.role.clone(), Kind::Str),
        ("flows", r.flows.join("|"), Kind::Str),
        ("status", machine_name(r.status), Kind::Str),
        ("importance", r.importance.to_string(), Kind::Int),
        ("intensity", machine_name(r.intensity), Kind::Str),
        ("formality", machine_name(r.formality), Kind::Str),
        ("intent", machine_name(r.intent), Kind::Str),
        ("notes", r.notes.clone(), Kind::Str),
        ("directed", r.directed.to_string(), Kind::Bool),
    ]
}

fn data(out: &mut String, prefix: &str, values: Vec<(&'static str, String, Kind)>) {
    for (name, value, kind) in values {
        // Empty strings are left out: absent and empty read back the same.
        if matches!(kind, Kind::Str) && value.is_empty() {
            continue;
        }
        let _ = writeln!(out, "      <data key=\"{prefix}_{name}\">{}</data>", escape(&value));
    }
}

/// The project's network as a GraphML document.
pub fn to_graphml(project: &Project) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (prefix, target, keys) in [("a", "node", NODE_KEYS), ("r", "edge", EDGE_KEYS)] {
        for (name, kind) in keys {
            let _ = writeln!(
                out,
                "  <key id=\"{prefix}_{name}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
            );
        }
    }
    let _ = writeln!(
        out,
        "  <key id=\"g_name\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n  <graph id=\"G\" edgedefault=\"directed\">\n    <data key=\"g_name\">{}</data>",
        escape(&project.meta.name)
    );
    for a in &project.actors {
        let _ = writeln!(out, "    <node id=\"a{}\">", a.id);
        data(&mut out, "a", actor_values(a));
        out.push_str("    </node>\n");
    }
    for r in &project.relations {
        let _ = writeln!(
            out,
            "    <edge id=\"r{}\" source=\"a{}\" target=\"a{}\">",
            r.id, r.from, r.to
        );
        data(&mut out, "r", relation_values(r));
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&apos;");
        assert_eq!(escape("a\nb\u{1}"), "a&#10;b\u{fffd}");
    }
}
