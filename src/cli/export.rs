//! `verkosto export FILE --format FORMAT -o OUT [--lang fi|en] [--width N] [--scale N]
//! [--slide] [--date YYYY-MM-DD]`: renders the map, the business card or the whole report, or
//! writes the actors and relations as data, with the same code the app uses, and writes OUT
//! atomically.

use super::{ERR_EXTRA_ARGUMENT, ERR_MISSING_FILE, ERR_MISSING_VALUE, ERR_UNKNOWN_OPTION};
use super::{Outcome, UsageError, is_option, show_path, shown, usage};
use crate::export::{CardSize, ExportOptions, Format, produce};
use crate::i18n::Lang;
use crate::model::Date;
use std::ffi::OsString;
use std::path::PathBuf;

crate::messages! {
    ERR_EXPORT_FORMAT = "Tuntematon vientimuoto {format}; käytä svg, png, map-pdf, pdf, html, md, card-svg, card-png, card-pdf, csv, xlsx, graphml tai gexf.", "Unknown export format {format}; use svg, png, map-pdf, pdf, html, md, card-svg, card-png, card-pdf, csv, xlsx, graphml or gexf.";
    ERR_EXPORT_NO_FORMAT = "Kerro muoto valitsimella --format (esim. --format pdf).", "Say the format with --format (for example --format pdf).";
    ERR_NO_OUTPUT = "Komento {command} tarvitsee valitsimen -o ja tiedoston nimen (esim. -o kartta.svg). Katso verkosto --help.", "The command {command} needs the option -o with a file name (for example -o map.svg). See verkosto --help.";
    ERR_EXPORT_LANG = "Tuntematon kieli {lang}; käytä fi tai en.", "Unknown language {lang}; use fi or en.";
    ERR_EXPORT_NUMBER = "Valitsimen {option} arvon pitää olla luku väliltä {min}–{max}, ei {value}.", "The value of {option} must be a number from {min} to {max}, not {value}.";
    ERR_EXPORT_DATE = "Päivämäärä {value} ei ole muotoa VVVV-KK-PP.", "The date {value} is not of the form YYYY-MM-DD.";
    EXPORT_WRITTEN = "Kirjoitettiin {file} ({size} kt).", "Wrote {file} ({size} kB).";
    EXPORTED_DATA = "Vietiin {actors} toimijaa ja {relations} suhdetta: {file}", "Exported {actors} actors and {relations} relations: {file}";
}

/// Arguments of `export`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportArgs {
    /// The project file.
    pub file: PathBuf,
    /// What to write.
    pub format: Format,
    /// Where to write it (a folder for CSV).
    pub output: PathBuf,
    /// Language of the export (and of the messages); the user's language when not given.
    pub lang: Option<Lang>,
    /// Map width in pixels.
    pub width: Option<f32>,
    /// PNG scale.
    pub scale: Option<f32>,
    /// The business card as a 16:9 slide instead of A4.
    pub slide: bool,
    /// The date printed on the export; today when not given.
    pub date: Option<Date>,
}

/// Takes the value of `option`: inline (`--opt=value`) or the next argument. A value that
/// looks like an option is refused, except `-` alone.
pub(crate) fn value<'a>(
    inline: Option<&str>,
    args: &mut impl Iterator<Item = &'a OsString>,
    option: &str,
    lang: Lang,
) -> Result<OsString, UsageError> {
    let missing = || usage(lang, ERR_MISSING_VALUE, &[("option", &option)]);
    match inline {
        Some("") => Err(missing()),
        Some(v) => Ok(OsString::from(v)),
        None => match args.next() {
            Some(v) if !is_option(v) || v.as_os_str() == "-" => Ok(v.clone()),
            _ => Err(missing()),
        },
    }
}

/// A value that must be UTF-8 text (a format, a language, a number, a date).
fn text(value: OsString, option: &str, lang: Lang) -> Result<String, UsageError> {
    value
        .into_string()
        .map_err(|_| usage(lang, ERR_MISSING_VALUE, &[("option", &option)]))
}

