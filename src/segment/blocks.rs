//! The summarizer's view of a split text: its sentences (fragments left out), grouped into
//! the blocks of the page they stand in, each knowing whether it leans on the one before.

use super::{split_sentences, Segment, SegmentKind};
use crate::language::Language;
use crate::read::{BlockKind, Reading};

/// A text's sentences, each with the block of the page it stands in.
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    pub(crate) language: Language,
    pub(crate) sentences: Vec<Segment<'a>>,
    /// Each sentence's block: two or more fragments in a row (a title and a byline, a list
    /// of links) start a new block, while a single heading between two sentences goes on
    /// with the same text. Non-decreasing.
    pub(crate) blocks: Vec<usize>,
    /// Whether each sentence opens by leaning on the one before it ("He said", "However"),
    /// so that it reads as if something were missing without that sentence.
    pub(crate) leans_back: Vec<bool>,
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl<'a> Segmented<'a> {
    /// The language the text was split as (never [`Language::Auto`]).
    pub fn language(&self) -> Language {
        self.language
    }

    /// The sentences, in document order; fragments (titles, headings, link lines) are left
    /// out.
    pub fn sentences(&self) -> &[Segment<'a>] {
        &self.sentences
    }
}

/// Splits the blocks of `reading` into sentences with `language` (detected when
/// [`Language::Auto`]) and groups them into the blocks of the page.
pub(crate) fn segment<'a>(reading: &Reading<'a>, language: Language) -> Segmented<'a> {
    let text = reading.text;
    let language = language.resolve(text);
    let mut sentences = Vec::new();
    let mut blocks = Vec::new();
    let mut block = 0;
    let mut fragments_since_sentence = 0;
    for segment in pieces(reading, language) {
        match segment.kind {
            SegmentKind::Fragment => fragments_since_sentence += 1,
            SegmentKind::Sentence => {
                if fragments_since_sentence >= 2 && !sentences.is_empty() {
                    block += 1;
                }
                fragments_since_sentence = 0;
                blocks.push(block);
                sentences.push(segment);
            }
        }
    }
    let leans_back = sentences
        .iter()
        .map(|sentence| language.opens_with_back_reference(sentence.text))
        .collect();
    Segmented {
        language,
        sentences,
        blocks,
        leans_back,
    }
}

/// The sentences and fragments of every block of `reading`, in order, as slices of its text.
fn pieces<'a>(reading: &Reading<'a>, language: Language) -> Vec<Segment<'a>> {
    let text = reading.text;
    let mut pieces = Vec::new();
    let mut paragraphs = 0;
    for block in &reading.blocks {
        let Some(block_text) = text.get(block.span.clone()) else {
            continue;
        };
        match block.kind {
            BlockKind::Text => {
                let first = pieces.len();
                for mut segment in split_sentences(block_text, language) {
                    segment.span =
                        segment.span.start + block.span.start..segment.span.end + block.span.start;
                    segment.paragraph += paragraphs;
                    pieces.push(segment);
                }
                paragraphs = pieces[first..]
                    .last()
                    .map_or(paragraphs, |last| last.paragraph + 1);
            }
            #[cfg(feature = "html")]
            BlockKind::Paragraph => {
                for mut segment in split_sentences(block_text, language) {
                    segment.span =
                        segment.span.start + block.span.start..segment.span.end + block.span.start;
                    segment.paragraph = paragraphs;
                    pieces.push(segment);
                }
                paragraphs += 1;
            }
            #[cfg(feature = "html")]
            BlockKind::Heading | BlockKind::Code => {
                let trimmed = block_text.trim();
                if !trimmed.is_empty() {
                    let start =
                        block.span.start + (block_text.len() - block_text.trim_start().len());
                    pieces.push(Segment {
                        text: trimmed,
                        span: start..start + trimmed.len(),
                        kind: SegmentKind::Fragment,
                        paragraph: paragraphs,
                    });
                    paragraphs += 1;
                }
            }
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{read, Format};

    fn segment(text: &str, language: Language) -> Segmented<'_> {
        super::segment(&read(text, Format::Text), language)
    }

    #[test]
    fn two_fragments_in_a_row_start_a_block_and_one_does_not() {
        let text = "Title\nOne sentence here. Another one.\nA Heading\nThird sentence.\n\n\
                    Related\nMore links\nOther story starts. It goes on.";
        let segmented = segment(text, Language::English);
        assert_eq!(segmented.blocks, [0, 0, 0, 1, 1]);
        assert_eq!(segmented.sentences.len(), 5);
    }

    #[test]
    fn back_references_are_marked() {
        let segmented = segment("The mayor spoke. However, nobody came.", Language::English);
        assert_eq!(segmented.leans_back, [false, true]);
    }
}
