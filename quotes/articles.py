"""Reading articles: .txt files with optional header lines, JSONL, stdin.

Everything streams: a JSONL file is read one line at a time and a directory
one file at a time, so memory stays flat however large the input.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sys
from datetime import datetime
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .models import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# "title: Boston raids" / "date 2025-03-25" / "Date: 2025-03-25" at the top.
# Only "date" may go without its colon: "Source close to ..." is a sentence.
# Written so that no part can match the same spaces two ways: a line of one
# word and 50,000 spaces must not take quadratic time (the value is
# stripped in code, not by a lazy group before "\s*$").
_HEADER_RE = re.compile(r"^[ \t]*(?:(id|title|date|url|source|author)[ \t]*:|(date)[ \t])[ \t]*(\S.*)$", re.IGNORECASE)
# The seed article carries its date before the text on the same line.
_INLINE_DATE_RE = re.compile(r"^\s*date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})[ \t]+(?=\S)", re.IGNORECASE)
_BINARY_SNIFF = 8192

Warn = Callable[[str], None]


@dataclass(frozen=True)
class ReadOptions:
    """How strictly to read input."""

    encoding_errors: str = "strict"  # or "replace"
    skip_bad: bool = False  # skip malformed JSONL lines instead of stopping


def _stderr_warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def content_id(text: str) -> str:
    """A stable id for an article that came without one."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _decode(data: bytes, where: str, options: ReadOptions, base_offset: int = 0) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if options.encoding_errors == "replace":
            return data.decode("utf-8", errors="replace")
        raise InputError(
            f"{where}: not valid UTF-8 at byte {base_offset + e.start} "
            "(use --encoding-errors replace to read it anyway)"
        ) from None


def parse_text_article(raw: str, fallback_id: str, path: str | None = None) -> Article:
    """An article from plain text, reading metadata lines at its top.

    Header lines (``title: ...``, ``date 2025-03-25``, ...) are taken off the
    text; quote offsets refer to the text that remains.
    """
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    meta: dict[str, str] = {}
    lines = raw.split("\n")
    body_start = 0
    while body_start < len(lines) and not lines[body_start].strip():
        body_start += 1
    while body_start < len(lines):
        m = _HEADER_RE.match(lines[body_start])
        if not m or (m.group(1) or m.group(2)).lower() in meta:
            break
        key, value = (m.group(1) or m.group(2)).lower(), m.group(3).strip()
        if key == "date" and not _looks_like_date(value):
            break
        meta[key] = value
        body_start += 1
    text = "\n".join(lines[body_start:])
    inline = _INLINE_DATE_RE.match(text)
    if inline and "date" not in meta:
        meta["date"] = inline.group(1)
        text = text[inline.end() :]
    text = text.strip("\n")
    return Article(
        id=meta.get("id") or fallback_id or content_id(text),
        text=text,
        title=meta.get("title"),
        date=normalize_date(meta.get("date")),
        url=meta.get("url"),
        source=meta.get("source"),
        path=path,
    )


_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y")


def normalize_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) where the value is one we can read, so that
    date filters compare; anything else is kept as given."""
    if not value:
        return value
    text = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}[T ]", text):
        return text[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text


def _looks_like_date(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]+)?|\w+\.? \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}", value))


def article_from_json(obj: object, where: str, path: str | None = None) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text'")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: the object has no 'text' string")
    _valid_unicode(text, where, "text")
    for key in ("id", "title", "date", "url", "source"):
        if isinstance(obj.get(key), str):
            _valid_unicode(obj[key], where, key)
    known = {"id", "text", "title", "date", "url", "source"}
    return Article(
        id=_json_id(obj.get("id"), text, where),
        text=text,
        title=_str_or_none(obj.get("title")),
        date=normalize_date(_str_or_none(obj.get("date"))),
        url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")),
        path=path,
        extra={k: v for k, v in obj.items() if k not in known and k != "quotes"},
        origin=where,
    )


def _json_id(raw: object, text: str, where: str) -> str:
    """An article id from JSON: a string, or a whole number, which names the
    same article as its decimal string (1 and "1" are one id; a run that
    reads both warns). Other kinds (true, 1.5, lists) are refused: they have
    no one obvious text form, and a guess would merge different articles."""
    if raw is None:
        return content_id(text)
    if isinstance(raw, str) and raw:
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    raise InputError(f"{where}: 'id' must be a non-empty string or a whole number, not {json.dumps(raw)[:40]}")


def _json_value(line: str, where: str) -> object:
    """One JSON value, with the limits of Python's reader as clear errors."""
    try:
        return json.loads(line)
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as e:
        if isinstance(e, json.JSONDecodeError):
            raise
        if "digits" in str(e):
            raise InputError(f"{where}: invalid JSON (a number too long to read, over 4,300 digits)") from None
        raise InputError(f"{where}: invalid JSON ({e})") from None


