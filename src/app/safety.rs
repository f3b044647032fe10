//! The app's safety net around the open document: its own recovery copy (written while there
//! are unsaved changes, at most every autosave interval and when the window loses focus), the
//! list of copies left by a crash, the question before a save would drop unknown fields or
//! replace a change made on disk, and watching the open file for such changes.

use super::safe_msg as m;
use super::{Command, DiskChoice, GuardChoice, Pending, Purpose, RecoveryChoice, VerkostoApp};
use crate::io::recovery::{self, Found, Slot};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// How often the recovery copy is written at most while there are unsaved changes.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// How often the open file is compared with what was opened or saved.
pub const DISK_CHECK_INTERVAL: Duration = Duration::from_secs(5);

/// The autosave interval: [`AUTOSAVE_INTERVAL`], or `VERKOSTO_AUTOSAVE_SECONDS` when set
/// (for tests and the crash script).
pub fn autosave_interval_from_env() -> Duration {
    std::env::var("VERKOSTO_AUTOSAVE_SECONDS")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map_or(AUTOSAVE_INTERVAL, Duration::from_secs)
}

/// What a file on disk looked like when it was opened or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskStamp {
    modified: Option<SystemTime>,
    len: u64,
    hash: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path` now, if it is readable.
    pub fn of(path: &Path) -> Option<DiskStamp> {
        let meta = std::fs::metadata(path).ok()?;
        let bytes = crate::io::read_limited(path, crate::io::MAX_FILE_BYTES).ok()?;
        Some(DiskStamp {
            modified: meta.modified().ok(),
            len: meta.len(),
            hash: hash(&bytes),
        })
    }

    /// Whether the file at `path` now has other content than this stamp says. The content is
    /// only read again when the time or size differ.
    fn changed(&mut self, path: &Path) -> Option<DiskStamp> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.modified().ok() == self.modified && meta.len() == self.len {
            return None;
        }
        let now = DiskStamp::of(path)?;
        if now.hash == self.hash {
            // Touched but not changed: remember the new time so it is not read every check.
            *self = now;
            return None;
        }
        Some(now)
    }
}

fn hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// Why a save waits for an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum GuardReason {
    /// The file has fields this version does not know; saving drops them. Their descriptions.
    UnknownFields(Vec<String>),
    /// The file was changed on disk by someone else.
    ChangedOnDisk,
}

/// A save waiting for "save anyway?".
#[derive(Debug, Clone, PartialEq)]
pub struct SaveGuard {
    /// The file the save would replace.
    pub path: PathBuf,
    /// Why it asks.
    pub reason: GuardReason,
    /// What comes after the save.
    pub then: Option<Pending>,
}

/// The safety state of the open document.
#[derive(Debug, Default)]
pub struct Safety {
    /// The recovery folder; `None` turns autosave off.
    pub(super) dir: Option<PathBuf>,
    pub(super) slot: Option<Slot>,
    pub(super) interval: Duration,
    pub(super) autosaved_revision: Option<u64>,
    pub(super) unwritten_since: Option<Instant>,
    pub(super) focused: Option<bool>,
    /// What the open file looked like when opened or saved.
    pub(super) stamp: Option<DiskStamp>,
    /// A change on disk the user chose to keep their version over.
    pub(super) kept_over: Option<DiskStamp>,
    pub(super) last_disk_check: Option<Instant>,
    pub(super) disk_interval: Duration,
    /// Unknown fields of the open file (with the file they are in), described for the user.
    pub(super) unknown: Option<(PathBuf, Vec<String>)>,
    /// The writer saves go through (tests inject faults).
    pub(super) writer: crate::io::AtomicWriter,
    /// The open document's lock, which tells other windows that this one has the file open.
    pub(super) doc_lock: Option<crate::io::doc_lock::DocLock>,
    /// Whether the open document is read-only (another window has the file open).
    pub(super) read_only: bool,
}

impl Safety {
    pub(super) fn new(dir: Option<PathBuf>) -> Safety {
        Safety {
            dir,
            interval: autosave_interval_from_env(),
            disk_interval: DISK_CHECK_INTERVAL,
            writer: crate::io::AtomicWriter {
                backup: true,
                fail_at: None,
            },
            ..Safety::default()
        }
    }
}

impl VerkostoApp {
    /// Sets how often the recovery copy is written at most (tests use zero).
    pub fn set_autosave_interval(&mut self, interval: Duration) {
        self.safety.interval = interval;
    }

    /// Sets how often the open file is compared with the disk (tests use zero).
    pub fn set_disk_check_interval(&mut self, interval: Duration) {
        self.safety.disk_interval = interval;
    }

    /// Sets the writer saves go through (tests inject a fault with it).
    pub fn set_writer(&mut self, writer: crate::io::AtomicWriter) {
        self.safety.writer = writer;
    }

    /// The path of this document's recovery copy, once one has been written.
    pub fn recovery_copy(&self) -> Option<PathBuf> {
        self.safety.slot.as_ref().map(Slot::path)
    }

    /// The copies left by instances that are no longer running.
    pub(super) fn offer_recovery(&mut self) {
        if let Some(dir) = &self.safety.dir {
            self.dialogs.recovery = recovery::list(dir);
        }
    }

    /// Notes focus changes: losing focus writes the recovery copy now, gaining it looks at
    /// the disk.
    pub(super) fn watch(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused);
        let lost = self.safety.focused == Some(true) && focused == Some(false);
        let gained = self.safety.focused == Some(false) && focused == Some(true);
        self.safety.focused = focused;
        self.autosave(ctx, lost);
        self.check_disk(ctx, gained);
    }

    /// Writes the recovery copy while there are unsaved changes: at most every interval after
    /// the first change not yet written, or at once when the window loses focus.
    fn autosave(&mut self, ctx: &egui::Context, lost_focus: bool) {
        let Some(dir) = self.safety.dir.clone() else { return };
        let revision = self.doc.revision();
        if !self.doc.is_dirty() || self.safety.autosaved_revision == Some(revision) {
            self.safety.unwritten_since = None;
            return;
        }
        let now = Instant::now();
        let since = *self.safety.unwritten_since.get_or_insert(now);
        let due = since + self.safety.interval;
        if now < due && !lost_focus {
            ctx.request_repaint_after(due - now);
            return;
        }
        if self.safety.slot.is_none() {
            match Slot::claim_for(&dir, self.path.as_deref()) {
                Ok(slot) => self.safety.slot = Some(slot),
                Err(e) => return self.autosave_failed(e),
            }
        }
        let written = match &self.safety.slot {
            Some(slot) => slot.write(self.doc.project(), self.path.as_deref()),
            None => return,
        };
        match written {
            Ok(()) => {
                self.safety.autosaved_revision = Some(revision);
                self.safety.unwritten_since = None;
            }
            Err(e) => self.autosave_failed(e),
        }
    }

    fn autosave_failed(&mut self, e: std::io::Error) {
        // Retry after another interval, not every frame.
        self.safety.unwritten_since = Some(Instant::now());
        let reason = crate::io::OsError::from(e).message(self.lang());
        let text = m::AUTOSAVE_FAILED.fmt(self.lang(), &[("reason", &reason)]);
        self.status = Some(super::StatusMessage { text, error: true });
    }

    /// Removes this document's recovery copy: the changes were saved or given up on purpose.
    pub(super) fn clear_recovery(&mut self) {
        if let Some(slot) = self.safety.slot.take() {
            slot.clear();
        }
        self.safety.autosaved_revision = None;
        self.safety.unwritten_since = None;
    }

    /// Acts on a choice about the recovery copy `key`.
    pub(super) fn recovery_choice(&mut self, key: &str, choice: RecoveryChoice) {
        let Some(index) = self.dialogs.recovery.iter().position(|f| f.key == key) else {
            return;
        };
        match choice {
            RecoveryChoice::Later => {
                self.dialogs.recovery.remove(index);
            }
            RecoveryChoice::Discard => {
                self.dialogs.recovery.remove(index);
                if let Some(dir) = &self.safety.dir {
                    recovery::discard(dir, key);
                }
                self.say(m::RECOVERY_DISCARDED.get(self.lang()).into());
            }
            RecoveryChoice::Restore | RecoveryChoice::SaveAs => {
                let found = self.dialogs.recovery.remove(index);
                // One window holds one document: the other copies stay on disk for the next
                // start.
                self.dialogs.recovery.clear();
                let elsewhere = found
                    .recovered
                    .origin
                    .as_deref()
                    .is_some_and(|origin| self.open_elsewhere(origin));
                if choice == RecoveryChoice::SaveAs {
                    // Going to another name anyway: no need to ask about the other window. Until
                    // saved it is read-only, as its file is that window's.
                    self.restore_now(found, elsewhere);
                    self.ask_path(Purpose::SaveAs(None));
                } else if let (true, Some(origin)) = (elsewhere, found.recovered.origin.clone()) {
                    // Its file is open in another window: asked as opening that file is.
                    self.dialogs.open_elsewhere = Some(super::OpenElsewhere {
                        path: origin,
                        waiting: super::ElsewhereWaiting::Recovery(Box::new(found)),
                    });
                } else {
                    self.restore_now(found, false);
                }
            }
        }
    }

    /// Opens a recovery copy as an unsaved project tied to its original file (read-only if
    /// asked: another window has that file open), and keeps the copy (now this instance's)
    /// until it is saved or discarded.
    pub(super) fn restore_now(&mut self, found: Found, read_only: bool) {
        let Found { key, recovered } = found;
        let origin = recovered.origin.clone();
        self.replace_document(recovered.project, origin.clone(), false);
        self.safety.read_only = read_only;
        let revision = self.doc.revision();
        if let Some(dir) = &self.safety.dir
            && let Ok(slot) = Slot::adopt(dir, &key)
        {
            self.safety.slot = Some(slot);
            self.safety.autosaved_revision = Some(revision);
        }
        self.safety.stamp = origin.as_deref().and_then(DiskStamp::of);
        let file = origin.map_or_else(|| self.unsaved_label().to_owned(), |p| p.display().to_string());
        let text = if read_only {
            m::RECOVERY_RESTORED_READ_ONLY
        } else {
            m::RECOVERY_RESTORED_FROM
        };
        self.say(text.fmt(self.lang(), &[("file", &file)]));
    }

    /// Remembers what the file at `path` looks like now (after opening or saving it).
    pub(super) fn remember_disk(&mut self, path: Option<&Path>) {
        self.safety.stamp = path.and_then(DiskStamp::of);
        self.safety.kept_over = None;
        self.safety.last_disk_check = Some(Instant::now());
    }

    /// Compares the open file with the disk on focus gain and every check interval.
    fn check_disk(&mut self, ctx: &egui::Context, gained_focus: bool) {
        let Some(path) = self.path.clone() else { return };
        if self.safety.stamp.is_none() || self.dialogs.disk_changed || self.dialogs.save_guard.is_some() {
            return;
        }
        let now = Instant::now();
        let due = self
            .safety
            .last_disk_check
            .map_or(now, |t| t + self.safety.disk_interval);
        if now < due && !gained_focus {
            ctx.request_repaint_after(due - now);
            return;
        }
        self.safety.last_disk_check = Some(now);
        if !self.safety.disk_interval.is_zero() {
            // Wake up for the next check even when nothing else happens.
            ctx.request_repaint_after(self.safety.disk_interval);
        }
        let Some(stamp) = self.safety.stamp.as_mut() else {
            return;
        };
        if let Some(new) = stamp.changed(&path)
            && self.safety.kept_over.as_ref().is_none_or(|k| k.hash != new.hash)
        {
            self.dialogs.disk_changed = true;
            // Found after the views ran: show the question in the next frame.
            ctx.request_repaint();
        }
    }

    /// Whether saving to `path` needs asking first, and why.
    fn save_risk(&mut self, path: &Path) -> Option<GuardReason> {
        if let Some((file, fields)) = &self.safety.unknown
            && file == path
        {
            return Some(GuardReason::UnknownFields(fields.clone()));
        }
        if self.path.as_deref() == Some(path)
            && let Some(stamp) = self.safety.stamp.as_mut()
            && stamp.changed(path).is_some()
        {
            return Some(GuardReason::ChangedOnDisk);
        }
        None
    }

    /// Saves to the current file unless that needs asking first; then carries on with `then`.
    pub(super) fn save_checked(&mut self, path: PathBuf, then: Option<Pending>) {
        if let Some(reason) = self.save_risk(&path) {
            self.dialogs.save_guard = Some(SaveGuard { path, reason, then });
            return;
        }
        self.save_then(&path, then);
    }

    /// Acts on the answer to "save anyway?".
    pub(super) fn guard_choice(&mut self, choice: GuardChoice) {
        let Some(guard) = self.dialogs.save_guard.take() else {
            return;
        };
        match choice {
            GuardChoice::SaveAnyway => {
                self.save_then(&guard.path, guard.then);
            }
            GuardChoice::SaveAs => self.ask_path(Purpose::SaveAs(guard.then)),
        }
    }

    /// Acts on the answer to "the file changed on disk".
    pub(super) fn disk_choice(&mut self, choice: DiskChoice) {
        self.dialogs.disk_changed = false;
        let Some(path) = self.path.clone() else { return };
        match choice {
            DiskChoice::Reload => self.open_path(&path),
            DiskChoice::KeepMine => {
                self.safety.kept_over = DiskStamp::of(&path);
                self.say(m::DISK_KEPT.get(self.lang()).into());
            }
        }
    }

    /// Runs the safety net's commands; returns the command back when it is not one of them.
    pub(super) fn run_safety(&mut self, command: Command) -> Option<Command> {
        match command {
            Command::Recovery(key, choice) => self.recovery_choice(&key, choice),
            Command::GuardedSave(choice) => self.guard_choice(choice),
            Command::DiskChanged(choice) => self.disk_choice(choice),
            Command::RestoreRecovery => {
                if let Some(key) = self.dialogs.recovery.first().map(|f| f.key.clone()) {
                    self.recovery_choice(&key, RecoveryChoice::Restore);
                }
            }
            Command::DiscardRecovery => {
                if let Some(key) = self.dialogs.recovery.first().map(|f| f.key.clone()) {
                    self.recovery_choice(&key, RecoveryChoice::Discard);
                }
            }
            other => return Some(other),
        }
        None
    }
}
