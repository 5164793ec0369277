//! The Python bindings of salient: the extension module `salient._salient`, which the
//! Python package `salient` (in `python/salient/`) re-exports.
//!
//! These functions only translate. Options cross by name to
//! [`salient::Summarizer::from_options`], so the defaults, checks and messages are the Rust
//! library's; its errors become `ValueError`s. Offsets become Python string indices (code
//! points), so that `text[s.start:s.end] == s.text`. Work on text happens with the GIL
//! released, a batch on every core.

mod arrow;
mod collection;
mod keyphrases;
mod offsets;
mod page;

use pyo3::exceptions::PyUnicodeEncodeError;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PySlice, PyString};

use salient::{Language, OptionValue, SegmentKind};

use crate::offsets::CodePoints;

/// The Rust library's error as the `ValueError` Python raises for a bad argument.
fn value_error(error: salient::Error) -> PyErr {
    PyValueError::new_err(error.to_string())
}

/// How a value of the wrong type reads in a message: `the boolean True`, `a list`.
fn describe(value: &Bound<'_, PyAny>) -> String {
    if value.is_instance_of::<PyBool>() {
        let truth = value.is_truthy().unwrap_or(false);
        return format!("the boolean {}", if truth { "True" } else { "False" });
    }
    let name = value
        .get_type()
        .name()
        .map(|name| name.to_string())
        .unwrap_or_else(|_| "object".to_string());
    format!("a value of type {name}")
}

/// An option's value, read from Python: numbers (but not booleans) as numbers, strings as
/// strings, anything else described for the message that refuses it.
enum Given {
    Number(f64),
    Text(String),
    Other(String),
}

impl Given {
    fn read(value: &Bound<'_, PyAny>) -> Given {
        if value.is_instance_of::<PyInt>() && !value.is_instance_of::<PyBool>() {
            // An int too large for a float is larger than any budget: it keeps everything.
            return Given::Number(value.extract::<f64>().unwrap_or(f64::INFINITY));
        }
        if value.is_instance_of::<PyFloat>() {
            return Given::Number(value.extract::<f64>().unwrap_or(f64::NAN));
        }
        match value.extract::<String>() {
            Ok(text) if value.is_instance_of::<PyString>() => Given::Text(text),
            _ => Given::Other(describe(value)),
        }
    }

    fn value(&self) -> OptionValue<'_> {
        match self {
            Given::Number(number) => OptionValue::Number(*number),
            Given::Text(text) => OptionValue::Text(text),
            Given::Other(description) => OptionValue::Other(description),
        }
    }
}

/// The options given by name, leaving out those given as `None`.
fn given_options(
    given: &[(&'static str, Option<&Bound<'_, PyAny>>)],
) -> Vec<(&'static str, Given)> {
    given
        .iter()
        .filter_map(|&(name, value)| {
            let value = value.filter(|value| !value.is_none())?;
            Some((name, Given::read(value)))
        })
        .collect()
}

fn as_options<'a>(
    given: &'a [(&'static str, Given)],
) -> impl Iterator<Item = (&'a str, OptionValue<'a>)> {
    given.iter().map(|(name, value)| (*name, value.value()))
}

/// The text argument, or a `TypeError` naming `function` when it is not a str.
fn text_argument<'a, 'py>(
    text: &'a Bound<'py, PyAny>,
    function: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    text.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{function}() needs the text as a str, not {}",
            describe(text)
        ))
    })
}

/// A Python string as Rust text, owned so that the GIL can be released while it is read.
/// A lone surrogate (which a Python string may hold, and UTF-8 cannot) is read as U+FFFD:
/// one code point for one, so that every offset still counts the Python string's code
/// points, and the pieces handed back are slices of the Python string itself.
fn rust_text(text: &Bound<'_, PyString>) -> PyResult<String> {
    match text.extract::<String>() {
        Ok(owned) => Ok(owned),
        Err(error) if error.is_instance_of::<PyUnicodeEncodeError>(text.py()) => {
            let units = text.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
            let bytes: Vec<u8> = units.extract()?;
            let units = bytes
                .chunks_exact(2)
                .map(|pair| u16::from_le_bytes([pair[0], pair[1]]));
            Ok(char::decode_utf16(units)
                .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect())
        }
        Err(error) => Err(error),
    }
}

/// `text[start:end]`, by code points.
fn slice<'py>(text: &Bound<'py, PyString>, start: usize, end: usize) -> PyResult<Py<PyString>> {
    let slice = PySlice::new(text.py(), start as isize, end as isize, 1);
    Ok(text
        .as_any()
        .get_item(slice)?
        .cast_into::<PyString>()?
        .unbind())
}

