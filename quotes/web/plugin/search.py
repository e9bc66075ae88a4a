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


def view_database(scope: dict[str, Any], suffix: str | None = None) -> str | None:
    """The database (as the URL names it) of a request for the quote view
    (``suffix``: only in that format, "csv"), else None."""
    parts = scope.get("path", "").strip("/").split("/")
    if len(parts) != 2:
        return None
    view, _, ext = parts[1].partition(".")
    return parts[0] if view == _VIEW and (suffix is None or ext == suffix) else None


async def counted_only_when_few(datasette: Any, scope: dict[str, Any]) -> dict[str, Any]:
    """The request's scope, with ``_nocount=1`` added to a search of the
    quote view that matches more than MOST_ROWS_GROUPED quotes."""
    database = view_database(scope)
    if database is None:
        return scope
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    keys = {key for key, _ in args}
    search = next((value for key, value in args if key == "_search"), "")
    if not search.strip() or "_nocount" in keys:
        return scope
    db = datasette.databases.get(tilde_decode(database))
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


# Filters a person types by hand that the view computes for every quote
# (1.8 s for ?speaker=NAME, 0.57 s for ?month= at a million quotes), and the
# same filter on an indexed column (the facets' links use these).
_MONTH_LENGTH = 7  # "2025-03"


async def indexed_filter(datasette: Any, scope: dict[str, Any]) -> str | None:
    """The address of the same page filtered on an indexed column, for a
    quote view filtered by ``speaker=NAME`` (the speaker's id, or ids) or
    ``month=YYYY-MM`` (the dates of the month); None when there is none."""
    database = view_database(scope)
    if database is None:
        return None
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    changed = False
    out: list[tuple[str, str]] = []
    for key, value in args:
        if key in ("month", "month__exact") and len(value) == _MONTH_LENGTH and value[4] == "-" \
                and value[:4].isdigit() and value[5:].isdigit():
            out.append(("date__glob", f"{value}*"))
            changed = True
        elif key in ("speaker", "speaker__exact"):
            ids = await _speaker_ids(datasette, database, value)
            if ids:
                out.append(("speaker_id", ids[0]) if len(ids) == 1 else ("speaker_id__in", ",".join(ids)))
                changed = True
            else:
                out.append((key, value))
        else:
            out.append((key, value))
    if not changed:
        return None
    return f"{scope.get('root_path', '')}{scope['path']}?{urlencode(out)}"


async def _speaker_ids(datasette: Any, database: str, name: str) -> list[str]:
    """The ids of the speakers the view shows by this name (two people of
    one name are two speakers)."""
    db = datasette.databases.get(tilde_decode(database))
    if db is None or not await db.table_exists("speakers"):
        return []
    rows = (await db.execute("SELECT id FROM speakers WHERE name = ? AND merged_into IS NULL ORDER BY id", [name])).rows
    return [str(row[0]) for row in rows]
