//! GraphML read with quick-xml. Only the document itself is read: a DOCTYPE is skipped, no
//! external entity is fetched and no entity but XML's five and character references is expanded,
//! so there is no entity expansion bomb; nodes, edges and texts are bounded ([`super::MAX_ROWS`],
//! [`super::MAX_CELL_CHARS`]). Attribute names become columns (ours: `label`, `kind`, …;
//! NetworkX's and yEd's labels work too). Nodes named `a<N>` and edges named `r<N>` (our
//! export) keep the id N.

use super::{FROM_REF, ImportError, ROW_REF, Sheet, Source, TO_REF, check_limits};
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;

/// The most `<key>` declarations (columns) read.
const MAX_KEYS: usize = 1_000;

#[derive(Default)]
struct Key {
    target: String,
    name: String,
    default: Option<String>,
}

#[derive(Default)]
struct Item {
    id: String,
    source: String,
    target: String,
    directed: Option<bool>,
    data: BTreeMap<String, String>,
    graphics_label: Option<String>,
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The number N of an id written as `prefix` N by our export.
fn our_id(id: &str, prefix: char) -> Option<String> {
    let digits = id.strip_prefix(prefix)?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.to_owned())
}

/// Reads the GraphML document in `bytes`; `file` names it in messages.
pub fn read(bytes: &[u8], file: &str) -> Result<Source, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText { file: file.to_owned() })?;
    let broken_at = |offset: u64| ImportError::Syntax {
        file: file.to_owned(),
        at: super::Broken::at_offset(text, usize::try_from(offset).unwrap_or(usize::MAX)),
    };
    let mut reader = quick_xml::Reader::from_str(text);
    let mut keys: BTreeMap<String, Key> = BTreeMap::new();
    let mut nodes: Vec<Item> = Vec::new();
    let mut edges: Vec<Item> = Vec::new();
    // Where text goes: a key's default, a node's or edge's data, a yEd label.
    let mut key: Option<(String, Key)> = None;
    let mut in_default = false;
    let mut item: Option<(bool, Item)> = None;
    let mut data_key: Option<String> = None;
    let mut in_label = false;
    let mut buffer = String::new();
    // Direction of edges without a `directed` key: the edge's attribute, else the graph's.
    let mut edge_default = true;
    loop {
        let event = reader.read_event().map_err(|_| broken_at(reader.error_position()))?;
        match event {
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    "key" => {
                        let k = Key {
                            target: attr(e, "for").unwrap_or_default(),
                            name: attr(e, "attr.name").unwrap_or_default(),
                            default: None,
                        };
                        let id = attr(e, "id").unwrap_or_default();
                        // Each key is a column of every row: a file with a million keys would
                        // make a grid of millions of cells per node.
                        if keys.len() >= MAX_KEYS {
                            return Err(ImportError::TooBig { file: file.to_owned() });
                        }
                        if empty {
                            keys.insert(id, k);
                        } else {
                            key = Some((id, k));
                        }
                    }
                    "graph" => {
                        if let Some(d) = attr(e, "edgedefault") {
                            edge_default = d != "undirected";
                        }
                    }
                    "default" if key.is_some() => {
                        in_default = !empty;
                        buffer.clear();
                    }
                    name @ ("node" | "edge") => {
                        let is_node = name == "node";
                        let count = nodes.len() + edges.len() + 1;
                        check_limits(count, "", file)?;
                        let it = Item {
                            id: attr(e, "id").unwrap_or_default(),
                            source: attr(e, "source").unwrap_or_default(),
                            target: attr(e, "target").unwrap_or_default(),
                            directed: attr(e, "directed").map(|d| d == "true"),
                            ..Item::default()
                        };
                        if empty {
                            if is_node { nodes.push(it) } else { edges.push(it) }
                        } else {
                            // A node inside a node (a nested graph) closes the outer one first.
                            if let Some((was_node, outer)) = item.take() {
                                if was_node { nodes.push(outer) } else { edges.push(outer) }
                            }
                            item = Some((is_node, it));
                        }
                    }
                    "data" if item.is_some() && !empty => {
                        data_key = attr(e, "key");
                        buffer.clear();
                    }
                    "NodeLabel" if data_key.is_some() && !empty => {
                        in_label = true;
                        buffer.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_default || data_key.is_some() => {
                buffer.push_str(&t.xml_content(quick_xml::XmlVersion::Implicit1_0));
                check_limits(0, &buffer, file)?;
            }
            Event::CData(t) if in_default || data_key.is_some() => {
                buffer.push_str(&t);
                check_limits(0, &buffer, file)?;
            }
            Event::GeneralRef(r) if in_default || data_key.is_some() => {
                let resolved = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .map_err(|_| broken_at(reader.buffer_position()))?
                        .map(String::from)
                } else {
                    let name = &*r;
                    quick_xml::escape::resolve_predefined_entity(name).map(str::to_owned)
                };
                let Some(resolved) = resolved else {
                    let (line, column) = super::line_col(text, usize::try_from(reader.buffer_position()).unwrap_or(0));
                    return Err(ImportError::Syntax {
                        file: file.to_owned(),
                        at: super::Broken::Entity {
                            name: (*r).to_owned(),
                            line,
                            column,
                        },
                    });
                };
                buffer.push_str(&resolved);
            }
            Event::End(e) => match e.local_name().as_ref() {
                "default" => {
                    if let Some((_, k)) = key.as_mut() {
                        k.default = Some(std::mem::take(&mut buffer));
                    }
                    in_default = false;
                }
                "key" => {
                    if let Some((id, k)) = key.take() {
                        keys.insert(id, k);
                    }
                }
                "NodeLabel" => {
                    if in_label && let Some((_, it)) = item.as_mut() {
                        it.graphics_label.get_or_insert(std::mem::take(&mut buffer));
                    }
                    in_label = false;
                }
                "data" => {
                    if let (Some(k), Some((_, it))) = (data_key.take(), item.as_mut()) {
                        it.data.insert(k, std::mem::take(&mut buffer));
                    }
                }
                "node" | "edge" => {
                    if let Some((is_node, it)) = item.take() {
                        if is_node { nodes.push(it) } else { edges.push(it) }
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    Ok(Source {
        actors: Some(sheet(&keys, &nodes, true, edge_default)),
        relations: Some(sheet(&keys, &edges, false, edge_default)),
        guarded: false,
    })
}

/// Nodes or edges as a sheet: the reference columns, then one column per key.
fn sheet(keys: &BTreeMap<String, Key>, items: &[Item], nodes: bool, edge_default: bool) -> Sheet {
    let target = if nodes { "node" } else { "edge" };
    let columns: Vec<(&String, &Key)> = keys
        .iter()
        .filter(|(_, k)| (k.target == target || k.target == "all") && !k.name.is_empty())
        .collect();
    let mut headers: Vec<String> = if nodes {
        vec![ROW_REF.into(), "ID".into()]
    } else {
        vec![FROM_REF.into(), TO_REF.into(), "ID".into()]
    };
    let has_label = columns
        .iter()
        .any(|(_, k)| ["label", "name"].contains(&k.name.to_lowercase().as_str()));
    if nodes && !has_label {
        headers.push("label".into());
    }
    let has_direction = columns.iter().any(|(_, k)| k.name == "directed");
    if !nodes && !has_direction {
        headers.push("directed".into());
    }
    // A node without a name is called by its id.
    let label_at = headers.len()
        + columns
            .iter()
            .position(|(_, k)| ["label", "name"].contains(&k.name.to_lowercase().as_str()))
            .unwrap_or(usize::MAX / 2);
    headers.extend(columns.iter().map(|(_, k)| k.name.clone()));
    let rows = items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let mut cells = if nodes {
                vec![it.id.clone(), our_id(&it.id, 'a').unwrap_or_default()]
            } else {
                vec![
                    it.source.clone(),
                    it.target.clone(),
                    our_id(&it.id, 'r').unwrap_or_default(),
                ]
            };
            if nodes && !has_label {
                cells.push(it.graphics_label.clone().unwrap_or_else(|| it.id.clone()));
            }
            if !nodes && !has_direction {
                cells.push(it.directed.unwrap_or(edge_default).to_string());
            }
            for (id, k) in &columns {
                cells.push(
                    it.data
                        .get(*id)
                        .cloned()
                        .or_else(|| k.default.clone())
                        .unwrap_or_default(),
                );
            }
            if let Some(label) = cells.get_mut(label_at)
                && label.trim().is_empty()
            {
                label.clone_from(&it.id);
            }
            (i + 1, cells)
        })
        .collect();
    Sheet {
        name: if nodes { "GraphML node" } else { "GraphML edge" }.into(),
        headers,
        rows,
    }
}
