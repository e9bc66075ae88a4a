"""The input formats, declared once: each format's name, the suffixes that
name it, how its first bytes are recognised, the web content types it is
served as, and its reader.

Adding a format is one reader and one row of ``INPUT_FORMATS``. A reader is
imported only when a file of its format is read (start-up time), and has one
signature: ``(stream, head, source)``, where ``head`` is the stream's first
bytes (already peeked) and ``source`` says where it comes from.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..errors import InputError
from ..models import Article
from .base import FetchLimits, ReadOptions, Warn, decode, decode_utf16


@dataclass(frozen=True, slots=True)
class Source:
    """Where a stream of articles comes from, and how to read it."""

    name: str  # for messages: a path, "<stdin>", a URL
    article_id: str  # the id of a one-article file
    options: ReadOptions
    warn: Warn
    path: str | None  # the file's path, kept with its articles


Reader = Callable[[io.BufferedReader, bytes, Source], Iterator[Article]]


@dataclass(frozen=True, slots=True)
class InputFormat:
    name: str
    suffixes: tuple[str, ...]
    reader: str  # "module:function" below quotes.inputs, imported on first use
    content_types: tuple[str, ...] = ()
    binary: bool = False  # may hold NUL bytes (an archive)
    sniff: Callable[[bytes, bytes], bool] | None = None  # (head, head without BOM and blanks) -> is it?
    one_article: bool = False  # a file is one article (a progress line can count them ahead)

    def read(self, stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
        module, function = self.reader.split(":")
        read: Reader = getattr(importlib.import_module(f"quotes.inputs.{module}"), function)
        return read(stream, head, source)


def is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _looks_like_html(head: bytes, start: bytes) -> bool:
    from .html import looks_like_html

    return looks_like_html(head)


INPUT_FORMATS: tuple[InputFormat, ...] = (
    InputFormat("text", (".txt", ".text", ".md"), "formats:read_text", ("text/plain",), one_article=True),
    InputFormat("jsonl", (".jsonl", ".ndjson"), "formats:read_json_lines", ("application/x-ndjson", "application/jsonl"),
                sniff=lambda head, start: start[:1] == b"{"),
    InputFormat("csv", (".csv",), "formats:read_csv", ("text/csv",)),
    InputFormat("tsv", (".tsv", ".tab"), "formats:read_tsv", ("text/tab-separated-values",)),
    InputFormat("html", (".html", ".htm", ".xhtml", ".shtml"), "formats:read_page", ("text/html", "application/xhtml+xml"),
                sniff=_looks_like_html, one_article=True),
    InputFormat("warc", (".warc", ".arc"), "formats:read_warc", binary=True,
                sniff=lambda head, start: start.startswith(b"WARC/")),
)
# The order first bytes are tried in when the name says nothing: an archive
# holds pages, so it goes first; anything no format claims is text.
SNIFF_ORDER = ("warc", "jsonl", "html")
BY_NAME = {f.name: f for f in INPUT_FORMATS}
FORMATS = tuple(BY_NAME)
BY_SUFFIX = {suffix: f.name for f in INPUT_FORMATS for suffix in f.suffixes}
TEXT = BY_NAME["text"]


def sniff(head: bytes) -> InputFormat:
    """The format of a stream whose name says nothing."""
    start = head.lstrip(b"\xef\xbb\xbf").lstrip()
    for name in SNIFF_ORDER:
        fmt = BY_NAME[name]
        if fmt.sniff is not None and fmt.sniff(head, start):
            return fmt
    return TEXT


def suffix_list() -> str:
    """'.txt, .text, .md, .jsonl, ...' for messages."""
    return ", ".join(suffix for f in INPUT_FORMATS for suffix in f.suffixes)


# -- the readers ------------------------------------------------------------


def read_warc(stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
    from .warc import read_warc as read_archive

    yield from read_archive(stream, source.name, source.options, source.warn, say=source.warn)


def read_json_lines(stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
    from .jsonl import bounded_lines, line_limit, read_jsonl

    max_chars = source.options.max_chars
    lines: Iterable[bytes] = bounded_lines(stream, line_limit(max_chars)) if max_chars else stream
    if is_utf16(head):
        # Windows tools save text as UTF-16 with a byte-order mark; still
        # one line at a time.
        errors = "replace" if source.options.encoding_errors == "replace" else "strict"
        lines = (line.encode("utf-8") for line in io.TextIOWrapper(stream, encoding="utf-16", errors=errors))
    try:
        yield from read_jsonl(lines, source.name, source.options, source.warn)
    except UnicodeDecodeError as e:
        raise InputError(f"{source.name}: not valid UTF-16 ({e.reason})") from None


def read_csv(stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
    from .table import read_table

    yield from read_table(stream, source.name, source.options, source.warn, delimiter=",")


def read_tsv(stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
    from .table import read_table

    yield from read_table(stream, source.name, source.options, source.warn, delimiter="\t")


# A saved or fetched page bigger than this is not a news article (pages of
# 1-3 MB are common, most of it scripts); trafilatura's work grows with it.
MAX_PAGE_BYTES = FetchLimits().max_bytes


def read_page(stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
    """The page's article; with ``page_jobs`` over 1, the page itself, for
    a worker to read (inputs.pages)."""
    from .html import article_from_html
    from .pages import PendingPage, no_article_text

    page = stream.read(MAX_PAGE_BYTES + 1)
    if len(page) > MAX_PAGE_BYTES:
        source.warn(f"{source.name}: a page larger than {MAX_PAGE_BYTES:,} bytes, skipped")
        return
    if source.options.page_jobs > 1:
        yield PendingPage(page, source.article_id, source.path, source.name)  # type: ignore[misc]  # (inputs.pages)
        return
    article = article_from_html(page, source.article_id, source.path)
    if article is None:
        source.warn(no_article_text(source.name))
        return
    yield article


def read_text(stream: io.BufferedReader, head: bytes, source: Source) -> Iterator[Article]:
    from .text import parse_text_article

    max_chars = source.options.max_chars
    # At most four bytes a character: reading stops past what --max-chars
    # allows, so a decompression bomb never lands in memory whole.
    data = stream.read(4 * max_chars + 1) if max_chars else stream.read()
    if max_chars and len(data) > 4 * max_chars:
        source.warn(f"{source.name}: over --max-chars {max_chars:,} characters; skipped")
        return
    raw = decode_utf16(data, source.name, source.options) if is_utf16(head) else decode(data, source.name, source.options)
    if raw.strip():
        yield parse_text_article(raw, source.article_id, source.path)
