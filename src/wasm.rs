//! JavaScript bindings, compiled for `wasm32` only: the layer under the npm package in `pkg/`.
//!
//! These functions only translate. `pkg/api.js` checks the option types and names and turns
//! these flat results into objects; everything else is the Rust library's own behaviour and
//! error messages.
//!
//! Results travel as flat `Float64Array`s of offsets rather than as objects holding the
//! sentences' text: the caller already has the input string, so slicing it costs nothing
//! and copies no text across the boundary. Offsets are in UTF-16 code units, the unit of
//! JavaScript strings, so that `input.slice(start, end)` is the sentence. (JavaScript hands
//! the input over as UTF-8 with each lone surrogate replaced by U+FFFD, which is one UTF-16
//! unit as well, so the offsets hold for such strings too.)

use wasm_bindgen::prelude::*;

use crate::{Algorithm, Language, Length, Profile, SegmentKind, Summarizer};

/// Numbers per sentence in the result of [`summarize`]: start, end, index, score.
const SUMMARY_STRIDE: usize = 4;

/// Numbers per segment in the result of [`split_sentences`]: start, end, kind, paragraph.
const SEGMENT_STRIDE: usize = 4;

/// Summarizes `text`; each chosen sentence gives four numbers: its start and
/// end in UTF-16 code units, its index among the document's sentences, and its score.
///
/// `budget` is `"sentences"`, `"ratio"`, `"words"` or `"chars"`, and `amount` its value;
/// `language` a code, an English name or `"auto"`, `algorithm` `"tfidf"` or `"textrank"`,
/// `profile` `"general"` or `"news"`.
///
/// # Errors
///
/// An `Error` naming the option when one is invalid.
#[wasm_bindgen]
pub fn summarize(
    text: &str,
    budget: &str,
    amount: f64,
    language: &str,
    algorithm: &str,
    profile: &str,
    redundancy: f64,
) -> Result<Vec<f64>, JsError> {
    let summary = Summarizer::new()
        .length(length(budget, amount)?)
        .language(language.parse::<Language>()?)
        .algorithm(algorithm.parse::<Algorithm>()?)
        .profile(profile.parse::<Profile>()?)
        .redundancy(redundancy)
        .summarize(text)?;
    let mut offsets = Utf16Offsets::new(text);
    let mut numbers = Vec::with_capacity(summary.len() * SUMMARY_STRIDE);
    for sentence in &summary.sentences {
        numbers.push(offsets.of(sentence.span.start));
        numbers.push(offsets.of(sentence.span.end));
        numbers.push(sentence.index as f64);
        numbers.push(sentence.score);
    }
    Ok(numbers)
}

/// Splits `text` into sentences and fragments; each gives four numbers: its
/// start and end in UTF-16 code units, 1 for a sentence or 0 for a fragment, and its
/// paragraph.
///
/// # Errors
///
/// An `Error` listing the known languages when `language` is not one of them.
#[wasm_bindgen(js_name = splitSentences)]
pub fn split_sentences(text: &str, language: &str) -> Result<Vec<f64>, JsError> {
    let segments = crate::split_sentences(text, language.parse::<Language>()?);
    let mut offsets = Utf16Offsets::new(text);
    let mut numbers = Vec::with_capacity(segments.len() * SEGMENT_STRIDE);
    for segment in &segments {
        numbers.push(offsets.of(segment.span.start));
        numbers.push(offsets.of(segment.span.end));
        numbers.push(f64::from(u8::from(segment.kind == SegmentKind::Sentence)));
        numbers.push(segment.paragraph as f64);
    }
    Ok(numbers)
}

/// The code of the language `text` is in, as [`Language::detect`] finds it.
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language(text: &str) -> String {
    Language::detect(text).code().to_string()
}

/// The code of the language named by `name` (a code or English name, any case), e.g.
/// `"German"` → `"de"`.
///
/// # Errors
///
/// An `Error` listing the known languages.
#[wasm_bindgen(js_name = languageCode)]
pub fn language_code(name: &str) -> Result<String, JsError> {
    Ok(name.parse::<Language>()?.code().to_string())
}

/// The codes of every language this build supports.
#[wasm_bindgen]
pub fn languages() -> Vec<String> {
    Language::ALL
        .iter()
        .map(|language| language.code().to_string())
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

/// The Rust [`Length`] for a JavaScript budget option.
fn length(budget: &str, amount: f64) -> Result<Length, JsError> {
    let whole = || {
        // JavaScript has only one number type: refuse fractions and negatives rather than
        // truncate them. Numbers past `usize::MAX` saturate, which keeps every sentence.
        if amount >= 0.0 && amount.fract() == 0.0 {
            Ok(amount as usize)
        } else {
            Err(JsError::new(&format!(
                "the {budget} budget must be a whole number of at least 1, not {}",
                crate::error::plain_number(amount)
            )))
        }
    };
    Ok(match budget {
        "sentences" => Length::Sentences(whole()?),
        "words" => Length::Words(whole()?),
        "chars" => Length::Chars(whole()?),
        "ratio" => Length::Ratio(amount),
        _ => {
            return Err(JsError::new(&format!(
                "unknown length budget \"{budget}\": use one of sentences, ratio, words, chars"
            )))
        }
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
