"""`quotes serve`: browse the database in a web page (Datasette)."""

from __future__ import annotations

import json

import click

from ..errors import QuotesError
from .common import db_option, note, open_store, warn
from .group import cli


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@click.option("--no-sql", is_flag=True, help="Turn off arbitrary SQL (canned queries stay): for a shared deployment.")
@click.option("--metadata", "print_metadata", is_flag=True,
              help="Print the Datasette configuration (JSON) for running 'datasette' yourself, and stop.")
def serve(db_path: str, host: str, port: int, open_browser: bool, no_sql: bool, print_metadata: bool) -> None:
    """Browse the database in a web page: search quotes, filter by speaker,
    open a speaker's page with a chart of their quotes per month.

    Runs Datasette on the database, read-only, on 127.0.0.1 unless --host
    says otherwise. Needs the serve extra (quotes-db[serve]).

    \b
    Example:
      quotes serve --db news.db --open
      quotes serve --db news.db --metadata > metadata.json
      datasette news.db --metadata metadata.json
    """
    from ..web import metadata, server

    if print_metadata:
        click.echo(json.dumps(metadata.build_metadata(server.database_name(db_path), allow_sql=not no_sql), indent=2))
        return
    open_store(db_path).close()  # a quotes database, at the current schema: checked before serving
    if host not in server.LOOPBACK:
        warn(f"serving on {host}: anyone who can reach this machine can read the database"
             + ("" if no_sql else " and run SQL on it (add --no-sql for a shared deployment)"))
    _check_port_free(host, port)
    try:
        server.serve(db_path, host, port, open_browser, allow_sql=not no_sql, say=note)
    except OSError as e:
        raise QuotesError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None


def _check_port_free(host: str, port: int) -> None:
    """One line naming the port when something listens on it already (the
    server's own message is a log line and exit code 3)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as e:
            raise QuotesError(f"cannot listen on {host}:{port}: {e.strerror or e} (another 'quotes serve'? "
                              "give another --port)") from None
