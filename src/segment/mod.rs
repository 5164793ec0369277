//! The sentence splitter: sentence boundaries as byte ranges into the input, and the
//! document's structure (paragraphs, and fragments such as titles, headings and link lists).
//!
//! One linear pass (`scanner.rs`) walks the text, keeps track of lines, blank lines, list
//! bullets and numbers, and at each `.`, `!`, `?`, `…`, the full stop of a script that has
//! its own (CJK `。`, Devanagari `।`, Ethiopic `።`, Myanmar `။`, Arabic `۔`, Armenian `։`)
//! or a semicolon asks `rules.rs` whether a sentence ends there. The rules know the
//! language's abbreviations and sentence openers (`src/language/`), initials, ordinals,
//! numbers, URLs and file names, ellipses, and quotes and brackets after the stop. A first
//! pass (`wrap.rs`) finds hard-wrapped paragraphs, whose line ends are no headings.

pub(crate) mod blocks;
mod chars;
mod enclosures;
mod prepass;
mod rules;
mod scanner;
mod wrap;
mod writing;

use std::ops::Range;

use serde::Serialize;

use crate::language::Language;

/// What a piece of text found by [`split_sentences`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// A full sentence: it ends with sentence-final punctuation.
    Sentence,
    /// A line that is not a sentence: a title, heading, date, caption, link or menu entry.
    /// Fragments never appear in a summary.
    Fragment,
}

/// A sentence or fragment of a text: an exact slice of the input, without surrounding
/// whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Segment<'a> {
    /// The text, equal to `&input[span]`.
    pub text: &'a str,
    /// Byte offsets into the input.
    #[serde(flatten)]
    pub span: Range<usize>,
    /// Sentence or fragment.
    pub kind: SegmentKind,
    /// The number of the paragraph (a block between blank lines) the segment stands in,
    /// counting from 0.
    pub paragraph: usize,
}

