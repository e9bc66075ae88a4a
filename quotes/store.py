"""The SQLite quote store: schema, migrations, ingest and speaker operations.

One file, readable by any SQLite tool (see the schema in README.md). Every
batch of articles is one transaction, so a killed ingest leaves the database
as it was after the last finished batch; WAL and a busy timeout let two
ingests share the file. Speaker decisions made by hand (merges, splits,
renames, rejected pairs) are kept in their own tables and applied again on
every later ingest.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

import sqlite_utils

from .errors import QuotesError
from .extract import extract
from .extract.lexicon import NAME_PARTICLES
from .extract.tokens import PREFIXED_NAME_RE
from .fields import LINE_FIELDS, QUOTE_COLUMNS, QUOTES_FROM
from .models import Article, Quote
from .output import csv_line, plural
from .names import parse_person
from .operations import merge as merge_speakers
from .operations import utc_now as _now
from .resolve import PERSON, SpeakerIndex, alias_norm

BUSY_TIMEOUT_MS = 30_000
BATCH_SIZE = 200  # articles per transaction
_LINE_CHUNK = 5000  # quotes whose export line is rebuilt at a time


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- export lines


def rebuild_export_lines(db: sqlite_utils.Database, where: str, params: list[Any]) -> int:
    """Build again the stored CSV line of the quotes ``where`` selects."""
    columns = ", ".join(QUOTE_COLUMNS[name] for name in ("id", *LINE_FIELDS))
    sql = f"SELECT {columns} {QUOTES_FROM} WHERE ({where}) AND q.id > ? ORDER BY q.id LIMIT {_LINE_CHUNK}"
    done, last = 0, -1
    while True:
        # In id order, a chunk at a time: memory stays flat, and rows
        # changed by the UPDATE never come round again.
        rows = db.execute(sql, [*params, last]).fetchall()
        if not rows:
            return done
        db.conn.executemany(
            "UPDATE quotes SET export_line = ? WHERE id = ?", [(csv_line(row[1:]), row[0]) for row in rows]
        )
        done += len(rows)
        last = rows[-1][0]


# ---------------------------------------------------------------- migrations


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run the statements of ``script`` one by one, inside the transaction
    the migration holds. (sqlite3's executescript() commits first, which
    would let another process see half a schema, and mistake a quotes
    database being made for somebody else's file.)"""
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


