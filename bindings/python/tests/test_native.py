"""Python gives what the native `salient` command gives, byte for byte: the same sentences
(offsets converted from bytes to string indices) and the same scores, to the last bit."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import salient

from test_api import ARTICLE, MIXED

OPTION_SETS = [
    ({}, []),
    ({"words": 60, "algorithm": "textrank", "profile": "news"},
     ["--words", "60", "--algorithm", "textrank", "--profile", "news"]),
]


def command(root: Path) -> Path:
    path = root / "target" / "release" / "salient"
    if not path.exists():
        pytest.fail(f"{path} is missing: cargo build --release -p salient-cli")
    return path


def native(tool: Path, flags: list[str], texts: list[str]) -> list[dict[str, object]]:
    lines = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(texts))
    run = subprocess.run([str(tool), *flags, "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in run.stdout.splitlines()]


def index_of_byte(text: str, byte: int) -> int:
    return len(text.encode("utf-8")[:byte].decode("utf-8"))


def assert_same(texts: list[str], tool: Path) -> None:
    for options, flags in OPTION_SETS:
        summarizer = salient.Summarizer(**options)  # type: ignore[arg-type]
        for text, answer, summary in zip(texts, native(tool, flags, texts), summarizer.summarize_many(texts)):
            assert isinstance(summary, salient.Summary)
            assert summary.language == answer["language"]
            assert summary.format == answer["format"]
            assert summary.document_sentences == answer["document_sentences"]
            assert summary.text == answer["text"]
            want = [
                (s["text"], index_of_byte(text, s["start"]), index_of_byte(text, s["end"]), s["index"], s["score"])
                for s in answer["sentences"]  # type: ignore[attr-defined]
            ]
            got = [(s.text, s.start, s.end, s.index, s.score) for s in summary.sentences]
            assert got == want


def test_own_texts_match_the_native_command(root: Path) -> None:
    texts = [ARTICLE, MIXED, "", "Un. Deux. Trois fois rien."]
    golden_texts = sorted((root / "tests" / "golden" / "texts").glob("*.txt"))
    texts += [path.read_text(encoding="utf-8") for path in golden_texts]
    assert_same(texts, command(root))


@pytest.mark.shared_data
def test_seeds_and_news_match_the_native_command(root: Path, shared_data: Path) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((shared_data / "seeds").glob("*.txt"))]
    with open(shared_data / "summarization" / "cnndm_dev.jsonl", encoding="utf-8") as news:
        texts += [json.loads(line)["text"] for line in list(news)[:50]]
    assert_same(texts, command(root))
