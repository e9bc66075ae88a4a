"""The quote view streamed as CSV by key.

Datasette streams a CSV of a view page by page with OFFSET (a view has no
key for it to page by): each page reads every row before it again, and a
million quotes take time quadratic in their number (100,000 rows: 180 s).
The quote view's rows are its quotes, whose id is the stored key: the
stream here asks Datasette for the page's query (its filters, its search,
its columns), then reads it in pages of ``PAGE`` rows by id, each from
where the last ended. Rows come in id order (the order the quotes were
stored), not the page's date order.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette.utils import tilde_decode

from .search import view_database

PAGE = 1000
_VIEW = "quote_view"
# The end of the query Datasette writes for a page: its order and its limit.
_ORDER_AND_LIMIT_RE = re.compile(r"\s+(?:order by .+? )?limit \d+(?: offset \d+)?\s*$", re.IGNORECASE | re.DOTALL)
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
    base = _SELECT_RE.sub("select id AS _stream_key, ", _ORDER_AND_LIMIT_RE.sub("", query["sql"]), count=1)
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
    last = None
    while True:
        where = "" if last is None else " WHERE _stream_key > :_stream_last"
        params = dict(query.get("params") or {}, _stream_last=last)
        rows = (await db.execute(f"SELECT * FROM ({base}){where} ORDER BY _stream_key LIMIT {PAGE}", params)).rows
        for row in rows:
            writer.writerow(list(row)[1:])
        chunk = buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        written += len(chunk)
        if limit and written > limit:
            await send({"type": "http.response.body", "more_body": True, "body": chunk})
            await send({"type": "http.response.body",
                        "body": f"CSV contains more than {limit // (1024 * 1024)} MB (max_csv_mb)\n".encode()})
            return
        if len(rows) < PAGE:
            await send({"type": "http.response.body", "body": chunk})
            return
        await send({"type": "http.response.body", "more_body": True, "body": chunk})
        last = rows[-1][0]


async def _start(send: Any, status: int, content_type: str, headers: dict[str, str]) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode())] + [(k.encode(), v.encode()) for k, v in headers.items()]})
