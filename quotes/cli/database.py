"""Database commands: ingest, list, search, show, articles, stats, export,
history and undo."""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from ..errors import QuotesError
from ..fields import QUOTE_SORTS
from ..lazy import LazyModule
from ..output import marked, write_rows
from .group import cli

query = LazyModule("quotes.query")
speaker_ops = LazyModule("quotes.speakers")
export_module = LazyModule("quotes.export")
ingest_module = LazyModule("quotes.ingest")

from .common import (
    CONFIDENCE,
    COUNT,
    QUIET,
    ROW_ID,
    WORKERS,
    InputChoices,
    db_option,
    default_format,
    emit,
    input_options,
    jobs_option,
    note,
    open_store,
    output_options,
    output_settings,
    parse_fields,
    resolve_jobs,
    say,
    scale_module,
    scheduler_address,
    terminal_width,
    warn,
)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@db_option
@click.option("--replace", is_flag=True, help="Extract again articles already stored (after an extractor upgrade).")
@input_options
@jobs_option
@click.option("--scheduler", metavar="local|tcp://HOST:8786", callback=scheduler_address,
              help="Run on Dask instead: a LocalCluster ('local') or a running scheduler.")
@click.option("--stage", "stage_dir", type=click.Path(file_okay=False),
              help="With --scheduler: keep the Parquet shards and resolved groups here.")
@click.option("--workers", type=WORKERS, help="With --scheduler local: workers [default: one a core].")
@click.option("--replace-stage", is_flag=True, help="With --stage: replace an earlier stage in the folder, whole.")
@click.option("--batch-size", type=COUNT, default=200, show_default=True, help="Articles per transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary line.")
def ingest(paths: tuple[str, ...], db_path: str, replace: bool, inputs: InputChoices, jobs: int | None,
           scheduler: str | None, stage_dir: str | None, workers: int | None, replace_stage: bool, batch_size: int,
           quiet: bool) -> None:
    """Extract quotes from articles and store them in the database.

    Takes the same inputs as 'quotes extract': files, folders, URLs and
    stdin, in any of its formats. Articles already stored with the same
    content are skipped; speakers are matched to the ones already known. A
    summary line goes to stderr. URLs that cannot be read are one warning
    each and make the exit code 1, after the rest is stored.

    \b
    Example:
      quotes ingest sample_data/
      quotes ingest --db news.db saved-pages/ --urls links.txt
      cat articles.jsonl | quotes ingest --db news.db -
    """
    if scheduler:
        runner = scale_module("runner")
        from .scale import report

        if not paths:
            raise click.UsageError("--scheduler reads files, folders or globs: give them")
        if Path(db_path).exists():
            open_store(db_path, write=True).close()  # a quotes database, brought up to date, or a clear error
        report(runner.run(list(paths), db_path, scheduler, stage_dir, inputs.options, workers=workers, say=note,
                          replace_stage=replace_stage,
                          replace=replace))
        return
    if stage_dir or workers or replace_stage:
        raise click.UsageError("--stage, --workers and --replace-stage go with --scheduler")
    store = open_store(db_path, create=True)
    quiet = quiet or QUIET["on"]
    progress = None
    say = warn
    if not quiet and sys.stderr.isatty():
        from ..articles import count_articles
        from .progress import ProgressLine

        progress = ProgressLine(None if inputs.urls_file else count_articles(paths))
        say = progress.before(warn)  # a warning takes the line, the counter is redrawn under it
    articles = inputs.articles(paths, say, resolve_jobs(jobs))
    if progress:
        articles = progress.counting(articles)
    try:
        summary = ingest_module.ingest_articles(store, articles, resolve_jobs(jobs), replace=replace,
                                               batch_size=batch_size, progress=progress.stored_one if progress else None,
                                               warn=say)
    finally:
        if progress:
            progress.clear()
        store.close()
    if not quiet:
        click.echo(f"ingested {summary.line()}", err=True)
    inputs.check_failures()


def filter_options(func: Any) -> Any:
    """The filters 'quotes list' and 'quotes export' share."""
    for option in reversed(
        [
            click.option("--speaker", help="Only this speaker (id, name or alias; near spellings match)."),
            click.option("--article", help="Only this article id."),
            click.option("--since", metavar="DATE", help="Only articles dated on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)."),
            click.option("--until", metavar="DATE", help="Only articles dated on or before DATE."),
            click.option("--kind", type=click.Choice(["direct", "partial", "multi-paragraph"]), help="Only this kind of quote."),
            click.option("--source", help="Only articles from this source (case-insensitive)."),
            click.option("--min-confidence", type=CONFIDENCE, help="Only quotes at least this confident."),
            click.option("--search", "search_text", metavar="TEXT", help="Only quotes holding these words."),
            click.option("--fts", is_flag=True, help="Read --search as FTS5 syntax (phrases, AND/OR/NOT, prefix*)."),
            click.option("--limit", type=COUNT, help="At most N quotes."),
            click.option("--sort", type=click.Choice(list(QUOTE_SORTS)), default="date", show_default=True,
                         help="Order of the quotes ('-' for descending)."),
        ]
    ):
        func = option(func)
    return func


