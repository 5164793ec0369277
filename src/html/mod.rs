//! Web pages: the main content of an HTML page, as text made of the page's own blocks, with
//! its title, byline and date; and summaries of it.
//!
//! ```
//! use salient::{html, Length, Summarizer};
//!
//! let page = html::extract(
//!     "<!doctype html><title>Harbor opens | Bay News</title>\
//!      <nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>\
//!      <article><h1>Harbor opens</h1>\
//!      <p>The new harbor opened on Monday after six years of building work.</p>\
//!      <p>Fishing boats were the first to moor at the new quay, the mayor said.</p>\
//!      </article><footer>© Bay News</footer>",
//! );
//! assert_eq!(page.title.as_deref(), Some("Harbor opens | Bay News"));
//! assert!(page.text.starts_with("Harbor opens\n\nThe new harbor opened"));
//! assert!(!page.text.contains("Sport"));
//!
//! let summary = Summarizer::new().length(Length::Sentences(1)).summarize_page(&page)?;
//! let sentence = &summary.sentences[0];
//! assert_eq!(&page.text[sentence.span.clone()], sentence.text);
//! // The element the sentence came from, in the HTML.
//! assert!(page.html_len > sentence.element.end);
//! # Ok::<(), salient::Error>(())
//! ```
//!
//! Reading a page never fails and never panics: any string is a page, though one without
//! text gives an empty [`Page::text`]. The cost is linear in the page's length, whatever
//! its nesting.

mod content;
mod hints;
mod metadata;
mod parse;
mod raw_text;
mod summarize;
mod tags;

use std::ops::Range;

use serde::Serialize;

pub use summarize::{PageSentence, PageSummary};

/// What a block of a page's main content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph of text (`<p>`, or text in any other block-level element).
    Paragraph,
    /// A heading, `<h1>` to `<h6>`.
    Heading,
    /// An item of a list (`<li>`, `<dt>`, `<dd>`).
    ListItem,
    /// A block quote.
    Quote,
    /// A table cell.
    Cell,
    /// Preformatted text or code (`<pre>`).
    Code,
    /// A caption of a figure or table.
    Caption,
}

/// A block of a page's main content.
///
/// Serialized as `{"start", "end", "element_start", "element_end", "kind", "level"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Its text: byte offsets into [`Page::text`].
    pub span: Range<usize>,
    /// The element it came from: byte offsets into the HTML, from the `<` of its start
    /// tag to the `>` of its end tag (or to where the element ended, for one without).
    pub element: Range<usize>,
    /// What it is.
    pub kind: BlockKind,
    /// A heading's level, 1 to 6; 0 for other blocks.
    pub level: u8,
}

impl Serialize for Block {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut block = serializer.serialize_struct("Block", 6)?;
        block.serialize_field("start", &self.span.start)?;
        block.serialize_field("end", &self.span.end)?;
        block.serialize_field("element_start", &self.element.start)?;
        block.serialize_field("element_end", &self.element.end)?;
        block.serialize_field("kind", &self.kind)?;
        block.serialize_field("level", &self.level)?;
        block.end()
    }
}

/// The main content of a web page, with what the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// The main content's text: its blocks, separated by blank lines, with whitespace
    /// collapsed as a browser shows it (kept in preformatted text), entities decoded, and
    /// a line break for each `<br>`.
    pub text: String,
    /// The page's title, from its structured data, `<meta>` elements or `<title>`.
    pub title: Option<String>,
    /// The author's name, where the page marks it.
    pub byline: Option<String>,
    /// The date of publication, as the page writes it (often ISO 8601), where it marks one.
    pub date: Option<String>,
    /// The blocks of [`Page::text`], in order.
    pub blocks: Vec<Block>,
    /// The length of the HTML the page was read from, in bytes.
    #[serde(skip)]
    pub html_len: usize,
}

/// Reads the HTML page `html` for its main content: the article's headings, paragraphs,
/// lists, quotes, tables and code, without the page's navigation, sidebars, footers,
/// comments, share buttons and related links; and its title, byline and date.
///
/// Any string is accepted; text that is not HTML is read as a page with that text.
pub fn extract(html: &str) -> Page {
    let document = parse::parse(html);
    let metadata = metadata::metadata(&document.marks);
    let mut text = String::new();
    let mut blocks = Vec::new();
    for index in content::main_content(&document) {
        let Some(block) = document.blocks.get(index) else {
            continue;
        };
        let Some(block_text) = document.text.get(block.text.clone()) else {
            continue;
        };
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(block_text);
        let element = document
            .elements
            .get(block.element)
            .map_or(0..0, |element| element.span.clone());
        let (kind, level) = match block.kind {
            parse::Kind::Paragraph => (BlockKind::Paragraph, 0),
            parse::Kind::Heading(level) => (BlockKind::Heading, level),
            parse::Kind::ListItem => (BlockKind::ListItem, 0),
            parse::Kind::Quote => (BlockKind::Quote, 0),
            parse::Kind::Cell => (BlockKind::Cell, 0),
            parse::Kind::Code => (BlockKind::Code, 0),
            parse::Kind::Caption => (BlockKind::Caption, 0),
        };
        blocks.push(Block {
            span: start..text.len(),
            element,
            kind,
            level,
        });
    }
    Page {
        text,
        title: metadata.title,
        byline: metadata.byline,
        date: metadata.date,
        blocks,
        html_len: html.len(),
    }
}

/// Whether `text` looks like an HTML page rather than plain text: it opens (after
/// whitespace and comments) with `<!doctype html>`, `<html>`, `<head>` or `<body>`, or it
/// opens with a tag and is dense with tags, as pages and fragments of them are.
///
/// ```
/// assert!(salient::html::is_html("<!DOCTYPE html><p>Hi</p>"));
/// assert!(salient::html::is_html("<div><p>One.</p><p>Two.</p><p>Three.</p></div>"));
/// assert!(!salient::html::is_html("A sentence about <b> tags."));
/// ```
pub fn is_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    while let Some(comment) = rest.strip_prefix("<!--") {
        let Some(end) = comment.find("-->") else {
            return false;
        };
        rest = comment[end + 3..].trim_start();
    }
    let head: String = rest
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["<!doctype html", "<html", "<head", "<body", "<?xml"]
        .iter()
        .any(|start| head.starts_with(start))
    {
        return true;
    }
    if !head.starts_with('<') || !head[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    // Tag-dense: at least one end tag in every 200 bytes of the opening 8 KB.
    let mut end = rest.len().min(8192);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let window = &rest[..end];
    let end_tags = window.matches("</").count();
    end_tags >= 3 && end_tags * 200 >= window.len()
}
