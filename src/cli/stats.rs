//! `verkosto stats FILE [--format csv|json] [--directed]`.
//!
//! Prints one row per actor, in id order, with the columns
//! `id,name,degree,in_degree,out_degree,betweenness,closeness`; the rules of the analysis
//! (which relations count, directed or not) are those of [`crate::analysis`].

use super::{ERR_BAD_FORMAT, ERR_EXTRA_ARGUMENT, ERR_MISSING_FILE, ERR_MISSING_VALUE, ERR_UNKNOWN_OPTION};
use super::{Outcome, UsageError, show_path, usage};
use crate::analysis::{ActorMetrics, Metric, analyse};
use crate::i18n::Lang;
use crate::model::{ActorId, Project};
use std::collections::HashMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Output format of `stats`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatsFormat {
    /// Comma-separated values with a header row.
    #[default]
    Csv,
    /// A JSON array of objects.
    Json,
}

/// Arguments of `stats`.
#[derive(Debug, Clone, PartialEq)]
pub struct StatsArgs {
    /// The project file.
    pub file: PathBuf,
    /// Output format.
    pub format: StatsFormat,
    /// Treat relations as directed.
    pub directed: bool,
}

/// Parses the arguments after `stats`: one file and the options `--format csv|json`
/// (also `--format=csv`) and `--directed`, in any order. A repeated option takes its last
/// value.
pub fn parse(rest: &[&OsString], lang: Lang) -> Result<StatsArgs, UsageError> {
    let mut file: Option<PathBuf> = None;
    let mut format = StatsFormat::default();
    let mut directed = false;
    let mut args = rest.iter();
    while let Some(&os_arg) = args.next() {
        // A file name that is not UTF-8 is kept as it is; options are always UTF-8.
        let Some(arg) = os_arg.to_str() else {
            if file.is_some() {
                return Err(usage(
                    lang,
                    ERR_EXTRA_ARGUMENT,
                    &[("argument", &os_arg.to_string_lossy())],
                ));
            }
            file = Some(PathBuf::from(os_arg));
            continue;
        };
        if arg == "--directed" {
            directed = true;
        } else if arg == "--format" {
            let Some(value) = args.next() else {
                return Err(usage(lang, ERR_MISSING_VALUE, &[("option", &"--format")]));
            };
            format = parse_format(&value.to_string_lossy(), lang)?;
        } else if let Some(value) = arg.strip_prefix("--format=") {
            format = parse_format(value, lang)?;
        } else if arg.starts_with('-') {
            return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &arg)]));
        } else if file.is_some() {
            return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &arg)]));
        } else {
            file = Some(PathBuf::from(arg));
        }
    }
    let Some(file) = file else {
        return Err(usage(lang, ERR_MISSING_FILE, &[("command", &"stats")]));
    };
    Ok(StatsArgs { file, format, directed })
}

fn parse_format(value: &str, lang: Lang) -> Result<StatsFormat, UsageError> {
    match value {
        "csv" => Ok(StatsFormat::Csv),
        "json" => Ok(StatsFormat::Json),
        _ => Err(usage(lang, ERR_BAD_FORMAT, &[("format", &value)])),
    }
}

/// Loads the file and prints the metrics table; a file that cannot be loaded gives its
/// message and exit code 1.
pub fn run(args: &StatsArgs, lang: Lang) -> Outcome {
    match crate::io::load(&args.file) {
        Ok(project) => Outcome::ok(render(&project, args.format, args.directed)),
        Err(e) => Outcome::fail(format!("{}\n", e.message(lang, &show_path(&args.file)))),
    }
}

/// The metrics table of `project` as CSV or JSON text, ending with a newline.
pub fn render(project: &Project, format: StatsFormat, directed: bool) -> String {
    let metrics = analyse(project, directed);
    let mut names: HashMap<ActorId, &str> = HashMap::with_capacity(project.actors.len());
    for actor in project.actors.iter().rev() {
        // Reversed so that the first actor wins should two share an id, as in the analysis.
        names.insert(actor.id, actor.name.as_str());
    }
    let rows = metrics
        .per_actor
        .iter()
        .map(|m| (m, names.get(&m.id).copied().unwrap_or("")));
    match format {
        StatsFormat::Csv => csv(rows),
        StatsFormat::Json => json(rows),
    }
}

/// The value of `metric` as printed: counts as integers, centralities in their shortest
/// round-trip form, so they equal other tools' values to the last digit.
fn number(m: &ActorMetrics, metric: Metric) -> String {
    match metric {
        Metric::Degree => m.degree.to_string(),
        Metric::InDegree => m.in_degree.to_string(),
        Metric::OutDegree => m.out_degree.to_string(),
        Metric::Betweenness => crate::export::data::number(m.betweenness),
        Metric::Closeness => crate::export::data::number(m.closeness),
    }
}

fn csv<'a>(rows: impl Iterator<Item = (&'a ActorMetrics, &'a str)>) -> String {
    let mut out = String::from("id,name");
    for metric in Metric::ALL {
        out.push(',');
        out.push_str(metric.key());
    }
    out.push('\n');
    for (m, name) in rows {
        let _ = write!(out, "{},{}", m.id, csv_field(name));
        for metric in Metric::ALL {
            out.push(',');
            out.push_str(&number(m, metric));
        }
        out.push('\n');
    }
    out
}

/// A CSV field quoted per RFC 4180 when it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn json<'a>(rows: impl Iterator<Item = (&'a ActorMetrics, &'a str)>) -> String {
    let mut out = String::from("[");
    let mut first = true;
    for (m, name) in rows {
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        let _ = write!(out, "  {{\"id\": {}, \"name\": {}", m.id, json_string(name));
        for metric in Metric::ALL {
            let _ = write!(out, ", \"{}\": {}", metric.key(), number(m, metric));
        }
        out.push('}');
    }
    out.push_str(if first { "]\n" } else { "\n]\n" });
    out
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("Kela"), "Kela");
        assert_eq!(csv_field("Oy Ab, Helsinki"), "\"Oy Ab, Helsinki\"");
        assert_eq!(csv_field("\"Hyvä\" ry"), "\"\"\"Hyvä\"\" ry\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(
            json_string("Ä \"q\" \\ \n\t\u{1}"),
            "\"Ä \\\"q\\\" \\\\ \\n\\t\\u0001\""
        );
    }

    #[test]
    fn empty_project_prints_header_or_empty_array() {
        let project = Project::default();
        assert_eq!(
            render(&project, StatsFormat::Csv, false),
            "id,name,degree,in_degree,out_degree,betweenness,closeness\n"
        );
        assert_eq!(render(&project, StatsFormat::Json, false), "[]\n");
    }
}
