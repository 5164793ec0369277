//! How a text writes: whether it starts sentences with a lowercase letter, and whether it
//! writes capitals at all.
//!
//! Edited prose capitalises every sentence, so a period followed by a lowercase word there
//! is an abbreviation's (`3 ft. of oak`, `var. alba`), even one no list holds. Chat, forum
//! posts and quick e-mail often do not (`cute. i knew someone`), and there a lowercase word
//! after a period may open a sentence. The text itself tells which it is, by places where a
//! sentence surely starts: a line after one that ended with a stop, a word after a question
//! mark, or English's pronoun `i` written lowercase.
//!
//! Some text has no capital letter anywhere, though its script has them: lowercased corpora,
//! machine output, some chat. There no capital can mark where a sentence starts, and the
//! stop before it is all that does, even a period standing apart as tokenized text writes
//! it (`the world . solar power`).

use super::chars::{ends_with_terminator, trim_spaces_start};

/// What the whole text tells about how it writes sentence starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Writing {
    /// The text starts sentences with lowercase letters (see
    /// [`starts_sentences_in_lowercase`]).
    pub(super) lowercase_starts: bool,
    /// The text has lowercase letters and no capital letter at all: a period standing
    /// apart before a word ends a sentence unless a word list says otherwise.
    pub(super) caseless: bool,
}

/// How `text` writes; `pronoun_i` as for [`starts_sentences_in_lowercase`].
pub(super) fn read(text: &str, pronoun_i: bool) -> Writing {
    let caseless = is_caseless(text);
    Writing {
        lowercase_starts: starts_sentences_in_lowercase(text, pronoun_i),
        caseless,
    }
}

/// Whether `text` has a lowercase letter and no uppercase or titlecase one. Stops at the
/// first capital, which in most text comes in its first words.
fn is_caseless(text: &str) -> bool {
    let mut lowercase = false;
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_uppercase() {
                return false;
            }
            lowercase |= c.is_ascii_lowercase();
        } else if c.is_uppercase() || is_titlecase(c) {
            return false;
        } else {
            lowercase |= c.is_lowercase();
        }
    }
    lowercase
}

/// Unicode's titlecase letters (`ǅ`, `ǈ`, `ǋ`, `ǲ` and Greek's with iota subscript), which
/// are neither upper- nor lowercase but are capitals.
fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | 'ᾈ'..='ᾏ' | 'ᾘ'..='ᾟ' | 'ᾨ'..='ᾯ' | 'ᾼ' | 'ῌ' | 'ῼ')
}

/// Whether `text` starts sentences with lowercase letters: one sign is enough, as edited
/// prose gives none. `pronoun_i`: the language capitalises its pronoun `I`, which written
/// lowercase is a sign. Whole-text searches and one pass over the line ends.
pub(super) fn starts_sentences_in_lowercase(text: &str, pronoun_i: bool) -> bool {
    lowercase_line_after_stop(text, pronoun_i)
        || lowercase_after_question(text)
        || (pronoun_i && lowercase_pronoun(text))
}

/// Whether a line starts with a lowercase letter after a line that ended with a stop, or
/// the text starts so; or (with `pronoun_i`) a line starts with the pronoun `i`. Lines end
/// at `\n` (or `\r` in text without one).
fn lowercase_line_after_stop(text: &str, pronoun_i: bool) -> bool {
    // Whether the last non-blank line ended with a stop; the text's start counts as one.
    let mut after_stop = true;
    // Old Mac text ends its lines with `\r` alone.
    let line_end = if text.as_bytes().contains(&b'\n') {
        '\n'
    } else {
        '\r'
    };
    for line in text.split(line_end) {
        let line = line.trim();
        let Some(first) = line.chars().next() else {
            continue;
        };
        if (after_stop && first.is_lowercase()) || (pronoun_i && is_pronoun_i(line)) {
            return true;
        }
        after_stop = ends_with_terminator(line);
    }
    false
}

/// Whether a question mark is followed on its line by a lowercase word
/// (`where did you grow up? india`).
fn lowercase_after_question(text: &str) -> bool {
    text.match_indices('?').any(|(at, _)| {
        let rest = text.get(at + 1..).unwrap_or_default();
        let word = trim_spaces_start(rest);
        word.len() < rest.len() && word.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Whether the English pronoun is written `i` after a space (`and i think`, `i'm`).
fn lowercase_pronoun(text: &str) -> bool {
    text.match_indices('i').any(|(at, _)| {
        at > 0
            && text.as_bytes().get(at - 1) == Some(&b' ')
            && text.get(at..).is_some_and(is_pronoun_i)
    })
}

/// Whether `rest` starts with the word `i` or `i'…`.
fn is_pronoun_i(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some('i')
        && matches!(
            chars.next(),
            None | Some(' ' | '\t' | ',' | '\'' | '\u{2019}')
        )
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

    #[test]
    fn caseless_text_has_no_capital_anywhere() {
        for text in [
            "coal is the primary fuel . solar power is not",
            "\" what we 've learned \" says the report",
            "это всё . дальше",
        ] {
            assert!(read(text, true).caseless, "{text:?}");
        }
        for text in [
            "coal is the primary fuel . Solar power is not",
            "всё . Дальше",
            "ǅ is one letter",
            "1 2 3 . 4",
            "这是句子。",
            "",
        ] {
            assert!(!read(text, true).caseless, "{text:?}");
        }
    }
}
