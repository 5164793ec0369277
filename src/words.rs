//! Words of a text: what the tokenizer turns into terms, what the word budget counts, what
//! language detection reads.
//!
//! A word is a piece of text between Unicode's word boundaries (UAX #29, as the
//! `unicode-segmentation` crate finds them) that holds a letter or a digit: its
//! `unicode_word_indices`. Within a word, an apostrophe, a period or a colon between two
//! letters (`can't`, `U.S`), a period, comma or semicolon between two digits (`3.14`,
//! `1,000`) and an underscore keep it whole; a hyphen, a slash or any other punctuation
//! ends it, and combining marks stay with their letter. Chinese and Japanese are written
//! without spaces, so each ideograph and each hiragana is a word of its own (the tokenizer
//! pairs neighbours, see [`stands_alone`]), while a run of katakana, which writes one
//! loanword, stays whole.

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// The words of `text` with their byte offsets, in order: what
/// `text.unicode_word_indices()` gives.
pub(crate) fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices {
        text,
        chunk_end: 0,
        chunk: Chunk::Ascii { at: 0 },
    }
}

/// How many words `text` has: the measure of [`Length::Words`](crate::Length::Words).
///
/// Words are found by Unicode's word boundaries (UAX #29): punctuation between two letters
/// or two digits keeps a word whole, and each Chinese or Japanese ideograph counts as one.
///
/// ```
/// // It's | 3.14 | the | U.S | rate | up | 1,000
/// assert_eq!(salient::word_count("It's 3.14 — the U.S. rate, up 1,000%!"), 7);
/// // well | known | e | mail
/// assert_eq!(salient::word_count("well-known e-mail"), 4);
/// // 今 | 天 | 天 | 气
/// assert_eq!(salient::word_count("今天天气"), 4);
/// assert_eq!(salient::word_count("... -- !?"), 0);
/// ```
pub fn word_count(text: &str) -> usize {
    word_indices(text).count()
}

/// The iterator of [`word_indices`].
///
/// Most text is ASCII, whose word boundaries need no Unicode tables, but a single curly
/// apostrophe or accented letter would send a whole sentence through them. So the text is
/// cut into chunks, each segmented alone: the ASCII stretches by [`next_ascii_word`], and
/// around each non-ASCII char the words up to the nearest cuts by `unicode-segmentation`'s
/// tables. A cut goes before an ASCII char other than a space that follows a space or a
/// line feed. Unicode's rules put a word boundary there, and none of them reads across it:
/// the space cannot take part in the patterns that look two chars to either side (WB6,
/// WB7, WB7b, WB7c, WB11, WB12), nor in an emoji or flag sequence, and the ASCII char
/// after it cannot be a mark that the space would keep (WB4). Each chunk therefore has
/// the words that it has in the whole text, which the property tests of this module check
/// against `unicode_word_indices` on random text.
pub(crate) struct WordIndices<'a> {
    text: &'a str,
    /// Where the chunk being read ends in `text`.
    chunk_end: usize,
    chunk: Chunk<'a>,
}

/// The chunk being read.
enum Chunk<'a> {
    /// An ASCII chunk, read up to this offset in the text.
    Ascii { at: usize },
    /// A chunk with non-ASCII chars: its pieces between word boundaries, with offsets
    /// from its start.
    Unicode {
        start: usize,
        pieces: UWordBoundIndices<'a>,
    },
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.text.as_bytes();
        loop {
            match &mut self.chunk {
                Chunk::Ascii { at } => {
                    let chunk = bytes.get(..self.chunk_end).unwrap_or_default();
                    if let Some((start, end)) = next_ascii_word(chunk, *at) {
                        *at = end;
                        return self.text.get(start..end).map(|word| (start, word));
                    }
                }
                Chunk::Unicode { start, pieces } => {
                    // The pieces that hold a letter or digit, as unicode_word_indices
                    // takes them (with the standard library's tables when their Unicode
                    // versions agree, as a test checks).
                    let word = pieces.find(|(_, piece)| piece.chars().any(char::is_alphanumeric));
                    if let Some((at, word)) = word {
                        return Some((*start + at, word));
                    }
                }
            }
            let start = self.chunk_end;
            if start >= bytes.len() {
                return None;
            }
            let (end, ascii) = next_chunk(bytes, start);
            self.chunk_end = end;
            self.chunk = if ascii {
                Chunk::Ascii { at: start }
            } else {
                Chunk::Unicode {
                    start,
                    pieces: self.text.get(start..end)?.split_word_bound_indices(),
                }
            };
        }
    }
}

