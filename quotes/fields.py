"""The fields of a stored quote and the SQL that reads each one.

Shared by the query layer (filters, listings) and the store (which keeps a
ready-made CSV line of the export fields for each quote).
"""

from __future__ import annotations

from .models import QUOTE_FIELDS

QUOTE_COLUMNS = {
    "id": "q.id",
    "article": "q.article_id",
    "date": "a.date",
    "source": "a.source",
    "title": "a.title",
    "url": "a.url",  # (not in the default export: --fields ...,url to cite a quote)
    "start": "q.start",
    "end": 'q."end"',
    "quote": "q.quote",
    "speaker_id": "q.speaker_id",
    "speaker": "coalesce(s.name, q.speaker_name)",
    "speaker_kind": "coalesce(s.kind, q.speaker_kind)",
    "speaker_mention": "q.speaker_mention",
    "speaker_start": "q.speaker_start",
    "speaker_end": "q.speaker_end",
    "role": "q.role",
    "cue": "q.cue",
    "kind": "q.kind",
    "paragraph": "q.paragraph",
    "confidence": "q.confidence",
}
# The export: the quote's id and article, then every field of a quote (the
# offsets first, as a reader of a CSV expects them beside the article), with
# the stored speaker's id before its name.
_LEAD = ("start", "end", "quote")
EXPORT_FIELDS = (
    "id", "article", "date", *_LEAD, "speaker_id", *(f for f in QUOTE_FIELDS if f not in _LEAD),
)
# The stored CSV line holds every export field but the id, which the database
# assigns only once the quote is inserted; an export puts "id," in front.
LINE_FIELDS = EXPORT_FIELDS[1:]
QUOTES_FROM = "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"

# Orders of the quote listings (the CLI's --sort); "-" for descending.
QUOTE_SORTS = {
    # By the article's date, then the article, then the quote's place in it:
    # the order of the articles_date index and the (article_id, start) key,
    # so a full export needs no sort.
    "date": "a.date, a.id, q.start",
    "-date": "a.date DESC, a.id, q.start",
    "article": "q.article_id, q.start",
    "speaker": "coalesce(s.name, q.speaker_name), a.date, q.start",
    "confidence": "q.confidence, q.id",
    "-confidence": "q.confidence DESC, q.id",
    "id": "q.id",
}

# Orders and fields of the speaker listing.
SPEAKER_SORTS = {
    "quotes": "quotes DESC, name",
    "name": "name COLLATE NOCASE",
    "articles": "articles DESC, name",
    "first_seen": "first_seen, name",
    "last_seen": "last_seen DESC, name",
    "id": "id",
}
SPEAKER_FIELDS = ("id", "name", "kind", "flagged", "quotes", "articles", "aliases", "first_seen", "last_seen")
