//! `salient.keyphrases`: the words and phrases a text is about, with code-point offsets.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyList, PyString};

use salient::KeyphraseExtractor;

use crate::offsets::CodePoints;
use crate::{as_options, given_options, rust_text, slice, text_argument, value_error};

/// A keyphrase of a text.
#[pyclass(module = "salient", frozen, get_all)]
pub(crate) struct Keyphrase {
    /// The phrase as it most often appears in the text: `input[start:end]` for one of its
    /// spans.
    text: Py<PyString>,
    /// Its score relative to the text's best keyphrase, in (0, 1].
    score: f64,
    /// Its occurrences, in order, as `(start, end)` string indices (code points).
    spans: Vec<(usize, usize)>,
}

#[pymethods]
impl Keyphrase {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Keyphrase(text={}, score={}, spans={:?})",
            self.text.bind(py).repr()?,
            PyFloat::new(py, self.score).repr()?,
            self.spans
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Keyphrase>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.score == other.score
            && self.spans == other.spans
            && PyAnyMethods::eq(self.text.bind(py).as_any(), other.text.bind(py))?)
    }

    /// The keyphrase as a dict: `{"text", "score", "spans": [{"start", "end"}]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.text.bind(py))?;
        dict.set_item("score", self.score)?;
        let spans = PyList::empty(py);
        for &(start, end) in &self.spans {
            let span = PyDict::new(py);
            span.set_item("start", start)?;
            span.set_item("end", end)?;
            spans.append(span)?;
        }
        dict.set_item("spans", spans)?;
        Ok(dict)
    }
}

/// The `n` keyphrases of `text` (10 unless given), best first, with the options of
/// `salient::KeyphraseExtractor`: `language`, `max_words` and `redundancy`.
#[pyfunction]
#[pyo3(signature = (text, n=None, *, language=None, max_words=None, redundancy=None))]
pub(crate) fn keyphrases(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    n: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    max_words: Option<&Bound<'_, PyAny>>,
    redundancy: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Keyphrase>> {
    let original = text_argument(text, "keyphrases")?;
    let text = rust_text(original)?;
    let given = given_options(&[
        ("count", n),
        ("language", language),
        ("max_words", max_words),
        ("redundancy", redundancy),
    ]);
    let extractor = KeyphraseExtractor::from_options(as_options(&given)).map_err(value_error)?;
    let found: Vec<(usize, usize, f64, Vec<std::ops::Range<usize>>)> = py
        .detach(|| {
            extractor.extract(&text).map(|phrases| {
                phrases
                    .into_iter()
                    .map(|phrase| {
                        // The text is one of the occurrences: the first with its spelling.
                        let own = phrase
                            .spans
                            .iter()
                            .find(|span| text.get((*span).clone()) == Some(phrase.text))
                            .map_or((0, 0), |span| (span.start, span.end));
                        (own.0, own.1, phrase.score, phrase.spans)
                    })
                    .collect()
            })
        })
        .map_err(value_error)?;
    // Occurrences of different phrases interleave: convert their offsets in text order.
    let mut bytes: Vec<usize> = found
        .iter()
        .flat_map(|(start, end, _, spans)| {
            [*start, *end]
                .into_iter()
                .chain(spans.iter().flat_map(|span| [span.start, span.end]))
        })
        .collect();
    bytes.sort_unstable();
    bytes.dedup();
    let mut code_points = CodePoints::new(&text);
    let indices: Vec<usize> = bytes.iter().map(|&byte| code_points.of(byte)).collect();
    let index = |byte: usize| {
        bytes
            .binary_search(&byte)
            .ok()
            .and_then(|at| indices.get(at))
            .copied()
            .unwrap_or_default()
    };
    found
        .into_iter()
        .map(|(start, end, score, spans)| {
            Ok(Keyphrase {
                text: slice(original, index(start), index(end))?,
                score,
                spans: spans
                    .iter()
                    .map(|span| (index(span.start), index(span.end)))
                    .collect(),
            })
        })
        .collect()
}
