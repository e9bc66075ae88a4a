"""Step 3 into a database that already holds articles and speakers.

The groups of a new database are resolved apart on the cluster; a
database that exists has speakers of its own and the decisions people made
about them (merges, splits, renames, rejected pairs, pinned names,
reattributed quotes). Its new quotes must meet those speakers and follow
those decisions exactly as ``quotes ingest`` would, so here the stage's
articles, each with the quotes the cluster extracted, go in input order
through the database's own ingest: one transaction a batch, articles
stored unchanged skipped, changed ones replaced. The cluster did the costly
part (extraction, about nine tenths of an ingest's time); this step is the
one process that writes, as with ``quotes ingest --jobs``.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow.parquet as pq

from ..errors import QuotesError
from ..ingest import IngestSummary, ingest
from ..models import Article, Quote
from ..store import BATCH_SIZE, QuoteStore
from .shards import QUOTE_FIELDS


def staged_articles(stage: str) -> Iterator[tuple[Article, list[Quote]]]:
    """Every staged article with its extracted quotes, in input order:
    shard by shard, and within a shard as read. The quotes of a shard lie
    in one file per group; they are merged back by (article, offset), a
    few rows at a time."""
    root = Path(stage)
    for path in sorted((root / "articles").glob("shard-*.parquet")):
        quotes = _shard_quotes(sorted((root / "quotes").glob(f"group-*/{path.name}")))
        pending = next(quotes, None)
        for batch in pq.ParquetFile(path).iter_batches():
            for row in batch.to_pylist():
                article = Article(id=row["id"], text=row["text"], title=row["title"], date=row["date"], url=row["url"],
                                  source=row["source"], path=row["path"], author=row["author"])
                found: list[Quote] = []
                while pending is not None and pending[0] == row["seq"]:
                    found.append(pending[1])
                    pending = next(quotes, None)
                yield article, found


def _shard_quotes(files: list[Path]) -> Iterator[tuple[int, Quote]]:
    streams = [_rows(path) for path in files]
    for seq, _start, quote in heapq.merge(*streams, key=lambda row: (row[0], row[1])):
        yield seq, quote


def _rows(path: Path) -> Iterator[tuple[int, int, Quote]]:
    for batch in pq.ParquetFile(path).iter_batches(columns=["seq", *QUOTE_FIELDS]):
        for row in batch.to_pylist():
            yield row["seq"], row["start"], Quote(**{f: row[f] for f in QUOTE_FIELDS})


def update(stage: str, db_path: str, replace: bool = False, batch_size: int = BATCH_SIZE,
           warn: Callable[[str], None] | None = None) -> IngestSummary:
    """Store the stage in the existing database at ``db_path``."""
    root = Path(stage)
    if not (root / "articles").is_dir():
        raise QuotesError(f"{stage}: not a stage folder (no articles/ in it; run the pipeline first)")
    store = QuoteStore(db_path)
    try:
        return ingest(store, staged_articles(stage), replace=replace, batch_size=batch_size, warn=warn)
    finally:
        store.close()
