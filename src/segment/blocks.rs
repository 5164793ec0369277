//! The summarizer's view of a split text: its sentences (fragments left out), grouped into
//! the blocks of the page they stand in, each knowing whether it leans on the one before.

use super::{split_sentences, Segment, SegmentKind};
use crate::language::Language;
use crate::read::conversation::{self, ends_sentence};
use crate::read::{BlockKind, Format, Reading};

/// A text's sentences, each with the block of the page it stands in.
#[derive(Debug, Clone)]
pub struct Segmented<'a> {
    pub(crate) language: Language,
    /// The format the text was read as.
    pub(crate) format: Format,
    pub(crate) sentences: Vec<Segment<'a>>,
    /// Each sentence's block: two or more fragments in a row (a title and a byline, a list
    /// of links) start a new block, while a single heading between two sentences goes on
    /// with the same text; Markdown and e-mail are one block. Non-decreasing.
    pub(crate) blocks: Vec<usize>,
    /// Whether each sentence opens by leaning on the one before it ("He said", "However"),
    /// so that it reads as if something were missing without that sentence.
    pub(crate) leans_back: Vec<bool>,
    /// Whether each sentence is another writer's words (a block quote, quoted e-mail, an
    /// earlier message), which count only when the text's own sentences are too few.
    pub(crate) quoted: Vec<bool>,
    /// In a conversation, who said each sentence, when its turn names a speaker: a slice of
    /// the input. Empty for other texts.
    pub(crate) speakers: Vec<Option<&'a str>>,
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

    /// In a conversation, who said sentence `index` (an index into
    /// [`Segmented::sentences`]), when its turn names a speaker.
    pub fn speaker(&self, index: usize) -> Option<&'a str> {
        self.speakers.get(index).copied().flatten()
    }
}

/// Splits the blocks of `reading` into sentences with `language` (detected when
/// [`Language::Auto`]) and groups them into the blocks of the page.
pub(crate) fn segment<'a>(reading: &Reading<'a>, language: Language) -> Segmented<'a> {
    let text = reading.text;
    let language = language.resolve(text);
    let pieces = pieces(reading, language);
    // Reserved to their sizes: on a long text the sentences are a large share of the
    // memory, and a vector grown by doubling holds up to twice what it needs.
    let count = pieces
        .iter()
        .filter(|(segment, _)| segment.kind == SegmentKind::Sentence)
        .count();
    let mut sentences = Vec::with_capacity(count);
    let mut blocks = Vec::with_capacity(count);
    let mut block = 0;
    let mut quoted = Vec::with_capacity(count);
    let mut fragments_since_sentence = 0;
    let announced = reading.format != Format::Text;
    for (segment, is_quoted) in pieces {
        match segment.kind {
            SegmentKind::Fragment => fragments_since_sentence += 1,
            SegmentKind::Sentence => {
                // Pasted text may hold a page's other texts between runs of fragments;
                // a document that announces its structure is one text, whose headings
                // open its sections.
                if fragments_since_sentence >= 2 && !sentences.is_empty() && !announced {
                    block += 1;
                }
                fragments_since_sentence = 0;
                blocks.push(block);
                sentences.push(segment);
                quoted.push(is_quoted);
            }
        }
    }
    let leans_back = sentences
        .iter()
        .map(|sentence| language.opens_with_back_reference(sentence.text))
        .collect();
    let speakers = if cfg!(feature = "conversation") && reading.format == Format::Conversation {
        speakers_of(reading, &sentences)
    } else {
        Vec::new()
    };
    Segmented {
        language,
        format: reading.format,
        sentences,
        blocks,
        leans_back,
        quoted,
        speakers,
    }
}

