//! Languages salient knows: the stemmer, stop words and splitter rules chosen for each.

mod danish;
mod dutch;
mod english;
mod french;
mod german;
mod international;
mod italian;
mod portuguese;
mod russian;
mod spanish;
mod stop_words;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The language of the text to summarize.
///
/// It chooses the splitter's abbreviation rules, the stop words and the stemmer. The enum is
/// `#[non_exhaustive]` so that more languages can be added without breaking callers.
///
/// Parse it from an ISO 639-1 code or an English name:
///
/// ```
/// use salient::Language;
/// assert_eq!("en".parse::<Language>(), Ok(Language::English));
/// assert_eq!("German".parse::<Language>(), Ok(Language::German));
/// assert!("xx".parse::<Language>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Language {
    /// Danish (`da`).
    #[serde(rename = "da", alias = "danish")]
    Danish,
    /// German (`de`).
    #[serde(rename = "de", alias = "german")]
    German,
    /// English (`en`).
    #[default]
    #[serde(rename = "en", alias = "english")]
    English,
    /// Spanish (`es`).
    #[serde(rename = "es", alias = "spanish")]
    Spanish,
    /// French (`fr`).
    #[serde(rename = "fr", alias = "french")]
    French,
    /// Italian (`it`).
    #[serde(rename = "it", alias = "italian")]
    Italian,
    /// Dutch (`nl`).
    #[serde(rename = "nl", alias = "dutch")]
    Dutch,
    /// Portuguese (`pt`).
    #[serde(rename = "pt", alias = "portuguese")]
    Portuguese,
    /// Russian (`ru`).
    #[serde(rename = "ru", alias = "russian")]
    Russian,
}

/// What salient knows of one language.
struct Profile {
    code: &'static str,
    name: &'static str,
    stemmer: fn() -> rust_stemmers::Stemmer,
    stop_words: &'static [&'static str],
    abbreviations: &'static [&'static str],
    never_final: &'static [&'static str],
    before_numbers: &'static [&'static str],
    sentence_starters: &'static [&'static str],
    ordinal_period: bool,
}

/// Builds a [`Profile`] from a language module's word lists.
macro_rules! profile {
    ($module:ident, $code:ident, $name:literal, $stemmer:ident, ordinal_period: $ordinal:literal) => {
        Profile {
            code: stringify!($code),
            name: $name,
            // A constructor per language, each with a constant algorithm, rather than the
            // algorithm as data: then only the stemmers of these languages are linked, which
            // keeps 9 unused ones out of the WebAssembly module.
            stemmer: || rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::$stemmer),
            stop_words: stop_words::$code::STOP_WORDS,
            abbreviations: $module::ABBREVIATIONS,
            never_final: $module::NEVER_FINAL,
            before_numbers: $module::BEFORE_NUMBERS,
            sentence_starters: $module::SENTENCE_STARTERS,
            ordinal_period: $ordinal,
        }
    };
}

const DANISH: Profile = profile!(danish, da, "danish", Danish, ordinal_period: true);
const GERMAN: Profile = profile!(german, de, "german", German, ordinal_period: true);
const ENGLISH: Profile = profile!(english, en, "english", English, ordinal_period: false);
const SPANISH: Profile = profile!(spanish, es, "spanish", Spanish, ordinal_period: false);
const FRENCH: Profile = profile!(french, fr, "french", French, ordinal_period: false);
const ITALIAN: Profile = profile!(italian, it, "italian", Italian, ordinal_period: false);
const DUTCH: Profile = profile!(dutch, nl, "dutch", Dutch, ordinal_period: false);
const PORTUGUESE: Profile =
    profile!(portuguese, pt, "portuguese", Portuguese, ordinal_period: false);
const RUSSIAN: Profile = profile!(russian, ru, "russian", Russian, ordinal_period: false);

