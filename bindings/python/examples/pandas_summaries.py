"""Summaries as a pandas column: `summarize_many` over the column, on every core.

    python examples/pandas_summaries.py
"""

from __future__ import annotations

import pandas as pd

import salient


def with_summaries(frame: pd.DataFrame, summarizer: salient.Summarizer) -> pd.DataFrame:
    """`frame` with a `summary` column of summary texts (None where the text is missing)."""
    # pandas marks a missing text as NaN or None; salient takes None for "no text".
    texts = frame["text"].astype(object).where(frame["text"].notna(), None).tolist()
    summaries = summarizer.summarize_many(texts)
    frame = frame.copy()
    frame["summary"] = [s.text if isinstance(s, salient.Summary) else None for s in summaries]
    return frame


def main() -> None:
    frame = pd.DataFrame(
        {
            "id": [1, 2],
            "text": [
                "The bakery opened at dawn. Its bread sold out by nine. Neighbours asked for more.",
                None,
            ],
        }
    )
    print(with_summaries(frame, salient.Summarizer(sentences=1)))


if __name__ == "__main__":
    main()
