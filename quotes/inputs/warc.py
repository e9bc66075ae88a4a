"""Web archives (WARC, as Common Crawl's news crawl writes them): each HTML
response record is an article; every other record is skipped and counted.

The id is the page's address (WARC-Target-URI), else the record id, so a
page crawled twice is one article, as an article file read twice is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import Article
from .base import ReadOptions, Warn
from .html import article_from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _archive_iterator(stream: BinaryIO, name: str) -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:
        raise InputError(f"{name}: reading WARC needs warcio, which failed to import ({e}); reinstall quotes") from None
    return ArchiveIterator(stream)


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
    skipped: Counter[str] = Counter()
    pages = 0
    records = iter(_archive_iterator(stream, name))
    number = 0
    while True:
        try:
            record = next(records, None)
            if record is None:
                break
            number += 1
            reason = _skip_reason(record)
            page = b"" if reason else record.content_stream().read(options.fetch.max_bytes + 1)
        except InputError:
            raise
        except Exception as e:  # warcio raises plain exceptions on a damaged archive
            raise InputError(f"{name}: damaged WARC after record {number} ({type(e).__name__}: {e})") from None
        if reason is not None:
            skipped[reason] += 1
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI")
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        if len(page) > options.fetch.max_bytes:
            warn(f"{name}: record {number} ({uri or record_id}): page larger than "
                 f"{options.fetch.max_bytes:,} bytes, skipped")
            skipped["pages too large"] += 1
            continue
        crawl_date = record.rec_headers.get_header("WARC-Date")
        article = article_from_html(page, uri or record_id or f"{name}#{number}", name, url=uri, date=crawl_date)
        if article is None:
            skipped["pages without article text"] += 1
            continue
        pages += 1
        yield article
    if skipped:
        parts = ", ".join(f"{count:,} {reason}" for reason, count in skipped.most_common())
        say(f"{name}: {pages:,} HTML pages read; skipped {sum(skipped.values()):,} records ({parts})")
