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
