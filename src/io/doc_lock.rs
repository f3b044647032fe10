//! The open-document lock: while a window has a project file open it holds an exclusive lock
//! of the operating system on `DIR/open-KEY.lock` (KEY is the same hash of the file's
//! canonical path that names its recovery copy, `DIR` the recovery folder), so that another
//! Verkosto window opening the same file can tell and offer it read-only.
//!
//! The lock is `flock` on Linux and macOS, `LockFileEx` on Windows (through
//! [`std::fs::File::try_lock`]): the system lets go of it when the [`DocLock`] is dropped or the
//! process ends in any way, a crash included, so a lock is never left stale. Two locks keep
//! apart whether they are in two processes or in one (each is its own open file), which is
//! what the tests use.

use std::path::{Path, PathBuf};

/// Why a document lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another window (another process, or another lock in this one) has the file open.
    Held,
    /// The lock file could not be made or locked (a read-only data folder, say).
    Io(std::io::Error),
}

impl From<std::io::Error> for LockError {
    fn from(e: std::io::Error) -> LockError {
        LockError::Io(e)
    }
}

/// A held lock on one open document; let go of when dropped or [`DocLock::release`]d.
#[derive(Debug)]
pub struct DocLock {
    key: String,
    lock_file: PathBuf,
    file: std::fs::File,
}

/// The lock file of the document at `document` in `dir`.
pub fn lock_path(dir: &Path, document: &Path) -> PathBuf {
    dir.join(format!("open-{}.lock", super::recovery::key_for_path(document)))
}

/// Whether another window holds the lock of the document at `document` (a lock this caller
/// holds itself counts as well: ask [`DocLock::is_for`] first).
pub fn is_held(dir: &Path, document: &Path) -> bool {
    let Ok(file) = std::fs::File::open(lock_path(dir, document)) else {
        return false;
    };
    // Taking the lock for a moment (it is let go when `file` closes) tells that nobody holds it.
    matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

impl DocLock {
    /// Takes the lock of the document at `document`, unless another window holds it.
    pub fn acquire(dir: &Path, document: &Path) -> Result<DocLock, LockError> {
        use std::io::Write;
        std::fs::create_dir_all(dir)?;
        let lock_file = lock_path(dir, document);
        // A holder that lets go removes the file; one who opened it just before then locks a
        // file no longer in the folder. Locking again the file that is there now ends that.
        for _ in 0..8 {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_file)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::Held),
                Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
            if !same_file(&file, &lock_file) {
                continue;
            }
            // The process id is for people looking into the folder; the lock is what counts.
            file.set_len(0)?;
            file.write_all(format!("{}\n", std::process::id()).as_bytes())?;
            return Ok(DocLock {
                key: super::recovery::key_for_path(document),
                lock_file,
                file,
            });
        }
        Err(LockError::Held)
    }

    /// Whether this is the lock of the document at `document`.
    pub fn is_for(&self, document: &Path) -> bool {
        self.key == super::recovery::key_for_path(document)
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.lock_file
    }

    /// Lets go of the lock and removes its file.
    pub fn release(self) {
        // Removed while still locked, so that nobody locks a file about to disappear unseen
        // (`acquire` checks that the file it locked is still the one in the folder). Where an
        // open file cannot be removed (Windows) the unlocked file stays, harmless.
        let _ = std::fs::remove_file(&self.lock_file);
        let _ = self.file.unlock();
    }
}

/// Whether the open `file` is still the file at `path` (not removed or replaced since).
#[cfg(unix)]
fn same_file(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &std::fs::File, path: &Path) -> bool {
    // Windows does not remove a file that is open without sharing delete; it is still there.
    path.exists()
}
