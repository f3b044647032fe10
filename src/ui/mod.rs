//! Views: the window's panels, the cycle figure, the worksheets, the map and the dialogs. Views
//! read the project and hand edits and commands to an [`Outbox`](crate::app::Outbox); they never change the
//! project. [`Window`] runs the frame: the app reads its input, the views draw, the app applies
//! what they asked for.

pub mod context;
pub mod cycle;
pub mod dialogs;
pub mod joint;
pub mod kit;
pub mod lists;
pub mod map;
mod menu;
pub mod present;
pub mod sheets;
mod shell;
mod status;
pub mod style;
mod window;

pub use context::ViewCtx;
pub use window::{Views, Window, run_window};
// The selection is app state; re-exported here, where the views have always found it.
pub use crate::app::Selection;
