//! Dependencies point one way: each top-level module of the crate uses only the modules below
//! it (README, "Code"), and the layers under `app` know nothing of egui. Read from the source,
//! so a `use` that points up fails here before it tangles the layers.

use std::collections::BTreeMap;
use std::path::Path;

/// What each module may use. A module missing here (a new one) must be added with its place.
fn allowed() -> BTreeMap<&'static str, &'static [&'static str]> {
    BTreeMap::from([
        ("i18n", &[][..]),
        ("model", &["i18n"][..]),
        ("io", &["i18n", "model"][..]),
        ("example", &["i18n", "model", "io"][..]),
        ("analysis", &["i18n", "model"][..]),
        ("layout", &["i18n", "model"][..]),
        ("combine", &["i18n", "model"][..]),
        ("export", &["i18n", "model", "io", "analysis", "layout"][..]),
        ("import", &["i18n", "model", "io", "export"][..]),
        (
            "app",
            &[
                "i18n", "model", "io", "example", "analysis", "layout", "combine", "export", "import",
            ][..],
        ),
        (
            "ui",
            &[
                "i18n", "model", "io", "example", "analysis", "layout", "combine", "export", "import", "app",
            ][..],
        ),
        (
            "cli",
            &[
                "i18n", "model", "io", "example", "analysis", "layout", "combine", "export", "import",
            ][..],
        ),
    ])
}

/// The layers that never draw or read input.
const WITHOUT_EGUI: [&str; 9] = [
    "i18n", "model", "io", "example", "analysis", "layout", "combine", "export", "import",
];

/// The source files of a top-level module (`src/NAME.rs` or everything under `src/NAME/`).
fn files_of(module: &str) -> Vec<std::path::PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("reads the folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    let file = Path::new("src").join(format!("{module}.rs"));
    if file.exists() {
        found.push(file);
    }
    let dir = Path::new("src").join(module);
    if dir.is_dir() {
        walk(&dir, &mut found);
    }
    found
}

/// The code of a file without its comments (line comments and doc comments).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).expect("reads the source");
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.split("//").next().unwrap_or_default().to_owned()))
        .collect()
}

/// The top-level modules a line names as `crate::NAME`.
fn crate_paths(line: &str) -> Vec<String> {
    line.match_indices("crate::")
        .map(|(at, m)| {
            line[at + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn every_top_level_module_has_a_place_in_the_layers() {
    let allowed = allowed();
    for entry in std::fs::read_dir("src").expect("reads src").flatten() {
        let path = entry.path();
        let Some(name) = path.file_stem().and_then(|n| n.to_str()) else {
            continue;
        };
        if ["lib", "main"].contains(&name) {
            continue;
        }
        assert!(
            allowed.contains_key(name),
            "src/{name} has no place in the layers of this test"
        );
    }
}

#[test]
fn no_module_uses_one_above_it() {
    let mut wrong = Vec::new();
    for (module, may_use) in allowed() {
        for path in files_of(module) {
            for (number, line) in code_lines(&path) {
                for used in crate_paths(&line) {
                    // `$crate::messages!` and friends are macros of i18n.
                    let used = if used == "messages" { "i18n".to_owned() } else { used };
                    if used != module && !may_use.contains(&used.as_str()) {
                        wrong.push(format!("{}:{number}: {module} uses {used}", path.display()));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "dependencies pointing up:\n{}", wrong.join("\n"));
}

#[test]
fn the_layers_under_app_know_nothing_of_egui() {
    let mut wrong = Vec::new();
    for module in WITHOUT_EGUI {
        for path in files_of(module) {
            for (number, line) in code_lines(&path) {
                if line.contains("egui") {
                    wrong.push(format!("{}:{number}", path.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "egui below app:\n{}", wrong.join("\n"));
}
