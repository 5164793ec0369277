//! Languages salient knows: the stemmer, stop words and splitter rules chosen for each.

mod detect;
mod scripts;
mod stop_words;
mod tables;

use std::fmt;
use std::str::FromStr;

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The language of the text to summarize.
///
/// It chooses the splitter's abbreviation rules, the stop words and the stemmer. The default,
/// [`Language::Auto`], detects the language from the text itself; naming one always wins.
/// Each language but English is behind a Cargo feature (`lang-de`, …, all on by default), so
/// that a build can carry only the languages it needs. The enum is `#[non_exhaustive]` so
/// that more languages can be added without breaking callers.
///
/// Parse it from an ISO 639-1 code, an English name or `auto`:
///
/// ```
/// use salient::Language;
/// assert_eq!("en".parse::<Language>(), Ok(Language::English));
/// assert_eq!("auto".parse::<Language>(), Ok(Language::Auto));
/// assert!("xx".parse::<Language>().is_err());
/// # #[cfg(feature = "lang-de")]
/// assert_eq!(Language::detect("Der Hund schläft, und die Katze ist im Haus."), Language::German);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Language {
    /// Detect the language from the text: by its script, and for Latin script by the stop
    /// words it uses. A summary reports the language it found.
    #[default]
    #[serde(rename = "auto")]
    Auto,
    /// Arabic (`ar`).
    #[cfg(feature = "lang-ar")]
    #[serde(rename = "ar", alias = "arabic")]
    Arabic,
    /// Danish (`da`).
    #[cfg(feature = "lang-da")]
    #[serde(rename = "da", alias = "danish")]
    Danish,
    /// German (`de`).
    #[cfg(feature = "lang-de")]
    #[serde(rename = "de", alias = "german")]
    German,
    /// Greek (`el`).
    #[cfg(feature = "lang-el")]
    #[serde(rename = "el", alias = "greek")]
    Greek,
    /// English (`en`).
    #[serde(rename = "en", alias = "english")]
    English,
    /// Spanish (`es`).
    #[cfg(feature = "lang-es")]
    #[serde(rename = "es", alias = "spanish")]
    Spanish,
    /// Finnish (`fi`).
    #[cfg(feature = "lang-fi")]
    #[serde(rename = "fi", alias = "finnish")]
    Finnish,
    /// French (`fr`).
    #[cfg(feature = "lang-fr")]
    #[serde(rename = "fr", alias = "french")]
    French,
    /// Hungarian (`hu`).
    #[cfg(feature = "lang-hu")]
    #[serde(rename = "hu", alias = "hungarian")]
    Hungarian,
    /// Italian (`it`).
    #[cfg(feature = "lang-it")]
    #[serde(rename = "it", alias = "italian")]
    Italian,
    /// Japanese (`ja`).
    #[cfg(feature = "lang-ja")]
    #[serde(rename = "ja", alias = "japanese")]
    Japanese,
    /// Korean (`ko`).
    #[cfg(feature = "lang-ko")]
    #[serde(rename = "ko", alias = "korean")]
    Korean,
    /// Dutch (`nl`).
    #[cfg(feature = "lang-nl")]
    #[serde(rename = "nl", alias = "dutch")]
    Dutch,
    /// Norwegian (`no`).
    #[cfg(feature = "lang-no")]
    #[serde(rename = "no", alias = "norwegian")]
    Norwegian,
    /// Portuguese (`pt`).
    #[cfg(feature = "lang-pt")]
    #[serde(rename = "pt", alias = "portuguese")]
    Portuguese,
    /// Romanian (`ro`).
    #[cfg(feature = "lang-ro")]
    #[serde(rename = "ro", alias = "romanian")]
    Romanian,
    /// Russian (`ru`).
    #[cfg(feature = "lang-ru")]
    #[serde(rename = "ru", alias = "russian")]
    Russian,
    /// Swedish (`sv`).
    #[cfg(feature = "lang-sv")]
    #[serde(rename = "sv", alias = "swedish")]
    Swedish,
    /// Tamil (`ta`).
    #[cfg(feature = "lang-ta")]
    #[serde(rename = "ta", alias = "tamil")]
    Tamil,
    /// Turkish (`tr`).
    #[cfg(feature = "lang-tr")]
    #[serde(rename = "tr", alias = "turkish")]
    Turkish,
    /// Chinese (`zh`).
    #[cfg(feature = "lang-zh")]
    #[serde(rename = "zh", alias = "chinese")]
    Chinese,
}

