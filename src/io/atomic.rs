//! Atomic file replacement: a failed write never leaves a half-written file behind, and the
//! file at the target keeps what it was (a symlink stays a link, a mode of 600 stays 600, a
//! device or FIFO is never replaced).
//!
//! A hard-linked target is replaced atomically, which splits the link: the other names keep
//! the previous version. Updating the shared inode in place would keep the link but a crash
//! or full disk mid-write would then leave a half-written project, which is worse; the
//! previous version also stays as `NAME.bak`.

use super::msg;
use super::os_error::OsError;
use super::read::FileKind;
use crate::i18n::Lang;
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// A step of an atomic write, for injecting a fault in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Creating the temporary file.
    Create,
    /// Writing the bytes into it.
    Write,
    /// Syncing it to the disk.
    Sync,
    /// Renaming it over the target.
    Rename,
}

/// Why an atomic write failed. The previous file is unchanged in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The operating system refused a step.
    Os(OsError),
    /// The target exists and is not a regular file (a folder, device, FIFO or socket).
    NotAFile(FileKind),
    /// The path has no file name.
    NoFileName,
    /// The path is a symbolic link whose chain does not end.
    LinkLoop,
}

impl WriteError {
    /// The reason as a phrase in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            WriteError::Os(e) => e.message(lang),
            WriteError::NotAFile(kind) => kind.message(lang).to_owned(),
            WriteError::NoFileName => msg::NO_FILE_NAME.get(lang).to_owned(),
            WriteError::LinkLoop => msg::KIND_LINK_LOOP.get(lang).to_owned(),
        }
    }
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> WriteError {
        WriteError::Os(e.into())
    }
}

/// How a file is written: whether the previous version is kept as `NAME.bak`, and (for
/// tests) a step that fails on purpose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AtomicWriter {
    /// Keep the previous version of the file as `NAME.bak` (its own name plus `.bak`).
    pub backup: bool,
    /// Fail at this step, as a full disk or a removed folder would.
    pub fail_at: Option<Step>,
}

/// How many symbolic links are followed before giving up (as Linux's `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// Counts temporary files of this process so that two saves never share a name.
static TEMP_COUNTER: AtomicU32 = AtomicU32::new(0);

/// The file a write to `path` must replace: `path` itself, or the end of its chain of
/// symbolic links (which may not exist yet).
fn resolve_links(path: &Path) -> Result<PathBuf, WriteError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(WriteError::LinkLoop)
}

impl AtomicWriter {
    fn fault(&self, step: Step) -> io::Result<()> {
        if self.fail_at == Some(step) {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        Ok(())
    }

    /// Writes `bytes` to `path` atomically: a temporary file in the target's folder is
    /// written and synced, then renamed over the target, then the folder is synced, all
    /// before success is reported. On error the old file is untouched and the temporary file
    /// is removed.
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
        let target = resolve_links(path)?;
        let existing = match fs::metadata(&target) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e.into()),
        };
        if let Some(kind) = existing.as_ref().and_then(FileKind::of) {
            return Err(WriteError::NotAFile(kind));
        }
        let name = target.file_name().ok_or(WriteError::NoFileName)?.to_owned();
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        // A short name of its own, so that a legal 255-byte file name still has a legal
        // temporary name beside it.
        let counter = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".verkosto-{}-{counter}.tmp", std::process::id()));

        let result = self.write_steps(&tmp, &target, &dir, &name, existing.as_ref(), bytes);
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    fn write_steps(
        &self,
        tmp: &Path,
        target: &Path,
        dir: &Path,
        name: &OsString,
        existing: Option<&fs::Metadata>,
        bytes: &[u8],
    ) -> Result<(), WriteError> {
        self.fault(Step::Create)?;
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if let Some(meta) = existing {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            options.mode(meta.permissions().mode() & 0o7777);
        }
        let mut file = options.open(tmp)?;
        // The umask may have narrowed the mode given at creation; the copy gets exactly the
        // permissions of the file it replaces.
        if let Some(meta) = existing {
            file.set_permissions(meta.permissions())?;
        }
        self.fault(Step::Write)?;
        file.write_all(bytes)?;
        file.flush()?;
        self.fault(Step::Sync)?;
        file.sync_all()?;
        drop(file);
        if self.backup && existing.is_some() {
            keep_backup(target, dir, name);
        }
        self.fault(Step::Rename)?;
        fs::rename(tmp, target)?;
        // Sync the folder so the rename itself survives a power cut (not possible on Windows).
        #[cfg(unix)]
        File::open(dir)?.sync_all()?;
        Ok(())
    }
}

/// Keeps the current version of `target` as `NAME.bak`, replaced atomically too (a hard link
/// to the old file, or a copy where the file system has no hard links). A backup is a
/// courtesy, so failing to make one (or a name too long to take `.bak`) does not stop the save.
fn keep_backup(target: &Path, dir: &Path, name: &OsString) {
    let mut bak_name = name.clone();
    bak_name.push(".bak");
    if bak_name.len() > 255 {
        return;
    }
    let bak = dir.join(bak_name);
    let counter = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".verkosto-{}-{counter}.bak.tmp", std::process::id()));
    let made = fs::hard_link(target, &tmp).or_else(|_| fs::copy(target, &tmp).map(|_| ()));
    if made.is_ok() && fs::rename(&tmp, &bak).is_ok() {
        return;
    }
    let _ = fs::remove_file(&tmp);
}

/// Writes `bytes` to `path` atomically without a backup (settings, recovery copies).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    AtomicWriter::default().write(path, bytes).map_err(|e| match e {
        WriteError::Os(os) => io::Error::new(os.kind, os.detail),
        other => io::Error::other(other.reason(Lang::En)),
    })
}
