//! The JavaScript bindings of salient, compiled for `wasm32` only: the layer under the npm
//! package in `pkg/` (its `api.js` calls these functions).
//!
//! These functions only translate. Options cross as three parallel lists — their names,
//! a kind letter each (`n` number, `s` string, `o` anything else) and their values as
//! numbers or strings (for `o`, a description of the value) — and the Rust library reads
//! them with [`salient::Summarizer::from_options`], so its defaults, checks and messages are the
//! only ones.
//!
//! Results travel as flat `Float64Array`s of offsets rather than as objects holding the
//! sentences' text: the caller already has the input string, so slicing it costs nothing
//! and copies no text across the boundary. Offsets are in UTF-16 code units, the unit of
//! JavaScript strings, so that `input.slice(start, end)` is the sentence. (JavaScript hands
//! the input over as UTF-8 with each lone surrogate replaced by U+FFFD, which is one UTF-16
//! unit as well, so the offsets hold for such strings too.)
#![cfg(target_arch = "wasm32")]

#[cfg(feature = "markdown")]
use salient::KeyphraseExtractor;
use salient::{Algorithm, Format, Language, OptionValue, Profile, SegmentKind, Summarizer};

use wasm_bindgen::prelude::*;

/// talc rather than the standard library's dlmalloc: 6 KB less code in the module, and
/// faster on the package's work (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// Keyphrases and collections are in the second module alone, for the default one's size.
#[cfg(feature = "markdown")]
mod collection;
#[cfg(feature = "html")]
mod html;

/// Numbers per sentence in the result of [`summarize`]: start, end, index, score, and the
/// start and end of its speaker's name (-1 and -1 when it has none).
pub const SUMMARY_STRIDE: usize = 6;

/// Numbers per segment in the result of [`split_sentences`]: start, end, kind, paragraph.
pub const SEGMENT_STRIDE: usize = 4;

/// Numbers before the sentences in the result of [`summarize`]: the language's position in
/// [`languages`], the format's position in [`formats`], how many sentences the document
/// has, and whether the query matched: 1 if it did, 0 if not (the summary is the one
/// without a query), -1 without a query.
pub const SUMMARY_HEADER: usize = 4;

/// Numbers before the segments in the result of [`split_sentences`]: the language's
/// position in [`languages`].
pub const SPLIT_HEADER: usize = 1;

/// Summarizes `text` with the options given as `names`, `kinds`, `numbers` and `strings`
/// (see the module's documentation). Returns [`SUMMARY_HEADER`] numbers, then
/// [`SUMMARY_STRIDE`] per chosen sentence: its start and end in UTF-16 code units, its index
/// among the document's sentences, its score, and where its speaker's name stands in a
/// conversation (-1, -1 elsewhere).
///
/// # Errors
///
/// The library's message when an option is invalid, as a `TypeError` for a value of the
/// wrong type, a `RangeError` for a number out of range, or an `Error`.
#[wasm_bindgen]
pub fn summarize(
    text: &str,
    names: Vec<String>,
    kinds: &str,
    numbers: Vec<f64>,
    strings: Vec<String>,
) -> Result<Vec<f64>, JsValue> {
    let summarizer =
        Summarizer::from_options(options(&names, kinds, &numbers, &strings)).map_err(js_error)?;
    let summary = summarizer.summarize(text).map_err(js_error)?;
    let mut offsets = Utf16Offsets::new(text);
    // Speakers' names stand before their sentences, in order too: a walker of their own
    // keeps both walks linear.
    let mut speaker_offsets = Utf16Offsets::new(text);
    let mut result = Vec::with_capacity(SUMMARY_HEADER + summary.len() * SUMMARY_STRIDE);
    result.push(language_position(summary.language));
    result.push(format_position(summary.format));
    result.push(summary.document_sentences as f64);
    result.push(match summary.query_matched {
        Some(true) => 1.0,
        Some(false) => 0.0,
        None => -1.0,
    });
    for sentence in &summary.sentences {
        result.push(offsets.of(sentence.span.start));
        result.push(offsets.of(sentence.span.end));
        result.push(sentence.index as f64);
        result.push(sentence.score);
        match sentence.speaker.and_then(|speaker| span_in(text, speaker)) {
            Some((start, end)) => {
                result.push(speaker_offsets.of(start));
                result.push(speaker_offsets.of(end));
            }
            None => result.extend([-1.0, -1.0]),
        }
    }
    Ok(result)
}

