"""The live progress line of 'quotes ingest' on a terminal: articles read
and stored, quotes, the rate, and the time left when the number of articles
is known ahead (``count_articles``). Nothing when stderr is not a terminal.

Articles are counted as they are read, not only as they are stored: the
store works a batch at a time, and a batch of pages can take seconds to
read."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from ..ingest import IngestSummary


class ProgressLine:
    # Redrawn at most this often (seconds): a terminal is slow to write to.
    EVERY = 0.2

    def __init__(self, total: int | None, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = clock()
        self.last = -self.EVERY
        self.read = 0
        self.stored = 0
        self.quotes = 0
        self.shown = 0  # width of the line on screen, to clear it

    def counting(self, articles: Iterable[Any]) -> Iterator[Any]:
        """``articles`` as they come, each counted as read."""
        for article in articles:
            self.read += 1
            self._maybe_draw()
            yield article

    def stored_one(self, article: Any, summary: IngestSummary) -> None:
        """The ingest's progress callback: one more article stored."""
        self.stored += 1
        self.quotes = summary.quotes
        self._maybe_draw()

    def text(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        # Reading runs a batch ahead of storing: the rate, and the time left,
        # are of articles stored once storing has begun.
        done = self.stored or self.read
        rate = done / elapsed
        line = f"{self.read:,} articles read, {self.stored:,} stored, {self.quotes:,} quotes, {rate:,.1f} articles/s"
        if self.total:
            left = max(self.total - done, 0)
            eta = f"{_clock(left / rate)} left" if rate > 0 else "time left unknown"
            line += f", {min(100, 100 * done // self.total)}% of {self.total:,}, {eta}"
        return line

    def _maybe_draw(self) -> None:
        now = self.clock()
        if now - self.last < self.EVERY:
            return
        self.last = now
        width = shutil.get_terminal_size((80, 24)).columns - 1
        line = self.text()[:width]
        self.stream.write("\r" + line + " " * max(0, self.shown - len(line)))
        self.stream.flush()
        self.shown = len(line)

    def before(self, warn: Callable[[str], None]) -> Callable[[str], None]:
        """``warn``, clearing the progress line first."""

        def warn_clear(message: str) -> None:
            self.clear()
            warn(message)
            self.last = -self.EVERY  # redrawn at the next article

        return warn_clear

    def clear(self) -> None:
        """Take the line off the screen (the summary line follows)."""
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
