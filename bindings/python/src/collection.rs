//! One summary of many documents: `summarize_documents` and
//! `Summarizer.summarize_documents`, with offsets as string indices into each sentence's own
//! document.

use std::ops::Range;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::offsets::CodePoints;
use crate::{describe, rust_text, slice, value_error};

/// One sentence of a collection's summary.
#[pyclass(module = "salient", frozen, get_all)]
pub(crate) struct CollectionSentence {
    /// The sentence, equal to `documents[document][start:end]`.
    text: Py<PyString>,
    /// The index of its document among those given, from 0.
    document: usize,
    /// Where it starts in its document, as a string index (code points).
    start: usize,
    /// Where it ends in its document (exclusive), as a string index.
    end: usize,
    /// Its number among its document's sentences (fragments not counted), from 0.
    index: usize,
    /// Salience relative to the collection's best sentence, in [0, 1].
    score: f64,
}

#[pymethods]
impl CollectionSentence {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "CollectionSentence(text={}, document={}, start={}, end={}, index={}, score={})",
            self.text.bind(py).repr()?,
            self.document,
            self.start,
            self.end,
            self.index,
            self.score
        ))
    }

    /// The sentence as a dict: `{"text", "document", "start", "end", "index", "score"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.text.bind(py))?;
        dict.set_item("document", self.document)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("index", self.index)?;
        dict.set_item("score", self.score)?;
        Ok(dict)
    }
}

/// How one document was read: its language code, format name and sentence count.
type Reading = (&'static str, &'static str, usize);

/// One summary of many documents: sentences of any of them, by document (in the order
/// given), then by position. `str(summary)` is the sentences joined by single spaces;
/// `len(summary)` and iteration go over its sentences.
#[pyclass(module = "salient", frozen)]
pub(crate) struct CollectionSummary {
    sentences: Vec<Py<CollectionSentence>>,
    readings: Vec<Reading>,
    document_sentences: usize,
    query_matched: Option<bool>,
    text: Py<PyString>,
}

#[pymethods]
impl CollectionSummary {
    /// The chosen sentences, by document, then position.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.sentences.iter().map(|s| s.clone_ref(py)))
    }

    /// How each document was read, in the order given: dicts `{"language", "format",
    /// "document_sentences"}`.
    #[getter]
    fn documents<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for &(language, format, sentences) in &self.readings {
            let dict = PyDict::new(py);
            dict.set_item("language", language)?;
            dict.set_item("format", format)?;
            dict.set_item("document_sentences", sentences)?;
            list.append(dict)?;
        }
        Ok(list)
    }

    /// How many sentences the documents have in all, fragments not counted.
    #[getter]
    fn document_sentences(&self) -> usize {
        self.document_sentences
    }

    /// With a query: True when the summary answers it, False when no word of it (stop
    /// words aside) occurs in any document, so that the summary is the one without a
    /// query. None without a query.
    #[getter]
    fn query_matched(&self) -> Option<bool> {
        self.query_matched
    }

    /// The sentences joined by single spaces.
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
            "CollectionSummary(text={}, documents={}, sentences={}, document_sentences={})",
            self.text.bind(py).repr()?,
            self.readings.len(),
            self.sentences.len(),
            self.document_sentences
        ))
    }

    /// The summary as a dict, in the shape of the `salient` command's `--json` output for
    /// several files: `{"text", "sentences": [{"text", "document", "start", "end", "index",
    /// "score"}], "documents": [...], "document_sentences"}`, and `"query_matched"` with a
    /// query (offsets are string indices).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", self.text.bind(py))?;
        let sentences = PyList::empty(py);
        for sentence in &self.sentences {
            sentences.append(sentence.get().to_dict(py)?)?;
        }
        dict.set_item("sentences", sentences)?;
        dict.set_item("documents", self.documents(py)?)?;
        dict.set_item("document_sentences", self.document_sentences)?;
        if let Some(matched) = self.query_matched {
            dict.set_item("query_matched", matched)?;
        }
        Ok(dict)
    }
}

/// A chosen sentence, before its offsets become string indices.
struct Chosen {
    document: usize,
    span: Range<usize>,
    index: usize,
    score: f64,
}

/// Summarizes `documents` (an iterable of str) as one collection with `summarizer`, with
/// the GIL released meanwhile. `function` names the caller in a `TypeError`.
pub(crate) fn summarize_documents_with(
    py: Python<'_>,
    summarizer: &salient::Summarizer,
    documents: &Bound<'_, PyAny>,
    function: &str,
) -> PyResult<CollectionSummary> {
    if documents.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{function}() needs the documents as a list of str, not one str"
        )));
    }
    let mut originals: Vec<Bound<'_, PyString>> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let items = documents.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{function}() needs the documents as a list of str, not {}",
            describe(documents)
        ))
    })?;
    for (position, item) in items.enumerate() {
        let item = item?;
        let string = item.cast_into::<PyString>().map_err(|error| {
            PyTypeError::new_err(format!(
                "documents[{position}] must be a str, not {}",
                describe(&error.into_inner())
            ))
        })?;
        texts.push(rust_text(&string)?);
        originals.push(string);
    }
    let result = py.detach(|| {
        summarizer.summarize_documents(&texts).map(|summary| {
            let chosen: Vec<Chosen> = summary
                .sentences
                .iter()
                .map(|s| Chosen {
                    document: s.document,
                    span: s.span.clone(),
                    index: s.index,
                    score: s.score,
                })
                .collect();
            let readings: Vec<Reading> = summary
                .documents
                .iter()
                .map(|d| (d.language.code(), d.format.name(), d.document_sentences))
                .collect();
            (
                chosen,
                readings,
                summary.document_sentences(),
                summary.query_matched,
            )
        })
    });
    let (chosen, readings, document_sentences, query_matched) = result.map_err(value_error)?;
    let mut sentences = Vec::with_capacity(chosen.len());
    let pieces = PyList::empty(py);
    // Sentences come by document, then position: one walk through each document.
    let mut walk: Option<(usize, CodePoints<'_>)> = None;
    for sentence in chosen {
        let (Some(original), Some(text)) = (
            originals.get(sentence.document),
            texts.get(sentence.document),
        ) else {
            continue;
        };
        let code_points = match &mut walk {
            Some((document, code_points)) if *document == sentence.document => code_points,
            _ => &mut walk.insert((sentence.document, CodePoints::new(text))).1,
        };
        let start = code_points.of(sentence.span.start);
        let end = code_points.of(sentence.span.end);
        let sentence_text = slice(original, start, end)?;
        pieces.append(sentence_text.bind(py))?;
        sentences.push(Py::new(
            py,
            CollectionSentence {
                text: sentence_text,
                document: sentence.document,
                start,
                end,
                index: sentence.index,
                score: sentence.score,
            },
        )?);
    }
    let text = PyString::new(py, " ")
        .call_method1("join", (pieces,))?
        .cast_into::<PyString>()?
        .unbind();
    Ok(CollectionSummary {
        sentences,
        readings,
        document_sentences,
        query_matched,
        text,
    })
}

/// Summarizes `documents` as one collection: the sentences that best carry them all.
#[pyfunction]
#[pyo3(signature = (documents, sentences=None, *, ratio=None, words=None, chars=None, language=None, format=None, algorithm=None, profile=None, redundancy=None, query=None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn summarize_documents(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
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
) -> PyResult<CollectionSummary> {
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
    let given = crate::given_options(&given);
    let summarizer =
        salient::Summarizer::from_options(crate::as_options(&given)).map_err(value_error)?;
    summarize_documents_with(py, &summarizer, documents, "summarize_documents")
}