def _filter(speaker: str | None, article: str | None, since: str | None, until: str | None, kind: str | None,
            source: str | None, min_confidence: float | None, search_text: str | None, fts: bool, limit: int | None,
            sort: str) -> query.QuoteFilter:
    # Checked here too, so that a bad date is a usage error (exit 2).
    for option, value in (("--since", since), ("--until", until)):
        if value:
            try:
                query.check_date(value, option)
            except QuotesError as e:
                raise click.BadParameter(str(e).split(": ", 1)[1], param_hint=option) from None
    try:
        query.check_range(since, until)
    except QuotesError as e:
        raise click.UsageError(str(e)) from None
    return query.QuoteFilter(speaker, article, since, until, kind, source, min_confidence, search_text, limit, sort, fts)


LIST_FIELDS = ("id", "date", "speaker", "quote", "article")


@cli.command("list")
@db_option
@filter_options
@output_options
def list_quotes(db_path: str, fmt: str | None, fields: str | None, no_headers: bool, output: Any, **filters: Any) -> None:
    """List stored quotes, filtered and sorted.

    \b
    Example:
      quotes list --speaker "michele wu" --since 2025-03 --limit 10
      quotes list --speaker Wu --format jsonl | jq -r .quote
    """
    f = _filter(**filters)
    selected = tuple(parse_fields(fields, tuple(query.QUOTE_COLUMNS)) or query.EXPORT_FIELDS)
    aligned = (fmt or default_format(output)) in ("table", "markdown")
    shown = LIST_FIELDS if aligned and not fields else selected  # a table shows a few columns
    options = output_settings(fmt, None, no_headers, output, shown)
    with open_store(db_path) as store:
        write_rows(query.quote_stream(store, f, selected), output, options)


@cli.command()
@db_option
@filter_options
@output_options
def export(db_path: str, fmt: str | None, fields: str | None, no_headers: bool, output: Any, **filters: Any) -> None:
    """Write every stored quote with its speaker, or those the filters select.

    Streams: a million quotes go out without being held in memory. CSV and
    TSV cells that begin with = + - @ are made safe for spreadsheets.

    \b
    Example:
      quotes export --format csv -o quotes.csv
      quotes export --speaker "Patricia H. Hyde" --format markdown
    """
    f = _filter(**filters)
    selected = tuple(parse_fields(fields, tuple(query.QUOTE_COLUMNS)) or query.EXPORT_FIELDS)
    options = output_settings(fmt, None, no_headers, output, selected)
    with open_store(db_path) as store:
        export_module.export(store, query.build_query(store, f, selected), output, options)


@cli.command()
@click.argument("text")
@db_option
@click.option("--limit", type=COUNT, default=20, show_default=True, help="At most N results.")
@click.option("--fts", is_flag=True, help="Read TEXT as FTS5 syntax: \"phrases\", AND / OR / NOT, prefix*, NEAR(a b).")
@output_options
def search(text: str, db_path: str, limit: int, fts: bool, fmt: str | None, fields: str | None, no_headers: bool,
           output: Any) -> None:
    """Full-text search of quote text, best matches first.

    TEXT is words, all of which a quote must hold (well-connected, U.S. and
    Bloomberg's are words too); words match their stems (protect,
    protecting). With --fts, TEXT is SQLite FTS5 syntax: "exact phrases",
    AND / OR / NOT, prefix* and NEAR(a b). On a terminal the matched words
    are highlighted.

    \b
    Example:
      quotes search public safety
      quotes search --fts '"public safety" OR sanctuary'
      quotes search --fts 'immigra*' --format csv
    """
    fmt = fmt or default_format(output)
    with open_store(db_path) as store:
        found = query.search(store, text, limit, fts)
        first = next(found, None)
        if first is None:
            note(f"no quotes match {text!r}")
            return
        shown_count = 0

        def counted() -> Iterator[dict[str, Any]]:  # (streamed: --limit may be large)
            nonlocal shown_count
            for row in itertools.chain([first], found):
                shown_count += 1
                yield row

        rows = counted()
        if fmt == "table" and not fields:
            # The matched words become colours (on a terminal that takes
            # them) or nothing, before the table is laid out: colour codes
            # take no width there, so the columns hold. (The data's own
            # control characters were escaped on the way.)
            colour = _colour_wanted(output)
            shown = ({**row, "quote": _coloured(row["match"], colour)} for row in rows)
            emit(shown, fmt, None, no_headers, output, ("id", "date", "speaker", "quote", "score"))
        else:
            plain = ({k: v for k, v in row.items() if k != "match"} for row in rows)
            emit(plain, fmt, fields, no_headers, output, allowed=("id", "article", "date", "speaker", "quote", "score"))
        if limit and shown_count == limit:
            total = query.count_matches(store, text, fts)
            if total > limit:
                many = f"more than {query.COUNT_CAP:,}" if total > query.COUNT_CAP else f"{total:,}"
                note(f"{limit} of {many}; --limit N to see more")


