//! Normalised actor names, the basis of matching.
//!
//! The rule, in order:
//! 1. Lower case; every character that is not a letter or a digit becomes a space (so `r.y.`
//!    becomes `r y` and `Järvilinnan kaupunki, sosiaalitoimi` three words); runs of spaces become
//!    one. This is the *full* form: two names with the same full form are an **exact** match.
//! 2. Legal-form words are dropped from the end, repeatedly: `oy`, `oyj`, `ab`, `ry`, `r y`,
//!    `ky`, `tmi`, `sr`, `kuntayhtymä`, `ltd`, `inc`, `plc`, `gmbh`.
//! 3. Municipality forms are reduced to the place: `the city of X`, `city of X`, `town of X`,
//!    `municipality of X` become `X`; `X:n kaupunki`, `X kaupunki`, `X:n kunta`, `X kunta`
//!    (only when `kaupunki`/`kunta` is the last word) become `X`.
//!
//! What is left is the *key*: two names with the same key but different full forms are a
//! **suffix-only** match ("Etähoiva Oy" and "Etähoiva").

/// A name in its compared forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NormalName {
    /// Lower case, punctuation as spaces, single spaces.
    pub full: String,
    /// The full form without legal-form and municipality words.
    pub key: String,
    /// The words of `key`.
    pub tokens: Vec<String>,
}

const SUFFIXES: &[&[&str]] = &[
    &["oy"],
    &["oyj"],
    &["ab"],
    &["ry"],
    &["r", "y"],
    &["ky"],
    &["tmi"],
    &["sr"],
    &["kuntayhtymä"],
    &["ltd"],
    &["inc"],
    &["plc"],
    &["gmbh"],
];

const PREFIXES: &[&[&str]] = &[
    &["the", "city", "of"],
    &["city", "of"],
    &["the", "town", "of"],
    &["town", "of"],
    &["the", "municipality", "of"],
    &["municipality", "of"],
];

/// Normalises `name` by the rule of this module.
pub fn normalise(name: &str) -> NormalName {
    let cleaned: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let full = words.join(" ");
    let mut key: Vec<&str> = words.clone();
    loop {
        let before = key.len();
        for suffix in SUFFIXES {
            if key.len() > suffix.len() && key.ends_with(suffix) {
                key.truncate(key.len() - suffix.len());
            }
        }
        if key.len() == before {
            break;
        }
    }
    for prefix in PREFIXES {
        if key.len() > prefix.len() && key.starts_with(prefix) {
            key.drain(..prefix.len());
            break;
        }
    }
    if key.len() >= 2 && matches!(key.last(), Some(&("kaupunki" | "kunta"))) {
        key.pop();
        // `X:n kaupunki` leaves the genitive ending as a word of its own.
        if key.len() >= 2 && key.last() == Some(&"n") {
            key.pop();
        }
    }
    let tokens: Vec<String> = key.iter().map(|w| (*w).to_owned()).collect();
    NormalName {
        full,
        key: tokens.join(" "),
        tokens,
    }
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn legal_forms_and_municipality_forms_are_dropped() {
        assert_eq!(normalise("Etähoiva Oy").key, "etähoiva");
        assert_eq!(normalise("  ETÄHOIVA ").key, "etähoiva");
        assert_eq!(normalise("Muistiyhdistys r.y.").key, "muistiyhdistys");
        assert_eq!(normalise("Vanhustyön säätiö sr").key, "vanhustyön säätiö");
        assert_eq!(normalise("Järvilinnan kaupunki").key, "järvilinnan");
        assert_eq!(normalise("Järvilinna:n kaupunki").key, "järvilinna");
        assert_eq!(normalise("The City of Järvilinna").key, "järvilinna");
        assert_eq!(normalise("Oy").key, "oy", "a name that is only a legal form stays");
        assert_eq!(
            normalise("Järvilinnan kaupunki, sosiaalitoimi").tokens,
            ["järvilinnan", "kaupunki", "sosiaalitoimi"]
        );
        assert_eq!(normalise("Etähoiva Oy").full, "etähoiva oy");
    }
}