/// One sentence of a summary.
#[pyclass(module = "salient", frozen, get_all)]
struct Sentence {
    /// The sentence, equal to `input[start:end]`.
    text: Py<PyString>,
    /// Where it starts in the input, as a string index (code points).
    start: usize,
    /// Where it ends in the input (exclusive), as a string index.
    end: usize,
    /// Its number among the document's sentences (fragments not counted), from 0.
    index: usize,
    /// Salience relative to the document's best sentence, in [0, 1].
    score: f64,
    /// Who said it, in a conversation whose turns name their speakers (`"Anna"` for
    /// `Anna: We start.`); `None` in other texts.
    speaker: Option<Py<PyString>>,
}

#[pymethods]
impl Sentence {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let speaker = match &self.speaker {
            Some(speaker) => format!(", speaker={}", speaker.bind(py).repr()?),
            None => String::new(),
        };
        Ok(format!(
            "Sentence(text={}, start={}, end={}, index={}, score={}{speaker})",
            self.text.bind(py).repr()?,
            self.start,
            self.end,
            self.index,
            self.score
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Sentence>() else {
            return Ok(false);
        };
        let other = other.get();
        let same_speaker = match (&self.speaker, &other.speaker) {
            (None, None) => true,
            (Some(mine), Some(theirs)) => {
                PyAnyMethods::eq(mine.bind(py).as_any(), theirs.bind(py))?
            }
            _ => false,
        };
        Ok((self.start, self.end, self.index, self.score.to_bits())
            == (other.start, other.end, other.index, other.score.to_bits())
            && same_speaker
            && PyAnyMethods::eq(self.text.bind(py).as_any(), other.text.bind(py))?)
    }

    /// The sentence as a dict: `{"text", "start", "end", "index", "score"}`, and
    /// `"speaker"` in a conversation whose turn names one.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.text.bind(py))?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("index", self.index)?;
        dict.set_item("score", self.score)?;
        if let Some(speaker) = &self.speaker {
            dict.set_item("speaker", speaker.bind(py))?;
        }
        Ok(dict)
    }
}

/// A summary: sentences of the input in document order. `str(summary)` is the sentences
/// joined by single spaces; `len(summary)` and iteration go over its sentences.
#[pyclass(module = "salient", frozen)]
struct Summary {
    sentences: Vec<Py<Sentence>>,
    language: &'static str,
    format: &'static str,
    document_sentences: usize,
    query_matched: Option<bool>,
    text: Py<PyString>,
}

#[pymethods]
impl Summary {
    /// The chosen sentences, in document order.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.sentences.iter().map(|s| s.clone_ref(py)))
    }

    /// The code of the language the text was read as: the one asked for, or the one
    /// detected.
    #[getter]
    fn language(&self) -> &'static str {
        self.language
    }

    /// The name of the format the text was read as (`"text"`, `"markdown"`, `"email"`):
    /// the one asked for, or the one detected.
    #[getter]
    fn format(&self) -> &'static str {
        self.format
    }

    /// How many sentences the document has, fragments (titles, headings) not counted.
    #[getter]
    fn document_sentences(&self) -> usize {
        self.document_sentences
    }

    /// With a query: True when the summary answers it, False when no word of it (stop
    /// words aside) occurs in the text, so that the summary is the one without a query.
    /// None without a query.
    #[getter]
    fn query_matched(&self) -> Option<bool> {
        self.query_matched
    }

    /// The sentences joined by single spaces; in a conversation, a sentence whose speaker
    /// is not the one of the sentence before it opens with the speaker's name.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    fn __str__(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    fn __len__(&self) -> usize {
        self.sentences.len()
    }

    fn __bool__(&self) -> bool {
        !self.sentences.is_empty()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.sentences(py)?.into_any().try_iter()?.into_any())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Summary(text={}, language='{}', format='{}', sentences={}, document_sentences={})",
            self.text.bind(py).repr()?,
            self.language,
            self.format,
            self.sentences.len(),
            self.document_sentences
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Summary>() else {
            return Ok(false);
        };
        let other = other.get();
        if (
            self.language,
            self.format,
            self.document_sentences,
            self.query_matched,
            self.sentences.len(),
        ) != (
            other.language,
            other.format,
            other.document_sentences,
            other.query_matched,
            other.sentences.len(),
        ) {
            return Ok(false);
        }
        for (mine, theirs) in self.sentences.iter().zip(&other.sentences) {
            if !mine.get().__eq__(py, theirs.bind(py).as_any())? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The summary as a dict, in the shape of the `salient` command's `--json` output:
    /// `{"text", "sentences": [{"text", "start", "end", "index", "score"}], "language",
    /// "format", "document_sentences"}`, and `"query_matched"` with a query (offsets here are
    /// string indices).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.text.bind(py))?;
        let sentences = PyList::empty(py);
        for sentence in &self.sentences {
            sentences.append(sentence.get().to_dict(py)?)?;
        }
        dict.set_item("sentences", sentences)?;
        dict.set_item("language", self.language)?;
        dict.set_item("format", self.format)?;
        dict.set_item("document_sentences", self.document_sentences)?;
        if let Some(matched) = self.query_matched {
            dict.set_item("query_matched", matched)?;
        }
        Ok(dict)
    }
}

