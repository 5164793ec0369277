"""Extractive summarization: the few sentences that best carry a text, returned verbatim
with their positions and scores.

>>> import salient
>>> text = (
...     "Harbor City Opens Tidal Power Station\\n\\n"
...     "Harbor City switched on its first tidal power station on Monday. "
...     "The tidal station powers about 40,000 homes from the rise and fall of the bay. "
...     "Tides are predictable, which makes tidal power easy to plan for. "
...     "Some residents came to watch."
... )
>>> summary = salient.summarize(text, 2)
>>> print(summary)
Harbor City switched on its first tidal power station on Monday. The tidal station powers about 40,000 homes from the rise and fall of the bay.
>>> all(text[s.start:s.end] == s.text for s in summary.sentences)
True

The title line has no full stop, so it is a fragment: it never appears in a summary.
Offsets are Python string indices. Options are checked by the same Rust core as the
`salient` command and the npm package, with the same messages:

>>> salient.Summarizer(ratio=1.5)
Traceback (most recent call last):
...
ValueError: the length ratio 1.5 is not in (0, 1]: give the share of the document's sentences to keep, e.g. 0.2 for a fifth
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from salient import _salient
from salient._salient import (
    Block,
    Keyphrase,
    CollectionSentence,
    CollectionSummary,
    Page,
    PageSentence,
    PageSummary,
    Segment,
    Sentence,
    Summary,
    __version__,
    detect_language,
    extract,
    keyphrases,
    languages,
    split_sentences,
    summarize,
    summarize_documents,
    summarize_html,
)

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "Block",
    "Keyphrase",
    "CollectionSentence",
    "CollectionSummary",
    "Page",
    "PageSentence",
    "PageSummary",
    "Segment",
    "Sentence",
    "Summarizer",
    "Summary",
    "__version__",
    "detect_language",
    "extract",
    "keyphrases",
    "languages",
    "split_sentences",
    "summarize",
    "summarize_documents",
    "summarize_html",
]


class Summarizer(_salient.Summarizer):
    """Summarization options, reusable across texts and threads.

    Give at most one length budget -- ``sentences`` (3 when none is given), ``ratio`` (a
    share of the document's sentences, in (0, 1]), ``words`` or ``chars`` -- and any of
    ``language`` ("auto", the default, detects it; or a code such as "de"), ``algorithm``
    ("tfidf", the default, or "textrank"), ``profile`` ("general", the default, or "news")
    ``redundancy`` (0.5: a sentence more similar than this to one already chosen is
    skipped) and ``query`` (a question or a few words to focus the summary on: the
    sentences that answer it best, and most central among those; ``Summary.query_matched``
    is ``False`` when the text never uses its words). Invalid options raise ``ValueError`` with a message that says what to give.

    >>> summarizer = Summarizer(sentences=1, algorithm="textrank")
    >>> summarizer.summarize("Cats sleep. Rust is fast. Rust is safe. Rust is fast and safe.").text
    'Rust is fast and safe.'
    >>> [len(s) for s in summarizer.summarize_many(["One. Two.", "Three sentences here. Four."])]
    [1, 1]
    """

    def summarize_arrow(
        self,
        texts: pyarrow.Array | pyarrow.ChunkedArray,
        *,
        threads: int | None = None,
    ) -> pyarrow.Array | pyarrow.ChunkedArray:
        """Summarizes a column of texts given as a ``pyarrow`` string array (``string``,
        ``large_string``, or a ``ChunkedArray`` of them), with the GIL released and the
        rows on every core (or ``threads``). Returns an array of the same length (chunked
        if the input is) of structs ``{text, sentences: [{text, start, end, index, score}],
        language, format, document_sentences}``, null where the input is null. Needs ``pyarrow``
        (``pip install salient-summarizer[arrow]``).
        """
        from salient._arrow import summarize_arrow

        return summarize_arrow(self, texts, threads)