/// Parses the arguments after `export`, in any order; `--opt=value` works too.
pub fn parse(rest: &[&OsString], lang: Lang) -> Result<ExportArgs, UsageError> {
    let mut file = None;
    let mut format = None;
    let mut output = None;
    let mut out_lang = None;
    let mut width = None;
    let mut scale = None;
    let mut slide = false;
    let mut date = None;
    let mut args = rest.iter().copied();
    while let Some(arg) = args.next() {
        // A file name that is not UTF-8 is kept as it is; options are always UTF-8.
        let Some(arg_text) = arg.to_str() else {
            if file.is_some() {
                return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &shown(arg))]));
            }
            file = Some(PathBuf::from(arg));
            continue;
        };
        let (name, inline) = match arg_text.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (arg_text, None),
        };
        match name {
            "--format" | "-f" => {
                let v = text(value(inline, &mut args, name, lang)?, name, lang)?;
                let parsed = Format::parse(&v).ok_or_else(|| usage(lang, ERR_EXPORT_FORMAT, &[("format", &v)]))?;
                format = Some(parsed);
            }
            "-o" | "--output" => output = Some(PathBuf::from(value(inline, &mut args, name, lang)?)),
            "--lang" => {
                let v = text(value(inline, &mut args, name, lang)?, name, lang)?;
                out_lang = Some(parse_lang(&v, lang)?);
            }
            "--width" => {
                let v = text(value(inline, &mut args, name, lang)?, name, lang)?;
                width = Some(number(lang, name, &v, 200.0, 20_000.0)?);
            }
            "--scale" => {
                let v = text(value(inline, &mut args, name, lang)?, name, lang)?;
                scale = Some(number(lang, name, &v, 0.25, 8.0)?);
            }
            "--date" => {
                let v = text(value(inline, &mut args, name, lang)?, name, lang)?;
                date = Some(Date::parse(&v).ok_or_else(|| usage(lang, ERR_EXPORT_DATE, &[("value", &v)]))?);
            }
            "--slide" => slide = true,
            other if other.starts_with('-') && other.len() > 1 => {
                return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &other)]));
            }
            other => {
                if file.is_some() {
                    return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &other)]));
                }
                file = Some(PathBuf::from(arg));
            }
        }
    }
    let lang = out_lang.unwrap_or(lang);
    let file = file.ok_or_else(|| usage(lang, ERR_MISSING_FILE, &[("command", &"export")]))?;
    let format = format.ok_or_else(|| usage(lang, ERR_EXPORT_NO_FORMAT, &[]))?;
    let output = output.ok_or_else(|| usage(lang, ERR_NO_OUTPUT, &[("command", &"export")]))?;
    Ok(ExportArgs {
        file,
        format,
        output,
        lang: out_lang,
        width,
        scale,
        slide,
        date,
    })
}

/// Parses `--lang fi|en`.
pub(crate) fn parse_lang(value: &str, lang: Lang) -> Result<Lang, UsageError> {
    match value {
        "fi" => Ok(Lang::Fi),
        "en" => Ok(Lang::En),
        _ => Err(usage(lang, ERR_EXPORT_LANG, &[("lang", &value)])),
    }
}

fn number(lang: Lang, option: &str, value: &str, min: f32, max: f32) -> Result<f32, UsageError> {
    match value.parse::<f32>() {
        Ok(v) if v.is_finite() && (min..=max).contains(&v) => Ok(v),
        _ => Err(usage(
            lang,
            ERR_EXPORT_NUMBER,
            &[("option", &option), ("min", &min), ("max", &max), ("value", &value)],
        )),
    }
}

/// Loads the project, renders or converts it and writes the output atomically.
pub fn run(args: &ExportArgs, lang: Lang) -> Outcome {
    let lang = args.lang.unwrap_or(lang);
    let project = match crate::io::load(&args.file) {
        Ok(p) => p,
        Err(e) => return Outcome::fail(format!("{}\n", e.message(lang, &show_path(&args.file)))),
    };
    let options = ExportOptions {
        lang,
        width: args.width.unwrap_or(1600.0),
        scale: args.scale.unwrap_or(1.0),
        date: Some(args.date.unwrap_or_else(Date::today)),
        card: if args.slide { CardSize::Slide } else { CardSize::A4 },
        ..ExportOptions::default()
    };
    let result = produce(&project, args.format, &options)
        .map_err(|e| e.message(lang))
        .and_then(|output| crate::export::write(&output, &args.output, lang));
    let file = show_path(&args.output);
    match result {
        Ok(size) => Outcome::ok(format!(
            "{}\n",
            match args.format {
                Format::Rendered(_) => EXPORT_WRITTEN.fmt(lang, &[("file", &file), ("size", &size.div_ceil(1024))]),
                _ => EXPORTED_DATA.fmt(
                    lang,
                    &[
                        ("actors", &project.actors.len()),
                        ("relations", &project.relations.len()),
                        ("file", &file),
                    ],
                ),
            }
        )),
        Err(message) => Outcome::fail(format!("{message}\n")),
    }
}
