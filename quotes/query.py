"""Reading the store: filtered quote lists, full-text search, profiles, stats.

Every listing is a generator of dict rows straight off a SQLite cursor, so
a million quotes stream through without being held in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import QuotesError
from .fields import EXPORT_FIELDS, QUOTE_COLUMNS, QUOTE_SORTS, QUOTES_FROM
from .output import RowStream
from .speakers import Speaker, find_speaker
from .store import QuoteStore

SORTS = QUOTE_SORTS
_FROM = QUOTES_FROM
_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class QuoteFilter:
    """What 'quotes list' and 'quotes export' select."""

    speaker: str | None = None
    article: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    source: str | None = None
    min_confidence: float | None = None
    search: str | None = None
    limit: int | None = None
    sort: str = "date"
    fts: bool = False  # ``search`` is FTS5 syntax, not plain words


def check_date(value: str, option: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound, or an error naming the option."""
    if not _DATE_RE.fullmatch(value) or not _real_date(value):
        raise QuotesError(f"{option}: {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def _real_date(value: str) -> bool:
    """A calendar date: no month 13, no February 30th."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def check_range(since: str | None, until: str | None) -> None:
    """--since must not come after --until ("--until 2025-03" is all March)."""
    if since and until and since[: len(until)] > until:
        raise QuotesError(f"--since {since} is after --until {until}")


def select_quotes(store: QuoteStore, f: QuoteFilter, fields: tuple[str, ...] = EXPORT_FIELDS) -> Iterator[dict[str, Any]]:
    """Stored quotes that pass the filter, as dicts with ``fields``."""
    return quote_stream(store, f, fields).dicts()


@dataclass(frozen=True)
class QuoteQuery:
    """The pieces of a quote selection: SELECT ... FROM ... WHERE, its
    parameters, and the ORDER BY, kept apart so that an export can split the
    selection into ranges of the sort order."""

    select: str
    params: list[Any]
    order: str
    limit: int | None
    fields: tuple[str, ...]
    searching: bool
    source: str = ""  # the FROM ... WHERE part of ``select``

    def sql(self, extra_where: str = "", columns: str | None = None) -> str:
        """The whole statement; ``columns`` replaces the selected columns."""
        sql = f"SELECT {columns} {self.source}" if columns else self.select
        if extra_where:
            sql += (" AND " if " WHERE " in sql else " WHERE ") + extra_where
        sql += f" ORDER BY {self.order}"
        if self.limit is not None:
            sql += f" LIMIT {int(self.limit)}"
        return sql


def build_query(store: QuoteStore, f: QuoteFilter, fields: tuple[str, ...] = EXPORT_FIELDS) -> QuoteQuery:
    """Check the filter and fields, and turn them into SQL."""
    unknown = [name for name in fields if name not in QUOTE_COLUMNS]
    if unknown:
        raise QuotesError(f"unknown field {unknown[0]!r} (fields: {', '.join(QUOTE_COLUMNS)})")
    if f.sort not in SORTS:
        raise QuotesError(f"unknown sort {f.sort!r} (sorts: {', '.join(SORTS)})")
    where: list[str] = []
    params: list[Any] = []
    if f.speaker:
        speaker = find_speaker(store, f.speaker)
        where.append("q.speaker_id = ?")
        params.append(speaker.id)
    if f.article:
        where.append("q.article_id = ?")
        params.append(f.article)
    if f.since:
        where.append("a.date >= ?")
        params.append(check_date(f.since, "--since"))
    if f.until:
        # "--until 2025-03" takes in the whole of March.
        where.append("substr(a.date, 1, ?) <= ?")
        params += [len(f.until), check_date(f.until, "--until")]
    check_range(f.since, f.until)
    if f.kind:
        where.append("q.kind = ?")
        params.append(f.kind)
    if f.source:
        where.append("lower(a.source) = lower(?)")
        params.append(f.source)
    if f.min_confidence is not None:
        where.append("q.confidence >= ?")
        params.append(f.min_confidence)
    if f.search:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(match_expression(f.search, f.fts))
    columns = ", ".join(QUOTE_COLUMNS[name] for name in fields)
    source = _FROM + (" WHERE " + " AND ".join(where) if where else "")
    return QuoteQuery(f"SELECT {columns} {source}", params, SORTS[f.sort], f.limit, fields, bool(f.search), source)


def quote_stream(store: QuoteStore, f: QuoteFilter, fields: tuple[str, ...] = EXPORT_FIELDS) -> RowStream:
    """Stored quotes that pass the filter, as tuples in the order of ``fields``."""
    q = build_query(store, f, fields)
    cursor = store.db.execute(q.sql(), q.params)
    return RowStream(list(fields), _fts_errors(cursor) if q.searching else cursor)


def _fts_errors(cursor: Any) -> Iterator[Any]:
    """Rows of a cursor; a malformed full-text query becomes a clear error."""
    try:
        # A plain loop, not "yield from": closing this generator after the
        # database (a reader that stopped early, "| head") must not close
        # the cursor of a closed connection.
        for row in cursor:
            yield row
    except Exception as e:  # sqlite3.OperationalError from FTS5 syntax
        if "fts5" in str(e).lower() or "syntax" in str(e).lower():
            raise QuotesError(f"bad search query: {e}") from None
        raise


MARK_START = "\x02"  # placeholders the CLI turns into colours (or nothing)
MARK_END = "\x03"


_QUERY_WORD_RE = re.compile(r"[^\W_][\w'’.-]*")
# Highlighted hits per quote: a quote that holds the word 40,000 times must
# not cost 40,000 highlights.
MAX_HITS = 5


def match_expression(text: str, fts: bool = False) -> str:
    """The FTS5 MATCH expression for a search. Plain words are searched as
    words, each one quoted (well-connected, Bloomberg's, U.S.), all of them
    required; ``fts`` takes the text as FTS5 syntax (phrases, AND / OR / NOT,
    prefix*, NEAR)."""
    if fts:
        return text
    words = _QUERY_WORD_RE.findall(text)
    if not words:
        raise QuotesError(f"the search {text!r} has no words to search for")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search(store: QuoteStore, query: str, limit: int | None = 20, fts: bool = False) -> Iterator[dict[str, Any]]:
    """Full-text search, best first (``fts``: FTS5 syntax; otherwise plain
    words); ``match`` holds the part of the quote around the first matched
    words, which stand between MARK_START and MARK_END."""
    if not query.strip():
        raise QuotesError("the search query is empty")
    sql = (
        "SELECT q.id, q.article_id, a.date, coalesce(s.name, q.speaker_name), q.quote, round(-bm25(quotes_fts), 3) "
        "FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE quotes_fts MATCH ? ORDER BY rank"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    names = ("id", "article", "date", "speaker", "quote", "score")
    terms = [w.lower() for w in _QUERY_WORD_RE.findall(query) if w.upper() not in ("AND", "OR", "NOT", "NEAR")]
    for row in _fts_errors(_matching(store, sql, query, fts)):
        record = dict(zip(names, row))
        record["match"] = highlight(record["quote"], terms)
        yield record


# Matches counted at most: a common word in a million quotes is "more than".
COUNT_CAP = 10_000


def count_matches(store: QuoteStore, query: str, fts: bool = False) -> int:
    """How many quotes match, up to COUNT_CAP + 1 (read no further)."""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT {COUNT_CAP + 1})"
    return next(_fts_errors(_matching(store, sql, query, fts)))[0]


def _matching(store: QuoteStore, sql: str, query: str, fts: bool) -> Any:
    """``sql`` run with the search's MATCH expression as its one parameter;
    a query FTS5 cannot read is a QuotesError naming it."""
    try:
        return store.db.execute(sql, [match_expression(query, fts)])
    except Exception as e:
        raise QuotesError(f"bad search query {query!r}: {e}") from None


def highlight(text: str, terms: list[str], width: int = 80) -> str:
    """The part of ``text`` around the first hits of ``terms`` (words, or
    their start: the index stems them), at most MAX_HITS of them marked."""
    if not terms:
        return text
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(t.rstrip("*")[: max(4, len(t) - 3)]) for t in terms) + r")[\w'’-]*",
        re.IGNORECASE,
    )
    hits = []
    for m in pattern.finditer(text):
        hits.append(m.span())
        if len(hits) == MAX_HITS:
            break
    if not hits:
        return text[:width]
    lo = max(0, hits[0][0] - width // 2)
    if lo:
        lo = text.find(" ", lo, hits[0][0]) + 1 or lo  # start on a word
    hi = min(len(text), lo + width)
    out, pos = [], lo
    for a, b in hits:
        if b > hi:
            break
        out += [text[pos:a], MARK_START, text[a:b], MARK_END]
        pos = b
    out.append(text[pos:hi])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else "")


def speaker_profile(store: QuoteStore, speaker: Speaker, quotes_limit: int = 20) -> dict[str, Any]:
    """One speaker: aliases, roles over time, articles and quotes."""
    db = store.db
    aliases = [
        {"alias": r[0], "count": r[1]}
        for r in db.execute(
            "SELECT alias, sum(count) FROM aliases WHERE speaker_id = ? GROUP BY alias ORDER BY 2 DESC, alias", [speaker.id]
        )
    ]
    roles = [
        {"role": r[0], "first_seen": r[1], "last_seen": r[2], "articles": r[3]}
        for r in db.execute(
            "SELECT role, min(date), max(date), count(*) FROM roles WHERE speaker_id = ? GROUP BY role ORDER BY min(date), role",
            [speaker.id],
        )
    ]
    articles = [
        {"article": r[0], "date": r[1], "title": r[2], "quotes": r[3]}
        for r in db.execute(
            "SELECT a.id, a.date, a.title, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker_id = ? GROUP BY a.id ORDER BY a.date, a.id",
            [speaker.id],
        )
    ]
    quotes = list(select_quotes(store, QuoteFilter(speaker=str(speaker.id), limit=quotes_limit), ("id", "date", "article", "quote")))
    total = db.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", [speaker.id]).fetchone()[0]
    return {
        "id": speaker.id,
        "name": speaker.name,
        "kind": speaker.kind,
        "flagged": speaker.flagged,
        "quote_count": total,
        "aliases": aliases,
        "roles": roles,
        "articles": articles,
        "quotes": quotes,
    }


def show_quote(store: QuoteStore, quote_id: int) -> dict[str, Any]:
    """One quote with its article's metadata and the paragraph around it."""
    row = store.db.execute(
        "SELECT q.id, q.quote, coalesce(s.name, q.speaker_name), coalesce(s.kind, q.speaker_kind), q.speaker_mention, "
        "q.role, q.cue, q.kind, q.confidence, q.start, q.\"end\", q.article_id, a.title, a.date, a.source, a.url, "
        "a.path, a.author, a.text FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id "
        "WHERE q.id = ?",
        [quote_id],
    ).fetchone()
    if row is None:
        raise QuotesError(f"no quote with id {quote_id}")
    names = (
        "id", "quote", "speaker", "speaker_kind", "speaker_mention", "role", "cue", "kind", "confidence", "start",
        "end", "article", "title", "date", "source", "url", "path", "author",
    )
    out = dict(zip(names, row[:-1]))
    text = row[-1]
    out["context"] = _paragraph_around(text, out["start"], out["end"]) if text else None
    out["article_text"] = text  # what the offsets refer to (for a page, the text read from it)
    return out


def _paragraph_around(text: str, start: int, end: int) -> str:
    from .extract.spans import Paragraphs

    paragraphs = Paragraphs(text)
    first, last = paragraphs.index(start), paragraphs.index(max(start, end - 1))
    return text[paragraphs.starts[first] : paragraphs.ends[last]]


def article_rows(store: QuoteStore, limit: int | None = None) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT a.id, a.date, a.source, a.title, a.author, a.url, "
        "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id), "
        "(SELECT count(DISTINCT q.speaker_id) FROM quotes q WHERE q.article_id = a.id) "
        "FROM articles a ORDER BY a.date, a.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    names = ("id", "date", "source", "title", "author", "url", "quotes", "speakers")
    for row in store.db.execute(sql):
        yield dict(zip(names, row))


def stats(store: QuoteStore) -> dict[str, Any]:
    """Counts and spans of the whole database."""
    one = lambda sql: store.db.execute(sql).fetchone()  # noqa: E731
    first, last = one("SELECT min(date), max(date) FROM articles")
    return {
        "articles": one("SELECT count(*) FROM articles")[0],
        "quotes": one("SELECT count(*) FROM quotes")[0],
        "attributed_quotes": one("SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL")[0],
        "speakers": one("SELECT count(*) FROM speakers WHERE merged_into IS NULL")[0],
        "people": one("SELECT count(*) FROM speakers WHERE merged_into IS NULL AND kind = 'person'")[0],
        "organizations": one("SELECT count(*) FROM speakers WHERE merged_into IS NULL AND kind = 'organization'")[0],
        "documents": one("SELECT count(*) FROM speakers WHERE merged_into IS NULL AND kind = 'document'")[0],
        "flagged_speakers": one("SELECT count(*) FROM speakers WHERE merged_into IS NULL AND flagged = 1")[0],
        # As 'quotes speakers review' lists them: both speakers still listed, a join not undone.
        "open_review_pairs": one(
            "SELECT count(*) FROM review r LEFT JOIN merge_log m ON m.id = r.log_id "
            "JOIN speakers a ON a.id = r.speaker_id JOIN speakers b ON b.id = r.candidate_id "
            "WHERE r.status = 'open' AND coalesce(m.undone, 0) = 0 AND a.merged_into IS NULL AND b.merged_into IS NULL "
            "AND (r.speaker_id != r.candidate_id OR r.log_id IS NOT NULL)")[0],
        "merges_logged": one("SELECT count(*) FROM merge_log WHERE op IN ('auto-merge', 'merge')")[0],
        "first_date": first,
        "last_date": last,
        "schema_version": one("PRAGMA user_version")[0],
    }
