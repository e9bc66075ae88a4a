"""`quotes timeline`: quotes per month, week or year, as bars on a terminal
and as rows in a pipe."""

from __future__ import annotations

import shutil
from typing import Any

import click

from ..lazy import LazyModule
from .common import QUIET, db_option, emit, note, open_store, output_options
from .group import cli

timelines = LazyModule("quotes.timeline")
speaker_ops = LazyModule("quotes.speakers")

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(count: int, most: int, width: int) -> str:
    """A bar of block characters ``width`` columns long at ``most``, in
    eighths of a column, so that small counts still differ."""
    if most <= 0:
        return ""
    eighths = round(count * width * 8 / most)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def bar_lines(rows: list[tuple[str, int]], columns: int) -> list[str]:
    label = max(len(p) for p, _ in rows)
    number = max(len(f"{n:,}") for _, n in rows)
    width = max(10, columns - label - number - 3)
    most = max(n for _, n in rows)
    return [f"{p:<{label}} {n:>{number},} {bar(n, most, width)}".rstrip() for p, n in rows]


@cli.command()
@db_option
@click.option("--speaker", help="Only this speaker (id, name or alias; near spellings match).")
@click.option("--by", type=click.Choice(["month", "week", "year"]), default="month", show_default=True,
              help="The period each bar or row counts.")
@output_options
def timeline(db_path: str, speaker: str | None, by: str, fmt: str | None, fields: str | None, no_headers: bool,
             output: Any) -> None:
    """Quotes per month (or week, or year): bars on a terminal, rows
    (period, quotes) in a pipe or with --format.

    Every period from the first quote to the last is shown, empty ones
    included; quotes from undated articles are counted in a closing note.

    \b
    Example:
      quotes timeline --speaker "Michelle Wu"
      quotes timeline --by year --format csv
    """
    with open_store(db_path) as store:
        speaker_id = speaker_ops.find_speaker(store, speaker).id if speaker else None
        result = timelines.quote_timeline(store, speaker_id, by)
    if fmt is None and getattr(output, "isatty", lambda: False)():
        if not result.rows:
            note("no dated quotes" + (f" of {speaker}" if speaker else ""))
        for line in bar_lines(result.rows, shutil.get_terminal_size().columns) if result.rows else []:
            click.echo(line, file=output)
    else:
        emit(({"period": p, "quotes": n} for p, n in result.rows), fmt, fields, no_headers, output,
             ("period", "quotes"), ("period", "quotes"))
    if result.undated and not QUIET["on"]:
        note(f"{result.undated:,} quote{'s' if result.undated != 1 else ''} from undated articles not shown")
