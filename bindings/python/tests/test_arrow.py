"""Arrow columns in and out: what summarize_many gives, without a Python loop over rows."""

from __future__ import annotations

import pyarrow as pa
import pytest

import salient

TEXTS = [
    "Harbor City switched on its first tidal power station on Monday. The station powers "
    "about 40,000 homes. Tides are predictable. Some residents came to watch.",
    None,
    "",
    "Café 😀 opens. 東京は大きい。 Math 𝐀𝐁𝐂 is astral! The family 👨‍👩‍👧 waved.",
    "Der Zug kam spät an. Viele Reisende warteten lange. Die Bahn entschuldigte sich.",
]


def expected(summarizer: salient.Summarizer, texts: list[str | None]) -> list[object]:
    return [
        summary.to_dict() if isinstance(summary, salient.Summary) else None
        for summary in summarizer.summarize_many(texts)
    ]


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_round_trip_matches_summarize_many(kind: pa.DataType) -> None:
    summarizer = salient.Summarizer(sentences=2)
    result = summarizer.summarize_arrow(pa.array(TEXTS, type=kind))
    assert isinstance(result, pa.Array)
    assert result.type.equals(pa.struct([
        ("text", pa.string()),
        ("sentences", pa.list_(pa.struct([
            ("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
            ("index", pa.int64()), ("score", pa.float64()),
        ]))),
        ("language", pa.string()),
        ("format", pa.string()),
        ("document_sentences", pa.int64()),
    ]))
    result.validate(full=True)
    assert result.null_count == 1
    assert result.to_pylist() == expected(summarizer, TEXTS)


def test_slices_and_chunked_arrays() -> None:
    summarizer = salient.Summarizer(sentences=1)
    array = pa.array(TEXTS)
    sliced = array.slice(1, 3)
    assert summarizer.summarize_arrow(sliced).to_pylist() == expected(summarizer, TEXTS[1:4])
    chunked = pa.chunked_array([array.slice(3), array.slice(0, 3)])
    result = summarizer.summarize_arrow(chunked, threads=1)
    assert isinstance(result, pa.ChunkedArray)
    assert result.num_chunks == 2
    assert result.to_pylist() == expected(summarizer, TEXTS[3:] + TEXTS[:3])


def test_empty_and_all_null_columns() -> None:
    summarizer = salient.Summarizer()
    assert summarizer.summarize_arrow(pa.array([], type=pa.string())).to_pylist() == []
    assert summarizer.summarize_arrow(pa.array([None, None])).to_pylist() == [None, None]


def test_wrong_inputs_say_what_to_give() -> None:
    summarizer = salient.Summarizer()
    with pytest.raises(TypeError, match="needs an array of strings, not of int64"):
        summarizer.summarize_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError, match="use summarize_many"):
        summarizer.summarize_arrow(["a list"])
