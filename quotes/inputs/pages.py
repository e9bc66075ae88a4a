"""Web pages read on every core: trafilatura's reading of a page (three
quarters of an HTML ingest's time) runs in worker processes, and the
articles come back in input order, with the warning for a page that holds
no article text where one core would give it.

A reader hands a page over as a ``PendingPage`` when ``--jobs`` asks for
more than one process (``ReadOptions.page_jobs``); ``pages_read`` turns
each into its article. The other formats' articles pass through in their
places. Memory stays bounded: a few chunks of pages per worker are in
flight. A run of few pages never starts a worker (the pool starts when a
second chunk is ready).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from ..models import Article
from .base import Warn

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# A task is a few pages (pages run from 50 KB to a few MB, and each takes
# trafilatura 10-100 ms): the task's cost stays small against the work, and
# the pages still spread over the workers.
CHUNK_PAGES = 8
CHUNK_BYTES = 4_000_000
IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True, slots=True)
class PendingPage:
    """A page read from its file, not yet reduced to its article."""

    page: bytes
    article_id: str
    path: str | None
    name: str  # for the warning of a page with no article text


Item = Union[Article, PendingPage]


def _read_pages(pages: list[PendingPage]) -> list[Article | None]:
    from .html import article_from_html

    return [article_from_html(p.page, p.article_id, p.path) for p in pages]


def no_article_text(page: PendingPage) -> str:
    """The warning for a page whose main text trafilatura could not find."""
    return f"{page.name}: no article text found in the page, skipped"


def pages_read(items: Iterable[Item], jobs: int, warn: Warn) -> Iterator[Article]:
    """The articles of ``items`` in order, each pending page read in a worker.

    An error while reading the input comes after every article read before
    it has been yielded, as on one core."""
    source = _chunks(items)
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[list[Item], Any]] = deque()  # a chunk and its Future, or None while it waits
    error: BaseException | None = None
    try:
        while True:
            try:
                chunk = next(source)
            except StopIteration:
                break
            except Exception as e:  # bad input part-way: finish what was read, then raise
                error = e
                break
            pages = [item for item in chunk if isinstance(item, PendingPage)]
            if pages and pool is None and not any(work is None and _has_pages(c) for c, work in pending):
                pending.append((chunk, None))  # the first chunk of pages waits: perhaps no second comes
            elif pages:
                if pool is None:
                    pool = _pool(jobs)
                    pending = deque((c, pool.submit(_read_pages, _pages_of(c)) if work is None and _has_pages(c)
                                     else work) for c, work in pending)
                pending.append((chunk, pool.submit(_read_pages, pages)))
            else:
                pending.append((chunk, None))
            while len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from _in_order(*pending.popleft(), warn)
        while pending:
            yield from _in_order(*pending.popleft(), warn)
    finally:
        if pool is not None:
            try:
                pool.shutdown(wait=True, cancel_futures=True)
            except RuntimeError:  # closed from the pool's own thread after an error
                pool.shutdown(wait=False, cancel_futures=True)
    if error is not None:
        raise error


def _has_pages(chunk: list[Item]) -> bool:
    return any(isinstance(item, PendingPage) for item in chunk)


def _pages_of(chunk: list[Item]) -> list[PendingPage]:
    return [item for item in chunk if isinstance(item, PendingPage)]


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Runs of items holding up to CHUNK_PAGES pages or CHUNK_BYTES of them."""
    chunk: list[Item] = []
    pages = size = 0
    source = iter(items)
    while True:
        try:
            item = next(source)
        except StopIteration:
            break
        except Exception:
            if chunk:  # the items read before bad input still go on
                yield chunk
            raise
        chunk.append(item)
        if isinstance(item, PendingPage):
            pages += 1
            size += len(item.page)
        if pages >= CHUNK_PAGES or size >= CHUNK_BYTES or len(chunk) >= 4 * CHUNK_PAGES:
            yield chunk
            chunk, pages, size = [], 0, 0
    if chunk:
        yield chunk


def _in_order(chunk: list[Item], work: Any, warn: Warn) -> Iterator[Article]:
    """The chunk's articles in order: its pages as the worker read them (or
    read here, for a chunk no worker took)."""
    read = iter(work.result() if work is not None else _read_pages(_pages_of(chunk)))
    for item in chunk:
        if not isinstance(item, PendingPage):
            yield item
            continue
        article = next(read)
        if article is None:
            warn(no_article_text(item))
        else:
            yield article


def _pool(jobs: int) -> ProcessPoolExecutor:
    from ..parallel import worker_pool  # the extraction's workers' set-up (fork, leave with the parent)

    return worker_pool(jobs)