def _migration_1(db: sqlite_utils.Database) -> None:
    """Articles, speakers, aliases, quotes, the merge log and decisions."""
    _run_script(
        db,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT, date TEXT, source TEXT, url TEXT, path TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            flagged INTEGER NOT NULL DEFAULT 0,
            merged_into INTEGER REFERENCES speakers(id),
            created_at TEXT NOT NULL
        );
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            alias TEXT NOT NULL,
            norm TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX aliases_speaker ON aliases(speaker_id, alias);
        CREATE INDEX aliases_norm ON aliases(norm);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            speaker_id INTEGER REFERENCES speakers(id),
            alias_id INTEGER REFERENCES aliases(id),
            quote TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            speaker_name TEXT,
            speaker_kind TEXT,
            speaker_mention TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            role TEXT,
            cue TEXT,
            kind TEXT,
            paragraph INTEGER,
            confidence REAL,
            UNIQUE (article_id, start)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
        CREATE TABLE merge_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            op TEXT NOT NULL,
            speaker_id INTEGER,
            other_id INTEGER,
            alias TEXT,
            score REAL,
            reason TEXT,
            manual INTEGER NOT NULL DEFAULT 0,
            undo TEXT,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            norm TEXT,
            speaker_id INTEGER,
            other_id INTEGER,
            log_id INTEGER REFERENCES merge_log(id)
        );
        CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            candidate_id INTEGER NOT NULL REFERENCES speakers(id),
            score REAL,
            reason TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            UNIQUE (speaker_id, candidate_id)
        );
        """
    )


def _migration_2(db: sqlite_utils.Database) -> None:
    """Roles over time, and full-text search on quote text kept in sync."""
    _run_script(
        db,
        """
        CREATE TABLE roles (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            role TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            date TEXT,
            UNIQUE (speaker_id, role, article_id)
        );
        CREATE INDEX roles_speaker ON roles(speaker_id);
        """
    )
    # What sqlite-utils' enable_fts(["quote"], create_triggers=True,
    # tokenize="porter") makes, written out so that it runs in this
    # migration's transaction.
    _run_script(
        db,
        """
        CREATE VIRTUAL TABLE [quotes_fts] USING FTS5 ([quote], tokenize='porter', content=[quotes]);
        INSERT INTO [quotes_fts] (rowid, [quote]) SELECT rowid, [quote] FROM [quotes];
        CREATE TRIGGER [quotes_ai] AFTER INSERT ON [quotes] BEGIN
          INSERT INTO [quotes_fts] (rowid, [quote]) VALUES (new.rowid, new.[quote]);
        END;
        CREATE TRIGGER [quotes_ad] AFTER DELETE ON [quotes] BEGIN
          INSERT INTO [quotes_fts] ([quotes_fts], rowid, [quote]) VALUES('delete', old.rowid, old.[quote]);
        END;
        CREATE TRIGGER [quotes_au] AFTER UPDATE ON [quotes] BEGIN
          INSERT INTO [quotes_fts] ([quotes_fts], rowid, [quote]) VALUES('delete', old.rowid, old.[quote]);
          INSERT INTO [quotes_fts] (rowid, [quote]) VALUES (new.rowid, new.[quote]);
        END;
        """,
    )


def _migration_3(db: sqlite_utils.Database) -> None:
    """Article text, so that a quote can be shown in its paragraph; the alias
    a quote's mention was seen under; indexes for 'quotes list' filters."""
    _run_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN text TEXT;
        CREATE INDEX articles_date ON articles(date, id);
        CREATE INDEX articles_source ON articles(source);
        ALTER TABLE quotes ADD COLUMN mention_alias_id INTEGER REFERENCES aliases(id);
        CREATE INDEX quotes_alias ON quotes(alias_id);
        CREATE INDEX quotes_mention_alias ON quotes(mention_alias_id);
        CREATE INDEX speakers_name ON speakers(name COLLATE NOCASE);
        """
    )


def _migration_4(db: sqlite_utils.Database) -> None:
    """A ready-made CSV line of each quote's export fields, so that a full
    export reads one column a row instead of seventeen; NULL marks a line to
    (re)build, and the partial index finds those at once."""
    _run_script(
        db,
        """
        ALTER TABLE quotes ADD COLUMN export_line TEXT;
        CREATE INDEX quotes_stale_line ON quotes(id) WHERE export_line IS NULL;
        -- Re-index a quote's text only when the text changes, not when its
        -- speaker or export line does.
        DROP TRIGGER IF EXISTS quotes_au;
        CREATE TRIGGER quotes_au AFTER UPDATE OF quote ON quotes BEGIN
          INSERT INTO quotes_fts (quotes_fts, rowid, quote) VALUES('delete', old.rowid, old.quote);
          INSERT INTO quotes_fts (rowid, quote) VALUES (new.rowid, new.quote);
        END;
        """
    )


def _migration_5(db: sqlite_utils.Database) -> None:
    """Export lines built before this version left fields with line breaks
    unquoted (one quote read back as several CSV records): build them all again."""
    rebuild_export_lines(db, "1", [])


def _migration_6(db: sqlite_utils.Database) -> None:
    """Decisions about one quote (kind 'quote': the quote at ``article_id``
    and ``quote_start`` belongs to ``speaker_id``, whatever the extractor
    says), and review rows that ask about an automatic join (``log_id``)."""
    _run_script(
        db,
        """
        ALTER TABLE decisions ADD COLUMN article_id TEXT;
        ALTER TABLE decisions ADD COLUMN quote_start INTEGER;
        CREATE INDEX decisions_quote ON decisions(article_id, quote_start) WHERE kind = 'quote';
        CREATE TABLE review_new (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            candidate_id INTEGER NOT NULL REFERENCES speakers(id),
            score REAL,
            reason TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            log_id INTEGER REFERENCES merge_log(id)
        );
        INSERT INTO review_new (id, speaker_id, candidate_id, score, reason, status)
            SELECT id, speaker_id, candidate_id, score, reason, status FROM review;
        DROP TABLE review;
        ALTER TABLE review_new RENAME TO review;
        -- One row a pair of speakers; one a join (a speaker may have many).
        CREATE UNIQUE INDEX review_pair ON review(speaker_id, candidate_id) WHERE log_id IS NULL;
        CREATE UNIQUE INDEX review_join ON review(log_id) WHERE log_id IS NOT NULL;
        """
    )


def _migration_7(db: sqlite_utils.Database) -> None:
    """The article's author, as a web page or a news dump names it."""
    _run_script(db, "ALTER TABLE articles ADD COLUMN author TEXT;")