def _colour_wanted(output: Any) -> bool:
    """Colour on a terminal, unless NO_COLOR is set or the terminal is dumb."""
    return (getattr(output, "isatty", lambda: False)() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def _coloured(text: str, colour: bool) -> str:
    """Matched words in bold yellow on a terminal; plain text otherwise."""
    start, end = ("\x1b[1;33m", "\x1b[0m") if colour else ("", "")
    return marked(text, start, end, (query.MARK_START, query.MARK_END))


@cli.command()
@click.argument("quote_id", type=ROW_ID)
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), help="[default: text on a terminal, json otherwise]")
@click.option("--article-text", "whole", is_flag=True,
              help="Print the article's whole text, the one the offsets refer to (for a page: the text read from it).")
def show(quote_id: int, db_path: str, fmt: str | None, whole: bool) -> None:
    """One quote with its article's metadata and the paragraph around it.

    \b
    Example:
      quotes show 42
      quotes show 42 --article-text
    """
    with open_store(db_path) as store:
        record = query.show_quote(store, quote_id)
    text = record.pop("article_text")
    if (fmt or ("text" if sys.stdout.isatty() else "json")) == "json":
        click.echo(json.dumps({**record, "article_text": text} if whole else record, ensure_ascii=False))
        return
    if whole:
        say(text or "")
        return
    speaker = record["speaker"] or "(unattributed)"
    say(f"[{record['id']}] {speaker}" + (f", {record['role']}" if record["role"] else ""))
    say(f"  “{record['quote']}”")
    say(f"  cue: {record['cue'] or '-'}  kind: {record['kind']}  confidence: {record['confidence']}")
    say(f"article: {record['article']}  {record['date'] or ''}  {record['source'] or ''}")
    for key in ("title", "author", "url", "path"):
        if record[key]:
            say(f"  {key}: {record[key]}")
    if record["context"]:
        say("")
        say(record["context"])


@cli.command()
@db_option
@click.option("--limit", type=COUNT, help="At most N articles.")
@output_options
def articles(db_path: str, limit: int | None, fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """Stored articles with their quote and speaker counts.

    \b
    Example:
      quotes articles --format csv
    """
    with open_store(db_path) as store:
        emit(query.article_rows(store, limit), fmt, fields, no_headers, output,
             allowed=("id", "date", "source", "title", "author", "url", "quotes", "speakers"))


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), help="[default: text on a terminal, json otherwise]")
def stats(db_path: str, fmt: str | None) -> None:
    """Counts for the whole database.

    \b
    Example:
      quotes stats
    """
    with open_store(db_path) as store:
        record = query.stats(store)
    if (fmt or ("text" if sys.stdout.isatty() else "json")) == "json":
        click.echo(json.dumps(record))
        return
    width = max(map(len, record))
    for key, value in record.items():
        say(f"{key:<{width}}  {value if value is not None else '-'}")


@cli.command()
@db_option
@click.option("--limit", type=COUNT, help="Only the latest N operations.")
@output_options
def history(db_path: str, limit: int | None, fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """The merge log: every automatic and manual speaker operation.

    \b
    Example:
      quotes history --limit 20
    """
    width = terminal_width(output) if (fmt or default_format(output)) == "table" else None
    # A narrow terminal shows the operations without the speakers' ids and
    # the manual flag (--fields shows any of them).
    compact = ("id", "at", "op", "speaker", "other", "alias", "score", "reason", "undone") if width and width < 120 else None
    with open_store(db_path) as store:
        emit(speaker_ops.history(store, limit), fmt, fields, no_headers, output, compact)


@cli.command()
@click.argument("op", required=False, type=ROW_ID)
@db_option
def undo(op: int | None, db_path: str) -> None:
    """Undo operation OP of the history (default: the latest).

    An automatic merge is undone by moving its alias to a speaker of its
    own, which later ingests keep apart.

    \b
    Example:
      quotes undo
      quotes undo 12
    """
    with open_store(db_path, write=True) as store:
        done = speaker_ops.undo(store, op)
        note(f"undid operation {done['id']} ({done['op']})")


@cli.command()
@db_option
def upgrade(db_path: str) -> None:
    """Bring a database made by an older version of quotes up to date.

    Commands that only read never change the file; writing commands
    (ingest, speakers merge/split/rename, undo) upgrade it as they open it.

    \b
    Example:
      quotes upgrade --db news.db
    """
    from ..schema import SCHEMA_VERSION

    with open_store(db_path, write=True) as store:
        store.analyze()
        note(f"{db_path}: schema {SCHEMA_VERSION}, up to date")