/// Whether the text can be cut before byte `at`, segmented on either side alone (see
/// [`WordIndices`]).
fn is_cut(bytes: &[u8], at: usize) -> bool {
    let before = at.checked_sub(1).and_then(|before| bytes.get(before));
    matches!(before, Some(b' ' | b'\n'))
        && bytes.get(at).is_some_and(|&c| c.is_ascii() && c != b' ')
}

/// Where the chunk that starts at `start` ends, and whether it is ASCII: the whole rest
/// when it is ASCII; else the last cut before its first non-ASCII char, or when there is
/// none, the first cut after that char (or the end).
fn next_chunk(bytes: &[u8], start: usize) -> (usize, bool) {
    let rest = bytes.get(start..).unwrap_or_default();
    // Word at a time, most sentences' case.
    if rest.is_ascii() {
        return (bytes.len(), true);
    }
    let Some(first_non_ascii) = rest.iter().position(|c| !c.is_ascii()) else {
        return (bytes.len(), true);
    };
    let first_non_ascii = start + first_non_ascii;
    if let Some(cut) = (start + 1..first_non_ascii)
        .rev()
        .find(|&at| is_cut(bytes, at))
    {
        return (cut, true);
    }
    let end = (first_non_ascii + 1..bytes.len())
        .find(|&at| is_cut(bytes, at))
        .unwrap_or(bytes.len());
    (end, false)
}

/// The ASCII letters, digits and underscore, which run together into a word: one look-up
/// per byte of text rather than three comparisons.
const JOINS: [bool; 256] = {
    let mut joins = [false; 256];
    let mut byte: u8 = 0;
    while byte < 128 {
        joins[byte as usize] = byte.is_ascii_alphanumeric() || byte == b'_';
        byte += 1;
    }
    joins
};

/// The next word of the ASCII text `bytes` from offset `from`, by UAX #29's rules as they
/// apply to ASCII: letters, digits and underscores run together (WB5, WB8–WB10, WB13a,
/// WB13b); an apostrophe, period or colon between two letters (WB6, WB7) and an
/// apostrophe, period, comma or semicolon between two digits (WB11, WB12) keep the word
/// whole; every other char stands apart, and only pieces with a letter or digit are words.
fn next_ascii_word(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let joins = |b: u8| JOINS[usize::from(b)];
    let mut at = from;
    loop {
        let start = at + bytes.get(at..)?.iter().position(|&b| joins(b))?;
        let mut alphanumeric = false;
        at = start;
        while let Some(&b) = bytes.get(at) {
            if joins(b) {
                alphanumeric |= b != b'_';
                at += 1;
                continue;
            }
            let before = bytes.get(at.wrapping_sub(1)).copied().unwrap_or_default();
            let after = bytes.get(at + 1).copied().unwrap_or_default();
            let between_letters = before.is_ascii_alphabetic() && after.is_ascii_alphabetic();
            let between_digits = before.is_ascii_digit() && after.is_ascii_digit();
            let infix = match b {
                b'\'' | b'.' => between_letters || between_digits,
                b':' => between_letters,
                b',' | b';' => between_digits,
                _ => false,
            };
            if !infix {
                break;
            }
            at += 2;
        }
        if alphanumeric {
            return Some((start, at));
        }
    }
}

