"""The `quotes` command: parse options, call the library, print.

Library errors (``QuotesError``) become one-line messages with exit code 1;
click's own usage errors exit 2. Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__
from .articles import ReadOptions, read_articles
from .errors import QuotesError
from .evaluate import evaluate, read_gold, read_predictions
from .extract import extract as extract_quotes
from .output import FORMATS, OutputOptions, write_rows
from . import speakers as speaker_ops
from .store import QuoteStore

QUOTE_FIELDS = (
    "article",
    "quote",
    "start",
    "end",
    "speaker",
    "speaker_kind",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "role",
    "cue",
    "kind",
    "paragraph",
    "confidence",
)
TABLE_FIELDS = ("article", "speaker", "quote", "cue", "confidence")


def _default_format(stream: Any) -> str:
    """Aligned table for a person at a terminal, JSON lines for a pipe."""
    return "table" if getattr(stream, "isatty", lambda: False)() else "jsonl"


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


class QuotesGroup(click.Group):
    """Turns library errors into click's one-line 'Error: ...' with exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuotesError as e:
            raise click.ClickException(str(e)) from None
        except sqlite3.OperationalError as e:
            if "locked" in str(e) or "busy" in str(e):
                raise click.ClickException(f"the database is locked by another process ({e}); try again") from None
            raise click.ClickException(f"database error: {e}") from None
        except sqlite3.DatabaseError as e:
            raise click.ClickException(f"database error: {e}") from None