/// Where `part`, a slice of `text`, stands in it, as byte offsets.
fn span_in(text: &str, part: &str) -> Option<(usize, usize)> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = start.checked_add(part.len())?;
    (end <= text.len()).then_some((start, end))
}

/// Splits `text` into sentences and fragments with the options given as `names`, `kinds`,
/// `numbers` and `strings`. Returns [`SPLIT_HEADER`] numbers, then [`SEGMENT_STRIDE`] per
/// piece: its start and end in UTF-16 code units, 1 for a sentence or 0 for a fragment, and
/// its paragraph.
///
/// # Errors
///
/// The library's message when an option is invalid, as for [`summarize`].
#[wasm_bindgen(js_name = splitSentences)]
pub fn split_sentences(
    text: &str,
    names: Vec<String>,
    kinds: &str,
    numbers: Vec<f64>,
    strings: Vec<String>,
) -> Result<Vec<f64>, JsValue> {
    let language = Language::from_options(options(&names, kinds, &numbers, &strings))
        .map_err(js_error)?
        .resolve(text);
    let segments = salient::split_sentences(text, language);
    let mut offsets = Utf16Offsets::new(text);
    let mut result = Vec::with_capacity(SPLIT_HEADER + segments.len() * SEGMENT_STRIDE);
    result.push(language_position(language));
    for segment in &segments {
        result.push(offsets.of(segment.span.start));
        result.push(offsets.of(segment.span.end));
        result.push(f64::from(u8::from(segment.kind == SegmentKind::Sentence)));
        result.push(segment.paragraph as f64);
    }
    Ok(result)
}

/// Numbers before the keyphrases in the result of [`keyphrases`]: the language's position
/// in [`languages`].
#[cfg(feature = "markdown")]
pub const KEYPHRASES_HEADER: usize = 1;

/// The keyphrases of `text`, best first, with the options given as `names`, `kinds`,
/// `numbers` and `strings`. Returns [`KEYPHRASES_HEADER`] numbers, then for each phrase its
/// score, the start and end of its text, the number of its occurrences, and each
/// occurrence's start and end: offsets in UTF-16 code units.
///
/// # Errors
///
/// The library's message when an option is invalid, as for [`summarize`].
#[cfg(feature = "markdown")]
#[wasm_bindgen]
pub fn keyphrases(
    text: &str,
    names: Vec<String>,
    kinds: &str,
    numbers: Vec<f64>,
    strings: Vec<String>,
) -> Result<Vec<f64>, JsValue> {
    let extractor = KeyphraseExtractor::from_options(options(&names, kinds, &numbers, &strings))
        .map_err(js_error)?;
    let language = extractor.get_language().resolve(text);
    let phrases = extractor
        .language(language)
        .extract(text)
        .map_err(js_error)?;
    // Occurrences of different phrases interleave: convert their offsets in text order.
    let mut bytes: Vec<usize> = phrases
        .iter()
        .flat_map(|phrase| phrase.spans.iter().flat_map(|span| [span.start, span.end]))
        .collect();
    bytes.sort_unstable();
    bytes.dedup();
    let mut offsets = Utf16Offsets::new(text);
    let units: Vec<f64> = bytes.iter().map(|&byte| offsets.of(byte)).collect();
    let unit = |byte: usize| {
        bytes
            .binary_search(&byte)
            .ok()
            .and_then(|at| units.get(at))
            .copied()
            .unwrap_or_default()
    };
    let mut result = vec![language_position(language)];
    for phrase in &phrases {
        // The text is one of the occurrences: the first with its exact spelling.
        let own = phrase
            .spans
            .iter()
            .find(|span| text.get((*span).clone()) == Some(phrase.text));
        let (start, end) = own.map_or((0.0, 0.0), |span| (unit(span.start), unit(span.end)));
        result.extend([phrase.score, start, end, phrase.spans.len() as f64]);
        for span in &phrase.spans {
            result.extend([unit(span.start), unit(span.end)]);
        }
    }
    Ok(result)
}

