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
    "within",
    "without",
    "yet",
];

/// Whether `word` is a function word of `language` that its stop-word list lacks.
pub(super) fn is_function_word(language: Language, word: &str) -> bool {
    if language != Language::English || word.len() > 12 || !word.is_ascii() {
        return false;
    }
    let mut lowercase = [0u8; 12];
    let Some(buffer) = lowercase.get_mut(..word.len()) else {
        return false;
    };
    buffer.copy_from_slice(word.as_bytes());
    buffer.make_ascii_lowercase();
    ENGLISH
        .binary_search_by(|probe| probe.as_bytes().cmp(buffer))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_lowercase_and_short_words() {
        assert!(ENGLISH.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(ENGLISH
            .iter()
            .all(|word| word.len() <= 12 && *word == word.to_lowercase()));
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
    }
}
