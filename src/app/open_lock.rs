//! A file open in two Verkosto windows: while a window has a project file open it holds that
//! file's open-document lock ([`crate::io::doc_lock`]); a window that opens a file whose lock
//! another window holds asks first, and may open it read-only. Read-only refuses every edit
//! and saving over the file, and offers Save as…; saving under another name ends it.

use super::safe_msg as m;
use super::{Command, ElsewhereChoice, Pending, Purpose, VerkostoApp};
use crate::io::Loaded;
use crate::io::doc_lock::{self, DocLock};
use crate::io::recovery::Found;
use std::path::{Path, PathBuf};

/// A file read, or a recovery copy of it, waiting for the answer to "it is open in another
/// window".
#[derive(Debug, Clone, PartialEq)]
pub struct OpenElsewhere {
    /// The file.
    pub path: PathBuf,
    /// What opens once answered.
    pub waiting: ElsewhereWaiting,
}

/// What waits for the answer to "it is open in another window".
#[derive(Debug, Clone, PartialEq)]
pub enum ElsewhereWaiting {
    /// What was read from the file.
    File(Box<Loaded>),
    /// A recovery copy whose file it is, being restored.
    Recovery(Box<Found>),
}

impl OpenElsewhere {
    /// The file's name, as the question shows it.
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned())
    }
}

impl VerkostoApp {
    /// Whether the open document is read-only (opened so because another window has it open).
    pub fn read_only(&self) -> bool {
        self.safety.read_only
    }

    /// The lock file this window holds for its open document, if any.
    pub fn doc_lock_path(&self) -> Option<PathBuf> {
        self.safety.doc_lock.as_ref().map(|l| l.path().to_path_buf())
    }

    /// Whether another window has the file at `path` open (never this window's own file).
    pub(super) fn open_elsewhere(&self, path: &Path) -> bool {
        let Some(dir) = &self.safety.dir else { return false };
        if self.safety.doc_lock.as_ref().is_some_and(|l| l.is_for(path)) {
            return false;
        }
        doc_lock::is_held(dir, path)
    }

    /// Takes a project read from `path`: at once, or after asking when another window has
    /// the file open.
    pub(super) fn open_loaded(&mut self, path: &Path, loaded: Loaded) {
        if self.open_elsewhere(path) {
            self.dialogs.open_elsewhere = Some(OpenElsewhere {
                path: path.to_path_buf(),
                waiting: ElsewhereWaiting::File(Box::new(loaded)),
            });
            return;
        }
        self.adopt_loaded(path, loaded, false);
    }

    /// Acts on the answer to "it is open in another window".
    pub(super) fn elsewhere_choice(&mut self, choice: ElsewhereChoice) {
        let Some(waiting) = self.dialogs.open_elsewhere.take() else {
            return;
        };
        let read_only = choice == ElsewhereChoice::ReadOnly;
        let text = match waiting.waiting {
            ElsewhereWaiting::File(loaded) => {
                self.adopt_loaded(&waiting.path, *loaded, read_only);
                if read_only {
                    m::READ_ONLY_OPENED
                } else {
                    m::OPENED_ANYWAY
                }
            }
            ElsewhereWaiting::Recovery(found) => {
                self.restore_now(*found, read_only);
                if read_only {
                    m::RECOVERY_RESTORED_READ_ONLY
                } else {
                    m::RECOVERY_RESTORED_ANYWAY
                }
            }
        };
        // The file's name, not its whole path: the status bar shows the path already, and the
        // sentence's advice must not be cut off at the window's edge.
        let name = self.file_label();
        self.say(text.fmt(self.lang(), &[("file", &name)]));
    }

    /// Holds the open-document lock of `path` (letting go of the previous document's): kept
    /// when it is the same file, not taken when another window holds it. Ends read-only.
    pub(super) fn hold_lock_for(&mut self, path: Option<&Path>) {
        self.safety.read_only = false;
        if let (Some(lock), Some(path)) = (&self.safety.doc_lock, path)
            && lock.is_for(path)
        {
            return;
        }
        self.release_doc_lock();
        if let (Some(dir), Some(path)) = (&self.safety.dir, path) {
            // Held elsewhere (opened anyway, or read-only) or no folder to lock in: no lock.
            self.safety.doc_lock = DocLock::acquire(dir, path).ok();
        }
    }