/// What salient knows of one language.
struct LanguageData {
    code: &'static str,
    name: &'static str,
    /// Builds the language's Snowball stemmer; Chinese, Japanese and Korean have none.
    stemmer: Option<fn() -> Stemmer>,
    stop_words: WordList,
    abbreviations: WordList,
    never_final: WordList,
    before_numbers: WordList,
    sentence_starters: WordList,
    back_references: WordList,
    ordinal_period: bool,
}

/// The word tables and stop words generated for the language whose ISO 639-1 code is
/// `code`; a language without them does not build.
const fn generated(code: &str) -> (&'static WordTables, &'static str) {
    match (tables::for_code(code), stop_words::for_code(code)) {
        (Some(tables), Some(stop_words)) => (tables, stop_words),
        _ => panic!("a language has no generated word tables or stop words"),
    }
}

/// A language's word lists, generated from its data file: each lowercase, one word per
/// line, sorted by bytes (see [`WordList`]).
struct WordTables {
    abbreviations: &'static str,
    never_final: &'static str,
    before_numbers: &'static str,
    sentence_starters: &'static str,
    back_references: &'static str,
}

/// Builds a [`LanguageData`] from a language's generated tables and stop words.
/// The stemmer is a constructor with a constant algorithm rather than the algorithm as data,
/// so that a build links only the stemmers of the languages it has.
macro_rules! language_data {
    ($code:ident, $name:literal, $stemmer:expr, ordinal_period: $ordinal:literal) => {
        LanguageData {
            code: stringify!($code),
            name: $name,
            stemmer: $stemmer,
            stop_words: WordList(generated(stringify!($code)).1),
            abbreviations: WordList(generated(stringify!($code)).0.abbreviations),
            never_final: WordList(generated(stringify!($code)).0.never_final),
            before_numbers: WordList(generated(stringify!($code)).0.before_numbers),
            sentence_starters: WordList(generated(stringify!($code)).0.sentence_starters),
            back_references: WordList(generated(stringify!($code)).0.back_references),
            ordinal_period: $ordinal,
        }
    };
}

#[cfg(feature = "lang-ar")]
const ARABIC: LanguageData = language_data!(ar, "arabic", if cfg!(feature = "stem-ar") { Some(|| Stemmer::create(Algorithm::Arabic)) } else { None }, ordinal_period: false);
#[cfg(feature = "lang-da")]
const DANISH: LanguageData =
    language_data!(da, "danish", Some(|| Stemmer::create(Algorithm::Danish)), ordinal_period: true);
#[cfg(feature = "lang-de")]
const GERMAN: LanguageData =
    language_data!(de, "german", Some(|| Stemmer::create(Algorithm::German)), ordinal_period: true);
#[cfg(feature = "lang-el")]
const GREEK: LanguageData = language_data!(el, "greek", if cfg!(feature = "stem-el") { Some(|| Stemmer::create(Algorithm::Greek)) } else { None }, ordinal_period: false);
const ENGLISH: LanguageData = language_data!(en, "english", Some(|| Stemmer::create(Algorithm::English)), ordinal_period: false);
#[cfg(feature = "lang-es")]
const SPANISH: LanguageData = language_data!(es, "spanish", Some(|| Stemmer::create(Algorithm::Spanish)), ordinal_period: false);
#[cfg(feature = "lang-fi")]
const FINNISH: LanguageData = language_data!(fi, "finnish", Some(|| Stemmer::create(Algorithm::Finnish)), ordinal_period: true);
#[cfg(feature = "lang-fr")]
const FRENCH: LanguageData = language_data!(fr, "french", Some(|| Stemmer::create(Algorithm::French)), ordinal_period: false);
#[cfg(feature = "lang-hu")]
const HUNGARIAN: LanguageData = language_data!(hu, "hungarian", Some(|| Stemmer::create(Algorithm::Hungarian)), ordinal_period: true);
#[cfg(feature = "lang-it")]
const ITALIAN: LanguageData = language_data!(it, "italian", Some(|| Stemmer::create(Algorithm::Italian)), ordinal_period: false);
#[cfg(feature = "lang-ja")]
const JAPANESE: LanguageData = language_data!(ja, "japanese", None, ordinal_period: false);
#[cfg(feature = "lang-ko")]
const KOREAN: LanguageData = language_data!(ko, "korean", None, ordinal_period: false);
#[cfg(feature = "lang-nl")]
const DUTCH: LanguageData =
    language_data!(nl, "dutch", Some(|| Stemmer::create(Algorithm::Dutch)), ordinal_period: false);