/// Who said each of `sentences`: the speaker of the turn the sentence starts in.
fn speakers_of<'a>(reading: &Reading<'a>, sentences: &[Segment<'a>]) -> Vec<Option<&'a str>> {
    let blocks = &reading.blocks;
    let mut block = 0;
    sentences
        .iter()
        .map(|sentence| {
            // Blocks and sentences are both in order: each block is passed once.
            while blocks
                .get(block + 1)
                .is_some_and(|next| next.span.start <= sentence.span.start)
            {
                block += 1;
            }
            match blocks.get(block)?.kind {
                BlockKind::Turn {
                    speaker: Some(speaker),
                    ..
                } => reading.text.get(speaker.start..speaker.end),
                _ => None,
            }
        })
        .collect()
}

/// The sentences and fragments of every block of `reading`, in order, as slices of its
/// text, each with whether it is another writer's words.
fn pieces<'a>(reading: &Reading<'a>, language: Language) -> Vec<(Segment<'a>, bool)> {
    let text = reading.text;
    let mut pieces: Vec<(Segment<'a>, bool)> = Vec::new();
    let mut paragraphs = 0;
    #[cfg(any(feature = "markdown", feature = "email"))]
    let mut after_structure = false;
    for block in &reading.blocks {
        let Some(block_text) = text.get(block.span.clone()) else {
            continue;
        };
        let first = pieces.len();
        #[cfg(any(feature = "markdown", feature = "email"))]
        let quoted = matches!(block.kind, BlockKind::Quote | BlockKind::History);
        #[cfg(all(feature = "html", not(any(feature = "markdown", feature = "email"))))]
        let quoted = false;
        match block.kind {
            BlockKind::Text => push_plain(&mut pieces, block_text, block, paragraphs, language),
            #[cfg(any(feature = "markdown", feature = "email"))]
            BlockKind::History => push_plain(&mut pieces, block_text, block, paragraphs, language),
            #[cfg(any(feature = "markdown", feature = "email"))]
            BlockKind::Prose | BlockKind::Quote => {
                let start = block.span.start;
                let mut segments = split_sentences(block_text, language).into_iter();
                let mut open: Option<Segment<'a>> = None;
                for segment in segments.by_ref() {
                    let segment = Segment {
                        span: shifted(&segment.span, start),
                        paragraph: paragraphs,
                        ..segment
                    };
                    // Line breaks in a paragraph are soft: a piece that ends without final
                    // punctuation runs on into the next.
                    let joined = match open.take() {
                        Some(before) => joined(text, &before, &segment),
                        None => segment,
                    };
                    if joined.kind == SegmentKind::Fragment {
                        open = Some(joined);
                    } else {
                        pieces.push((joined, quoted));
                    }
                }
                if let Some(last) = open {
                    pieces.push((last, quoted));
                }
                for (piece, _) in pieces.iter_mut().skip(first) {
                    if block.kind == BlockKind::Quote {
                        without_markers(text, piece);
                    }
                }
                // A paragraph that opens in lowercase right after code or a table goes on
                // with a sentence the structure interrupted: its first piece is no sentence.
                if after_structure {
                    if let Some((piece, _)) = pieces.get_mut(first) {
                        if piece.text.starts_with(char::is_lowercase) {
                            piece.kind = SegmentKind::Fragment;
                        }
                    }
                }
            }
            #[cfg(feature = "html")]
            BlockKind::Paragraph => {
                for segment in split_sentences(block_text, language) {
                    let segment = Segment {
                        span: shifted(&segment.span, block.span.start),
                        paragraph: paragraphs,
                        ..segment
                    };
                    pieces.push((segment, quoted));
                }
            }
            BlockKind::Turn { continues, .. } => {
                for (position, segment) in split_sentences(block_text, language)
                    .into_iter()
                    .enumerate()
                {
                    // Speech has no headings: every piece of a turn is a sentence.
                    let segment = Segment {
                        span: shifted(&segment.span, block.span.start),
                        paragraph: paragraphs,
                        kind: SegmentKind::Sentence,
                        ..segment
                    };
                    let Some(segment) = what_is_said(segment, language) else {
                        continue;
                    };
                    // A caption cue that goes on with a sentence the cue before left open.
                    if cfg!(feature = "conversation") && position == 0 && continues {
                        if let Some((before, _)) = pieces.last_mut() {
                            if !ends_sentence(before.text) {
                                *before = joined(text, before, &segment);
                                continue;
                            }
                        }
                    }
                    pieces.push((segment, false));
                }
            }
            #[cfg(any(feature = "markdown", feature = "email", feature = "html"))]
            BlockKind::Heading => push_fragment(&mut pieces, block_text, block, paragraphs, quoted),
            #[cfg(feature = "html")]
            BlockKind::Code => push_fragment(&mut pieces, block_text, block, paragraphs, quoted),
            BlockKind::Structure => {}
        }
        #[cfg(any(feature = "markdown", feature = "email"))]
        {
            after_structure = block.kind == BlockKind::Structure;
        }
        paragraphs = pieces[first..]
            .last()
            .map_or(paragraphs, |(last, _)| last.paragraph + 1);
    }
    pieces
}

/// `segment`, a sentence of a turn, as far as it says something (see
/// [`conversation::said`]); `None` if it is nothing but markup.
fn what_is_said(segment: Segment<'_>, language: Language) -> Option<Segment<'_>> {
    if !cfg!(feature = "conversation") {
        return Some(segment);
    }
    let said = conversation::said(segment.text, language);
    let text = segment
        .text
        .get(said.clone())
        .filter(|text| !text.is_empty())?;
    let start = segment.span.start + said.start;
    Some(Segment {
        text,
        span: start..start + text.len(),
        ..segment
    })
}

/// Pushes the whole of `block` (a heading, a code block) as one fragment.
#[cfg(any(feature = "markdown", feature = "email", feature = "html"))]
fn push_fragment<'a>(
    pieces: &mut Vec<(Segment<'a>, bool)>,
    block_text: &'a str,
    block: &crate::read::Block,
    paragraph: usize,
    quoted: bool,
) {
    let trimmed = block_text.trim();
    if !trimmed.is_empty() {
        let start = block.span.start + (block_text.len() - block_text.trim_start().len());
        pieces.push((
            Segment {
                text: trimmed,
                span: start..start + trimmed.len(),
                kind: SegmentKind::Fragment,
                paragraph,
            },
            quoted,
        ));
    }
}

/// The pieces of a block of plain text, split by the plain splitter.
fn push_plain<'a>(
    pieces: &mut Vec<(Segment<'a>, bool)>,
    block_text: &'a str,
    block: &crate::read::Block,
    paragraphs: usize,
    language: Language,
) {
    // Plain text is the writer's own; an earlier message of a thread is not.
    let quoted = block.kind != BlockKind::Text;
    for mut segment in split_sentences(block_text, language) {
        segment.span = shifted(&segment.span, block.span.start);
        segment.paragraph += paragraphs;
        pieces.push((segment, quoted));
    }
}

/// `span` moved by `offset` bytes.
fn shifted(span: &std::ops::Range<usize>, offset: usize) -> std::ops::Range<usize> {
    span.start + offset..span.end + offset
}

/// One piece from `before` to the end of `after`, which follows it in the same paragraph
/// with only whitespace between (or, in captions, the next cue's number and timing): a
/// sentence if `after` is one.
fn joined<'a>(text: &'a str, before: &Segment<'a>, after: &Segment<'a>) -> Segment<'a> {
    let span = before.span.start..after.span.end;
    match text.get(span.clone()) {
        Some(joined) => Segment {
            text: joined,
            span,
            kind: after.kind,
            paragraph: before.paragraph,
        },
        None => after.clone(),
    }
}