/// A sentence or fragment found by `split_sentences`.
#[pyclass(module = "salient", frozen, get_all)]
struct Segment {
    /// The text, equal to `input[start:end]`, without surrounding whitespace.
    text: Py<PyString>,
    /// Where it starts in the input, as a string index (code points).
    start: usize,
    /// Where it ends in the input (exclusive), as a string index.
    end: usize,
    /// `"sentence"` when it ends with sentence-final punctuation, otherwise `"fragment"`: a
    /// title, heading, date, caption or link line, which never appears in a summary.
    kind: &'static str,
    /// The paragraph (block between blank lines) it stands in, from 0.
    paragraph: usize,
}

#[pymethods]
impl Segment {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Segment(text={}, start={}, end={}, kind='{}', paragraph={})",
            self.text.bind(py).repr()?,
            self.start,
            self.end,
            self.kind,
            self.paragraph
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Segment>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok((self.start, self.end, self.kind, self.paragraph)
            == (other.start, other.end, other.kind, other.paragraph)
            && PyAnyMethods::eq(self.text.bind(py).as_any(), other.text.bind(py))?)
    }

    /// The segment as a dict: `{"text", "start", "end", "kind", "paragraph"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.text.bind(py))?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("kind", self.kind)?;
        dict.set_item("paragraph", self.paragraph)?;
        Ok(dict)
    }
}

/// Summarization options, reusable across texts and threads.
#[pyclass(module = "salient", frozen, subclass)]
struct Summarizer {
    inner: salient::Summarizer,
}

