//! Autosave recovery copies, one per open document: while a project has unsaved changes it is
//! written to `DIR/KEY.ron` (KEY is a hash of the document's path, or a fresh id for a project
//! that has no file yet), next to `DIR/KEY.lock`, which names the running instance that owns
//! the copy. After a crash the next start lists every copy whose owner is gone, and a second
//! running instance never takes over or deletes a live instance's copy.
//!
//! A lock is live while the [`Slot`] that made it holds it open with an exclusive lock of the
//! operating system (`flock` on Linux and macOS, `LockFileEx` on Windows): the system lets go
//! of it when the slot is dropped or the process ends in any way, a crash or a power cut
//! included. Two slots keep apart whether they are in two processes or in one (as tests make),
//! and dropping a slot without clearing it is what a crash looks like.

use super::atomic::write_atomic;
use super::project_file::{parse, to_ron};
use crate::model::Project;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What a recovery copy holds besides the project: where it came from and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The project as it was at the last autosave.
    pub project: Project,
    /// The file it was opened from or last saved to, if any.
    pub origin: Option<PathBuf>,
    /// When it was written, as local time text.
    pub written: String,
}

impl Recovered {
    /// How many actors, relations and evaluation answers (ratings) the copy has.
    pub fn counts(&self) -> (usize, usize, usize) {
        let p = &self.project;
        let answers = p.evaluation.rounds.iter().map(|r| r.ratings.len()).sum();
        (p.actors.len(), p.relations.len(), answers)
    }
}

/// A recovery copy left behind by an instance that is no longer running.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The copy's key (its file name without `.ron`).
    pub key: String,
    /// What it holds.
    pub recovered: Recovered,
}

const ORIGIN_PREFIX: &str = "// origin: ";
const ORIGIN_HEX_PREFIX: &str = "// origin-bytes: ";
const WRITTEN_PREFIX: &str = "// written: ";

/// Makes fresh keys unique within this process.
static COUNTER: AtomicU64 = AtomicU64::new(1);

/// The key of a document saved at `path`: a stable hash of its absolute path, so that the
/// same file gets the same copy from every instance.
pub fn key_for_path(path: &Path) -> String {
    let absolute = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    format!("file-{:016x}", fnv1a(&os_bytes(absolute.as_os_str().to_owned())))
}

/// A key no other document has: for a project without a file.
pub fn fresh_key() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("new-{}-{nanos:x}-{n}", std::process::id())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(unix)]
fn os_bytes(s: OsString) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    s.into_vec()
}

#[cfg(not(unix))]
fn os_bytes(s: OsString) -> Vec<u8> {
    s.to_string_lossy().into_owned().into_bytes()
}

#[cfg(unix)]
fn os_from_bytes(bytes: Vec<u8>) -> OsString {
    use std::os::unix::ffi::OsStringExt;
    OsString::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_from_bytes(bytes: Vec<u8>) -> OsString {
    OsString::from(String::from_utf8_lossy(&bytes).into_owned())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

fn lock_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.lock"))
}

fn copy_path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.ron"))
}

