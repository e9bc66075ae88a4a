"""What every command shares: the database option, the output options, the
default format, warnings, and opening the store."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..atomic import AtomicOutput, refuse_overwrite
from ..errors import QuotesError
from ..inputs.base import DEFAULT_MAX_CHARS
from ..inputs.formats import FORMATS as INPUT_FORMATS
from ..output import FORMATS, OutputOptions, RowStream, printable, write_rows

if TYPE_CHECKING:
    from ..store import QuoteStore

LINE_FORMATS = ("json", "jsonl")  # formats that have no header row
# Set by `quotes --quiet`: warnings and summaries are not printed.
QUIET = {"on": False}


# A row id SQLite can hold: a larger number is a usage error, not an overflow.
ROW_ID = click.IntRange(1, 2**63 - 1)

# `-o FILE` outputs of the running command: put in place when it succeeds,
# thrown away when it fails (see QuotesGroup.invoke).
PENDING_OUTPUTS: list[AtomicOutput] = []


class OutputFile(click.ParamType):
    """``-o FILE``: a temporary file beside FILE that replaces it only when
    the command succeeds; '-' is stdout."""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value  # already a stream (the default, or a test's)
        if value == "-":
            return sys.stdout  # looked up now: CliRunner swaps it per run
        try:
            output = AtomicOutput(value)
        except QuotesError as e:
            self.fail(str(e).split(": ", 1)[-1], param, ctx)
        PENDING_OUTPUTS.append(output)
        return output


def output_option(func: Any) -> Any:
    return click.option("-o", "--output", type=OutputFile(), default="-", help="Write here instead of stdout.")(func)


def check_output(output: Any, *inputs: str | None) -> None:
    """Refuse an ``-o`` file that is one of the command's inputs or its database."""
    if isinstance(output, AtomicOutput):
        refuse_overwrite(output.target, [i for i in inputs if i])


def terminal_width(stream: Any) -> int | None:
    """The columns of the terminal a table goes to; None for a file or a
    pipe, where nothing is cut."""
    if not getattr(stream, "isatty", lambda: False)():
        return None
    import shutil  # only for a terminal: tempfile and archive modules come with it

    return shutil.get_terminal_size().columns


def default_format(stream: Any) -> str:
    """Aligned table for a person at a terminal, JSON lines for a pipe."""
    return "table" if getattr(stream, "isatty", lambda: False)() else "jsonl"


def say(text: str) -> None:
    """A line of text output, with the data's control characters escaped."""
    click.echo(printable(text))


def warn(message: str) -> None:
    if not QUIET["on"]:
        click.echo(f"warning: {message}", err=True)


def note(message: str) -> None:
    """A message for the person at the terminal (stderr), unless --quiet."""
    if not QUIET["on"]:
        click.echo(message, err=True)


def db_option(func: Any) -> Any:
    """--db PATH, else $QUOTES_DB, else quotes.db in the current directory."""
    return click.option(
        "--db",
        "db_path",
        envvar="QUOTES_DB",
        default="quotes.db",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="The SQLite database (also $QUOTES_DB).",
    )(func)


def output_options(func: Any) -> Any:
    """The flags every listing command shares."""
    for option in reversed(
        [
            click.option(
                "--format",
                "fmt",
                type=click.Choice(FORMATS),
                help="Output format [default: table on a terminal, jsonl otherwise].",
            ),
            click.option("--fields", help="Comma-separated fields to show, in this order."),
            click.option("--no-headers", is_flag=True, help="Leave out the header row (table, csv, tsv, markdown)."),
            output_option,
        ]
    ):
        func = option(func)
    return func


def parse_fields(fields: str | None, allowed: Sequence[str] | None = None) -> list[str] | None:
    if not fields:
        return None
    chosen = [f.strip() for f in fields.split(",") if f.strip()]
    if allowed is not None:
        unknown = [f for f in chosen if f not in allowed]
        if unknown:
            raise click.BadParameter(f"unknown field {unknown[0]!r} (fields: {', '.join(allowed)})", param_hint="--fields")
    return chosen


