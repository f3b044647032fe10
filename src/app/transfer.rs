//! Exports and imports in the app: File → Export… writes the map, the card, the report or the
//! data through the same [`crate::export::produce`] the command line uses, on a thread of its
//! own so a long export never freezes the window; File → Import… (or a dropped `.csv`, `.xlsx`
//! or `.graphml`) reads the file, shows what would be added, updated and refused, and on the
//! user's word applies it as one undoable edit, or opens it as a new project.

use super::{Pending, VerkostoApp};
use crate::export::{ExportOptions, Format, MapView};
use crate::i18n::Lang;
use crate::import::{self, ImportOptions, ImportPlan, Source};
use crate::model::{Date, Project};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

crate::messages! {
    EXPORT_MENU = "Vie", "Export";
    IMPORT = "Tuo tiedosto…", "Import a file…";
    IMPORT_INTO = "Tuo tähän projektiin", "Import into this project";
    IMPORT_AS_NEW = "Avaa uutena projektina", "Open as a new project";
    IMPORT_TITLE = "Tuo: {file}", "Import: {file}";
    IMPORT_SKIP = "Ohita hylätyt rivit ja tuo muut", "Skip the refused rows and import the rest";
    IMPORT_BLOCKED = "Tiedostossa on hylättyjä rivejä, joten mitään ei tuoda, ellet valitse niiden ohittamista.", "The file has refused rows, so nothing is imported unless you choose to skip them.";
    IMPORT_NOTHING = "Tiedostossa ei ole mitään uutta tai muuttunutta tuotavaa.", "The file holds nothing new or changed to import.";
    IMPORTED = "Tuotiin {file}: {added} uutta, {updated} päivitettyä toimijaa tai suhdetta. Kumoa: Ctrl+Z.", "Imported {file}: {added} new, {updated} updated actors or relations. Undo: Ctrl+Z.";
    IMPORTED_AS_NEW = "{file} avattiin uutena, tallentamattomana projektina.", "{file} was opened as a new, unsaved project.";
    IMPORT_FILTER = "Taulukot ja verkostot (CSV, Excel, GraphML)", "Tables and networks (CSV, Excel, GraphML)";
    EXPORT_FILTER = "Vientitiedosto", "Export file";
    EXPORTING = "Viedään {file}…", "Exporting {file}…";
    EXPORTED = "Vietiin {file} ({size} kt).", "Exported {file} ({size} kB).";
    EXPORT_STOPPED = "Vienti keskeytyi odottamatta, eikä tiedostoa {file} kirjoitettu. Projekti on ennallaan; yritä uudelleen.", "The export stopped unexpectedly and {file} was not written. The project is unchanged; please try again.";
    EXPORT_BUSY = "Edellinen vienti on vielä kesken.", "The previous export is still running.";
    PATH_EXPORT_TITLE = "Vie tiedostoon", "Export to a file";
    PATH_EXPORT_FOLDER_TITLE = "Vie kansioon", "Export to a folder";
    PATH_IMPORT_TITLE = "Tuo tiedosto", "Import a file";
}

/// The endings File → Import… and dropping a file accept.
pub const IMPORT_EXTENSIONS: [&str; 4] = ["csv", "xlsx", "graphml", "xml"];

/// An export the user asked for: what to write, and the map's view as the user sees it
/// (filters, size), so what is exported is what is seen.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    /// What to write.
    pub format: Format,
    /// The map's filters and size, from the map view.
    pub view: MapView,
}

/// A file read for import, waiting for the user's word in the review dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReview {
    /// The file, as shown.
    pub file: String,
    /// What the file held.
    pub source: Source,
    /// What importing it into the open project would do.
    pub plan: ImportPlan,
    /// Whether to import the good rows of a file with refused ones.
    pub skip_bad_rows: bool,
}

impl ImportReview {
    /// The options the user's choices give.
    pub fn options(&self) -> ImportOptions {
        ImportOptions {
            skip_bad_rows: self.skip_bad_rows,
            remove_absent: false,
        }
    }
}

/// Where an import goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportTarget {
    /// Into the open project, as one undoable edit.
    OpenProject,
    /// As a new, unsaved project (the open one is guarded like New).
    NewProject,
}

/// An export running on its own thread.
struct Running {
    file: String,
    answer: Receiver<Result<usize, String>>,
}

/// The export that runs, if any.
#[derive(Default)]
pub struct Transfers {
    running: Option<Running>,
}

