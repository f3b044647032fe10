//! Reading and writing projects and settings: RON project files with validation and
//! migration, atomic writes, and the autosave recovery file. No egui here.

mod atomic;
pub mod import;
mod project_file;
pub mod recovery;

pub use atomic::write_atomic;
pub use project_file::{LoadError, MAX_FILE_BYTES, SaveError, load, parse, save, to_ron};
