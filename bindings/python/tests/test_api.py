"""The package's contract: summaries, options, errors, offsets, batches."""

from __future__ import annotations

import json
import pathlib
import random

import pytest

import salient

ARTICLE = (
    "Harbor City Opens Tidal Power Station\n\n"
    "Harbor City switched on its first tidal power station on Monday. The tidal station powers "
    "about 40,000 homes from the rise and fall of the bay. Tides are predictable, which makes "
    "tidal power easy to plan for. Some residents came to watch. The station cost $120 million "
    "and took four years to build. Engineers say the tidal turbines will run for thirty years."
)

#: Accents, CJK, emoji (with joiners and modifiers), astral letters, combining marks.
MIXED = (
    "Café au lait, s'il vous plaît. Ñandú corrió rápido! 東京は大きい都市です。"
    "日本語の文も分割されます。 Emoji 😀 and flags 🇫🇷 come here. The family 👨‍👩‍👧 waved 👋🏽! "
    "Mathematical 𝐀𝐁𝐂 letters are astral. 𠀀𠀁 is rare CJK. Combining e\u0301 accents stay whole.\n"
    "Привет, мир. Это второе предложение. שלום עולם. مرحبا بالعالم."
)


def assert_slices(text: str, pieces: list[salient.Sentence] | list[salient.Segment]) -> None:
    end = 0
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.text
        assert piece.start >= end and piece.end > piece.start
        end = piece.end


def test_three_sentences_by_default_in_document_order() -> None:
    summary = salient.summarize(ARTICLE)
    assert len(summary) == 3 and bool(summary)
    assert summary.language == "en"
    assert summary.document_sentences == 6
    assert str(summary) == summary.text == " ".join(s.text for s in summary.sentences)
    assert_slices(ARTICLE, summary.sentences)
    assert [s.index for s in summary] == sorted(s.index for s in summary)
    assert all(0.0 <= s.score <= 1.0 for s in summary)
    assert "Opens Tidal" not in summary.text, "the title is a fragment"


def test_the_function_and_the_summarizer_agree() -> None:
    assert salient.summarize(ARTICLE, 2) == salient.Summarizer(sentences=2).summarize(ARTICLE)
    assert salient.summarize(ARTICLE, words=30, profile="news") == salient.Summarizer(
        words=30, profile="news"
    ).summarize(ARTICLE)


def test_every_length_budget() -> None:
    assert len(salient.summarize(ARTICLE, sentences=1)) == 1
    assert len(salient.summarize(ARTICLE, ratio=1.0)) == 6
    assert len(salient.summarize(ARTICLE, ratio=0.5)) == 3
    assert len(salient.summarize(ARTICLE, words=25).text.split()) <= 25
    assert sum(len(s.text) for s in salient.summarize(ARTICLE, chars=120)) <= 120
    assert len(salient.summarize(ARTICLE, sentences=10**30)) == 6


def test_language_algorithm_profile_and_redundancy() -> None:
    german = salient.summarize("Das ist gut. Am 12. Juni kam er. Der Hund schläft.", language="German")
    assert german.language == "de"
    assert [s.text for s in german] == ["Das ist gut.", "Am 12. Juni kam er.", "Der Hund schläft."]
    assert len(salient.summarize(ARTICLE, 2, algorithm="textrank")) == 2
    repeated = "Cats sleep a lot. Cats sleep a lot. Dogs bark at night."
    assert len(salient.summarize(repeated, ratio=1.0, redundancy=1.0)) == 2
    for code in salient.languages():
        assert salient.summarize("Un. Deux.", language=code).language == code
    assert salient.detect_language("Der Hund schläft, und die Katze ist im Haus.") == "de"


def test_options_round_trip() -> None:
    summarizer = salient.Summarizer(words=40, algorithm="textrank")
    options = summarizer.options()
    assert options == {
        "words": 40,
        "language": "auto",
        "format": "auto",
        "algorithm": "textrank",
        "profile": "auto",
        "redundancy": 0.5,
    }
    assert salient.Summarizer(**options) == summarizer
    assert "words=40" in repr(summarizer)
    assert salient.Summarizer() == salient.Summarizer(sentences=3, redundancy=0.5)


def test_conversations_name_each_sentence_s_speaker() -> None:
    # Astral characters before and inside the labels test code-point offsets.
    call = (
        "Notes 📝\nZoë 𝐀: Hi Ben.\nBen: Hi. 😀\n"
        "Zoë 𝐀: The venue for the spring fair is booked.\nBen: Yeah.\n"
        "Zoë 𝐀: Catering still needs a quote from two suppliers.\n"
        "Ben: Okay, I will ask both suppliers today.\n"
    )
    summary = salient.summarize(call, 2)
    assert summary.format == "conversation"
    for sentence in summary:
        assert call[sentence.start : sentence.end] == sentence.text
        assert sentence.speaker in ("Zoë 𝐀", "Ben")
        assert ":" not in sentence.text
        assert sentence.text != "Yeah."
        assert sentence.to_dict()["speaker"] == sentence.speaker
    assert summary.text.startswith(f"{summary.sentences[0].speaker}: ")
    # The filler that opens a turn is no part of the sentence given out.
    whole = salient.summarize(call, ratio=1.0)
    assert "I will ask both suppliers today." in [s.text for s in whole]
    assert all(call[s.start : s.end] == s.text for s in whole)
    assert salient.summarize(call, 2, format="text").sentences[0].speaker is None
    assert "speaker" not in salient.summarize(ARTICLE, 1).sentences[0].to_dict()
    assert salient.summarize(call, 2, profile="conversation") == summary


