"""Reading articles from paths, folders, stdin and URLs, in any of the
formats in ``quotes.inputs``, compressed or not.

Everything streams: a JSONL or CSV file is read one record at a time, a
compressed file through its decompressor, a folder one file at a time, so
memory stays flat however large the input. The format comes from the file's
suffix (``news.jsonl.gz`` is gzip-compressed JSON Lines); where the suffix
says nothing (stdin, a file without one) the content decides, and a .txt
that is really a web page is read as one.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import BinaryIO

from .errors import InputError
from .inputs.base import (
    DEFAULT_MAX_CHARS,
    ColumnNames,
    FetchLimits,
    NotArticles,
    ReadOptions,
    ReadReport,
    Warn,
    content_id,
    shown,
    stderr_warn,
)
from .inputs.compression import (
    corrupt_errors,
    corrupt_message,
    decompressed,
    sniff_codec,
    split_codec,
)
from .inputs.dates import normalize_date
from .inputs.formats import BY_NAME, BY_SUFFIX, FORMATS, Source, is_utf16, sniff, suffix_list
from .inputs.html import article_from_html, looks_like_html
from .inputs.pages import Notice, PendingPage
from .inputs.text import parse_text_article
from .models import Article

__all__ = [
    "DEFAULT_MAX_CHARS", "FORMATS", "ColumnNames", "FetchLimits", "ReadOptions", "ReadReport", "content_id",
    "normalize_date", "parse_text_article", "read_articles", "read_path", "read_stream",
]

SUFFIX_FORMATS = BY_SUFFIX  # suffix -> format name
_SNIFF = 8192


def format_of(name: str) -> tuple[str | None, str | None]:
    """(format, codec) from a file name: ``a.csv.gz`` is ("csv", ".gz")."""
    inner, codec = split_codec(name)
    return SUFFIX_FORMATS.get(PurePath(inner).suffix.lower()), codec


def _is_binary(head: bytes) -> bool:
    return b"\x00" in head


def _gunzipped_head(head: bytes) -> bytes:
    """The first bytes a gzip stream holds, from its first compressed bytes
    alone (the stream itself is not read)."""
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _SNIFF)
    except zlib.error:
        return b""


def _peekable(stream: BinaryIO) -> tuple[io.BufferedReader, bytes]:
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    return buffered, buffered.peek(_SNIFF)[:_SNIFF]


def _read_format(fmt: str, stream: io.BufferedReader, head: bytes, name: str, article_id: str, options: ReadOptions,
                 warn: Warn, path: str | None) -> Iterator[Article]:
    """Articles from a stream of a known format."""
    input_format = BY_NAME[fmt]
    if not input_format.binary and _is_binary(head) and not is_utf16(head):
        raise NotArticles(f"{name}: a binary file, not text (formats read: {', '.join(FORMATS)})")
    yield from input_format.read(stream, head, Source(name, article_id, options, warn, path))


def _article_id(path: Path) -> str:
    """A file's article id: its name without the format and compression
    suffixes ("report" for report.html.gz)."""
    inner, _ = split_codec(path.name)
    fmt = SUFFIX_FORMATS.get(PurePath(inner).suffix.lower())
    return shown(Path(PurePath(inner).stem if fmt else inner))


def read_file(path: Path, options: ReadOptions, warn: Warn = stderr_warn, id_stem: str | None = None) -> Iterator[Article]:
    """Articles from one file, by its suffix, else by its content."""
    name = shown(path)
    fmt, _ = format_of(path.name)
    if fmt is None and PurePath(split_codec(path.name)[0]).suffix and not options.input_format:
        suffix = PurePath(split_codec(path.name)[0]).suffix
        raise InputError(f"{name}: unsupported file type '{suffix}' (read: {suffix_list()}, each also .gz, .bz2, .xz "
                         "or .zst; or give --input-format)")
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{name}: a directory where a file was expected") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    with raw:
        yield from read_named_stream(raw, name, options, warn, id_stem or _article_id(path), path_name=name)


def read_named_stream(raw: BinaryIO, name: str, options: ReadOptions, warn: Warn = stderr_warn,
                      article_id: str | None = None, path_name: str | None = None) -> Iterator[Article]:
    """Articles from an open byte stream whose name's suffix says its
    format (a local file, or a remote one opened through fsspec)."""
    fmt, codec = format_of(PurePath(name).name)
    try:
        # warcio reads a gzipped archive member by member itself: a damaged
        # member then costs that record alone (through the gzip module, the
        # records decompressed with it in one read would go too).
        whole_members = fmt == "warc" and codec == ".gz"
        stream = decompressed(raw, codec, name) if codec and not whole_members else raw
        buffered, head = _peekable(stream)
        chosen = fmt or options.input_format or sniff(head).name
        if chosen == "text" and looks_like_html(head):
            chosen = "html"
        yield from _read_format(chosen, buffered, head, name, article_id or _article_id(Path(PurePath(name).name)),
                                options, warn, path_name or name)
    except corrupt_errors() as e:
        if codec is None:
            raise InputError(f"{name}: cannot read ({e})") from None
        raise InputError(corrupt_message(name, e)) from None


def folder_id_stem(folder: Path, child: Path) -> str:
    """The article id of a file read from ``folder``: its path below the
    folder without its suffixes ("a/report" and "b/report" for two
    report.txt files), so that two files of one name stay two articles."""
    parent = shown(child.relative_to(folder).parent)
    return _article_id(child) if parent == "." else f"{parent}/{_article_id(child)}"


def _folder_files(folder: Path) -> Iterator[tuple[Path, str]]:
    """(folder, file name) of every file under ``folder`` in name order,
    hidden folders left out: the files a folder given as input offers."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            yield Path(root), file_name


