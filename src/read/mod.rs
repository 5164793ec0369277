//! The read stage: the input's own structure, as blocks of text. What a block is decides how
//! the segment stage treats it: plain text is split into sentences and fragments as the
//! splitter finds them; a heading is a fragment; code, tables and other structure are never
//! sentences.
//!
//! Plain text is one block: the splitter already finds its paragraphs, titles and lists.
//! Formats that say plainly what is prose and what is not have readers of their own, each in
//! its own file, each giving blocks that are byte ranges of the input, so that every
//! sentence stays an exact slice of it.

pub(crate) mod conversation;
#[cfg(feature = "email")]
mod email;
#[cfg(feature = "markdown")]
mod markdown;
mod references;

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What kind of text the input is, which says how to read its structure.
///
/// [`Format::Auto`], the default, tells the format from the text itself and falls back to
/// [`Format::Text`], so that prose reads exactly as plain text: an e-mail by its headers,
/// attribution lines (`On … wrote:`) or forwarded-message separators, a conversation by its
/// speaker labels (three turns or more, a speaker speaking twice) or caption timings,
/// Markdown by markup that plain text hardly ever has (headings, code fences, tables,
/// links), seen twice.
///
/// ```
/// use salient::Format;
/// assert_eq!("text".parse::<Format>(), Ok(Format::Text));
/// assert_eq!(Format::Auto.resolve("Just a sentence."), Format::Text);
/// # #[cfg(feature = "conversation")] { // built with the feature (on by default)
/// let meeting = "Anna: Shall we start?\nBen: Yes.\nAnna: The budget first.";
/// assert_eq!(Format::Auto.resolve(meeting), Format::Conversation);
/// # }
/// # #[cfg(all(feature = "markdown", feature = "email"))] { // built with their features
/// let readme = "## Install\n\nRun `cargo add salient`.\n\n## Use\n\nSee [the guide](guide.md).";
/// assert_eq!(Format::Auto.resolve(readme), Format::Markdown);
/// assert_eq!(
///     Format::Auto.resolve("Yes.\n\nOn Monday, Sam wrote:\n> Are you coming?"),
///     Format::Email
/// );
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Format {
    /// Tell the format from the text.
    #[default]
    Auto,
    /// Plain text: paragraphs, titles and lists as the splitter finds them.
    Text,
    /// A conversation: a transcript of a meeting, call or interview (`Name: words`, a turn a
    /// line; `Dr. Name:`, `NAME:`, `#Person1#:`, `[00:12:03] Name:` and `Name (00:12):` too),
    /// a chat export (`[12:01] name: message`) or captions (WebVTT, SRT). Each turn is read
    /// apart, every piece of it a sentence, and each sentence knows its speaker
    /// ([`Sentence::speaker`](crate::Sentence::speaker)); labels, cue numbers and timings are
    /// structure that never counts as content, and so is markup such as `{vocalsound}`,
    /// `[laughter]` or `<i>`. A caption cue that does not finish its sentence goes on into
    /// the next one. A sentence is given out from what is said: the markup at its edges and
    /// the fillers that open it (`uh`, `um`, and `yeah`, `okay` and the like where a comma,
    /// a dash, dots or markup set them apart) stay outside its span.
    ///
    /// ```
    /// use salient::{Format, Length, Summarizer};
    ///
    /// # #[cfg(feature = "conversation")] { // built with the feature (on by default)
    /// let call = "Anna: Yeah , um {vocalsound} the venue is booked for May .\n\
    ///             Ben: Okay .\nAnna: Uh the catering needs a second quote .";
    /// let summary = Summarizer::new()
    ///     .format(Format::Conversation)
    ///     .length(Length::Sentences(2))
    ///     .summarize(call)?;
    /// let texts: Vec<&str> = summary.sentences.iter().map(|s| s.text).collect();
    /// assert_eq!(texts, ["the venue is booked for May .", "the catering needs a second quote ."]);
    /// # }
    /// # Ok::<(), salient::Error>(())
    /// ```
    Conversation,
    /// Markdown (CommonMark with tables, task lists, footnotes and front matter): paragraphs
    /// and list items are prose, whose line breaks do not end sentences; headings are
    /// fragments; code, tables, HTML, front matter, link definitions and rows of badges are
    /// never sentences; block quotes count only when the rest is too short to summarize.
    /// Built with the `markdown` feature (on by default).
    #[cfg(feature = "markdown")]
    Markdown,
    /// An e-mail, with the thread it answers: the new message is the text; quoted lines and
    /// earlier messages count only when it is too short to summarize; headers, attribution
    /// lines, signatures and legal footers are never sentences. Built with the `email`
    /// feature (on by default).
    #[cfg(feature = "email")]
    Email,
    /// An HTML page, read for its main content by
    /// [`Summarizer::summarize_page`](crate::Summarizer::summarize_page) after
    /// [`html::extract`](crate::html::extract). [`Format::Auto`] never resolves to it, so
    /// that [`Summarizer::summarize`](crate::Summarizer::summarize), whose sentences are
    /// slices of its input, reads every text as it did; asking it for this format is an
    /// error that says where to go instead.
    #[cfg(feature = "html")]
    Html,
}

