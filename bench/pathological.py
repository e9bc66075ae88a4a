"""Pathological inputs: how long each takes, per megabyte.

    python bench/pathological.py [--size MB]

Each input is built to hit one weak spot that once took minutes: a
paragraph of 100,000 quotation marks, quotes with cues packed into one
paragraph, unbalanced marks, a one-word name after a role repeated (a
name the article never completes, asked for at every quote), a header
line of 'Date ' and 50,000 spaces, and a full-text search over a quote
that holds the search word 40,000 times. The target (not a test: timings belong here) is under 1 s per MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import query  # noqa: E402
from quotes.articles import parse_text_article  # noqa: E402
from quotes.extract import extract  # noqa: E402
from quotes.models import Article  # noqa: E402
from quotes.store import QuoteStore  # noqa: E402


def timed(name: str, function, text: str, size: int | None = None) -> None:
    """``size``: the bytes the work is about, when not the argument's."""
    start = time.process_time()
    function(text)
    seconds = time.process_time() - start
    mb = (size or len(text.encode("utf-8"))) / 1e6
    print(f"{name:48} {mb:6.2f} MB {seconds:7.2f} s  {seconds / mb:6.2f} s/MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=0.2, help="megabytes of each generated text")
    n = int(parser.parse_args().size * 1e6)
    # Load the word lists and name tables first: a one-off cost of start-up
    # (bench/startup.py), which would otherwise count against the first input.
    extract('"We will," said Ana Silva of the Kenya Meteorological Department. "Yes," she said.')
    timed("100k-style marks in one paragraph", extract, ('"a" ' * (n // 4)))
    timed("quotes with cues in one paragraph", extract, ('"Yes," he said. ' * (n // 16)))
    timed("short quoted paragraphs", extract, ('"We will," Ana Silva said.\n\n' * (n // 28)))
    timed("unbalanced opening marks", extract, ('"open ' * (n // 6)))
    timed("one long line of words", extract, "word " * (n // 5))
    # A bare name that no pair may complete, asked for again and again (each
    # pair of the article once judged, not once a quote).
    timed("a role and a one-word name, repeated", extract, 'Rapper Stormzy said: "This is for the kids." ' * (n // 46))
    timed("header: 'Date ' and spaces", lambda t: parse_text_article(t, "x"), "Date " + " " * n + "x")
    with tempfile.TemporaryDirectory() as tmp:
        store = QuoteStore(Path(tmp) / "p.db")
        words = " ".join(["word"] * 40_000)
        store.ingest([Article("p", f'"{words}," Ana Silva said.')])
        timed("search: a quote holding the word 40,000 times", lambda t: list(query.search(store, t)), "word",
              size=len(words))
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
