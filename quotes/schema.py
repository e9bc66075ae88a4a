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


# What the viewer's quote page shows each quote under, as (facet, value)
# pairs ({row} is new or old): its kind, cue, speaker (by id: a speaker's
# page and the facet's link filter on the indexed id, not on a name), the
# speaker's kind, and its article's outlet and month. Counted by triggers
# (quote_facets) so that the page of a million quotes reads its facets
# instead of grouping every quote six times.
_FACETS_OF = """
    SELECT 'kind' AS facet, {row}.kind AS value
    UNION ALL SELECT 'cue', {row}.cue
    UNION ALL SELECT 'speaker', CAST({row}.speaker_id AS TEXT)
    UNION ALL SELECT 'speaker_kind', coalesce((SELECT kind FROM speakers WHERE id = {row}.speaker_id), {row}.speaker_kind)
    UNION ALL SELECT 'source', (SELECT source FROM articles WHERE id = {row}.article_id)
    UNION ALL SELECT 'month', substr((SELECT date FROM articles WHERE id = {row}.article_id), 1, 7)
"""
_FACETS_IN = f"""
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT facet, value, 1 FROM ({_FACETS_OF}) WHERE value IS NOT NULL
        ON CONFLICT (facet, value) DO UPDATE SET quotes = quotes + 1;
"""
_FACETS_OUT = f"""
    UPDATE quote_facets SET quotes = quotes - 1 WHERE (facet, value) IN ({_FACETS_OF});
    DELETE FROM quote_facets WHERE quotes <= 0 AND (facet, value) IN ({_FACETS_OF});
"""
# The same counts moved whole when what many quotes share changes: a
# speaker's kind, an article's outlet or date ({n} quotes, {facet}, old
# and new value).
_FACET_MOVE = """
    INSERT INTO quote_facets (facet, value, quotes) SELECT '{facet}', {new}, {n} WHERE {new} IS NOT NULL AND {n} > 0
        ON CONFLICT (facet, value) DO UPDATE SET quotes = quotes + excluded.quotes;
    UPDATE quote_facets SET quotes = quotes - {n} WHERE facet = '{facet}' AND value = {old};
    DELETE FROM quote_facets WHERE facet = '{facet}' AND value = {old} AND quotes <= 0;
"""
_FILL_QUOTE_FACETS = """
    DELETE FROM quote_facets;
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT 'kind', kind, count(*) FROM quotes WHERE kind IS NOT NULL GROUP BY kind;
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT 'cue', cue, count(*) FROM quotes WHERE cue IS NOT NULL GROUP BY cue;
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT 'speaker', CAST(speaker_id AS TEXT), quotes FROM speaker_counts;
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT 'speaker_kind', k, count(*) FROM (SELECT coalesce(s.kind, q.speaker_kind) AS k FROM quotes q
            LEFT JOIN speakers s ON s.id = q.speaker_id) WHERE k IS NOT NULL GROUP BY k;
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT 'source', a.source, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE a.source IS NOT NULL GROUP BY a.source;
    INSERT INTO quote_facets (facet, value, quotes)
        SELECT 'month', substr(q.date, 1, 7), count(*) FROM quotes q WHERE q.date IS NOT NULL GROUP BY 2;
"""
QUOTE_FACET_TRIGGERS = ("quote_facets_ai", "quote_facets_ad", "quote_facets_au", "quotes_date_ai")


_DATE_AND_SOURCE_FROM_ARTICLES = """
    UPDATE quotes SET (date, source) = (SELECT date, source FROM articles WHERE id = quotes.article_id)
    WHERE (date, source) IS NOT (SELECT date, source FROM articles WHERE id = quotes.article_id);
"""


def fill_quote_facets(db: sqlite_utils.Database) -> None:
    """Date and source every quote by its article and count the facets
    afresh: after a bulk load that wrote quotes with the triggers off
    (speaker_counts must be filled first)."""
    _run_script(db, _DATE_AND_SOURCE_FROM_ARTICLES)
    _run_script(db, _FILL_QUOTE_FACETS)


