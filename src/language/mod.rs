//! Languages salient knows: the stemmer, stop words and splitter rules chosen for each.
//!
//! Each language is declared once, in the `languages!` invocation below; its word lists are
//! generated from `src/language/data/<code>.txt` into `tables/`, its stop words into
//! `stop_words/`, and the scripts detection counts into `scripts.rs`, all by
//! `scripts/generate_language_tables.py`. CONTRIBUTING.md lists the steps to add a language.

mod detect;
mod fillers;
mod scripts;
mod stop_words;
mod tables;

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use rust_stemmers::Stemmer;
use serde::{Deserialize, Serialize};

use crate::error::Error;
pub(crate) use detect::Detector;
use detect::Table;
use scripts::Script;

/// Declares the [`Language`] enum from one line per language, and with it everything that
/// follows from the line: the variant with its serde name and alias, its place in
/// [`Language::ALL`], the Cargo feature that builds it, and what salient knows of it
/// ([`LanguageData`], whose word lists and stop words are looked up by code when the crate
/// compiles, so that a language without them does not build).
///
/// A line reads `Variant: "code", "english name", [feature = "lang-code"], stemmer, Script,
/// ordinal_period;` where the brackets are empty for a language that is always built, the
/// stemmer is `Some(Algorithm)` (a variant of [`rust_stemmers::Algorithm`]) or `None`, and
/// `Script` is the [`Script`] that detection tells the language by.
macro_rules! languages {
    (
        $(#[$attribute:meta])*
        pub enum Language {
            $(#[$auto_attribute:meta])*
            Auto,
            $(
                $variant:ident: $code:literal, $name:literal, [$(feature = $feature:literal)?],
                $stemmer:ident $(($algorithm:ident))?, $script:ident, $ordinal_period:literal;
            )*
        }
    ) => {
        $(#[$attribute])*
        pub enum Language {
            $(#[$auto_attribute])*
            Auto,
            $(
                #[doc = concat!(stringify!($variant), " (`", $code, "`).")]
                #[cfg(all($(feature = $feature)?))]
                #[serde(rename = $code, alias = $name)]
                $variant,
            )*
        }

        impl Language {
            /// Every language this build supports, in the order of their codes
            /// ([`Language::Auto`] is not one).
            pub const ALL: &'static [Language] = &[
                $(
                    #[cfg(all($(feature = $feature)?))]
                    Language::$variant,
                )*
            ];

            /// What salient knows of a language; English's data stands in for
            /// [`Language::Auto`], which every entry point resolves first.
            fn data(self) -> &'static LanguageData {
                match self {
                    Language::Auto => &known::English,
                    $(
                        #[cfg(all($(feature = $feature)?))]
                        Language::$variant => &known::$variant,
                    )*
                }
            }
        }

        /// What salient knows of each language, named after its variant. A language's word
        /// tables and stop words are looked up by its code as the crate compiles: one that
        /// has none does not build, and says what to do.
        #[allow(non_upper_case_globals)]
        mod known {
            use super::{stop_words, tables, LanguageData, Script, WordList};
            $(
                #[cfg(all($(feature = $feature)?))]
                pub(super) const $variant: LanguageData = LanguageData {
                    code: $code,
                    name: $name,
                    stemmer: snowball_stemmer!($stemmer $(($algorithm))?),
                    stop_words: match stop_words::for_code($code) {
                        Some(words) => WordList(words),
                        None => panic!(concat!(
                            "no stop words for `", $code, "`: add the language to LANGS in ",
                            "scripts/generate_language_tables.py and run it with --downloads",
                        )),
                    },
                    tables: match tables::for_code($code) {
                        Some(tables) => tables,
                        None => panic!(concat!(
                            "no word tables for `", $code, "`: write src/language/data/",
                            $code, ".txt and run scripts/generate_language_tables.py",
                        )),
                    },
                    script: Script::$script,
                    ordinal_period: $ordinal_period,
                };
            )*
        }

        /// Every declared language, built or not, for the tests that check the declarations
        /// against `Cargo.toml`.
        #[cfg(test)]
        const DECLARED: &[Declaration] = &[
            $(
                Declaration {
                    code: $code,
                    feature: cargo_feature!($($feature)?),
                },
            )*
        ];
    };
}

/// The stemmer column of `languages!`: `Some(Algorithm)` or `None`. The stemmer is a
/// constructor with a constant algorithm rather than the algorithm as data, so that a build
/// links only the stemmers of the languages it has.
macro_rules! snowball_stemmer {
    (None) => {
        None
    };
    (Some($algorithm:ident)) => {
        Some(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::$algorithm))
    };
}

/// The Cargo feature of a declared language, if it has one.
#[cfg(test)]
macro_rules! cargo_feature {
    () => {
        None
    };
    ($feature:literal) => {
        Some($feature)
    };
}

languages! {
    /// The language of the text to summarize.
    ///
    /// It chooses the splitter's abbreviation rules, the stop words and the stemmer. The
    /// default, [`Language::Auto`], detects the language from the text itself; naming one
    /// always wins. Each language but English is behind a Cargo feature (`lang-de`, …, all on
    /// by default), so that a build can carry only the languages it needs. The enum is
    /// `#[non_exhaustive]` so that more languages can be added without breaking callers.
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
        // In the order of the codes. The columns: variant: code, English name (also accepted
        // by FromStr and serde), [the Cargo feature that builds it; empty: always built],
        // Snowball stemmer, script, whether ordinals take a period ("am 12. Juni").
        Arabic:     "ar", "arabic",     [feature = "lang-ar"], Some(Arabic),     Arabic,   false;
        Danish:     "da", "danish",     [feature = "lang-da"], Some(Danish),     Latin,    true;
        German:     "de", "german",     [feature = "lang-de"], Some(German),     Latin,    true;
        Greek:      "el", "greek",      [feature = "lang-el"], Some(Greek),      Greek,    false;
        English:    "en", "english",    [],                    Some(English),    Latin,    false;
        Spanish:    "es", "spanish",    [feature = "lang-es"], Some(Spanish),    Latin,    false;
        Finnish:    "fi", "finnish",    [feature = "lang-fi"], Some(Finnish),    Latin,    true;
        French:     "fr", "french",     [feature = "lang-fr"], Some(French),     Latin,    false;
        Hungarian:  "hu", "hungarian",  [feature = "lang-hu"], Some(Hungarian),  Latin,    true;
        Italian:    "it", "italian",    [feature = "lang-it"], Some(Italian),    Latin,    false;
        // Japanese writes Han with kana; detection tells it from Chinese by its kana.
        Japanese:   "ja", "japanese",   [feature = "lang-ja"], None,             Kana,     false;
        Korean:     "ko", "korean",     [feature = "lang-ko"], None,             Hangul,   false;
        Dutch:      "nl", "dutch",      [feature = "lang-nl"], Some(Dutch),      Latin,    false;
        Norwegian:  "no", "norwegian",  [feature = "lang-no"], Some(Norwegian),  Latin,    true;
        Portuguese: "pt", "portuguese", [feature = "lang-pt"], Some(Portuguese), Latin,    false;
        Romanian:   "ro", "romanian",   [feature = "lang-ro"], Some(Romanian),   Latin,    false;
        Russian:    "ru", "russian",    [feature = "lang-ru"], Some(Russian),    Cyrillic, false;
        Swedish:    "sv", "swedish",    [feature = "lang-sv"], Some(Swedish),    Latin,    false;
        Tamil:      "ta", "tamil",      [feature = "lang-ta"], Some(Tamil),      Tamil,    false;
        Turkish:    "tr", "turkish",    [feature = "lang-tr"], Some(Turkish),    Latin,    true;
        Chinese:    "zh", "chinese",    [feature = "lang-zh"], None,             Han,      false;
    }
}