def test_a_query_focuses_the_summary_and_says_when_it_matched_nothing() -> None:
    answer = salient.summarize(ARTICLE, 1, query="How much did the station cost?")
    assert answer.text == "The station cost $120 million and took four years to build."
    assert answer.query_matched is True
    assert list(answer.to_dict())[-1] == "query_matched"
    unrelated = salient.Summarizer(sentences=2, query="football").summarize(ARTICLE)
    assert unrelated.query_matched is False
    assert [s.text for s in unrelated] == [s.text for s in salient.summarize(ARTICLE, 2)]
    assert salient.summarize(ARTICLE).query_matched is None
    assert "query_matched" not in salient.summarize(ARTICLE).to_dict()
    assert salient.Summarizer(query="tides").options()["query"] == "tides"
    # Offsets stay code points with a query in another script.
    greeting = salient.summarize(MIXED, 1, query="Привет мир")
    assert greeting.text == "Привет, мир."
    assert_slices(MIXED, greeting.sentences)


def test_to_dict_is_the_json_shape_of_every_face() -> None:
    summary = salient.summarize(ARTICLE, 2)
    shape = summary.to_dict()
    assert list(shape) == ["text", "sentences", "language", "format", "document_sentences"]
    assert list(shape["sentences"][0]) == ["text", "start", "end", "index", "score"]
    assert json.loads(json.dumps(shape)) == shape


def test_any_string_is_accepted() -> None:
    for text in ["", " ", "\n\n", ".", "...", "?!", "\x00", "\ud800 lone. surrogate.", "a" * 10_000]:
        summary = salient.summarize(text)
        assert_slices(text, summary.sentences)
    assert salient.summarize("").to_dict() == {
        "text": "",
        "sentences": [],
        "language": "en",
        "format": "text",
        "document_sentences": 0,
    }


def test_markdown_and_email_are_read_as_such() -> None:
    markdown = (
        "# Café notes\n\nThe café opens at seven — 😀 with coffee from\nPeru and tea from Kenya.\n\n"
        "```py\nmenu = load()  # Not a sentence.\n```\n\nSee [the menu](menu.md) for prices. Tea costs two euros.\n"
    )
    summary = salient.summarize(markdown, 3)
    assert summary.format == "markdown"
    assert_slices(markdown, summary.sentences)
    assert summary.sentences[0].text == "The café opens at seven — 😀 with coffee from\nPeru and tea from Kenya."
    assert "Not a sentence" not in summary.text
    assert salient.Summarizer(format="text").summarize(markdown).format == "text"

    email = (
        "Danke, der Plan passt. Ich buche den Raum in Zürich. Die Agenda kommt morgen.\n\n"
        "Am 5. Mai 2025 um 10:00 schrieb Sam <sam@example.com>:\n> Hallo, die Sitzung ist am Mittwoch.\n"
    )
    reply = salient.summarize(email, 3)
    assert reply.format == "email"
    assert_slices(email, reply.sentences)
    assert "Sitzung" not in reply.text


def test_offsets_are_string_indices_for_every_script() -> None:
    summary = salient.summarize(MIXED, ratio=1.0, redundancy=1.0)
    assert len(summary) >= 10
    assert_slices(MIXED, summary.sentences)
    segments = salient.split_sentences(MIXED)
    assert_slices(MIXED, segments)
    astral = next(s for s in segments if "𝐀𝐁𝐂" in s.text)
    assert astral.text == "Mathematical 𝐀𝐁𝐂 letters are astral."


def test_offsets_hold_on_random_text() -> None:
    rng = random.Random(12345)
    alphabet = list("ab Z.?!…\n\t\"”)") + ["é", "日", "。", "😀", "𝐀", "\u0301", " ", "Mr", "U.S."]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(80)))
        segments = salient.split_sentences(text)
        assert_slices(text, segments)
        rest = list(text)
        for segment in segments:
            rest[segment.start : segment.end] = [" "] * (segment.end - segment.start)
        assert "".join(rest).strip() == ""
        assert_slices(text, salient.summarize(text, ratio=1.0).sentences)


