"""Large exports.

A CSV export of every export field reads the CSV line the store keeps for
each quote: one column a row, nothing to format (about 290,000 rows a
second here). A JSON lines export has SQLite build each line with
json_object(), again one column a row. Other formats and field choices are formatted from the query
rows, which runs at about 60,000-100,000 rows a second in one process; a
large one is therefore cut into ranges of its sort order (by article date,
article id or quote id, all ascending, so each range is a contiguous
stretch of the output). Each range after the first is written by a worker
process to a temporary file while this process writes the first one, and
the files are appended in order: memory stays flat and the output is byte
for byte what one process would write.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import tempfile
from typing import Any, TextIO

from .fields import EXPORT_FIELDS, LINE_FIELDS, QUOTE_COLUMNS, QUOTES_FROM
from .output import OutputOptions, RowStream, csv_line, write_rows
from .query import QuoteQuery
from .store import BUSY_TIMEOUT_MS, QuoteStore, read_only_uri

# Below this many rows one process is as quick as starting workers.
PARALLEL_FROM = 200_000
_STREAM_FORMATS = ("csv", "tsv", "jsonl")
# How each sort order is split: the article-level boundary of a range, and
# the condition a row meets to lie at or after it.
_SPLITS = {
    "a.date, a.id, q.start": "SELECT date, id FROM articles ORDER BY date, id LIMIT 1 OFFSET ?",
    "q.article_id, q.start": "SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET ?",
    "q.id": "SELECT id FROM quotes ORDER BY id LIMIT 1 OFFSET ?",
}


def _boundaries(store: QuoteStore, query: QuoteQuery, parts: int) -> list[tuple[Any, ...]]:
    """Where each range after the first begins, as evenly as articles allow."""
    table = "quotes" if query.order == "q.id" else "articles"
    total = store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    out = []
    for k in range(1, parts):
        row = store.db.execute(_SPLITS[query.order], [total * k // parts]).fetchone()
        if row is not None and (not out or tuple(row) != out[-1]):
            out.append(tuple(row))
    return out


def _at_or_after(order: str, bound: tuple[Any, ...]) -> tuple[str, list[Any]]:
    """SQL that holds for the rows at or after ``bound`` in the sort order."""
    if order == "q.id":
        return "q.id >= ?", list(bound)
    if order == "q.article_id, q.start":
        return "q.article_id >= ?", list(bound)
    date, article = bound
    if date is None:  # undated articles come first
        return "(a.date IS NOT NULL OR a.id >= ?)", [article]
    # An undated article sorts first: coalesce turns its NULL into "before".
    return "coalesce(a.date > ? OR (a.date = ? AND a.id >= ?), 0)", [date, date, article]


def _range_condition(order: str, lower: tuple[Any, ...] | None, upper: tuple[Any, ...] | None) -> tuple[str, list[Any]]:
    conditions, params = [], []
    if lower is not None:
        sql, values = _at_or_after(order, lower)
        conditions.append(sql)
        params += values
    if upper is not None:
        sql, values = _at_or_after(order, upper)
        conditions.append(f"NOT {sql}")
        params += values
    return " AND ".join(conditions), params


def _write_range(db_path: str, sql: str, params: list[Any], fields: list[str], fmt: str, target: str) -> int:
    """Worker: one range of the export into its own file."""
    conn = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            return _write_cursor(conn.execute(sql, params), out, fields, OutputOptions(format=fmt, fields=fields, headers=False))
    finally:
        conn.close()


def _columns(query: QuoteQuery, fmt: str) -> str | None:
    """JSON lines are built by SQLite's json_object(), one ready line a row
    (Python then only writes: three times the rows a second of encoding
    each row in Python); other formats read the fields themselves."""
    if fmt != "jsonl":
        return None
    return "json_object(" + ", ".join(f"'{name}', {QUOTE_COLUMNS[name]}" for name in query.fields) + ")"


def _write_cursor(cursor: Any, out: TextIO, fields: list[str], options: OutputOptions) -> int:
    if options.format != "jsonl":
        return write_rows(RowStream(fields, cursor), out, options)
    count = 0
    write = out.write
    for (line,) in cursor:
        write(line)
        write("\n")
        count += 1
    return count


def export(store: QuoteStore, query: QuoteQuery, out: TextIO, options: OutputOptions, workers: int | None = None) -> int:
    """Write the selected quotes; several processes when it pays."""
    fields = list(query.fields)
    if options.format == "csv" and fields == list(EXPORT_FIELDS) and (not options.fields or list(options.fields) == fields):
        return _from_stored_lines(store, query, out, options)
    stream_ok = (
        options.format in _STREAM_FORMATS
        and query.limit is None
        and not query.searching
        and query.order in _SPLITS
        and (not options.fields or list(options.fields) == fields)
    )
    workers = workers or min(os.cpu_count() or 1, 4)
    if stream_ok and workers > 1:
        count = store.db.execute(f"SELECT count(*) FROM ({query.select})", query.params).fetchone()[0]
        if count >= PARALLEL_FROM:
            return _parallel(store, query, out, options, workers)
    if options.fields and list(options.fields) != fields:
        return write_rows(RowStream(fields, store.db.execute(query.sql(), query.params)), out, options)
    cursor = store.db.execute(query.sql(columns=_columns(query, options.format)), query.params)
    return _write_cursor(cursor, out, fields, options)


def _from_stored_lines(store: QuoteStore, query: QuoteQuery, out: TextIO, options: OutputOptions) -> int:
    """CSV of every export field from the line the store keeps for each
    quote: one column a row to fetch and nothing to format."""
    try:
        store.repair_export_lines()
    except sqlite3.OperationalError:
        pass  # a read-only or locked file: the stale lines are rebuilt below
    if options.headers:
        out.write(",".join(EXPORT_FIELDS) + "\n")
    count = 0
    columns = "q.id, q.export_line, q.export_line IS NULL"
    for row_id, line, missing in store.db.execute(query.sql(columns=columns), query.params):
        if missing:  # only when the repair above could not write
            line = _live_line(store, row_id)
        out.write(f"{row_id},{line}\n")
        count += 1
    return count


def _live_line(store: QuoteStore, quote_id: int) -> str:
    columns = ", ".join(QUOTE_COLUMNS[name] for name in LINE_FIELDS)
    return csv_line(store.db.execute(f"SELECT {columns} {QUOTES_FROM} WHERE q.id = ?", [quote_id]).fetchone())


def _parallel(store: QuoteStore, query: QuoteQuery, out: TextIO, options: OutputOptions, workers: int) -> int:
    fields = list(query.fields)
    bounds = _boundaries(store, query, workers)
    ranges = list(zip([None, *bounds], [*bounds, None]))
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    # Ctrl-C reaches the whole process group: the workers ignore it and this
    # process stops them, so one "Aborted!" is all a person sees.
    with tempfile.TemporaryDirectory(prefix="quotes-export-") as tmp, context.Pool(
        len(ranges) - 1, initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN)
    ) as pool:
        pending = []
        for k, (lower, upper) in enumerate(ranges[1:], start=1):
            condition, params = _range_condition(query.order, lower, upper)
            target = os.path.join(tmp, f"part{k}")
            sql = query.sql(condition, columns=_columns(query, options.format))
            args = (str(store.path), sql, query.params + params, fields, options.format, target)
            pending.append((target, pool.apply_async(_write_range, args)))
        condition, params = _range_condition(query.order, None, ranges[0][1])
        cursor = store.db.execute(query.sql(condition, columns=_columns(query, options.format)), query.params + params)
        count = _write_cursor(cursor, out, fields, options)
        for target, result in pending:
            count += result.get()
            with open(target, encoding="utf-8", newline="") as part:
                shutil.copyfileobj(part, out, 1 << 20)
    return count