#[cfg(feature = "lang-no")]
const NORWEGIAN: LanguageData = language_data!(no, "norwegian", Some(|| Stemmer::create(Algorithm::Norwegian)), ordinal_period: true);
#[cfg(feature = "lang-pt")]
const PORTUGUESE: LanguageData = language_data!(pt, "portuguese", Some(|| Stemmer::create(Algorithm::Portuguese)), ordinal_period: false);
#[cfg(feature = "lang-ro")]
const ROMANIAN: LanguageData = language_data!(ro, "romanian", Some(|| Stemmer::create(Algorithm::Romanian)), ordinal_period: false);
#[cfg(feature = "lang-ru")]
const RUSSIAN: LanguageData = language_data!(ru, "russian", Some(|| Stemmer::create(Algorithm::Russian)), ordinal_period: false);
#[cfg(feature = "lang-sv")]
const SWEDISH: LanguageData = language_data!(sv, "swedish", Some(|| Stemmer::create(Algorithm::Swedish)), ordinal_period: false);
#[cfg(feature = "lang-ta")]
const TAMIL: LanguageData = language_data!(ta, "tamil", if cfg!(feature = "stem-ta") { Some(|| Stemmer::create(Algorithm::Tamil)) } else { None }, ordinal_period: false);
#[cfg(feature = "lang-tr")]
const TURKISH: LanguageData = language_data!(tr, "turkish", if cfg!(feature = "stem-tr") { Some(|| Stemmer::create(Algorithm::Turkish)) } else { None }, ordinal_period: true);
#[cfg(feature = "lang-zh")]
const CHINESE: LanguageData = language_data!(zh, "chinese", None, ordinal_period: false);

