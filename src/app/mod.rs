//! The application's state and behaviour: the open document with its history and file, user
//! settings, what is shown and selected, the dialogs' state, and the commands and edits that
//! views emit. It knows egui's input (shortcuts, focus, viewport commands) but no view: the
//! views and the window's frame loop live in `crate::ui`, which calls into this module, never
//! the other way round.

pub mod combining;
mod command;
mod file_dialog;
mod frame;
mod history;
mod open_lock;
mod outbox;
pub mod safe_msg;
mod safety;
mod settings;
pub mod transfer;
mod view;

pub use combining::{CombineReview, Named, Pick, REASONS, Reading, ReviewRow, ReviewSummary, RowFilter};
pub use command::{Command, Dialog, DiskChoice, ElsewhereChoice, GuardChoice, HelpPage, RecoveryChoice, UnsavedChoice};
pub use file_dialog::{FileDialogs, PathEntry, Purpose};
pub use history::{Document, MergeKey, UNDO_LIMIT};
pub use open_lock::{ElsewhereWaiting, OpenElsewhere};
pub use outbox::Outbox;
pub use safety::{AUTOSAVE_INTERVAL, DISK_CHECK_INTERVAL, GuardReason, SaveGuard};
pub use settings::{RECENT_LIMIT, Settings, config_dir, data_dir};
pub use transfer::{ExportRequest, IMPORT_EXTENSIONS, ImportReview, ImportTarget, Transfers};
pub use view::{Selection, ViewState};

use crate::i18n::{Lang, msg};
use crate::io::recovery::Found;
use crate::model::{Project, ProjectMeta};
use std::path::{Path, PathBuf};

/// An action that waits for the user to decide about unsaved changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// Start a new project.
    New,
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the example.
    OpenExample,
    /// Close the window.
    Quit,
    /// Open a project made by an import (from the file named), unsaved.
    Imported(Box<Project>, String),
    /// Open a joint project combined from members' files, unsaved, saying what was done.
    Combined(Box<Project>, String),
}

/// A project file being opened on its own thread.
#[derive(Debug)]
pub struct Opening {
    /// The file.
    pub path: PathBuf,
    /// Where its project (or why it could not be read) arrives.
    result: std::sync::mpsc::Receiver<Result<crate::io::Loaded, crate::io::LoadError>>,
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusMessage {
    /// The text.
    pub text: String,
    /// Whether it reports a failure.
    pub error: bool,
}

/// Modal windows of the app.
#[derive(Debug, Clone, Default)]
pub struct Dialogs {
    /// Asking whether to save before this action.
    pub confirm: Option<Pending>,
    /// The About window.
    pub about: bool,
    /// The open page of the help window.
    pub help: Option<HelpPage>,
    /// The editor of the project's lists, with the index of the open list.
    pub lists: Option<usize>,
    /// Editing the project's name and description (the working copy).
    pub properties: Option<ProjectMeta>,
    /// The recovery copies left by a crash, offered at start until each has a choice.
    pub recovery: Vec<Found>,
    /// Asking before a save drops unknown fields or replaces a change on disk.
    pub save_guard: Option<SaveGuard>,
    /// The open file changed on disk: reload or keep mine?
    pub disk_changed: bool,
    /// A failure to show in full (for example every problem of a file that did not open).
    pub error: Option<String>,
    /// The review of a file to import.
    pub import: Option<ImportReview>,
    /// A file read while another Verkosto window has it open: open it read-only, anyway, or not?
    pub open_elsewhere: Option<OpenElsewhere>,
    /// The review of members' files to combine.
    pub combine: Option<CombineReview>,
}

/// How the app is set up; tests turn off everything that touches the user's machine.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// Try native file dialogs (otherwise the in-app path field is used).
    pub native_dialogs: bool,
    /// Read and write settings in the configuration folder.
    pub persist_settings: bool,
    /// The folder of the autosave recovery copies (one per open document, written while there
    /// are unsaved changes, offered at the next start after a crash); `None` turns autosave off.
    /// The open-document locks, which tell that a file is open in another window, are kept in
    /// the same folder, and are off with it.
    pub recovery: Option<PathBuf>,
}

