//! Web pages: `extract`, `summarize_html` and `Summarizer.summarize_html`, with offsets as
//! Python string indices into the main text and into the HTML string given.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use salient::html;

use crate::{rust_text, text_argument, value_error};

/// One sentence of a page's summary.
#[pyclass(module = "salient", frozen, get_all)]
pub(crate) struct PageSentence {
    /// The sentence, equal to `summary.main_text[start:end]`.
    text: String,
    /// Where it starts in the main text, as a string index.
    start: usize,
    /// Where it ends in the main text (exclusive).
    end: usize,
    /// Where the element it came from starts in the HTML, as a string index.
    element_start: usize,
    /// Where that element ends in the HTML (exclusive).
    element_end: usize,
    /// Its number among the main content's sentences, from 0.
    index: usize,
    /// Salience relative to the best sentence, in [0, 1].
    score: f64,
}

#[pymethods]
impl PageSentence {
    fn __repr__(&self) -> String {
        format!(
            "PageSentence(text={:?}, start={}, end={}, element_start={}, element_end={}, index={}, score={})",
            self.text, self.start, self.end, self.element_start, self.element_end, self.index, self.score
        )
    }

    /// `{"text", "start", "end", "element_start", "element_end", "index", "score"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("element_start", self.element_start)?;
        dict.set_item("element_end", self.element_end)?;
        dict.set_item("index", self.index)?;
        dict.set_item("score", self.score)?;
        Ok(dict)
    }
}

/// A summary of a page: sentences of its main content in document order.
#[pyclass(module = "salient", frozen, get_all)]
pub(crate) struct PageSummary {
    /// The chosen sentences.
    sentences: Vec<Py<PageSentence>>,
    /// The code of the language the page was read as.
    language: &'static str,
    /// How many sentences the main content has.
    document_sentences: usize,
    /// The page's title, if found.
    title: Option<String>,
    /// The author's name, where the page marks it.
    byline: Option<String>,
    /// The date of publication, where the page marks it.
    date: Option<String>,
    /// The main content's text, which the sentences' offsets point into.
    main_text: String,
    /// The sentences joined by single spaces.
    text: String,
}

#[pymethods]
impl PageSummary {
    fn __str__(&self) -> String {
        self.text.clone()
    }

    fn __len__(&self) -> usize {
        self.sentences.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "PageSummary(text={:?}, language={:?}, document_sentences={}, title={:?})",
            self.text, self.language, self.document_sentences, self.title
        )
    }

    /// The summary as the `salient` command's `--json` prints it for a page.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        let sentences = PyList::empty(py);
        for sentence in &self.sentences {
            sentences.append(sentence.get().to_dict(py)?)?;
        }
        dict.set_item("sentences", sentences)?;
        dict.set_item("language", self.language)?;
        dict.set_item("document_sentences", self.document_sentences)?;
        dict.set_item("title", &self.title)?;
        dict.set_item("byline", &self.byline)?;
        dict.set_item("date", &self.date)?;
        dict.set_item("main_text", &self.main_text)?;
        Ok(dict)
    }
}

/// A block of a page's main content.
#[pyclass(module = "salient", frozen, get_all)]
pub(crate) struct Block {
    /// Where it starts in the main text, as a string index.
    start: usize,
    /// Where it ends in the main text (exclusive).
    end: usize,
    /// Where its element starts in the HTML.
    element_start: usize,
    /// Where its element ends in the HTML (exclusive).
    element_end: usize,
    /// "paragraph", "heading", "list_item", "quote", "cell", "code" or "caption".
    kind: &'static str,
    /// A heading's level, 1 to 6; 0 for other blocks.
    level: u8,
}

#[pymethods]
impl Block {
    fn __repr__(&self) -> String {
        format!(
            "Block(start={}, end={}, element_start={}, element_end={}, kind={:?}, level={})",
            self.start, self.end, self.element_start, self.element_end, self.kind, self.level
        )
    }

    /// `{"start", "end", "element_start", "element_end", "kind", "level"}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("start", self.start)?;
        dict.set_item("end", self.end)?;
        dict.set_item("element_start", self.element_start)?;
        dict.set_item("element_end", self.element_end)?;
        dict.set_item("kind", self.kind)?;
        dict.set_item("level", self.level)?;
        Ok(dict)
    }
}

/// The main content of a page.
#[pyclass(module = "salient", frozen, get_all)]
pub(crate) struct Page {
    /// The main content's text: its blocks separated by blank lines.
    text: String,
    /// The page's title, if found.
    title: Option<String>,
    /// The author's name, where the page marks it.
    byline: Option<String>,
    /// The date of publication, where the page marks it.
    date: Option<String>,
    /// The blocks of the text, in order.
    blocks: Vec<Py<Block>>,
}

#[pymethods]
impl Page {
    fn __str__(&self) -> String {
        self.text.clone()
    }

    fn __repr__(&self) -> String {
        format!(
            "Page(title={:?}, byline={:?}, date={:?}, blocks={})",
            self.title,
            self.byline,
            self.date,
            self.blocks.len()
        )
    }

    /// `{"text", "title", "byline", "date", "blocks"}`, as `salient extract --json` prints it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("title", &self.title)?;
        dict.set_item("byline", &self.byline)?;
        dict.set_item("date", &self.date)?;
        let blocks = PyList::empty(py);
        for block in &self.blocks {
            blocks.append(block.get().to_dict(py)?)?;
        }
        dict.set_item("blocks", blocks)?;
        Ok(dict)
    }
}

