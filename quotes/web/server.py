"""``quotes serve``: Datasette on a quotes database, read-only, with this
project's configuration and plugin."""

from __future__ import annotations

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
    "facet_time_limit_ms": 500,
    "default_facet_size": 15,
}


def database_name(db_path: str) -> str:
    """The name Datasette serves a file under: its name without the suffix."""
    return Path(db_path).stem


def make_datasette(db_path: str, allow_sql: bool = True) -> Any:
    """A Datasette instance on ``db_path``, read-only, configured and with
    the plugin registered (as the entry point does for ``datasette``)."""
    try:
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError:
        raise QuotesError("quotes serve needs Datasette: pip install 'quotes[serve]'") from None
    from . import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="quotes")
    return Datasette(
        files=[db_path],
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
