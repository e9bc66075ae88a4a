"""Step 2: resolve the speakers of one group of blocks.

The group's quotes are replayed, in input order, through a real
``QuoteStore`` (the resolver, the merge log, the bare-surname joins and the
review queue of an ordinary ingest), one transaction for each batch of the
whole input, so the joins at a batch's end see what they would have seen.
Speakers of different blocks never meet in a resolution (see ``keys``), so
the group's speakers come out as an ingest of everything would make them.
The result is the group's own small database, ``resolved/group-0007.db``.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from ..ingest import ingest_batches
from ..models import Article, Quote
from ..store import QuoteStore
from .shards import QUOTE_FIELDS


@dataclass
class GroupReport:
    group: int
    quotes: int
    speakers: int
    largest_block: int  # quotes of the block with most quotes
    largest_key: str


def _articles_in_order(files: list[Path], block_sizes: Counter[str]) -> Iterator[tuple[int, int, Article, list[Quote]]]:
    """(shard, seq, article, its quotes in this group), in input order:
    shard files in shard order, and within a shard as written; counts the
    quotes of each named speaker's block on the way."""
    for path in files:
        current: tuple[int, int] | None = None
        article: Article | None = None
        quotes: list[Quote] = []
        for batch in pq.ParquetFile(path).iter_batches():
            for row in batch.to_pylist():
                place = (row["shard"], row["seq"])
                if place != current:
                    if article is not None and current is not None:
                        yield current[0], current[1], article, quotes
                    current = place
                    # The replay needs the article's id, metadata and a text
                    # that is the same exactly when the article's text is:
                    # its hash stands in for it (an article read twice is
                    # skipped or replaced as in an ingest).
                    article = Article(id=row["article_id"], text=row["article_hash"], title=row["title"],
                                      date=row["date"], url=row["url"], source=row["source"], author=row["author"])
                    quotes = []
                quotes.append(Quote(**{f: row[f] for f in QUOTE_FIELDS}))
                if row["block"]:  # "": no named speaker, nothing to resolve
                    block_sizes[row["block"]] += 1
        if article is not None and current is not None:
            yield current[0], current[1], article, quotes


def resolve_group(group: int, stage: str, offsets: list[int], batch_articles: int) -> GroupReport:
    """Resolve one group; ``offsets[n]`` is the number of articles in the
    shards before shard n (to place each article in its input batch)."""
    root = Path(stage)
    files = sorted((root / "quotes" / f"group-{group:04d}").glob("shard-*.parquet"))
    out = root / "resolved" / f"group-{group:04d}.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    # Each attempt writes a file of its own: a group may run twice at once
    # (a worker the scheduler thought lost, its task run again elsewhere),
    # and two attempts sharing one file, one deleting its journal under the
    # other, failed in their schema's transaction ("cannot start a
    # transaction within a transaction"). The last to finish replaces the
    # group's file whole; every attempt writes the same.
    partial = out.with_name(f"{out.name}.{os.getpid()}-{uuid.uuid4().hex[:12]}.part")
    store = QuoteStore(partial)
    block_sizes: Counter[str] = Counter()
    quotes = 0
    try:
        def batches() -> Iterator[list[tuple[Article, list[Quote] | None]]]:
            nonlocal quotes
            batch: list[tuple[Article, list[Quote] | None]] = []
            batch_no = -1
            for shard, seq, article, found in _articles_in_order(files, block_sizes):
                number = (offsets[shard] + seq) // batch_articles
                if number != batch_no and batch:
                    yield batch
                    batch = []
                batch_no = number
                batch.append((article, found))
                quotes += len(found)
            if batch:
                yield batch

        ingest_batches(store, batches())
        speakers = store.db.execute("SELECT count(*) FROM speakers WHERE merged_into IS NULL").fetchone()[0]
    except BaseException:
        store.close()
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    store.close()
    os.replace(partial, out)
    largest_key, largest = max(block_sizes.items(), key=lambda kv: kv[1], default=("", 0))
    return GroupReport(group, quotes, speakers, largest, largest_key)


def shard_offsets(article_counts: list[int]) -> list[int]:
    """Articles before each shard."""
    offsets, total = [], 0
    for count in article_counts:
        offsets.append(total)
        total += count
    return offsets

