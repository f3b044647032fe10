//! A property test in the spirit of a fuzzer: valid project files are mutated (bytes flipped,
//! cut short, spliced with pieces of themselves and with hostile tokens) and every result must
//! be refused with a sentence for a coordinator, or load as a project that saves and loads
//! back equal. Never a panic, a hang or a developer's message.
//!
//! Budget: 200 mutated v1 fixtures and 120 mutated example projects (the larger seed), from a
//! fixed seed, about 8 s of CPU in a debug build; `PROPTEST_CASES=N` runs N of each (and
//! `PROPTEST_RNG_SEED=S` other cases) for a longer local hunt. The importers have theirs in
//! `tests/mutated_imports_never_panic.rs`.

use proptest::prelude::*;
use verkosto::i18n::Lang;
use verkosto::io;

/// Tokens that once broke readers or are known to be hard for them.
const HOSTILE: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "\\",
    "'",
    "r#",
    "r#\"",
    "/*",
    "//",
    "#![enable(implicit_some)]",
    "1e39",
    "-1e39",
    "NaN",
    "inf",
    "300",
    "-1",
    "4294967296",
    "18446744073709551616",
    "Some(",
    "None",
    "\u{feff}",
    "\0",
    "é",
    "format_version: 2,",
    "format_version: 99,",
    "id: 1,",
    "to: 999,",
    "colour: \"red\",",
    "_",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bits: u8 },
    Cut { at: usize },
    Delete { at: usize, len: usize },
    Splice { from: usize, len: usize, to: usize },
    Insert { at: usize, token: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(at, bits)| Mutation::Flip { at, bits }),
        any::<usize>().prop_map(|at| Mutation::Cut { at }),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 1usize..200, any::<usize>()).prop_map(|(from, len, to)| Mutation::Splice { from, len, to }),
        (any::<usize>(), 0..HOSTILE.len()).prop_map(|(at, token)| Mutation::Insert { at, token }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match *m {
        Mutation::Flip { at, bits } => {
            if let Some(b) = bytes.get_mut(at % n) {
                *b ^= bits;
            }
        }
        Mutation::Cut { at } => bytes.truncate(at % n),
        Mutation::Delete { at, len } => {
            let start = (at % n).min(bytes.len());
            let end = (start + len).min(bytes.len());
            bytes.drain(start..end);
        }
        Mutation::Splice { from, len, to } => {
            let start = (from % n).min(bytes.len());
            let end = (start + len).min(bytes.len());
            let piece: Vec<u8> = bytes[start..end].to_vec();
            let to = (to % n).min(bytes.len());
            bytes.splice(to..to, piece);
        }
        Mutation::Insert { at, token } => {
            let at = (at % n).min(bytes.len());
            bytes.splice(at..at, HOSTILE[token].bytes());
        }
    }
}

/// The run: `budget` cases (or `PROPTEST_CASES`) from a fixed seed (or `PROPTEST_RNG_SEED`),
/// so that CI runs the same cases every time and a failure is found again.
fn config(budget: u32) -> ProptestConfig {
    let env = |name: &str| std::env::var(name).ok().and_then(|n| n.parse::<u64>().ok());
    ProptestConfig {
        cases: env("PROPTEST_CASES").map_or(budget, |n| u32::try_from(n).unwrap_or(u32::MAX)),
        rng_seed: proptest::test_runner::RngSeed::Fixed(env("PROPTEST_RNG_SEED").unwrap_or(0x7665_726b_6f73_746f)),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn seeds() -> [String; 2] {
    [
        std::fs::read_to_string("tests/fixtures/v1.ron").expect("fixture"),
        io::to_ron(&verkosto::example::project()),
    ]
}

/// The property: refused with a sentence, or loaded and saved back equal.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    match io::parse_checked(&text) {
        Err(err) => {
            for lang in Lang::ALL {
                let message = err.message(lang, "p.ron");
                prop_assert!(!message.trim().is_empty());
                for developer in [
                    "VersionProbe",
                    "recursion_limit",
                    "serde_stacker",
                    "raw identifier",
                    "Integer is out of bounds",
                    "os error",
                ] {
                    prop_assert!(!message.contains(developer), "{}", message);
                }
            }
        }
        Ok(loaded) => {
            let _ = loaded.unknown_message(Lang::Fi, "p.ron");
            let again = io::to_ron(&loaded.project);
            prop_assert_eq!(io::parse(&again), Ok(loaded.project));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn mutated_v1_fixtures_are_refused_or_load(ms in prop::collection::vec(mutation(), 1..5)) {
        let mut bytes = seeds()[0].clone().into_bytes();
        for m in &ms {
            apply(&mut bytes, m);
        }
        check(&bytes)?;
    }
}

proptest! {
    #![proptest_config(config(120))]

    #[test]
    fn mutated_example_projects_are_refused_or_load(ms in prop::collection::vec(mutation(), 1..5)) {
        let mut bytes = seeds()[1].clone().into_bytes();
        for m in &ms {
            apply(&mut bytes, m);
        }
        check(&bytes)?;
    }
}

#[test]
fn every_prefix_of_the_fixture_is_refused_or_loads() {
    let text = seeds()[0].clone();
    for cut in (0..text.len()).step_by(7) {
        check(&text.as_bytes()[..cut]).expect("no panic, a sentence");
    }
}
