//! What a summary is: sentences of the input with their places and scores. Every stage
//! works towards these types, and every face of salient (the command line's JSON, the npm
//! package, the Python package) gives them the same shape.

use std::fmt;
use std::ops::Range;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::language::Language;
use crate::read::Format;

/// A summary: sentences of the input in document order.
///
/// `Display` writes the sentences separated by single spaces. Serialized, a summary is
/// `{"text", "sentences": [{"text", "start", "end", "index", "score"}], "language",
/// "format", "document_sentences"}` (and `"query_matched"` with a query), where `text` is the `Display` form: the shape the command line's
/// `--json` and `--jsonl`, the npm package and the Python package all give. In a
/// conversation, each sentence whose turn names its speaker has a `"speaker"` too, and the
/// text names the speaker where the speaker changes (see `Display`).
///
/// ```
/// let summary = salient::summarize("Cats purr. Dogs bark loudly at night. Birds sing.", 1)?;
/// let json = serde_json::to_value(&summary).unwrap();
/// assert_eq!(json["text"], summary.to_string());
/// assert_eq!(json["sentences"][0]["start"], summary.sentences[0].span.start);
/// assert_eq!(json["language"], "en");
/// assert_eq!(json["format"], "text");
/// assert_eq!(json["document_sentences"], 3);
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'a> {
    /// The chosen sentences, in document order.
    pub sentences: Vec<Sentence<'a>>,
    /// The language the text was read as: the one asked for, or the one detected when
    /// [`Language::Auto`] was.
    pub language: Language,
    /// The format the text was read as: the one asked for, or the one detected when
    /// [`Format::Auto`] was.
    pub format: Format,
    /// How many sentences the document has, fragments not counted.
    pub document_sentences: usize,
    /// With a [query](crate::Summarizer::query): `Some(true)` when the summary answers it,
    /// `Some(false)` when no word of it (stop words and words that only frame a request
    /// aside) occurs in the text, so that the summary is the one without a query. `None`
    /// without a query; serialized as `"query_matched"` only with one.
    pub query_matched: Option<bool>,
}

impl Summary<'_> {
    /// Whether no sentence was chosen.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The number of chosen sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }
}

/// Writes `texts` separated by single spaces: how a summary's sentences read as one text.
pub(crate) fn write_joined<'t>(
    f: &mut fmt::Formatter<'_>,
    texts: impl Iterator<Item = &'t str>,
) -> fmt::Result {
    for (position, text) in texts.enumerate() {
        if position > 0 {
            f.write_str(" ")?;
        }
        f.write_str(text)?;
    }
    Ok(())
}

impl fmt::Display for Summary<'_> {
    /// The sentences separated by single spaces; in a conversation, a sentence whose
    /// speaker is not the one of the sentence before it opens with the speaker's name, as a
    /// transcript does (`Anna: We start. Ben: Fine.`), since who said what is half of what a
    /// conversation says.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut previous_speaker = None;
        for (position, sentence) in self.sentences.iter().enumerate() {
            if position > 0 {
                f.write_str(" ")?;
            }
            if let Some(speaker) = sentence.speaker {
                if previous_speaker != Some(speaker) {
                    write!(f, "{speaker}: ")?;
                }
            }
            previous_speaker = sentence.speaker;
            f.write_str(sentence.text)?;
        }
        Ok(())
    }
}

/// One sentence of a summary.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Sentence<'a> {
    /// The sentence, equal to `&input[span]`.
    pub text: &'a str,
    /// Byte offsets into the input; serialized as `start` and `end`.
    #[serde(flatten)]
    pub span: Range<usize>,
    /// The sentence's number among the document's sentences (fragments not counted), from 0.
    pub index: usize,
    /// Salience relative to the document's best sentence, in [0, 1].
    pub score: f64,
    /// Who said it, in a conversation whose turns name their speakers: the name in the
    /// turn's label (`"Anna"` for `Anna: We start.`), a slice of the input. `None` in other
    /// texts, and then not serialized.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<&'a str>,
}

impl Serialize for Summary<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = if self.query_matched.is_some() { 6 } else { 5 };
        let mut summary = serializer.serialize_struct("Summary", fields)?;
        summary.serialize_field("text", &self.to_string())?;
        summary.serialize_field("sentences", &self.sentences)?;
        summary.serialize_field("language", &self.language)?;
        summary.serialize_field("format", &self.format)?;
        summary.serialize_field("document_sentences", &self.document_sentences)?;
        if let Some(matched) = self.query_matched {
            summary.serialize_field("query_matched", &matched)?;
        }
        summary.end()
    }
}
