"""The GIL is released while salient works, so other Python threads run meanwhile."""

from __future__ import annotations

import threading

import salient

SENTENCES = [
    "The council met on {day} to discuss the bridge over the river.",
    "Engineers said the {day} survey found cracks in the third pillar.",
    "Residents asked whether the ferry could run again until {day}.",
    "The mayor promised a decision before {day}, and the crowd applauded.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def long_text(sentences: int) -> str:
    return " ".join(
        SENTENCES[i % len(SENTENCES)].format(day=DAYS[(i // 4) % len(DAYS)]) + f" Item {i}."
        for i in range(sentences)
    )


def count_while_running(work: object) -> int:
    """How many times the main thread loops while `work` runs in another thread. A call
    that held the GIL would leave it no turn at all."""
    started = threading.Event()

    def run() -> None:
        started.set()
        work()  # type: ignore[operator]

    thread = threading.Thread(target=run)
    thread.start()
    started.wait()
    count = 0
    while thread.is_alive():
        count += 1
    thread.join()
    return count


def test_summarize_releases_the_gil() -> None:
    text = long_text(40_000)
    summarizer = salient.Summarizer(sentences=5, algorithm="textrank")
    assert count_while_running(lambda: summarizer.summarize(text)) > 1_000


def test_summarize_many_releases_the_gil() -> None:
    texts = [long_text(2_000)] * 20
    summarizer = salient.Summarizer()
    assert count_while_running(lambda: summarizer.summarize_many(texts)) > 1_000


def test_two_threads_summarize_at_once_and_agree() -> None:
    text = long_text(5_000)
    summarizer = salient.Summarizer(words=80)
    expected = summarizer.summarize(text)
    results: list[salient.Summary] = []

    def work() -> None:
        results.append(summarizer.summarize(text))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4
