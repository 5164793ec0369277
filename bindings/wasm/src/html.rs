//! The bindings of the HTML module (`salient-summarizer/html`, the `html` feature): pages
//! read for their main content and summarized, as the Rust library does it.
//!
//! A page's result carries strings (the main text, title, byline and date) beside its
//! numbers, so it crosses as an object with getters rather than a bare array. Offsets are
//! UTF-16 code units: into the main text for the text's own offsets, into the HTML string
//! for the elements'.

use salient::html::{self, BlockKind};
use salient::Summarizer;
use wasm_bindgen::prelude::*;

use crate::{js_error, language_position, options};

/// Numbers per sentence of a page's summary: start, end, element start, element end, index,
/// score.
pub const PAGE_SUMMARY_STRIDE: usize = 6;
/// Numbers per block of a page: start, end, element start, element end, kind, level.
pub const PAGE_BLOCK_STRIDE: usize = 6;

/// A page read by [`extract_html`] or summarized by [`summarize_html`].
#[wasm_bindgen]
pub struct PageResult {
    text: String,
    title: Option<String>,
    byline: Option<String>,
    date: Option<String>,
    numbers: Vec<f64>,
}

#[wasm_bindgen]
impl PageResult {
    /// The main content's text.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// The page's title, if it has one.
    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.title.clone()
    }

    /// The author's name, where the page marks it.
    #[wasm_bindgen(getter)]
    pub fn byline(&self) -> Option<String> {
        self.byline.clone()
    }

    /// The date of publication, where the page marks it.
    #[wasm_bindgen(getter)]
    pub fn date(&self) -> Option<String> {
        self.date.clone()
    }

    /// For a summary: the language's position in `languages()` and the number of sentences
    /// of the main content, then [`PAGE_SUMMARY_STRIDE`] numbers per sentence. For a page:
    /// [`PAGE_BLOCK_STRIDE`] numbers per block.
    #[wasm_bindgen(getter)]
    pub fn numbers(&self) -> Vec<f64> {
        self.numbers.clone()
    }
}

/// The names of the block kinds, in the order their numbers count.
#[wasm_bindgen(js_name = blockKinds)]
pub fn block_kinds() -> Vec<String> {
    KINDS.iter().map(|(_, name)| (*name).to_string()).collect()
}

const KINDS: [(BlockKind, &str); 7] = [
    (BlockKind::Paragraph, "paragraph"),
    (BlockKind::Heading, "heading"),
    (BlockKind::ListItem, "list_item"),
    (BlockKind::Quote, "quote"),
    (BlockKind::Cell, "cell"),
    (BlockKind::Code, "code"),
    (BlockKind::Caption, "caption"),
];

/// Reads the page `page` for its main content.
#[wasm_bindgen(js_name = extractHtml)]
pub fn extract_html(page: &str) -> PageResult {
    let read = html::extract(page);
    let mut text_offsets = Utf16Table::new(
        &read.text,
        read.blocks.iter().flat_map(|b| [b.span.start, b.span.end]),
    );
    let mut html_offsets = Utf16Table::new(
        page,
        read.blocks
            .iter()
            .flat_map(|b| [b.element.start, b.element.end]),
    );
    let mut numbers = Vec::with_capacity(read.blocks.len() * PAGE_BLOCK_STRIDE);
    for block in &read.blocks {
        numbers.push(text_offsets.of(block.span.start));
        numbers.push(text_offsets.of(block.span.end));
        numbers.push(html_offsets.of(block.element.start));
        numbers.push(html_offsets.of(block.element.end));
        let kind = KINDS.iter().position(|(kind, _)| *kind == block.kind);
        numbers.push(kind.unwrap_or_default() as f64);
        numbers.push(f64::from(block.level));
    }
    PageResult {
        text: read.text,
        title: read.title,
        byline: read.byline,
        date: read.date,
        numbers,
    }
}

/// Summarizes the page `page` with the options given as `names`, `kinds`, `numbers` and
/// `strings`, as `summarize` takes them.
///
/// # Errors
///
/// The library's message when an option is invalid, as for `summarize`.
#[wasm_bindgen(js_name = summarizeHtml)]
pub fn summarize_html(
    page: &str,
    names: Vec<String>,
    kinds: &str,
    numbers: Vec<f64>,
    strings: Vec<String>,
) -> Result<PageResult, JsValue> {
    let summarizer =
        Summarizer::from_options(options(&names, kinds, &numbers, &strings)).map_err(js_error)?;
    let read = html::extract(page);
    let summary = summarizer.summarize_page(&read).map_err(js_error)?;
    let mut text_offsets = Utf16Table::new(
        &read.text,
        summary
            .sentences
            .iter()
            .flat_map(|s| [s.span.start, s.span.end]),
    );
    let mut html_offsets = Utf16Table::new(
        page,
        summary
            .sentences
            .iter()
            .flat_map(|s| [s.element.start, s.element.end]),
    );
    let mut result = Vec::with_capacity(2 + summary.len() * PAGE_SUMMARY_STRIDE);
    result.push(language_position(summary.language));
    result.push(summary.document_sentences as f64);
    for sentence in &summary.sentences {
        result.push(text_offsets.of(sentence.span.start));
        result.push(text_offsets.of(sentence.span.end));
        result.push(html_offsets.of(sentence.element.start));
        result.push(html_offsets.of(sentence.element.end));
        result.push(sentence.index as f64);
        result.push(sentence.score);
    }
    let (title, byline, date) = (read.title.clone(), read.byline.clone(), read.date.clone());
    Ok(PageResult {
        text: read.text,
        title,
        byline,
        date,
        numbers: result,
    })
}

/// UTF-16 offsets of a set of byte offsets into a text, found in one walk over the text
/// whatever their order (elements nest, so their ends do not come in order).
struct Utf16Table {
    bytes: Vec<usize>,
    units: Vec<f64>,
}

impl Utf16Table {
    fn new(text: &str, offsets: impl Iterator<Item = usize>) -> Self {
        let mut bytes: Vec<usize> = offsets.collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut units = Vec::with_capacity(bytes.len());
        let (mut byte, mut unit) = (0usize, 0usize);
        for &wanted in &bytes {
            let passed = text.get(byte..wanted).unwrap_or_default();
            unit += passed.chars().map(char::len_utf16).sum::<usize>();
            byte = byte.max(wanted);
            units.push(unit as f64);
        }
        Utf16Table { bytes, units }
    }

    fn of(&mut self, byte: usize) -> f64 {
        self.bytes
            .binary_search(&byte)
            .ok()
            .and_then(|index| self.units.get(index))
            .copied()
            .unwrap_or_default()
    }
}