impl Default for AppOptions {
    fn default() -> AppOptions {
        AppOptions {
            native_dialogs: std::env::var_os("VERKOSTO_NO_NATIVE_DIALOGS").is_none(),
            persist_settings: true,
            recovery: data_dir().map(|d| d.join("recovery")),
        }
    }
}

/// The application state.
pub struct VerkostoApp {
    /// The open project with its history.
    pub doc: Document,
    /// The file the project came from or was last saved to.
    pub path: Option<PathBuf>,
    /// User preferences.
    pub settings: Settings,
    /// What is shown: phase, selection, zoom … (never undone).
    pub view: ViewState,
    /// The latest status message.
    pub status: Option<StatusMessage>,
    /// Modal windows.
    pub dialogs: Dialogs,
    /// File dialogs and the path field.
    pub files: FileDialogs,
    /// The one cache of the network analysis, shared by every view.
    pub analysis: crate::analysis::cache::AnalysisCache,
    /// The export that runs, if any.
    pub transfers: Transfers,
    options: AppOptions,
    allow_close: bool,
    quit_requested: bool,
    safety: safety::Safety,
    last_focus: Option<egui::Id>,
    last_title: Option<String>,
    /// Counts the documents opened in this window, so views can forget what they remembered
    /// of the previous one.
    documents_opened: u64,
    /// A project file being read and parsed on its own thread (the file given at start).
    pub opening: Option<Opening>,
    /// Whether the open project is the built-in example, not yet saved anywhere.
    example_open: bool,
    /// Members' files being read for combining, if any.
    pub combining: Option<Reading>,
}

impl VerkostoApp {
    /// The app showing `project` (from `path`, if any) with `options`.
    pub fn new(project: Project, path: Option<PathBuf>, options: AppOptions) -> VerkostoApp {
        let settings = if options.persist_settings {
            Settings::load().unwrap_or_default()
        } else {
            Settings::default()
        };
        let safety = safety::Safety::new(options.recovery.clone());
        let mut app = VerkostoApp {
            doc: Document::new(project, true),
            path,
            settings,
            view: ViewState::default(),
            status: None,
            dialogs: Dialogs::default(),
            files: FileDialogs::new(options.native_dialogs),
            analysis: Default::default(),
            transfers: Transfers::default(),
            options,
            allow_close: false,
            quit_requested: false,
            safety,
            last_focus: None,
            last_title: None,
            documents_opened: 0,
            example_open: false,
            opening: None,
            combining: None,
        };
        app.offer_recovery();
        app
    }

    /// The app as started from the command line: `file` if given, else the example project.
    /// A file that cannot be opened leaves the example open and says why.
    pub fn startup(file: Option<PathBuf>, options: AppOptions) -> VerkostoApp {
        let mut app = VerkostoApp::new(crate::example::project(), None, options);
        app.example_open = true;
        if let Some(file) = file {
            app.open_path(&file);
        }
        app
    }

    /// An app for tests: no settings, recovery or native dialogs; English unless told.
    pub fn for_tests(project: Project) -> VerkostoApp {
        VerkostoApp::with_options(
            project,
            AppOptions {
                native_dialogs: false,
                persist_settings: false,
                recovery: None,
            },
        )
    }

    /// An app for tests with `options`; English.
    pub fn with_options(project: Project, options: AppOptions) -> VerkostoApp {
        let mut app = VerkostoApp::new(project, None, options);
        app.settings.lang = Lang::En;
        app
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        self.doc.project()
    }

    fn say(&mut self, text: String) {
        self.status = Some(StatusMessage { text, error: false });
    }

    fn fail(&mut self, text: String) {
        self.status = Some(StatusMessage {
            text: text.lines().next().unwrap_or_default().to_owned(),
            error: true,
        });
        self.dialogs.error = Some(text);
    }

    /// The open file's name (without its folder), or what an unsaved project is called.
    pub fn file_label(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| self.unsaved_label().to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// What the status bar and title call a project without a file: the example, or untitled.
    pub fn unsaved_label(&self) -> &'static str {
        if self.example_open {
            msg::EXAMPLE_LABEL
        } else {
            msg::UNTITLED
        }
        .get(self.lang())
    }

