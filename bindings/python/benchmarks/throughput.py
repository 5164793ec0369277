"""Throughput of the Python package on news articles, beside the `salient` command.

The input is the 250 CNN/DailyMail dev articles (`../shared/data/summarization/cnndm_dev.jsonl`,
field `text`) repeated 60 times: 15,000 documents, 49.8 MB of UTF-8. From the repository root,
with the package installed in target/python-venv (scripts/test-python.sh builds it) and
`cargo build --release -p salient-cli`:

    PY=target/python-venv/bin/python
    $PY bindings/python/benchmarks/throughput.py prepare      # writes target/bench/cnndm_x60.jsonl
    $PY bindings/python/benchmarks/throughput.py many --threads 1
    $PY bindings/python/benchmarks/throughput.py many --threads 2
    $PY bindings/python/benchmarks/throughput.py arrow --threads 2
    RAYON_NUM_THREADS=2 $PY bindings/python/benchmarks/throughput.py balance
    hyperfine --warmup 1 --runs 5 \
        'target/release/salient --jsonl target/bench/cnndm_x60.jsonl > /dev/null' \
        "$PY bindings/python/benchmarks/throughput.py jsonl > /dev/null"

`many` and `arrow` time one call of `summarize_many` / `summarize_arrow` on texts already in
memory (best and median of `--runs`); `jsonl` is the same job as `salient --jsonl` done from
Python, to be timed as a whole process: read the JSON Lines, summarize every text, write each
summary's `to_dict()` with its id as one JSON line. Throughput counts the input's UTF-8 bytes
in MB (10^6). Instructions, one thread, 1,000 documents (`prepare --copies 4 --out
target/bench/cnndm_x4.jsonl`): callgrind's total for `many FILE --runs 1` less that for
`many FILE --runs 0`, which stops before the call:

    RAYON_NUM_THREADS=1 valgrind --tool=callgrind $PY bindings/python/benchmarks/throughput.py \
        many target/bench/cnndm_x4.jsonl --runs 1
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable, List

import salient

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT.parent / "shared" / "data" / "summarization" / "cnndm_dev.jsonl"
DOCUMENTS = ROOT / "target" / "bench" / "cnndm_x60.jsonl"


def prepare(copies: int, out: Path) -> None:
    """Writes the articles `copies` times over as `{"id", "text"}` lines."""
    with ARTICLES.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as sink:
        for number in range(copies * len(texts)):
            record = {"id": number, "text": texts[number % len(texts)]}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    size = sum(len(t.encode("utf-8")) for t in texts) * copies
    print(f"{out}: {copies * len(texts)} documents, {size / 1e6:.1f} MB of text")


def read_texts(path: Path) -> List[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def timed(label: str, megabytes: float, runs: int, call: Callable[[], Any]) -> None:
    """Runs `call` `runs` times and prints the wall-clock time of each, the best and the
    median, with the CPU time of the whole process and of this (the calling) thread. The
    work in Rust runs on rayon's threads with the GIL released; what the calling thread
    spends is the serial part (reading the Python strings, building the Python results)."""
    if runs == 0:
        return  # set-up only: the baseline to subtract from instruction counts
    walls, cpus, serials = [], [], []
    for _ in range(runs):
        cpu, serial, start = time.process_time(), time.thread_time(), time.perf_counter()
        call()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        serials.append(time.thread_time() - serial)
        print(f"  {walls[-1]:.3f} s, CPU {cpus[-1]:.3f} s, serial {serials[-1]:.3f} s", file=sys.stderr)
    best, median = min(walls), statistics.median(walls)
    print(
        f"{label}: best {best:.3f} s ({megabytes / best:.1f} MB/s), "
        f"median {median:.3f} s ({megabytes / median:.1f} MB/s), {runs} runs; "
        f"CPU {min(cpus):.3f} s, of it serial {min(serials):.3f} s"
    )


def many(path: Path, threads: int | None, runs: int, options: dict[str, Any]) -> None:
    texts = read_texts(path)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    summarizer = salient.Summarizer(**options)
    label = f"summarize_many, {len(texts)} texts, {megabytes:.1f} MB, threads={threads}"
    timed(label, megabytes, runs, lambda: summarizer.summarize_many(texts, threads=threads))


def arrow(path: Path, threads: int | None, runs: int, options: dict[str, Any]) -> None:
    import pyarrow as pa

    texts = read_texts(path)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    column = pa.array(texts, pa.string())
    summarizer = salient.Summarizer(**options)
    label = f"summarize_arrow, {len(texts)} texts, {megabytes:.1f} MB, threads={threads}"
    timed(label, megabytes, runs, lambda: summarizer.summarize_arrow(column, threads=threads))


def thread_cpu_seconds() -> dict[str, float]:
    """The CPU time of each of this process's threads (Linux), by thread id."""
    seconds = {}
    for thread in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{thread}/schedstat") as stat:
            seconds[thread] = int(stat.read().split()[0]) / 1e9
    return seconds


