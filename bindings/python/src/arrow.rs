//! Summaries of an Arrow string column, for `Summarizer.summarize_arrow` in
//! `python/salient/_arrow.py`. The Python side hands over the column's buffers (validity
//! bitmap, offsets, UTF-8 data) as bytes and rebuilds an Arrow array from the buffers
//! returned here, so no text crosses into Python one row at a time.
//!
//! The result is a struct array in the shape of a summary everywhere else:
//! `{text: string, sentences: list<{text: string, start: int64, end: int64, index: int64,
//! score: float64}>, language: string, format: string, document_sentences: int64}`, null
//! where the input is null; offsets are string indices (code points).

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use salient::Summarizer;

use crate::offsets::CodePoints;

/// A string column's rows, copied out of its Arrow buffers.
pub(crate) struct Utf8Column {
    /// Each row's byte range in `data`, or `None` for a null.
    rows: Vec<Option<std::ops::Range<usize>>>,
    data: Vec<u8>,
}

impl Utf8Column {
    /// The rows `offset..offset + length` of an Arrow string column: `offsets` holds
    /// `offset_width`-byte little-endian integers (4 for `string`, 8 for `large_string`),
    /// `validity` the bitmap of non-null rows (absent when none is null).
    pub(crate) fn copy(
        offsets: &[u8],
        offset_width: usize,
        data: &[u8],
        validity: Option<&[u8]>,
        offset: usize,
        length: usize,
    ) -> Result<Utf8Column, String> {
        if offset_width != 4 && offset_width != 8 {
            return Err(format!("offsets are 4 or 8 bytes wide, not {offset_width}"));
        }
        let offset_at = |row: usize| -> Result<usize, String> {
            let start = row
                .checked_mul(offset_width)
                .ok_or("the offsets buffer is too short")?;
            let bytes = offsets
                .get(start..start + offset_width)
                .ok_or("the offsets buffer is too short for the column's length")?;
            let value = if offset_width == 4 {
                i64::from(i32::from_le_bytes(
                    bytes.try_into().map_err(|_| "bad offset")?,
                ))
            } else {
                i64::from_le_bytes(bytes.try_into().map_err(|_| "bad offset")?)
            };
            usize::try_from(value).map_err(|_| format!("negative offset {value}"))
        };
        let mut rows = Vec::with_capacity(length);
        for row in offset..offset + length {
            let valid = match validity {
                None => true,
                Some(bitmap) => bitmap
                    .get(row / 8)
                    .is_some_and(|byte| byte & (1 << (row % 8)) != 0),
            };
            if !valid {
                rows.push(None);
                continue;
            }
            let (start, end) = (offset_at(row)?, offset_at(row + 1)?);
            if start > end || end > data.len() {
                return Err(format!(
                    "row {} has offsets {start}..{end} outside its data",
                    row - offset
                ));
            }
            if std::str::from_utf8(&data[start..end]).is_err() {
                return Err(format!("row {} is not valid UTF-8", row - offset));
            }
            rows.push(Some(start..end));
        }
        Ok(Utf8Column {
            rows,
            data: data.to_vec(),
        })
    }

    fn text(&self, row: &Option<std::ops::Range<usize>>) -> Option<&str> {
        let range = row.as_ref()?;
        std::str::from_utf8(self.data.get(range.clone())?).ok()
    }
}

/// A string array's buffers under construction (`pa.string()`: 32-bit offsets).
#[derive(Default)]
struct Strings {
    offsets: Vec<i32>,
    data: Vec<u8>,
}

impl Strings {
    fn with_first_offset() -> Self {
        Strings {
            offsets: vec![0],
            data: Vec::new(),
        }
    }

    fn push(&mut self, text: &str) -> Result<(), String> {
        self.data.extend_from_slice(text.as_bytes());
        let end = i32::try_from(self.data.len()).map_err(|_| {
            "the summaries of this batch hold more than 2 GiB of text: summarize it in \
             smaller batches"
                .to_string()
        })?;
        self.offsets.push(end);
        Ok(())
    }
}

/// The buffers of the result column.
pub(crate) struct Built {
    length: usize,
    null_count: usize,
    validity: Vec<u8>,
    text: Strings,
    language: Strings,
    format: Strings,
    document_sentences: Vec<i64>,
    sentence_offsets: Vec<i32>,
    sentence_text: Strings,
    starts: Vec<i64>,
    ends: Vec<i64>,
    indices: Vec<i64>,
    scores: Vec<f64>,
}

