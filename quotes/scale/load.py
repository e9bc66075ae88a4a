"""Step 3: load the stage into one SQLite database: the articles in input
order, then each group's speakers, aliases, quotes, roles, merge log and
review pairs with their ids moved past those already loaded, then the
full-text index built once and every quote's export line. The database is
written to a temporary file beside the target and renamed on success.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..errors import QuotesError
from ..export_lines import rebuild_export_lines
from ..schema import QUOTE_FACET_TRIGGERS, SPEAKER_COUNT_TRIGGERS, fill_quote_facets, fill_speaker_counts
from ..store import QuoteStore

# The id columns of each table, and the table whose ids they hold.
_ID_COLUMNS: dict[str, dict[str, str]] = {
    "speakers": {"id": "speakers", "merged_into": "speakers"},
    "aliases": {"id": "aliases", "speaker_id": "speakers"},
    "quotes": {"id": "quotes", "speaker_id": "speakers", "alias_id": "aliases", "mention_alias_id": "aliases"},
    "roles": {"id": "roles", "speaker_id": "speakers"},
    "merge_log": {"id": "merge_log", "speaker_id": "speakers", "other_id": "speakers"},
    "review": {"id": "review", "speaker_id": "speakers", "candidate_id": "speakers", "log_id": "merge_log"},
}
# Ids inside a merge log entry's undo record.
_UNDO_IDS = {"speaker_id": "speakers", "from": "speakers", "to": "speakers", "aliases": "aliases",
             "quotes": "quotes", "roles": "roles", "last_quote": "quotes", "review": "review"}


# (A group's replay stores each article with its hash for a text.)
_OF_KEPT_VERSION = (
    "WHERE EXISTS (SELECT 1 FROM grp.articles g JOIN main.articles m ON m.id = g.id AND m.content_hash = g.text "
    "WHERE g.id = t.article_id)"
)


@dataclass
class LoadSummary:
    articles: int = 0
    quotes: int = 0
    speakers: int = 0
    groups: int = 0


def load(stage: str, db_path: str, warn: Callable[[str], None] = lambda message: None) -> LoadSummary:
    root, target = Path(stage), Path(db_path)
    if not (root / "articles").is_dir():
        raise QuotesError(f"{stage}: not a stage folder (no articles/ in it; run the pipeline first)")
    if target.exists():
        raise QuotesError(f"{db_path}: already exists; 'quotes load' makes a new database (give a new path)")
    partial = target.with_name(f".{target.name}.loading-{os.getpid()}")
    summary = LoadSummary()
    store = QuoteStore(partial)
    try:
        db = store.db
        summary.articles, replaced = _load_articles(store, sorted((root / "articles").glob("shard-*.parquet")), warn)
        # The full-text index, the speakers' counts and the facets' are built
        # once, after every quote is in, not one update a quote.
        off = ("quotes_ai",) + SPEAKER_COUNT_TRIGGERS + QUOTE_FACET_TRIGGERS
        triggers = [db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]).fetchone()[0]
                    for name in off]
        for name in off:
            db.execute(f"DROP TRIGGER {name}")
        for group_db in sorted((root / "resolved").glob("group-*.db")):
            _load_group(store, group_db)
            summary.groups += 1
        with store.transaction():
            if replaced:
                # Speakers that only a replaced version's quotes named, as an
                # ingest drops them when the later version replaces it.
                store.drop_unused_speakers([r[0] for r in db.execute(
                    "SELECT id FROM speakers WHERE id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)")])
                store.recount_aliases()  # the groups counted the replaced versions' quotes too
            db.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
            fill_speaker_counts(db)
            fill_quote_facets(db)
            for trigger in triggers:
                db.execute(trigger)
            rebuild_export_lines(db, "1", [])
        store.analyze()
        summary.quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        summary.speakers = db.execute("SELECT count(*) FROM speakers WHERE merged_into IS NULL").fetchone()[0]
    except BaseException:
        store.close()
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    store.close()
    os.replace(partial, target)
    return summary


def _load_articles(store: QuoteStore, files: list[Path], warn: Callable[[str], None]) -> tuple[int, int]:
    """The articles in input order; of one id read with different texts the
    last is kept, as in an ingest, and a warning names both. Returns the
    articles stored and how many versions were replaced."""
    from ..store import utc_now

    now = utc_now()
    db = store.db
    with store.transaction():
        db.execute("CREATE TEMP TABLE staged (n INTEGER PRIMARY KEY, id TEXT, hash TEXT, title TEXT, date TEXT, "
                   "source TEXT, url TEXT, path TEXT, text TEXT, author TEXT)")
        for path in files:
            for batch in pq.ParquetFile(path).iter_batches():
                db.conn.executemany(
                    "INSERT INTO staged (id, hash, title, date, source, url, path, text, author) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r["id"], r["hash"], r["title"], r["date"], r["source"], r["url"], r["path"], r["text"],
                      r["author"]) for r in batch.to_pylist()],
                )
        db.execute("CREATE INDEX temp.staged_id ON staged (id, n)")
        replaced = 0
        for article_id, in db.execute("SELECT id FROM staged GROUP BY id HAVING count(DISTINCT hash) > 1").fetchall():
            versions = db.execute("SELECT hash, coalesce(path, '<stdin>') FROM staged WHERE id = ? ORDER BY n",
                                  [article_id]).fetchall()
            for (earlier_hash, earlier), (later_hash, later) in zip(versions, versions[1:]):
                if later_hash != earlier_hash:
                    replaced += 1
                    warn(f"article id {article_id!r} from {later} replaces a different article with that id from {earlier}")
        db.execute(
            "INSERT INTO articles (id, content_hash, title, date, source, url, path, ingested_at, text, author) "
            "SELECT id, hash, title, date, source, url, path, ?, text, author FROM staged "
            "WHERE n IN (SELECT max(n) FROM staged GROUP BY id) ORDER BY n",
            [now],
        )
        db.execute("DROP TABLE temp.staged")
    return db.execute("SELECT count(*) FROM articles").fetchone()[0], replaced


def _load_group(store: QuoteStore, group_db: Path) -> None:
    db = store.db
    offsets = {table: db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0] for table in _ID_COLUMNS}
    db.conn.execute("ATTACH DATABASE ? AS grp", [str(group_db)])  # outside a transaction, as SQLite asks
    try:
        if db.execute("SELECT count(*) FROM grp.decisions").fetchone()[0]:
            raise QuotesError(f"{group_db}: holds hand-made decisions, which a pipeline run never makes")
        with store.transaction():
            for table, id_columns in _ID_COLUMNS.items():
                columns = [row[1] for row in db.execute(f"PRAGMA main.table_info({table})")]
                if table == "quotes":
                    columns = [c for c in columns if c != "export_line"]  # built again at the end
                values = [f'"{c}" + {offsets[id_columns[c]]}' if c in id_columns else f'"{c}"' for c in columns]
                quoted = ", ".join(f'"{c}"' for c in columns)
                # Quotes and roles of an article's version that a later one
                # replaced (one id in two inputs) stay out.
                kept = _OF_KEPT_VERSION if table in ("quotes", "roles") else ""
                db.execute(f"INSERT INTO main.{table} ({quoted}) SELECT {', '.join(values)} FROM grp.{table} t {kept}")
            _move_undo_ids(db, offsets)
    finally:
        db.conn.execute("DETACH DATABASE grp")


def _move_undo_ids(db: Any, offsets: dict[str, int]) -> None:
    """The ids inside this group's undo records, moved as the rows were."""
    rows = db.execute("SELECT id, undo FROM merge_log WHERE id > ? AND undo IS NOT NULL", [offsets["merge_log"]]).fetchall()
    for log_id, undo in rows:
        record = json.loads(undo)
        for key, table in _UNDO_IDS.items():
            value = record.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                record[key] = value + offsets[table]
            elif isinstance(value, list):
                record[key] = [v + offsets[table] if isinstance(v, int) else v for v in value]
        db.execute("UPDATE merge_log SET undo = ? WHERE id = ?", [json.dumps(record), log_id])