#[pymethods]
impl Summarizer {
    #[new]
    #[pyo3(signature = (*, sentences=None, ratio=None, words=None, chars=None, language=None, format=None, algorithm=None, profile=None, redundancy=None, query=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        sentences: Option<&Bound<'_, PyAny>>,
        ratio: Option<&Bound<'_, PyAny>>,
        words: Option<&Bound<'_, PyAny>>,
        chars: Option<&Bound<'_, PyAny>>,
        language: Option<&Bound<'_, PyAny>>,
        format: Option<&Bound<'_, PyAny>>,
        algorithm: Option<&Bound<'_, PyAny>>,
        profile: Option<&Bound<'_, PyAny>>,
        redundancy: Option<&Bound<'_, PyAny>>,
        query: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let given = [
            ("sentences", sentences),
            ("ratio", ratio),
            ("words", words),
            ("chars", chars),
            ("language", language),
            ("format", format),
            ("algorithm", algorithm),
            ("profile", profile),
            ("redundancy", redundancy),
            ("query", query),
        ];
        let given = given_options(&given);
        let inner = salient::Summarizer::from_options(as_options(&given)).map_err(value_error)?;
        Ok(Summarizer { inner })
    }

    /// The options as a dict of their names and values (defaults included), as
    /// `Summarizer(**options)` takes them.
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        match self.inner.get_length() {
            salient::Length::Sentences(n) => dict.set_item("sentences", n)?,
            salient::Length::Ratio(r) => dict.set_item("ratio", r)?,
            salient::Length::Words(n) => dict.set_item("words", n)?,
            salient::Length::Chars(n) => dict.set_item("chars", n)?,
        }
        dict.set_item("language", self.inner.get_language().code())?;
        dict.set_item("format", self.inner.get_format().name())?;
        dict.set_item("algorithm", self.inner.get_algorithm().name())?;
        dict.set_item("profile", self.inner.get_profile().name())?;
        dict.set_item("redundancy", self.inner.get_redundancy())?;
        if let Some(query) = self.inner.get_query() {
            dict.set_item("query", query)?;
        }
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let options = self.options(py)?;
        let mut parts = Vec::new();
        for (name, value) in options.iter() {
            parts.push(format!("{}={}", name, value.repr()?));
        }
        Ok(format!("Summarizer({})", parts.join(", ")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Summarizer>()
            .is_ok_and(|other| other.get().inner == self.inner)
    }

    /// Summarizes `text`: its most salient sentences within the length budget, in document
    /// order, each an exact slice of `text`. The GIL is released meanwhile.
    fn summarize(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Summary> {
        let original = text_argument(text, "summarize")?;
        let text = rust_text(original)?;
        let summarizer = &self.inner;
        let summary = py.detach(|| summarizer.summarize(&text).map(|s| owned(&text, &s)));
        from_owned(original, &text, summary.map_err(value_error)?)
    }

    /// Summarizes the HTML page `html` by its main content (see `salient.summarize_html`).
    /// The GIL is released meanwhile.
    fn summarize_html(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
    ) -> PyResult<page::PageSummary> {
        page::summarize_html_with(py, &self.inner, html, "summarize_html")
    }

    /// Summarizes `documents` (a list of str) as one collection (see
    /// `salient.summarize_documents`). The GIL is released meanwhile.
    fn summarize_documents(
        &self,
        py: Python<'_>,
        documents: &Bound<'_, PyAny>,
    ) -> PyResult<collection::CollectionSummary> {
        collection::summarize_documents_with(py, &self.inner, documents, "summarize_documents")
    }

    /// Summarizes each of `texts` on `threads` threads (every core when None), with the
    /// GIL released. A `None` gives `None`; a text that is not a str gives a `TypeError`
    /// in its place (`errors="return"`, the default) or raises one (`errors="raise"`).
    #[pyo3(signature = (texts, *, threads=None, errors="return"))]
    fn summarize_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<&Bound<'py, PyAny>>,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let raise = match errors {
            "return" => false,
            "raise" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be \"return\" or \"raise\", not {other:?}"
                )))
            }
        };
        let pool = thread_pool(threads)?;
        // Each item: Some(text) to summarize, or None with what to answer instead.
        let mut inputs: Vec<Option<String>> = Vec::new();
        let mut originals: Vec<Option<Bound<'py, PyString>>> = Vec::new();
        let mut answers: Vec<Option<Py<PyAny>>> = Vec::new();
        for (position, item) in texts.try_iter()?.enumerate() {
            let item = item?;
            if item.is_none() {
                inputs.push(None);
                originals.push(None);
                answers.push(Some(py.None()));
            } else if let Ok(string) = item.cast::<PyString>() {
                inputs.push(Some(rust_text(string)?));
                originals.push(Some(string.clone()));
                answers.push(None);
            } else {
                let error = PyTypeError::new_err(format!(
                    "texts[{position}] must be a str or None, not {}",
                    describe(&item)
                ));
                if raise {
                    return Err(error);
                }
                inputs.push(None);
                originals.push(None);
                answers.push(Some(error.into_value(py).into_any()));
            }
        }
        let summarizer = &self.inner;
        let summaries: Vec<Option<OwnedSummary>> = py.detach(|| {
            let run = || summarize_each(summarizer, &inputs);
            match &pool {
                Some(pool) => pool.install(run),
                None => run(),
            }
        });
        let list = PyList::empty(py);
        let items = inputs.iter().zip(&originals).zip(answers).zip(summaries);
        for (((input, original), answer), summary) in items {
            match (input, original, answer, summary) {
                (Some(text), Some(original), _, Some(summary)) => {
                    list.append(Py::new(py, from_owned(original, text, summary)?)?)?
                }
                (_, _, Some(answer), _) => list.append(answer)?,
                _ => list.append(py.None())?,
            }
        }
        Ok(list)
    }

    /// The Arrow column path behind `Summarizer.summarize_arrow` (see `arrow.rs`).
    #[pyo3(signature = (offsets, offset_width, data, validity, offset, length, threads=None))]
    #[allow(clippy::too_many_arguments)]
    fn _summarize_utf8_column<'py>(
        &self,
        py: Python<'py>,
        offsets: &[u8],
        offset_width: usize,
        data: &[u8],
        validity: Option<&[u8]>,
        offset: usize,
        length: usize,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let pool = thread_pool(threads)?;
        let column = arrow::Utf8Column::copy(offsets, offset_width, data, validity, offset, length)
            .map_err(PyValueError::new_err)?;
        let summarizer = &self.inner;
        let built = py.detach(|| {
            let run = || arrow::summarize_column(summarizer, &column);
            match &pool {
                Some(pool) => pool.install(run),
                None => run(),
            }
        });
        built.map_err(PyValueError::new_err)?.into_dict(py)
    }
}

