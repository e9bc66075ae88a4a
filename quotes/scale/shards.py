"""Step 1: extract the quotes of one input file (a shard) and write its
articles and quotes as Parquet under the stage folder:

    articles/shard-000012.parquet              every article of shard 12, in order
    quotes/group-0007/shard-000012.parquet     its quotes whose speaker is in group 7

Rows are written a row group at a time, so a shard of any size streams.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import models
from ..articles import ReadOptions, read_articles, read_named_file
from ..errors import QuotesError
from ..extract import extract
from ..models import Article, Quote
from ..store import content_hash
from .keys import block_group, block_key

ROW_GROUP = 20_000
_S, _I, _F = pa.string(), pa.int64(), pa.float64()
ARTICLE_SCHEMA = pa.schema([
    ("shard", _I), ("seq", _I), ("id", _S), ("hash", _S), ("title", _S), ("date", _S), ("url", _S), ("source", _S),
    ("author", _S), ("path", _S), ("text", _S),
])
QUOTE_FIELDS = models.QUOTE_FIELDS
# Each quote field's Parquet type, from the dataclass's annotation.
_ARROW_TYPES = {"str": _S, "int": _I, "float": _F}
QUOTE_SCHEMA = pa.schema([
    ("shard", _I), ("seq", _I), ("article_id", _S), ("article_hash", _S), ("title", _S), ("date", _S), ("url", _S),
    ("source", _S), ("author", _S),
    *((f.name, _ARROW_TYPES[str(f.type).split(" |")[0]]) for f in dataclasses.fields(Quote)),
    ("block", _S),
])


@dataclass
class ShardReport:
    shard: int
    source: str
    articles: int = 0
    quotes: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # bad input, for the client to report in one line


class _Rows:
    """Rows for one Parquet file, written a row group at a time."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self.rows: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = None

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.path, self.schema)
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()


def _article_row(shard: int, seq: int, article: Article) -> dict[str, Any]:
    return {"shard": shard, "seq": seq, "id": article.id, "hash": content_hash(article.text), "title": article.title,
            "date": article.date, "url": article.url, "source": article.source, "author": article.author,
            "path": article.path, "text": article.text}


def quote_row(base: dict[str, Any], quote: Quote) -> dict[str, Any]:
    # Any speaker gets a key: one the store will not name ("a spokesman")
    # resolves nothing, so whichever group holds it gives the same answer.
    key = block_key(quote.speaker, quote.speaker_kind) if quote.speaker else ""
    return {**base, **{f: getattr(quote, f) for f in QUOTE_FIELDS}, "block": key}


def extract_shard(shard: int, source: str, id_stem: str | None = None, *, stage: str, groups: int,
                  options: ReadOptions | None = None) -> ShardReport:
    """Extract one input (a file, a folder's file, or an fsspec URL such
    as s3://bucket/news.jsonl.gz) into the stage folder; ``id_stem`` names
    a folder's file as a plain ingest does ("a/report")."""
    report = ShardReport(shard, source)
    root = Path(stage)
    articles = _Rows(root / "articles" / f"shard-{shard:06d}.parquet", ARTICLE_SCHEMA)
    by_group: dict[int, _Rows] = {}
    try:
        _extract_into(shard, source, id_stem, root, groups, options or ReadOptions(), report, articles, by_group)
    except QuotesError as e:
        # Returned, not raised: a worker logs raised errors with a traceback.
        report.error = str(e)
    finally:
        articles.close()
        for rows in by_group.values():
            rows.close()
    return report


def _extract_into(shard: int, source: str, id_stem: str | None, root: Path, groups: int, options: ReadOptions,
                  report: ShardReport, articles: _Rows, by_group: dict[int, _Rows]) -> None:
    """Each article into its shard file, each quote into its group's."""
    for seq, article in enumerate(_read(source, id_stem, options, report.warnings.append)):
        row = _article_row(shard, seq, article)
        articles.add(row)
        report.articles += 1
        base = {"shard": shard, "seq": seq, "article_id": article.id, "article_hash": row["hash"],
                "title": article.title, "date": article.date, "url": article.url, "source": article.source,
                "author": article.author}
        for quote in extract(article.text):
            quoted = quote_row(base, quote)
            group = block_group(quoted["block"], groups)
            if group not in by_group:
                by_group[group] = _Rows(root / "quotes" / f"group-{group:04d}" / f"shard-{shard:06d}.parquet",
                                        QUOTE_SCHEMA)
            by_group[group].add(quoted)
            report.quotes += 1


def _read(source: str, id_stem: str | None, options: ReadOptions, warn: Any) -> Any:
    """Articles of a local path, or of a remote file through fsspec."""
    if "://" in source and not source.lower().startswith(("http://", "https://")):
        import fsspec

        from ..articles import read_named_stream

        with fsspec.open(source, "rb") as stream:
            yield from read_named_stream(stream, source, options, warn)
        return
    if id_stem is not None:
        yield from read_named_file(Path(source), id_stem, options, warn)
        return
    yield from read_articles([source], options, warn=warn)