impl Language {
    /// Every language this build supports, in the order of their codes.
    pub const ALL: &'static [Language] = &[
        Language::Danish,
        Language::German,
        Language::English,
        Language::Spanish,
        Language::French,
        Language::Italian,
        Language::Dutch,
        Language::Portuguese,
        Language::Russian,
    ];

    fn profile(self) -> &'static Profile {
        match self {
            Language::Danish => &DANISH,
            Language::German => &GERMAN,
            Language::English => &ENGLISH,
            Language::Spanish => &SPANISH,
            Language::French => &FRENCH,
            Language::Italian => &ITALIAN,
            Language::Dutch => &DUTCH,
            Language::Portuguese => &PORTUGUESE,
            Language::Russian => &RUSSIAN,
        }
    }

    /// The ISO 639-1 code, e.g. `"en"`.
    pub fn code(self) -> &'static str {
        self.profile().code
    }

    /// The Snowball stemmer for this language.
    pub(crate) fn stemmer(self) -> rust_stemmers::Stemmer {
        (self.profile().stemmer)()
    }

    /// Words too common to tell sentences apart, lowercase, sorted for binary search.
    pub(crate) fn stop_words(self) -> &'static [&'static str] {
        self.profile().stop_words
    }

    /// Abbreviations whose final period does not end a sentence: lowercase, without that
    /// final period, sorted for binary search (e.g. `"mr"`, `"u.s"`, `"e.g"`).
    pub(crate) fn abbreviations(self) -> &'static [&'static str] {
        self.profile().abbreviations
    }

    /// Abbreviations a sentence practically never ends on: titles before a name (`mr`,
    /// `mt`) and `e.g`, `vs`. A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn never_final_abbreviations(self) -> &'static [&'static str] {
        self.profile().never_final
    }

    /// Abbreviations only before a number (`no. 5`, `fig. 3`); elsewhere ordinary words.
    /// A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn number_abbreviations(self) -> &'static [&'static str] {
        self.profile().before_numbers
    }

    /// Words that, capitalised, usually open a sentence (pronouns, determiners, question
    /// words): after an ambiguous period they tip the balance towards a sentence end.
    /// Lowercase, sorted.
    pub(crate) fn sentence_starters(self) -> &'static [&'static str] {
        self.profile().sentence_starters
    }

    /// Whether the language writes ordinal numbers with a period (German `am 12. Juni`,
    /// Danish `den 3. maj`), so that a number's period before a capitalised word is no
    /// sentence end unless that word usually opens one.
    pub(crate) fn writes_ordinals_with_period(self) -> bool {
        self.profile().ordinal_period
    }

    /// Abbreviations of English origin found in text of every language (`Mr.`, `Inc.`), in
    /// the form of [`Language::abbreviations`].
    pub(crate) fn international_abbreviations() -> &'static [&'static str] {
        international::ABBREVIATIONS
    }

    /// The titles among [`Language::international_abbreviations`], which never end a
    /// sentence.
    pub(crate) fn international_never_final() -> &'static [&'static str] {
        international::NEVER_FINAL
    }

    /// Whether `word` (any case) is a stop word.
    pub(crate) fn is_stop_word(self, lowercase_word: &str) -> bool {
        self.stop_words().binary_search(&lowercase_word).is_ok()
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted = name.trim();
        Language::ALL
            .iter()
            .copied()
            .find(|language| {
                wanted.eq_ignore_ascii_case(language.code())
                    || wanted.eq_ignore_ascii_case(language.profile().name)
            })
            .ok_or_else(|| Error::UnknownLanguage {
                name: name.to_string(),
                known: Language::known_codes(),
            })
    }
}

impl Language {
    /// The codes accepted by [`Language::from_str`], for error messages and help texts.
    pub(crate) fn known_codes() -> String {
        Language::ALL
            .iter()
            .map(|language| language.code())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_unique(words: &[&str]) {
        for pair in words.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} must come before {:?}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn international_titles_are_abbreviations() {
        assert_sorted_unique(Language::international_abbreviations());
        assert_sorted_unique(Language::international_never_final());
        for title in Language::international_never_final() {
            assert!(Language::international_abbreviations().contains(title));
        }
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for &language in Language::ALL {
            assert_sorted_unique(language.stop_words());
            assert_sorted_unique(language.abbreviations());
            assert_sorted_unique(language.never_final_abbreviations());
            assert_sorted_unique(language.number_abbreviations());
            assert_sorted_unique(language.sentence_starters());
        }
    }

    #[test]
    fn abbreviation_classes_are_disjoint_subsets_of_the_abbreviations() {
        for &language in Language::ALL {
            let all = language.abbreviations();
            let never_final = language.never_final_abbreviations();
            let numbers = language.number_abbreviations();
            for word in never_final.iter().chain(numbers) {
                assert!(
                    all.binary_search(word).is_ok(),
                    "{word:?} is not an abbreviation"
                );
                assert!(
                    !(never_final.contains(word) && numbers.contains(word)),
                    "{word:?}"
                );
            }
        }
    }

    #[test]
    fn word_lists_are_lowercase_without_final_period() {
        for &language in Language::ALL {
            for word in language
                .abbreviations()
                .iter()
                .chain(language.sentence_starters())
                .chain(language.stop_words())
            {
                assert_eq!(word.to_lowercase(), *word);
                assert!(!word.ends_with('.'), "{word:?}");
            }
        }
    }

    #[test]
    fn parses_codes_and_names_in_any_case() {
        assert_eq!("EN".parse::<Language>(), Ok(Language::English));
        assert_eq!(" english ".parse::<Language>(), Ok(Language::English));
        let error = "klingon".parse::<Language>().unwrap_err();
        assert!(error.to_string().contains("klingon"));
        assert!(error.to_string().contains("en"));
    }

    #[test]
    fn stop_words_are_found() {
        assert!(Language::English.is_stop_word("the"));
        assert!(!Language::English.is_stop_word("summary"));
    }
}