@click.group(cls=QuotesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotes")
def cli() -> None:
    """Turn news articles into a database of who said what."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "csv", "tsv", "table"]),
    help="Output format [default: table on a terminal, jsonl otherwise].",
)
@click.option(
    "--encoding-errors",
    type=click.Choice(["strict", "replace"]),
    default="strict",
    show_default=True,
    help="What to do with bytes that are not UTF-8.",
)
@click.option("--skip-bad", is_flag=True, help="Skip malformed JSONL lines with a warning instead of stopping.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout.")
def extract(paths: tuple[str, ...], fmt: str | None, encoding_errors: str, skip_bad: bool, output: Any) -> None:
    """Extract quotes and their speakers from articles.

    PATHS are .txt articles (optional 'title:', 'date:', 'url:', 'source:'
    lines at the top), .jsonl files of articles ({"id", "text", ...} a line),
    or directories of them; no path or '-' reads stdin.

    \b
    Example:
      quotes extract sample_data/ --format csv > quotes.csv
    """
    fmt = fmt or _default_format(output)
    options = ReadOptions(encoding_errors=encoding_errors, skip_bad=skip_bad)

    def rows() -> Iterator[dict[str, Any]]:
        for article in read_articles(paths, options, warn=_warn):
            for quote in extract_quotes(article.text):
                yield {"article": article.id, **quote.to_dict()}

    fields = TABLE_FIELDS if fmt == "table" else QUOTE_FIELDS
    width = 70 if fmt == "table" else None
    write_rows(rows(), output, OutputOptions(format=fmt, fields=fields, width=width))


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False, allow_dash=False))
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False),
    help="Score these predicted quotes (JSONL with 'article' ids) instead of running the extractor.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_command(gold: str, predictions: str | None, fmt: str) -> None:
    """Score the extractor against annotated GOLD documents (JSONL).

    Prints precision, recall and F1 of extraction, attribution accuracy, and
    end-to-end precision, recall and F1 (found and rightly attributed).

    \b
    Example:
      quotes eval my-annotations.jsonl
    """
    if predictions:
        grouped = read_predictions(predictions)

        def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
            return grouped.get(str(doc.get("id")), [])

    else:

        def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
            return [q.to_dict() for q in extract_quotes(doc["text"])]

    result = evaluate(read_gold(gold), predict).as_dict()
    if fmt == "json":
        click.echo(json.dumps(result))
        return
    width = max(len(k) for k in result)
    for key, value in result.items():
        click.echo(f"{key:<{width}}  {value}")


# ---------------------------------------------------------------- database


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
            click.option(
                "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of stdout."
            ),
        ]
    ):
        func = option(func)
    return func


def _emit(rows: Iterable[dict[str, Any]], fmt: str | None, fields: str | None, no_headers: bool, output: Any,
          default_fields: Sequence[str] | None = None) -> int:
    fmt = fmt or _default_format(output)
    chosen = [f.strip() for f in fields.split(",") if f.strip()] if fields else default_fields
    width = 60 if fmt == "table" else None
    return write_rows(rows, output, OutputOptions(format=fmt, fields=chosen, headers=not no_headers, width=width))


def _open_store(db_path: str, create: bool = False) -> QuoteStore:
    if not create and not Path(db_path).exists():
        raise QuotesError(f"no database at {db_path} (run 'quotes ingest' first, or give --db)")
    return QuoteStore(db_path)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@db_option
@click.option("--replace", is_flag=True, help="Extract again articles already stored (after an extractor upgrade).")
@click.option(
    "--encoding-errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
    help="What to do with bytes that are not UTF-8.",
)
@click.option("--skip-bad", is_flag=True, help="Skip malformed JSONL lines with a warning instead of stopping.")
@click.option("--batch-size", type=click.IntRange(1), default=200, show_default=True, help="Articles per transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary line.")
def ingest(paths: tuple[str, ...], db_path: str, replace: bool, encoding_errors: str, skip_bad: bool,
           batch_size: int, quiet: bool) -> None:
    """Extract quotes from articles and store them in the database.

    Takes the same inputs as 'quotes extract'. Articles already stored with
    the same content are skipped; speakers are matched to the ones already
    known. A summary line goes to stderr.

    \b
    Example:
      quotes ingest sample_data/
      cat articles.jsonl | quotes ingest --db news.db -
    """
    store = _open_store(db_path, create=True)
    options = ReadOptions(encoding_errors=encoding_errors, skip_bad=skip_bad)
    articles = read_articles(paths, options, warn=_warn)
    show_progress = not quiet and sys.stderr.isatty()
    done = 0

    def progress(article: Any) -> None:
        nonlocal done
        done += 1
        if show_progress and done % 25 == 0:
            click.echo(f"\r{done} articles...", err=True, nl=False)

    try:
        summary = store.ingest(articles, replace=replace, batch_size=batch_size, progress=progress)
    finally:
        if show_progress and done >= 25:
            click.echo("\r", err=True, nl=False)
        store.close()
    if not quiet:
        click.echo(f"ingested {summary.line()}", err=True)


@cli.command()
@db_option
@output_options
def export(db_path: str, fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """Write every stored quote with its speaker.

    \b
    Example:
      quotes export --format csv -o quotes.csv
    """
    store = _open_store(db_path)
    try:
        _emit(store.export_rows(), fmt, fields, no_headers, output)
    finally:
        store.close()


@cli.group(invoke_without_command=True)
@db_option
@output_options
@click.pass_context
def speakers(ctx: click.Context, db_path: str, fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """List speakers, or change them (merge, split, rename, review).

    With no subcommand: every speaker with quote and article counts,
    aliases, and first and last seen.

    \b
    Example:
      quotes speakers --format csv
      quotes speakers merge "Patricia H. Hyde" "P. Hyde"
    """
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is None:
        store = _open_store(db_path)
        try:
            _emit(
                speaker_ops.speaker_rows(store), fmt, fields, no_headers, output,
                ("id", "name", "kind", "quotes", "articles", "aliases", "first_seen", "last_seen", "flagged"),
            )
        finally:
            store.close()


def _store_from(ctx: click.Context, db_path: str | None) -> QuoteStore:
    return _open_store(db_path or ctx.obj.get("db_path") or "quotes.db")


def _sub_db_option(func: Any) -> Any:
    return click.option("--db", "db_path", envvar="QUOTES_DB", type=click.Path(dir_okay=False),
                        help="The SQLite database (also $QUOTES_DB).")(func)


@speakers.command("merge")
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@_sub_db_option
@click.pass_context
def speakers_merge(ctx: click.Context, keep: str, others: tuple[str, ...], db_path: str | None) -> None:
    """Merge OTHERS into KEEP, which keeps its name.

    Speakers are given by id, name or alias. The merge is logged and can be
    undone with 'quotes undo'.

    \b
    Example:
      quotes speakers merge "Michelle Wu" "Mayor Wu"
    """
    store = _store_from(ctx, db_path)
    try:
        target = speaker_ops.find_speaker(store, keep)
        for name in others:
            other = speaker_ops.find_speaker(store, name)
            op = speaker_ops.merge(store, target, other)
            click.echo(f"merged {other.name!r} (id {other.id}) into {target.name!r} (id {target.id}) [op {op}]", err=True)
    finally:
        store.close()


@speakers.command("split")
@click.argument("name")
@click.option("--alias", "alias", required=True, help="The alias to move to a speaker of its own.")
@click.option("--name", "new_name", help="Name of the new speaker [default: the alias].")
@_sub_db_option
@click.pass_context
def speakers_split(ctx: click.Context, name: str, alias: str, new_name: str | None, db_path: str | None) -> None:
    """Move one alias of NAME, and its quotes, to a new speaker.

    Later ingests keep the two apart.

    \b
    Example:
      quotes speakers split "Daniel Reyes" --alias "Maria Reyes"
    """
    store = _store_from(ctx, db_path)
    try:
        speaker = speaker_ops.find_speaker(store, name)
        op, new_id = speaker_ops.split(store, speaker, alias, new_name)
        click.echo(f"split {alias!r} from {speaker.name!r} into new speaker {new_id} [op {op}]", err=True)
    finally:
        store.close()


@speakers.command("rename")
@click.argument("name")
@click.argument("new_name")
@_sub_db_option
@click.pass_context
def speakers_rename(ctx: click.Context, name: str, new_name: str, db_path: str | None) -> None:
    """Give speaker NAME the canonical name NEW_NAME.

    \b
    Example:
      quotes speakers rename "Tom Brennan" "Thomas J. Brennan"
    """
    store = _store_from(ctx, db_path)
    try:
        speaker = speaker_ops.find_speaker(store, name)
        op = speaker_ops.rename(store, speaker, new_name)
        click.echo(f"renamed {speaker.name!r} to {new_name!r} [op {op}]", err=True)
    finally:
        store.close()


@speakers.command("review")
@click.option("--confirm", "confirm_ids", multiple=True, type=int, help="Pair id to merge (repeatable).")
@click.option("--reject", "reject_ids", multiple=True, type=int, help="Pair id to keep apart for good (repeatable).")
@_sub_db_option
@output_options
@click.pass_context
def speakers_review(ctx: click.Context, confirm_ids: tuple[int, ...], reject_ids: tuple[int, ...], db_path: str | None,
                    fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """Borderline speaker pairs for a human to confirm or reject.

    Without options it lists the open pairs; on a terminal it then asks
    about each one (y: same person, n: different, s: skip, q: quit). A
    rejection is remembered by later ingests.

    \b
    Example:
      quotes speakers review --format csv
      quotes speakers review --confirm 3 --reject 4
    """
    store = _store_from(ctx, db_path)
    try:
        pairs = {p.id: p for p in speaker_ops.review_pairs(store)}
        if confirm_ids or reject_ids:
            for pair_id, same in [(i, True) for i in confirm_ids] + [(i, False) for i in reject_ids]:
                if pair_id not in pairs:
                    raise QuotesError(f"no open review pair {pair_id}")
                op = speaker_ops.decide(store, pairs[pair_id], same)
                click.echo(f"{'merged' if same else 'kept apart'} pair {pair_id} [op {op}]", err=True)
            return
        rows = [
            {"pair": p.id, "speaker": p.speaker.name, "speaker_id": p.speaker.id, "candidate": p.candidate.name,
             "candidate_id": p.candidate.id, "score": p.score, "reason": p.reason}
            for p in pairs.values()
        ]
        interactive = sys.stdin.isatty() and getattr(output, "isatty", lambda: False)() and fmt is None
        if not interactive:
            _emit(rows, fmt, fields, no_headers, output)
            return
        for pair in pairs.values():
            answer = click.prompt(
                f"[{pair.id}] {pair.speaker.name!r} = {pair.candidate.name!r}? ({pair.reason}) [y/n/s/q]",
                type=click.Choice(["y", "n", "s", "q"]), show_choices=False, err=True,
            )
            if answer == "q":
                break
            if answer in ("y", "n"):
                speaker_ops.decide(store, pair, answer == "y")
    finally:
        store.close()


@speakers.command("candidates")
@click.argument("name")
@_sub_db_option
@output_options
@click.pass_context
def speakers_candidates(ctx: click.Context, name: str, db_path: str | None, fmt: str | None, fields: str | None,
                        no_headers: bool, output: Any) -> None:
    """The speakers a flagged name (a bare surname, say) might be.

    \b
    Example:
      quotes speakers candidates Reyes
    """
    store = _store_from(ctx, db_path)
    try:
        speaker = speaker_ops.find_speaker(store, name)
        _emit(speaker_ops.candidates(store, speaker), fmt, fields, no_headers, output)
    finally:
        store.close()


@cli.command()
@db_option
@click.option("--limit", type=click.IntRange(1), help="Only the latest N operations.")
@output_options
def history(db_path: str, limit: int | None, fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """The merge log: every automatic and manual speaker operation.

    \b
    Example:
      quotes history --limit 20
    """
    store = _open_store(db_path)
    try:
        _emit(speaker_ops.history(store, limit), fmt, fields, no_headers, output)
    finally:
        store.close()


@cli.command()
@click.argument("op", required=False, type=int)
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
    store = _open_store(db_path)
    try:
        done = speaker_ops.undo(store, op)
        click.echo(f"undid operation {done['id']} ({done['op']})", err=True)
    finally:
        store.close()


def main() -> None:
    """Console-script entry point (click itself quiets a broken pipe)."""
    cli(prog_name="quotes")
