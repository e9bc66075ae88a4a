"""`quotes extract` and `quotes eval`: the extractor without a database."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from .. import models
from ..lazy import LazyModule
from ..output import FORMATS, OutputOptions, write_rows
from .common import (
    InputChoices,
    check_output,
    default_format,
    input_options,
    jobs_option,
    output_option,
    resolve_jobs,
    terminal_width,
    warn,
)
from .group import cli

evaluation = LazyModule("quotes.evaluate")
extractor = LazyModule("quotes.extract")
parallel = LazyModule("quotes.parallel")

# What `quotes extract` writes: the article, then every field of a quote.
QUOTE_FIELDS = ("article", *models.QUOTE_FIELDS)
TABLE_FIELDS = ("article", "speaker", "quote", "cue", "confidence")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format [default: table on a terminal, jsonl otherwise].",
)
@input_options
@jobs_option
@output_option
def extract(paths: tuple[str, ...], fmt: str | None, inputs: InputChoices, jobs: int | None, output: Any) -> None:
    """Extract quotes and their speakers from articles.

    PATHS are files, folders of them, http(s) URLs, or '-' for stdin (also
    read when no PATH is given). Read by their suffix, each also compressed
    (.gz, .bz2, .xz, .zst): .txt and .md articles (optional 'title:',
    'date:', 'url:', 'source:', 'author:' lines at the top), .jsonl (an
    article object a line), .csv and .tsv (an article a row), .html pages
    and .warc web archives. The table in the README says what each gives.

    \b
    Example:
      quotes extract sample_data/ --format csv > quotes.csv
      quotes extract https://example.com/news/story.html
    """
    check_output(output, *paths, inputs.urls_file)
    fmt = fmt or default_format(output)

    def rows() -> Iterator[dict[str, Any]]:
        # Closed on any end: the workers stop in this thread (see ingest_articles).
        workers = resolve_jobs(jobs)
        with contextlib.closing(parallel.extract_in_order(inputs.articles(paths, warn, workers), workers)) as extracted:
            for article, quotes in extracted:
                for quote in quotes or ():
                    yield {"article": article.id, **quote.to_dict()}

    fields = TABLE_FIELDS if fmt == "table" else QUOTE_FIELDS
    width = terminal_width(output) if fmt == "table" else None
    write_rows(rows(), output, OutputOptions(format=fmt, fields=fields, width=width))
    inputs.check_failures()


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False, allow_dash=False))
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False),
    help="Score these predicted quotes (JSONL with 'article' ids) instead of running the extractor.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", is_flag=True,
              help="List each wrong or missing attribution with its context instead of the scores.")
def eval_command(gold: str, predictions: str | None, fmt: str, show_errors: bool) -> None:
    """Score the extractor against annotated GOLD documents (JSONL).

    Prints precision, recall and F1 of extraction, attribution accuracy,
    end-to-end precision, recall and F1 (found and rightly attributed), and
    a calibration table: predicted quotes by confidence, with the share of
    each bucket that is right, and the expected calibration error.

    \b
    Example:
      quotes eval my-annotations.jsonl
      quotes eval my-annotations.jsonl --errors --format json | jq .context
    """
    if predictions:
        grouped = evaluation.read_predictions(predictions)

        def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
            return grouped.get(str(doc.get("id")), [])

    else:

        def predict(doc: dict[str, Any]) -> list[dict[str, Any]]:
            return [q.to_dict() for q in extractor.extract(doc["text"])]

    errors: list[dict[str, Any]] | None = [] if show_errors else None
    scores = evaluation.evaluate(evaluation.read_gold(gold), predict, errors)
    if errors is not None:
        fields = ("article", "start", "error", "predicted", "gold", "mention", "quote", "context")
        width = terminal_width(sys.stdout) if fmt == "table" else None
        write_rows(errors, sys.stdout,
                   OutputOptions(format="jsonl" if fmt == "json" else "table", fields=fields, width=width))
        return
    result = scores.as_dict()
    table, _ = evaluation.calibration(scores.outcomes)
    if fmt == "json":
        click.echo(json.dumps({**result, "calibration": table}))
        return
    width = max(len(k) for k in result)
    for key, value in result.items():
        click.echo(f"{key:<{width}}  {value}")
    click.echo("")
    write_rows(table, sys.stdout, OutputOptions(format="table"))