    /// Lets go of the open document's lock (the window closes or opens another document).
    pub(super) fn release_doc_lock(&mut self) {
        if let Some(lock) = self.safety.doc_lock.take() {
            lock.release();
        }
    }

    /// Save in read-only: refused with a sentence, and Save as… offered instead.
    pub(super) fn refuse_save(&mut self, then: Option<Pending>) {
        let file = self.file_label();
        self.say(m::READ_ONLY_NO_SAVE.fmt(self.lang(), &[("file", &file)]));
        self.ask_path(Purpose::SaveAs(then));
    }

    /// Whether saving to `path` must be refused: it is the read-only document's own file.
    pub(super) fn refuses_saving_to(&self, path: &Path) -> bool {
        self.read_only()
            && self
                .path
                .as_deref()
                .is_some_and(|own| crate::io::recovery::key_for_path(own) == crate::io::recovery::key_for_path(path))
    }

    /// Whether saving to `path` would replace a file another window has open (other than this
    /// window's own file, which the user chose to open anyway).
    pub(super) fn saving_over_elsewhere(&self, path: &Path) -> bool {
        let own = self
            .path
            .as_deref()
            .is_some_and(|own| crate::io::recovery::key_for_path(own) == crate::io::recovery::key_for_path(path));
        !own && self.open_elsewhere(path)
    }

    /// The lock to take before writing to `path`: `Ok(None)` when this window holds it
    /// already or there is no folder to lock in, `Err` when another window holds it (the file
    /// was opened anyway and that window is still open).
    pub(super) fn lock_for_saving(&self, path: &Path) -> Result<Option<DocLock>, ()> {
        let Some(dir) = &self.safety.dir else { return Ok(None) };
        if self.safety.doc_lock.as_ref().is_some_and(|l| l.is_for(path)) {
            return Ok(None);
        }
        match DocLock::acquire(dir, path) {
            Ok(lock) => Ok(Some(lock)),
            Err(doc_lock::LockError::Held) => Err(()),
            // A lock that cannot be made (a read-only data folder) does not stop saving.
            Err(doc_lock::LockError::Io(_)) => Ok(None),
        }
    }

    /// Makes `lock`, taken for a save that succeeded, the open document's lock.
    pub(super) fn take_lock(&mut self, lock: Option<DocLock>) {
        if let Some(lock) = lock {
            self.release_doc_lock();
            self.safety.doc_lock = Some(lock);
        }
    }

    /// Save of a file opened anyway while the other window still has it open: refused with a
    /// sentence, and Save as… offered instead.
    pub(super) fn refuse_save_held(&mut self, then: Option<Pending>) {
        let file = self.file_label();
        self.say(m::SAVE_HELD_ELSEWHERE.fmt(self.lang(), &[("file", &file)]));
        self.ask_path(Purpose::SaveAs(then));
    }

    /// Ends read-only: the document can be edited, and saving over its file takes the file's
    /// lock first (refused while the other window still has it open).
    fn edit_anyway(&mut self) {
        if !self.read_only() {
            return;
        }
        self.safety.read_only = false;
        let file = self.file_label();
        self.say(m::EDITING_ANYWAY.fmt(self.lang(), &[("file", &file)]));
    }

    /// Tells that an edit was not made because the document is read-only.
    pub(super) fn refuse_edit(&mut self) {
        self.say(m::READ_ONLY_NO_EDIT.get(self.lang()).into());
    }

    /// Runs the commands of this module; returns the command back when it is not one of them.
    pub(super) fn run_open_lock(&mut self, command: Command) -> Option<Command> {
        match command {
            Command::OpenElsewhere(choice) => self.elsewhere_choice(choice),
            Command::EditAnyway => self.edit_anyway(),
            Command::Undo | Command::Redo | Command::ApplyImport(super::ImportTarget::OpenProject)
                if self.read_only() =>
            {
                if command == Command::ApplyImport(super::ImportTarget::OpenProject) {
                    self.dialogs.import = None;
                }
                self.refuse_edit();
            }
            other => return Some(other),
        }
        None
    }
}
