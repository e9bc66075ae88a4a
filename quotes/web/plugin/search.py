"""Searches at a million quotes: a word that matches most quotes is not
counted.

Datasette counts every match of a search before it shows a page: through
the quote view that took 175 ms for "said" (252,786 matches of a million
quotes) and made the page 514 ms. A search that matches more quotes than
the page's facets would group (``facets.MOST_ROWS_GROUPED``, beyond which
they are reported as timed out anyway) is sent on with ``_nocount=1``: the
page shows its first quotes and a link to the next ones, without a total.
Whether it does is found on the full-text index alone, counting no further
than that bound (a few milliseconds).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette.utils import escape_fts, tilde_decode

from .facets import MOST_ROWS_GROUPED

_VIEW = "quote_view"


async def counted_only_when_few(datasette: Any, scope: dict[str, Any]) -> dict[str, Any]:
    """The request's scope, with ``_nocount=1`` added to a search of the
    quote view that matches more than MOST_ROWS_GROUPED quotes."""
    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2 or parts[1].split(".")[0] != _VIEW:
        return scope
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    keys = {key for key, _ in args}
    search = next((value for key, value in args if key == "_search"), "")
    if not search.strip() or "_nocount" in keys:
        return scope
    db = datasette.databases.get(tilde_decode(parts[0]))
    if db is None or not await db.table_exists("quotes_fts"):
        return scope
    query = search if dict(args).get("_searchmode") == "raw" else escape_fts(search)
    try:
        matches = (await db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
            [query, MOST_ROWS_GROUPED + 1],
        )).first()[0]
    except Exception:  # a search FTS5 cannot read: Datasette says so, as it would
        return scope
    if matches <= MOST_ROWS_GROUPED:
        return scope
    return {**scope, "query_string": urlencode(args + [("_nocount", "1")]).encode("latin-1")}
