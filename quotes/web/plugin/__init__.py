"""The Datasette plugin: a page for each speaker, links to it, and the
quotes-per-month chart on the front page. Datasette loads it through the
``datasette`` entry point whenever this package is installed beside it;
it does nothing for databases that are not quotes databases."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from datasette import Response, hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from ...timeline import period_counts_sql, timeline_of
from ..chart import bars_svg
from .facets import KeptFacet
from .search import counted_only_when_few, indexed_filter
from .stream import is_view_stream, stream_view_csv


async def _is_quotes_database(db: Any) -> bool:
    names = set(await db.table_names()) | set(await db.view_names())
    return {"quotes", "speakers", "aliases", "quote_view"} <= names


async def _month_rows(db: Any, speaker_id: int | None = None) -> list[tuple[str, int]]:
    result = await db.execute(period_counts_sql("month", speaker_id is not None), {"speaker": speaker_id})
    return timeline_of([(row[0], row[1]) for row in result.rows], "month").rows


# The largest id SQLite stores: a longer one in a URL is no speaker's.
_MAX_ID = 2**63 - 1


def speaker_path(datasette: Any, database: str, speaker_id: int) -> str:
    """The speaker page's path, the database's name encoded as Datasette
    encodes names in its own URLs (a file may be named anything)."""
    return datasette.urls.path(f"/-/quotes/{tilde_encode(database)}/speaker/{speaker_id}")


@hookimpl
def register_facet_classes() -> list[type]:
    return [KeptFacet]


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """A search of the quote view that matches most quotes is not counted,
    a filter typed by hand on a column the view computes is sent to the
    same filter on an indexed one (search.py), and the view's CSV stream
    is read by key (stream.py)."""
    def wrap(app: Any) -> Any:
        async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http" and scope.get("query_string"):
                if is_view_stream(scope):
                    await stream_view_csv(datasette, scope, send)
                    return
                query = scope["query_string"]
                if b"speaker=" in query or b"month=" in query or b"speaker__exact=" in query or b"month__exact=" in query:
                    location = await indexed_filter(datasette, scope)
                    if location is not None:
                        await Response.redirect(location).asgi_send(send)
                        return
                if b"_search" in query:
                    scope = await counted_only_when_few(datasette, scope)
            await app(scope, receive, send)
        return wrapped
    return wrap


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/quotes/(?P<database>[^/]+)/speaker/(?P<speaker_id>\d+)$", speaker_page),
        (r"^/-/quotes/quotes\.css$", stylesheet),
    ]


_STYLESHEET = Path(__file__).resolve().parent / "static" / "quotes.css"


async def stylesheet(request: Any) -> Response:
    """The plugin's stylesheet, served by a route of its own: Datasette
    mounts a plugin's static folder under the plugin's name, which is the
    distribution's or the entry point's depending on how it was installed."""
    return Response(_stylesheet_text(), content_type="text/css; charset=utf-8", headers={"Cache-Control": "max-age=3600"})


@functools.cache
def _stylesheet_text() -> str:
    """Read once a server, not once a request."""
    return _STYLESHEET.read_text(encoding="utf-8")


async def speaker_page(datasette: Any, request: Any) -> Response:
    name = tilde_decode(request.url_vars["database"])
    speaker_id = int(request.url_vars["speaker_id"])
    if speaker_id > _MAX_ID:
        return Response.html("No such speaker", status=404)
    try:
        db = datasette.get_database(name)
    except KeyError:
        return Response.html("No such database", status=404)
    if not await _is_quotes_database(db):
        return Response.html("Not a quotes database", status=404)
    row = (await db.execute("SELECT id, name, kind, merged_into FROM speakers WHERE id = ?", [speaker_id])).first()
    if row is None:
        return Response.html("No such speaker", status=404)
    if row["merged_into"] is not None:  # a merged speaker's page is the one it joined
        return Response.redirect(speaker_path(datasette, name, row["merged_into"]))
    aliases = (await db.execute(
        "SELECT alias, sum(count) AS quotes FROM aliases WHERE speaker_id = ? GROUP BY alias ORDER BY quotes DESC, alias",
        [speaker_id])).rows
    roles = (await db.execute(
        "SELECT role, min(date) AS first, max(date) AS last, count(*) AS articles FROM roles WHERE speaker_id = ? "
        "GROUP BY role ORDER BY first, role", [speaker_id])).rows
    quotes = (await db.execute(
        "SELECT id, date, quote, cue, title, source, article FROM quote_view WHERE speaker_id = ? "
        "ORDER BY date DESC, id DESC LIMIT 50", [speaker_id])).rows
    total = (await db.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", [speaker_id])).first()[0]
    months = await _month_rows(db, speaker_id)
    context = {
        "database": name,
        "speaker": dict(row),
        "aliases": [dict(r) for r in aliases],
        "roles": [dict(r) for r in roles],
        "quotes": [dict(r) for r in quotes],
        "total": total,
        "chart": Markup(bars_svg(months, f"Quotes of {row['name']} per month")),
        "quotes_url": datasette.urls.table(name, "quote_view") + f"?speaker_id={speaker_id}",
    }
    html = await datasette.render_template("quotes_speaker.html", context, request=request)
    return Response.html(html)


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Speakers' names link to their pages."""
    if value is None:
        return None
    if table == "speakers" and column == "name":
        return Markup(f'<a href="{escape(speaker_path(datasette, database, row["id"]))}">{escape(value)}</a>')
    if table == "quote_view" and column == "speaker":
        keys = row.keys() if hasattr(row, "keys") else []
        if "speaker_id" in keys and row["speaker_id"] is not None:
            return Markup(f'<a href="{escape(speaker_path(datasette, database, row["speaker_id"]))}">{escape(value)}</a>')
    return None


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    """The layout of the quotes page (static/quotes.css): the quote as the
    main column, the table within a 1280 px screen."""
    return [datasette.urls.path("/-/quotes/quotes.css")]


@hookimpl
def extra_template_vars(view_name: str, datasette: Any) -> Any:
    """The front page's chart of every quotes database's quotes per month."""
    if view_name != "index":
        return {}

    async def charts() -> dict[str, Any]:
        drawn = []
        for name, db in datasette.databases.items():
            if name.startswith("_") or not await _is_quotes_database(db):
                continue
            drawn.append((name, Markup(bars_svg(await _month_rows(db), f"Quotes in {name} per month"))))
        return {"quotes_charts": drawn}

    return charts
