"""Web pages: main content, summaries of pages, offsets into both texts, the native build."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest

import salient

#: A page of the tests' own, with non-ASCII text before and inside the article.
PAGE = (
    "<!doctype html><html><head><title>Ferry returns — Lake News</title>"
    '<meta name="author" content="Åsa Berg"></head><body>'
    '<nav><a href="/">Home</a> <a href="/x">Sport 🏆</a> <a href="/y">Weather</a></nav>'
    "<article><h1>The ferry returns</h1>"
    "<p>The ferry to Öland returned to service 🚢 on Monday after a winter in the yard.</p>"
    "<p>Its new engines burn half the fuel of the old ones, the operator said.</p>"
    "<p>Tickets cost the same as last year; the café on board has a new menu.</p>"
    "</article><footer>© Lake News · Contact</footer></body></html>"
)


def test_a_page_is_summarized_by_its_main_content() -> None:
    summary = salient.summarize_html(PAGE, 2)
    assert summary.title == "Ferry returns — Lake News"
    assert summary.byline == "Åsa Berg"
    assert summary.date is None
    assert summary.main_text.startswith("The ferry returns\n\nThe ferry to Öland")
    assert "Sport" not in summary.main_text and "Contact" not in summary.main_text
    assert len(summary) == 2 and summary.document_sentences == 3
    for sentence in summary.sentences:
        assert summary.main_text[sentence.start : sentence.end] == sentence.text
        element = PAGE[sentence.element_start : sentence.element_end]
        assert element.startswith("<p>") and element.endswith("</p>")
        assert sentence.text in element
    assert str(summary) == " ".join(s.text for s in summary.sentences)
    assert salient.Summarizer(sentences=2).summarize_html(PAGE).to_dict() == summary.to_dict()


def test_extract_gives_blocks_with_their_elements() -> None:
    page = salient.extract(PAGE)
    assert page.title == "Ferry returns — Lake News"
    assert [(b.kind, b.level) for b in page.blocks] == [("heading", 1)] + [("paragraph", 0)] * 3
    for block in page.blocks:
        assert PAGE[block.element_start : block.element_end].endswith(("</p>", "</h1>"))
        assert page.text[block.start : block.end] in PAGE
    assert page.to_dict()["blocks"][0]["kind"] == "heading"
    assert salient.extract("").text == ""


def test_options_and_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="the length budget is 0"):
        salient.summarize_html(PAGE, 0)
    with pytest.raises(TypeError, match="summarize_html"):
        salient.summarize_html(b"<p>bytes</p>")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="the format html is not read from text"):
        salient.summarize(PAGE, format="html")


def _pages(shared_data: Path) -> list[str]:
    path = shared_data / "html" / "readability_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [PAGE] + [json.loads(line)["html"] for line in list(lines)[:20]]


def _index(text: str, byte: int) -> int:
    return len(text.encode("utf-8")[:byte].decode("utf-8"))


@pytest.mark.shared_data
def test_page_summaries_match_the_native_build(root: Path, shared_data: Path) -> None:
    native_tool = root / "target" / "release" / "salient"
    if not native_tool.exists():
        pytest.fail(f"{native_tool} is missing: cargo build --release -p salient-cli")
    pages = _pages(shared_data)
    batch = "\n".join(json.dumps({"id": i, "text": page}) for i, page in enumerate(pages))
    output = subprocess.run(
        [str(native_tool), "--jsonl", "--format", "html", "-n", "3"],
        input=batch,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for page, line in zip(pages, output.strip().split("\n")):
        native = json.loads(line)
        ours = salient.summarize_html(page, 3)
        assert ours.main_text == native["main_text"]
        marks = [native["title"], native["byline"], native["date"]]
        assert [ours.title, ours.byline, ours.date] == marks
        assert [(s.text, s.index) for s in ours.sentences] == [
            (s["text"], s["index"]) for s in native["sentences"]
        ]
        for mine, theirs in zip(ours.sentences, native["sentences"]):
            assert mine.start == _index(native["main_text"], theirs["start"])
            assert mine.element_start == _index(page, theirs["element_start"])
            assert mine.element_end == _index(page, theirs["element_end"])
            assert mine.score == pytest.approx(theirs["score"], abs=1e-12)