def _walk(folder: Path, options: ReadOptions, warn: Warn) -> Iterator[Article]:
    """Every readable file under a folder, in name order; the rest counted
    by extension and named in one closing line."""
    skipped: dict[str, int] = {}
    for root, file_name in _folder_files(folder):
        child = root / file_name
        if file_name.startswith("."):
            skipped["hidden"] = skipped.get("hidden", 0) + 1
            continue
        fmt, _ = format_of(file_name)
        if fmt is None:
            suffix = PurePath(split_codec(file_name)[0]).suffix.lower() or "no extension"
            skipped[suffix] = skipped.get(suffix, 0) + 1
            continue
        if child.is_symlink() and not child.exists():
            warn(f"{shown(child)}: a link to nothing ({os.readlink(child)}), skipped")
            skipped["broken links"] = skipped.get("broken links", 0) + 1
            continue
        if not child.is_file():
            warn(f"{shown(child)}: not a regular file (a pipe or a device), skipped")
            continue  # opening a FIFO would wait for a writer for ever
        stem = folder_id_stem(folder, child)
        try:
            yield from read_file(child, options, warn, id_stem=stem)
        except NotArticles as e:
            warn(f"{e}; skipped")
            skipped["not articles"] = skipped.get("not articles", 0) + 1
    if skipped:
        parts = ", ".join(f"{count:,} {kind}" for kind, count in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
        warn(f"{shown(folder)}: skipped {sum(skipped.values()):,} files not read as articles ({parts})")


def count_articles(paths: Sequence[str]) -> int | None:
    """How many articles ``paths`` hold, when that is known before reading
    them: files and folders of one-article files (text, pages). None for
    anything else (stdin, URLs, JSON Lines, CSV, archives), whose count is
    known only once read. Walks the folders as ``_walk`` does, reading no
    file."""
    if not paths:
        return None  # stdin
    total = 0
    for name in paths:
        if name == "-" or is_url(name):
            return None
        path = Path(name)
        if path.is_dir():
            for _, file_name in _folder_files(path):
                fmt = None if file_name.startswith(".") else format_of(file_name)[0]
                if fmt is not None and not BY_NAME[fmt].one_article:
                    return None
                total += fmt is not None
        elif path.is_file():
            fmt = format_of(name)[0]
            if fmt is None or not BY_NAME[fmt].one_article:
                return None  # (a name that says nothing is read by its first bytes)
            total += 1
        else:
            return None  # (an error will name it)
    return total


def read_path(path: Path, options: ReadOptions, warn: Warn = stderr_warn, id_stem: str | None = None) -> Iterator[Article]:
    """Articles from one file, by its suffix; a directory recursively.

    An article's id from a file is its path below the folder given, without
    the suffixes ("a/report" and "b/report" for two report.txt files), or the
    file's name without them when the file itself was given."""
    if path.is_dir():
        yield from _walk(path, options, warn)
    else:
        yield from read_file(path, options, warn, id_stem)


def read_stream(stream: BinaryIO, name: str, options: ReadOptions, warn: Warn = stderr_warn) -> Iterator[Article]:
    """Articles from stdin: compressed or not, in the format --input-format
    names, else the one its first bytes show (JSONL starts with '{', a page
    with markup, a WARC with 'WARC/'; anything else is one text)."""
    buffered, head = _peekable(stream)
    codec = sniff_codec(head)
    try:
        if codec == ".gz" and (options.input_format or sniff(_gunzipped_head(head)).name) == "warc":
            # As read_named_stream: warcio opens the archive's members itself.
            yield from _read_format("warc", buffered, head, name, "", options, warn, None)
            return
        if codec:
            buffered, head = _peekable(decompressed(buffered, codec, name))
        if not head.strip():
            return
        fmt = options.input_format or sniff(head).name
        yield from _read_format(fmt, buffered, head, name, "", options, warn, None)
    except corrupt_errors() as e:
        raise InputError(corrupt_message(name, e) if codec else f"{name}: cannot read ({e})") from None


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def read_url(url: str, options: ReadOptions) -> Article | PendingPage | None:
    """The article at a URL; FetchError says why there is none. With
    ``page_jobs`` over 1, a web page comes back unread, for a worker to
    read (inputs.pages).

    Its id is the address after redirects, so a short link and the page it
    leads to are one article; ``url`` is the page's own canonical address
    where it names one."""
    from .inputs.web import FetchError, fetch  # urllib only for runs that fetch

    page = fetch(url, options.fetch)
    # A URL is read as a page or as plain text (its content type says which).
    html, text_types = BY_NAME["html"].content_types, BY_NAME["text"].content_types
    if page.content_type in html or (page.content_type in text_types and looks_like_html(page.body[:_SNIFF])):
        if options.page_jobs > 1:
            return PendingPage(page.body, page.url, None, url, url=page.url)
        article = article_from_html(page.body, page.url, None, url=page.url)
        if article is None:
            raise FetchError("no article text found in the page")
        return article
    if page.content_type in text_types:
        try:
            text = page.body.decode(page.charset or "utf-8", errors="replace")
        except LookupError:
            raise FetchError(f"unknown charset {page.charset!r}") from None
        if not text.strip():
            return None
        article = parse_text_article(text, page.url, None)
        return article if article.url else dataclasses.replace(article, url=page.url)
    raise FetchError(f"not a web page ({page.content_type})")


def read_named_file(path: Path, id_stem: str, options: ReadOptions, warn: Warn = stderr_warn) -> Iterator[Article]:
    """The articles of one file named as a folder's walk names it (the
    distributed path reads a folder's files one by one), over --max-chars
    skipped as ``read_articles`` skips them."""
    yield from _within_limit(read_path(path, options, warn, id_stem=id_stem), options, warn, ReadReport())


def _within_limit(articles: Iterable[Article], options: ReadOptions, warn: Warn, report: ReadReport) -> Iterator[Article]:
    for article in articles:
        if options.max_chars and len(article.text) > options.max_chars:
            where = article.origin or article.path or article.id
            warn(f"{where}: article {article.id!r} has {len(article.text):,} characters, over --max-chars "
                 f"{options.max_chars:,}; skipped")
            report.skipped_documents += 1
            continue
        yield article


def _sources(paths: Iterable[str], urls: Iterable[str], options: ReadOptions, warn: Warn, stdin: BinaryIO | None,
             report: ReadReport) -> Iterator[Article]:
    for p in paths:
        if p == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", options, warn)
        elif is_url(p):
            yield from _fetched([p], options, warn, report)
        else:
            yield from read_path(Path(p), options, warn)
    yield from _fetched(urls, options, warn, report)


def _fetched(urls: Iterable[str], options: ReadOptions, warn: Warn, report: ReadReport) -> Iterator[Article]:
    for url in urls:
        from .inputs.web import FetchError  # urllib only for runs that fetch

        try:
            article = read_url(url, options)
        except FetchError as e:
            failed = _url_failed(url, str(e), warn, report)
            if options.page_jobs > 1:
                yield Notice(failed)  # type: ignore[misc]  # in its place among pages the workers read
            else:
                failed()
            continue
        if isinstance(article, PendingPage):
            yield dataclasses.replace(article, settle=_url_page_settled(url, warn, report))  # type: ignore[misc]
        elif article is not None:
            yield article


def _url_failed(url: str, reason: str, warn: Warn, report: ReadReport) -> Callable[[], None]:
    def failed() -> None:
        warn(f"{url}: {reason}")
        report.failed_urls += 1
    return failed


def _url_page_settled(url: str, warn: Warn, report: ReadReport) -> Callable[[Article | None], None]:
    """What a worker's reading of a fetched page comes to: a page with no
    article text fails its URL, as on one core."""
    def settled(article: Article | None) -> None:
        if article is None:
            _url_failed(url, "no article text found in the page", warn, report)()
    return settled


def read_articles(
    paths: Iterable[str],
    options: ReadOptions = ReadOptions(),
    warn: Warn = stderr_warn,
    stdin: BinaryIO | None = None,
    urls: Iterable[str] = (),
    report: ReadReport | None = None,
) -> Iterator[Article]:
    """Every article of every path and URL, in order; '-' (or nothing at
    all) is stdin. ``report`` counts the URLs that failed and the documents
    left out."""
    paths = list(paths)
    report = report if report is not None else ReadReport()
    pending = iter(urls)
    first_url = next(pending, None)
    if not paths and first_url is None:
        paths = ["-"]
    all_urls = itertools.chain([first_url] if first_url is not None else [], pending)
    found = _sources(paths, all_urls, options, warn, stdin, report)
    if options.page_jobs > 1:
        from .inputs.pages import pages_read

        found = pages_read(found, options.page_jobs, warn)
    yield from _within_limit(found, options, warn, report)