/// What salient knows of one language.
struct LanguageData {
    code: &'static str,
    name: &'static str,
    /// Builds the language's Snowball stemmer; Chinese, Japanese and Korean have none.
    stemmer: Option<fn() -> Stemmer>,
    stop_words: WordList,
    tables: &'static WordTables,
    /// The script detection tells the language by.
    script: Script,
    ordinal_period: bool,
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

/// A declared language, as the tests see it whether it is built or not.
#[cfg(test)]
struct Declaration {
    code: &'static str,
    feature: Option<&'static str>,
}

impl Language {
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

    /// The script detection tells the language by.
    pub(crate) fn script(self) -> Script {
        self.data().script
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
        WordList(self.data().tables.abbreviations)
    }

    /// Abbreviations a sentence practically never ends on: titles before a name (`mr`,
    /// `mt`) and `e.g`, `vs`. A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn never_final_abbreviations(self) -> WordList {
        WordList(self.data().tables.never_final)
    }

    /// Abbreviations only before a number (`no. 5`, `fig. 3`); elsewhere ordinary words.
    /// A subset of [`Language::abbreviations`], in the same form.
    pub(crate) fn number_abbreviations(self) -> WordList {
        WordList(self.data().tables.before_numbers)
    }

    /// Words that, capitalised, usually open a sentence (pronouns, determiners, question
    /// words): after an ambiguous period they tip the balance towards a sentence end.
    /// Lowercase, sorted.
    pub(crate) fn sentence_starters(self) -> WordList {
        WordList(self.data().tables.sentence_starters)
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
            language => WordList(language.data().tables.back_references),
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
            // Char by char, as the tokenizer lowercases: `str::to_lowercase` would bring its
            // own code (for the Greek final sigma) into the WebAssembly module for this alone.
            _ => references.contains(
                &word
                    .chars()
                    .flat_map(crate::lowercase::lowercase)
                    .collect::<String>(),
            ),
        }
    }

    /// Whether `word` (any case) is a stop word.
    pub(crate) fn is_stop_word(self, lowercase_word: &str) -> bool {
        self.stop_words().contains(lowercase_word)
    }

    /// Whether the lowercase `word` is a filler of speech in this language (`uh`, `yeah`,
    /// `mm-hmm`'s parts): a word a conversation says without saying anything.
    pub(crate) fn is_filler(self, lowercase_word: &str) -> bool {
        fillers::fillers(self.code()).is_some_and(|list| list.contains(lowercase_word))
    }

    /// Whether the lowercase `word` is a sound of hesitation in this language (`uh`, `ähm`):
    /// a filler that says nothing even where no pause sets it apart.
    pub(crate) fn is_hesitation(self, lowercase_word: &str) -> bool {
        fillers::is_hesitation(lowercase_word) && self.is_filler(lowercase_word)
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

/// Tells the language of many texts, one after another, faster than
/// [`Language::detect`] does one at a time: a table of every stop word of the languages
/// that share a script, with the languages whose lists hold it, is made for the first text
/// and asked once per word of each text after it, where detecting one text searches every
/// list for every word. The answers are the same.
///
/// Worth it for many short texts (articles, reviews, posts), which detection reads whole;
/// give one to [`Summarizer::summarize_with`](crate::Summarizer::summarize_with) for each
/// thread of a batch, each a clone of the first: clones share the table, made once by the
/// first that needs it. [`Summarizer::summarize_many`](crate::Summarizer::summarize_many)
/// does so itself.
///
/// ```
/// use salient::{Language, LanguageDetector};
///
/// let mut detector = LanguageDetector::new();
/// for text in ["Les chats dorment sur le canapé.", "The cats sleep on the sofa."] {
///     assert_eq!(detector.detect(text), Language::detect(text));
/// }
/// ```
pub struct LanguageDetector {
    detector: Detector,
    table: Arc<OnceLock<Table>>,
}

impl LanguageDetector {
    /// A detector that has read nothing yet; its table is made when a text first needs it.
    pub fn new() -> Self {
        let table = Arc::default();
        LanguageDetector {
            detector: Detector::sharing(Arc::clone(&table)),
            table,
        }
    }

    /// The language of `text`, as [`Language::detect`] gives it; English when nothing
    /// tells.
    pub fn detect(&mut self, text: &str) -> Language {
        self.detector.detect(text)
    }

    /// `language`, or the one detected in `text` for [`Language::Auto`], as
    /// [`Language::resolve`] gives it.
    pub fn resolve(&mut self, language: Language, text: &str) -> Language {
        self.detector.resolve(language, text)
    }
}

impl Default for LanguageDetector {
    fn default() -> Self {
        LanguageDetector::new()
    }
}

impl Clone for LanguageDetector {
    /// A detector for another thread, which shares this one's table (made once, by the
    /// first of them that needs it).
    fn clone(&self) -> Self {
        LanguageDetector {
            detector: Detector::sharing(Arc::clone(&self.table)),
            table: Arc::clone(&self.table),
        }
    }
}

impl fmt::Debug for LanguageDetector {
    // The table is not shown: it would carry its formatting code into every program.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("LanguageDetector")
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
            assert_sorted_unique(WordList(language.data().tables.back_references));
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
    fn languages_are_declared_in_the_order_of_their_codes() {
        for pair in DECLARED.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "declare {:?} before {:?}: Language::ALL is in the order of the codes",
                pair[1].code,
                pair[0].code
            );
        }
        let codes: Vec<&str> = Language::ALL
            .iter()
            .map(|language| language.code())
            .collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted);
    }

    /// The `[features]` table of the crate's `Cargo.toml`: each feature with what it enables.
    fn cargo_features() -> Vec<(String, Vec<String>)> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        let manifest = std::fs::read_to_string(path).expect("Cargo.toml is readable");
        let mut features: Vec<(String, Vec<String>)> = Vec::new();
        let mut in_features = false;
        let mut open_array = false;
        for line in manifest.lines() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.starts_with('[') && !open_array {
                in_features = line == "[features]";
                continue;
            }
            if !in_features || line.is_empty() {
                continue;
            }
            let values = match line.split_once('=') {
                Some((name, values)) if !open_array => {
                    features.push((name.trim().to_string(), Vec::new()));
                    values
                }
                _ => line,
            };
            let quoted = values.split('"').skip(1).step_by(2).map(str::to_string);
            if let Some((_, enabled)) = features.last_mut() {
                enabled.extend(quoted);
            }
            let closes = values.contains(']');
            open_array = if open_array {
                !closes
            } else {
                values.contains('[') && !closes
            };
        }
        features
    }

    #[test]
    fn cargo_features_match_the_declared_languages() {
        let features = cargo_features();
        let enabled_by = |name: &str| {
            features
                .iter()
                .find(|(feature, _)| feature == name)
                .map(|(_, enabled)| enabled.clone())
        };
        let all_languages = enabled_by("all-languages").expect("Cargo.toml has all-languages");
        for declared in DECLARED {
            let code = declared.code;
            let Some(feature) = declared.feature else {
                assert_eq!(
                    code, "en",
                    "only English is always built: declare {code:?} with [feature = \"lang-{code}\"]"
                );
                continue;
            };
            assert_eq!(
                feature,
                format!("lang-{code}"),
                "the feature of {code:?} is named after its code"
            );
            assert_eq!(
                enabled_by(feature),
                Some(Vec::new()),
                "add `{feature} = []` to [features] in Cargo.toml"
            );
            let listed = all_languages.iter().filter(|&name| name == feature).count();
            assert_eq!(
                listed, 1,
                "list \"{feature}\" once in all-languages in Cargo.toml"
            );
        }
        for name in all_languages
            .iter()
            .chain(features.iter().map(|(name, _)| name))
        {
            if name.starts_with("lang-") {
                assert!(
                    DECLARED
                        .iter()
                        .any(|declared| declared.feature == Some(name)),
                    "Cargo.toml has {name:?}, the feature of no declared language"
                );
            }
        }
        assert_eq!(
            all_languages.len(),
            DECLARED.len() - 1,
            "all-languages enables the language features and nothing else: {all_languages:?}"
        );
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
