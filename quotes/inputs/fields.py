"""Which field of a JSON object or CSV row holds an article's text, id, date
and other metadata.

News dumps name their fields differently (news-please's ``maintext`` and
``date_publish``, NewsAPI's ``content`` and ``publishedAt``, a spreadsheet's
``body``); the first name found, in the order below, is taken. Names are
compared without case, '_' or '-', so ``published_at`` is ``publishedAt``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import InputError
from ..models import Article
from .base import ColumnNames, content_id, valid_unicode
from .dates import normalize_date

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "content", "body", "article", "article_text", "full_text"),
    "id": ("id", "article_id", "doc_id", "guid"),
    "title": ("title", "headline"),
    "date": ("date", "date_publish", "published", "publishedAt", "published_date", "publish_date", "pubdate"),
    "url": ("url", "canonical_url", "link"),
    "source": ("source", "source_domain", "sitename", "site_name", "site", "outlet", "publication"),
    "author": ("author", "authors", "byline"),
}


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


class FieldMap:
    """The field each article attribute is read from, given the names a
    record (or a CSV header) has and the columns the user named."""

    def __init__(self, names: Iterable[str], columns: ColumnNames = ColumnNames()) -> None:
        by_key: dict[str, str] = {}
        for name in names:
            by_key.setdefault(_key(name), name)
        chosen = {"text": columns.text, "id": columns.id, "date": columns.date}
        self.fields: dict[str, str] = {}
        self.missing_named: list[str] = []
        for attribute, candidates in FIELD_NAMES.items():
            named = chosen.get(attribute)
            if named is not None:
                # A column the user named must be there, exactly as spelled.
                if named in by_key.values():
                    self.fields[attribute] = named
                else:
                    self.missing_named.append(named)
                continue
            for candidate in candidates:
                if _key(candidate) in by_key:
                    self.fields[attribute] = by_key[_key(candidate)]
                    break

    @property
    def used(self) -> set[str]:
        return set(self.fields.values())

    def text_field(self) -> str | None:
        return self.fields.get("text")


def _as_text(value: Any) -> str | None:
    """A metadata value as one line of text: NewsAPI's source is an object
    with a name, news-please's authors a list."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    return str(value)


def json_id(raw: object, text: str, where: str) -> str:
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


def article_from_record(record: Mapping[str, Any], fields: FieldMap, where: str, path: str | None,
                        from_json: bool = False) -> Article | None:
    """The article in one JSON object or CSV row; None when it has no text
    (the caller says so with its line). A JSON object may hold an empty
    text on purpose (an article with nothing to quote) but not an empty id;
    a CSV row cannot tell an empty cell from a missing one."""
    text_field = fields.text_field()
    text = record.get(text_field) if text_field else None
    if text is None or (not from_json and isinstance(text, str) and not text.strip()):
        return None
    if not isinstance(text, str):
        raise InputError(f"{where}: '{text_field}' is not a string")
    valid_unicode(text, where, text_field or "text")
    values: dict[str, str | None] = {}
    for attribute in ("title", "date", "url", "source", "author"):
        name = fields.fields.get(attribute)
        value = _as_text(record.get(name)) if name else None
        values[attribute] = valid_unicode(value, where, name or attribute) if value else None
    id_field = fields.fields.get("id")
    raw_id = record.get(id_field) if id_field else None
    if isinstance(raw_id, str):
        valid_unicode(raw_id, where, id_field or "id")
    used = fields.used | {"quotes"}
    return Article(
        id=json_id(None if raw_id == "" and not from_json else raw_id, text, where),
        text=text,
        title=values["title"],
        date=normalize_date(values["date"]),
        url=values["url"],
        source=values["source"],
        author=values["author"],
        path=path,
        extra={k: v for k, v in record.items() if k not in used},
        origin=where,
    )
