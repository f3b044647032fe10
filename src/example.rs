//! The built-in example project: a Finnish welfare region's network of services for older
//! people, with content in every phase.

use crate::model::Project;

/// The example project's file text.
pub const EXAMPLE_RON: &str = include_str!("../assets/example.ron");

/// The example project. It is checked by the tests; should it ever fail to load, an empty
/// project is returned rather than failing at startup.
pub fn project() -> Project {
    crate::io::parse(EXAMPLE_RON).unwrap_or_default()
}