    /// The window title: project name, file, an unsaved mark and a read-only mark.
    pub fn title(&self) -> String {
        let dirty = if self.doc.is_dirty() { "● " } else { "" };
        let read_only = if self.read_only() {
            format!(" {}", safe_msg::READ_ONLY_MARK.get(self.lang()))
        } else {
            String::new()
        };
        format!(
            "{dirty}{} – {}{read_only} – Verkosto",
            self.project().display_name(),
            self.file_label()
        )
    }

    /// How many documents have replaced the first one; changes whenever another document is
    /// opened, so views can forget what they remembered of the previous one.
    pub fn documents_opened(&self) -> u64 {
        self.documents_opened
    }

    fn save_settings(&self) {
        if self.options.persist_settings {
            self.settings.save();
        }
    }

    fn replace_document(&mut self, project: Project, path: Option<PathBuf>, saved: bool) {
        self.doc = Document::new(project, saved);
        self.path = path;
        self.example_open = false;
        self.documents_opened += 1;
        self.view = ViewState {
            phase: self.view.phase,
            ..ViewState::default()
        };
        self.clear_recovery();
        self.safety.unknown = None;
        let path = self.path.clone();
        self.hold_lock_for(path.as_deref());
        self.remember_disk(path.as_deref());
    }

    /// Opens `path`; on failure the current project stays and the reason is shown.
    pub fn open_path(&mut self, path: &Path) {
        let loaded = crate::io::load_checked(path);
        self.finish_open(path, loaded);
    }

    /// Starts reading and parsing `path` on its own thread, so that the window shows at once
    /// (a 5,000-actor file takes a few seconds); `ctx` is woken when it is read. Until then
    /// the window shows that it is opening the file; the result is taken in [`Self::poll_opening`].
    pub fn open_in_background(&mut self, path: PathBuf, ctx: &egui::Context) {
        let (send, result) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let read = path.clone();
        let spawned = std::thread::Builder::new().name("open".into()).spawn(move || {
            // The window may have closed meanwhile; then nobody waits for the answer.
            let _ = send.send(crate::io::load_checked(&read));
            ctx.request_repaint();
        });
        match spawned {
            Ok(_) => self.opening = Some(Opening { path, result }),
            // No thread to be had: read it here, as before the window showed.
            Err(_) => self.open_path(&path),
        }
    }

    /// Takes the project read by [`Self::open_in_background`] once it is there.
    pub fn poll_opening(&mut self) {
        let Some(opening) = &self.opening else { return };
        let loaded = match opening.result.try_recv() {
            Ok(loaded) => loaded,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Err(crate::io::LoadError::Read(
                std::io::Error::other("the thread reading the file stopped").into(),
            )),
        };
        let path = opening.path.clone();
        self.opening = None;
        self.finish_open(&path, loaded);
    }

    fn finish_open(&mut self, path: &Path, loaded: Result<crate::io::Loaded, crate::io::LoadError>) {
        let name = path.display().to_string();
        match loaded {
            Ok(loaded) => self.open_loaded(path, loaded),
            Err(e) => {
                let lang = self.lang();
                self.fail(format!(
                    "{}\n\n{}",
                    e.message(lang, &name),
                    msg::ERR_NOT_OPENED.get(lang)
                ));
            }
        }
    }

    /// Makes the project read from `path` the open document (read-only if asked).
    fn adopt_loaded(&mut self, path: &Path, loaded: crate::io::Loaded, read_only: bool) {
        let name = path.display().to_string();
        let unknown: Vec<String> = loaded
            .unknown_message(self.lang(), &name)
            .map_or_else(Vec::new, |text| {
                text.lines()
                    .skip(1)
                    .map(|l| l.trim_start_matches("- ").to_owned())
                    .collect()
            });
        self.replace_document(loaded.project, Some(path.to_path_buf()), true);
        self.safety.read_only = read_only;
        if !unknown.is_empty() {
            self.safety.unknown = Some((path.to_path_buf(), unknown));
        }
        self.settings.add_recent(path);
        self.save_settings();
        self.say(msg::OPENED.fmt(self.lang(), &[("file", &name)]));
    }