/// A summary with owned byte offsets, made while the GIL is released.
struct OwnedSummary {
    /// Each sentence's span, index, score and its speaker's span in a conversation.
    sentences: Vec<OwnedSentence>,
    language: Language,
    format: salient::Format,
    document_sentences: usize,
    query_matched: Option<bool>,
}

type OwnedSentence = (
    std::ops::Range<usize>,
    usize,
    f64,
    Option<std::ops::Range<usize>>,
);

/// Where `part`, a slice of `text`, stands in it, as byte offsets.
fn span_in(text: &str, part: &str) -> Option<std::ops::Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = start.checked_add(part.len())?;
    (end <= text.len()).then_some(start..end)
}

fn owned(text: &str, summary: &salient::Summary<'_>) -> OwnedSummary {
    OwnedSummary {
        sentences: summary
            .sentences
            .iter()
            .map(|s| {
                let speaker = s.speaker.and_then(|speaker| span_in(text, speaker));
                (s.span.clone(), s.index, s.score, speaker)
            })
            .collect(),
        language: summary.language,
        format: summary.format,
        document_sentences: summary.document_sentences,
        query_matched: summary.query_matched,
    }
}

fn summarize_each(
    summarizer: &salient::Summarizer,
    inputs: &[Option<String>],
) -> Vec<Option<OwnedSummary>> {
    use rayon::prelude::*;
    let detector = salient::LanguageDetector::new();
    inputs
        .par_iter()
        .map_init(
            || detector.clone(),
            |detector, input| {
                let text = input.as_deref()?;
                summarizer
                    .summarize_with(text, detector)
                    .ok()
                    .map(|s| owned(text, &s))
            },
        )
        .collect()
}

/// The Python summary of `original` (read by Rust as `text`) from its owned form; each
/// sentence's text is a slice of `original`.
fn from_owned(
    original: &Bound<'_, PyString>,
    text: &str,
    summary: OwnedSummary,
) -> PyResult<Summary> {
    let py = original.py();
    let mut code_points = CodePoints::new(text);
    let mut sentences = Vec::with_capacity(summary.sentences.len());
    let texts = PyList::empty(py);
    // Speakers' names stand before their sentences, in order too: a walker of their own
    // keeps both walks linear.
    let mut speaker_points = CodePoints::new(text);
    let mut previous_speaker: Option<Py<PyString>> = None;
    for (span, index, score, speaker_span) in summary.sentences {
        let speaker = match speaker_span {
            Some(speaker_span) => {
                let speaker_start = speaker_points.of(speaker_span.start);
                let speaker_end = speaker_points.of(speaker_span.end);
                Some(slice(original, speaker_start, speaker_end)?)
            }
            None => None,
        };
        let start = code_points.of(span.start);
        let end = code_points.of(span.end);
        let sentence_text = slice(original, start, end)?;
        // As Rust's summary text: a conversation's speaker is named where it changes.
        let named = match (&speaker, &previous_speaker) {
            (Some(speaker), Some(previous)) => {
                !PyAnyMethods::eq(speaker.bind(py).as_any(), previous.bind(py))?
            }
            (Some(_), None) => true,
            (None, _) => false,
        };
        match (&speaker, named) {
            (Some(speaker), true) => texts.append(
                speaker
                    .bind(py)
                    .as_any()
                    .add(": ")?
                    .add(sentence_text.bind(py))?,
            )?,
            _ => texts.append(sentence_text.bind(py))?,
        }
        previous_speaker = speaker.as_ref().map(|speaker| speaker.clone_ref(py));
        sentences.push(Py::new(
            py,
            Sentence {
                text: sentence_text,
                start,
                end,
                index,
                score,
                speaker,
            },
        )?);
    }
    let joined = PyString::new(py, " ")
        .call_method1("join", (texts,))?
        .cast_into::<PyString>()?
        .unbind();
    Ok(Summary {
        sentences,
        language: summary.language.code(),
        format: summary.format.name(),
        document_sentences: summary.document_sentences,
        query_matched: summary.query_matched,
        text: joined,
    })
}