def _migration_11(db: sqlite_utils.Database) -> None:
    """The quote page at a million quotes (issue 22): each quote carries its
    article's date and outlet (kept by triggers, indexed), so the view is
    one table with its other columns looked up per row: SQLite then counts the view
    from the quotes alone (6 ms, was 0.47 s through the join) and pages it
    newest first on the index, which also counts the speakers quoted
    between two dates without reading a row; and the facets' counts kept
    as data."""
    quote_count_speaker = "(SELECT count(*) FROM quotes WHERE speaker_id = new.id)"
    quote_count_article = "(SELECT count(*) FROM quotes WHERE article_id = new.id)"
    _run_script(
        db,
        f"""
        ALTER TABLE quotes ADD COLUMN date TEXT;
        ALTER TABLE quotes ADD COLUMN source TEXT;
        CREATE TABLE quote_facets (
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (facet, value)
        ) WITHOUT ROWID;
        {_DATE_AND_SOURCE_FROM_ARTICLES}
        CREATE INDEX quotes_date ON quotes(date, speaker_id);
        CREATE INDEX quotes_source ON quotes(source, date);
        {_FILL_QUOTE_FACETS}
        DROP VIEW quote_view;
        CREATE VIEW quote_view AS
        SELECT q.id, q.quote,
               coalesce((SELECT name FROM speakers WHERE id = q.speaker_id), q.speaker_name) AS speaker,
               coalesce((SELECT kind FROM speakers WHERE id = q.speaker_id), q.speaker_kind) AS speaker_kind,
               q.speaker_id, q.role, q.cue, q.kind, q.confidence, q.date, substr(q.date, 1, 7) AS month,
               q.source,
               (SELECT title FROM articles WHERE id = q.article_id) AS title,
               q.article_id AS article,
               (SELECT url FROM articles WHERE id = q.article_id) AS url
        FROM quotes q;
        CREATE TRIGGER quotes_date_ai AFTER INSERT ON quotes
            WHEN (new.date, new.source) IS NOT (SELECT date, source FROM articles WHERE id = new.article_id) BEGIN
            UPDATE quotes SET (date, source) = (SELECT date, source FROM articles WHERE id = new.article_id)
            WHERE id = new.id;
        END;
        CREATE TRIGGER quotes_date_au AFTER UPDATE OF date ON articles WHEN old.date IS NOT new.date BEGIN
            UPDATE quotes SET date = new.date WHERE article_id = new.id;
            {_FACET_MOVE.format(facet="month", n=quote_count_article, old="substr(old.date, 1, 7)",
                                new="substr(new.date, 1, 7)")}
        END;
        CREATE TRIGGER quote_facets_source_au AFTER UPDATE OF source ON articles
            WHEN old.source IS NOT new.source BEGIN
            UPDATE quotes SET source = new.source WHERE article_id = new.id;
            {_FACET_MOVE.format(facet="source", n=quote_count_article, old="old.source", new="new.source")}
        END;
        CREATE TRIGGER quote_facets_speaker_au AFTER UPDATE OF kind ON speakers WHEN old.kind IS NOT new.kind BEGIN
            {_FACET_MOVE.format(facet="speaker_kind", n=quote_count_speaker, old="old.kind", new="new.kind")}
        END;
        CREATE TRIGGER quote_facets_ai AFTER INSERT ON quotes BEGIN
            {_FACETS_IN.format(row="new")}
        END;
        CREATE TRIGGER quote_facets_ad AFTER DELETE ON quotes BEGIN
            {_FACETS_OUT.format(row="old")}
        END;
        CREATE TRIGGER quote_facets_au AFTER UPDATE OF speaker_id, speaker_kind, kind, cue, article_id ON quotes BEGIN
            {_FACETS_OUT.format(row="old")}
            {_FACETS_IN.format(row="new")}
        END;
        """,
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6, _migration_7, _migration_8,
    _migration_9, _migration_10, _migration_11,
]
SCHEMA_VERSION = len(MIGRATIONS)
