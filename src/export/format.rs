//! Every export the app and the command line offer, in one list: its name on the command line,
//! its file ending, its menu label, and [`produce`], which makes its bytes. The command line and
//! the app both call [`produce`], so they give the same bytes for the same project and options.

use super::{ExportError, ExportOptions, Rendered, data};
use crate::i18n::{Lang, Tr};
use crate::io::AtomicWriter;
use crate::model::Project;
use std::path::Path;

crate::messages! {
    MAP_SVG = "Kartta (SVG)", "Map (SVG)";
    MAP_PNG = "Kartta (PNG)", "Map (PNG)";
    MAP_PDF = "Kartta (PDF, vektori)", "Map (PDF, vector)";
    REPORT_PDF = "Koko strategia (PDF)", "The whole strategy (PDF)";
    REPORT_HTML = "Koko strategia (HTML)", "The whole strategy (HTML)";
    REPORT_MD = "Koko strategia (Markdown)", "The whole strategy (Markdown)";
    CARD_SVG = "Käyntikortti (SVG)", "Business card (SVG)";
    CARD_PNG = "Käyntikortti (PNG)", "Business card (PNG)";
    CARD_PDF = "Käyntikortti (PDF)", "Business card (PDF)";
    DATA_XLSX = "Toimijat ja suhteet (Excel, Kumun muoto)", "Actors and relations (Excel, Kumu's layout)";
    DATA_CSV = "Toimijat ja suhteet (CSV-kansio)", "Actors and relations (CSV folder)";
    DATA_GRAPHML = "Verkosto (GraphML: yEd, Gephi, Cytoscape)", "Network (GraphML: yEd, Gephi, Cytoscape)";
    ERR_WRITE = "Tiedostoa {file} ei voitu kirjoittaa: {reason}", "Could not write {file}: {reason}";
    DATA_GEXF = "Verkosto (GEXF: Gephi, sijainnit ja värit)", "Network (GEXF: Gephi, positions and colours)";
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Something drawn: the map, the report or the business card.
    Rendered(Rendered),
    /// A folder with `actors.csv` and `relations.csv`.
    Csv,
    /// An Excel workbook in Kumu's layout.
    Xlsx,
    /// GraphML.
    Graphml,
    /// GEXF 1.3.
    Gexf,
}

/// The bytes of one export.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// One file.
    File(Vec<u8>),
    /// Files to put in a folder: their names and contents.
    Folder(Vec<(&'static str, Vec<u8>)>),
}

impl Output {
    /// The total size in bytes.
    pub fn len(&self) -> usize {
        match self {
            Output::File(bytes) => bytes.len(),
            Output::Folder(files) => files.iter().map(|(_, b)| b.len()).sum(),
        }
    }

    /// Whether nothing was produced.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ProduceError {
    /// Drawing failed.
    #[error(transparent)]
    Render(#[from] ExportError),
    /// A data format failed.
    #[error(transparent)]
    Data(#[from] data::ExportError),
}

impl ProduceError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ProduceError::Render(e) => e.message(lang),
            ProduceError::Data(e) => e.message(lang),
        }
    }
}

impl Format {
    /// Every format, in the order of the Export menu.
    pub const ALL: [Format; 13] = [
        Format::Rendered(Rendered::ReportPdf),
        Format::Rendered(Rendered::ReportHtml),
        Format::Rendered(Rendered::ReportMarkdown),
        Format::Rendered(Rendered::MapPng),
        Format::Rendered(Rendered::MapSvg),
        Format::Rendered(Rendered::MapPdf),
        Format::Rendered(Rendered::CardPdf),
        Format::Rendered(Rendered::CardPng),
        Format::Rendered(Rendered::CardSvg),
        Format::Xlsx,
        Format::Csv,
        Format::Graphml,
        Format::Gexf,
    ];

    /// The format named `name` on the command line.
    pub fn parse(name: &str) -> Option<Format> {
        Some(match name.to_ascii_lowercase().as_str() {
            "svg" | "map-svg" => Format::Rendered(Rendered::MapSvg),
            "png" | "map-png" => Format::Rendered(Rendered::MapPng),
            "map-pdf" => Format::Rendered(Rendered::MapPdf),
            "pdf" | "report-pdf" => Format::Rendered(Rendered::ReportPdf),
            "html" => Format::Rendered(Rendered::ReportHtml),
            "md" | "markdown" => Format::Rendered(Rendered::ReportMarkdown),
            "card-svg" => Format::Rendered(Rendered::CardSvg),
            "card-png" => Format::Rendered(Rendered::CardPng),
            "card-pdf" => Format::Rendered(Rendered::CardPdf),
            "csv" => Format::Csv,
            "xlsx" => Format::Xlsx,
            "graphml" => Format::Graphml,
            "gexf" => Format::Gexf,
            _ => return None,
        })
    }

