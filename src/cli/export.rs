//! `verkosto export FILE --format FORMAT -o OUT [--lang fi|en]`: writes the project in a data
//! format (CSV folder, Excel workbook, GraphML, GEXF). Other helpers add rendered formats to
//! [`ExportFormat`].

use super::{ERR_EXTRA_ARGUMENT, ERR_MISSING_FILE, ERR_MISSING_VALUE, ERR_UNKNOWN_OPTION};
use super::{Outcome, UsageError, show_path, usage};
use crate::export::data;
use crate::i18n::Lang;
use crate::model::Project;
use std::path::{Path, PathBuf};

crate::messages! {
    ERR_EXPORT_FORMAT = "Tuntematon vientimuoto {format}; käytä csv, xlsx, graphml tai gexf.", "Unknown export format {format}; use csv, xlsx, graphml or gexf.";
    ERR_NO_FORMAT = "Komento export tarvitsee valitsimen --format. Katso verkosto --help.", "The command export needs the option --format. See verkosto --help.";
    ERR_NO_OUTPUT = "Komento {command} tarvitsee valitsimen -o ja tiedoston nimen. Katso verkosto --help.", "The command {command} needs the option -o with a file name. See verkosto --help.";
    ERR_BAD_LANG = "Tuntematon kieli {lang}; käytä fi tai en.", "Unknown language {lang}; use fi or en.";
    ERR_EXPORT_WRITE = "Tiedostoa {file} ei voitu kirjoittaa: {reason}", "Could not write {file}: {reason}";
    EXPORTED = "Vietiin {actors} toimijaa ja {relations} suhdetta: {file}", "Exported {actors} actors and {relations} relations: {file}";
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// A folder with `actors.csv` and `relations.csv`.
    Csv,
    /// An Excel workbook in Kumu's layout.
    Xlsx,
    /// GraphML.
    Graphml,
    /// GEXF 1.3.
    Gexf,
}

impl ExportFormat {
    /// The format named `name` on the command line.
    pub fn parse(name: &str) -> Option<ExportFormat> {
        Some(match name {
            "csv" => ExportFormat::Csv,
            "xlsx" => ExportFormat::Xlsx,
            "graphml" => ExportFormat::Graphml,
            "gexf" => ExportFormat::Gexf,
            _ => return None,
        })
    }
}

/// Arguments of `export`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportArgs {
    /// The project file.
    pub file: PathBuf,
    /// The format.
    pub format: ExportFormat,
    /// Where to write (a folder for CSV).
    pub output: PathBuf,
    /// The language of headers and labels; the user's language when not given.
    pub lang: Option<Lang>,
}

/// Parses `--lang fi|en`.
pub(crate) fn parse_lang(value: &str, lang: Lang) -> Result<Lang, UsageError> {
    match value {
        "fi" => Ok(Lang::Fi),
        "en" => Ok(Lang::En),
        _ => Err(usage(lang, ERR_BAD_LANG, &[("lang", &value)])),
    }
}

/// Takes the value of the option `option` from `args`.
pub(crate) fn value<'a>(
    args: &mut impl Iterator<Item = &'a &'a String>,
    option: &str,
    lang: Lang,
) -> Result<&'a str, UsageError> {
    match args.next() {
        Some(v) if !v.starts_with('-') || v.as_str() == "-" => Ok(v.as_str()),
        _ => Err(usage(lang, ERR_MISSING_VALUE, &[("option", &option)])),
    }
}

/// Parses the arguments after `export`.
pub fn parse(rest: &[&String], lang: Lang) -> Result<ExportArgs, UsageError> {
    let (mut file, mut format, mut output, mut out_lang) = (None, None, None, None);
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => {
                let v = value(&mut args, "--format", lang)?;
                format = Some(ExportFormat::parse(v).ok_or_else(|| usage(lang, ERR_EXPORT_FORMAT, &[("format", &v)]))?);
            }
            "-o" | "--output" => output = Some(PathBuf::from(value(&mut args, "-o", lang)?)),
            "--lang" => out_lang = Some(parse_lang(value(&mut args, "--lang", lang)?, lang)?),
            a if a.starts_with('-') => return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &a)])),
            a if file.is_some() => return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &a)])),
            a => file = Some(PathBuf::from(a)),
        }
    }
    let file = file.ok_or_else(|| usage(lang, ERR_MISSING_FILE, &[("command", &"export")]))?;
    let format = format.ok_or_else(|| usage(lang, ERR_NO_FORMAT, &[]))?;
    let output = output.ok_or_else(|| usage(lang, ERR_NO_OUTPUT, &[("command", &"export")]))?;
    Ok(ExportArgs {
        file,
        format,
        output,
        lang: out_lang,
    })
}

/// Writes `project` to `output` in `format`; the error is a sentence in `lang`.
pub fn write(project: &Project, format: ExportFormat, output: &Path, lang: Lang) -> Result<(), String> {
    let write_err = |reason: String| ERR_EXPORT_WRITE.fmt(lang, &[("file", &show_path(output)), ("reason", &reason)]);
    let bytes = match format {
        ExportFormat::Csv => return data::csv::write_csv(project, lang, output).map_err(|e| write_err(e.to_string())),
        ExportFormat::Xlsx => data::xlsx::to_xlsx(project, lang).map_err(|e| e.message(lang))?,
        ExportFormat::Graphml => data::graphml::to_graphml(project).into_bytes(),
        ExportFormat::Gexf => data::gexf::to_gexf(project, lang).into_bytes(),
    };
    crate::io::write_atomic(output, &bytes).map_err(|e| write_err(e.to_string()))
}

/// Loads the project and exports it.
pub fn run(args: &ExportArgs, lang: Lang) -> Outcome {
    let project = match crate::io::load(&args.file) {
        Ok(p) => p,
        Err(e) => return Outcome::fail(format!("{}\n", e.message(lang, &show_path(&args.file)))),
    };
    let out_lang = args.lang.unwrap_or(lang);
    match write(&project, args.format, &args.output, out_lang) {
        Ok(()) => Outcome::ok(format!(
            "{}\n",
            EXPORTED.fmt(
                lang,
                &[
                    ("actors", &project.actors.len()),
                    ("relations", &project.relations.len()),
                    ("file", &show_path(&args.output)),
                ]
            )
        )),
        Err(message) => Outcome::fail(format!("{message}\n")),
    }
}
