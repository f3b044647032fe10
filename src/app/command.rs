//! Every user action of the menus and shortcuts, with its label and shortcut in one place so
//! menus and keyboard never disagree.

use crate::i18n::{Lang, Tr, msg};
use crate::model::PhaseId;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A user action. Views and dialogs push commands; the app runs them at the end of the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Start a new, empty project.
    New,
    /// Choose a project file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Open the built-in example project.
    OpenExample,
    /// Save to the current file (asks for a name when there is none).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Close the window.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Switch the interface language.
    SetLang(Lang),
    /// Switch between light and dark.
    SetDark(bool),
    /// Show or hide the panel with the cycle figure.
    ToggleCyclePanel,
    /// Turn the presenter view (a second window while presenting) on or off.
    TogglePresenterView,
    /// Show the About window.
    About,
    /// Show a page of the built-in help.
    Help(HelpPage),
    /// Edit the project's lists (actor kinds, relation roles …).
    EditLists,
    /// Edit the project's name and description.
    ProjectProperties,
    /// Open a phase.
    GoPhase(PhaseId),
    /// Open the next phase (after 9 comes 1).
    NextPhase,
    /// Open the previous phase.
    PrevPhase,
    /// The answer to "save the changes first?": the action waiting in the question goes ahead.
    ConfirmUnsaved(UnsavedChoice),
    /// Open the path typed in the path field (for opening or saving).
    SubmitPath,
    /// Choose where to write this export, then write it.
    Export(super::ExportRequest),
    /// Choose a file (CSV, Excel, GraphML) to import.
    Import,
    /// Read these files (one, or an actor CSV and a relation CSV) for import and show the review.
    ImportPaths(Vec<PathBuf>),
    /// Carry out the reviewed import.
    ApplyImport(super::ImportTarget),
    /// Choose members' project files to combine into a new joint project, or (`update`, when
    /// the open project is a joint project) to update the open one with.
    Combine {
        /// Update the open joint project instead of making a new one.
        update: bool,
    },
    /// Read these members' files and show the review of their matches.
    CombinePaths {
        /// The members' files, in order.
        paths: Vec<PathBuf>,
        /// Update the open joint project instead of making a new one.
        update: bool,
    },
    /// Build the reviewed joint project.
    ApplyCombine,
    /// Restore the offered recovery file as an unsaved project.
    RestoreRecovery,
    /// Delete the offered recovery file.
    DiscardRecovery,
    /// Close a dialog without acting (Cancel, Close, Escape).
    CloseDialog(Dialog),
    /// Start the presentation full screen, from the beginning or from the current phase.
    Present {
        /// From the first slide rather than the current phase's.
        from_start: bool,
    },
    /// A choice about one recovery copy of the list at start (by its key).
    Recovery(String, RecoveryChoice),
    /// The answer to "save anyway?" (unknown fields, or the file changed on disk).
    GuardedSave(GuardChoice),
    /// The answer to "the file changed on disk".
    DiskChanged(DiskChoice),
    /// The answer to "the file is open in another Verkosto window" besides Cancel.
    OpenElsewhere(ElsewhereChoice),
    /// End read-only and edit the document all the same (saving over its file waits until the
    /// other window has closed).
    EditAnyway,
}

/// A page of the built-in help (Help menu).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpPage {
    /// The cycle, its two halves, what each phase is for and the four reflection questions.
    Method,
    /// Every keyboard shortcut, in the editor, on the map and in the presentation.
    Shortcuts,
}

/// What to do with one recovery copy left by a crash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoveryChoice {
    /// Open it as an unsaved project tied to its original file.
    Restore,
    /// Open it and ask for a new file name to save it under.
    SaveAs,
    /// Delete the copy.
    Discard,
    /// Keep the copy on disk for the next start.
    Later,
}

/// The answers to "save anyway?" besides Cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuardChoice {
    /// Save to the file all the same.
    SaveAnyway,
    /// Save under another name instead.
    SaveAs,
}

