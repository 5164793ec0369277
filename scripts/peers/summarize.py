"""One-sentence summaries by the PyPI peers, for `salient-eval summaries --predictions`.

    python summarize.py PEER DATA.jsonl LANG OUT.jsonl

Run with the scratch virtual environment that install.sh makes (its packages are not
salient's). PEER is one of summa, sumy-textrank, sumy-reduction, sumy-lexrank, lexrank;
LANG the ISO 639-1 code of the texts (en or fr), which picks each peer's stop words and
stemmer. Each line of OUT is {"id", "summary"}, one per line of DATA, in its order; a peer
that fails on a document leaves an empty summary and a note on stderr.

Sentences: summa splits with its own rules; sumy and lexrank with sumy's NLTK Punkt
tokenizer. Only Punkt's English model can be installed here (see the README), so French
texts are split with it too; stop words and stemmers are French.
"""

from __future__ import annotations

import json
import sys
from typing import Callable, Dict, List

NAMES = {"en": "english", "fr": "french"}

Summarize = Callable[[str], str]


def one_line(sentence: str) -> str:
    """A sentence on one line: the scorer reads a summary's sentences one per line."""
    return " ".join(sentence.split())


def summa(language: str, _texts: List[str]) -> Summarize:
    from summa.summarizer import summarize

    def run(text: str) -> str:
        # All sentences with their scores; the best one (the first of equals) is the summary.
        scored = summarize(text, ratio=1.0, language=NAMES[language], split=True, scores=True)
        if not scored:
            return ""
        best = max(range(len(scored)), key=lambda i: (scored[i][1], -i))
        return one_line(scored[best][0])

    return run


def sumy(kind: str) -> Callable[[str, List[str]], Summarize]:
    def make(language: str, _texts: List[str]) -> Summarize:
        from sumy.nlp.stemmers import Stemmer
        from sumy.nlp.tokenizers import Tokenizer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.reduction import ReductionSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words

        classes = {
            "textrank": TextRankSummarizer,
            "reduction": ReductionSummarizer,
            "lexrank": LexRankSummarizer,
        }
        name = NAMES[language]
        summarizer = classes[kind](Stemmer(name))
        summarizer.stop_words = get_stop_words(name)
        tokenizer = Tokenizer("english")

        def run(text: str) -> str:
            document = PlaintextParser.from_string(text, tokenizer).document
            return "\n".join(one_line(str(s)) for s in summarizer(document, 1))

        return run

    return make


def lexrank(language: str, texts: List[str]) -> Summarize:
    from lexrank import LexRank
    from lexrank.mappings.stopwords import STOPWORDS
    from sumy.nlp.tokenizers import Tokenizer

    tokenizer = Tokenizer("english")
    split = lambda text: [one_line(s) for s in tokenizer.to_sentences(text) if s.strip()]
    # Its IDF is learnt from a collection: all the documents being summarized.
    ranker = LexRank([split(text) for text in texts], stopwords=STOPWORDS[language])

    def run(text: str) -> str:
        sentences = split(text)
        if not sentences:
            return ""
        return "\n".join(ranker.get_summary(sentences, summary_size=1, threshold=0.1))

    return run


PEERS: Dict[str, Callable[[str, List[str]], Summarize]] = {
    "summa": summa,
    "sumy-textrank": sumy("textrank"),
    "sumy-reduction": sumy("reduction"),
    "sumy-lexrank": sumy("lexrank"),
    "lexrank": lexrank,
}


def main() -> None:
    if len(sys.argv) != 5 or sys.argv[1] not in PEERS or sys.argv[3] not in NAMES:
        sys.exit(f"usage: summarize.py {{{','.join(PEERS)}}} DATA.jsonl {{en,fr}} OUT.jsonl")
    peer, data, language, out = sys.argv[1:]
    with open(data, encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines if line.strip()]
    summarize = PEERS[peer](language, [document["text"] for document in documents])
    failures = 0
    with open(out, "w", encoding="utf-8") as output:
        for document in documents:
            try:
                summary = summarize(document["text"])
            except Exception as error:  # a peer's failure on one text is that text's
                failures += 1
                print(f"{peer}: {document['id']}: {error!r}", file=sys.stderr)
                summary = ""
            output.write(json.dumps({"id": document["id"], "summary": summary}) + "\n")
    print(f"{peer}: {len(documents)} documents, {failures} failed", file=sys.stderr)


if __name__ == "__main__":
    main()
