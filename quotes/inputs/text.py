"""Plain-text articles, with optional metadata lines at the top."""

from __future__ import annotations

import re

from ..models import Article
from .base import content_id
from .dates import looks_like_date, normalize_date

# "title: Boston raids" / "date 2025-03-25" / "Date: 2025-03-25" at the top.
# Only "date" may go without its colon: "Source close to ..." is a sentence.
# Written so that no part can match the same spaces two ways: a line of one
# word and 50,000 spaces must not take quadratic time (the value is
# stripped in code, not by a lazy group before "\s*$").
_HEADER_RE = re.compile(r"^[ \t]*(?:(id|title|date|url|source|author)[ \t]*:|(date)[ \t])[ \t]*(\S.*)$", re.IGNORECASE)
# The seed article carries its date before the text on the same line.
_INLINE_DATE_RE = re.compile(r"^\s*date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})[ \t]+(?=\S)", re.IGNORECASE)


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
        if key == "date" and not looks_like_date(value):
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
        author=meta.get("author"),
        path=path,
    )
