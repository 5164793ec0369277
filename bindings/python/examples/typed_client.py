"""A small program against the package's types, checked by `mypy --strict`: what a user's
code looks like, and what the stubs must accept."""

from __future__ import annotations

import salient


def headline_and_summary(text: str) -> tuple[str, list[tuple[int, int]]]:
    summarizer = salient.Summarizer(words=40, language="auto", algorithm="textrank")
    summary: salient.Summary = summarizer.summarize(text)
    spans = [(sentence.start, sentence.end) for sentence in summary.sentences]
    first: str = summary.sentences[0].text if summary else ""
    return first, spans


def batch(texts: list[str | None]) -> list[str | None]:
    results = salient.Summarizer(sentences=2).summarize_many(texts, threads=2)
    return [r.text if isinstance(r, salient.Summary) else None for r in results]


def pieces(text: str) -> list[str]:
    return [s.text for s in salient.split_sentences(text, "en") if s.kind == "sentence"]


if __name__ == "__main__":
    text = "Cats purr. Dogs bark at night. Birds sing in the morning."
    print(headline_and_summary(text), batch([text, None]), pieces(text))
    print(salient.summarize(text, 1).to_dict(), salient.languages(), salient.detect_language(text))
