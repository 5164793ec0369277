"""The documented recipes run: pandas, Polars, Spark (local[2]), and `python -m salient`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import salient

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))

TEXTS = [
    "Rain fell all night. The river rose by a metre. Roads near the bank closed at noon.",
    None,
    "Der Zug kam spät an. Viele Reisende warteten lange. Die Bahn entschuldigte sich.",
    "",
]


def test_pandas_recipe() -> None:
    pd = pytest.importorskip("pandas")
    import pandas_summaries

    frame = pd.DataFrame({"id": [1, 2, 3, 4], "text": TEXTS})
    result = pandas_summaries.with_summaries(frame, salient.Summarizer(sentences=1))
    summaries = salient.Summarizer(sentences=1).summarize_many(TEXTS)
    column = [None if pd.isna(value) else value for value in result["summary"]]
    assert column == [
        s.text if isinstance(s, salient.Summary) else None for s in summaries
    ]


def test_polars_recipe() -> None:
    pl = pytest.importorskip("polars")
    import polars_summaries

    frame = pl.DataFrame({"id": [1, 2, 3, 4], "text": TEXTS})
    summarizer = salient.Summarizer(sentences=1)
    result = polars_summaries.with_summaries(frame, summarizer)
    assert result["summary"].to_list() == [
        s.to_dict() if isinstance(s, salient.Summary) else None
        for s in summarizer.summarize_many(TEXTS)
    ]


def test_spark_recipe_gives_what_summarize_many_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark")
    import spark_summaries

    # Spark's Python workers run this interpreter, and import the recipe's module by name.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", str(EXAMPLES))
    spark = spark_summaries.session()
    try:
        documents = spark.createDataFrame(list(enumerate(TEXTS * 25)), "id bigint, text string")
        rows = spark_summaries.summaries(documents.repartition(2)).collect()
    finally:
        spark.stop()
    got = {row["id"]: (row["summary"].asDict(recursive=True) if row["summary"] else None) for row in rows}
    summarizer = salient.Summarizer(sentences=3)
    want = {
        i: (s.to_dict() if isinstance(s, salient.Summary) else None)
        for i, s in enumerate(summarizer.summarize_many(TEXTS * 25))
    }
    assert got == want


def test_python_m_salient_mirrors_the_command(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Heading Without A Stop\n\nThe council approved the new bridge on Tuesday. The bridge "
        "will cost $12.5 million. Work on the bridge starts in May and should end next year. "
        "Residents welcomed the news.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "salient", str(article), "-n", "2"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    expected = salient.summarize(article.read_text(encoding="utf-8"), 2)
    assert run.stdout.splitlines() == [s.text for s in expected]

    run = subprocess.run(
        [sys.executable, "-m", "salient", "--json", "--words", "20"],
        input=article.read_text(encoding="utf-8"), capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["language"] == "en"

    run = subprocess.run([sys.executable, "-m", "salient", "-n", "0", str(article)], capture_output=True, text=True)
    assert run.returncode == 2
    assert "the length budget is 0 sentences" in run.stderr
    run = subprocess.run([sys.executable, "-m", "salient", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert run.returncode == 1
    assert "cannot read" in run.stderr
