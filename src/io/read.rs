//! Reading a file safely: only regular files, never more than a limit plus one byte whatever
//! size the file system reports, and never blocking on a FIFO or a device.

use super::msg;
use super::os_error::OsError;
use crate::i18n::Lang;
use std::fs::{File, Metadata, OpenOptions};
use std::io::Read;
use std::path::Path;

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Directory,
    /// A named pipe: reading it would wait for a writer.
    Fifo,
    /// A character or block device such as `/dev/zero`.
    Device,
    /// A Unix domain socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    /// The kind of `meta`, or `None` for a regular file.
    pub fn of(meta: &Metadata) -> Option<FileKind> {
        let t = meta.file_type();
        if t.is_file() {
            return None;
        }
        if t.is_dir() {
            return Some(FileKind::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if t.is_char_device() || t.is_block_device() {
                return Some(FileKind::Device);
            }
            if t.is_socket() {
                return Some(FileKind::Socket);
            }
        }
        Some(FileKind::Other)
    }

    /// Why such a path cannot be used as a file, as a phrase in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            FileKind::Directory => msg::OS_IS_DIR,
            FileKind::Fifo => msg::KIND_FIFO,
            FileKind::Device => msg::KIND_DEVICE,
            FileKind::Socket => msg::KIND_SOCKET,
            FileKind::Other => msg::KIND_OTHER,
        }
        .get(lang)
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The operating system refused (missing file, no permission, …).
    Os(OsError),
    /// The path is not a regular file.
    NotAFile(FileKind),
    /// The file holds more than the limit; the size is the best known one (at least the limit
    /// plus one byte).
    TooLarge(u64),
    /// The file's size or modification time changed while it was being read.
    Changed,
}

impl ReadError {
    /// The reason as a phrase in `lang` (sizes are reported by the caller, which knows the
    /// limit).
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            ReadError::Os(e) => e.message(lang),
            ReadError::NotAFile(kind) => kind.message(lang).to_owned(),
            ReadError::TooLarge(_) => msg::OS_FILE_TOO_LARGE.get(lang).to_owned(),
            ReadError::Changed => msg::CHANGED_WHILE_READING.get(lang).to_owned(),
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> ReadError {
        ReadError::Os(e.into())
    }
}

/// Opens `path` for reading without ever blocking: on Unix with `O_NONBLOCK` (a FIFO without
/// a writer then opens at once instead of waiting) and `O_NOCTTY` (a terminal device never
/// becomes our controlling terminal).
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Reads the whole of `path` if it is a regular file of at most `limit` bytes.
///
/// The type is checked before opening (so a FIFO is never opened) and again on the open
/// handle (so a file swapped for a FIFO in between is still refused). At most `limit + 1`
/// bytes are read whatever size the file system reports, and a file whose size or time
/// changed during the read is refused rather than returned half old, half new.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_limited_with(path, limit, || {})
}

/// [`read_limited`], calling `opened` once the file is open (the tests change the file there).
fn read_limited_with(path: &Path, limit: u64, opened_hook: impl FnOnce()) -> Result<Vec<u8>, ReadError> {
    let before = std::fs::metadata(path)?;
    if let Some(kind) = FileKind::of(&before) {
        return Err(ReadError::NotAFile(kind));
    }
    if before.len() > limit {
        return Err(ReadError::TooLarge(before.len()));
    }
    let file = open_nonblocking(path)?;
    let opened = file.metadata()?;
    opened_hook();
    if let Some(kind) = FileKind::of(&opened) {
        return Err(ReadError::NotAFile(kind));
    }
    // The capacity comes from the reported size, itself at most the limit.
    let capacity = usize::try_from(opened.len().min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity.saturating_add(1));
    let mut handle = (&file).take(limit.saturating_add(1));
    handle.read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge(read.max(opened.len())));
    }
    let after = file.metadata()?;
    if read != opened.len() || after.len() != opened.len() || after.modified().ok() != opened.modified().ok() {
        return Err(ReadError::Changed);
    }
    Ok(bytes)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_grows_while_it_is_read_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.ron");
        std::fs::write(&path, "(format_version: 2)").expect("written");
        let result = read_limited_with(&path, 1024, || {
            // A colleague's save on a shared drive lands while we read.
            let mut f = OpenOptions::new().append(true).open(&path).expect("opens");
            std::io::Write::write_all(&mut f, b" and more").expect("appends");
        });
        assert!(matches!(result, Err(ReadError::Changed)), "{result:?}");
    }

    #[test]
    fn a_file_rewritten_to_the_same_length_while_it_is_read_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.ron");
        std::fs::write(&path, "old text").expect("written");
        let result = read_limited_with(&path, 1024, || {
            let f = OpenOptions::new().write(true).open(&path).expect("opens");
            std::io::Write::write_all(&mut &f, b"new text").expect("writes");
            // Its time moves on, as a save's does (set here: the clock may not have ticked).
            let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
            f.set_modified(later).expect("sets the time");
        });
        assert!(matches!(result, Err(ReadError::Changed)), "{result:?}");
    }

    #[test]
    fn an_unchanged_file_is_read_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.ron");
        std::fs::write(&path, "(format_version: 2)").expect("written");
        assert_eq!(read_limited(&path, 1024).expect("reads"), b"(format_version: 2)");
    }
}
