//! The sentence splitter: sentence boundaries as byte ranges into the input, and the
//! document's structure (paragraphs, and fragments such as titles, headings and link lists).

use std::ops::Range;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

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

/// Splits `text` into sentences and fragments, in document order.
///
/// Every non-whitespace character of `text` belongs to exactly one segment; segments never
/// overlap and carry no leading or trailing whitespace.
pub fn split_sentences(text: &str, language: Language) -> Vec<Segment<'_>> {
    let _ = language;
    let mut segments = Vec::new();
    let mut paragraph = 0;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let offset = line_start;
        line_start += line.len();
        if line.trim().is_empty() {
            paragraph += 1;
            continue;
        }
        for (start, sentence) in line.split_sentence_bound_indices() {
            let trimmed = sentence.trim();
            if trimmed.is_empty() {
                continue;
            }
            let leading = sentence.len() - sentence.trim_start().len();
            let begin = offset + start + leading;
            let end = begin + trimmed.len();
            let kind = if trimmed.ends_with(['.', '!', '?']) {
                SegmentKind::Sentence
            } else {
                SegmentKind::Fragment
            };
            segments.push(Segment {
                text: &text[begin..end],
                span: begin..end,
                kind,
                paragraph,
            });
        }
    }
    segments
}
