"""The `quotes` command: parse options, call the library, print.

Data goes to stdout, messages to stderr. One module per group of commands;
``group.py`` holds the group and its error boundary.
"""

from __future__ import annotations

# The commands register themselves on `cli` when imported.
from . import database, extract, scale, serve, speakers, timeline  # noqa: F401
from .extract import QUOTE_FIELDS  # noqa: F401
from .group import cli

__all__ = ["QUOTE_FIELDS", "cli", "main"]


def main() -> None:
    """Console-script entry point (click itself quiets a broken pipe)."""
    cli(prog_name="quotes")