/// The answers when the open file changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskChoice {
    /// Load the version on disk.
    Reload,
    /// Keep the version in the app; saving over the file asks first.
    KeepMine,
}

/// How to open a file that another Verkosto window has open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElsewhereChoice {
    /// Open it read-only: no edits, and saving goes under another name.
    ReadOnly,
    /// Open it for editing all the same.
    Anyway,
}

/// The answer to the unsaved-changes question that lets the waiting action go ahead.
/// (Cancelling closes the question with [`Command::CloseDialog`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save first, then carry on.
    Save,
    /// Carry on and lose the changes.
    Discard,
}

/// The app's dialogs, for closing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// The unsaved-changes question.
    ConfirmUnsaved,
    /// The path field.
    PathEntry,
    /// A failure shown in full.
    Error,
    /// The About window.
    About,
    /// The help window.
    Help,
    /// The project's name and description.
    Properties,
    /// The review of a file to import.
    ImportReview,
    /// The review of members' files to combine.
    CombineReview,
    /// The question before saving over unknown fields or a change on disk.
    SaveGuard,
    /// The question when a file is open in another window.
    OpenElsewhere,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// The commands that have a keyboard shortcut, in the order they are checked.
    pub fn with_shortcuts() -> Vec<Command> {
        let mut all = vec![
            // Shift+F5 before F5: F5's shortcut also matches with Shift held.
            Command::Present { from_start: true },
            Command::Present { from_start: false },
            Command::SaveAs,
            Command::Save,
            Command::New,
            Command::Open,
            Command::Redo,
            Command::Undo,
            Command::Quit,
            Command::Help(HelpPage::Method),
            Command::NextPhase,
            Command::PrevPhase,
        ];
        all.extend(PhaseId::ALL.map(Command::GoPhase));
        all
    }

    /// The main shortcut, as shown in menus.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let k = KeyboardShortcut::new;
        Some(match self {
            Command::New => k(CTRL, Key::N),
            Command::Open => k(CTRL, Key::O),
            Command::Save => k(CTRL, Key::S),
            Command::SaveAs => k(CTRL_SHIFT, Key::S),
            Command::Quit => k(CTRL, Key::Q),
            Command::Undo => k(CTRL, Key::Z),
            Command::Redo => k(CTRL_SHIFT, Key::Z),
            Command::NextPhase => k(Modifiers::ALT, Key::ArrowRight),
            Command::PrevPhase => k(Modifiers::ALT, Key::ArrowLeft),
            Command::GoPhase(p) => k(CTRL, number_key(p.number())?),
            Command::Present { from_start: false } => k(Modifiers::NONE, Key::F5),
            Command::Present { from_start: true } => k(Modifiers::SHIFT, Key::F5),
            Command::Help(HelpPage::Method) => k(Modifiers::NONE, Key::F1),
            _ => return None,
        })
    }

    /// Further shortcuts that do the same (Ctrl+Y for redo, Ctrl+PageDown for the next phase).
    pub fn alternative_shortcuts(&self) -> Vec<KeyboardShortcut> {
        let k = KeyboardShortcut::new;
        match self {
            Command::Redo => vec![k(CTRL, Key::Y)],
            Command::NextPhase => vec![k(CTRL, Key::PageDown)],
            Command::PrevPhase => vec![k(CTRL, Key::PageUp)],
            _ => Vec::new(),
        }
    }

    /// The menu label.
    pub fn label(&self) -> Tr {
        match self {
            Command::New => msg::NEW,
            Command::Open => msg::OPEN,
            Command::OpenPath(_) => msg::OPEN,
            Command::OpenExample => msg::OPEN_EXAMPLE,
            Command::Save => msg::SAVE,
            Command::SaveAs => msg::SAVE_AS,
            Command::Quit => msg::QUIT,
            Command::Undo => msg::UNDO,
            Command::Redo => msg::REDO,
            Command::SetLang(_) => msg::LANGUAGE,
            Command::SetDark(true) => msg::THEME_DARK,
            Command::SetDark(false) => msg::THEME_LIGHT,
            Command::ToggleCyclePanel => msg::CYCLE_PANEL,
            Command::TogglePresenterView => msg::PRESENTER_VIEW,
            Command::About => msg::ABOUT,
            Command::Help(HelpPage::Method) => msg::HELP_METHOD,
            Command::Help(HelpPage::Shortcuts) => msg::HELP_SHORTCUTS,
            Command::EditLists => msg::EDIT_LISTS,
            Command::ProjectProperties => msg::PROJECT_PROPERTIES,
            Command::GoPhase(p) => p.name(),
            Command::NextPhase => msg::NEXT_PHASE,
            Command::PrevPhase => msg::PREV_PHASE,
            Command::ConfirmUnsaved(UnsavedChoice::Save) => msg::CONFIRM_SAVE,
            Command::ConfirmUnsaved(UnsavedChoice::Discard) => msg::CONFIRM_DISCARD,
            Command::SubmitPath => msg::PATH_OK,
            Command::Export(request) => request.format.label(),
            Command::Import | Command::ImportPaths(_) => super::transfer::IMPORT,
            Command::ApplyImport(super::ImportTarget::OpenProject) => super::transfer::IMPORT_INTO,
            Command::ApplyImport(super::ImportTarget::NewProject) => super::transfer::IMPORT_AS_NEW,
            Command::Combine { update: false } | Command::CombinePaths { update: false, .. } => {
                super::combining::COMBINE
            }
            Command::Combine { update: true } | Command::CombinePaths { update: true, .. } => {
                super::combining::COMBINE_UPDATE
            }
            Command::ApplyCombine => super::combining::APPLY,
            Command::RestoreRecovery => msg::RECOVER_RESTORE,
            Command::DiscardRecovery => msg::RECOVER_DISCARD,
            Command::CloseDialog(_) => msg::CLOSE,
            Command::Present { from_start: false } => msg::PRESENT,
            Command::Present { from_start: true } => msg::PRESENT_FROM_START,
            Command::Recovery(_, RecoveryChoice::Restore) => msg::RECOVER_RESTORE,
            Command::Recovery(_, RecoveryChoice::SaveAs) => super::safe_msg::RECOVERY_SAVE_AS,
            Command::Recovery(_, RecoveryChoice::Discard) => msg::RECOVER_DISCARD,
            Command::Recovery(_, RecoveryChoice::Later) => super::safe_msg::RECOVERY_LATER,
            Command::GuardedSave(GuardChoice::SaveAnyway) => super::safe_msg::GUARD_SAVE_ANYWAY,
            Command::GuardedSave(GuardChoice::SaveAs) => super::safe_msg::GUARD_SAVE_AS,
            Command::DiskChanged(DiskChoice::Reload) => super::safe_msg::DISK_RELOAD,
            Command::DiskChanged(DiskChoice::KeepMine) => super::safe_msg::DISK_KEEP,
            Command::OpenElsewhere(ElsewhereChoice::ReadOnly) => super::safe_msg::ELSEWHERE_READ_ONLY,
            Command::OpenElsewhere(ElsewhereChoice::Anyway) => super::safe_msg::ELSEWHERE_ANYWAY,
            Command::EditAnyway => super::safe_msg::EDIT_ANYWAY,
        }
    }
}

fn number_key(n: usize) -> Option<Key> {
    Some(match n {
        1 => Key::Num1,
        2 => Key::Num2,
        3 => Key::Num3,
        4 => Key::Num4,
        5 => Key::Num5,
        6 => Key::Num6,
        7 => Key::Num7,
        8 => Key::Num8,
        9 => Key::Num9,
        _ => return None,
    })
}
