//! User preferences remembered between runs: language, theme and recent files. Stored as RON
//! in the user's configuration folder (or `$VERKOSTO_CONFIG_DIR`).

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Largest settings file read: a few hundred bytes in practice.
const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// How many recent files the File menu lists.
pub const RECENT_LIMIT: usize = 10;

/// User preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Dark theme instead of light.
    pub dark: bool,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: Lang::system_default(),
            dark: false,
            recent: Vec::new(),
        }
    }
}

/// The folder for settings.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("VERKOSTO_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("fi", "Verkosto", "verkosto").map(|d| d.config_dir().to_path_buf())
}

/// The folder for the autosave recovery file.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("VERKOSTO_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("fi", "Verkosto", "verkosto").map(|d| d.data_dir().to_path_buf())
}

impl Settings {
    fn path() -> Option<PathBuf> {
        config_dir().map(|d| d.join("settings.ron"))
    }

    /// The saved settings, or `None` when there are none or they cannot be read.
    pub fn load() -> Option<Settings> {
        Self::load_from(&Self::path()?)
    }

    /// The settings saved in `path`, if readable. Read with the safe reader, so a FIFO or a
    /// device named `settings.ron` is ignored instead of hanging every start.
    pub fn load_from(path: &Path) -> Option<Settings> {
        let bytes = crate::io::read_limited(path, MAX_SETTINGS_BYTES).ok()?;
        let text = String::from_utf8(bytes).ok()?;
        ron::from_str(&text).ok()
    }

    /// Saves the settings; preferences are not worth bothering the user about, so failures
    /// are ignored.
    pub fn save(&self) {
        if let Some(path) = Self::path() {
            let _ = self.save_to(&path);
        }
    }

    /// Saves the settings to `path`.
    pub fn save_to(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        crate::io::write_atomic(path, text.as_bytes())
    }

    /// Puts `path` first in the recent files.
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_LIMIT);
    }
}
