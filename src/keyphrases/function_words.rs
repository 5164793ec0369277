//! Words beyond the stop-word list that never make a keyphrase on their own nor end one.
//!
//! The stop-word lists are the Snowball project's short lists of function words, made to
//! tell sentences apart; a keyphrase must also stop before a modal or reporting verb
//! ("the Coast Guard *said*"), a number word ("*one* oil spill") or a sentence adverb.
//! A part-of-speech model would find these; a short list of closed-class words does it for
//! English, the language with the shortest stop-word list of those salient reads. Other
//! languages' stop-word lists already hold their modal verbs and number words.

use crate::language::Language;

/// English function words missing from the stop-word list, lowercase, sorted.
const ENGLISH: &[&str] = &[
    "across",
    "actually",
    "almost",
    "already",
    "also",
    "although",
    "always",
    "among",
    "another",
    "anything",
    "around",
    "away",
    "behind",
    "beside",
    "besides",
    "beyond",
    "billion",
    "billions",
    "can",
    "despite",
    "eight",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "everything",
    "five",
    "four",
    "friday",
    "furthermore",
    "hence",
    "however",
    "hundred",
    "hundreds",
    "indeed",
    "instead",
    "less",
    "like",
    "many",
    "may",
    "maybe",
    "might",
    "million",
    "millions",
    "monday",
    "moreover",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "near",
    "neither",
    "never",
    "nevertheless",
    "nine",
    "often",
    "one",
    "onto",
    "perhaps",
    "quite",
    "rather",
    "really",
    "said",
    "saturday",
    "say",
    "saying",
    "says",
    "seven",
    "several",
    "shall",
    "since",
    "six",
    "something",
    "sometimes",
    "soon",
    "still",
    "sunday",
    "ten",
    "therefore",
    "though",
    "thousand",
    "thousands",
    "three",
    "thursday",
    "thus",
    "today",
    "told",
    "tomorrow",
    "tonight",
    "toward",
    "towards",
    "tuesday",
    "two",
    "unless",
    "upon",
    "usually",
    "via",
    "wednesday",
    "whatever",
    "whether",
    "will",
    "within",
    "without",
    "yesterday",
    "yet",
];

/// Words after which an English clause's verb comes: subject pronouns, modal verbs, the
/// forms of "do" and the infinitive's "to", lowercase, sorted. A content word right after
/// one ("we *propose*", "storms will *threaten*", "to *provide*") is used as a predicate
/// there. ("to" also comes before nouns, "access to *information*": the rule that reads
/// these cues weighs them against the word's uses inside phrases.)
const ENGLISH_PREDICATE_CUES: &[&str] = &[
    "can", "can't", "cannot", "could", "did", "didn't", "do", "does", "doesn't", "don't", "he",
    "i", "it", "may", "might", "must", "shall", "she", "should", "they", "to", "we", "who", "will",
    "won't", "would", "you",
];

/// Whether the runs of content words of `language` are cut at its verbs too (by the cues,
/// articles and past forms of this module), so that they are phrases.
pub(super) fn finds_predicates(language: Language) -> bool {
    language == Language::English
}

/// Whether `word` is a function word of `language` that its stop-word list lacks.
pub(super) fn is_function_word(language: Language, word: &str) -> bool {
    language == Language::English && (listed(&ENGLISH_KEYS, word) || is_adverb(word))
}

/// Endings of English adverbs made from adjectives ("efficient*ly*", "automatic*ally*",
/// "signific*antly*"), longer than "-ly" alone so that nouns and adjectives in "-ly"
/// ("family", "assembly", "early", "daily") are not taken for them.
const ENGLISH_ADVERB_ENDINGS: &[&str] = &[
    "ably", "ally", "antly", "ately", "edly", "ently", "fully", "ibly", "ingly", "ively", "ously",
];

/// Whether `word`, in any case, looks like an English adverb in "-ly": an adverb modifies a
/// verb or an adjective and is never part of a noun phrase's keyphrase ("*highly*
/// nonlinear systems" is about "nonlinear systems").
fn is_adverb(word: &str) -> bool {
    // Six letters at least ("really" is the shortest of these adverbs): "ally", "rally"
    // and "tally" are nouns. Most words do not end in "ly": they need one test.
    word.len() >= 6
        && word
            .get(word.len() - 2..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("ly"))
        && ENGLISH_ADVERB_ENDINGS.iter().any(|ending| {
            word.get(word.len() - ending.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(ending))
        })
}

/// Whether `word`, a content word of `language`, has the ending of an English verb's past
/// tense or participle: "-ed" ("burned", "proposed"), but not "-eed" ("speed", "need"), and
/// in lowercase, as names in "-ed" ("Mohammed", "Alfred") are capitalized.
pub(super) fn is_past_form(language: Language, word: &str) -> bool {
    let bytes = word.as_bytes();
    language == Language::English
        && bytes.len() >= 5
        && bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bytes.ends_with(b"ed")
        && !bytes.ends_with(b"eed")
}

/// Whether a content word right after `word` is, in `language`, likely a verb.
pub(super) fn is_predicate_cue(language: Language, word: &str) -> bool {
    language == Language::English && listed(&ENGLISH_PREDICATE_CUE_KEYS, word)
}

