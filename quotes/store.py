"""The SQLite quote store: schema, migrations, ingest and speaker operations.

One file, readable by any SQLite tool (see the schema in README.md). Every
batch of articles is one transaction, so a killed ingest leaves the database
as it was after the last finished batch; WAL and a busy timeout let two
ingests share the file. Speaker decisions made by hand (merges, splits,
renames, rejected pairs) are kept in their own tables and applied again on
every later ingest.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

import sqlite_utils

from .errors import QuotesError
from .export_lines import rebuild_export_lines
from .models import Article
from .resolve import SpeakerIndex
from .schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000
BATCH_SIZE = 200  # articles per transaction


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_only_uri(path: str | Path, immutable: bool = False) -> str:
    """A read-only SQLite URI for ``path``; '#', '?' and '%' in the path are
    escaped (unescaped, SQLite would cut the path there)."""
    uri = "file:" + pathname2url(os.path.abspath(path)) + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    timeout = BUSY_TIMEOUT_MS / 1000
    if not read_only:
        return sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    if not path.exists():
        raise QuotesError(f"{path}: no such database")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL database in a folder we may not write: SQLite cannot make
        # the shared-memory file a reader needs. Nobody can be writing it
        # then either, so reading it as an unchanging file is safe, unless
        # committed changes wait in its write-ahead log: read as unchanging,
        # the file would show the database as it was before them.
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise QuotesError(
                f"{path}: its write-ahead log {wal.name} holds changes that SQLite reads only with write access to "
                f"{path.parent} (for its {path.name}-shm); open it once where it can be written, or copy both files "
                "to a folder you can write"
            ) from None
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, timeout=timeout, isolation_level=None)


def open_database(path: str | Path, migrate_to: int = SCHEMA_VERSION, read_only: bool = False) -> sqlite_utils.Database:
    """Open the database at ``path``: for writing, creating and upgrading it
    if need be; read-only, changing nothing in the file at all."""
    path = Path(path)
    if path.is_dir():
        raise QuotesError(f"{path}: is a directory, not a database file")
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, read_only)
            db = sqlite_utils.Database(conn)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # One statement, one snapshot: another process making the file
            # may commit its schema and version between two reads.
            version, tables = db.execute(
                "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)"
            ).fetchone()
            if not read_only and (version > 0 or tables == 0):
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            break
        except sqlite3.OperationalError as e:
            # Another process making the same new file holds it for a moment
            # (switching a journal mode does not wait the busy timeout).
            if ("locked" in str(e) or "busy" in str(e)) and time.monotonic() < deadline:
                if conn is not None:
                    conn.close()
                time.sleep(0.05)
                continue
            raise QuotesError(f"{path}: not a quotes database ({e})") from None
        except sqlite3.DatabaseError as e:
            raise QuotesError(f"{path}: not a quotes database ({e})") from None
    if version == 0 and read_only and not tables and path.stat().st_size == 0:
        conn.close()
        raise QuotesError(f"{path}: an empty file, not a quotes database yet ('quotes ingest --db {path}' makes one)")
    if version == 0 and (tables or read_only):
        conn.close()
        raise QuotesError(f"{path}: not a quotes database (an SQLite file with other tables); it is left as it was")
    if version > SCHEMA_VERSION:
        conn.close()
        raise QuotesError(f"{path}: made by a newer version of quotes (schema {version} > {SCHEMA_VERSION})")
    if read_only:
        if version < migrate_to:
            conn.close()
            raise QuotesError(
                f"{path}: made by an older version of quotes (schema {version} < {SCHEMA_VERSION}); "
                f"upgrade it with 'quotes upgrade --db {path}'"
            )
        return db
    for number in range(version + 1, migrate_to + 1):
        try:
            db.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the lock.
            if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                db.execute("COMMIT")
                continue
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute("COMMIT")
        except Exception:
            if conn.in_transaction:
                db.execute("ROLLBACK")
            raise
    return db


# ---------------------------------------------------------------- ingest









@dataclass
class QuoteStore:
    """Quotes, speakers and their history in one SQLite file."""

    path: str | Path
    read_only: bool = False
    db: sqlite_utils.Database = field(init=False)
    _index: SpeakerIndex | None = field(init=False, default=None)
    _new_surnames: set[str] = field(init=False, default_factory=set)  # people created in this batch
    _data_version: int = field(init=False, default=-1)
    _warn: Callable[[str], None] | None = field(init=False, default=None)
    _maybe_ghosts: set[int] = field(init=False, default_factory=set)  # speakers of replaced quotes, this batch

    def __post_init__(self) -> None:
        self.db = open_database(self.path, read_only=self.read_only)

    def close(self) -> None:
        self.db.conn.close()

    def analyze(self) -> None:
        """Give SQLite's planner the shape of the data (sampled: fast at any
        size) after a run that wrote many rows. Without it the planner reads
        the quote view in quote order and sorts a million rows to show the
        latest 100 (1.4 s), where the articles' date index answers at once."""
        self.db.execute("PRAGMA analysis_limit = 400")
        self.db.execute("ANALYZE")

    def analyze_if_grown(self, added_quotes: int) -> None:
        """``analyze`` when the quotes have grown by a quarter or more since
        the statistics were taken (or there are none): a run that adds one
        article to a million quotes does not pay for a fresh ANALYZE."""
        if added_quotes <= 0:
            return
        has_stats = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
        row = self.db.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'quotes' LIMIT 1").fetchone() if has_stats else None
        known = int(row[0].split()[0]) if row else 0
        if added_quotes * 4 >= known:
            self.analyze()

    def __enter__(self) -> QuoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------

    def _begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        try:
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as e:
            if "statements in progress" not in str(e):
                raise
            # A statement of this connection not yet reset: its cursor kept
            # alive only by a reference cycle until the collector runs (seen
            # once in a Dask worker, never reproduced). Collected, its
            # statement is reset; a cursor still in use fails again here.
            gc.collect()
            self.db.execute("COMMIT")
        self._data_version = self._current_data_version()

    def _rollback(self) -> None:
        if self.db.conn.in_transaction:
            self.db.execute("ROLLBACK")

    def _current_data_version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def transaction(self, changes_speakers: bool = False) -> _Transaction:
        """One write transaction; ``changes_speakers`` drops the cached index
        so that the next ingest sees a hand-made merge or split."""
        return _Transaction(self, changes_speakers)

    # -- the speaker index -----------------------------------------------

    @property
    def index(self) -> SpeakerIndex:
        """The in-memory speaker index, reloaded when another process wrote."""
        if self._index is None or self._current_data_version() != self._data_version:
            self._index = self._load_index()
            self._data_version = self._current_data_version()
        return self._index

    def drop_unused_speakers(self, speaker_ids: Iterable[int]) -> None:
        """Of these speakers, those nothing refers to (no quotes, no decision,
        no logged operation, nobody merged into them) go: a speaker with no
        quotes is no speaker (one that only a replaced text had)."""
        for speaker_id in speaker_ids:
            used = self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = :s) "
                "OR EXISTS (SELECT 1 FROM decisions WHERE speaker_id = :s OR other_id = :s) "
                "OR EXISTS (SELECT 1 FROM merge_log WHERE speaker_id = :s OR other_id = :s) "
                "OR EXISTS (SELECT 1 FROM speakers WHERE merged_into = :s)",
                {"s": speaker_id},
            ).fetchone()[0]
            if used:
                continue
            for table, column in (("review", "speaker_id"), ("review", "candidate_id"), ("roles", "speaker_id"),
                                  ("aliases", "speaker_id")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [speaker_id])
            self.db.execute("DELETE FROM speakers WHERE id = ?", [speaker_id])
            self.forget_index()  # it still knows the speaker's names

    def forget_index(self) -> None:
        """Aliases moved (a merge): load the index again when next asked."""
        self._index = None

    def _load_index(self) -> SpeakerIndex:
        index = SpeakerIndex()
        rows = self.db.execute(
            "SELECT a.speaker_id, a.alias, s.kind FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE s.merged_into IS NULL ORDER BY a.id"
        )
        for speaker_id, alias, kind in rows:
            index.add(speaker_id, alias, kind)
        for norm, speaker_id in self.db.execute("SELECT norm, speaker_id FROM decisions WHERE kind = 'pin'"):
            index.pins[norm] = speaker_id
        for a, b in self.db.execute("SELECT speaker_id, other_id FROM decisions WHERE kind = 'reject'"):
            index.rejected.add(frozenset((a, b)))
        return index

    def is_stored_unchanged(self, article: Article) -> bool:
        """Whether this very text is stored under the article's id (an
        ingest without --replace skips it, so it need not be extracted)."""
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", [article.id]).fetchone()
        return row is not None and row[0] == content_hash(article.text)










    # -- the stored export line --------------------------------------------

    def refresh_export_lines(self, where: str, params: list[Any]) -> int:
        """Rebuild the stored CSV line of the quotes ``where`` selects (after
        an ingest, or when their speaker's name or kind changed)."""
        return rebuild_export_lines(self.db, where, params)

    def refresh_speaker_lines(self, speaker_ids: Iterable[int]) -> None:
        """Rebuild the lines of these speakers' quotes (names or kinds moved)."""
        ids = [i for i in set(speaker_ids) if i is not None]
        if ids:
            self.refresh_export_lines(f"q.speaker_id IN ({','.join('?' * len(ids))})", ids)

    def repair_export_lines(self) -> int:
        """Build every missing line (a database from before schema 4)."""
        if self.db.execute("SELECT 1 FROM quotes WHERE export_line IS NULL LIMIT 1").fetchone() is None:
            return 0
        with self.transaction():
            return self.refresh_export_lines("q.export_line IS NULL", [])

    def add_to_counts(self, alias_ids: list[int | None], sign: int) -> None:
        """Add (or take away) quotes seen under aliases, as name or mention."""
        seen = Counter(a for a in alias_ids if a is not None)
        self.db.conn.executemany(
            "UPDATE aliases SET count = count + ? WHERE id = ?", [(sign * n, alias) for alias, n in seen.items()]
        )

    def recount_aliases(self) -> None:
        """Counts from scratch (after an undo); each alias is an index lookup."""
        self.db.execute(
            "UPDATE aliases SET count = (SELECT count(*) FROM quotes q WHERE q.alias_id = aliases.id) "
            "+ (SELECT count(*) FROM quotes q WHERE q.mention_alias_id = aliases.id)"
        )



    # -- the merge log -----------------------------------------------------

    def log(
        self,
        op: str,
        speaker_id: int | None,
        other_id: int | None,
        alias: str | None,
        score: float | None,
        reason: str | None,
        manual: bool,
        undo: dict[str, Any] | None = None,
    ) -> int:
        return self.db.execute(
            "INSERT INTO merge_log (at, op, speaker_id, other_id, alias, score, reason, manual, undo) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [utc_now(), op, speaker_id, other_id, alias, score, reason, int(manual), json.dumps(undo) if undo else None],
        ).lastrowid

    # -- reading -------------------------------------------------------------

    def speaker(self, speaker_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT id, name, kind, flagged, merged_into FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        if row is None:
            raise QuotesError(f"no speaker with id {speaker_id}")
        return dict(zip(("id", "name", "kind", "flagged", "merged_into"), row))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""

    def __init__(self, store: QuoteStore, changes_speakers: bool) -> None:
        self.store = store
        self.changes_speakers = changes_speakers

    def __enter__(self) -> None:
        self.store._begin()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.store._commit()
            if self.changes_speakers:
                self.store._index = None
        else:
            self.store._rollback()
            self.store._index = None  # it may hold speakers the rollback removed
