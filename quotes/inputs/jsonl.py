"""JSON Lines: one article object a line, read one line at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError
from ..models import Article
from .base import ReadOptions, Warn, decode
from .fields import FIELD_NAMES, FieldMap, article_from_record


def json_value(line: str, where: str) -> object:
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


def article_from_json(obj: object, where: str, options: ReadOptions, path: str | None = None) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text'")
    fields = FieldMap(obj.keys(), options.columns)
    name = fields.text_field()
    if name is None or not isinstance(obj.get(name), str):
        looked = options.columns.text or ", ".join(FIELD_NAMES["text"])
        raise InputError(f"{where}: the object has no 'text' string (looked for {looked})")
    article = article_from_record(obj, fields, where, path, from_json=True)
    assert article is not None  # the text is a string
    return article


class OverLong(bytes):
    """A line too long to hold, read past and not kept: its length only."""

    length: int


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes]:
    """The stream's lines, each read at most ``limit`` bytes at a time: a
    longer line (a decompression bomb's one line) is read past in pieces and
    stands as an ``OverLong``, so that memory stays bounded."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(limit + 1)
            if not line:
                break
            length += len(line)
        skipped = OverLong()
        skipped.length = length
        yield skipped


def line_limit(max_chars: int) -> int:
    """Bytes a JSONL line may take for an article of ``max_chars``
    characters: six bytes for each ("\\u00e9"), and room for its metadata."""
    return 6 * max_chars + 1_000_000


def read_jsonl(lines: Iterable[bytes], name: str, options: ReadOptions, warn: Warn) -> Iterator[Article]:
    """Articles from JSONL lines (bytes), one line at a time."""
    offset = 0
    for number, data in enumerate(lines, start=1):
        where = f"{name}:{number}"
        line_offset = offset
        if isinstance(data, OverLong):
            offset += data.length
            warn(f"{where}: a line of {data.length:,} bytes, over what --max-chars {options.max_chars:,} allows; skipped")
            continue
        offset += len(data)
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data, line_offset = data[3:], line_offset + 3  # a byte-order mark that Windows tools write first
        if not data.strip():
            continue
        try:
            line = decode(data, where, options, line_offset).strip()
            article = article_from_json(json_value(line, where), where, options, name)
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