def _migration_8(db: sqlite_utils.Database) -> None:
    """A view of each quote with its speaker's name and kind and its
    article's title, date, month and source: the table a person browses
    (``quotes serve``), searched through the quotes' full-text index."""
    _run_script(
        db,
        """
        CREATE VIEW quote_view AS
        SELECT q.id, q.quote, coalesce(s.name, q.speaker_name) AS speaker, coalesce(s.kind, q.speaker_kind)
               AS speaker_kind, q.speaker_id, q.role, q.cue, q.kind, q.confidence, a.date,
               substr(a.date, 1, 7) AS month, a.source, a.title, q.article_id AS article, a.url
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id;
        """,
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6, _migration_7, _migration_8,
]
SCHEMA_VERSION = len(MIGRATIONS)


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
        # then either, so reading it as an unchanging file is safe.
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
class IngestSummary:
    articles: int = 0
    skipped: int = 0  # already stored with the same content
    replaced: int = 0
    quotes: int = 0
    new_speakers: int = 0
    merges: int = 0

    def line(self) -> str:
        done = f"{plural(self.articles, 'article')} ({self.skipped} unchanged, {self.replaced} replaced)"
        return (f"{done}, {plural(self.quotes, 'quote')}, {plural(self.new_speakers, 'new speaker')}, "
                f"{plural(self.merges, 'merge')}")


_NOT_NAMES = frozenset("the a an his her their its our this that these those he she they it we".split())



