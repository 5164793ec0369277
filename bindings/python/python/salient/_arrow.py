"""Arrow columns in and out of ``Summarizer.summarize_arrow``.

The column's buffers go to Rust as bytes, the whole column at once; the summaries come back
as buffers, from which the result array is built without touching a row in Python.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

SENTENCE = pa.struct(
    [
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("index", pa.int64()),
        ("score", pa.float64()),
    ]
)

#: The type of each summary in the result: the same shape as a summary everywhere else.
SUMMARY = pa.struct(
    [
        ("text", pa.string()),
        ("sentences", pa.list_(SENTENCE)),
        ("language", pa.string()),
        ("format", pa.string()),
        ("document_sentences", pa.int64()),
    ]
)


def summarize_arrow(summarizer: Any, texts: Any, threads: int | None) -> Any:
    if isinstance(texts, pa.ChunkedArray):
        return pa.chunked_array(
            [_summarize_array(summarizer, chunk, threads) for chunk in texts.chunks],
            type=SUMMARY,
        )
    if isinstance(texts, pa.Array):
        return _summarize_array(summarizer, texts, threads)
    raise TypeError(
        "summarize_arrow() needs a pyarrow Array or ChunkedArray of strings, not a value "
        f"of type {type(texts).__name__}; for a list of str use summarize_many()"
    )


def _summarize_array(summarizer: Any, array: pa.Array, threads: int | None) -> pa.Array:
    if pa.types.is_string(array.type):
        width = 4
    elif pa.types.is_large_string(array.type):
        width = 8
    elif pa.types.is_null(array.type):
        array = array.cast(pa.string())
        width = 4
    else:
        raise TypeError(
            f"summarize_arrow() needs an array of strings, not of {array.type}; "
            "cast it first, e.g. array.cast(pyarrow.string())"
        )
    validity, offsets, data = array.buffers()
    parts = summarizer._summarize_utf8_column(
        offsets.to_pybytes() if offsets is not None else b"",
        width,
        data.to_pybytes() if data is not None else b"",
        validity.to_pybytes() if validity is not None else None,
        array.offset,
        len(array),
        threads,
    )
    length = parts["length"]
    sentences_count = len(parts["starts"]) // 8

    def strings(offsets_key: str, data_key: str, count: int) -> pa.Array:
        return pa.Array.from_buffers(
            pa.string(),
            count,
            [None, pa.py_buffer(parts[offsets_key]), pa.py_buffer(parts[data_key])],
        )

    def numbers(key: str, kind: pa.DataType, count: int) -> pa.Array:
        return pa.Array.from_buffers(kind, count, [None, pa.py_buffer(parts[key])])

    sentence = pa.StructArray.from_arrays(
        [
            strings("sentence_text_offsets", "sentence_text_data", sentences_count),
            numbers("starts", pa.int64(), sentences_count),
            numbers("ends", pa.int64(), sentences_count),
            numbers("indices", pa.int64(), sentences_count),
            numbers("scores", pa.float64(), sentences_count),
        ],
        fields=list(SENTENCE),
    )
    sentences = pa.Array.from_buffers(
        pa.list_(SENTENCE),
        length,
        [None, pa.py_buffer(parts["sentence_offsets"])],
        children=[sentence],
    )
    mask = pa.py_buffer(parts["validity"]) if parts["null_count"] else None
    return pa.Array.from_buffers(
        SUMMARY,
        length,
        [mask],
        null_count=parts["null_count"],
        children=[
            strings("text_offsets", "text_data", length),
            sentences,
            strings("language_offsets", "language_data", length),
            strings("format_offsets", "format_data", length),
            numbers("document_sentences", pa.int64(), length),
        ],
    )
