//! Native file dialogs (rfd) run on a thread of their own so the window never freezes. Where
//! no native dialog can be shown (a bare X server without a desktop portal), rfd answers
//! "nothing chosen" at once; that is told apart from a user's cancel by its speed, and the app
//! then asks for a path in a field of its own.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// Faster than any person can cancel a dialog: an answer this quick means no dialog was shown.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// What a chosen path is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// Open the chosen project.
    Open,
    /// Save the project there, then carry on with the pending action, if any.
    SaveAs(Option<super::Pending>),
    /// Write this export there (a folder for CSV); the name is the one suggested.
    Export(super::ExportRequest, String),
    /// Read the chosen file for import.
    Import,
    /// Read the chosen members' project files for combining (into the open joint project
    /// when true).
    Combine(bool),
}

impl Purpose {
    /// The endings offered in the dialog.
    fn extensions(&self) -> Vec<&'static str> {
        match self {
            Purpose::Open | Purpose::SaveAs(_) | Purpose::Combine(_) => vec!["ron"],
            Purpose::Export(request, _) => request.format.extension().into_iter().collect(),
            Purpose::Import => super::IMPORT_EXTENSIONS.to_vec(),
        }
    }

    /// Whether the dialog asks for a name to write to.
    fn saving(&self) -> bool {
        matches!(self, Purpose::SaveAs(_) | Purpose::Export(..))
    }

    /// Whether the dialog asks for a folder (the CSV export writes two files into one).
    pub fn folder(&self) -> bool {
        matches!(self, Purpose::Export(request, _) if request.format.extension().is_none())
    }
}

/// The in-app path field shown instead of a native dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct PathEntry {
    /// What the path is for.
    pub purpose: Purpose,
    /// The text typed so far.
    pub text: String,
    /// Whether the field has been given the keyboard focus (once, when it opens, so that
    /// typing goes into it even when it starts with a suggested name).
    pub focused: bool,
}

/// Runs file dialogs and falls back to [`PathEntry`].
pub struct FileDialogs {
    waiting: Option<(Receiver<Vec<PathBuf>>, Instant, Purpose)>,
    /// Whether native dialogs are used at all (false in tests and after one failed to show).
    pub native: bool,
    /// The in-app path field, when shown.
    pub entry: Option<PathEntry>,
}

impl FileDialogs {
    /// Dialogs that try the native ones first when `native` is true.
    pub fn new(native: bool) -> FileDialogs {
        FileDialogs {
            waiting: None,
            native,
            entry: None,
        }
    }

    /// Whether a dialog or the path field is open.
    pub fn busy(&self) -> bool {
        self.waiting.is_some() || self.entry.is_some()
    }

    /// Asks for a path. `current` is the current file, used for the folder and name.
    pub fn request(&mut self, purpose: Purpose, current: Option<&std::path::Path>, filter_name: &str) {
        if self.busy() {
            return;
        }
        if !self.native {
            let text = match &purpose {
                // Beside the project file, else in the home folder (never the working folder
                // of whatever started the app).
                Purpose::Export(_, name) => current
                    .and_then(|p| p.parent())
                    .filter(|dir| !dir.as_os_str().is_empty())
                    .map_or_else(|| format!("~/{name}"), |dir| dir.join(name).display().to_string()),
                Purpose::Import | Purpose::Combine(_) => String::new(),
                _ => current.map(|p| p.display().to_string()).unwrap_or_default(),
            };
            self.entry = Some(PathEntry {
                purpose,
                text,
                focused: false,
            });
            return;
        }
        let (tx, rx) = channel();
        let mut dialog = rfd::FileDialog::new();
        let extensions = purpose.extensions();
        if !extensions.is_empty() {
            dialog = dialog.add_filter(filter_name, &extensions);
        }
        if let Some(dir) = current.and_then(|p| p.parent()).filter(|d| !d.as_os_str().is_empty()) {
            dialog = dialog.set_directory(dir);
        }
        let (saving, folder) = (purpose.saving(), purpose.folder());
        // An import may be two CSV files (actors and relations); combining takes many.
        let several = matches!(purpose, Purpose::Import | Purpose::Combine(_));
        if saving && !folder {
            let name = match &purpose {
                Purpose::Export(_, name) => name.clone(),
                _ => current
                    .and_then(|p| p.file_name())
                    .map_or_else(|| "verkosto.ron".to_owned(), |n| n.to_string_lossy().into_owned()),
            };
            dialog = dialog.set_file_name(name);
        }
        std::thread::spawn(move || {
            let chosen: Vec<PathBuf> = if folder {
                dialog.pick_folder().into_iter().collect()
            } else if saving {
                dialog.save_file().into_iter().collect()
            } else if several {
                dialog.pick_files().unwrap_or_default()
            } else {
                dialog.pick_file().into_iter().collect()
            };
            let _ = tx.send(chosen);
        });
        self.waiting = Some((rx, Instant::now(), purpose));
    }

    /// Checks for an answer; returns the purpose and the paths when something was chosen (one
    /// path, or several for an import).
    pub fn poll(&mut self) -> Option<(Purpose, Vec<PathBuf>)> {
        let (rx, started, _) = self.waiting.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        let quick = started.elapsed() < NO_DIALOG_THRESHOLD;
        let (_, _, purpose) = self.waiting.take()?;
        if !answer.is_empty() {
            let paths = answer.into_iter().map(|p| with_extension(p, &purpose)).collect();
            Some((purpose, paths))
        } else if quick {
            // No dialog could be shown: ask in the window from now on.
            self.native = false;
            self.entry = Some(PathEntry {
                purpose,
                text: String::new(),
                focused: false,
            });
            None
        } else {
            None
        }
    }

    /// Takes the typed path, if it is not empty (for combining, one path per line).
    pub fn take_entry(&mut self) -> Option<(Purpose, Vec<PathBuf>)> {
        let entry = self.entry.take()?;
        let text = entry.text.trim();
        if text.is_empty() {
            self.entry = Some(entry);
            return None;
        }
        if let Purpose::Combine(_) = entry.purpose {
            let paths = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(expand_home)
                .collect();
            return Some((entry.purpose, paths));
        }
        let path = expand_home(text);
        let path = with_extension(path, &entry.purpose);
        Some((entry.purpose, vec![path]))
    }

    /// Whether the app should keep polling (a native dialog is open).
    pub fn waiting(&self) -> bool {
        self.waiting.is_some()
    }
}

/// Saved and exported files get their ending (`.ron`, `.pdf` …) when the user typed a name
/// without one.
fn with_extension(path: PathBuf, purpose: &Purpose) -> PathBuf {
    match purpose.extensions().first() {
        Some(ext) if purpose.saving() && path.extension().is_none() => path.with_extension(ext),
        _ => path,
    }
}

fn expand_home(text: &str) -> PathBuf {
    if let Some(rest) = text.strip_prefix("~/")
        && let Some(home) = directories::BaseDirs::new()
    {
        return home.home_dir().join(rest);
    }
    PathBuf::from(text)
}