def _valid_unicode(value: str, where: str, field: str) -> str:
    """JSON's \\ud800 escapes make strings that no UTF-8 file or database
    can hold: refuse them with the line, not a traceback later."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"{where}: '{field}' holds a lone surrogate ({value[e.start]!r}), not valid Unicode") from None
    return value


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def read_jsonl(stream: BinaryIO, name: str, options: ReadOptions, warn: Warn = _stderr_warn) -> Iterator[Article]:
    """Articles from a JSONL byte stream, one line at a time."""
    offset = 0
    for number, data in enumerate(stream, start=1):
        where = f"{name}:{number}"
        line_offset = offset
        offset += len(data)
        if not data.strip():
            continue
        try:
            line = _decode(data, where, options, line_offset).strip()
            article = article_from_json(_json_value(line, where), where, name)
        except json.JSONDecodeError as e:
            message = f"{where}: invalid JSON ({e.msg} at column {e.colno})"
            if not options.skip_bad:
                raise InputError(message + " (use --skip-bad to skip such lines)") from None
            warn(message + "; skipped")
            continue
        except InputError as e:
            if not options.skip_bad:
                raise
            warn(f"{e}; skipped")
            continue
        yield article


def _is_binary(head: bytes) -> bool:
    return b"\x00" in head


def read_path(path: Path, options: ReadOptions, warn: Warn = _stderr_warn, id_stem: str | None = None) -> Iterator[Article]:
    """Articles from one file, by its suffix; a directory recursively.

    A text article's id is its path below the folder given, without the
    suffix ("a/report" and "b/report" for two report.txt files), or the
    file's name without the suffix when the file itself was given."""
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                child = Path(root) / name
                if name.startswith(".") or child.suffix.lower() not in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    continue
                if not child.is_file():
                    warn(f"{_shown(child)}: not a regular file (a pipe or a device), skipped")
                    continue  # opening a FIFO would wait for a writer for ever
                relative = _shown(child.relative_to(path).with_suffix(""))
                yield from read_path(child, options, warn, id_stem=relative)
        return
    shown = _shown(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file or directory") from None
    except OSError as e:
        raise InputError(f"{shown}: cannot read ({e.strerror})") from None
    with handle:
        head = handle.read(_BINARY_SNIFF)
        utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
        if _is_binary(head) and not utf16:
            warn(f"{shown}: binary file, skipped")
            return
        handle.seek(0)
        if path.suffix.lower() in JSONL_SUFFIXES:
            lines: Iterable[bytes] = handle
            if utf16:
                # Windows tools save text as UTF-16 with a byte-order mark;
                # still one line at a time.
                errors = "replace" if options.encoding_errors == "replace" else "strict"
                lines = (line.encode("utf-8") for line in io.TextIOWrapper(handle, encoding="utf-16", errors=errors))
            try:
                yield from read_jsonl(lines, shown, options, warn)  # type: ignore[arg-type]
            except UnicodeDecodeError as e:
                raise InputError(f"{shown}: not valid UTF-16 ({e.reason})") from None
            return
        data = handle.read()
        raw = _decode_utf16(data, shown, options) if utf16 else _decode(data, shown, options)
    if raw.strip():
        yield parse_text_article(raw, id_stem or _shown(Path(path.stem)), shown)


def _shown(path: Path) -> str:
    """A path as text, whatever bytes its name holds (undecodable bytes
    become U+FFFD): names go into messages and the database as UTF-8."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _decode_utf16(data: bytes, where: str, options: ReadOptions) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as e:
        if options.encoding_errors == "replace":
            return data.decode("utf-16", errors="replace")
        raise InputError(f"{where}: not valid UTF-16 at byte {e.start}") from None


def read_stream(stream: BinaryIO, name: str, options: ReadOptions, warn: Warn = _stderr_warn) -> Iterator[Article]:
    """Articles from stdin: JSONL when it starts with '{', else one text."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(_BINARY_SNIFF)[:_BINARY_SNIFF]
    if not head.strip():
        return
    if _is_binary(head):
        warn(f"{name}: binary input, skipped")
        return
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl(buffered, name, options, warn)
        return
    raw = _decode(buffered.read(), name, options)
    if raw.strip():
        yield parse_text_article(raw, "", None)


def read_articles(
    paths: Iterable[str], options: ReadOptions = ReadOptions(), warn: Warn = _stderr_warn, stdin: BinaryIO | None = None
) -> Iterator[Article]:
    """Every article of every path, in order; '-' (or no path) is stdin."""
    paths = list(paths) or ["-"]
    for p in paths:
        if p == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", options, warn)
        else:
            yield from read_path(Path(p), options, warn)
