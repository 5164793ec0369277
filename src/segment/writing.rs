//! How a text writes: whether it starts sentences with a lowercase letter.
//!
//! Edited prose capitalises every sentence, so a period followed by a lowercase word there
//! is an abbreviation's (`3 ft. of oak`, `var. alba`), even one no list holds. Chat, forum
//! posts and quick e-mail often do not (`cute. i knew someone`), and there a lowercase word
//! after a period may open a sentence. The text itself tells which it is, by places where a
//! sentence surely starts: a line after one that ended with a stop, a word after a question
//! mark, or English's pronoun `i` written lowercase.

use super::chars::{ends_with_terminator, is_line_break};

/// How many signs of lowercase sentence starts make a text one that writes them: one is
/// enough, as edited prose gives none.
const MIN_SIGNS: usize = 1;

/// Whether `text` starts sentences with lowercase letters. `pronoun_i`: the language
/// capitalises its pronoun `I`, which written lowercase is a sign.
pub(super) fn starts_sentences_in_lowercase(text: &str, pronoun_i: bool) -> bool {
    let mut signs = 0usize;
    // Whether the last non-blank line ended with a stop; the text's start counts as one.
    let mut after_stop = true;
    for line in text.split(is_line_break) {
        let line = line.trim();
        let Some(first) = line.chars().next() else {
            continue;
        };
        if after_stop && first.is_lowercase() {
            signs += 1;
        }
        after_stop = ends_with_terminator(line);
        signs += line
            .match_indices('?')
            .filter(|&(at, _)| {
                let rest = line.get(at + 1..).unwrap_or_default();
                let word = rest.trim_start_matches([' ', '\t']);
                word.len() < rest.len() && word.chars().next().is_some_and(char::is_lowercase)
            })
            .count();
        if pronoun_i {
            signs += line
                .split([' ', '\t', ','])
                .filter(|word| {
                    *word == "i" || word.starts_with("i'") || word.starts_with("i\u{2019}")
                })
                .count();
        }
        if signs >= MIN_SIGNS {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edited_prose_starts_sentences_with_capitals() {
        for text in [
            "The shelf is 3 ft. of oak. It holds books.",
            "The rain stopped.\nThen the sun came out.",
            "Is it? Yes.\n\nA heading\nand a wrapped line",
            "",
        ] {
            assert!(!starts_sentences_in_lowercase(text, true), "{text:?}");
        }
    }

    #[test]
    fn chat_shows_lowercase_starts() {
        for text in [
            "where did you grow up? india",
            "It was fun.\nthen we left.",
            "the food is good. really.",
            "Honestly i think so.",
            "We came and i'm glad.",
        ] {
            assert!(starts_sentences_in_lowercase(text, true), "{text:?}");
        }
        // Only English writes its pronoun in capitals.
        assert!(!starts_sentences_in_lowercase("Vieni i domani.", false));
    }
}
