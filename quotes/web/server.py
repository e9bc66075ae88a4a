"""``quotes serve``: Datasette on a quotes database, read-only, with this
project's configuration and plugin."""

from __future__ import annotations

import os
import tempfile
import threading
import webbrowser
from pathlib import Path
from typing import Any

from ..errors import QuotesError
from .metadata import build_metadata

LOOPBACK = ("127.0.0.1", "localhost", "::1")
SETTINGS = {
    "truncate_cells_html": 300,  # article texts are long; the cell links to the full row
    "sql_time_limit_ms": 3000,
    # A facet of a narrowed page (a search, a filter) groups only its rows:
    # quick for a speaker's or a search's quotes; over most of a million it
    # gives up at this bound and the page says so, instead of waiting
    # 0.5 s a facet. The whole page's facets are kept counts (KeptFacet).
    "facet_time_limit_ms": 60,
    # Suggesting facets groups every column of the page: 1.6 s at a million
    # quotes. A column's menu still facets by it.
    "suggest_facets": False,
    "default_facet_size": 15,
}


# Characters Datasette does not escape in the URI it opens a file by: SQLite
# would cut the path there and open (and make) another, empty, file.
_UNSAFE_IN_URI = "#?%"


def served_path(db_path: str) -> str:
    """The path Datasette is given: the file itself, or, where its path
    holds a character Datasette would not escape, a link to it of a safe
    name in a folder of its own (left for the system to clear)."""
    absolute = os.path.abspath(db_path)
    if not any(c in absolute for c in _UNSAFE_IN_URI):
        return db_path
    safe = "".join("_" if c in _UNSAFE_IN_URI else c for c in Path(db_path).name)
    link = Path(tempfile.mkdtemp(prefix="quotes-serve-")) / safe
    link.symlink_to(absolute)
    return str(link)


def database_name(db_path: str) -> str:
    """The name Datasette serves a file under: its name without the suffix
    (as ``served_path`` names the link, where it needs one)."""
    name = Path(db_path).stem
    if any(c in os.path.abspath(db_path) for c in _UNSAFE_IN_URI):
        name = "".join("_" if c in _UNSAFE_IN_URI else c for c in name)
    return name


def make_datasette(db_path: str, allow_sql: bool = True) -> Any:
    """A Datasette instance on ``db_path``, read-only, configured and with
    the plugin registered (as the entry point does for ``datasette``)."""
    try:
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError:
        raise QuotesError("quotes serve needs Datasette: pip install -e '.[serve]' in the quotes checkout, or 'quotes-db[serve]'") from None
    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="quotes")
    return Datasette(
        files=[served_path(db_path)],
        metadata=build_metadata(database_name(db_path), allow_sql=allow_sql),
        settings=SETTINGS,
    )


def serve(db_path: str, host: str, port: int, open_browser: bool, allow_sql: bool, say: Any) -> None:
    """Serve until Ctrl-C."""
    datasette = make_datasette(db_path, allow_sql)
    import uvicorn

    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    say(f"Serving {db_path} at {url} (read-only; Ctrl-C stops)")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, [url]).start()
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