impl Transfers {
    /// Whether an export is running.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }
}

/// The options the app exports with: the interface language, today's date, a PNG at twice
/// the size (sharp on a projector and in print) and the map's view.
pub fn app_options(lang: Lang, request: &ExportRequest) -> ExportOptions {
    ExportOptions {
        lang,
        scale: 2.0,
        date: Some(Date::today()),
        view: request.view.clone(),
        ..ExportOptions::default()
    }
}

/// Whether `path` is a file File → Import… reads (by its ending).
pub fn is_importable(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| IMPORT_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

impl VerkostoApp {
    /// Starts writing `request` to `path` on a thread; the status bar shows progress and then
    /// the result.
    pub(super) fn start_export(&mut self, request: ExportRequest, path: PathBuf) {
        let lang = self.lang();
        if self.transfers.busy() {
            self.say(EXPORT_BUSY.get(lang).into());
            return;
        }
        let project = self.project().clone();
        let options = app_options(lang, &request);
        let file = path.display().to_string();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let result = crate::export::produce(&project, request.format, &options)
                .map_err(|e| e.message(lang))
                .and_then(|output| crate::export::write(&output, &path, lang));
            let _ = tx.send(result);
        });
        self.say(EXPORTING.fmt(lang, &[("file", &file)]));
        self.transfers.running = Some(Running { file, answer: rx });
    }

    /// Checks on a running export; wakes the window now and then while it runs.
    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(running) = &self.transfers.running else { return };
        let lang = self.lang();
        let answer = match running.answer.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                Err(crate::export::format::ERR_WRITE.fmt(lang, &[("file", &running.file), ("reason", &"?")]))
            }
        };
        let file = running.file.clone();
        self.transfers.running = None;
        match answer {
            Ok(size) => self.say(EXPORTED.fmt(lang, &[("file", &file), ("size", &size.div_ceil(1024))])),
            Err(message) => self.fail(message),
        }
    }

    /// Reads `path` for import and opens the review; a file that cannot be read is refused
    /// with a sentence and nothing changes.
    pub(super) fn read_import(&mut self, paths: &[std::path::PathBuf]) {
        let lang = self.lang();
        let file = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let paths: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
        let source = match import::read_paths(&paths) {
            Ok(source) => source,
            Err(e) => return self.fail(e.message(lang)),
        };
        let plan = ImportPlan::build(self.project(), &source);
        self.dialogs.import = Some(ImportReview {
            file,
            source,
            plan,
            skip_bad_rows: false,
        });
    }

    /// Carries out the reviewed import.
    pub(super) fn apply_import(&mut self, target: ImportTarget) {
        let Some(review) = self.dialogs.import.take() else {
            return;
        };
        let lang = self.lang();
        let options = review.options();
        match target {
            ImportTarget::OpenProject => {
                let Some(edit) = review.plan.edit(options) else {
                    self.dialogs.import = Some(review);
                    return self.say(IMPORT_BLOCKED.get(lang).into());
                };
                let added = review.plan.added_actors.len() + review.plan.added_relations.len();
                let updated = review.plan.updated_actors.len() + review.plan.updated_relations.len();
                match self.doc.apply(edit, None) {
                    Ok(()) => self.say(IMPORTED.fmt(
                        lang,
                        &[("file", &review.file), ("added", &added), ("updated", &updated)],
                    )),
                    Err(e) => self.fail(crate::i18n::msg::EDIT_FAILED.fmt(lang, &[("reason", &e)])),
                }
            }
            ImportTarget::NewProject => {
                let mut project = Project::new();
                let plan = ImportPlan::build(&project, &review.source);
                let Some(edit) = plan.edit(options) else {
                    self.dialogs.import = Some(review);
                    return self.say(IMPORT_BLOCKED.get(lang).into());
                };
                if let Err(e) = project.apply(edit) {
                    return self.fail(crate::i18n::msg::EDIT_FAILED.fmt(lang, &[("reason", &e)]));
                }
                self.guard(Pending::Imported(Box::new(project), review.file));
            }
        }
    }

    /// Opens an imported project as a new, unsaved one (its unsaved changes were dealt with).
    pub(super) fn open_imported(&mut self, project: Project, file: &str) {
        self.replace_document(project, None, false);
        self.say(IMPORTED_AS_NEW.fmt(self.lang(), &[("file", &file)]));
    }
}