def output_settings(
    fmt: str | None,
    fields: str | None,
    no_headers: bool,
    output: Any,
    default_fields: Sequence[str] | None = None,
    allowed: Sequence[str] | None = None,
    width: int | None = None,
) -> OutputOptions:
    """The output options a command's flags ask for; refuses contradictions."""
    fmt = fmt or default_format(output)
    if no_headers and fmt in LINE_FORMATS:
        raise click.UsageError(f"--no-headers has no meaning with --format {fmt} (it has no header row)")
    chosen = parse_fields(fields, allowed) or (list(default_fields) if default_fields else None)
    fitted = (width or terminal_width(output)) if fmt == "table" else None
    return OutputOptions(format=fmt, fields=chosen, headers=not no_headers, width=fitted)


def emit(rows: Iterable[dict[str, Any]] | RowStream, fmt: str | None, fields: str | None, no_headers: bool,
         output: Any, *defaults: Any, **settings: Any) -> int:
    """Write rows with the output options the flags ask for (the further
    arguments are those of ``output_settings``)."""
    return write_rows(rows, output, output_settings(fmt, fields, no_headers, output, *defaults, **settings))


def open_store(db_path: str, create: bool = False, write: bool = False) -> QuoteStore:
    """The store at ``db_path``: read-only unless the command writes, and
    created only by a command that makes one (ingest)."""
    for output in PENDING_OUTPUTS:
        refuse_overwrite(output.target, [db_path])
    if not create and not Path(db_path).exists():
        raise QuotesError(f"no database at {db_path} (run 'quotes ingest' first, or give --db)")
    from ..store import QuoteStore  # SQLite only for the commands that use it

    return QuoteStore(db_path, read_only=not (create or write))


class InputChoices:
    """What the input options ask for: how to read, and the URLs to fetch
    from a --urls file. ``report`` counts what the run left out."""

    def __init__(self, options: Any, urls_file: str | None) -> None:
        self.options = options
        self.urls_file = urls_file
        from ..inputs.base import ReadReport

        self.report = ReadReport()

    def urls(self) -> Iterator[str]:
        """The --urls file, one URL a line ('#' comments and blank lines
        left out), read as the run goes."""
        from ..articles import is_url

        if not self.urls_file:
            return
        stream = sys.stdin if self.urls_file == "-" else None
        try:
            handle = stream or open(self.urls_file, encoding="utf-8")
        except OSError as e:
            raise QuotesError(f"{self.urls_file}: cannot read ({e.strerror})") from None
        with handle:
            for number, line in enumerate(handle, start=1):
                url = line.strip()
                if not url or url.startswith("#"):
                    continue
                if not is_url(url):
                    raise QuotesError(f"{self.urls_file}:{number}: not an http(s) URL: {url[:80]}")
                yield url

    def articles(self, paths: Sequence[str], warn: Any, jobs: int = 1) -> Iterator[Any]:
        """The articles of ``paths`` and the URLs; web pages read in ``jobs``
        processes."""
        import dataclasses

        from ..articles import read_articles

        if ("-" in paths or not (paths or self.urls_file)) and getattr(sys.stdin, "isatty", lambda: False)():
            # Otherwise a command typed without a path waits for input in silence.
            note("reading articles from stdin (end with Ctrl-D); give files, folders or URLs to read those")
        options = dataclasses.replace(self.options, page_jobs=jobs) if jobs > 1 else self.options
        return read_articles(paths, options, warn=warn, urls=self.urls(), report=self.report)

    def check_failures(self) -> None:
        """Exit 1 when URLs failed, after everything else was done."""
        failed = self.report.failed_urls
        if failed:
            raise QuotesError(f"{failed:,} URL{'s' if failed != 1 else ''} could not be read (reasons above); "
                              "everything else was read")


