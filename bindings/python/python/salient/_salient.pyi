"""Type stubs of the extension module ``salient._salient``, re-exported by ``salient``."""

from collections.abc import Iterable, Iterator
from typing import Any, Literal, final

__version__: str

@final
class Sentence:
    """One sentence of a summary."""

    @property
    def text(self) -> str:
        """The sentence, equal to ``input[start:end]``."""
    @property
    def start(self) -> int:
        """Where it starts in the input, as a string index."""
    @property
    def end(self) -> int:
        """Where it ends in the input (exclusive), as a string index."""
    @property
    def index(self) -> int:
        """Its number among the document's sentences (fragments not counted), from 0."""
    @property
    def score(self) -> float:
        """Salience relative to the document's best sentence, in [0, 1]."""
    @property
    def speaker(self) -> str | None:
        """Who said it, in a conversation whose turns name their speakers; else ``None``."""
    def to_dict(self) -> dict[str, Any]:
        """``{"text", "start", "end", "index", "score"}``, and ``"speaker"`` when it has one."""

@final
class Summary:
    """A summary: sentences of the input in document order."""

    @property
    def sentences(self) -> list[Sentence]:
        """The chosen sentences, in document order."""
    @property
    def language(self) -> str:
        """The code of the language the text was read as."""
    @property
    def format(self) -> str:
        """The format the text was read as: ``"text"``, ``"conversation"``, ``"markdown"`` or ``"email"``."""
    @property
    def document_sentences(self) -> int:
        """How many sentences the document has, fragments not counted."""
    @property
    def query_matched(self) -> bool | None:
        """With a query: whether the summary answers it (``False``: no word of it occurs in
        the text, and the summary is the one without a query). ``None`` without a query."""
    @property
    def text(self) -> str:
        """The sentences joined by single spaces (also ``str(summary)``)."""
    def __len__(self) -> int: ...
    def __bool__(self) -> bool: ...
    def __iter__(self) -> Iterator[Sentence]: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"text", "sentences", "language", "format", "document_sentences"}``, and
        ``"query_matched"`` with a query, as the ``salient`` command's ``--json`` prints it
        (offsets here are string indices)."""

@final
class CollectionSentence:
    """One sentence of a collection's summary."""

    @property
    def text(self) -> str:
        """The sentence, equal to ``documents[document][start:end]``."""
    @property
    def document(self) -> int:
        """The index of its document among those given, from 0."""
    @property
    def start(self) -> int:
        """Where it starts in its document, as a string index."""
    @property
    def end(self) -> int:
        """Where it ends in its document (exclusive), as a string index."""
    @property
    def index(self) -> int:
        """Its number among its document's sentences (fragments not counted), from 0."""
    @property
    def score(self) -> float:
        """Salience relative to the collection's best sentence, in [0, 1]."""
    def to_dict(self) -> dict[str, Any]:
        """``{"text", "document", "start", "end", "index", "score"}``."""

@final
class CollectionSummary:
    """One summary of many documents: sentences by document, then position."""

    @property
    def sentences(self) -> list[CollectionSentence]:
        """The chosen sentences, by document, then position."""
    @property
    def documents(self) -> list[dict[str, Any]]:
        """How each document was read: ``{"language", "format", "document_sentences"}``."""
    @property
    def document_sentences(self) -> int:
        """How many sentences the documents have in all, fragments not counted."""
    @property
    def query_matched(self) -> bool | None:
        """With a query: whether any word of it occurs in the documents (when none does,
        the summary is the one without a query). None without a query."""
    @property
    def text(self) -> str:
        """The sentences joined by single spaces (also ``str(summary)``)."""
    def __len__(self) -> int: ...
    def __bool__(self) -> bool: ...
    def __iter__(self) -> Iterator[CollectionSentence]: ...
    def to_dict(self) -> dict[str, Any]:
        """``{"text", "sentences", "documents", "document_sentences"}`` (and
        ``"query_matched"`` with a query), as the ``salient`` command's ``--json`` prints it
        for several files (offsets here are string indices)."""

@final
class Segment:
    """A sentence or fragment found by ``split_sentences``."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> Literal["sentence", "fragment"]: ...
    @property
    def paragraph(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class PageSentence:
    """One sentence of a page's summary."""

    @property
    def text(self) -> str:
        """The sentence, equal to ``summary.main_text[start:end]``."""
    @property
    def start(self) -> int:
        """Where it starts in the main text, as a string index."""
    @property
    def end(self) -> int:
        """Where it ends in the main text (exclusive)."""
    @property
    def element_start(self) -> int:
        """Where the element it came from starts in the HTML, as a string index."""
    @property
    def element_end(self) -> int:
        """Where that element ends in the HTML (exclusive)."""
    @property
    def index(self) -> int:
        """Its number among the main content's sentences, from 0."""
    @property
    def score(self) -> float:
        """Salience relative to the best sentence, in [0, 1]."""
    def to_dict(self) -> dict[str, Any]: ...