#[cfg(any(feature = "markdown", feature = "email"))]
/// Drops the `>` markers a quoted piece starts with, when they open its line, and makes a
/// fragment of a piece that still holds a marker at the start of one of its lines: its
/// text is no exact slice of what the writer wrote.
fn without_markers<'a>(text: &'a str, piece: &mut Segment<'a>) {
    // Only the spaces before the piece are looked at, so that many pieces on one long
    // line cost no more than the line.
    let opens_line = text.get(..piece.span.start).is_some_and(|before| {
        let before = before.trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with(['\n', '\r'])
    });
    if opens_line && piece.text.starts_with('>') {
        let rest = piece.text.trim_start_matches(['>', ' ', '\t']);
        let start = piece.span.end - rest.len();
        piece.text = rest;
        piece.span.start = start;
    }
    let marker_inside = piece
        .text
        .split(['\n', '\r'])
        .skip(1)
        .any(|line| line.trim_start().starts_with('>'));
    if marker_inside || piece.text.is_empty() {
        piece.kind = SegmentKind::Fragment;
    }
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

    #[cfg(feature = "markdown")]
    fn sentences_as(text: &str, format: Format) -> Vec<(&str, bool)> {
        let segmented = super::segment(&read(text, format), Language::English);
        segmented
            .sentences
            .iter()
            .zip(&segmented.quoted)
            .map(|(sentence, &quoted)| (sentence.text, quoted))
            .collect()
    }

    #[cfg(feature = "markdown")]
    #[test]
    fn markdown_line_breaks_are_soft_and_structure_holds_no_sentence() {
        let text = "# Strings\n\nA string holds text\nThat you can change. It grows.\n\n\
                    ```\nlet s = String::new(); // Not a sentence.\n```\n\n\
                    which is how you make one. Then push to it.\n\n| a. | b. |\n|---|---|\n";
        assert_eq!(
            sentences_as(text, Format::Markdown),
            [
                ("A string holds text\nThat you can change.", false),
                ("It grows.", false),
                ("Then push to it.", false),
            ]
        );
    }

    #[cfg(feature = "markdown")]
    #[test]
    fn quoted_sentences_never_hold_a_marker() {
        let text =
            "> One whole sentence.\n> Another one, which\n> runs on. Last.\n\nOwn words here.";
        assert_eq!(
            sentences_as(text, Format::Markdown),
            [
                ("One whole sentence.", true),
                ("Last.", true),
                ("Own words here.", false),
            ]
        );
    }

    #[test]
    fn back_references_are_marked() {
        let segmented = segment("The mayor spoke. However, nobody came.", Language::English);
        assert_eq!(segmented.leans_back, [false, true]);
    }
}