    /// Saves to `path`; true on success.
    pub fn save_to(&mut self, path: &Path) -> bool {
        self.save_then(path, None)
    }

    /// Saves to `path` and then carries on with `then`; true when saved. When `path` is the
    /// file opened anyway and the other window still has it open, nothing is written and
    /// Save as… is offered (carrying `then` on).
    fn save_then(&mut self, path: &Path, then: Option<Pending>) -> bool {
        let name = path.display().to_string();
        if self.refuses_saving_to(path) {
            self.refuse_save(then);
            return false;
        }
        if self.saving_over_elsewhere(path) {
            let text = safe_msg::SAVE_OVER_ELSEWHERE.fmt(self.lang(), &[("file", &name)]);
            self.fail(text);
            return false;
        }
        // The file's lock is taken before it is written: a window that opened it anyway takes
        // it once the other window has closed, and is refused while that one still has it.
        let lock = match self.lock_for_saving(path) {
            Ok(lock) => lock,
            Err(()) => {
                self.refuse_save_held(then);
                return false;
            }
        };
        match crate::io::save_with(&self.safety.writer, path, self.project()) {
            Ok(()) => {
                self.doc.mark_saved();
                self.path = Some(path.to_path_buf());
                // Saved under another name (or the other window has closed): that file's lock
                // is now this window's, and read-only ends.
                self.take_lock(lock);
                self.hold_lock_for(Some(path));
                self.remember_disk(Some(path));
                if self.safety.unknown.as_ref().is_some_and(|(file, _)| file == path) {
                    self.safety.unknown = None;
                }
                self.example_open = false;
                self.settings.add_recent(path);
                self.save_settings();
                self.clear_recovery();
                self.say(msg::SAVED_TO.fmt(self.lang(), &[("file", &name)]));
                if let Some(next) = then {
                    self.proceed(next);
                }
                true
            }
            Err(e) => {
                if let Some(lock) = lock {
                    lock.release();
                }
                let text = format!(
                    "{} {}",
                    e.message(self.lang(), &name),
                    safe_msg::SAVE_FAILED_KEPT.get(self.lang())
                );
                self.fail(text);
                false
            }
        }
    }

