"""Web pages read on every core: trafilatura's reading of a page (three
quarters of an HTML ingest's time) runs in worker processes, and the
articles come back in input order, with the warning for a page that holds
no article text where one core would give it. A web archive's records are
pages too: each counts into its archive's tally, and the archive's closing
count is said once every page before it has been read (a ``Notice``).

A reader hands a page over as a ``PendingPage`` when ``--jobs`` asks for
more than one process (``ReadOptions.page_jobs``); ``pages_read`` turns
each into its article. The other formats' articles pass through in their
places. Memory stays bounded: a few chunks of pages per worker are in
flight. A run of few pages never starts a worker (the pool starts when a
second chunk is ready).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Union

from ..models import Article
from .base import Warn

# A task is a few pages (pages run from 50 KB to a few MB, and each takes
# trafilatura 10-100 ms): the task's cost stays small against the work, and
# the pages still spread over the workers.
CHUNK_PAGES = 8
CHUNK_BYTES = 4_000_000


@dataclass(slots=True)
class ArchiveTally:
    """What a web archive's pages came to: those read, and the records
    skipped by reason (a page with no article text among them)."""

    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def count(self, article: Article | None) -> None:
        if article is None:
            self.skipped["pages without article text"] += 1
        else:
            self.pages += 1


@dataclass(frozen=True, slots=True)
class PendingPage:
    """A page read from its file or archive, not yet reduced to its article."""

    page: bytes
    article_id: str
    path: str | None
    name: str  # for the warning of a page with no article text
    url: str | None = None
    date: str | None = None
    # What becomes of the page's article, in this process (never sent to a
    # worker): an archive's record counts into its tally, a fetched URL's
    # empty page is that URL's failure; None: warned of as a file's page.
    settle: Callable[[Article | None], None] | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """Something to say once every item before it has been read: an
    archive's closing count."""

    say: Callable[[], None]


Item = Union[Article, PendingPage, Notice]
# What a worker gets of a page: its bytes, id, path, address and date.
_Task = tuple[bytes, str, "str | None", "str | None", "str | None"]


def _read_pages(pages: list[_Task]) -> list[Article | None]:
    from .html import article_from_html

    return [article_from_html(page, article_id, path, url=url, date=date) for page, article_id, path, url, date in pages]


def no_article_text(name: str) -> str:
    """The warning for a page whose main text trafilatura could not find."""
    return f"{name}: no article text found in the page, skipped"


def pages_read(items: Iterable[Item], jobs: int, warn: Warn) -> Iterator[Article]:
    """The articles of ``items`` in order, each pending page read in a worker.

    An error while reading the input comes after every article read before
    it has been yielded, as on one core."""
    from ..parallel import results_in_order

    for chunk, articles in results_in_order(_with_reader_loaded(_chunks(items)), _pages_of, _read_pages, jobs):
        read = iter(articles)
        for item in chunk:
            if isinstance(item, Notice):
                item.say()
                continue
            if not isinstance(item, PendingPage):
                yield item
                continue
            article = next(read)
            if item.settle is not None:
                item.settle(article)
            elif article is None:
                warn(no_article_text(item.name))
            if article is not None:
                yield article


def _with_reader_loaded(chunks: Iterator[list[Item]]) -> Iterator[list[Item]]:
    """The chunks, trafilatura imported here once a page is among them:
    before the workers are forked, so that each does not import it again
    (about a second each, as long as a small run's whole reading)."""
    loaded = False
    for chunk in chunks:
        if not loaded and any(isinstance(item, PendingPage) for item in chunk):
            loaded = True
            try:
                import trafilatura  # noqa: F401
            except ImportError:
                pass  # (the worker says so, in one line, as one process would)
        yield chunk


def _pages_of(chunk: list[Item]) -> list[_Task]:
    return [(item.page, item.article_id, item.path, item.url, item.date) for item in chunk if isinstance(item, PendingPage)]


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Runs of items holding up to CHUNK_PAGES pages (fewer when they are
    big: up to CHUNK_BYTES of them)."""
    from ..parallel import chunked

    return chunked(items, _weight, CHUNK_BYTES, 4 * CHUNK_PAGES)


def _weight(item: Item) -> int:
    """A page weighs its bytes, and at least its share of a chunk's."""
    return max(len(item.page), CHUNK_BYTES // CHUNK_PAGES) if isinstance(item, PendingPage) else 0
