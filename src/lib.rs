//! Verkosto: build an organisation's network strategy along the nine-phase cycle of
//! Valkokari, Hakanen & Airola (VTT 2007).
//!
//! Dependencies run one way: each module uses only modules listed above it.
//!
//! ```text
//! i18n                          texts in Finnish and English, the method's phase texts
//! model     uses i18n           the project data of all nine phases, edits, validation
//! io        uses model, i18n    RON files, migration, atomic writes, the recovery file
//! example   uses model, io      the built-in example project
//! analysis  uses model, i18n    network metrics and the one cache of them
//! layout    uses nothing        map layouts (force-directed, rings)
//! combine   uses model, i18n    members' own views into one joint project (matching, provenance)
//! export    uses model, i18n, io, analysis, layout
//!                               the map, card and report (SVG, PNG, PDF, HTML, Markdown) and
//!                               the data (CSV, XLSX, GraphML, GEXF)
//! import    uses model, i18n, io, export
//!                               CSV, XLSX and GraphML read, reviewed and applied as one edit
//! app       uses i18n, model, io, example, analysis, export, import
//!                               state: document and history, settings, commands, dialogs
//! ui        uses app and all above it
//!                               views, dialogs, the window and its frame loop
//! cli       uses i18n, model, io, example, analysis, export, import
//!                               headless subcommands (never app or ui)
//! main      uses cli, app, ui   parses the command line, opens the window
//! ```
//!
//! Only `app` and `ui` know egui, and only `ui` draws.

#![warn(clippy::unwrap_used, clippy::expect_used)]

pub mod analysis;
pub mod app;
pub mod cli;
pub mod combine;
pub mod example;
pub mod export;
pub mod i18n;
pub mod import;
pub mod io;
pub mod layout;
pub mod model;
pub mod ui;