/// Summarizes every non-null row of `column` (on the current rayon pool) and lays the
/// summaries out as Arrow buffers.
pub(crate) fn summarize_column(
    summarizer: &Summarizer,
    column: &Utf8Column,
) -> Result<Built, String> {
    use rayon::prelude::*;
    let detector = salient::LanguageDetector::new();
    let summaries: Vec<Option<salient::Summary<'_>>> = column
        .rows
        .par_iter()
        .map_init(
            || detector.clone(),
            |detector, row| {
                let text = column.text(row)?;
                summarizer.summarize_with(text, detector).ok()
            },
        )
        .collect();
    let mut built = Built {
        length: column.rows.len(),
        null_count: 0,
        validity: vec![0u8; column.rows.len().div_ceil(8)],
        text: Strings::with_first_offset(),
        language: Strings::with_first_offset(),
        format: Strings::with_first_offset(),
        document_sentences: Vec::with_capacity(column.rows.len()),
        sentence_offsets: vec![0],
        sentence_text: Strings::with_first_offset(),
        starts: Vec::new(),
        ends: Vec::new(),
        indices: Vec::new(),
        scores: Vec::new(),
    };
    for (position, (row, summary)) in column.rows.iter().zip(&summaries).enumerate() {
        match (column.text(row), summary) {
            (Some(text), Some(summary)) => {
                if let Some(byte) = built.validity.get_mut(position / 8) {
                    *byte |= 1 << (position % 8);
                }
                built.text.push(&summary.to_string())?;
                built.language.push(summary.language.code())?;
                built.format.push(summary.format.name())?;
                built
                    .document_sentences
                    .push(i64::try_from(summary.document_sentences).unwrap_or(i64::MAX));
                let mut code_points = CodePoints::new(text);
                for sentence in &summary.sentences {
                    built.sentence_text.push(sentence.text)?;
                    let start = code_points.of(sentence.span.start);
                    let end = code_points.of(sentence.span.end);
                    built.starts.push(i64::try_from(start).unwrap_or(i64::MAX));
                    built.ends.push(i64::try_from(end).unwrap_or(i64::MAX));
                    built
                        .indices
                        .push(i64::try_from(sentence.index).unwrap_or(i64::MAX));
                    built.scores.push(sentence.score);
                }
            }
            _ => {
                built.null_count += 1;
                built.text.push("")?;
                built.language.push("")?;
                built.format.push("")?;
                built.document_sentences.push(0);
            }
        }
        let sentences = i32::try_from(built.starts.len()).map_err(|_| {
            "this batch has more than 2^31 summary sentences: summarize it in smaller batches"
                .to_string()
        })?;
        built.sentence_offsets.push(sentences);
    }
    Ok(built)
}

fn bytes_of<T: Copy>(values: &[T], to_le: impl Fn(T) -> Vec<u8>) -> Vec<u8> {
    values.iter().flat_map(|&value| to_le(value)).collect()
}

impl Built {
    /// The buffers as a dict of `bytes` (and the counts as ints) for the Python side.
    pub(crate) fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let dict = PyDict::new(py);
        let i32s = |values: &[i32]| bytes_of(values, |v| v.to_le_bytes().to_vec());
        let i64s = |values: &[i64]| bytes_of(values, |v| v.to_le_bytes().to_vec());
        let put = |name: &str, bytes: &[u8]| dict.set_item(name, PyBytes::new(py, bytes));
        dict.set_item("length", self.length)?;
        dict.set_item("null_count", self.null_count)?;
        put("validity", &self.validity)?;
        put("text_offsets", &i32s(&self.text.offsets))?;
        put("text_data", &self.text.data)?;
        put("language_offsets", &i32s(&self.language.offsets))?;
        put("language_data", &self.language.data)?;
        put("format_offsets", &i32s(&self.format.offsets))?;
        put("format_data", &self.format.data)?;
        put("document_sentences", &i64s(&self.document_sentences))?;
        put("sentence_offsets", &i32s(&self.sentence_offsets))?;
        put("sentence_text_offsets", &i32s(&self.sentence_text.offsets))?;
        put("sentence_text_data", &self.sentence_text.data)?;
        put("starts", &i64s(&self.starts))?;
        put("ends", &i64s(&self.ends))?;
        put("indices", &i64s(&self.indices))?;
        put(
            "scores",
            &bytes_of(&self.scores, |v: f64| v.to_le_bytes().to_vec()),
        )?;
        Ok(dict)
    }
}