def balance(path: Path) -> None:
    """How one `summarize_many` call spreads over rayon's global pool (RAYON_NUM_THREADS
    threads): the CPU time of the calling thread (the serial part) and of each worker. On
    idle cores the call takes about the serial part plus the busiest worker's time, which a
    busy machine does not change much."""
    texts = read_texts(path)
    summarizer = salient.Summarizer()
    summarizer.summarize_many(texts[:10])  # starts the global pool
    before, start = thread_cpu_seconds(), time.perf_counter()
    summarizer.summarize_many(texts)
    wall, after = time.perf_counter() - start, thread_cpu_seconds()
    spent = {t: after[t] - before.get(t, 0.0) for t in after}
    serial = spent.pop(str(os.getpid()), 0.0)
    workers = sorted((s for s in spent.values() if s > 0.001), reverse=True)
    total = serial + sum(workers)
    print(
        f"wall {wall:.2f} s; CPU {total:.2f} s: calling thread {serial:.3f} s "
        f"({100 * serial / total:.1f}%), workers {', '.join(f'{w:.2f}' for w in workers)} s; "
        f"on idle cores about {serial + workers[0]:.2f} s, {total / (serial + workers[0]):.2f}x "
        "one thread's CPU time"
    )


def jsonl(path: Path, threads: int | None) -> None:
    """`salient --jsonl` from Python: every line's summary as a JSON line, in order."""
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    summaries = salient.Summarizer().summarize_many([r["text"] for r in records], threads=threads)
    out = sys.stdout
    for record, summary in zip(records, summaries):
        assert isinstance(summary, salient.Summary)
        out.write(json.dumps({"id": record["id"], **summary.to_dict()}, ensure_ascii=False))
        out.write("\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory {peak * 1024 / 1e6:.0f} MB", file=sys.stderr)  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("prepare", help="write the repeated articles as JSON Lines")
    command.add_argument("--copies", type=int, default=60)
    command.add_argument("--out", type=Path, default=DOCUMENTS)
    command = commands.add_parser("balance", help="CPU time per thread of one call")
    command.add_argument("file", type=Path, nargs="?", default=DOCUMENTS)
    for name in ("many", "arrow", "jsonl"):
        command = commands.add_parser(name)
        command.add_argument("file", type=Path, nargs="?", default=DOCUMENTS)
        command.add_argument("--threads", type=int, default=None, help="every core when absent")
        if name != "jsonl":
            command.add_argument("--runs", type=int, default=5)
            command.add_argument("--language", default=None, help='e.g. "en": no detection')
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.copies, args.out)
        return
    if args.command == "balance":
        balance(args.file)
        return
    if args.command == "jsonl":
        jsonl(args.file, args.threads)
        return
    options = {"language": args.language} if args.language else {}
    run = many if args.command == "many" else arrow
    run(args.file, args.threads, args.runs, options)


if __name__ == "__main__":
    main()