def _is_named(name: str | None, kind: str = "") -> bool:
    """A speaker worth a row: a name, not "a spokesman", "His office" or
    "The councilor" (capitalised only because it starts a sentence). A
    person's name is capitalised throughout: "presumptive Republican
    nominee" describes someone, it does not name them."""
    words = (name or "").split()
    if words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if kind == PERSON:
        # Lower-case parts a name may hold: "Ana de la Cruz", "Layla al-Hashimi".
        return bool(words) and all(w[:1].isupper() or w in NAME_PARTICLES or PREFIXED_NAME_RE.match(w) for w in words)
    return any(w[:1].isupper() or (w[:1] == "@" and len(w) > 2) for w in words)  # (an account: "@CityElections")


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

    def __enter__(self) -> QuoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------

    def _begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
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

    # -- ingest ------------------------------------------------------------

    def ingest(
        self,
        articles: Iterable[Article | tuple[Article, list[Quote] | None]],
        replace: bool = False,
        batch_size: int = BATCH_SIZE,
        progress: Callable[[Article], None] | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> IngestSummary:
        """Extract and store articles, one transaction per batch. Two
        different articles with one id in the same run: the later one is
        stored and ``warn`` is told both sources.

        An item may also be an article with its quotes already extracted
        (by worker processes, ``quotes.parallel``); None stands for quotes
        not extracted because the article is stored unchanged."""
        summary = IngestSummary()
        self._warn = warn
        # The ids read in this run and where from, to report two different
        # articles under one id; on disk (a temporary table), not in memory.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS run_articles (id TEXT PRIMARY KEY, origin TEXT, hash TEXT)")
        self.db.execute("DELETE FROM run_articles")
        batch: list[tuple[Article, list[Quote] | None]] = []
        source = iter(articles)
        while True:
            try:
                item = next(source)
            except StopIteration:
                break
            except Exception:
                # Bad input part-way (a malformed line, say) still stores
                # every article read before it; then the error goes on.
                if batch:
                    self._ingest_batch(batch, replace, summary, progress)
                raise
            batch.append(item if isinstance(item, tuple) else (item, None))
            if len(batch) >= batch_size:
                self._ingest_batch(batch, replace, summary, progress)
                batch = []
        if batch:
            self._ingest_batch(batch, replace, summary, progress)
        return summary

    def ingest_batches(self, batches: Iterable[list[tuple[Article, list[Quote] | None]]]) -> IngestSummary:
        """Store articles with their quotes, one transaction a given batch:
        the distributed pipeline replays a block of speakers with the batch
        boundaries of the whole input (a batch ends with the bare-surname
        joins, so the boundaries matter)."""
        summary = IngestSummary()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS run_articles (id TEXT PRIMARY KEY, origin TEXT, hash TEXT)")
        for batch in batches:
            if batch:
                self._ingest_batch(batch, False, summary, None)
        return summary

    def is_stored_unchanged(self, article: Article) -> bool:
        """Whether this very text is stored under the article's id (an
        ingest without --replace skips it, so it need not be extracted)."""
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", [article.id]).fetchone()
        return row is not None and row[0] == content_hash(article.text)

    def _ingest_batch(
        self, batch: list[tuple[Article, list[Quote] | None]], replace: bool, summary: IngestSummary,
        progress: Callable[[Article], None] | None,
    ) -> None:
        with self.transaction():
            index = self.index
            self._new_surnames = set()
            self._maybe_ghosts = set()
            for article, quotes in batch:
                self._ingest_article(article, replace, summary, index, quotes)
                if progress:
                    progress(article)
            self._reconcile_bare_surnames(index, summary)
            # Last, when nothing in this batch can still resolve to them.
            self._drop_ghosts(self._maybe_ghosts)

    def _reconcile_bare_surnames(self, index: SpeakerIndex, summary: IngestSummary) -> None:
        """A bare surname seen before any full name of that surname ("Obama"
        before "Barack Obama") joins the full name once it is the only one."""
        merged = False
        for surname in sorted(self._new_surnames):
            flagged = [
                row[0]
                for row in self.db.execute(
                    "SELECT DISTINCT s.id FROM speakers s JOIN aliases a ON a.speaker_id = s.id "
                    "WHERE s.flagged = 1 AND s.merged_into IS NULL AND s.kind = 'person' AND a.norm = ? "
                    "AND instr(trim(s.name), ' ') = 0",
                    [surname],
                )
            ]
            owners = sorted({sid for known, sid in index.by_surname.get(surname, {}).items() if not known.suffix})
            for bare in flagged:
                if len(owners) == 1 and frozenset((bare, owners[0])) not in index.rejected:
                    # The same merge a person makes, logged as automatic.
                    merge_speakers(self, owners[0], bare, "bare surname, one candidate", manual=False, score=80.0)
                    summary.merges += 1
                    merged = True
                else:
                    for owner in owners:
                        self.db.execute(
                            "INSERT OR IGNORE INTO review (speaker_id, candidate_id, score, reason) VALUES (?, ?, ?, ?)",
                            [bare, owner, 50.0, f"bare surname, {len(owners)} candidates"],
                        )
        if merged:
            self._index = None  # aliases moved: reload before the next batch

    def _note_in_run(self, article: Article, digest: str) -> None:
        """Remember where this run read the article; warn when another
        article of the same id and different text came before it."""
        origin = article.origin or article.path or "<stdin>"
        row = self.db.execute("SELECT origin, hash FROM run_articles WHERE id = ?", [article.id]).fetchone()
        if row is not None and row[1] != digest and self._warn:
            self._warn(f"article id {article.id!r} from {origin} replaces a different article with that id from {row[0]}")
        self.db.execute("INSERT OR REPLACE INTO run_articles (id, origin, hash) VALUES (?, ?, ?)", [article.id, origin, digest])

    def _ingest_article(self, article: Article, replace: bool, summary: IngestSummary, index: SpeakerIndex,
                        extracted: list[Quote] | None = None) -> None:
        digest = content_hash(article.text)
        self._note_in_run(article, digest)
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", [article.id]).fetchone()
        summary.articles += 1
        before: set[int] = set()
        if row is not None:
            if row[0] == digest and not replace:
                summary.skipped += 1
                return
            before = self._remove_article_quotes(article.id)
            summary.replaced += 1
        self.db.execute(
            "INSERT INTO articles (id, content_hash, title, date, source, url, path, ingested_at, text, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash, "
            "title = excluded.title, date = excluded.date, source = excluded.source, url = excluded.url, "
            "path = excluded.path, ingested_at = excluded.ingested_at, text = excluded.text, author = excluded.author",
            [article.id, digest, article.title, article.date, article.source, article.url, article.path, _now(),
             article.text, article.author],
        )
        quotes = extracted if extracted is not None else extract(article.text)
        resolved: dict[tuple[str, str], int | None] = {}
        rows = []
        for q in quotes:
            speaker_id = alias_id = mention_alias_id = None
            if q.speaker and _is_named(q.speaker, q.speaker_kind):
                key = (q.speaker_kind, q.speaker)
                if key not in resolved:
                    resolved[key] = self._resolve_speaker(q.speaker, q.speaker_kind, index, summary)
                speaker_id = resolved[key]
            if speaker_id is not None:
                alias_id = self._note_alias(speaker_id, q.speaker, index)  # type: ignore[arg-type]
                mention = q.speaker_mention
                kind = index.kinds.get(speaker_id, q.speaker_kind)
                if mention and mention != q.speaker and _is_named(mention, kind) and mention.split()[0].lower() not in _NOT_NAMES:
                    mention_alias_id = self._note_alias(speaker_id, mention, index)
                if q.role:
                    self.db.execute(
                        "INSERT OR IGNORE INTO roles (speaker_id, role, article_id, date) VALUES (?, ?, ?, ?)",
                        [speaker_id, q.role, article.id, article.date],
                    )
            rows.append((q, speaker_id, alias_id, mention_alias_id))
        rows = self._apply_quote_decisions(article.id, rows)
        if rows:
            canonical = self._speaker_names({row[1] for row in rows})
            self.db.conn.executemany(
                'INSERT INTO quotes (article_id, speaker_id, alias_id, mention_alias_id, quote, start, "end", '
                "speaker_name, speaker_kind, speaker_mention, speaker_start, speaker_end, role, cue, kind, paragraph, "
                "confidence, export_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [self._quote_row(article, *row, canonical) for row in rows],
            )
            self._add_to_counts([alias for row in rows for alias in row[2:4]], +1)
        summary.quotes += len(rows)
        self._maybe_ghosts |= before

    def _apply_quote_decisions(self, article_id: str, rows: list[tuple]) -> list[tuple]:
        """A quote a person gave to a speaker ('quotes reattribute') stays
        theirs when the article is read again, pinned by article and offset."""
        pinned = dict(
            self.db.execute(
                "SELECT d.quote_start, coalesce(s.merged_into, d.speaker_id) FROM decisions d "
                "JOIN speakers s ON s.id = d.speaker_id WHERE d.kind = 'quote' AND d.article_id = ?",
                [article_id],
            ).fetchall()
        )
        if not pinned:
            return rows
        return [(q, pinned[q.start], None, None) if q.start in pinned else (q, *rest) for q, *rest in rows]

    def _drop_ghosts(self, speaker_ids: set[int]) -> None:
        """Speakers that only the replaced text had, and that nothing else
        refers to (no quotes, no decision, no logged operation, nobody
        merged into them), go: a speaker with no quotes is no speaker."""
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
            self._index = None  # it still knows the speaker's names

    def _speaker_names(self, speaker_ids: set[int | None]) -> dict[int, tuple[str, str]]:
        """Canonical (name, kind) of these speakers."""
        ids = [i for i in speaker_ids if i is not None]
        if not ids:
            return {}
        rows = self.db.execute(f"SELECT id, name, kind FROM speakers WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {r[0]: (r[1], r[2]) for r in rows}

    @staticmethod
    def _quote_row(
        article: Article,
        q: Quote,
        speaker_id: int | None,
        alias_id: int | None,
        mention_alias_id: int | None,
        canonical: dict[int, tuple[str, str]],
    ) -> tuple:
        """The quotes row, with its export line built from the same values
        the live query would read (LINE_FIELDS, in order)."""
        name, kind = canonical.get(speaker_id, (q.speaker, q.speaker_kind)) if speaker_id else (q.speaker, q.speaker_kind)
        line = csv_line(
            (article.id, article.date, q.start, q.end, q.quote, speaker_id, name, kind, q.speaker_mention,
             q.speaker_start, q.speaker_end, q.role, q.cue, q.kind, q.paragraph, q.confidence)
        )
        return (
            article.id, speaker_id, alias_id, mention_alias_id, q.quote, q.start, q.end, q.speaker, q.speaker_kind,
            q.speaker_mention, q.speaker_start, q.speaker_end, q.role, q.cue, q.kind, q.paragraph, q.confidence, line,
        )

    def _remove_article_quotes(self, article_id: str) -> set[int]:
        """Take an article's quotes out, keeping alias counts right; returns
        the speakers they were attributed to."""
        used = self.db.execute(
            "SELECT alias_id, mention_alias_id, speaker_id FROM quotes WHERE article_id = ?", [article_id]
        ).fetchall()
        self._add_to_counts([alias for row in used for alias in row[:2]], -1)
        self.db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        self.db.execute("DELETE FROM roles WHERE article_id = ?", [article_id])
        return {row[2] for row in used if row[2] is not None}

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

    def _add_to_counts(self, alias_ids: list[int | None], sign: int) -> None:
        """Add (or take away) quotes seen under aliases, as name or mention."""
        seen = Counter(a for a in alias_ids if a is not None)
        self.db.conn.executemany(
            "UPDATE aliases SET count = count + ? WHERE id = ?", [(sign * n, alias) for alias, n in seen.items()]
        )

    def _recount_aliases(self) -> None:
        """Counts from scratch (after an undo); each alias is an index lookup."""
        self.db.execute(
            "UPDATE aliases SET count = (SELECT count(*) FROM quotes q WHERE q.alias_id = aliases.id) "
            "+ (SELECT count(*) FROM quotes q WHERE q.mention_alias_id = aliases.id)"
        )

    def _resolve_speaker(self, name: str, kind: str, index: SpeakerIndex, summary: IngestSummary) -> int:
        decision = index.resolve(name, kind)
        if decision.speaker_id is not None:
            speaker_id = decision.speaker_id
            if decision.score is not None:
                summary.merges += 1
                log_id = self._log("auto-merge", speaker_id, None, name, decision.score, decision.reason, manual=False,
                                   undo={"alias": name, "speaker_id": speaker_id})
                if kind == PERSON and " " not in name.strip():
                    # "Lee said" joined the one Lee known: a guess worth a
                    # person's look ('quotes speakers review').
                    self.db.execute(
                        "INSERT INTO review (speaker_id, candidate_id, score, reason, log_id) VALUES (?, ?, ?, ?, ?)",
                        [speaker_id, speaker_id, decision.score, f"bare surname {name!r} joined: {decision.reason}", log_id],
                    )
            return speaker_id
        display = name if kind != PERSON else " ".join(name.split())
        speaker_id = self.db.execute(
            "INSERT INTO speakers (name, kind, flagged, created_at) VALUES (?, ?, ?, ?)",
            [display, kind, int(decision.flagged), _now()],
        ).lastrowid
        if kind == PERSON and not decision.flagged:
            self._new_surnames.add(parse_person(name).last)
        summary.new_speakers += 1
        index.kinds[speaker_id] = kind
        for candidate, score, reason in decision.review:
            if frozenset((speaker_id, candidate)) in index.rejected:
                continue
            self.db.execute(
                "INSERT OR IGNORE INTO review (speaker_id, candidate_id, score, reason) VALUES (?, ?, ?, ?)",
                [speaker_id, candidate, score, reason],
            )
        return speaker_id

    def _note_alias(self, speaker_id: int, alias: str, index: SpeakerIndex) -> int:
        kind = index.kinds.get(speaker_id) or self._speaker(speaker_id)["kind"]
        row = self.db.execute(
            "SELECT id FROM aliases WHERE speaker_id = ? AND alias = ?", [speaker_id, alias]
        ).fetchone()
        if row is None:
            alias_id = self.db.execute(
                "INSERT INTO aliases (speaker_id, alias, norm, count) VALUES (?, ?, ?, 0)",
                [speaker_id, alias, alias_norm(alias, kind)],
            ).lastrowid
            index.add(speaker_id, alias, kind)
        else:
            alias_id = row[0]
        return alias_id

    # -- the merge log -----------------------------------------------------

    def _log(
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
            [_now(), op, speaker_id, other_id, alias, score, reason, int(manual), json.dumps(undo) if undo else None],
        ).lastrowid

    # -- reading -------------------------------------------------------------

    def _speaker(self, speaker_id: int) -> dict[str, Any]:
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
