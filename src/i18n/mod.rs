//! Message lookup in Finnish and English.
//!
//! Every user-visible string is a [`Tr`]: a pair of texts that exists in both languages by
//! construction, so a missing translation is a compile error. The [`messages!`] macro also
//! lists each file's messages so that a test can check placeholders and emptiness.

pub mod method;
pub mod msg;

use serde::{Deserialize, Serialize};

/// A user interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Suomi.
    Fi,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Both languages, Finnish first.
    pub const ALL: [Lang; 2] = [Lang::Fi, Lang::En];

    /// The language's own name, shown in the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fi => "Suomi",
            Lang::En => "English",
        }
    }

    /// The default language for a system locale such as `fi-FI` or `en_US.UTF-8`.
    pub fn from_locale(locale: Option<&str>) -> Lang {
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("fi") => Lang::Fi,
            _ => Lang::En,
        }
    }

    /// The language of this system's locale.
    pub fn system_default() -> Lang {
        Lang::from_locale(sys_locale::get_locale().as_deref())
    }
}

/// One user-visible text in Finnish and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    /// Finnish.
    pub fi: &'static str,
    /// English.
    pub en: &'static str,
}

impl Tr {
    /// A text in both languages.
    pub const fn new(fi: &'static str, en: &'static str) -> Tr {
        Tr { fi, en }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fi => self.fi,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with each `{name}` placeholder replaced by its value.
    pub fn fmt(self, lang: Lang, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces each `{name}` in `template` with the matching argument.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

/// The `{name}` placeholders of a template, sorted, for checking that both languages agree.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                names.push(after[..end].to_owned());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    names.sort();
    names
}

/// Declares message constants of type [`Tr`] and a list `ALL` of them with their names.
///
/// ```ignore
/// messages! {
///     FILE = "Tiedosto", "File";
/// }
/// ```
#[macro_export]
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $fi:literal, $en:literal;)*) => {
        $($(#[$doc])* pub const $name: $crate::i18n::Tr = $crate::i18n::Tr::new($fi, $en);)*
        /// Every message of this file with its name, for the translation tests.
        pub const ALL: &[(&str, $crate::i18n::Tr)] = &[$((stringify!($name), $name)),*];
    };
}

/// Every message list of the crate, for the translation tests.
pub fn all_message_lists() -> Vec<(&'static str, &'static [(&'static str, Tr)])> {
    vec![
        ("msg", msg::ALL),
        ("method", method::ALL),
        ("cli", crate::cli::ALL),
        ("cli::export", crate::cli::export::ALL),
        ("analysis::msg", crate::analysis::msg::ALL),
        ("export::msg", crate::export::msg::ALL),
        ("widgets", crate::ui::widgets::ALL),
        ("lists", crate::ui::lists::ALL),
        ("sheets::common", crate::ui::sheets::common::ALL),
        ("sheets::table", crate::ui::sheets::table::ALL),
        ("sheets::roles", crate::ui::sheets::roles::ALL),
        ("sheets::competences", crate::ui::sheets::competences::ALL),
        ("sheets::tactics", crate::ui::sheets::tactics::ALL),
        ("sheets::idea", crate::ui::sheets::idea::ALL),
        ("sheets::conditions", crate::ui::sheets::conditions::ALL),
        ("sheets::strategy", crate::ui::sheets::strategy::ALL),
        ("sheets::evaluation", crate::ui::sheets::evaluation::ALL),
        ("sheets::card", crate::ui::sheets::card::ALL),
        ("sheets::collaboration", crate::ui::sheets::collaboration::ALL),
        ("map", crate::ui::map::ALL),
        ("map::inspector", crate::ui::map::inspector::ALL),
        ("map::tables", crate::ui::map::tables::ALL),
        ("map::portfolio", crate::ui::map::portfolio::ALL),
        ("map::canvas", crate::ui::map::canvas::ALL),
        ("cycle", crate::ui::cycle::ALL),
    ]
}
