//! The command line: `verkosto [FILE]` opens the window; subcommands run headless and exit
//! non-zero with a clear message on bad input.

mod check;
mod example;
pub mod export;
pub mod import;
pub mod merge;
mod stats;

use crate::i18n::{Lang, Tr};
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Invocation {
    /// Open the window, with a file or the example project.
    Window(Option<PathBuf>),
    /// A headless subcommand: run it and exit with the returned code.
    Headless(Subcommand),
}

/// A headless subcommand with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub enum Subcommand {
    /// `--help`.
    Help,
    /// `--version`.
    Version,
    /// `check FILE`.
    Check(PathBuf),
    /// `example -o FILE`.
    Example(PathBuf),
    /// `stats FILE [--format csv|json] [--directed]`.
    Stats(stats::StatsArgs),
    /// `merge A B … -o JOINT [--into EXISTING] [--accept-similar]`.
    Merge(merge::MergeArgs),
    /// `export FILE --format FORMAT -o OUT [...]`.
    Export(export::ExportArgs),
    /// `import INPUT... -o OUT.ron`.
    Import(import::ImportArgs),
}

crate::messages! {
    HELP = "Verkosto – verkostostrategian työkalu

Käyttö:
  verkosto [TIEDOSTO]                 avaa ikkunan (ilman tiedostoa: esimerkkiprojekti)
  verkosto check TIEDOSTO             tarkistaa projektitiedoston
  verkosto example -o TIEDOSTO        kirjoittaa esimerkkiprojektin tiedostoon
  verkosto stats TIEDOSTO [--format csv|json] [--directed]
                                      tulostaa verkoston tunnusluvut toimijoittain
                                      (nykyiset ja potentiaaliset suhteet, ei aiempia;
                                      --directed ottaa suhteiden suunnan huomioon)
  verkosto merge A B … -o YHTEINEN [--into AIEMPI] [--accept-similar]
                                      yhdistää jäsenten omat näkemykset yhteiseksi
  verkosto export TIEDOSTO --format MUOTO -o KOHDE [--lang fi|en] [--width N] [--scale N]
                                      [--slide] [--date VVVV-KK-PP]
                                      vie kartan (svg, png, map-pdf), koko raportin
                                      (pdf, html, md) tai käyntikortin (card-svg, card-png,
                                      card-pdf; --slide: 16:9-dia A4:n sijaan) tai
                                      tiedot (csv: KOHDE on kansio, jossa actors.csv
                                      ja relations.csv; xlsx, graphml, gexf)
  verkosto import SYÖTE... -o ULOS.ron [--actors A.csv] [--relations R.csv]
                  [--into PROJEKTI.ron] [--skip-bad-rows]
                                      tuo GraphML-, XLSX- tai CSV-tiedostot projektiksi;
                                      päivittää tunnuksen (tai nimen) mukaan, hylätyt
                                      rivit estävät tuonnin ilman --skip-bad-rows
  verkosto --help                     näyttää tämän ohjeen
  verkosto --version                  näyttää version", "Verkosto – a tool for network strategy

Usage:
  verkosto [FILE]                     open the window (without a file: the example project)
  verkosto check FILE                 check a project file
  verkosto example -o FILE            write the example project to FILE
  verkosto stats FILE [--format csv|json] [--directed]
                                      print the network metrics per actor
                                      (current and potential relations, not past ones;
                                      --directed follows the direction of relations)
  verkosto merge A B … -o JOINT [--into EXISTING] [--accept-similar]
                                      combine members' own views into a joint one
  verkosto export FILE --format FORMAT -o OUT [--lang fi|en] [--width N] [--scale N]
                                      [--slide] [--date YYYY-MM-DD]
                                      export the map (svg, png, map-pdf), the whole report
                                      (pdf, html, md) or the business card (card-svg,
                                      card-png, card-pdf; --slide: a 16:9 slide, not A4)
                                      or the data (csv: OUT is a folder with actors.csv
                                      and relations.csv; xlsx, graphml, gexf)
  verkosto import INPUT... -o OUT.ron [--actors A.csv] [--relations R.csv]
                  [--into PROJECT.ron] [--skip-bad-rows]
                                      import GraphML, XLSX or CSV files as a project;
                                      updates by id (or name); refused rows stop the
                                      import unless --skip-bad-rows
  verkosto --help                     show this help
  verkosto --version                  show the version";
    ERR_UNKNOWN_OPTION = "Tuntematon valitsin {option}. Katso verkosto --help.", "Unknown option {option}. See verkosto --help.";
    ERR_MISSING_FILE = "Komento {command} tarvitsee tiedoston nimen. Katso verkosto --help.", "The command {command} needs a file name. See verkosto --help.";
    ERR_EXTRA_ARGUMENT = "Ylimääräinen argumentti {argument}. Katso verkosto --help.", "Unexpected argument {argument}. See verkosto --help.";
    ERR_BAD_FORMAT = "Tuntematon muoto {format}; käytä csv tai json.", "Unknown format {format}; use csv or json.";
    ERR_MISSING_VALUE = "Valitsin {option} tarvitsee arvon. Katso verkosto --help.", "The option {option} needs a value. See verkosto --help.";
    CHECK_OK = "{file}: kunnossa – {actors} toimijaa, {relations} suhdetta, tiedostomuoto {version}.", "{file}: OK – {actors} actors, {relations} relations, format version {version}.";
    EXAMPLE_WRITTEN = "Esimerkkiprojekti kirjoitettiin tiedostoon {file}.", "The example project was written to {file}.";
}

