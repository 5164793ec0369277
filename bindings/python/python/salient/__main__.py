"""``python -m salient [FILE]``: the ``salient`` command's main job from Python -- the
summary of FILE (or standard input), one sentence per line, or as JSON with ``--json``.
Exit status 2 for a bad option, 1 for input that cannot be read."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import salient


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m salient",
        description="Extractive summarization: the sentences that best carry a text, verbatim.",
    )
    parser.add_argument("file", nargs="?", default="-", help="the text to summarize; - or absent for standard input")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("-n", "--sentences", type=float, metavar="N", help="at most N sentences [default: 3]")
    length.add_argument("--ratio", type=float, metavar="R", help="this share of the document's sentences, in (0, 1]")
    length.add_argument("--words", type=float, metavar="W", help="at most W words")
    length.add_argument("--chars", type=float, metavar="C", help="at most C characters")
    parser.add_argument("--language", metavar="CODE", help="ISO 639-1 code, or auto [default: auto]")
    parser.add_argument("--algorithm", metavar="NAME", help="tfidf or textrank [default: tfidf]")
    parser.add_argument("--profile", metavar="NAME", help="general or news [default: general]")
    parser.add_argument("--redundancy", type=float, metavar="T", help="in (0, 1] [default: 0.5]")
    parser.add_argument("--query", metavar="TEXT", help="the sentences that answer TEXT best")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    return parser


def _whole(value: float | None) -> Any:
    """A whole number as an int, so that the core reads ``-n 3`` as it reads ``sentences=3``."""
    return int(value) if value is not None and value.is_integer() else value


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        summarizer = salient.Summarizer(
            sentences=_whole(args.sentences),
            ratio=args.ratio,
            words=_whole(args.words),
            chars=_whole(args.chars),
            language=args.language,
            algorithm=args.algorithm,
            profile=args.profile,
            redundancy=args.redundancy,
            query=args.query,
        )
    except ValueError as error:
        print(f"salient: {error}", file=sys.stderr)
        return 2
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as file:
                text = file.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"salient: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    summary = summarizer.summarize(text)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        for sentence in summary.sentences:
            print(" ".join(sentence.text.split()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
