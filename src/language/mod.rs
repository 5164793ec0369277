//! Languages salient knows: the stemmer, stop words and splitter rules chosen for each.

mod english;

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
/// assert_eq!("English".parse::<Language>(), Ok(Language::English));
/// assert!("xx".parse::<Language>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    #[default]
    #[serde(rename = "en", alias = "english")]
    English,
}

impl Language {
    /// Every language this build supports.
    pub const ALL: &'static [Language] = &[Language::English];

    /// The ISO 639-1 code, e.g. `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
        }
    }

    /// The Snowball stemmer for this language.
    pub(crate) fn stemmer_algorithm(self) -> rust_stemmers::Algorithm {
        match self {
            Language::English => rust_stemmers::Algorithm::English,
        }
    }

    /// Words too common to tell sentences apart, lowercase, sorted for binary search.
    pub(crate) fn stop_words(self) -> &'static [&'static str] {
        match self {
            Language::English => english::STOP_WORDS,
        }
    }

    /// Abbreviations whose final period does not end a sentence: lowercase, without that
    /// final period, sorted for binary search (e.g. `"mr"`, `"u.s"`, `"e.g"`).
    pub(crate) fn abbreviations(self) -> &'static [&'static str] {
        match self {
            Language::English => english::ABBREVIATIONS,
        }
    }

    /// Abbreviations a sentence practically never ends on: titles before a name (`mr`,
    /// `mt`) and `e.g`, `vs`. A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn never_final_abbreviations(self) -> &'static [&'static str] {
        match self {
            Language::English => english::NEVER_FINAL,
        }
    }

    /// Abbreviations only before a number (`no. 5`, `fig. 3`); elsewhere ordinary words.
    /// A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn number_abbreviations(self) -> &'static [&'static str] {
        match self {
            Language::English => english::BEFORE_NUMBERS,
        }
    }

    /// Words that, capitalised, usually open a sentence (pronouns, determiners, question
    /// words): after an ambiguous period they tip the balance towards a sentence end.
    /// Lowercase, sorted.
    pub(crate) fn sentence_starters(self) -> &'static [&'static str] {
        match self {
            Language::English => english::SENTENCE_STARTERS,
        }
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
                    || wanted.eq_ignore_ascii_case(language.english_name())
            })
            .ok_or_else(|| Error::UnknownLanguage {
                name: name.to_string(),
                known: Language::known_codes(),
            })
    }
}

impl Language {
    fn english_name(self) -> &'static str {
        match self {
            Language::English => "english",
        }
    }

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
