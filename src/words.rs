//! Words of a text: what the tokenizer turns into terms, what the word budget counts, what
//! language detection reads.
//!
//! A word is a run of letters, digits and combining marks. Within it, an apostrophe or a
//! period between two letters or digits (`can't`, `U.S`, `3.14`), a comma between two digits
//! (`1,000`) and an underscore keep the word whole, as Unicode's word boundaries (UAX #29)
//! do; a hyphen, a slash or any other punctuation ends it. Chinese and Japanese are written
//! without spaces, so each ideograph and each hiragana is a word of its own (the tokenizer
//! pairs neighbours), while a run of katakana, which writes one loanword, stays whole.
//!
//! These rules need no Unicode property tables beyond those of the standard library,
//! which keeps the WebAssembly package small.

/// The words of `text` with their byte offsets, in order.
pub(crate) fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices { text, at: 0 }
}

/// How many words `text` has: the measure of [`Length::Words`](crate::Length::Words).
///
/// ```
/// assert_eq!(salient::word_count("It's 3.14 — the U.S. rate, up 1,000%!"), 7);
/// assert_eq!(salient::word_count("今天天气"), 4);
/// ```
pub fn word_count(text: &str) -> usize {
    word_indices(text).count()
}

/// The iterator of [`word_indices`].
pub(crate) struct WordIndices<'a> {
    text: &'a str,
    at: usize,
}

/// How a char takes part in a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter, digit or mark that joins its neighbours.
    Word,
    /// An ideograph or hiragana: a word by itself.
    Single,
    /// A katakana: joins other katakana only.
    Katakana,
    /// Punctuation that joins two word chars (`'`, `.`, `,` between digits, `_`).
    Joiner,
    /// Anything else: whitespace, punctuation, symbols.
    Break,
}

/// Whether `c` is a word by itself: an ideograph or a hiragana.
pub(crate) fn stands_alone(c: char) -> bool {
    class(c) == Class::Single
}

fn class(c: char) -> Class {
    // Most text is ASCII: its classes need no look-up.
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => Class::Word,
            '\'' | '.' | ',' | '_' | ':' => Class::Joiner,
            _ => Class::Break,
        };
    }
    match c {
        '\u{3040}'..='\u{309F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => {
            Class::Single
        }
        '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' => Class::Single,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Class::Katakana
        }
        '\'' | '\u{2019}' | '.' | ',' | '_' | '\u{00B7}' | ':' => Class::Joiner,
        c if c.is_alphanumeric() || is_mark(c) => Class::Word,
        _ => Class::Break,
    }
}

/// Combining marks, which belong to the letter before them: accents written apart
/// (U+0300…), and the vowel signs and viramas of the Indic, Southeast Asian, Hebrew and
/// Arabic scripts, which the standard library counts neither as letters nor as digits.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{05BF}'..='\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0900}'..='\u{0903}'
            | '\u{093A}'..='\u{094F}'
            | '\u{0951}'..='\u{0957}'
            | '\u{0962}'..='\u{0963}'
            | '\u{0981}'..='\u{0983}'
            | '\u{09BC}'..='\u{09D7}'
            | '\u{0A01}'..='\u{0A03}'
            | '\u{0A3C}'..='\u{0A51}'
            | '\u{0A81}'..='\u{0A83}'
            | '\u{0ABC}'..='\u{0ACD}'
            | '\u{0B01}'..='\u{0B03}'
            | '\u{0B3C}'..='\u{0B57}'
            | '\u{0B82}'
            | '\u{0BBE}'..='\u{0BCD}'
            | '\u{0BD7}'
            | '\u{0C00}'..='\u{0C04}'
            | '\u{0C3E}'..='\u{0C56}'
            | '\u{0C81}'..='\u{0C83}'
            | '\u{0CBC}'..='\u{0CD6}'
            | '\u{0D00}'..='\u{0D03}'
            | '\u{0D3B}'..='\u{0D57}'
            | '\u{0D81}'..='\u{0D83}'
            | '\u{0DCA}'..='\u{0DDF}'
            | '\u{0E31}'
            | '\u{0E34}'..='\u{0E3A}'
            | '\u{0E47}'..='\u{0E4E}'
            | '\u{0EB1}'
            | '\u{0EB4}'..='\u{0EBC}'
            | '\u{0EC8}'..='\u{0ECD}'
            | '\u{0F71}'..='\u{0F84}'
            | '\u{102B}'..='\u{103E}'
            | '\u{1056}'..='\u{1059}'
            | '\u{17B4}'..='\u{17D3}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{200C}'..='\u{200D}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{302A}'..='\u{302F}'
            | '\u{3099}'..='\u{309A}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.text.get(self.at..)?;
        let mut chars = rest.char_indices().peekable();
        // Skip to the first char that starts a word.
        let (start, first) = loop {
            let (offset, c) = chars.next()?;
            if matches!(class(c), Class::Word | Class::Single | Class::Katakana) {
                break (offset, c);
            }
        };
        let mut end = start + first.len_utf8();
        let kind = class(first);
        if kind != Class::Single {
            let mut previous = first;
            while let Some(&(offset, c)) = chars.peek() {
                let joins = match (kind, class(c)) {
                    (Class::Katakana, Class::Katakana) => true,
                    (Class::Word, Class::Word) => true,
                    (Class::Word, Class::Joiner) => {
                        // A joiner keeps the word whole only between two word chars, and a
                        // comma only between two digits.
                        let after = rest
                            .get(offset + c.len_utf8()..)
                            .and_then(|tail| tail.chars().next());
                        after.is_some_and(|next| {
                            class(next) == Class::Word
                                && (c != ',' || (previous.is_numeric() && next.is_numeric()))
                                && (c != ':' || (previous.is_alphabetic() && next.is_alphabetic()))
                        })
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                previous = c;
                end = offset + c.len_utf8();
                chars.next();
            }
        }
        let word = rest.get(start..end)?;
        let position = self.at + start;
        self.at += end;
        Some((position, word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_indices(text).map(|(_, word)| word).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_periods_and_digit_commas() {
        assert_eq!(
            words("It's 3.14 — the U.S. rate, up 1,000% (e-mail: a_b)."),
            ["It's", "3.14", "the", "U.S", "rate", "up", "1,000", "e", "mail", "a_b"]
        );
        assert_eq!(words("l’homme, dell'arte"), ["l’homme", "dell'arte"]);
        assert_eq!(words("one,two. end."), ["one", "two", "end"]);
        assert_eq!(words("''. ... --"), Vec::<&str>::new());
    }

    #[test]
    fn marks_stay_with_their_letters() {
        assert_eq!(words("cafe\u{301} noir"), ["cafe\u{301}", "noir"]);
        assert_eq!(words("नमस्ते दुनिया"), ["नमस्ते", "दुनिया"]);
        assert_eq!(words("வணக்கம் உலகம்"), ["வணக்கம்", "உலகம்"]);
    }

    #[test]
    fn ideographs_and_hiragana_stand_alone_and_katakana_runs_together() {
        assert_eq!(words("今天好"), ["今", "天", "好"]);
        assert_eq!(
            words("コンピュータを使う"),
            ["コンピュータ", "を", "使", "う"]
        );
        assert_eq!(words("AI技术"), ["AI", "技", "术"]);
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "  Hi, 世界 x.y ";
        for (at, word) in word_indices(text) {
            assert_eq!(&text[at..at + word.len()], word);
        }
        assert_eq!(word_count(text), 4);
        assert_eq!(word_count(""), 0);
    }
}
