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
    "told",
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
    "yet",
];

/// Words after which an English clause's verb comes: subject pronouns, modal verbs and
/// the forms of "do", lowercase, sorted. A content word right after one ("we *propose*",
/// "storms will *threaten*") is used as a predicate there.
const ENGLISH_PREDICATE_CUES: &[&str] = &[
    "can", "can't", "cannot", "could", "did", "didn't", "do", "does", "doesn't", "don't", "he",
    "i", "it", "may", "might", "must", "shall", "she", "should", "they", "we", "who", "will",
    "won't", "would", "you",
];

/// Whether `word` is a function word of `language` that its stop-word list lacks.
pub(super) fn is_function_word(language: Language, word: &str) -> bool {
    language == Language::English && listed(ENGLISH, word)
}

/// Whether a content word right after `word` is, in `language`, likely a verb.
pub(super) fn is_predicate_cue(language: Language, word: &str) -> bool {
    language == Language::English && listed(ENGLISH_PREDICATE_CUES, word)
}

/// Whether `word` is an article of `language`: what stands right before one is a verb or
/// a preposition more often than a noun.
pub(super) fn is_article(language: Language, word: &str) -> bool {
    language == Language::English && listed(&["a", "an", "the"], word)
}

/// Whether `word`, in any case, is in `list` (lowercase ASCII words of at most 12 bytes,
/// sorted).
fn listed(list: &[&str], word: &str) -> bool {
    if word.len() > 12 || !word.is_ascii() {
        return false;
    }
    let mut lowercase = [0u8; 12];
    let Some(buffer) = lowercase.get_mut(..word.len()) else {
        return false;
    };
    buffer.copy_from_slice(word.as_bytes());
    buffer.make_ascii_lowercase();
    list.binary_search_by(|probe| probe.as_bytes().cmp(buffer))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_lowercase_and_short_words() {
        for list in [ENGLISH, ENGLISH_PREDICATE_CUES] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]));
            assert!(list
                .iter()
                .all(|word| word.len() <= 12 && *word == word.to_lowercase()));
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
    }

    #[test]
    fn pronouns_and_modals_cue_predicates() {
        assert!(is_predicate_cue(Language::English, "We"));
        assert!(is_predicate_cue(Language::English, "won't"));
        assert!(!is_predicate_cue(Language::English, "the"));
        assert!(is_article(Language::English, "The"));
        assert!(!is_article(Language::English, "then"));
        #[cfg(feature = "lang-de")]
        assert!(!is_predicate_cue(Language::German, "we"));
    }
}
