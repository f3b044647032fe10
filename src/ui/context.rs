//! What every view is handed for one frame (like rerun's `ViewerContext`): the project to read,
//! the interface language, the selection, the shared analysis and the outbox for edits and
//! commands. Views take `&mut ViewCtx` instead of `&mut VerkostoApp` and long argument lists.

use crate::analysis::cache::Analysed;
use crate::app::Outbox;
use crate::app::Selection;
use crate::i18n::Lang;
use crate::model::Project;

/// The context of one view for one frame.
pub struct ViewCtx<'a> {
    /// The project as it is at the start of the frame (edits go to `out`).
    pub project: &'a Project,
    /// The document's revision: a number that changes with every edit (for caches).
    pub revision: u64,
    /// The interface language.
    pub lang: Lang,
    /// The selected actors or relation (view state, never undone).
    pub selection: &'a mut Selection,
    /// The network analysis from the shared cache; `None` while the first analysis of a
    /// large network is still running.
    pub analysis: Option<Analysed>,
    /// Edits and commands for the app to apply at the end of the frame.
    pub out: &'a mut Outbox,
    /// Read-only views (presentation slides) show the same content without editing controls.
    pub read_only: bool,
}