/// Splits `text` into sentences and fragments, in document order, with the rules of
/// `language` ([`Language::Auto`] detects it from the text).
///
/// Every non-whitespace character of `text` belongs to exactly one segment; segments never
/// overlap and carry no leading or trailing whitespace. A segment is a
/// [`SegmentKind::Sentence`] when it ends with sentence-final punctuation (possibly followed
/// by closing quotes or brackets), otherwise a [`SegmentKind::Fragment`]: a line without
/// such punctuation (a title, a date, a link) is a fragment of its own, unless the next line
/// of the paragraph starts with a lowercase letter, or the paragraph is hard-wrapped prose
/// (lines of one width, visibly cut inside sentences) and the line fills that width.
///
/// ```
/// use salient::{split_sentences, Language, SegmentKind};
///
/// let text = "Markets Today\nMr. Smith paid $1.16 in the U.S. for it. He left at 6 p.m.";
/// let segments = split_sentences(text, Language::English);
/// let pieces: Vec<_> = segments.iter().map(|s| (s.text, s.kind)).collect();
/// assert_eq!(
///     pieces,
///     [
///         ("Markets Today", SegmentKind::Fragment),
///         ("Mr. Smith paid $1.16 in the U.S. for it.", SegmentKind::Sentence),
///         ("He left at 6 p.m.", SegmentKind::Sentence),
///     ]
/// );
/// assert_eq!(segments[1].span, 14..54);
/// ```
pub fn split_sentences(text: &str, language: Language) -> Vec<Segment<'_>> {
    scanner::scan(text, &rules::Lexicon::of(language.resolve(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the contract of [`split_sentences`] on `text` and returns the pieces.
    fn check_contract(text: &str) -> Vec<Segment<'_>> {
        let segments = split_sentences(text, Language::English);
        let mut covered = 0;
        let mut paragraph = 0;
        for segment in &segments {
            assert_eq!(
                text.get(segment.span.clone()),
                Some(segment.text),
                "{text:?}"
            );
            assert!(
                segment.span.start >= covered,
                "overlap or disorder in {text:?}"
            );
            let gap = &text[covered..segment.span.start];
            assert!(
                gap.chars().all(char::is_whitespace),
                "{gap:?} dropped from {text:?}"
            );
            assert!(!segment.text.is_empty());
            assert!(
                !segment.text.starts_with(char::is_whitespace),
                "{segment:?}"
            );
            assert!(!segment.text.ends_with(char::is_whitespace), "{segment:?}");
            assert!(segment.paragraph >= paragraph);
            paragraph = segment.paragraph;
            let sentence = chars::ends_with_terminator(segment.text);
            assert_eq!(
                segment.kind == SegmentKind::Sentence,
                sentence,
                "{segment:?}"
            );
            covered = segment.span.end;
        }
        assert!(
            text[covered..].chars().all(char::is_whitespace),
            "tail dropped from {text:?}"
        );
        segments
    }

    #[test]
    fn empty_and_blank_texts_have_no_segments() {
        for text in ["", " ", "\n\n\r\n", "\u{a0}\u{2029}\t", "\u{3000}"] {
            assert!(check_contract(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn odd_characters_are_kept_whole() {
        for text in [
            "\u{feff}Hello. World",
            "\u{0}.\u{0}",
            "\u{301}. \u{301}",
            "שלום עולם. מה שלומך?",
            "Great 😀. Next 👍🏽!",
            "a\rb\r\nc\n\rd",
            "Ends with a stop.",
            "x.)))) y",
            ". . . . .",
            "[1] [2]. [3]",
            "1.",
            "a)",
            "• • •",
            "…",
            "?!",
        ] {
            check_contract(text);
        }
    }

    #[test]
    fn seeded_random_texts_keep_the_contract() {
        const PIECES: &[&str] = &[
            "a", "Mr", "U.S.", ".", "!", "?", "…", " ", " ", "\n", "\r", "\r\n", "\u{a0}",
            "\u{2029}", "。", "\"", "'", "”", "“", ")", "(", "[", "]", "1", "2.", "a.", "b.", "•",
            "⁃", "\u{0}", "\u{feff}", "\u{301}", "שלום", "😀", ":)", ". . .", "[1]", "e.g.", "Co.",
            "The", "he", "-", "’", "\t", "\u{85}", "\u{2028}", "\u{b}", "3.14", "I", "\n\n",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..3000 {
            let len = next() % 40;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            check_contract(&text);
        }
    }

    #[test]
    fn megabyte_texts_of_one_shape_finish() {
        let shapes = [
            "a", ".", ". ", "a. ", "A. ", "\n", "\r\n", " \n \n", "[1]", "1. ", "•", "…", "x.)",
            "“", "Mr. ", "e.g. ", ". . . ", "?", "a.b", "。", ":) ", "(", ")", "(a. ", "\"a! \"",
            "'' ", ",, ", "「", "! ", "? ", "x.[1] ", " . ", "i ", "« ", "Mr . ", "II. ", "6a.m. ",
            "a.B", "a.Bc", "I", "M", "ft. ", "«a! »", "(a. b) ", ";", "α; ", "കെ. ", "1 ", "1",
            "\"", "”", "“a” ",
        ];
        for shape in shapes {
            let text = shape.repeat(1_000_000 / shape.len());
            check_contract(&text);
        }
    }

    #[test]
    fn spans_are_byte_offsets_in_multibyte_text() {
        let text = "Café au lait. «Très bien.» Ça va?\n\nNächster Absatz…";
        let segments = check_contract(text);
        let found: Vec<_> = segments
            .iter()
            .map(|s| (s.text, s.span.clone(), s.kind, s.paragraph))
            .collect();
        assert_eq!(
            found,
            [
                ("Café au lait.", 0..14, SegmentKind::Sentence, 0),
                ("«Très bien.»", 15..30, SegmentKind::Sentence, 0),
                ("Ça va?", 31..38, SegmentKind::Sentence, 0),
                ("Nächster Absatz…", 40..59, SegmentKind::Sentence, 1),
            ]
        );
    }

    #[test]
    fn scraped_lines_become_fragments() {
        let text = "London Daily\n\nFriday, May 09, 2025\nChina's AI Race\nChina is \
                    focusing on AI.\nPhoto: Microsoft Bing\nRelated Articles";
        let kinds: Vec<_> = check_contract(text)
            .iter()
            .map(|s| (s.text, s.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("London Daily", SegmentKind::Fragment),
                ("Friday, May 09, 2025", SegmentKind::Fragment),
                ("China's AI Race", SegmentKind::Fragment),
                ("China is focusing on AI.", SegmentKind::Sentence),
                ("Photo: Microsoft Bing", SegmentKind::Fragment),
                ("Related Articles", SegmentKind::Fragment),
            ]
        );
    }
}
