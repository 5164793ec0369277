"""One summary of many documents: each sentence names its document, offsets index it."""

from __future__ import annotations

import pytest

import salient

#: Three reports of one event, with accents, a dash and an astral emoji before sentences.
REPORTS = [
    "Café owners in Zürich reopened the old bridge market on Monday. The market sells "
    "cheese, bread and flowers. Crowds came early — some 🌅 waited since dawn.",
    "The old bridge market in Zürich reopened on Monday after two years of repairs. 🎺 A brass "
    "band played all morning. Café owners said the crowds came early.",
    "Rain is expected in Zürich later this week. The bridge market will stay open in the rain.",
]


def test_sentences_are_slices_of_their_own_documents_in_reading_order() -> None:
    summary = salient.summarize_documents(REPORTS, 4)
    assert 0 < len(summary) <= 4
    places = [(s.document, s.start) for s in summary.sentences]
    assert places == sorted(places)
    for sentence in summary:
        assert REPORTS[sentence.document][sentence.start : sentence.end] == sentence.text
        assert 0.0 <= sentence.score <= 1.0
    assert str(summary) == " ".join(s.text for s in summary.sentences)
    assert len({s.document for s in summary.sentences}) > 1


def test_the_same_fact_from_two_documents_is_told_once() -> None:
    summary = salient.summarize_documents(REPORTS, 3)
    reopenings = [s for s in summary.sentences if "reopened" in s.text]
    assert len(reopenings) == 1, summary.sentences


def test_documents_report_how_each_was_read() -> None:
    summary = salient.summarize_documents(REPORTS + [""], words=30)
    assert [d["document_sentences"] for d in summary.documents] == [3, 3, 2, 0]
    assert all(d["language"] == "en" and d["format"] == "text" for d in summary.documents)
    assert summary.document_sentences == 8
    assert sum(len(s.text.split()) for s in summary.sentences) <= 30
    as_dict = summary.to_dict()
    assert set(as_dict) == {"text", "sentences", "documents", "document_sentences"}
    assert as_dict["sentences"][0]["document"] == summary.sentences[0].document


def test_the_summarizer_method_matches_the_function() -> None:
    summarizer = salient.Summarizer(sentences=2, algorithm="textrank")
    by_method = summarizer.summarize_documents(iter(REPORTS))
    by_function = salient.summarize_documents(REPORTS, 2, algorithm="textrank")
    assert [s.to_dict() for s in by_method] == [s.to_dict() for s in by_function]


def test_empty_collections_give_empty_summaries() -> None:
    assert not salient.summarize_documents([])
    assert not salient.summarize_documents(["", "  \n"])


def test_bad_arguments_say_what_to_give() -> None:
    with pytest.raises(TypeError, match="not one str"):
        salient.summarize_documents("One text.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"documents\[1\] must be a str"):
        salient.summarize_documents(["One.", 2])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="ratio"):
        salient.summarize_documents(REPORTS, ratio=2.0)


def test_a_query_picks_what_answers_it_with_string_indices() -> None:
    summary = salient.summarize_documents(REPORTS, 1, query="Which band played?")
    assert summary.query_matched is True
    [sentence] = summary.sentences
    assert (sentence.document, sentence.index) == (1, 1)
    assert "brass band" in sentence.text
    assert REPORTS[1][sentence.start : sentence.end] == sentence.text
    # After an accent and an astral emoji (one code point): a UTF-8 or UTF-16 offset would
    # land elsewhere.
    assert sentence.end == REPORTS[1].index("all morning.") + len("all morning.")
    assert summary.to_dict()["query_matched"] is True
    by_method = salient.Summarizer(sentences=1, query="Which band played?").summarize_documents(
        REPORTS
    )
    assert [s.to_dict() for s in by_method] == [s.to_dict() for s in summary]


def test_a_query_no_document_answers_gives_the_summary_without_it() -> None:
    unanswered = salient.summarize_documents(REPORTS, 1, query="football")
    plain = salient.summarize_documents(REPORTS, 1)
    assert unanswered.query_matched is False
    assert plain.query_matched is None
    assert "query_matched" not in plain.to_dict()
    assert [s.to_dict() for s in unanswered] == [s.to_dict() for s in plain]
