"""The records the library hands out: articles in, quotes out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

# Speaker kinds. "unknown" covers both a missing speaker and a description
# we could not classify ("one voter" is a person, but "the other side" is not
# clearly anything).
PERSON = "person"
ORGANIZATION = "organization"
DOCUMENT = "document"
UNKNOWN = "unknown"

# Quote kinds.
DIRECT = "direct"  # a whole sentence or more inside quotation marks
PARTIAL = "partial"  # a fragment quoted inside the reporter's own sentence
MULTI_PARAGRAPH = "multi-paragraph"  # news style: marks reopened per paragraph


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted statement and who it is attributed to.

    Offsets are code-point indices into the article text, so that
    ``text[start:end] == quote`` and ``text[speaker_start:speaker_end] ==
    speaker_mention`` always hold.
    """

    quote: str
    start: int
    end: int
    speaker: str | None = None
    speaker_kind: str = UNKNOWN
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None
    cue: str | None = None
    kind: str = DIRECT
    paragraph: int = 0
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# A quote's fields, in order: declared once, by the dataclass above; the
# extract output, the shards of the distributed path and the export derive
# theirs from it.
QUOTE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Quote))


@dataclass(frozen=True, slots=True)
class Article:
    """One input article: its text and whatever metadata came with it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    author: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None  # where it was read ("file.jsonl:12"), for messages