/// A pool of `threads` threads, or `None` for rayon's own pool of one thread per core.
fn thread_pool(threads: Option<&Bound<'_, PyAny>>) -> PyResult<Option<rayon::ThreadPool>> {
    let Some(threads) = threads.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    let count = if threads.is_instance_of::<PyInt>() && !threads.is_instance_of::<PyBool>() {
        threads.extract::<i64>().unwrap_or(0)
    } else {
        return Err(PyTypeError::new_err(format!(
            "threads must be an int or None, not {}",
            describe(threads)
        )));
    };
    if count < 1 {
        return Err(PyValueError::new_err(format!(
            "threads must be at least 1 (or None for every core), not {count}"
        )));
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(usize::try_from(count).unwrap_or(1))
        .build()
        .map(Some)
        .map_err(|e| PyValueError::new_err(format!("cannot start {count} threads: {e}")))
}

/// Summarizes `text` in at most `sentences` sentences (3 unless given), with the other
/// options of `Summarizer`.
#[pyfunction]
#[pyo3(signature = (text, sentences=None, *, ratio=None, words=None, chars=None, language=None, format=None, algorithm=None, profile=None, redundancy=None, query=None))]
#[allow(clippy::too_many_arguments)]
fn summarize(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    sentences: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    words: Option<&Bound<'_, PyAny>>,
    chars: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    format: Option<&Bound<'_, PyAny>>,
    algorithm: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    redundancy: Option<&Bound<'_, PyAny>>,
    query: Option<&Bound<'_, PyAny>>,
) -> PyResult<Summary> {
    let summarizer = Summarizer::new(
        sentences, ratio, words, chars, language, format, algorithm, profile, redundancy, query,
    )?;
    summarizer.summarize(py, text)
}

/// Splits `text` into sentences and fragments, in document order, with the rules of
/// `language` (detected when "auto" or None).
#[pyfunction]
#[pyo3(signature = (text, language=None))]
fn split_sentences(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    language: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Segment>> {
    let original = text_argument(text, "split_sentences")?;
    let text = rust_text(original)?;
    let given = given_options(&[("language", language)]);
    let language = Language::from_options(as_options(&given)).map_err(value_error)?;
    let pieces: Vec<(std::ops::Range<usize>, SegmentKind, usize)> = py.detach(|| {
        salient::split_sentences(&text, language)
            .into_iter()
            .map(|segment| (segment.span, segment.kind, segment.paragraph))
            .collect()
    });
    let mut code_points = CodePoints::new(&text);
    pieces
        .into_iter()
        .map(|(span, kind, paragraph)| {
            let start = code_points.of(span.start);
            let end = code_points.of(span.end);
            Ok(Segment {
                text: slice(original, start, end)?,
                start,
                end,
                kind: match kind {
                    SegmentKind::Sentence => "sentence",
                    _ => "fragment",
                },
                paragraph,
            })
        })
        .collect()
}

/// The code of the language `text` is in, as salient detects it.
#[pyfunction]
fn detect_language(text: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let text = rust_text(text_argument(text, "detect_language")?)?;
    Ok(Language::detect(&text).code())
}

/// The codes of the languages this build reads.
#[pyfunction]
fn languages() -> Vec<&'static str> {
    Language::ALL
        .iter()
        .map(|language| language.code())
        .collect()
}

/// The extension module.
#[pymodule]
fn _salient(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Sentence>()?;
    module.add_class::<Summary>()?;
    module.add_class::<Segment>()?;
    module.add_class::<keyphrases::Keyphrase>()?;
    module.add_class::<Summarizer>()?;
    module.add_class::<collection::CollectionSentence>()?;
    module.add_class::<collection::CollectionSummary>()?;
    module.add_function(wrap_pyfunction!(collection::summarize_documents, module)?)?;
    module.add_class::<page::Page>()?;
    module.add_class::<page::Block>()?;
    module.add_class::<page::PageSummary>()?;
    module.add_class::<page::PageSentence>()?;
    module.add_function(wrap_pyfunction!(page::extract, module)?)?;
    module.add_function(wrap_pyfunction!(page::summarize_html, module)?)?;
    module.add_function(wrap_pyfunction!(summarize, module)?)?;
    module.add_function(wrap_pyfunction!(split_sentences, module)?)?;
    module.add_function(wrap_pyfunction!(keyphrases::keyphrases, module)?)?;
    module.add_function(wrap_pyfunction!(detect_language, module)?)?;
    module.add_function(wrap_pyfunction!(languages, module)?)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