/// Whether `word` is an article of `language`: what stands right before one is a verb or
/// a preposition more often than a noun.
pub(super) fn is_article(language: Language, word: &str) -> bool {
    language == Language::English && listed(&ENGLISH_ARTICLE_KEYS, word)
}

const ENGLISH_ARTICLES: &[&str] = &["a", "an", "the"];

// The lists as keys (see `key`), made when the crate is compiled.
static ENGLISH_KEYS: [u128; ENGLISH.len()] = keys(ENGLISH);
static ENGLISH_PREDICATE_CUE_KEYS: [u128; ENGLISH_PREDICATE_CUES.len()] =
    keys(ENGLISH_PREDICATE_CUES);
static ENGLISH_ARTICLE_KEYS: [u128; ENGLISH_ARTICLES.len()] = keys(ENGLISH_ARTICLES);

/// The longest word a key holds, in bytes.
const KEY_BYTES: usize = 16;

/// A word of at most [`KEY_BYTES`] bytes as one number, its bytes from the most significant
/// down, zeros after its end: keys sort as their words do, so that a look-up is a binary
/// search over numbers, not over strings (every content and stop word of a text is looked
/// up).
const fn key(word: &str) -> u128 {
    let bytes = word.as_bytes();
    let mut key = 0u128;
    let mut at = 0;
    while at < KEY_BYTES {
        key <<= 8;
        // `at < bytes.len()` holds where the byte is read; this runs when the crate is
        // compiled, on the lists.
        if at < bytes.len() {
            key |= bytes[at] as u128;
        }
        at += 1;
    }
    key
}

/// The keys of `list`, in its order.
const fn keys<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut keys = [0u128; N];
    let mut at = 0;
    // The statics above give `N` as the list's length.
    while at < N && at < list.len() {
        keys[at] = key(list[at]);
        at += 1;
    }
    keys
}

/// Whether `word`, in any case, is one of the sorted `keys` of lowercase ASCII words.
fn listed(keys: &[u128], word: &str) -> bool {
    // A NUL byte would read as the end of a shorter word; no word holds one.
    if word.len() > KEY_BYTES || word.bytes().any(|byte| byte == 0 || !byte.is_ascii()) {
        return false;
    }
    let packed = word.bytes().fold(0u128, |key, byte| {
        key << 8 | u128::from(byte.to_ascii_lowercase())
    });
    // The zeros after the word's end; none is left to add for an empty word.
    let lowercase = packed
        .checked_shl(8 * (KEY_BYTES - word.len()) as u32)
        .unwrap_or(0);
    keys.binary_search(&lowercase).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_lowercase_and_short_words() {
        for list in [ENGLISH, ENGLISH_PREDICATE_CUES, ENGLISH_ARTICLES] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]));
            assert!(list
                .iter()
                .all(|word| word.len() <= KEY_BYTES && *word == word.to_lowercase()));
        }
        for keys in [
            &ENGLISH_KEYS[..],
            &ENGLISH_PREDICATE_CUE_KEYS,
            &ENGLISH_ARTICLE_KEYS,
        ] {
            assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        }
        for word in ENGLISH {
            assert!(
                !Language::English.is_stop_word(word),
                "{word} is a stop word already"
            );
        }
    }

    #[test]
    fn any_case_matches_in_english_only() {
        assert!(is_function_word(Language::English, "Said"));
        assert!(is_function_word(Language::English, "MILLION"));
        assert!(!is_function_word(Language::English, "spill"));
        #[cfg(feature = "lang-de")]
        assert!(!is_function_word(Language::German, "said"));
        assert!(!is_function_word(Language::English, "überhaupt"));
        assert!(is_function_word(Language::English, "Will"));
        assert!(is_function_word(Language::English, "Today"));
        // The first and last of the list, words that begin others, and words no key holds.
        assert!(is_function_word(Language::English, "across"));
        assert!(is_function_word(Language::English, "yet"));
        assert!(!is_function_word(Language::English, "yeti"));
        assert!(!is_function_word(Language::English, "on"));
        assert!(!is_function_word(Language::English, "one\0"));
        assert!(!is_function_word(
            Language::English,
            "nevertheless-and-more"
        ));
    }

    #[test]
    fn adverbs_in_ly_are_function_words_but_nouns_in_ly_are_not() {
        for adverb in [
            "efficiently",
            "Automatically",
            "significantly",
            "recently",
            "reportedly",
        ] {
            assert!(is_function_word(Language::English, adverb), "{adverb}");
        }
        for word in [
            "family", "assembly", "early", "daily", "ally", "rally", "supply",
        ] {
            assert!(!is_function_word(Language::English, word), "{word}");
        }
    }

    #[test]
    fn pronouns_and_modals_cue_predicates() {
        assert!(is_predicate_cue(Language::English, "We"));
        assert!(is_predicate_cue(Language::English, "won't"));
        assert!(is_predicate_cue(Language::English, "To"));
        assert!(is_past_form(Language::English, "burned"));
        assert!(is_past_form(Language::English, "based"));
        for word in ["speed", "red", "Mohammed", "bed", "burning"] {
            assert!(!is_past_form(Language::English, word), "{word}");
        }
        assert!(!is_predicate_cue(Language::English, "the"));
        assert!(is_article(Language::English, "The"));
        assert!(!is_article(Language::English, "then"));
        #[cfg(feature = "lang-de")]
        assert!(!is_predicate_cue(Language::German, "we"));
    }
}