impl Language {
    /// Every language this build supports, in the order of their codes ([`Language::Auto`]
    /// is not one).
    pub const ALL: &'static [Language] = &[
        #[cfg(feature = "lang-ar")]
        Language::Arabic,
        #[cfg(feature = "lang-da")]
        Language::Danish,
        #[cfg(feature = "lang-de")]
        Language::German,
        #[cfg(feature = "lang-el")]
        Language::Greek,
        Language::English,
        #[cfg(feature = "lang-es")]
        Language::Spanish,
        #[cfg(feature = "lang-fi")]
        Language::Finnish,
        #[cfg(feature = "lang-fr")]
        Language::French,
        #[cfg(feature = "lang-hu")]
        Language::Hungarian,
        #[cfg(feature = "lang-it")]
        Language::Italian,
        #[cfg(feature = "lang-ja")]
        Language::Japanese,
        #[cfg(feature = "lang-ko")]
        Language::Korean,
        #[cfg(feature = "lang-nl")]
        Language::Dutch,
        #[cfg(feature = "lang-no")]
        Language::Norwegian,
        #[cfg(feature = "lang-pt")]
        Language::Portuguese,
        #[cfg(feature = "lang-ro")]
        Language::Romanian,
        #[cfg(feature = "lang-ru")]
        Language::Russian,
        #[cfg(feature = "lang-sv")]
        Language::Swedish,
        #[cfg(feature = "lang-ta")]
        Language::Tamil,
        #[cfg(feature = "lang-tr")]
        Language::Turkish,
        #[cfg(feature = "lang-zh")]
        Language::Chinese,
    ];

    /// What salient knows of a language; English's data stands in for [`Language::Auto`], which every
    /// entry point resolves first.
    fn data(self) -> &'static LanguageData {
        match self {
            Language::Auto => &ENGLISH,
            #[cfg(feature = "lang-ar")]
            Language::Arabic => &ARABIC,
            #[cfg(feature = "lang-da")]
            Language::Danish => &DANISH,
            #[cfg(feature = "lang-de")]
            Language::German => &GERMAN,
            #[cfg(feature = "lang-el")]
            Language::Greek => &GREEK,
            Language::English => &ENGLISH,
            #[cfg(feature = "lang-es")]
            Language::Spanish => &SPANISH,
            #[cfg(feature = "lang-fi")]
            Language::Finnish => &FINNISH,
            #[cfg(feature = "lang-fr")]
            Language::French => &FRENCH,
            #[cfg(feature = "lang-hu")]
            Language::Hungarian => &HUNGARIAN,
            #[cfg(feature = "lang-it")]
            Language::Italian => &ITALIAN,
            #[cfg(feature = "lang-ja")]
            Language::Japanese => &JAPANESE,
            #[cfg(feature = "lang-ko")]
            Language::Korean => &KOREAN,
            #[cfg(feature = "lang-nl")]
            Language::Dutch => &DUTCH,
            #[cfg(feature = "lang-no")]
            Language::Norwegian => &NORWEGIAN,
            #[cfg(feature = "lang-pt")]
            Language::Portuguese => &PORTUGUESE,
            #[cfg(feature = "lang-ro")]
            Language::Romanian => &ROMANIAN,
            #[cfg(feature = "lang-ru")]
            Language::Russian => &RUSSIAN,
            #[cfg(feature = "lang-sv")]
            Language::Swedish => &SWEDISH,
            #[cfg(feature = "lang-ta")]
            Language::Tamil => &TAMIL,
            #[cfg(feature = "lang-tr")]
            Language::Turkish => &TURKISH,
            #[cfg(feature = "lang-zh")]
            Language::Chinese => &CHINESE,
        }
    }

    /// The ISO 639-1 code, e.g. `"en"`, or `"auto"`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Auto => "auto",
            language => language.data().code,
        }
    }

    /// The language of `text`: by its script, and for Latin script by its stop words.
    /// English when nothing tells.
    pub fn detect(text: &str) -> Language {
        detect::detect(text)
    }

    /// This language, or the one detected in `text` for [`Language::Auto`].
    pub fn resolve(self, text: &str) -> Language {
        match self {
            Language::Auto => Language::detect(text),
            language => language,
        }
    }

    /// Whether the language is written in Latin script.
    pub(crate) fn is_latin_script(self) -> bool {
        matches!(
            self.code(),
            "da" | "de"
                | "en"
                | "es"
                | "fi"
                | "fr"
                | "hu"
                | "it"
                | "nl"
                | "no"
                | "pt"
                | "ro"
                | "sv"
                | "tr"
        )
    }

    /// The Snowball stemmer for this language, if it has one.
    pub(crate) fn stemmer(self) -> Option<Stemmer> {
        self.data().stemmer.map(|build| build())
    }

    /// Words too common to tell sentences apart, lowercase, sorted for binary search.
    pub(crate) fn stop_words(self) -> WordList {
        self.data().stop_words
    }

    /// Abbreviations whose final period does not end a sentence: lowercase, without that
    /// final period, sorted for binary search (e.g. `"mr"`, `"u.s"`, `"e.g"`).
    pub(crate) fn abbreviations(self) -> WordList {
        self.data().abbreviations
    }

    /// Abbreviations a sentence practically never ends on: titles before a name (`mr`,
    /// `mt`) and `e.g`, `vs`. A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn never_final_abbreviations(self) -> WordList {
        self.data().never_final
    }

    /// Abbreviations only before a number (`no. 5`, `fig. 3`); elsewhere ordinary words.
    /// A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn number_abbreviations(self) -> WordList {
        self.data().before_numbers
    }

    /// Words that, capitalised, usually open a sentence (pronouns, determiners, question
    /// words): after an ambiguous period they tip the balance towards a sentence end.
    /// Lowercase, sorted.
    pub(crate) fn sentence_starters(self) -> WordList {
        self.data().sentence_starters
    }

    /// Whether the language writes ordinal numbers with a period (German `am 12. Juni`,
    /// Danish `den 3. maj`), so that a number's period before a capitalised word is no
    /// sentence end unless that word usually opens one.
    pub(crate) fn writes_ordinals_with_period(self) -> bool {
        self.data().ordinal_period
    }

    /// Abbreviations of English origin found in text of every language (`Mr.`, `Inc.`), in
    /// the form of [`Language::abbreviations`].
    pub(crate) fn international_abbreviations() -> WordList {
        WordList(tables::INTERNATIONAL.abbreviations)
    }

    /// The titles among [`Language::international_abbreviations`], which never end a
    /// sentence.
    pub(crate) fn international_never_final() -> WordList {
        WordList(tables::INTERNATIONAL.never_final)
    }

    /// Whether `sentence` opens with a word that leans on the sentence before it (a pronoun
    /// such as "He" or "This", a connective such as "However"), so that it reads as if
    /// something were missing when it stands without that sentence. Summaries take such a
    /// sentence only with the one before it. Only English has such a list so far; in other
    /// languages no sentence leans back.
    ///
    /// ```
    /// use salient::Language;
    /// assert!(Language::English.opens_with_back_reference("However, nobody came."));
    /// assert!(!Language::English.opens_with_back_reference("Nobody came."));
    /// ```
    pub fn opens_with_back_reference(self, sentence: &str) -> bool {
        let references = match self {
            Language::Auto => WordList(""),
            language => language.data().back_references,
        };
        if references.0.is_empty() {
            return false;
        }
        let Some((_, word)) = crate::words::word_indices(sentence).next() else {
            return false;
        };
        // Asked of every sentence: a short ASCII word is lowercased on the stack.
        let mut buffer = [0u8; 32];
        match buffer.get_mut(..word.len()) {
            Some(lowercase) if word.is_ascii() => {
                lowercase.copy_from_slice(word.as_bytes());
                lowercase.make_ascii_lowercase();
                references.contains_bytes(lowercase)
            }
            _ => references.contains(&word.to_lowercase()),
        }
    }

    /// Whether `word` (any case) is a stop word.
    pub(crate) fn is_stop_word(self, lowercase_word: &str) -> bool {
        self.stop_words().contains(lowercase_word)
    }
}

