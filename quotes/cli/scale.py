"""`quotes stage` and `quotes load`: the Dask pipeline's steps one by one
(`quotes ingest --scheduler` runs them all)."""

from __future__ import annotations

from typing import Any

import click

from .common import WORKERS, InputChoices, db_option, input_options, note, scale_module, scheduler_address
from .group import cli


def scheduler_options(func: Any) -> Any:
    for option in reversed([
        click.option("--scheduler", default="local", show_default=True, metavar="local|tcp://HOST:8786",
                     callback=scheduler_address,
                     help="A LocalCluster started for this run, or the address of a running Dask scheduler."),
        click.option("--workers", type=WORKERS, help="Workers of the local cluster [default: one a core]."),
        click.option("--groups", type=click.IntRange(1), default=64, show_default=True,
                     help="Groups of speaker blocks resolved apart (the parallelism of that step)."),
    ]):
        func = option(func)
    return func


def report(result: Any) -> None:
    articles = sum(s.articles for s in result.shards)
    quotes = sum(s.quotes for s in result.shards)
    largest = max(result.groups, key=lambda g: g.largest_block, default=None)
    resolved = f"; {len(result.groups)} groups resolved" if result.groups else ""
    note(f"{len(result.shards):,} shards: {articles:,} articles, {quotes:,} quotes{resolved}"
         + (f"; largest block {largest.largest_key!r} with {largest.largest_block:,} quotes" if largest else ""))
    if result.loaded:
        note(f"loaded {result.loaded.articles:,} articles, {result.loaded.quotes:,} quotes, "
             f"{result.loaded.speakers:,} speakers")
    if result.updated:
        note(f"ingested {result.updated.line()} into the existing database")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--to", "stage", required=True, type=click.Path(file_okay=False),
              help="The stage folder: Parquet shards and resolved groups (shared by every worker).")
@click.option("--replace-stage", is_flag=True, help="Replace an earlier stage in the folder, whole.")
@scheduler_options
@input_options
def stage(paths: tuple[str, ...], stage: str, replace_stage: bool, scheduler: str, workers: int | None, groups: int,
          inputs: InputChoices) -> None:
    """Extract and resolve on a Dask cluster, keeping the Parquet.

    Writes articles/shard-N.parquet (every article of input file N) and
    quotes/group-G/shard-N.parquet (its quotes, split by speaker block), then
    resolves each group of blocks into resolved/group-G.db. 'quotes load'
    makes the database from it. Needs the dask extra (quotes-db[dask]).

    \b
    Example:
      quotes stage 'news/*.jsonl.gz' --to stage/ --scheduler tcp://10.0.0.5:8786
      quotes load stage/ --db news.db
    """
    runner = scale_module("runner")

    report(runner.run(list(paths), None, scheduler, stage, inputs.options, groups, workers, say=note,
                      replace_stage=replace_stage))


@cli.command(name="load")
@click.argument("stage", type=click.Path(file_okay=False, exists=True))
@db_option
def load_command(stage: str, db_path: str) -> None:
    """Make a database from a stage folder ('quotes stage'): bulk insert,
    full-text index built once.

    Into a database that exists already, the staged articles and their
    quotes go through its ingest instead, in input order: new quotes meet
    its speakers and every decision made by hand, as 'quotes ingest' would.

    \b
    Example:
      quotes load stage/ --db news.db
    """
    from pathlib import Path

    if Path(db_path).exists():
        update = scale_module("update").update
        from .common import open_store, warn

        open_store(db_path, write=True).close()  # a quotes database, brought up to date, or a clear error
        note(f"ingested {update(stage, db_path, warn=warn).line()} into the existing database")
        return
    load = scale_module("load").load
    from .common import warn

    summary = load(stage, db_path, warn=warn)
    note(f"loaded {summary.articles:,} articles, {summary.quotes:,} quotes, {summary.speakers:,} speakers "
         f"from {summary.groups} groups")