    /// Runs one command.
    pub fn run(&mut self, command: Command) {
        let Some(command) = self.run_safety(command).and_then(|c| self.run_open_lock(c)) else {
            return;
        };
        let lang = self.lang();
        match command {
            Command::New => self.guard(Pending::New),
            Command::Open => self.guard(Pending::Open),
            Command::OpenPath(p) => self.guard(Pending::OpenPath(p)),
            Command::OpenExample => self.guard(Pending::OpenExample),
            Command::Quit => self.guard(Pending::Quit),
            Command::Save => self.save(None),
            Command::SaveAs => self.ask_path(Purpose::SaveAs(None)),
            Command::Undo => {
                if !self.doc.undo() {
                    self.say(msg::NOTHING_TO_UNDO.get(lang).into());
                }
            }
            Command::Redo => {
                if !self.doc.redo() {
                    self.say(msg::NOTHING_TO_REDO.get(lang).into());
                }
            }
            Command::SetLang(l) => {
                self.settings.lang = l;
                self.save_settings();
            }
            Command::SetDark(dark) => {
                self.settings.dark = dark;
                self.save_settings();
            }
            Command::ToggleCyclePanel => self.view.cycle_collapsed = !self.view.cycle_collapsed,
            Command::TogglePresenterView => self.view.presenter_view = !self.view.presenter_view,
            Command::About => self.dialogs.about = true,
            Command::Help(page) => self.dialogs.help = Some(page),
            Command::EditLists => self.dialogs.lists = Some(0),
            Command::ProjectProperties => self.dialogs.properties = Some(self.project().meta.clone()),
            Command::Present { from_start } => self.view.present_request = Some(from_start),
            Command::GoPhase(p) => self.view.phase = p,
            Command::NextPhase => self.view.phase = self.view.phase.next(),
            Command::PrevPhase => self.view.phase = self.view.phase.prev(),
            Command::ConfirmUnsaved(choice) => {
                if let Some(pending) = self.dialogs.confirm.take() {
                    match choice {
                        UnsavedChoice::Save => self.save(Some(pending)),
                        // The document stays dirty until it is really replaced: should the
                        // action be cancelled (say, the file dialog), nothing is lost.
                        UnsavedChoice::Discard => self.proceed(pending),
                    }
                }
            }
            Command::SubmitPath => {
                if let Some((purpose, paths)) = self.files.take_entry() {
                    self.path_chosen(purpose, paths);
                }
            }
            Command::Export(request) => {
                let name = request.format.suggested_name(self.project().display_name());
                self.ask_path(Purpose::Export(request, name));
            }
            Command::Import => self.ask_path(Purpose::Import),
            Command::ImportPaths(paths) => self.read_import(&paths),
            Command::ApplyImport(target) => self.apply_import(target),
            Command::Combine { update } => self.ask_path(Purpose::Combine(update && self.is_joint())),
            Command::CombinePaths { paths, update } => self.start_combine(paths, update),
            Command::ApplyCombine => self.apply_combine(),
            Command::RestoreRecovery
            | Command::DiscardRecovery
            | Command::Recovery(..)
            | Command::GuardedSave(_)
            | Command::DiskChanged(_)
            | Command::OpenElsewhere(_)
            | Command::EditAnyway => {}
            Command::CloseDialog(dialog) => match dialog {
                Dialog::ConfirmUnsaved => self.dialogs.confirm = None,
                Dialog::PathEntry => self.files.entry = None,
                Dialog::Error => self.dialogs.error = None,
                Dialog::About => self.dialogs.about = false,
                Dialog::Help => self.dialogs.help = None,
                Dialog::Properties => self.dialogs.properties = None,
                Dialog::ImportReview => self.dialogs.import = None,
                Dialog::CombineReview => self.dialogs.combine = None,
                Dialog::SaveGuard => self.dialogs.save_guard = None,
                Dialog::OpenElsewhere => self.dialogs.open_elsewhere = None,
            },
        }
    }

    fn ask_path(&mut self, purpose: Purpose) {
        let filter = match purpose {
            Purpose::Open | Purpose::SaveAs(_) | Purpose::Combine(_) => msg::FILE_FILTER,
            Purpose::Export(..) => transfer::EXPORT_FILTER,
            Purpose::Import => transfer::IMPORT_FILTER,
        }
        .get(self.lang())
        .to_owned();
        if self.files.busy() {
            self.say(msg::DIALOG_BUSY.get(self.lang()).into());
            return;
        }
        let current = self.path.clone();
        self.files.request(purpose, current.as_deref(), &filter);
    }

    /// Saves to the current file, or asks for one; then carries on with `then`.
    fn save(&mut self, then: Option<Pending>) {
        if self.read_only() {
            return self.refuse_save(then);
        }
        match self.path.clone() {
            Some(path) => self.save_checked(path, then),
            None => self.ask_path(Purpose::SaveAs(then)),
        }
    }

    /// Runs `action` now, or first asks about unsaved changes.
    fn guard(&mut self, action: Pending) {
        if self.doc.is_dirty() {
            self.dialogs.confirm = Some(action);
        } else {
            self.proceed(action);
        }
    }

    /// Carries out an action whose unsaved changes were saved or given up.
    fn proceed(&mut self, action: Pending) {
        let lang = self.lang();
        match action {
            Pending::New => {
                self.replace_document(Project::new(), None, false);
                self.doc.mark_saved();
                self.say(msg::NEW_PROJECT_STARTED.get(lang).into());
            }
            Pending::Open => self.ask_path(Purpose::Open),
            Pending::OpenPath(p) => self.open_path(&p),
            Pending::OpenExample => {
                self.replace_document(crate::example::project(), None, true);
                self.example_open = true;
                self.say(msg::EXAMPLE_OPENED.get(lang).into());
            }
            Pending::Imported(project, file) => self.open_imported(*project, &file),
            Pending::Combined(project, text) => self.open_combined(*project, text),
            Pending::Quit => {
                self.allow_close = true;
                self.quit_requested = true;
                self.clear_recovery();
                self.release_doc_lock();
            }
        }
    }
}