@final
class PageSummary:
    """A summary of a page: sentences of its main content in document order."""

    @property
    def sentences(self) -> list[PageSentence]: ...
    @property
    def language(self) -> str: ...
    @property
    def document_sentences(self) -> int: ...
    @property
    def title(self) -> str | None: ...
    @property
    def byline(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def main_text(self) -> str:
        """The main content's text, which the sentences' offsets point into."""
    @property
    def text(self) -> str:
        """The sentences joined by single spaces (also ``str(summary)``)."""
    def __len__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """As the ``salient`` command's ``--json`` prints a page's summary."""

@final
class Block:
    """A block of a page's main content."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def element_start(self) -> int: ...
    @property
    def element_end(self) -> int: ...
    @property
    def kind(
        self,
    ) -> Literal["paragraph", "heading", "list_item", "quote", "cell", "code", "caption"]: ...
    @property
    def level(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Page:
    """The main content of a page, with its title, byline and date."""

    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def byline(self) -> str | None: ...
    @property
    def date(self) -> str | None: ...
    @property
    def blocks(self) -> list[Block]: ...
    def to_dict(self) -> dict[str, Any]:
        """As ``salient extract --json`` prints it."""

class Summarizer:
    """Summarization options, reusable across texts and threads."""

    def __init__(
        self,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        words: int | None = None,
        chars: int | None = None,
        language: str | None = None,
        format: Literal["auto", "text", "conversation", "html"] | None = None,
        algorithm: Literal["tfidf", "textrank"] | None = None,
        profile: Literal["auto", "general", "news", "conversation"] | None = None,
        redundancy: float | None = None,
        query: str | None = None,
    ) -> None: ...
    def options(self) -> dict[str, Any]:
        """The options with their values, defaults included."""
    def summarize(self, text: str) -> Summary:
        """Summarizes ``text``, with the GIL released."""
    def summarize_documents(self, documents: Iterable[str]) -> CollectionSummary:
        """Summarizes ``documents`` as one collection, with the GIL released."""
    def summarize_html(self, html: str) -> PageSummary:
        """Summarizes the HTML page ``html`` by its main content, with the GIL released."""
    def summarize_many(
        self,
        texts: Iterable[str | None],
        *,
        threads: int | None = None,
        errors: Literal["return", "raise"] = "return",
    ) -> list[Summary | None | TypeError]:
        """Summarizes each of ``texts`` on every core (or ``threads``), with the GIL
        released. ``None`` gives ``None``; an item that is not a str gives a ``TypeError``
        in its place, or raises it with ``errors="raise"``."""
    def _summarize_utf8_column(
        self,
        offsets: bytes,
        offset_width: int,
        data: bytes,
        validity: bytes | None,
        offset: int,
        length: int,
        threads: int | None = None,
    ) -> dict[str, Any]: ...

def summarize(
    text: str,
    sentences: int | None = None,
    *,
    ratio: float | None = None,
    words: int | None = None,
    chars: int | None = None,
    language: str | None = None,
    format: Literal["auto", "text", "conversation", "html"] | None = None,
    algorithm: Literal["tfidf", "textrank"] | None = None,
    profile: Literal["auto", "general", "news", "conversation"] | None = None,
    redundancy: float | None = None,
    query: str | None = None,
) -> Summary:
    """Summarizes ``text`` in at most ``sentences`` sentences (3 unless given)."""

@final
class Keyphrase:
    """A keyphrase found by ``keyphrases``."""

    @property
    def text(self) -> str:
        """The phrase as it most often appears: ``input[start:end]`` for one of its spans."""
    @property
    def score(self) -> float:
        """Its score relative to the text's best keyphrase, in (0, 1]."""
    @property
    def spans(self) -> list[tuple[int, int]]:
        """Its occurrences, in order, as ``(start, end)`` string indices."""
    def to_dict(self) -> dict[str, Any]:
        """``{"text", "score", "spans": [{"start", "end"}]}``."""

def keyphrases(
    text: str,
    n: int | None = None,
    *,
    language: str | None = None,
    max_words: int | None = None,
    redundancy: float | None = None,
) -> list[Keyphrase]:
    """The ``n`` (10 unless given) words and phrases ``text`` is about, best first."""
def summarize_documents(
    documents: Iterable[str],
    sentences: int | None = None,
    *,
    ratio: float | None = None,
    words: int | None = None,
    chars: int | None = None,
    language: str | None = None,
    format: Literal["auto", "text"] | None = None,
    algorithm: Literal["tfidf", "textrank"] | None = None,
    profile: Literal["general", "news"] | None = None,
    redundancy: float | None = None,
    query: str | None = None,
) -> CollectionSummary:
    """Summarizes ``documents`` as one collection: what several say outranks what one says,
    and a fact told by two is told once; with ``query``, what answers it in any document."""

def split_sentences(text: str, language: str | None = None) -> list[Segment]:
    """Splits ``text`` into sentences and fragments, in document order."""

def detect_language(text: str) -> str:
    """The code of the language ``text`` is in."""

def languages() -> list[str]:
    """The codes of the languages this build reads."""

def extract(html: str) -> Page:
    """Reads the HTML page ``html`` for its main content, title, byline and date."""

def summarize_html(
    html: str,
    sentences: int | None = None,
    *,
    ratio: float | None = None,
    words: int | None = None,
    chars: int | None = None,
    language: str | None = None,
    format: Literal["auto", "text", "conversation", "html"] | None = None,
    algorithm: Literal["tfidf", "textrank"] | None = None,
    profile: Literal["auto", "general", "news", "conversation"] | None = None,
    redundancy: float | None = None,
) -> PageSummary:
    """Summarizes the HTML page ``html`` by its main content."""