def test_split_sentences_gives_kind_and_paragraph() -> None:
    segments = salient.split_sentences(
        "Markets Today\nMr. Smith paid $1.16 in the U.S. for it.\n\nHe left at 6 p.m."
    )
    assert [s.to_dict() for s in segments] == [
        {"text": "Markets Today", "start": 0, "end": 13, "kind": "fragment", "paragraph": 0},
        {"text": "Mr. Smith paid $1.16 in the U.S. for it.", "start": 14, "end": 54, "kind": "sentence", "paragraph": 0},
        {"text": "He left at 6 p.m.", "start": 56, "end": 73, "kind": "sentence", "paragraph": 1},
    ]
    assert salient.split_sentences("") == []
    assert salient.split_sentences("Один. Два.", language="ru")[1].text == "Два."


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sentences": 0}, "the length budget is 0 sentences: ask for at least 1 sentences"),
        ({"sentences": 2.5}, "the sentences budget must be a whole number of at least 1, not 2.5"),
        ({"words": -1}, "the words budget must be a whole number of at least 1, not -1"),
        ({"chars": float("nan")}, "the chars budget must be a whole number of at least 1, not NaN"),
        ({"sentences": "3"}, 'the option sentences must be a number, not the string "3"'),
        ({"sentences": True}, "the option sentences must be a number, not the boolean True"),
        ({"ratio": 1.5}, "the length ratio 1.5 is not in (0, 1]"),
        ({"ratio": 0.5, "words": 10}, "give at most one length budget, one of sentences, ratio, words, chars; got ratio and words"),
        ({"language": "xx"}, 'unknown language "xx": use one of auto, ar, da'),
        ({"language": 7}, "the option language must be a string, not the number 7"),
        ({"algorithm": "lexrank"}, 'unknown algorithm "lexrank": use one of textrank, tfidf'),
        ({"profile": ["news"]}, "the option profile must be a string, not a value of type list"),
        ({"redundancy": 0}, "the redundancy threshold 0 is not in (0, 1]"),
        ({"query": " "}, "the query is empty: give the words to focus the summary on, or leave the query option out"),
        ({"query": 3}, "the option query must be a string, not the number 3"),
    ],
)
def test_invalid_options_raise_value_error_with_the_core_message(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as error:
        salient.Summarizer(**options)  # type: ignore[arg-type]
    assert str(error.value).startswith(message)
    with pytest.raises(ValueError):
        salient.summarize(ARTICLE, **options)  # type: ignore[arg-type]


def test_unknown_keywords_and_wrong_text_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="sentence"):
        salient.Summarizer(sentence=3)  # type: ignore[call-arg]
    for text in [None, 42, b"bytes", ["a"]]:
        with pytest.raises(TypeError, match=r"needs the text as a str"):
            salient.summarize(text)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"split_sentences\(\) needs the text as a str"):
            salient.split_sentences(text)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match='unknown language "klingon"'):
        salient.split_sentences("A.", language="klingon")


def test_summarize_many_answers_each_text_in_order() -> None:
    summarizer = salient.Summarizer(sentences=1)
    texts = [ARTICLE, "", MIXED, "Cats purr. Dogs bark at night."]
    many = summarizer.summarize_many(texts)
    assert many == [summarizer.summarize(text) for text in texts]
    assert summarizer.summarize_many(iter(texts), threads=1) == many
    assert summarizer.summarize_many(texts, threads=3) == many
    assert summarizer.summarize_many([]) == []


def test_one_bad_document_never_fails_the_batch_unless_asked() -> None:
    summarizer = salient.Summarizer(sentences=1)
    results = summarizer.summarize_many([ARTICLE, None, 7, "One. Two."])
    assert isinstance(results[0], salient.Summary)
    assert results[1] is None
    assert isinstance(results[2], TypeError)
    assert str(results[2]) == "texts[2] must be a str or None, not a value of type int"
    assert isinstance(results[3], salient.Summary)
    with pytest.raises(TypeError, match=r"texts\[2\]"):
        summarizer.summarize_many([ARTICLE, None, 7], errors="raise")
    with pytest.raises(ValueError, match="errors must be"):
        summarizer.summarize_many([], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threads must be at least 1"):
        summarizer.summarize_many([], threads=0)
    with pytest.raises(TypeError, match="threads must be an int"):
        summarizer.summarize_many([], threads=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        summarizer.summarize_many(42)  # type: ignore[arg-type]


def test_reprs_read_as_python() -> None:
    summary = salient.summarize("Cats purr. Dogs bark at night.", 1)
    assert repr(summary).startswith("Summary(text='")
    assert repr(summary.sentences[0]).startswith("Sentence(text='")
    assert repr(salient.split_sentences("Hi.")[0]) == "Segment(text='Hi.', start=0, end=3, kind='sentence', paragraph=0)"


def test_version_is_the_package_version() -> None:
    assert salient.__version__.count(".") == 2


def test_python_m_salient_takes_a_query(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    from salient.__main__ import main

    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["-n", "1", "--query", "How much did the station cost?", str(path)]) == 0
    assert capsys.readouterr().out == "The station cost $120 million and took four years to build.\n"
    assert main(["--query", " ", str(path)]) == 2
    assert "the query is empty" in capsys.readouterr().err
