//! The autosave recovery file: while a project has unsaved changes it is written to the
//! user's data folder, so that after a crash the next start can offer to restore it.

use super::atomic::write_atomic;
use super::project_file::{parse, to_ron};
use crate::model::Project;
use std::path::{Path, PathBuf};

/// What the recovery file holds besides the project: where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The project as it was at the last autosave.
    pub project: Project,
    /// The file it was opened from or last saved to, if any.
    pub origin: Option<PathBuf>,
    /// When it was written, as local time text.
    pub written: String,
}

const ORIGIN_PREFIX: &str = "// origin: ";
const WRITTEN_PREFIX: &str = "// written: ";

/// Writes the recovery file: two comment lines, then the project.
pub fn write(path: &Path, project: &Project, origin: Option<&Path>) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut text = String::new();
    if let Some(origin) = origin {
        text.push_str(ORIGIN_PREFIX);
        text.push_str(&origin.to_string_lossy().replace('\n', " "));
        text.push('\n');
    }
    text.push_str(WRITTEN_PREFIX);
    text.push_str(&chrono::Local::now().format("%Y-%m-%d %H:%M").to_string());
    text.push('\n');
    text.push_str(&to_ron(project));
    write_atomic(path, text.as_bytes())
}

/// Reads the recovery file, if there is a readable one.
pub fn read(path: &Path) -> Option<Recovered> {
    let bytes = super::read::read_limited(path, super::MAX_FILE_BYTES).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let mut origin = None;
    let mut written = String::new();
    for line in text.lines().take(2) {
        if let Some(o) = line.strip_prefix(ORIGIN_PREFIX) {
            origin = Some(PathBuf::from(o));
        } else if let Some(w) = line.strip_prefix(WRITTEN_PREFIX) {
            written = w.to_owned();
        }
    }
    let project = parse(&text).ok()?;
    Some(Recovered {
        project,
        origin,
        written,
    })
}

/// Removes the recovery file (after a save, or when the user discards it).
pub fn clear(path: &Path) {
    let _ = std::fs::remove_file(path);
}
