//! `verkosto merge A.ron B.ron … -o JOINT.ron [--into EXISTING.ron] [--accept-similar]`:
//! combines members' own project files into a joint project (see [`crate::combine`]) and
//! prints a summary of matches and disagreements. The member files are only read.

use super::{ERR_EXTRA_ARGUMENT, ERR_MISSING_VALUE, ERR_UNKNOWN_OPTION, Outcome, UsageError, show_path, usage};
use crate::combine::{MemberFile, Review, build, summary};
use crate::i18n::Lang;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

crate::messages! {
    ERR_TOO_FEW = "Komento merge tarvitsee vähintään kaksi jäsenen tiedostoa (tai yhden ja --into). Katso verkosto --help.", "The command merge needs at least two members' files (or one and --into). See verkosto --help.";
    ERR_NO_OUTPUT = "Komento merge tarvitsee tulostiedoston: -o TIEDOSTO. Katso verkosto --help.", "The command merge needs an output file: -o FILE. See verkosto --help.";
    ERR_OVERWRITES_MEMBER = "Tulostiedosto {file} on myös jäsenen tiedosto; jäsenten tiedostoja ei muuteta.", "The output file {file} is also a member's file; members' files are never changed.";
    ERR_SAME_FILE_TWICE = "Tiedosto {file} on annettu kahdesti.", "The file {file} is given twice.";
    MERGE_WRITTEN = "Yhteinen näkymä kirjoitettiin tiedostoon {file}.", "The joint view was written to {file}.";
}

/// Arguments of `merge`.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeArgs {
    /// The members' files, in order.
    pub files: Vec<PathBuf>,
    /// Where the joint project is written.
    pub output: PathBuf,
    /// A joint project to update.
    pub into: Option<PathBuf>,
    /// Combine similar names without review.
    pub accept_similar: bool,
}

/// Parses the arguments after `merge`.
pub fn parse(rest: &[&OsString], lang: Lang) -> Result<MergeArgs, UsageError> {
    let mut files = Vec::new();
    let mut output = None;
    let mut into = None;
    let mut accept_similar = false;
    let mut args = rest.iter();
    while let Some(&os_arg) = args.next() {
        // A file name that is not UTF-8 is kept as it is; options are always UTF-8.
        let Some(arg) = os_arg.to_str() else {
            files.push(PathBuf::from(os_arg));
            continue;
        };
        match arg {
            "-o" | "--output" | "--into" => {
                let Some(&value) = args.next().filter(|v| !v.to_string_lossy().starts_with('-')) else {
                    return Err(usage(lang, ERR_MISSING_VALUE, &[("option", &arg)]));
                };
                let slot = if arg == "--into" { &mut into } else { &mut output };
                if slot.is_some() {
                    return Err(usage(
                        lang,
                        ERR_EXTRA_ARGUMENT,
                        &[("argument", &value.to_string_lossy())],
                    ));
                }
                *slot = Some(PathBuf::from(value));
            }
            "--accept-similar" => accept_similar = true,
            _ if arg.starts_with('-') => return Err(usage(lang, ERR_UNKNOWN_OPTION, &[("option", &arg)])),
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let Some(output) = output else {
        return Err(UsageError(ERR_NO_OUTPUT.get(lang).to_owned()));
    };
    if files.len() + usize::from(into.is_some()) < 2 {
        return Err(UsageError(ERR_TOO_FEW.get(lang).to_owned()));
    }
    Ok(MergeArgs {
        files,
        output,
        into,
        accept_similar,
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Loads the files, combines them and writes the joint project; exit 1 with the file's
/// problem on a bad file, 2 when the output would overwrite a member's file.
pub fn run(args: &MergeArgs, lang: Lang) -> Outcome {
    for (i, f) in args.files.iter().enumerate() {
        if same_file(f, &args.output) {
            let mut o = Outcome::fail(format!(
                "{}\n",
                ERR_OVERWRITES_MEMBER.fmt(lang, &[("file", &show_path(f))])
            ));
            o.code = 2;
            return o;
        }
        if args.files[..i].iter().any(|g| same_file(f, g)) {
            let mut o = Outcome::fail(format!(
                "{}\n",
                ERR_SAME_FILE_TWICE.fmt(lang, &[("file", &show_path(f))])
            ));
            o.code = 2;
            return o;
        }
    }
    let base = match &args.into {
        Some(path) => match crate::io::load(path) {
            Ok(p) => Some(p),
            Err(e) => return Outcome::fail(format!("{}\n", e.message(lang, &show_path(path)))),
        },
        None => None,
    };
    let mut members = Vec::with_capacity(args.files.len());
    for path in &args.files {
        match crate::io::load(path) {
            Ok(project) => members.push(MemberFile {
                source: path
                    .file_name()
                    .map_or_else(|| show_path(path), |n| n.to_string_lossy().into_owned()),
                project,
            }),
            Err(e) => return Outcome::fail(format!("{}\n", e.message(lang, &show_path(path)))),
        }
    }
    let mut review = Review::new(base, members);
    if args.accept_similar {
        review.accept_similar();
    }
    let combined = build(&review);
    if let Err(e) = crate::io::save(&args.output, &combined.project) {
        return Outcome::fail(format!("{}\n", e.message(lang, &show_path(&args.output))));
    }
    let mut text = summary::render(&review, &combined.project, &combined.report, lang);
    text.push_str(&MERGE_WRITTEN.fmt(lang, &[("file", &show_path(&args.output))]));
    text.push('\n');
    Outcome::ok(text)
}