/// Whether `c` is a word by itself wherever it stands: an ideograph or a hiragana. Their
/// Unicode word-break property is "Other", so UAX #29 puts a boundary on both sides of
/// each, and the tokenizer pairs neighbouring ones into terms.
pub(crate) fn stands_alone(c: char) -> bool {
    matches!(
        c,
        // The ideographic closing mark and number zero: 〆 〇. (The iteration mark 々 is a
        // letter to UAX #29, which joins it to letters beside it.)
        '\u{3006}'..='\u{3007}'
            // Hiragana, but not the voicing marks that join katakana (゛ ゜) or the letter
            // before them.
            | '\u{3041}'..='\u{3098}'
            | '\u{309D}'..='\u{309F}'
            // CJK unified ideographs, extension A and the main block.
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            // CJK compatibility ideographs.
            | '\u{F900}'..='\u{FAFF}'
            // The supplementary and tertiary ideographic planes.
            | '\u{20000}'..='\u{3FFFD}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_indices(text).map(|(_, word)| word).collect()
    }

    #[test]
    fn punctuation_between_letters_or_digits_keeps_a_word_whole() {
        assert_eq!(
            words("It's 3.14 — the U.S. rate, up 1,000% (e-mail: a_b)."),
            ["It's", "3.14", "the", "U.S", "rate", "up", "1,000", "e", "mail", "a_b"]
        );
        assert_eq!(words("l’homme, dell'arte"), ["l’homme", "dell'arte"]);
        // A period or apostrophe joins letters to letters and digits to digits, not one
        // to the other; a colon joins letters only, a comma or semicolon digits only.
        assert_eq!(
            words("a.1 1.a 1'2 a:b 1:2 a,b 1,2 1;2 a;b"),
            ["a", "1", "1", "a", "1'2", "a:b", "1", "2", "a", "b", "1,2", "1;2", "a", "b"]
        );
        // Letters and digits run together, and underscores join anything next to them.
        assert_eq!(
            words("mp3 3G __init__ x_ _1"),
            ["mp3", "3G", "__init__", "x_", "_1"]
        );
        assert_eq!(words("one,two. end."), ["one", "two", "end"]);
        assert_eq!(words("''. ... -- _ __"), Vec::<&str>::new());
    }

    #[test]
    fn hyphens_slashes_and_symbols_end_words() {
        assert_eq!(
            words("well-known and/or @user #tag $5 50% a+b"),
            ["well", "known", "and", "or", "user", "tag", "5", "50", "a", "b"]
        );
    }

    #[test]
    fn marks_stay_with_their_letters() {
        assert_eq!(words("cafe\u{301} noir"), ["cafe\u{301}", "noir"]);
        assert_eq!(words("नमस्ते दुनिया"), ["नमस्ते", "दुनिया"]);
        assert_eq!(words("வணக்கம் உலகம்"), ["வணக்கம்", "உலகம்"]);
        // A soft hyphen is a format character, which stays inside the word.
        assert_eq!(words("co\u{ad}operate"), ["co\u{ad}operate"]);
    }

    #[test]
    fn ideographs_and_hiragana_stand_alone_and_katakana_runs_together() {
        assert_eq!(words("今天好"), ["今", "天", "好"]);
        assert_eq!(
            words("コンピュータを使う"),
            ["コンピュータ", "を", "使", "う"]
        );
        assert_eq!(words("AI技术"), ["AI", "技", "术"]);
        assert_eq!(words("人々"), ["人", "々"]);
    }

    #[test]
    fn what_stands_alone_is_a_word_of_one_char() {
        // Whatever the neighbours, UAX #29 cuts each char that stands alone into its own
        // word (or, for a mark or symbol, into no word): the tokenizer's pairs rely on it.
        let alone = ('\0'..=char::MAX).filter(|&c| stands_alone(c));
        for c in alone {
            for text in [format!("{c}{c}{c}"), format!("a{c}1{c}ア{c}")] {
                for (at, word) in word_indices(&text) {
                    assert!(
                        word.chars().count() == 1 || !word.contains(c),
                        "{word:?} at {at} in {text:?}"
                    );
                }
            }
            if c.is_alphanumeric() {
                assert_eq!(word_count(&format!("{c}{c}")), 2, "{c:?}");
            }
        }
        assert!(stands_alone('天') && stands_alone('の') && stands_alone('𠀀'));
        assert!(!stands_alone('ア') && !stands_alone('a') && !stands_alone('한'));
        assert!(!stands_alone('々') && !stands_alone('\u{3099}') && !stands_alone('゛'));
    }

    #[test]
    fn the_tables_know_the_letters_of_the_standard_library() {
        // Pieces are told words by the standard library's letters and digits, which are
        // unicode_word_indices' own only while both follow the same Unicode version.
        let (major, minor, update) = char::UNICODE_VERSION;
        assert_eq!(
            unicode_segmentation::UNICODE_VERSION,
            (u64::from(major), u64::from(minor), u64::from(update))
        );
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "  Hi, 世界 x.y ";
        assert_eq!(
            word_indices(text).collect::<Vec<_>>(),
            [(2, "Hi"), (6, "世"), (9, "界"), (13, "x.y")]
        );
        assert_eq!(word_count(text), 4);
        assert_eq!(word_count(""), 0);
    }

    /// Exactly what this module must give: the crate's words, offsets included.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use proptest::prelude::*;
        use unicode_segmentation::UnicodeSegmentation;

        use super::word_indices;

        /// ASCII that exercises every rule of UAX #29 that ASCII can reach: letters and
        /// digits beside each other (WB9, WB10), `.` `'` `:` between letters (WB6, WB7),
        /// `.` `'` `,` `;` between digits (WB11, WB12), `_` (WB13a, WB13b), runs of spaces
        /// (WB3d), CR LF (WB3), and the cuts between chunks (a space or line feed before
        /// any of these).
        const ASCII: &[char] = &[
            'a', 'Z', 'x', '1', '0', '9', '.', '\'', ',', ';', ':', '_', '-', ' ', ' ', '\n', '\r',
            '\t', '"', '!', '/', '(', '%',
        ];

        /// Non-ASCII chars with a part in the rules, beside ASCII ones: marks and format
        /// chars (WB4), among them a mark that is a letter (Devanagari ा), a ZWJ and an
        /// emoji (WB3c), flags (WB15, WB16), Hebrew letters and quotes (WB7a–c), katakana
        /// (WB13), ideographs and hiragana, non-ASCII separators and spaces (WB3d), letters
        /// and digits of other scripts.
        const UNICODE: &[char] = &[
            '\u{301}',
            '\u{93E}',
            '\u{200D}',
            '\u{200C}',
            '\u{AD}',
            '\u{200B}',
            '\u{2060}',
            '\u{1F44D}',
            '\u{2764}',
            '\u{1F1EB}',
            '\u{1F1F7}',
            'א',
            'ש',
            '\u{5F4}',
            '\u{5F3}',
            'ア',
            'ー',
            '\u{3099}',
            '゛',
            '天',
            'の',
            '々',
            'é',
            'Ж',
            'ก',
            '٣',
            '\u{2019}',
            '\u{2018}',
            '\u{B7}',
            '\u{2024}',
            '\u{FF0E}',
            '\u{FF0C}',
            '\u{FE52}',
            '\u{A0}',
            '\u{3000}',
            '\u{2003}',
            '\u{2028}',
            '\u{85}',
            '\u{B}',
            '\u{C}',
            '\u{FEFF}',
            '\u{1F3FB}',
            '\u{E0061}',
        ];

        /// The words as `unicode-segmentation` finds them from its tables alone, without
        /// its ASCII path: the boundaries, less the pieces without a letter or digit.
        fn from_the_tables(text: &str) -> Vec<(usize, &str)> {
            text.split_word_bound_indices()
                .filter(|(_, piece)| piece.chars().any(char::is_alphanumeric))
                .collect()
        }

        fn text_of(chars: &'static [char]) -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(chars), 0..64)
                .prop_map(|chars| chars.into_iter().collect())
        }

        /// Mostly the chars above, some of them any char at all.
        fn mixed_text() -> impl Strategy<Value = String> {
            let char = prop_oneof![
                4 => prop::sample::select(ASCII),
                3 => prop::sample::select(UNICODE),
                1 => any::<char>(),
            ];
            prop::collection::vec(char, 0..64).prop_map(|chars| chars.into_iter().collect())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4096))]

            #[test]
            fn ascii_words_are_those_of_the_unicode_tables(text in text_of(ASCII)) {
                let words: Vec<_> = word_indices(&text).collect();
                prop_assert_eq!(&words, &from_the_tables(&text));
                prop_assert_eq!(words, text.unicode_word_indices().collect::<Vec<_>>());
            }

            #[test]
            fn words_are_those_of_unicode_word_indices(text in mixed_text()) {
                let words: Vec<_> = word_indices(&text).collect();
                prop_assert_eq!(&words, &text.unicode_word_indices().collect::<Vec<_>>());
                prop_assert_eq!(words, from_the_tables(&text));
            }
        }
    }
}