/// Why the arguments could not be understood.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageError(pub String);

fn usage(lang: Lang, tr: Tr, args: &[(&str, &dyn std::fmt::Display)]) -> UsageError {
    UsageError(tr.fmt(lang, args))
}

/// Whether an argument looks like an option (`-x`, `--xyz`); a name that is not UTF-8 never
/// does.
fn is_option(arg: &OsStr) -> bool {
    arg.as_encoded_bytes().starts_with(b"-")
}

/// An argument as shown in a message.
fn shown(arg: &OsStr) -> String {
    arg.to_string_lossy().into_owned()
}

/// Parses the arguments after the program name, as the operating system gave them: file
/// names that are not UTF-8 stay exactly as they are. Messages are in `lang`.
pub fn parse_args(args: &[OsString], lang: Lang) -> Result<Invocation, UsageError> {
    let mut rest = args.iter();
    let Some(first) = rest.next() else {
        return Ok(Invocation::Window(None));
    };
    let rest: Vec<&OsString> = rest.collect();
    let one_file = |command: &str, rest: &[&OsString]| -> Result<PathBuf, UsageError> {
        match rest {
            [] => Err(usage(lang, ERR_MISSING_FILE, &[("command", &command)])),
            [file] if !is_option(file) => Ok(PathBuf::from(file)),
            [file] => Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &shown(file))])),
            [_, extra, ..] => Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &shown(extra))])),
        }
    };
    let is_output = |flag: &OsString| flag == "-o" || flag == "--output";
    let sub = match first.to_str().unwrap_or_default() {
        "-h" | "--help" | "help" => Subcommand::Help,
        "-V" | "--version" => Subcommand::Version,
        "check" => Subcommand::Check(one_file("check", &rest)?),
        "example" => match rest.as_slice() {
            [flag, file] if is_output(flag) && !is_option(file) => Subcommand::Example(PathBuf::from(file)),
            [] | [_] => return Err(usage(lang, ERR_MISSING_FILE, &[("command", &"example -o")])),
            [flag, ..] if !is_output(flag) => {
                return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &shown(flag))]));
            }
            [_, _, extra, ..] | [_, extra] => {
                return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &shown(extra))]));
            }
        },
        "stats" => Subcommand::Stats(stats::parse(&rest, lang)?),
        "merge" => Subcommand::Merge(merge::parse(&rest, lang)?),
        "export" => Subcommand::Export(export::parse(&rest, lang)?),
        "import" => Subcommand::Import(import::parse(&rest, lang)?),
        _ if is_option(first) => {
            return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &shown(first))]));
        }
        _ => {
            if let Some(extra) = rest.first() {
                return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &shown(extra))]));
            }
            return Ok(Invocation::Window(Some(PathBuf::from(first))));
        }
    };
    Ok(Invocation::Headless(sub))
}

/// The result of a headless run: what to print and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
    /// Process exit code.
    pub code: i32,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome {
            stdout,
            stderr: String::new(),
            code: 0,
        }
    }

    fn fail(stderr: String) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr,
            code: 1,
        }
    }
}

/// Runs a headless subcommand.
pub fn run(sub: &Subcommand, lang: Lang) -> Outcome {
    match sub {
        Subcommand::Help => Outcome::ok(format!("{}\n", HELP.get(lang))),
        Subcommand::Version => Outcome::ok(format!(
            "verkosto {} (file format {})\n",
            env!("CARGO_PKG_VERSION"),
            crate::model::FORMAT_VERSION
        )),
        Subcommand::Check(file) => check::run(file, lang),
        Subcommand::Example(file) => example::run(file, lang),
        Subcommand::Stats(args) => stats::run(args, lang),
        Subcommand::Merge(args) => merge::run(args, lang),
        Subcommand::Export(args) => export::run(args, lang),
        Subcommand::Import(args) => import::run(args, lang),
    }
}

/// A path as shown in messages.
pub(crate) fn show_path(path: &std::path::Path) -> String {
    path.display().to_string()
}
