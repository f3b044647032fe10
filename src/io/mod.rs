//! Reading and writing projects and settings: RON project files with validation and
//! migration, a safe reader that refuses what is not a regular file, atomic writes, the
//! autosave recovery copies and the lock that tells a file is open in another
//! window. No egui here.

mod atomic;
pub mod doc_lock;

pub mod msg;
mod os_error;
mod outline;
mod project_file;
mod read;
pub mod recovery;

pub use atomic::{AtomicWriter, Step, WriteError, write_atomic};
pub use os_error::OsError;
pub use project_file::{
    LoadError, Loaded, MAX_FILE_BYTES, MEGABYTE, ParseReason, SaveError, UNKNOWN_LISTED, UnknownField, load,
    load_checked, parse, parse_checked, save, save_with, to_ron,
};
pub use read::{FileKind, ReadError, read_limited};
