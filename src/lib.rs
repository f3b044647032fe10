//! Verkosto: build an organisation's network strategy along the nine-phase cycle of
//! Valkokari, Hakanen & Airola (VTT 2007).
//!
//! Dependencies run one way: `i18n` ← `model` ← `io`/`analysis`/`export` ← `app` ← `ui`.
//! Only `app` and `ui` know egui.

#![warn(clippy::unwrap_used, clippy::expect_used)]

pub mod analysis;
pub mod app;
pub mod cli;
pub mod example;
pub mod export;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod model;
pub mod ui;