/// Where `language` stands in [`languages`]; every resolved language is there.
pub(crate) fn language_position(language: Language) -> f64 {
    Language::ALL
        .iter()
        .position(|&known| known == language)
        .unwrap_or_default() as f64
}

/// Where `format` stands in [`formats`]; every resolved format is there.
pub(crate) fn format_position(format: Format) -> f64 {
    Format::ALL
        .iter()
        .position(|&known| known == format)
        .unwrap_or_default() as f64
}

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `TypeError`.
    #[wasm_bindgen(js_name = TypeError)]
    type JsTypeError;
    #[wasm_bindgen(constructor, js_class = "TypeError")]
    fn new(message: &str) -> JsTypeError;

    /// JavaScript's `RangeError`.
    #[wasm_bindgen(js_name = RangeError)]
    type JsRangeError;
    #[wasm_bindgen(constructor, js_class = "RangeError")]
    fn new(message: &str) -> JsRangeError;
}

/// The library's error as the JavaScript error of its kind, with the same message.
pub(crate) fn js_error(error: salient::Error) -> JsValue {
    let message = error.to_string();
    match error {
        salient::Error::WrongOptionType { .. } => JsTypeError::new(&message).into(),
        salient::Error::ZeroLength { .. }
        | salient::Error::NotWholeNumber { .. }
        | salient::Error::InvalidRatio { .. }
        | salient::Error::InvalidRedundancy { .. }
        | salient::Error::ZeroKeyphrases
        | salient::Error::ZeroKeyphraseWords
        | salient::Error::InvalidKeyphraseRedundancy { .. }
        | salient::Error::NotWholeCount { .. } => JsRangeError::new(&message).into(),
        _ => JsError::new(&message).into(),
    }
}

/// The codes of every language this build supports.
#[wasm_bindgen]
pub fn languages() -> Vec<String> {
    Language::ALL
        .iter()
        .map(|language| language.code().to_string())
        .collect()
}

/// The names of the formats a text can be read as (`"auto"` is not one).
#[wasm_bindgen]
pub fn formats() -> Vec<String> {
    Format::ALL
        .iter()
        .map(|format| format.name().to_string())
        .collect()
}

/// The names of the ranking algorithms.
#[wasm_bindgen]
pub fn algorithms() -> Vec<String> {
    Algorithm::ALL
        .iter()
        .map(|algorithm| algorithm.name().to_string())
        .collect()
}

/// The names of the profiles.
#[wasm_bindgen]
pub fn profiles() -> Vec<String> {
    Profile::ALL
        .iter()
        .map(|profile| profile.name().to_string())
        .collect()
}

/// The options as the library reads them, from the parallel lists JavaScript sends.
pub(crate) fn options<'a>(
    names: &'a [String],
    kinds: &'a str,
    numbers: &'a [f64],
    strings: &'a [String],
) -> impl Iterator<Item = (&'a str, OptionValue<'a>)> {
    names
        .iter()
        .zip(kinds.bytes())
        .zip(numbers.iter().zip(strings))
        .map(|((name, kind), (&number, string))| {
            let value = match kind {
                b'n' => OptionValue::Number(number),
                b's' => OptionValue::Text(string),
                _ => OptionValue::Other(string),
            };
            (name.as_str(), value)
        })
}

/// Converts byte offsets into `text` to UTF-16 offsets, walking the text once for offsets
/// that come in increasing order (as a document's sentences do).
struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Offsets<'a> {
    fn new(text: &'a str) -> Self {
        Utf16Offsets {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of the byte offset `byte`, which lies on a character boundary.
    fn of(&mut self, byte: usize) -> f64 {
        if byte < self.byte {
            // Out of order: start again from the beginning rather than slice backwards.
            self.byte = 0;
            self.unit = 0;
        }
        let passed = self.text.get(self.byte..byte).unwrap_or_default();
        self.unit += passed.chars().map(char::len_utf16).sum::<usize>();
        self.byte = byte;
        self.unit as f64
    }
}