impl Format {
    /// Every format a text can be read as ([`Format::Auto`] is not one), in the order help
    /// texts list them.
    pub const ALL: &'static [Format] = &[
        Format::Text,
        #[cfg(feature = "conversation")]
        Format::Conversation,
        #[cfg(feature = "markdown")]
        Format::Markdown,
        #[cfg(feature = "email")]
        Format::Email,
        #[cfg(feature = "html")]
        Format::Html,
    ];

    /// The name used on the command line and in JSON, e.g. `"text"`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::Conversation => "conversation",
            #[cfg(feature = "markdown")]
            Format::Markdown => "markdown",
            #[cfg(feature = "email")]
            Format::Email => "email",
            #[cfg(feature = "html")]
            Format::Html => "html",
        }
    }

    /// This format, or the one `text` is written in for [`Format::Auto`].
    pub fn resolve(self, text: &str) -> Format {
        match self {
            Format::Auto => detect(text),
            format => format,
        }
    }
}

/// The format `text` is written in. E-mail first: its quoted lines would read as
/// Markdown's block quotes, and its headers as speaker labels.
fn detect(text: &str) -> Format {
    #[cfg(feature = "email")]
    if email::detect(text) {
        return Format::Email;
    }
    #[cfg(feature = "conversation")]
    if conversation::detect(text) {
        return Format::Conversation;
    }
    #[cfg(feature = "markdown")]
    if markdown::detect(text) {
        return Format::Markdown;
    }
    let _ = text;
    Format::Text
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    /// Parses a format's name, or `"auto"`, in any case.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let wanted = name.trim();
        std::iter::once(Format::Auto)
            .chain(Format::ALL.iter().copied())
            .find(|format| wanted.eq_ignore_ascii_case(format.name()))
            .ok_or_else(|| {
                // Pushed name by name: `join` is the only caller of the standard library's
                // generic joining code in the WebAssembly module.
                let mut known = String::new();
                for format in std::iter::once(Format::Auto).chain(Format::ALL.iter().copied()) {
                    if !known.is_empty() {
                        known.push_str(", ");
                    }
                    known.push_str(format.name());
                }
                // Formats that a build may leave out, by their Cargo features.
                match ["markdown", "email", "conversation"]
                    .into_iter()
                    .find(|format| wanted.eq_ignore_ascii_case(format))
                {
                    Some(format) => Error::FormatNotBuilt {
                        name: format.to_string(),
                        known,
                    },
                    None => Error::UnknownFormat {
                        name: name.to_string(),
                        known,
                    },
                }
            })
    }
}

