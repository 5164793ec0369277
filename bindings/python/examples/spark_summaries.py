"""A column of summaries for a Spark DataFrame of documents, with ``mapInArrow``.

    python examples/spark_summaries.py [DOCUMENTS.jsonl]

Reads JSON Lines with ``id`` and ``text`` (a few made-up documents when no file is given),
summarizes each text in three sentences, and prints the ids with their summaries. Each
Python worker imports salient once and summarizes whole Arrow record batches in Rust.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession

#: The schema of the result: the id, and the summary in the shape salient gives everywhere.
SCHEMA = (
    "id bigint, summary struct<text: string, sentences: array<struct<text: string, "
    "`start`: bigint, `end`: bigint, `index`: bigint, score: double>>, language: string, "
    "format: string, document_sentences: bigint>"
)


def summarize_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Runs in each Python worker: one summarizer, every batch through it."""
    import salient

    summarizer = salient.Summarizer(sentences=3)
    for batch in batches:
        # Spark runs one Python worker per core, so each uses one thread.
        summaries = summarizer.summarize_arrow(batch.column("text"), threads=1)
        yield pa.RecordBatch.from_arrays([batch.column("id"), summaries], ["id", "summary"])


def summaries(documents: DataFrame) -> DataFrame:
    """The documents' ids with their summaries."""
    return documents.select("id", "text").mapInArrow(summarize_batches, SCHEMA)


def session() -> SparkSession:
    """A local Spark on two cores, without its web UI."""
    return (
        SparkSession.builder.master("local[2]")
        .appName("salient-summaries")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )


EXAMPLES = [
    (1, "Harbor City switched on its first tidal power station on Monday. The station "
        "powers about 40,000 homes. Tides are predictable, which makes tidal power easy to "
        "plan for. Some residents came to watch."),
    (2, "The library reopened after a year of repairs. Its roof no longer leaks. Readers "
        "queued before the doors opened. The mayor cut a ribbon."),
]


def main() -> None:
    spark = session()
    if len(sys.argv) > 1:
        # A small file is one partition: spread it over every core.
        documents = spark.read.json(sys.argv[1]).repartition(spark.sparkContext.defaultParallelism)
    else:
        documents = spark.createDataFrame(EXAMPLES, "id bigint, text string")
    for row in summaries(documents).select("id", "summary.text").collect():
        print(row["id"], row["text"])
    spark.stop()


if __name__ == "__main__":
    main()
