//! The command line: `verkosto [FILE]` opens the window; subcommands run headless and exit
//! non-zero with a clear message on bad input.

mod check;
mod example;
pub mod export;
mod stats;

use crate::i18n::{Lang, Tr};
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
    /// `export FILE --format F -o OUT [...]`.
    Export(export::ExportArgs),
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
  verkosto export TIEDOSTO --format MUOTO -o KOHDE [--lang fi|en] [--width N] [--scale N]
                                      [--slide] [--date VVVV-KK-PP]
                                      vie kartan (svg, png, map-pdf), koko raportin
                                      (pdf, html, md) tai käyntikortin (card-svg, card-png,
                                      card-pdf; --slide: 16:9-dia A4:n sijaan)
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
  verkosto export FILE --format FORMAT -o OUT [--lang fi|en] [--width N] [--scale N]
                                      [--slide] [--date YYYY-MM-DD]
                                      export the map (svg, png, map-pdf), the whole report
                                      (pdf, html, md) or the business card (card-svg,
                                      card-png, card-pdf; --slide: a 16:9 slide, not A4)
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

/// Parses the arguments after the program name. Messages are in `lang`.
pub fn parse_args(args: &[String], lang: Lang) -> Result<Invocation, UsageError> {
    let mut rest = args.iter();
    let Some(first) = rest.next() else {
        return Ok(Invocation::Window(None));
    };
    let rest: Vec<&String> = rest.collect();
    let one_file = |command: &str, rest: &[&String]| -> Result<PathBuf, UsageError> {
        match rest {
            [] => Err(usage(lang, ERR_MISSING_FILE, &[("command", &command)])),
            [file] if !file.starts_with('-') => Ok(PathBuf::from(file)),
            [file] => Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", file)])),
            [_, extra, ..] => Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", extra)])),
        }
    };
    let sub = match first.as_str() {
        "-h" | "--help" | "help" => Subcommand::Help,
        "-V" | "--version" => Subcommand::Version,
        "check" => Subcommand::Check(one_file("check", &rest)?),
        "example" => match rest.as_slice() {
            [flag, file] if (flag.as_str() == "-o" || flag.as_str() == "--output") && !file.starts_with('-') => {
                Subcommand::Example(PathBuf::from(file))
            }
            [] | [_] => return Err(usage(lang, ERR_MISSING_FILE, &[("command", &"example -o")])),
            [flag, ..] if flag.as_str() != "-o" && flag.as_str() != "--output" => {
                return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", flag)]));
            }
            [_, _, extra, ..] | [_, extra] => {
                return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", extra)]));
            }
        },
        "stats" => Subcommand::Stats(stats::parse(&rest, lang)?),
        "export" => Subcommand::Export(export::parse(&rest, lang)?),
        option if option.starts_with('-') => {
            return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &option)]));
        }
        _ => {
            if let Some(extra) = rest.first() {
                return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", extra)]));
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
        Subcommand::Version => Outcome::ok(format!("verkosto {}\n", env!("CARGO_PKG_VERSION"))),
        Subcommand::Check(file) => check::run(file, lang),
        Subcommand::Example(file) => example::run(file, lang),
        Subcommand::Stats(args) => stats::run(args, lang),
        Subcommand::Export(args) => export::run(args, lang),
    }
}

/// A path as shown in messages.
pub(crate) fn show_path(path: &std::path::Path) -> String {
    path.display().to_string()
}
