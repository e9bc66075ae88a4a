"""The speakers' kept counts (schema._migration_10), and the same counted
from the quotes: the tests hold them equal."""

from __future__ import annotations

from typing import Any


def kept_counts(db: Any) -> list[tuple]:
    return db.execute("SELECT speaker_id, quotes, articles, first_seen, last_seen FROM speaker_counts ORDER BY 1").fetchall()


def counted(db: Any) -> list[tuple]:
    return db.execute(
        "SELECT q.speaker_id, count(*), count(DISTINCT q.article_id), min(a.date), max(a.date) "
        "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL GROUP BY 1 ORDER BY 1"
    ).fetchall()


def kept_facets(db: Any) -> list[tuple]:
    return db.execute("SELECT facet, value, quotes FROM quote_facets ORDER BY 1, 2").fetchall()


def counted_facets(db: Any) -> list[tuple]:
    """The quote page's facets grouped from the view, as Datasette would."""
    rows = []
    for facet in ("cue", "kind", "month", "source", "speaker", "speaker_kind"):
        column = "CAST(speaker_id AS TEXT)" if facet == "speaker" else facet
        rows += db.execute(
            f"SELECT '{facet}', {column}, count(*) FROM quote_view WHERE {column} IS NOT NULL GROUP BY 2 ORDER BY 2"
        ).fetchall()
    return rows


# Schema 11 taken back off a database, as it was made before it.
UNDO_SCHEMA_11 = (
    "DROP TRIGGER quotes_date_ai", "DROP TRIGGER quotes_date_au", "DROP TRIGGER quote_facets_source_au",
    "DROP TRIGGER quote_facets_speaker_au", "DROP TRIGGER quote_facets_ai", "DROP TRIGGER quote_facets_ad",
    "DROP TRIGGER quote_facets_au", "DROP TABLE quote_facets", "DROP VIEW quote_view",
    "CREATE VIEW quote_view AS SELECT q.id, q.quote, coalesce(s.name, q.speaker_name) AS speaker, "
    "coalesce(s.kind, q.speaker_kind) AS speaker_kind, q.speaker_id, q.role, q.cue, q.kind, q.confidence, a.date, "
    "substr(a.date, 1, 7) AS month, a.source, a.title, q.article_id AS article, a.url "
    "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id",
    "DROP INDEX quotes_date", "DROP INDEX quotes_source", "ALTER TABLE quotes DROP COLUMN date",
    "ALTER TABLE quotes DROP COLUMN source",
)
