"""Extraction on every core: articles go to worker processes in chunks, and
come back with their quotes in input order, so that whatever is done with
them next (writing rows, storing them in one process, in the same
transactions) is exactly what one core would do.

Memory stays bounded: only a few chunks per worker are in flight, read from
the input as results are taken. A small input never starts a worker: the
pool starts when a second chunk is ready, so a short command starts as fast
as before.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

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


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _extract_texts(texts: list[str]) -> list[list[Quote]]:
    return [extract(text) for text in texts]


def _chunks(articles: Iterable[Article], wanted: Callable[[Article], bool]) -> Iterator[list[tuple[Article, bool]]]:
    chunk: list[tuple[Article, bool]] = []
    size = 0
    source = iter(articles)
    while True:
        try:
            article = next(source)
        except StopIteration:
            break
        except Exception:
            if chunk:  # the articles read before bad input still go on
                yield chunk
            raise
        needed = wanted(article)
        chunk.append((article, needed))
        size += len(article.text) if needed else 0
        if size >= CHUNK_CHARS or len(chunk) >= CHUNK_ARTICLES:
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
    source = _chunks(articles, wanted)
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[list[tuple[Article, bool]], Any]] = deque()  # a Future, or _Deferred
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
            texts = [article.text for article, needed in chunk if needed]
            if not texts:  # nothing to extract (articles stored unchanged): no worker needed
                pending.append((chunk, _Deferred(texts)))
            elif pool is None and not any(isinstance(work, _Deferred) and work.texts for _, work in pending):
                # The first chunk waits: if no second one comes, the input
                # was small and no worker is started.
                pending.append((chunk, _Deferred(texts)))
            else:
                if pool is None:
                    pool = worker_pool(jobs)
                    # The chunk that waited goes to a worker too, keeping its place.
                    pending = deque((c, pool.submit(_extract_texts, w.texts) if isinstance(w, _Deferred) and w.texts
                                     else w) for c, w in pending)
                pending.append((chunk, pool.submit(_extract_texts, texts)))
            while len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from _results(*pending.popleft())
        while pending:
            yield from _results(*pending.popleft())
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
    """A chunk not yet sent anywhere: extracted here if it stays alone."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def result(self) -> list[list[Quote]]:
        return _extract_texts(self.texts)


def _results(chunk: list[tuple[Article, bool]], work: Any) -> Iterator[Extracted]:
    found = iter(work.result())
    for article, needed in chunk:
        yield article, (next(found) if needed else None)


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