/// Whether the copy with `key` in `dir` belongs to a running instance: its lock file is held.
pub fn is_live(dir: &Path, key: &str) -> bool {
    let Ok(file) = std::fs::File::open(lock_path(dir, key)) else {
        return false;
    };
    // Taking the lock for a moment (it is let go when `file` closes) tells that nobody holds it.
    matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

/// This instance's claim on one recovery copy: the lock file, held open and locked for as long
/// as the slot lives (it names this process for people looking into the folder);
/// [`Slot::clear`] removes copy and lock.
#[derive(Debug)]
pub struct Slot {
    dir: PathBuf,
    key: String,
    lock: std::fs::File,
}

impl Slot {
    /// Takes over the copy `key` in `dir` left by an instance that is gone (to restore it),
    /// unless a running instance holds it.
    pub fn adopt(dir: &Path, key: &str) -> std::io::Result<Slot> {
        Slot::claim(dir, key, true)
    }

    /// Claims `key`; an existing copy is only taken when `adopt` is set, so a copy left by a
    /// crash is never overwritten by new work before the user has decided about it.
    fn claim(dir: &Path, key: &str, adopt: bool) -> std::io::Result<Slot> {
        use std::io::Write;
        std::fs::create_dir_all(dir)?;
        let taken = || std::io::Error::from(std::io::ErrorKind::AlreadyExists);
        let mut lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path(dir, key))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(taken()),
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        if !adopt && copy_path(dir, key).exists() {
            // Dropping `lock` lets go of it: the copy waits for the user's decision.
            return Err(taken());
        }
        lock.set_len(0)?;
        lock.write_all(format!("{}\n", std::process::id()).as_bytes())?;
        Ok(Slot {
            dir: dir.to_path_buf(),
            key: key.to_owned(),
            lock,
        })
    }

    /// Claims the copy for a document at `origin` (or without a file): keyed by the path, or a
    /// fresh key when there is no path, another running instance has that path's copy, or a
    /// copy of it left by a crash still waits for the user's decision.
    pub fn claim_for(dir: &Path, origin: Option<&Path>) -> std::io::Result<Slot> {
        if let Some(origin) = origin
            && let Ok(slot) = Slot::claim(dir, &key_for_path(origin), false)
        {
            return Ok(slot);
        }
        Slot::claim(dir, &fresh_key(), false)
    }

    /// The key of the copy.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The recovery copy's path.
    pub fn path(&self) -> PathBuf {
        copy_path(&self.dir, &self.key)
    }

    fn lock_file(&self) -> PathBuf {
        lock_path(&self.dir, &self.key)
    }

    /// Writes the copy atomically.
    pub fn write(&self, project: &Project, origin: Option<&Path>) -> std::io::Result<()> {
        write(&self.path(), project, origin)
    }

    /// Removes copy and lock: the changes were saved or given up on purpose. (Dropping a slot
    /// without this ends only the claim; copy and lock stay for the next start, as after a
    /// crash.)
    pub fn clear(self) {
        clear(&self.path());
        // Where an open file cannot be removed (Windows) the unlocked file stays, as stale.
        let _ = std::fs::remove_file(self.lock_file());
        let _ = self.lock.unlock();
    }
}

/// Every copy in `dir` whose owner is not running, oldest file name order.
pub fn list(dir: &Path) -> Vec<Found> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut keys: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".ron").map(str::to_owned))
        .collect();
    keys.sort();
    keys.into_iter()
        .filter(|k| !is_live(dir, k))
        .filter_map(|key| {
            let recovered = read(&copy_path(dir, &key))?;
            Some(Found { key, recovered })
        })
        .collect()
}

/// Removes the copy `key` in `dir` and its lock, unless a running instance holds it.
pub fn discard(dir: &Path, key: &str) {
    if !is_live(dir, key) {
        clear(&copy_path(dir, key));
        let _ = std::fs::remove_file(lock_path(dir, key));
    }
}

/// Writes a recovery file: comment lines (origin, time), then the project.
pub fn write(path: &Path, project: &Project, origin: Option<&Path>) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut text = String::new();
    if let Some(origin) = origin {
        // The readable line is for people; the bytes keep a name that is not UTF-8 exact.
        text.push_str(ORIGIN_PREFIX);
        text.push_str(&origin.to_string_lossy().replace(['\n', '\r'], " "));
        text.push('\n');
        text.push_str(ORIGIN_HEX_PREFIX);
        text.push_str(&hex(&os_bytes(origin.as_os_str().to_owned())));
        text.push('\n');
    }
    text.push_str(WRITTEN_PREFIX);
    text.push_str(&chrono::Local::now().format("%Y-%m-%d %H:%M").to_string());
    text.push('\n');
    text.push_str(&to_ron(project));
    write_atomic(path, text.as_bytes())
}

/// Reads a recovery file, if there is a readable one.
pub fn read(path: &Path) -> Option<Recovered> {
    let bytes = super::read::read_limited(path, super::MAX_FILE_BYTES).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let mut origin = None;
    let mut origin_bytes = None;
    let mut written = String::new();
    for line in text.lines().take(3) {
        if let Some(o) = line.strip_prefix(ORIGIN_HEX_PREFIX) {
            origin_bytes = unhex(o.trim());
        } else if let Some(o) = line.strip_prefix(ORIGIN_PREFIX) {
            origin = Some(PathBuf::from(o));
        } else if let Some(w) = line.strip_prefix(WRITTEN_PREFIX) {
            written = w.to_owned();
        }
    }
    if let Some(bytes) = origin_bytes {
        origin = Some(PathBuf::from(os_from_bytes(bytes)));
    }
    let project = parse(&text).ok()?;
    Some(Recovered {
        project,
        origin,
        written,
    })
}

/// Removes a recovery file.
pub fn clear(path: &Path) {
    let _ = std::fs::remove_file(path);
}
