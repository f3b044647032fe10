//! Exports rendered from the model, without egui, so the command line and the app give the
//! same bytes for the same project.

pub mod data;
