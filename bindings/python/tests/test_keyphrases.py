"""keyphrases(): phrases with code-point offsets, the library's options and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import salient

ARTICLE = (
    "Tidal Power for Harbor City\n\n"
    "Harbor City switched on a tidal power station in Kestrel Bay. The tidal power station "
    "has twelve turbines on the floor of the bay. Tides are predictable, so tidal power is "
    "easy to plan. Fishing groups worry that the turbines could harm salmon."
)


def test_ten_phrases_best_first_as_exact_slices() -> None:
    phrases = salient.keyphrases(ARTICLE)
    assert 3 < len(phrases) <= 10
    assert phrases[0].text == "tidal power"
    assert phrases[0].score == 1.0
    scores = [phrase.score for phrase in phrases]
    assert scores == sorted(scores, reverse=True)
    for phrase in phrases:
        assert any(ARTICLE[start:end] == phrase.text for start, end in phrase.spans)


def test_offsets_count_code_points() -> None:
    text = "𝐀𝐁 Café culture in Zürich 😀. Café culture grows. Zürich loves café culture."
    phrases = salient.keyphrases(text, 3, language="en")
    cafe = next(p for p in phrases if p.text.lower() == "café culture")
    # Two astral letters (one code point each) and a space come first.
    assert cafe.spans[0] == (3, 15)
    assert all(text[start:end].lower() == "café culture" for start, end in cafe.spans)


def test_options_and_dicts() -> None:
    assert len(salient.keyphrases(ARTICLE, 2)) == 2
    single = salient.keyphrases(ARTICLE, max_words=1, redundancy=1.0)
    assert all(" " not in phrase.text for phrase in single)
    first = salient.keyphrases(ARTICLE, 1)[0]
    assert first.to_dict() == {
        "text": first.text,
        "score": first.score,
        "spans": [{"start": s, "end": e} for s, e in first.spans],
    }
    assert salient.keyphrases("") == []
    assert salient.keyphrases(ARTICLE) == salient.keyphrases(ARTICLE)


def test_same_phrases_as_the_native_build() -> None:
    """The golden keyphrases of tests/golden/keyphrases.jsonl, in code points."""
    root = Path(__file__).resolve().parents[3]
    lines = (root / "tests" / "golden" / "keyphrases.jsonl").read_text("utf-8").splitlines()
    assert len(lines) >= 22
    for line in lines:
        expected = json.loads(line)
        folder = root / "tests" / "golden" if expected["document"].startswith("texts/") else root
        text = (folder / expected["document"]).read_text("utf-8")
        data = text.encode("utf-8")

        def index(byte: int, data: bytes = data) -> int:
            return len(data[:byte].decode("utf-8"))

        found = [
            (p.text, f"{p.score:.6f}", [list(span) for span in p.spans])
            for p in salient.keyphrases(text, 10)
        ]
        wanted = [
            (phrase, score, [[index(s), index(e)] for s, e in spans])
            for phrase, score, spans in expected["keyphrases"]
        ]
        assert found == wanted, expected["document"]
    assert "Keyphrase(text='tidal power', score=1.0" in repr(salient.keyphrases(ARTICLE, 1)[0])


def test_bad_options_say_what_to_give() -> None:
    with pytest.raises(ValueError, match="ask for at least 1 keyphrase"):
        salient.keyphrases(ARTICLE, 0)
    with pytest.raises(ValueError, match="whole number"):
        salient.keyphrases(ARTICLE, 2.5)
    with pytest.raises(ValueError, match="must be a number"):
        salient.keyphrases(ARTICLE, "3")
    with pytest.raises(ValueError, match="redundancy"):
        salient.keyphrases(ARTICLE, redundancy=0)
    with pytest.raises(TypeError, match="keyphrases"):
        salient.keyphrases(42)  # type: ignore[arg-type]
