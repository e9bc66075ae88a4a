"""Web archives (WARC, as Common Crawl's news crawl writes them): each HTML
response record is an article; every other record is skipped and counted.

The id is the page's address (WARC-Target-URI), else the record id, so a
page crawled twice is one article, as an article file read twice is.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import Article
from .base import ReadOptions, Warn
from .html import article_from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _GzipMembers:
    """Checks the gzip members of an archive as its raw bytes go by: each
    must end with its end-of-stream marker and a matching checksum. warcio
    decompresses member by member without that check, so a damaged last
    member gave its record's garbled bytes, exit 0 and no word."""

    _CHUNK = 1 << 20  # output bytes at a time, whatever one input byte expands to

    def __init__(self) -> None:
        self._member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._started = False  # has the current member any bytes yet
        self.error: str | None = None

    def feed(self, data: bytes) -> None:
        while data and self.error is None:
            try:
                self._member.decompress(data, self._CHUNK)
            except zlib.error as e:
                self.error = f"a damaged compressed member ({e}), near"
                return
            self._started = True
            if self._member.eof:
                data = self._member.unused_data
                self._member = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._started = False
            else:
                data = self._member.unconsumed_tail

    def finish(self) -> None:
        """At the end of the file: a member begun and never ended is cut."""
        if self.error is None and self._started:
            self.error = "the compressed member ends before its end-of-stream marker (cut short, or damaged) in"


class _Watched:
    """The stream warcio reads, keeping the error a damaged stream raised:
    warcio takes an EOFError from a truncated compressed member for the end
    of the archive and stops without a word, so the error is raised again
    after the last record it gave (everything before it kept). Gzip members
    that warcio opens itself are checked on the way (``_GzipMembers``)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.error: BaseException | None = None
        self.members: _GzipMembers | None = None
        self._first = True

    def read(self, size: int = -1) -> bytes:
        return self._noting_errors(self._stream.read, size)

    def readline(self, size: int = -1) -> bytes:
        return self._noting_errors(self._stream.readline, size)

    def _noting_errors(self, reading: Callable[[int], bytes], size: int) -> bytes:
        try:
            data = reading(size)
        except (EOFError, OSError) as e:
            self.error = e
            raise
        if self._first and data:
            self._first = False
            if data.startswith(b"\x1f\x8b"):
                self.members = _GzipMembers()
        if self.members is not None:
            self.members.feed(data)
        return data


def _cut_short(record: Any) -> int | None:
    """The bytes a record declares but the file does not hold (a record cut
    in the middle, or a Content-Length past the end of the file); None when
    it is whole. Reads what is left of the record, which warcio would read
    to skip it anyway."""
    declared = record.length
    raw = record.raw_stream
    while raw.read(65536):
        pass
    left = getattr(raw, "limit", 0)
    return left if declared is not None and left > 0 else None


# No header line of a web archive is this long; a longer one is damage, or
# a file that is no archive.
_MAX_HEADER_LINE = 1 << 20


def _archive_iterator(stream: BinaryIO, name: str) -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:
        raise InputError(f"{name}: reading WARC needs warcio, which failed to import ({e}); reinstall quotes") from None
    records = ArchiveIterator(stream)
    records.reader.readline = _bounded_readline(records.reader.readline)
    return records


def _bounded_readline(readline: Callable[..., bytes]) -> Callable[..., bytes]:
    """warcio's readline, for the record and HTTP headers it parses, made to
    stop at _MAX_HEADER_LINE bytes: it grows a line by concatenating its
    reads, quadratic in a line's length (a 40 MB line took 26 s)."""
    def bounded(length: int | None = None) -> bytes:
        limit = _MAX_HEADER_LINE if length is None or length < 0 else min(length, _MAX_HEADER_LINE)
        line = readline(limit)
        if len(line) >= _MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise ValueError(f"a line of more than {_MAX_HEADER_LINE:,} bytes where a header belongs")
        return line

    return bounded


def _skip_reason(record: Any) -> str | None:
    if record.rec_type != "response":
        return f"{record.rec_type} records"
    headers = record.http_headers
    if headers is None:
        return "responses without HTTP headers"
    status = (headers.get_statuscode() or "").strip()
    if status != "200":
        return f"HTTP {status or '?'} responses"
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        return f"{content_type or 'untyped'} responses"
    return None


def read_warc(stream: BinaryIO, name: str, options: ReadOptions, warn: Warn, say: Warn) -> Iterator[Article]:
    """Articles from a WARC stream (already decompressed, or gzip records
    that warcio opens itself); ``say`` gets the closing count of what was
    skipped."""
    from .pages import ArchiveTally, Notice, PendingPage

    tally = ArchiveTally()
    skipped = tally.skipped
    watched = _Watched(stream)
    records = iter(_archive_iterator(watched, name))  # type: ignore[arg-type]
    number = 0
    cut: str | None = None
    while True:
        try:
            record = next(records, None)
            if record is None:
                break
            number += 1
            if record.rec_type is None:
                # Bytes where a record's headers belong: damaged, or no web archive.
                cut = f"record {number} is no WARC record (damaged, or the file is not a web archive)"
                warn(f"{name}: {cut}")
                continue
            reason = _skip_reason(record)
            page = b"" if reason else record.content_stream().read(options.fetch.max_bytes + 1)
            missing = _cut_short(record)
        except InputError:
            raise
        except Exception as e:  # warcio raises plain exceptions on a damaged archive
            raise InputError(f"{name}: damaged WARC after record {number} ({type(e).__name__}: {str(e)[:200]})") from None
        uri = record.rec_headers.get_header("WARC-Target-URI")
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        if missing is not None:
            # The file ends inside this record: it, and whatever records its
            # declared length swallowed, cannot be read whole.
            cut = (f"record {number} ({uri or record_id}) declares {missing:,} bytes more than the file holds: "
                   "cut short, or a wrong Content-Length; records after it may be lost")
            warn(f"{name}: {cut}")
        if reason is not None:
            skipped[reason] += 1
            continue
        if len(page) > options.fetch.max_bytes:
            warn(f"{name}: record {number} ({uri or record_id}): page larger than "
                 f"{options.fetch.max_bytes:,} bytes, skipped")
            skipped["pages too large"] += 1
            continue
        crawl_date = record.rec_headers.get_header("WARC-Date")
        article_id = uri or record_id or f"{name}#{number}"
        if options.page_jobs > 1:
            # Read in a worker (inputs.pages), counted into the tally there.
            yield PendingPage(page, article_id, name, name, url=uri, date=crawl_date, settle=tally.count)  # type: ignore[misc]
            continue
        article = article_from_html(page, article_id, name, url=uri, date=crawl_date)
        tally.count(article)
        if article is not None:
            yield article

    def closing_count() -> None:
        if skipped:
            parts = ", ".join(f"{count:,} {reason}" for reason, count in skipped.most_common())
            say(f"{name}: {tally.pages:,} HTML pages read; skipped {sum(skipped.values()):,} records ({parts})")

    if options.page_jobs > 1:
        yield Notice(closing_count)  # type: ignore[misc]  # said when the workers have read every page before it
    else:
        closing_count()
    if watched.error is not None:
        raise watched.error  # a damaged compressed stream: the reader's caller says so in one line
    if watched.members is not None:
        watched.members.finish()
        if watched.members.error is not None:
            # (warcio reads ahead, so a damaged member is found near its record)
            raise EOFError(f"{watched.members.error} record {number:,}")  # said in one line as the error above is
    if cut is not None:
        raise InputError(f"{name}: {cut}")