    /// The file ending, without the dot; `None` for a folder.
    pub fn extension(self) -> Option<&'static str> {
        Some(match self {
            Format::Rendered(Rendered::MapSvg | Rendered::CardSvg) => "svg",
            Format::Rendered(Rendered::MapPng | Rendered::CardPng) => "png",
            Format::Rendered(Rendered::MapPdf | Rendered::ReportPdf | Rendered::CardPdf) => "pdf",
            Format::Rendered(Rendered::ReportHtml) => "html",
            Format::Rendered(Rendered::ReportMarkdown) => "md",
            Format::Xlsx => "xlsx",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Csv => return None,
        })
    }

    /// A file name for the export of a project called `project_name`.
    pub fn suggested_name(self, project_name: &str) -> String {
        let stem: String = project_name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let stem = stem.trim_matches('-');
        let stem = if stem.is_empty() { "verkosto" } else { stem };
        let what = match self {
            Format::Rendered(Rendered::MapSvg | Rendered::MapPng | Rendered::MapPdf) => "-map",
            Format::Rendered(Rendered::CardSvg | Rendered::CardPng | Rendered::CardPdf) => "-card",
            _ => "",
        };
        match self.extension() {
            Some(ext) => format!("{stem}{what}.{ext}"),
            None => format!("{stem}-data"),
        }
    }

    /// The menu label.
    pub fn label(self) -> Tr {
        match self {
            Format::Rendered(Rendered::MapSvg) => MAP_SVG,
            Format::Rendered(Rendered::MapPng) => MAP_PNG,
            Format::Rendered(Rendered::MapPdf) => MAP_PDF,
            Format::Rendered(Rendered::ReportPdf) => REPORT_PDF,
            Format::Rendered(Rendered::ReportHtml) => REPORT_HTML,
            Format::Rendered(Rendered::ReportMarkdown) => REPORT_MD,
            Format::Rendered(Rendered::CardSvg) => CARD_SVG,
            Format::Rendered(Rendered::CardPng) => CARD_PNG,
            Format::Rendered(Rendered::CardPdf) => CARD_PDF,
            Format::Xlsx => DATA_XLSX,
            Format::Csv => DATA_CSV,
            Format::Graphml => DATA_GRAPHML,
            Format::Gexf => DATA_GEXF,
        }
    }

    /// Whether the format shows the map, so that the map's current view matters.
    pub fn shows_map(self) -> bool {
        matches!(
            self,
            Format::Rendered(
                Rendered::MapSvg | Rendered::MapPng | Rendered::MapPdf | Rendered::ReportPdf | Rendered::ReportHtml
            )
        )
    }
}

/// Makes the bytes of `format` for `project`. Data formats take their headers and labels in
/// `options.lang`.
pub fn produce(project: &Project, format: Format, options: &ExportOptions) -> Result<Output, ProduceError> {
    let lang = options.lang;
    Ok(match format {
        Format::Rendered(what) => Output::File(super::render(project, what, options)?),
        Format::Csv => {
            let (actors, relations) = data::csv::to_csv(project, lang);
            Output::Folder(vec![
                (data::csv::ACTORS_FILE, actors.into_bytes()),
                (data::csv::RELATIONS_FILE, relations.into_bytes()),
            ])
        }
        Format::Xlsx => Output::File(data::xlsx::to_xlsx(project, lang)?),
        Format::Graphml => Output::File(data::graphml::to_graphml(project).into_bytes()),
        Format::Gexf => Output::File(data::gexf::to_gexf(project, lang).into_bytes()),
    })
}

/// Writes `output` atomically to `path` (a folder, made if missing, for [`Output::Folder`]);
/// the error is a sentence in `lang`. Returns the size written in bytes.
pub fn write(output: &Output, path: &Path, lang: Lang) -> Result<usize, String> {
    let fail = |path: &Path, reason: String| ERR_WRITE.fmt(lang, &[("file", &path.display()), ("reason", &reason)]);
    let write_file = |path: &Path, bytes: &[u8]| {
        AtomicWriter::default()
            .write(path, bytes)
            .map_err(|e| fail(path, e.reason(lang)))
    };
    match output {
        Output::File(bytes) => write_file(path, bytes)?,
        Output::Folder(files) => {
            std::fs::create_dir_all(path).map_err(|e| fail(path, crate::io::OsError::from(e).message(lang)))?;
            for (name, bytes) in files {
                write_file(&path.join(name), bytes)?;
            }
        }
    }
    Ok(output.len())
}
