"""The Spark recipe (examples/spark_summaries.py) timed on news articles, beside
`summarize_many` on the same texts in one process.

From the repository root, with the package installed in target/python-venv
(scripts/test-python.sh) and Java on the PATH:

    PY=target/python-venv/bin/python
    $PY bindings/python/benchmarks/throughput.py prepare --copies 4 --out target/bench/cnndm_x4.jsonl
    $PY bindings/python/benchmarks/throughput.py prepare --copies 40 --out target/bench/cnndm_x40.jsonl
    $PY bindings/python/benchmarks/spark.py target/bench/cnndm_x4.jsonl target/bench/cnndm_x40.jsonl

The session is the recipe's own: `local[2]`, web UI off. For each file, the job (read the JSON
Lines, `mapInArrow` through salient, collect each id with its summary's text) runs `--runs`
times after a first, cold run; the first job of the session also starts the Python workers.
Then `summarize_many` (every core) summarizes the same texts in this process. CPU times
count the driver, the JVM and the Python workers for Spark, this process for
`summarize_many`. Spark splits a
small file into few partitions (one for the 3.3 MB of 1,000 articles), and each partition is
one Python worker on one thread: `--partitions 2` repartitions the documents first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import List

HERE = Path(__file__).resolve().parent
EXAMPLES = str(HERE.parent / "examples")
sys.path.insert(0, EXAMPLES)
# Spark's Python workers run this interpreter and import the recipe's module by name.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [EXAMPLES, os.environ.get("PYTHONPATH")]))

import salient  # noqa: E402
import spark_summaries  # noqa: E402


def tree_cpu_seconds() -> float:
    """The CPU time of this process and all its descendants that are still running (Linux):
    the driver, Spark's JVM and its Python workers, which Spark keeps between jobs."""
    parents, ticks = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command's closing parenthesis: state, ppid, ..., utime and stime are
        # the 12th and 13th fields.
        parents[int(entry)] = int(fields[1])
        ticks[int(entry)] = int(fields[11]) + int(fields[12])

    def descends(pid: int) -> bool:
        while pid > 1:
            if pid == os.getpid():
                return True
            pid = parents.get(pid, 1)
        return False

    total = sum(t for pid, t in ticks.items() if descends(pid))
    return total / os.sysconf("SC_CLK_TCK")


def read_texts(path: Path) -> List[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+", help='JSON Lines of {"id", "text"}')
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--partitions", type=int, help="repartition the documents (Spark's own split when absent)"
    )
    args = parser.parse_args()

    start = time.perf_counter()
    spark = spark_summaries.session()
    print(f"session started in {time.perf_counter() - start:.2f} s")
    for path in args.files:
        texts = read_texts(path)
        count = len(texts)
        documents = spark.read.json(str(path))
        if args.partitions:
            documents = documents.repartition(args.partitions)
        documents = documents.cache()
        documents.count()  # read and parsed once, outside the timings
        partitions = documents.rdd.getNumPartitions()

        def job() -> tuple[float, float]:
            cpu, start = tree_cpu_seconds(), time.perf_counter()
            rows = spark_summaries.summaries(documents).select("id", "summary.text").collect()
            seconds = time.perf_counter() - start
            assert len(rows) == count and all(row["text"] for row in rows)
            return seconds, tree_cpu_seconds() - cpu

        cold, _ = job()
        warm = [job() for _ in range(args.runs)]
        best, median = min(w for w, _ in warm), statistics.median(w for w, _ in warm)
        spark_cpu = min(c for _, c in warm)
        print(
            f"{path.name}: {count} documents in {partitions} partitions; Spark first run "
            f"{cold:.2f} s, then best {best:.2f} s ({count / best:.0f} documents/s), median "
            f"{median:.2f} s ({count / median:.0f} documents/s); CPU {spark_cpu:.2f} s"
        )

        summarizer = salient.Summarizer(sentences=3)
        seconds, cpus = [], []
        for _ in range(args.runs):
            cpu, start = time.process_time(), time.perf_counter()
            summarizer.summarize_many(texts)
            seconds.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        alone, alone_cpu = min(seconds), min(cpus)
        print(
            f"{path.name}: summarize_many best {alone:.2f} s ({count / alone:.0f} documents/s), "
            f"median {statistics.median(seconds):.2f} s; CPU {alone_cpu:.2f} s. Spark's "
            f"overhead: wall best {best - alone:.2f} s ({best / alone:.2f}x), median "
            f"{median - statistics.median(seconds):.2f} s; CPU {spark_cpu - alone_cpu:.2f} s "
            f"({spark_cpu / alone_cpu:.2f}x)"
        )
        documents.unpersist()
    spark.stop()


if __name__ == "__main__":
    main()