/// A sorted list of words packed one per line into one string, which takes no pointer per
/// word in the binary: the stop-word lists hold thousands of words between them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordList(&'static str);

impl WordList {
    /// Whether `word` is in the list, by binary search over its lines.
    pub(crate) fn contains(self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// Whether the word spelt by the UTF-8 bytes `word` is in the list.
    pub(crate) fn contains_bytes(self, word: &[u8]) -> bool {
        let bytes = self.0.as_bytes();
        let (mut low, mut high) = (0, bytes.len());
        while low < high {
            let mut start = low + (high - low) / 2;
            while start > low && bytes.get(start - 1) != Some(&b'\n') {
                start -= 1;
            }
            let end = bytes
                .get(start..high)
                .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
                .map_or(high, |offset| start + offset);
            match word.cmp(bytes.get(start..end).unwrap_or_default()) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => high = start,
                std::cmp::Ordering::Greater => low = end + 1,
            }
        }
        false
    }

    /// The words, in order.
    pub(crate) fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.lines()
    }

    /// How many words the list holds.
    pub(crate) fn len(self) -> usize {
        self.0.lines().count()
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
        if wanted.eq_ignore_ascii_case("auto") {
            return Ok(Language::Auto);
        }
        Language::ALL
            .iter()
            .copied()
            .find(|language| {
                wanted.eq_ignore_ascii_case(language.code())
                    || wanted.eq_ignore_ascii_case(language.data().name)
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
        std::iter::once("auto")
            .chain(Language::ALL.iter().map(|language| language.code()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted_unique(list: WordList) {
        let words: Vec<&str> = list.iter().collect();
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
        for title in Language::international_never_final().iter() {
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
        for &language in Language::ALL {
            assert_sorted_unique(language.data().back_references);
        }
    }

    #[test]
    fn abbreviation_classes_are_disjoint_subsets_of_the_abbreviations() {
        for &language in Language::ALL {
            let all = language.abbreviations();
            let never_final = language.never_final_abbreviations();
            let numbers = language.number_abbreviations();
            for word in never_final.iter().chain(numbers.iter()) {
                assert!(all.contains(word), "{word:?} is not an abbreviation");
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
                .chain(language.sentence_starters().iter())
            {
                assert_eq!(word.to_lowercase(), *word);
                assert!(!word.ends_with('.'), "{word:?}");
            }
            // Stop-word lists are kept as published; an entry such as Hungarian `ill.` never
            // matches a word, which does no harm.
            for word in language.stop_words().iter() {
                assert_eq!(word.to_lowercase(), *word);
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
    fn back_references_are_found_at_the_start_only() {
        let english = Language::English;
        assert!(english.opens_with_back_reference("However, nobody listened."));
        assert!(english.opens_with_back_reference("\"He left,\" she said."));
        assert!(!english.opens_with_back_reference("Theresa May spoke about it."));
        assert!(!english.opens_with_back_reference(""));
        // Any case; a long or non-ASCII first word is looked up too, just not on the stack.
        assert!(english.opens_with_back_reference("HOWEVER, it rained."));
        let long = format!("{} words.", "a".repeat(40));
        assert!(!english.opens_with_back_reference(&long));
        assert!(!english.opens_with_back_reference("Éloïse left."));
        #[cfg(feature = "lang-fr")]
        assert!(!Language::French.opens_with_back_reference("However, it rained."));
    }

    #[test]
    fn packed_word_lists_find_every_word_and_no_other() {
        let list = WordList("a\nab\nb\nbeta\nc\n");
        for word in ["a", "ab", "b", "beta", "c"] {
            assert!(list.contains(word), "{word}");
        }
        for word in ["", "aa", "abc", "bet", "d", "0", "a\nab"] {
            assert!(!list.contains(word), "{word:?}");
        }
        assert_eq!(list.len(), 5);
        assert!(!WordList("").contains("a"));
        for &language in Language::ALL {
            let words = language.stop_words();
            assert!(words.iter().all(|word| words.contains(word)), "{language}");
        }
    }

    #[test]
    fn stop_words_are_found() {
        assert!(Language::English.is_stop_word("the"));
        assert!(!Language::English.is_stop_word("summary"));
    }
}
