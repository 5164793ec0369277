//! One summary of many documents, for `summarizeDocuments` in `pkg/api.js`.

use salient::Summarizer;
use wasm_bindgen::prelude::*;

use crate::{format_position, js_error, language_position, options, Utf16Offsets};

/// Numbers per document in the result of [`summarize_documents`]: the language's position
/// in [`languages`](crate::languages), the format's in [`formats`](crate::formats), and how
/// many sentences the document has.
pub const DOCUMENT_STRIDE: usize = 3;

/// Numbers per sentence in the result of [`summarize_documents`]: document, start, end,
/// index, score.
pub const COLLECTION_SENTENCE_STRIDE: usize = 5;

/// Summarizes `documents` as one collection with the options given as `names`, `kinds`,
/// `numbers` and `strings` (see the crate's documentation). Returns the number of documents
/// and of their sentences in all, whether the query matched (1 if it did, 0 if not, -1
/// without a query), [`DOCUMENT_STRIDE`] numbers per document, then
/// [`COLLECTION_SENTENCE_STRIDE`] per chosen sentence: its document's index, its start and
/// end in UTF-16 code units of that document, its index among the document's sentences, and
/// its score.
///
/// # Errors
///
/// The library's message when an option is invalid, as for [`summarize`](crate::summarize).
#[wasm_bindgen(js_name = summarizeDocuments)]
pub fn summarize_documents(
    documents: Vec<String>,
    names: Vec<String>,
    kinds: &str,
    numbers: Vec<f64>,
    strings: Vec<String>,
) -> Result<Vec<f64>, JsValue> {
    let summarizer =
        Summarizer::from_options(options(&names, kinds, &numbers, &strings)).map_err(js_error)?;
    let summary = summarizer
        .summarize_documents(&documents)
        .map_err(js_error)?;
    let mut result = Vec::with_capacity(
        3 + summary.documents.len() * DOCUMENT_STRIDE + summary.len() * COLLECTION_SENTENCE_STRIDE,
    );
    result.push(summary.documents.len() as f64);
    result.push(summary.document_sentences() as f64);
    result.push(match summary.query_matched {
        Some(true) => 1.0,
        Some(false) => 0.0,
        None => -1.0,
    });
    for document in &summary.documents {
        result.push(language_position(document.language));
        result.push(format_position(document.format));
        result.push(document.document_sentences as f64);
    }
    // Sentences come by document, then position: one walk through each document.
    let mut offsets: Option<(usize, Utf16Offsets<'_>)> = None;
    for sentence in &summary.sentences {
        let document = sentence.document;
        let walk = match &mut offsets {
            Some((current, walk)) if *current == document => walk,
            _ => {
                let text = documents.get(document).map_or("", String::as_str);
                &mut offsets.insert((document, Utf16Offsets::new(text))).1
            }
        };
        result.push(document as f64);
        result.push(walk.of(sentence.span.start));
        result.push(walk.of(sentence.span.end));
        result.push(sentence.index as f64);
        result.push(sentence.score);
    }
    Ok(result)
}
