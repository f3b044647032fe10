//! `verkosto export FILE --format FORMAT -o OUT [--lang fi|en] [--width N] [--scale N]
//! [--slide] [--date YYYY-MM-DD]`: renders the map, the business card or the whole report
//! with the same code the app uses, and writes OUT atomically.

use super::{ERR_EXTRA_ARGUMENT, ERR_MISSING_FILE, ERR_MISSING_VALUE, ERR_UNKNOWN_OPTION};
use super::{Outcome, UsageError, show_path, usage};
use crate::export::{CardSize, ExportOptions, Rendered};
use crate::i18n::Lang;
use crate::model::Date;
use std::path::PathBuf;

crate::messages! {
    ERR_EXPORT_FORMAT = "Tuntematon vientimuoto {format}; käytä svg, png, pdf, html, md, card-svg, card-png tai card-pdf.", "Unknown export format {format}; use svg, png, map-pdf, pdf, html, md, card-svg, card-png or card-pdf.";
    ERR_EXPORT_NO_FORMAT = "Kerro muoto valitsimella --format (esim. --format pdf).", "Say the format with --format (for example --format pdf).";
    ERR_EXPORT_NO_OUTPUT = "Kerro kohdetiedosto valitsimella -o (esim. -o kartta.svg).", "Say the output file with -o (for example -o map.svg).";
    ERR_EXPORT_LANG = "Tuntematon kieli {lang}; käytä fi tai en.", "Unknown language {lang}; use fi or en.";
    ERR_EXPORT_NUMBER = "Valitsimen {option} arvon pitää olla luku väliltä {min}–{max}, ei {value}.", "The value of {option} must be a number from {min} to {max}, not {value}.";
    ERR_EXPORT_DATE = "Päivämäärä {value} ei ole muotoa VVVV-KK-PP.", "The date {value} is not of the form YYYY-MM-DD.";
    ERR_EXPORT_WRITE = "Tiedostoa {file} ei voitu kirjoittaa: {reason}", "Could not write {file}: {reason}";
    EXPORT_WRITTEN = "Kirjoitettiin {file} ({size} kt).", "Wrote {file} ({size} kB).";
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The network map as SVG.
    Svg,
    /// The network map as PNG.
    Png,
    /// The network map as a vector PDF (any size, e.g. a poster).
    MapPdf,
    /// The whole report as one HTML file.
    Html,
    /// The whole report as Markdown.
    Md,
    /// The whole report as PDF.
    Pdf,
    /// The business card as SVG.
    CardSvg,
    /// The business card as PNG.
    CardPng,
    /// The business card as PDF.
    CardPdf,
}

impl ExportFormat {
    /// The format named `name` on the command line.
    pub fn parse(name: &str) -> Option<ExportFormat> {
        Some(match name.to_ascii_lowercase().as_str() {
            "svg" | "map-svg" => ExportFormat::Svg,
            "png" | "map-png" => ExportFormat::Png,
            "map-pdf" => ExportFormat::MapPdf,
            "pdf" | "report-pdf" => ExportFormat::Pdf,
            "html" => ExportFormat::Html,
            "md" | "markdown" => ExportFormat::Md,
            "card-svg" => ExportFormat::CardSvg,
            "card-png" => ExportFormat::CardPng,
            "card-pdf" => ExportFormat::CardPdf,
            _ => return None,
        })
    }
}

/// Arguments of `export`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportArgs {
    /// The project file.
    pub file: PathBuf,
    /// What to write.
    pub format: ExportFormat,
    /// Where to write it.
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

/// Parses the arguments after `export`, in any order; `--opt=value` works too.
pub fn parse(rest: &[&String], lang: Lang) -> Result<ExportArgs, UsageError> {
    let mut file = None;
    let mut format = None;
    let mut output = None;
    let mut out_lang = None;
    let mut width = None;
    let mut scale = None;
    let mut slide = false;
    let mut date = None;
    let mut args = rest.iter().map(|s| s.as_str());
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (arg, None),
        };
        let takes_value = matches!(
            name,
            "--format" | "-f" | "-o" | "--output" | "--lang" | "--width" | "--scale" | "--date"
        );
        let value = if takes_value {
            match inline.or_else(|| args.next()) {
                Some(v) => v,
                None => return Err(usage(lang, ERR_MISSING_VALUE, &[("option", &name)])),
            }
        } else {
            ""
        };
        match name {
            "--format" | "-f" => {
                format = Some(
                    ExportFormat::parse(value).ok_or_else(|| usage(lang, ERR_EXPORT_FORMAT, &[("format", &value)]))?,
                );
            }
            "-o" | "--output" => output = Some(PathBuf::from(value)),
            "--lang" => {
                out_lang = Some(match value {
                    "fi" => Lang::Fi,
                    "en" => Lang::En,
                    _ => return Err(usage(lang, ERR_EXPORT_LANG, &[("lang", &value)])),
                });
            }
            "--width" => width = Some(number(lang, "--width", value, 200.0, 20_000.0)?),
            "--scale" => scale = Some(number(lang, "--scale", value, 0.25, 8.0)?),
            "--date" => {
                date = Some(Date::parse(value).ok_or_else(|| usage(lang, ERR_EXPORT_DATE, &[("value", &value)]))?);
            }
            "--slide" => slide = true,
            other if other.starts_with('-') && other.len() > 1 => {
                return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &other)]));
            }
            other => {
                if file.is_some() {
                    return Err(usage(lang, ERR_EXTRA_ARGUMENT, &[("argument", &other)]));
                }
                file = Some(PathBuf::from(other));
            }
        }
    }
    let lang = out_lang.unwrap_or(lang);
    let file = file.ok_or_else(|| usage(lang, ERR_MISSING_FILE, &[("command", &"export")]))?;
    let format = format.ok_or_else(|| usage(lang, ERR_EXPORT_NO_FORMAT, &[]))?;
    let output = output.ok_or_else(|| usage(lang, ERR_EXPORT_NO_OUTPUT, &[]))?;
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

/// Loads the project, renders it and writes the output atomically.
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
    let what = match args.format {
        ExportFormat::Svg => Rendered::MapSvg,
        ExportFormat::Png => Rendered::MapPng,
        ExportFormat::MapPdf => Rendered::MapPdf,
        ExportFormat::Html => Rendered::ReportHtml,
        ExportFormat::Md => Rendered::ReportMarkdown,
        ExportFormat::Pdf => Rendered::ReportPdf,
        ExportFormat::CardSvg => Rendered::CardSvg,
        ExportFormat::CardPng => Rendered::CardPng,
        ExportFormat::CardPdf => Rendered::CardPdf,
    };
    let bytes = match crate::export::render(&project, what, &options) {
        Ok(b) => b,
        Err(e) => return Outcome::fail(format!("{}\n", e.message(lang))),
    };
    let file = show_path(&args.output);
    match crate::io::write_atomic(&args.output, &bytes) {
        Ok(()) => Outcome::ok(format!(
            "{}\n",
            EXPORT_WRITTEN.fmt(lang, &[("file", &file), ("size", &bytes.len().div_ceil(1024))])
        )),
        Err(e) => Outcome::fail(format!(
            "{}\n",
            ERR_EXPORT_WRITE.fmt(lang, &[("file", &file), ("reason", &e)])
        )),
    }
}