fn kind_name(kind: html::BlockKind) -> &'static str {
    match kind {
        html::BlockKind::Heading => "heading",
        html::BlockKind::ListItem => "list_item",
        html::BlockKind::Quote => "quote",
        html::BlockKind::Cell => "cell",
        html::BlockKind::Code => "code",
        html::BlockKind::Caption => "caption",
        _ => "paragraph",
    }
}

/// Reads the HTML page `html` for its main content, title, byline and date.
#[pyfunction]
pub(crate) fn extract(py: Python<'_>, html: &Bound<'_, PyAny>) -> PyResult<Page> {
    let source = rust_text(text_argument(html, "extract")?)?;
    let page = py.detach(|| html::extract(&source));
    let text_indices = Indices::new(
        &page.text,
        page.blocks.iter().flat_map(|b| [b.span.start, b.span.end]),
    );
    let html_indices = Indices::new(
        &source,
        page.blocks
            .iter()
            .flat_map(|b| [b.element.start, b.element.end]),
    );
    let blocks = page
        .blocks
        .iter()
        .map(|block| {
            Py::new(
                py,
                Block {
                    start: text_indices.of(block.span.start),
                    end: text_indices.of(block.span.end),
                    element_start: html_indices.of(block.element.start),
                    element_end: html_indices.of(block.element.end),
                    kind: kind_name(block.kind),
                    level: block.level,
                },
            )
        })
        .collect::<PyResult<_>>()?;
    Ok(Page {
        text: page.text,
        title: page.title,
        byline: page.byline,
        date: page.date,
        blocks,
    })
}

/// Summarizes the page `html` with `summarizer`, the GIL released meanwhile.
pub(crate) fn summarize_html_with(
    py: Python<'_>,
    summarizer: &salient::Summarizer,
    html: &Bound<'_, PyAny>,
    function: &str,
) -> PyResult<PageSummary> {
    let source = rust_text(text_argument(html, function)?)?;
    let (page, sentences, language, document_sentences) = py
        .detach(|| {
            let page = html::extract(&source);
            let summary = summarizer.summarize_page(&page).map(|summary| {
                let sentences: Vec<_> = summary
                    .sentences
                    .iter()
                    .map(|s| (s.span.clone(), s.element.clone(), s.index, s.score))
                    .collect();
                (sentences, summary.language, summary.document_sentences)
            });
            summary.map(|(sentences, language, count)| (page, sentences, language, count))
        })
        .map_err(value_error)?;
    let text_indices = Indices::new(
        &page.text,
        sentences.iter().flat_map(|s| [s.0.start, s.0.end]),
    );
    let html_indices = Indices::new(&source, sentences.iter().flat_map(|s| [s.1.start, s.1.end]));
    let mut joined = String::new();
    let mut chosen = Vec::with_capacity(sentences.len());
    for (span, element, index, score) in sentences {
        let text = page.text.get(span.clone()).unwrap_or_default().to_string();
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(&text);
        chosen.push(Py::new(
            py,
            PageSentence {
                text,
                start: text_indices.of(span.start),
                end: text_indices.of(span.end),
                element_start: html_indices.of(element.start),
                element_end: html_indices.of(element.end),
                index,
                score,
            },
        )?);
    }
    Ok(PageSummary {
        sentences: chosen,
        language: language.code(),
        document_sentences,
        title: page.title,
        byline: page.byline,
        date: page.date,
        main_text: page.text,
        text: joined,
    })
}

/// Code-point indices of a set of byte offsets into a text, found in one walk whatever
/// their order (elements nest, so their ends do not come in order).
struct Indices {
    bytes: Vec<usize>,
    indices: Vec<usize>,
}

impl Indices {
    fn new(text: &str, offsets: impl Iterator<Item = usize>) -> Self {
        let mut bytes: Vec<usize> = offsets.collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut indices = Vec::with_capacity(bytes.len());
        let (mut byte, mut index) = (0usize, 0usize);
        for &wanted in &bytes {
            index += text.get(byte..wanted).unwrap_or_default().chars().count();
            byte = byte.max(wanted);
            indices.push(index);
        }
        Indices { bytes, indices }
    }

    fn of(&self, byte: usize) -> usize {
        self.bytes
            .binary_search(&byte)
            .ok()
            .and_then(|position| self.indices.get(position))
            .copied()
            .unwrap_or_default()
    }
}

/// Summarizes the HTML page `html` by its main content, in at most `sentences` sentences (3
/// unless given), with the other options of `Summarizer`.
#[pyfunction]
#[pyo3(signature = (html, sentences=None, *, ratio=None, words=None, chars=None, language=None, format=None, algorithm=None, profile=None, redundancy=None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn summarize_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    sentences: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    words: Option<&Bound<'_, PyAny>>,
    chars: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    format: Option<&Bound<'_, PyAny>>,
    algorithm: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    redundancy: Option<&Bound<'_, PyAny>>,
) -> PyResult<PageSummary> {
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
    ];
    let given = crate::given_options(&given);
    let summarizer =
        salient::Summarizer::from_options(crate::as_options(&given)).map_err(value_error)?;
    summarize_html_with(py, &summarizer, html, "summarize_html")
}
