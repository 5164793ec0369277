//! Summaries of pages: the pipeline run on a page's main content, with its blocks known
//! rather than guessed, and each sentence traced back to the element it came from.

use std::fmt;
use std::ops::Range;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{BlockKind, Page};
use crate::error::Error;
use crate::language::Language;
use crate::read::{Block, BlockKind as ReadKind, Format, Reading};
use crate::stages;
use crate::summarizer::Summarizer;

/// A summary of a page: sentences of its main content ([`Page::text`]) in document order.
///
/// Serialized as a [`Summary`](crate::Summary) is, each sentence with the byte range of
/// its element in the HTML (`element_start`, `element_end`), and the page's `title`,
/// `byline`, `date` and `main_text` (the text the sentences' offsets point into):
/// `{"text", "sentences": [{"text", "start", "end", "element_start", "element_end",
/// "index", "score"}], "language", "document_sentences", "title", "byline", "date",
/// "main_text"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSummary<'p> {
    /// The page summarized.
    pub page: &'p Page,
    /// The chosen sentences, in document order.
    pub sentences: Vec<PageSentence<'p>>,
    /// The language the page was read as.
    pub language: Language,
    /// How many sentences the main content has, fragments not counted.
    pub document_sentences: usize,
}

/// One sentence of a page's summary.
#[derive(Debug, Clone, PartialEq)]
pub struct PageSentence<'p> {
    /// The sentence, equal to `&page.text[span]`.
    pub text: &'p str,
    /// Byte offsets into [`Page::text`].
    pub span: Range<usize>,
    /// The byte range in the HTML of the element the sentence stands in (a paragraph, list
    /// item, quote, cell): from the `<` of its start tag to the `>` of its end tag.
    pub element: Range<usize>,
    /// The sentence's number among the main content's sentences, from 0.
    pub index: usize,
    /// Salience relative to the best sentence, in [0, 1].
    pub score: f64,
}

impl PageSummary<'_> {
    /// Whether no sentence was chosen.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The number of chosen sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }
}

impl fmt::Display for PageSummary<'_> {
    /// The sentences separated by single spaces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::summary::write_joined(f, self.sentences.iter().map(|sentence| sentence.text))
    }
}

impl Serialize for PageSentence<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut sentence = serializer.serialize_struct("PageSentence", 7)?;
        sentence.serialize_field("text", self.text)?;
        sentence.serialize_field("start", &self.span.start)?;
        sentence.serialize_field("end", &self.span.end)?;
        sentence.serialize_field("element_start", &self.element.start)?;
        sentence.serialize_field("element_end", &self.element.end)?;
        sentence.serialize_field("index", &self.index)?;
        sentence.serialize_field("score", &self.score)?;
        sentence.end()
    }
}

impl Serialize for PageSummary<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut summary = serializer.serialize_struct("PageSummary", 8)?;
        summary.serialize_field("text", &self.to_string())?;
        summary.serialize_field("sentences", &self.sentences)?;
        summary.serialize_field("language", &self.language)?;
        summary.serialize_field("document_sentences", &self.document_sentences)?;
        summary.serialize_field("title", &self.page.title)?;
        summary.serialize_field("byline", &self.page.byline)?;
        summary.serialize_field("date", &self.page.date)?;
        summary.serialize_field("main_text", &self.page.text)?;
        summary.end()
    }
}

impl Summarizer {
    /// Summarizes a page read by [`extract`](crate::html::extract): the most salient
    /// sentences of its main content within the length budget, in document order, each an
    /// exact slice of [`Page::text`] and traced to its element in the HTML.
    ///
    /// The page's blocks go to the pipeline as they are: a heading is never a sentence,
    /// preformatted text is never split, and each paragraph, list item, quote or cell is a
    /// paragraph of its own. The format option is not read.
    ///
    /// ```
    /// use salient::{html, Summarizer};
    ///
    /// let page = html::extract("<h2>Rain</h2><p>Rain fell all day. The river rose.</p>");
    /// let summary = Summarizer::new().summarize_page(&page)?;
    /// assert_eq!(summary.to_string(), "Rain fell all day. The river rose.");
    /// assert_eq!(summary.document_sentences, 2);
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error`] when an option is invalid, as for [`Summarizer::summarize`].
    pub fn summarize_page<'p>(&self, page: &'p Page) -> Result<PageSummary<'p>, Error> {
        self.validate()?;
        let blocks = page
            .blocks
            .iter()
            .map(|block| Block {
                span: block.span.clone(),
                kind: match block.kind {
                    BlockKind::Heading => ReadKind::Heading,
                    BlockKind::Code => ReadKind::Code,
                    _ => ReadKind::Paragraph,
                },
            })
            .collect();
        let reading = Reading::from_blocks(&page.text, Format::Html, blocks);
        let segmented = stages::segment(&reading, self.get_language());
        #[cfg_attr(not(feature = "query"), allow(unused_mut))]
        let mut tokenized = stages::tokenize(segmented);
        #[cfg(feature = "query")]
        if let Some(query) = self.get_query() {
            tokenized = stages::query(tokenized, query);
        }
        let represented = stages::represent(tokenized);
        let ranked = stages::rank(represented, self.get_algorithm(), self.get_profile());
        let summary = stages::select(&ranked, self.get_length(), self.get_redundancy());
        let sentences = summary
            .sentences
            .into_iter()
            .map(|sentence| {
                // The block holding the sentence: the last one starting at or before it.
                let block = page
                    .blocks
                    .partition_point(|block| block.span.start <= sentence.span.start);
                let element = block
                    .checked_sub(1)
                    .and_then(|block| page.blocks.get(block))
                    .map_or(0..0, |block| block.element.clone());
                PageSentence {
                    text: sentence.text,
                    span: sentence.span,
                    element,
                    index: sentence.index,
                    score: sentence.score,
                }
            })
            .collect();
        Ok(PageSummary {
            page,
            sentences,
            language: summary.language,
            document_sentences: summary.document_sentences,
        })
    }
}
