"""The quote view streamed as CSV by key.

Datasette streams a CSV of a view page by page with OFFSET (a view has no
key for it to page by): each page reads every row before it again, and a
million quotes take time quadratic in their number (100,000 rows: 180 s).
The quote view's rows are its quotes, whose id is the stored key: the
stream here asks Datasette for the page's query (its filters, its search,
its columns), then reads it in pages of ``PAGE`` rows by key, each from
where the last ended: by the page's sort column and then the id (the page's
own order, newest first by default; a range of an indexed column), or by id
alone when the page is not sorted, or sorted by a column no index keeps.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette.utils import escape_sqlite, tilde_decode

from .search import view_database

PAGE = 1000
_VIEW = "quote_view"
# The quote view's columns the store keeps an index on (quotes.date,
# quotes.source, quotes.speaker_id), besides the id: a stream sorted by
# one of them reads each page as a range.
_INDEXED = frozenset(("date", "source", "speaker_id"))
# The end of the query Datasette writes for a page: its order and its limit.
_ORDER_AND_LIMIT_RE = re.compile(r"\s+(?:order by .+? )?limit \d+(?: offset \d+)?\s*$", re.IGNORECASE | re.DOTALL)
# The column and the direction of the page's order, as Datasette writes them
# ("order by date desc limit 101"; a column in brackets or quotes).
_ORDER_BY_RE = re.compile(r"\sorder by\s+(\[[^\]]+\]|\"[^\"]+\"|\w+)(\s+desc)?\s+limit \d+", re.IGNORECASE)
_SELECT_RE = re.compile(r"^\s*select\s+", re.IGNORECASE)
# The arguments of the stream itself, not of the page it streams.
_STREAM_ARGS = frozenset(("_stream", "_dl", "_size", "_next", "_header", "_trace", "_nocount", "_nofacet"))


def is_view_stream(scope: dict[str, Any]) -> bool:
    return view_database(scope, "csv") is not None and b"_stream=" in scope.get("query_string", b"")


async def stream_view_csv(datasette: Any, scope: dict[str, Any], send: Any) -> None:
    """Answer a ``quote_view.csv?_stream=on`` request by key."""
    database = view_database(scope, "csv")
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    given = dict(args)
    page_args = [(k, v) for k, v in args if k not in _STREAM_ARGS] + [("_size", "1"), ("_nocount", "1"), ("_nofacet", "1")]
    page = await datasette.client.get(f"/{database}/{_VIEW}.json?{urlencode(page_args)}")
    if page.status_code != 200:
        await _start(send, page.status_code, "text/plain; charset=utf-8", {})
        await send({"type": "http.response.body", "body": page.text.encode("utf-8")})
        return
    data = page.json()
    columns, query = data["columns"], data["query"]
    base = _SELECT_RE.sub("select _SORT_ AS _stream_value, id AS _stream_key, ", _ORDER_AND_LIMIT_RE.sub("", query["sql"]),
                          count=1)
    db = datasette.get_database(tilde_decode(database))
    headers = {}
    content_type = "text/plain; charset=utf-8"
    if given.get("_dl"):
        content_type = "text/csv; charset=utf-8"
        headers["content-disposition"] = f'attachment; filename="{_VIEW}.csv"'
    limit = (datasette.setting("max_csv_mb") or 0) * 1024 * 1024
    await _start(send, 200, content_type, headers)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if given.get("_header") != "off":
        writer.writerow(columns)
    written = 0
    async for rows in _pages_in_order(db, base, dict(query.get("params") or {}), columns, data):
        for row in rows:
            writer.writerow(list(row)[2:])
        chunk = buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        written += len(chunk)
        if limit and written > limit:
            await send({"type": "http.response.body", "more_body": True, "body": chunk})
            await send({"type": "http.response.body",
                        "body": f"CSV contains more than {limit // (1024 * 1024)} MB (max_csv_mb)\n".encode()})
            return
        await send({"type": "http.response.body", "more_body": True, "body": chunk})
    await send({"type": "http.response.body", "body": buffer.getvalue().encode("utf-8")})


async def _pages_in_order(db: Any, base: str, params: dict[str, Any], columns: list[str],
                          data: dict[str, Any]) -> AsyncIterator[list[Any]]:
    """The rows of ``base`` (whose first two columns are the sort value and
    the key) in pages of PAGE, in the page's order. Each page starts where
    the last ended, as a range of the sort column (which SQLite reads from
    its index) then of the key; the rows without a value (SQLite's NULLs,
    first in a rising order and last in a falling one) are a phase of
    their own, read by key."""
    order_by = _ORDER_BY_RE.search(data["query"]["sql"])
    column = order_by.group(1).strip('[]"') if order_by else None
    desc = bool(order_by and order_by.group(2))
    if column not in _INDEXED or column not in columns:
        column, desc = None, False  # (a sort no index keeps would read every row again for each page)
    sorted_base = base.replace("_SORT_", escape_sqlite(column) if column else "NULL", 1)
    sql = f"SELECT * FROM ({sorted_base})"
    keys_sql = f"SELECT _stream_value, _stream_key FROM ({sorted_base})"
    down, order = ("<", "DESC") if desc else (">", "ASC")

    async def phase(where: str, order_by: str, value_of_row: bool) -> AsyncIterator[list[Any]]:
        last: tuple[Any, Any] | None = None
        while True:
            # A page's keys first, in order (the view's computed columns
            # left out, so that SQLite sorts the sort column's ties alone),
            # then the rows of those keys.
            bound = "" if last is None else (f" AND _stream_value {down}= :_v AND (_stream_value {down} :_v OR "
                                             f"_stream_key {down} :_k)" if value_of_row else f" AND _stream_key {down} :_k")
            keys = {} if last is None else {"_v": last[0], "_k": last[1]}
            page = (await db.execute(f"{keys_sql} WHERE {where}{bound} ORDER BY {order_by} LIMIT {PAGE}",
                                     {**params, **keys})).rows
            if page:
                wanted = json.dumps([key for _, key in page])
                found = {row[1]: row for row in (await db.execute(
                    f"{sql} WHERE _stream_key IN (SELECT value FROM json_each(:_keys))", {**params, "_keys": wanted})).rows}
                yield [found[key] for _, key in page if key in found]
            if len(page) < PAGE:
                return
            last = (page[-1][0], page[-1][1])

    nulls = phase("_stream_value IS NULL", f"_stream_key {order}", False)
    valued = phase("_stream_value IS NOT NULL", f"_stream_value {order}, _stream_key {order}", True)
    for rows_of in ((valued, nulls) if desc else (nulls, valued)) if column else (nulls,):
        async for rows in rows_of:
            yield rows


async def _start(send: Any, status: int, content_type: str, headers: dict[str, str]) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode())] + [(k.encode(), v.encode()) for k, v in headers.items()]})
