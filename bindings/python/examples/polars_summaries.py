"""Summaries as a Polars column: ``map_batches`` hands salient a whole column at a time.

    python examples/polars_summaries.py
"""

from __future__ import annotations

import polars as pl

import salient


def with_summaries(frame: pl.DataFrame, summarizer: salient.Summarizer) -> pl.DataFrame:
    """`frame` with a `summary` column of structs (text, sentences, language, ...)."""
    return frame.with_columns(
        pl.col("text")
        .map_batches(lambda texts: pl.from_arrow(summarizer.summarize_arrow(texts.to_arrow())))
        .alias("summary")
    )


def main() -> None:
    frame = pl.DataFrame(
        {
            "id": [1, 2, 3],
            "text": [
                "Rain fell all night. The river rose by a metre. Roads near the bank closed.",
                None,
                "Der Zug kam spät an. Viele Reisende warteten lange. Die Bahn entschuldigte sich.",
            ],
        }
    )
    result = with_summaries(frame, salient.Summarizer(sentences=1))
    print(result.select("id", pl.col("summary").struct.field("text")))


if __name__ == "__main__":
    main()
