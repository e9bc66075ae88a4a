"""The database schema: numbered migrations, each one transaction, applied in
order and recorded in the file (``PRAGMA user_version``); the schema is
documented in the README's Storage section.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from .export_lines import rebuild_export_lines

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


def _migration_9(db: sqlite_utils.Database) -> None:
    """Indexes that count a speaker's quotes by article and read their
    dates without touching the rows: quotes by speaker and article (in place
    of the index by speaker, a prefix of it), and articles' dates by id (an
    article row holds its text). The kept counts (_migration_10) are filled
    and mended through them, and a speaker's timeline reads them."""
    _run_script(
        db,
        """
        CREATE INDEX quotes_speaker_article ON quotes(speaker_id, article_id);
        DROP INDEX quotes_speaker;
        CREATE INDEX articles_id_date ON articles(id, date);
        """,
    )


# A speaker's counts as one quote comes or goes ({row} is new or old): the
# quotes it has in each article, and its totals with the first and last
# dates it was seen. Kept by triggers, so that every path that writes
# quotes (ingest, --replace, merge, split, reattribute, undo, load) keeps
# them, in the time of the quote written: 'quotes speakers' reads them
# instead of counting a million quotes.
_COUNT_QUOTE_IN = """
    INSERT INTO speaker_articles (speaker_id, article_id, quotes)
        SELECT {row}.speaker_id, {row}.article_id, 1 WHERE {row}.speaker_id IS NOT NULL
        ON CONFLICT (speaker_id, article_id) DO UPDATE SET quotes = quotes + 1;
    INSERT INTO speaker_counts (speaker_id, quotes, articles, first_seen, last_seen)
        SELECT {row}.speaker_id, 1, 1, d.date, d.date
        FROM (SELECT (SELECT date FROM articles WHERE id = {row}.article_id) AS date) d
        WHERE {row}.speaker_id IS NOT NULL
        ON CONFLICT (speaker_id) DO UPDATE SET
            quotes = quotes + 1,
            articles = articles + coalesce((SELECT quotes = 1 FROM speaker_articles
                                            WHERE speaker_id = {row}.speaker_id AND article_id = {row}.article_id), 0),
            first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen
                              THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END,
            last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen
                             THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END;
"""
_COUNT_QUOTE_OUT = """
    UPDATE speaker_articles SET quotes = quotes - 1
        WHERE speaker_id = {row}.speaker_id AND article_id = {row}.article_id;
    UPDATE speaker_counts SET
            quotes = quotes - 1,
            articles = articles - coalesce((SELECT quotes = 0 FROM speaker_articles
                                            WHERE speaker_id = {row}.speaker_id AND article_id = {row}.article_id), 0)
        WHERE speaker_id = {row}.speaker_id;
    DELETE FROM speaker_articles WHERE speaker_id = {row}.speaker_id AND article_id = {row}.article_id AND quotes = 0;
    UPDATE speaker_counts SET
            first_seen = (SELECT min(a.date) FROM speaker_articles p JOIN articles a INDEXED BY articles_id_date
                          ON a.id = p.article_id WHERE p.speaker_id = {row}.speaker_id),
            last_seen = (SELECT max(a.date) FROM speaker_articles p JOIN articles a INDEXED BY articles_id_date
                         ON a.id = p.article_id WHERE p.speaker_id = {row}.speaker_id)
        WHERE speaker_id = {row}.speaker_id
            AND NOT EXISTS (SELECT 1 FROM speaker_articles WHERE speaker_id = {row}.speaker_id AND article_id = {row}.article_id)
            AND (SELECT date FROM articles WHERE id = {row}.article_id) IN (first_seen, last_seen);
    DELETE FROM speaker_counts WHERE speaker_id = {row}.speaker_id AND quotes <= 0;
"""


_FILL_SPEAKER_COUNTS = """
    DELETE FROM speaker_articles;
    DELETE FROM speaker_counts;
    INSERT INTO speaker_articles (speaker_id, article_id, quotes)
        SELECT speaker_id, article_id, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2;
    INSERT INTO speaker_counts (speaker_id, quotes, articles, first_seen, last_seen)
        SELECT p.speaker_id, sum(p.quotes), count(*), min(a.date), max(a.date)
        FROM speaker_articles p JOIN articles a INDEXED BY articles_id_date ON a.id = p.article_id
        GROUP BY p.speaker_id;
"""
SPEAKER_COUNT_TRIGGERS = ("speaker_counts_ai", "speaker_counts_ad", "speaker_counts_au")


def fill_speaker_counts(db: sqlite_utils.Database) -> None:
    """Count every speaker's quotes afresh: after a bulk load that wrote the
    quotes with the triggers off (one pass, not one update a quote)."""
    _run_script(db, _FILL_SPEAKER_COUNTS)


def _migration_10(db: sqlite_utils.Database) -> None:
    """Each speaker's counts kept as data (see _COUNT_QUOTE_IN), filled from
    the quotes stored."""
    _run_script(
        db,
        f"""
        CREATE TABLE speaker_articles (
            speaker_id INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (speaker_id, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE speaker_counts (
            speaker_id INTEGER PRIMARY KEY,
            quotes INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            first_seen TEXT,
            last_seen TEXT
        );
        {_FILL_SPEAKER_COUNTS}
        CREATE TRIGGER speaker_counts_ai AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
            {_COUNT_QUOTE_IN.format(row="new")}
        END;
        CREATE TRIGGER speaker_counts_ad AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
            {_COUNT_QUOTE_OUT.format(row="old")}
        END;
        CREATE TRIGGER speaker_counts_au AFTER UPDATE OF speaker_id, article_id ON quotes
            WHEN old.speaker_id IS NOT new.speaker_id OR old.article_id IS NOT new.article_id BEGIN
            {_COUNT_QUOTE_OUT.format(row="old")}
            {_COUNT_QUOTE_IN.format(row="new")}
        END;
        """,
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6, _migration_7, _migration_8,
    _migration_9, _migration_10,
]
SCHEMA_VERSION = len(MIGRATIONS)
