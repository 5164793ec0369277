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

use unicode_segmentation::{UnicodeSegmentation, UnicodeWordIndices};

/// The words of `text` with their byte offsets, in order.
pub(crate) fn word_indices(text: &str) -> UnicodeWordIndices<'_> {
    text.unicode_word_indices()
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
    fn offsets_point_at_the_words() {
        let text = "  Hi, 世界 x.y ";
        assert_eq!(
            word_indices(text).collect::<Vec<_>>(),
            [(2, "Hi"), (6, "世"), (9, "界"), (13, "x.y")]
        );
        assert_eq!(word_count(text), 4);
        assert_eq!(word_count(""), 0);
    }
}
