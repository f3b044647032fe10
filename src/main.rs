//! `verkosto`: parse the command line, then run a headless subcommand or open the window.

#![warn(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use verkosto::cli::{self, Invocation};
use verkosto::i18n::Lang;

fn main() {
    let lang = verkosto::app::Settings::load().map_or_else(Lang::system_default, |s| s.lang);
    // Arguments stay OS strings: a file name that is not UTF-8 must reach the file system
    // exactly as given.
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    match cli::parse_args(&args, lang) {
        Err(e) => {
            eprintln!("{}", e.0);
            std::process::exit(2);
        }
        Ok(Invocation::Headless(sub)) => {
            let outcome = cli::run(&sub, lang);
            let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
            let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
            std::process::exit(outcome.code);
        }
        Ok(Invocation::Window(file)) => {
            if let Err(e) = verkosto::ui::run_window(file) {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
    }
}
