"""Extraction on every core: articles go to worker processes in chunks, and
come back with their quotes in input order, so that whatever is done with
them next (writing rows, storing them in one process, in the same
transactions) is exactly what one core would do.

Memory stays bounded: only a few chunks per worker are in flight, read from
the input as results are taken. A small input never starts a worker: the
pool starts when a second chunk is ready, so a short command starts as fast
as before. ``chunked`` and ``results_in_order`` are that ordered, bounded
map on its own; web pages are read through it too (``inputs.pages``).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .extract import extract
from .models import Article, Quote

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# A chunk is sent to a worker as one task: about this many characters (a
# few dozen news articles), so that the cost of a task is small against
# the extraction work, and the chunks still spread over the workers.
CHUNK_CHARS = 200_000
CHUNK_ARTICLES = 64
IN_FLIGHT_PER_WORKER = 3

Extracted = tuple[Article, "list[Quote] | None"]
C = TypeVar("C")  # a chunk of the input
T = TypeVar("T")  # an item of the input


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _extract_texts(texts: list[str]) -> list[list[Quote]]:
    return [extract(text) for text in texts]


def _chunks(articles: Iterable[Article], wanted: Callable[[Article], bool]) -> Iterator[list[tuple[Article, bool]]]:
    pairs = ((article, wanted(article)) for article in articles)
    return chunked(pairs, lambda pair: len(pair[0].text) if pair[1] else 0, CHUNK_CHARS, CHUNK_ARTICLES)


def chunked(items: Iterable[T], size_of: Callable[[T], int], max_size: int, max_items: int) -> Iterator[list[T]]:
    """Runs of ``items`` until their sizes reach ``max_size`` or their number
    ``max_items``. Bad input part-way: the run read before it still comes,
    then the error."""
    chunk: list[T] = []
    size = 0
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
        size += size_of(item)
        if size >= max_size or len(chunk) >= max_items:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def extract_in_order(
    articles: Iterable[Article], jobs: int, wanted: Callable[[Article], bool] = lambda article: True
) -> Iterator[Extracted]:
    """Each article with its quotes (None for an article ``wanted`` turns
    down: the caller will not use its quotes), in input order.

    An error while reading the input comes after every article read before
    it has been yielded, as on one core."""
    if jobs <= 1:
        for article in articles:
            yield article, (extract(article.text) if wanted(article) else None)
        return
    for chunk, quotes in results_in_order(_chunks(articles, wanted), _texts_of, _extract_texts, jobs):
        found = iter(quotes)
        for article, needed in chunk:
            yield article, (next(found) if needed else None)


def _texts_of(chunk: list[tuple[Article, bool]]) -> list[str]:
    return [article.text for article, needed in chunk if needed]


def results_in_order(chunks: Iterator[C], load_of: Callable[[C], list[Any]], work: Callable[[list[Any]], list[Any]],
                     jobs: int) -> Iterator[tuple[C, list[Any]]]:
    """Each chunk with ``work`` done on its load (``load_of(chunk)``), in
    order. Loads go to ``jobs`` worker processes, a few per worker in
    flight, so that memory stays bounded; a chunk with no load needs no
    worker, and the first with one waits: if no second comes, the input was
    small, its work is done here and no worker is started. An error from
    ``chunks`` comes after every chunk before it. (``work`` is a function of
    a module, which the workers can import.)"""
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[C, Any]] = deque()  # a chunk and its Future, or _Deferred
    error: BaseException | None = None
    try:
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except Exception as e:  # bad input part-way: finish what was read, then raise
                error = e
                break
            load = load_of(chunk)
            if not load or (pool is None and not any(isinstance(w, _Deferred) and w.load for _, w in pending)):
                pending.append((chunk, _Deferred(work, load)))
            else:
                if pool is None:
                    pool = worker_pool(jobs)
                    # The chunk that waited goes to a worker too, keeping its place.
                    pending = deque((c, pool.submit(work, w.load) if isinstance(w, _Deferred) and w.load else w)
                                    for c, w in pending)
                pending.append((chunk, pool.submit(work, load)))
            while len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                chunk, done = pending.popleft()
                yield chunk, done.result()
        while pending:
            chunk, done = pending.popleft()
            yield chunk, done.result()
    finally:
        if pool is not None:
            try:
                pool.shutdown(wait=True, cancel_futures=True)
            except RuntimeError:
                # Closed from the pool's own thread (the generator collected
                # there after an error): the workers are told to stop, not waited for.
                pool.shutdown(wait=False, cancel_futures=True)
    if error is not None:
        raise error


class _Deferred:
    """A load not sent anywhere: worked here if it stays alone."""

    def __init__(self, work: Callable[[list[Any]], list[Any]], load: list[Any]) -> None:
        self.work = work
        self.load = load

    def result(self) -> list[Any]:
        return self.work(self.load) if self.load else []


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    # Imported here: a small input never needs them (start-up time).
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the name tables the parent has loaded; elsewhere spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_leave_with_parent, initargs=(os.getpid(),))


def _leave_with_parent(parent: int) -> None:
    """A worker ends when the command that started it is gone: a killed
    ingest (kill -9) must not leave workers waiting for work for ever."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
