"""What every reader shares: the reading options, the run's report of what
was skipped, decoding with errors that name the place, and ids."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

Warn = Callable[[str], None]


class NotArticles(InputError):
    """A file that holds no articles at all (a binary file, a CSV without a
    text column): an error when named, skipped and counted in a folder."""

# A document longer than this many characters is skipped with a warning
# unless --max-chars says otherwise: a news article is 2,000-50,000
# characters, and a million is a whole book or a page read as text by
# mistake.
DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ColumnNames:
    """Columns a user named for CSV and JSON fields (``--text-column``...)."""

    text: str | None = None
    id: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class FetchLimits:
    """How long and how much a URL may take."""

    timeout: float = 20.0  # seconds for the whole page, not per read
    max_bytes: int = 10_000_000


@dataclass(frozen=True)
class ReadOptions:
    """How strictly to read input, and what to call its fields."""

    encoding_errors: str = "strict"  # or "replace"
    skip_bad: bool = False  # skip malformed JSONL lines instead of stopping
    columns: ColumnNames = ColumnNames()
    max_chars: int = DEFAULT_MAX_CHARS  # 0: no limit
    input_format: str | None = None  # for stdin and files whose name says nothing
    fetch: FetchLimits = FetchLimits()
    page_jobs: int = 1  # processes that read web pages (inputs.pages); 1: read where they are found


@dataclass
class ReadReport:
    """What a run read and what it left out, for the closing lines and the
    exit code."""

    failed_urls: int = 0
    skipped_documents: int = 0


def stderr_warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def content_id(text: str) -> str:
    """A stable id for an article that came without one."""
    import hashlib  # here: most runs never need it, and start-up counts

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def decode(data: bytes, where: str, options: ReadOptions, base_offset: int = 0) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if options.encoding_errors == "replace":
            return data.decode("utf-8", errors="replace")
        raise InputError(
            f"{where}: not valid UTF-8 at byte {base_offset + e.start} "
            "(use --encoding-errors replace to read it anyway)"
        ) from None


def decode_utf16(data: bytes, where: str, options: ReadOptions) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as e:
        if options.encoding_errors == "replace":
            return data.decode("utf-16", errors="replace")
        raise InputError(f"{where}: not valid UTF-16 at byte {e.start}") from None


def shown(path: Path) -> str:
    """A path as text, whatever bytes its name holds (undecodable bytes
    become U+FFFD): names go into messages and the database as UTF-8."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def valid_unicode(value: str, where: str, field_name: str) -> str:
    """JSON's \\ud800 escapes make strings that no UTF-8 file or database
    can hold: refuse them with the line, not a traceback later."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"{where}: '{field_name}' holds a lone surrogate ({value[e.start]!r}), not valid Unicode") from None
    return value