/// What a block of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// Text to split as plain text: sentences, and fragments where lines are not sentences.
    Text,
    /// A paragraph whose line breaks are soft (Markdown's): a line without final
    /// punctuation runs on into the next.
    #[cfg(any(feature = "markdown", feature = "email"))]
    Prose,
    /// A paragraph of another writer's words (a block quote, quoted e-mail), whose lines
    /// may start with `>` markers: split as prose; a sentence with a marker inside is a
    /// fragment, and the sentences count only when the text's own are too few.
    #[cfg(any(feature = "markdown", feature = "email"))]
    Quote,
    /// An earlier message of an e-mail thread, quoted without markers: plain text whose
    /// sentences count only when the text's own are too few.
    #[cfg(any(feature = "markdown", feature = "email"))]
    #[cfg_attr(not(feature = "email"), allow(dead_code))] // only e-mail threads have one
    History,
    /// One paragraph, known to be one (a page's `<p>`, list item or table cell): its
    /// sentences, and fragments where lines are not sentences.
    #[cfg(feature = "html")]
    Paragraph,
    /// A heading: one fragment.
    #[cfg(any(feature = "markdown", feature = "email", feature = "html"))]
    Heading,
    /// Code or other preformatted text of a page: one fragment, never sentences.
    #[cfg(feature = "html")]
    Code,
    /// Code, a table, HTML, headers, a signature: no sentences, and none runs across it.
    Structure,
    /// A turn of a conversation, its label left out: every piece of it is a sentence, as
    /// speech has no headings.
    Turn {
        /// Where the speaker's name stands, when the turn names one.
        speaker: Option<conversation::SpeakerSpan>,
        /// Whether the turn may finish a sentence that the turn before it left unfinished
        /// (a caption cue that goes on with the last one).
        continues: bool,
    },
}

/// A block of the input: a byte range of it, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) span: Range<usize>,
    pub(crate) kind: BlockKind,
}

/// An input read for its structure.
#[derive(Debug, Clone)]
pub struct Reading<'a> {
    pub(crate) text: &'a str,
    /// The format it was read as (never [`Format::Auto`]). Read by the `stages` feature's
    /// inspection only.
    #[cfg_attr(not(feature = "stages"), allow(dead_code))]
    pub(crate) format: Format,
    /// Its blocks, in order, without overlap.
    pub(crate) blocks: Vec<Block>,
}

/// Reads `text` as `format` (told from the text for [`Format::Auto`]).
pub(crate) fn read(text: &str, format: Format) -> Reading<'_> {
    let format = format.resolve(text);
    let blocks = match format {
        Format::Auto | Format::Text => references::plain_text(text),
        #[cfg(feature = "conversation")]
        Format::Conversation => conversation::read(text),
        // Never given without the feature: the name does not parse and detection skips it.
        #[cfg(not(feature = "conversation"))]
        Format::Conversation => references::plain_text(text),
        #[cfg(feature = "markdown")]
        Format::Markdown => markdown::read(text),
        #[cfg(feature = "email")]
        Format::Email => email::read(text),
        // A page given as text is read as text; its own reader is `html::extract`.
        #[cfg(feature = "html")]
        Format::Html => references::plain_text(text),
    };
    Reading {
        text,
        format,
        blocks,
    }
}

impl<'a> Reading<'a> {
    /// A reading whose blocks are already known, as a reader of another kind found them:
    /// byte ranges of `text`, in order, without overlap.
    #[cfg(feature = "html")]
    pub(crate) fn from_blocks(text: &'a str, format: Format, blocks: Vec<Block>) -> Self {
        Reading {
            text,
            format,
            blocks,
        }
    }
}

// Inspection only: the pipeline itself reads the fields.
#[cfg(feature = "stages")]
impl Reading<'_> {
    /// The format the text was read as (never [`Format::Auto`]).
    pub fn format(&self) -> Format {
        self.format
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_one_block() {
        let reading = read("Title\n\nA sentence. Another.", Format::Auto);
        assert_eq!(reading.format, Format::Text);
        assert_eq!(
            reading.blocks,
            [Block {
                span: 0..27,
                kind: BlockKind::Text
            }]
        );
    }

    #[test]
    fn names_round_trip_and_unknown_ones_are_explained() {
        for &format in Format::ALL {
            assert_eq!(format.name().parse(), Ok(format));
        }
        assert_eq!(" AUTO ".parse(), Ok(Format::Auto));
        let error = "pdf".parse::<Format>().unwrap_err().to_string();
        let mut known = vec!["auto", "text"];
        if cfg!(feature = "conversation") {
            known.push("conversation");
        }
        if cfg!(feature = "markdown") {
            known.push("markdown");
        }
        if cfg!(feature = "email") {
            known.push("email");
        }
        if cfg!(feature = "html") {
            known.push("html");
        }
        assert_eq!(
            error,
            format!("unknown format \"pdf\": use one of {}", known.join(", "))
        );
    }
}
