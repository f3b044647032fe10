//! `verkosto import INPUT... -o OUT.ron [--actors A.csv] [--relations R.csv] [--into FILE]
//! [--skip-bad-rows]`: reads GraphML, Excel workbooks or a CSV pair into a new project (or into
//! a copy of FILE) and writes it. Each input is planned and reported as in the app's review
//! step; an input with refused rows changes nothing and fails unless `--skip-bad-rows`.

use super::ERR_UNKNOWN_OPTION;
use super::export::value;
use super::{Outcome, UsageError, is_option, show_path, usage};
use crate::i18n::Lang;
use crate::import::{self, ImportOptions, ImportPlan, Source};
use crate::model::Project;
use std::ffi::OsString;
use std::path::PathBuf;

crate::messages! {
    ERR_NO_INPUT = "Komento import tarvitsee tuotavan tiedoston (GraphML, XLSX tai --actors/--relations). Katso verkosto --help.", "The command import needs a file to import (GraphML, XLSX or --actors/--relations). See verkosto --help.";
    ERR_REFUSED = "Tiedostossa {file} on hylättyjä rivejä, joten mitään ei tuotu. Korjaa rivit tai käytä valitsinta --skip-bad-rows.", "The file {file} has refused rows, so nothing was imported. Fix the rows or use --skip-bad-rows.";
    ERR_IMPORT_APPLY = "Tuontia ei voitu tehdä: {reason}", "The import could not be made: {reason}";
    IMPORTED = "Projekti kirjoitettiin tiedostoon {file}: {actors} toimijaa, {relations} suhdetta.", "The project was written to {file}: {actors} actors, {relations} relations.";
}

/// Arguments of `import`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportArgs {
    /// GraphML or XLSX files (or a single CSV of actors).
    pub inputs: Vec<PathBuf>,
    /// An actor CSV.
    pub actors: Option<PathBuf>,
    /// A relation CSV.
    pub relations: Option<PathBuf>,
    /// A project to import into instead of a new one.
    pub into: Option<PathBuf>,
    /// The project file to write.
    pub output: PathBuf,
    /// Apply the good rows of an input with refused rows.
    pub skip_bad_rows: bool,
}

/// Parses the arguments after `import`.
pub fn parse(rest: &[&OsString], lang: Lang) -> Result<ImportArgs, UsageError> {
    let mut a = ImportArgs::default();
    let mut output = None;
    let mut args = rest.iter().copied();
    while let Some(arg) = args.next() {
        // A file name that is not UTF-8 is kept as it is; options are always UTF-8.
        let Some(text) = arg.to_str() else {
            a.inputs.push(PathBuf::from(arg));
            continue;
        };
        let (name, inline) = match text.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (text, None),
        };
        let mut path = || value(inline, &mut args, name, lang).map(PathBuf::from);
        match name {
            "-o" | "--output" => output = Some(path()?),
            "--actors" => a.actors = Some(path()?),
            "--relations" => a.relations = Some(path()?),
            "--into" => a.into = Some(path()?),
            "--skip-bad-rows" => a.skip_bad_rows = true,
            x if is_option(arg) && x.len() > 1 => {
                return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &x)]));
            }
            _ => a.inputs.push(PathBuf::from(arg)),
        }
    }
    if a.relations.is_some() && a.actors.is_none() && a.into.is_none() && a.inputs.is_empty() {
        // Relations need actors to refer to.
        return Err(usage(lang, ERR_NO_INPUT, &[]));
    }
    if a.inputs.is_empty() && a.actors.is_none() && a.relations.is_none() {
        return Err(usage(lang, ERR_NO_INPUT, &[]));
    }
    let Some(output) = output else {
        return Err(usage(lang, super::export::ERR_NO_OUTPUT, &[("command", &"import")]));
    };
    a.output = output;
    Ok(a)
}

/// Imports every input in turn and writes the project.
pub fn run(args: &ImportArgs, lang: Lang) -> Outcome {
    let mut project = match &args.into {
        Some(path) => match crate::io::load(path) {
            Ok(p) => p,
            Err(e) => return Outcome::fail(format!("{}\n", e.message(lang, &show_path(path)))),
        },
        None => Project::new(),
    };
    let mut sources: Vec<(String, Result<Source, import::ImportError>)> = Vec::new();
    if args.actors.is_some() || args.relations.is_some() {
        let name = args
            .actors
            .iter()
            .chain(&args.relations)
            .map(|p| show_path(p))
            .collect::<Vec<_>>()
            .join(", ");
        sources.push((
            name,
            import::csv::read_pair(args.actors.as_deref(), args.relations.as_deref()),
        ));
    }
    for input in &args.inputs {
        sources.push((show_path(input), import::read_path(input)));
    }
    let mut report = String::new();
    for (name, source) in sources {
        let source = match source {
            Ok(s) => s,
            Err(e) => return Outcome::fail(format!("{report}{}\n", e.message(lang))),
        };
        let plan = ImportPlan::build(&project, &source);
        report.push_str(&format!("{name}:\n"));
        for line in plan.summary(lang) {
            report.push_str(&format!("  {line}\n"));
        }
        let options = ImportOptions {
            skip_bad_rows: args.skip_bad_rows,
            remove_absent: false,
        };
        let Some(edit) = plan.edit(options) else {
            return Outcome::fail(format!("{report}{}\n", ERR_REFUSED.fmt(lang, &[("file", &name)])));
        };
        if let Err(e) = project.apply(edit) {
            return Outcome::fail(format!("{report}{}\n", ERR_IMPORT_APPLY.fmt(lang, &[("reason", &e)])));
        }
    }
    if let Err(e) = crate::io::save(&args.output, &project) {
        return Outcome::fail(format!("{report}{}\n", e.message(lang, &show_path(&args.output))));
    }
    report.push_str(&IMPORTED.fmt(
        lang,
        &[
            ("file", &show_path(&args.output)),
            ("actors", &project.actors.len()),
            ("relations", &project.relations.len()),
        ],
    ));
    report.push('\n');
    Outcome::ok(report)
}