def input_options(func: Any) -> Any:
    """The options that say how to read articles; the command gets them as
    one ``inputs`` argument (an ``InputChoices``)."""

    @functools.wraps(func)
    def with_inputs(*args: Any, **kwargs: Any) -> Any:
        from ..inputs.base import ColumnNames, FetchLimits, ReadOptions

        options = ReadOptions(
            encoding_errors=kwargs.pop("encoding_errors"),
            skip_bad=kwargs.pop("skip_bad"),
            columns=ColumnNames(text=kwargs.pop("text_column"), id=kwargs.pop("id_column"),
                                date=kwargs.pop("date_column")),
            max_chars=kwargs.pop("max_chars"),
            input_format=kwargs.pop("input_format"),
            fetch=FetchLimits(timeout=kwargs.pop("timeout")),
        )
        return func(*args, inputs=InputChoices(options, kwargs.pop("urls_file")), **kwargs)

    for option in reversed(
        [
            click.option("--input-format", type=click.Choice(INPUT_FORMATS),
                         help="Read stdin and files whose suffix says nothing as this [default: from the content]."),
            click.option("--text-column", metavar="NAME", help="CSV column or JSON field of the text "
                         "[default: text, maintext, content, body or article]."),
            click.option("--id-column", metavar="NAME", help="CSV column or JSON field of the article id [default: id]."),
            click.option("--date-column", metavar="NAME", help="CSV column or JSON field of the date "
                         "[default: date, date_publish, published or publishedAt]."),
            click.option("--urls", "urls_file", metavar="FILE", help="Also fetch the URLs in FILE, one a line ('-': stdin)."),
            click.option("--timeout", type=click.FloatRange(0.1), default=20.0, show_default=True,
                         help="Seconds a URL may take, all of the page."),
            click.option("--max-chars", type=click.IntRange(0), default=DEFAULT_MAX_CHARS, show_default=True,
                         help="Skip, with a warning, articles longer than this (0: no limit; "
                              "an article takes about 20 bytes of memory a character while it is read, "
                              "40 when dense with quotes: 10 million characters, 200-400 MB)."),
            click.option("--encoding-errors", type=click.Choice(["strict", "replace"]), default="strict",
                         show_default=True, help="What to do with bytes that are not UTF-8."),
            click.option("--skip-bad", is_flag=True,
                         help="Skip malformed JSONL lines and CSV rows with a warning instead of stopping."),
        ]
    ):
        with_inputs = option(with_inputs)
    return with_inputs


# A count of rows: SQLite's integers stop at 2**63 - 1.
COUNT = click.IntRange(1, 2**63 - 1)


class _Confidence(click.FloatRange):
    """A confidence from 0 to 1 ("nan" is no number of that range)."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        number = super().convert(value, param, ctx)
        if number != number:
            self.fail(f"{value!r} is not a number from 0 to 1", param, ctx)
        return number


CONFIDENCE = _Confidence(0, 1)
_ADDRESS_RE = re.compile(r"(?:tcp|tls|ws|wss)://[^\s:/]+:\d{1,5}")


def scheduler_address(ctx: Any, param: Any, value: str | None) -> str | None:
    """--scheduler: 'local', or a Dask scheduler's address (tcp://HOST:PORT)."""
    if value is None or value == "local" or _ADDRESS_RE.fullmatch(value):
        return value
    raise click.BadParameter(f"{value!r} is neither 'local' nor an address like tcp://HOST:8786")


# More worker processes than this is a mistake, not a wish (each one is a
# Python process of its own); within it, more than the cores is capped.
MAX_WORKERS = 1024
WORKERS = click.IntRange(1, MAX_WORKERS)


def jobs_option(func: Any) -> Any:
    """--jobs N: worker processes for extraction (default: every core)."""
    return click.option(
        "-j", "--jobs", type=WORKERS, default=None,
        help="Extract in N worker processes [default and at most: the machine's cores; 1: in this process]. "
             "The output is the same, in the same order.",
    )(func)


def resolve_jobs(jobs: int | None) -> int:
    """The worker processes to start: as asked, but never more than the
    cores (more would only wait for them, each with its own memory)."""
    from ..parallel import default_jobs

    cores = default_jobs()
    return cores if jobs is None else min(jobs, cores)


def scale_module(name: str) -> Any:
    """A module of the Dask pipeline; one line naming the extra to install
    where Dask or pyarrow is missing (not 'unexpected ModuleNotFoundError')."""
    import importlib

    try:
        return importlib.import_module(f"quotes.scale.{name}")
    except ImportError as e:
        if e.name and e.name.split(".")[0] in ("dask", "distributed", "pyarrow", "fsspec"):
            raise QuotesError(f"the Dask pipeline needs {e.name.split('.')[0]}: pip install -e '.[dask]' in the "
                              "quotes checkout, or 'quotes-db[dask]'") from None
        raise
