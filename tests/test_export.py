"""Parallel export writes exactly what one process writes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import quotes.export as export_module
from quotes.articles import read_articles
from quotes.models import Article
from quotes.output import OutputOptions
from quotes.query import QuoteFilter, build_query
from quotes.store import QuoteStore

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def store(tmp_path: Path) -> QuoteStore:
    s = QuoteStore(tmp_path / "e.db")
    s.ingest(read_articles([str(SAMPLE)]))
    # An undated article, which sorts first by date.
    s.ingest([Article("undated", '"We are ready," Ted Cruz said. "Really ready," he added.')])
    yield s
    s.close()


@pytest.mark.parametrize("sort", ["date", "article", "id"])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_parallel_equals_serial(store: QuoteStore, monkeypatch: pytest.MonkeyPatch, sort: str, fmt: str) -> None:
    query = build_query(store, QuoteFilter(sort=sort))
    serial = io.StringIO()
    n_serial = export_module.export(store, query, serial, OutputOptions(format=fmt), workers=1)
    monkeypatch.setattr(export_module, "PARALLEL_FROM", 1)
    for workers in (2, 3):
        parallel = io.StringIO()
        n_parallel = export_module.export(store, query, parallel, OutputOptions(format=fmt), workers=workers)
        assert (n_parallel, parallel.getvalue()) == (n_serial, serial.getvalue())
    assert n_serial == 64


def test_undated_quotes_come_first_by_date(store: QuoteStore) -> None:
    out = io.StringIO()
    export_module.export(store, build_query(store, QuoteFilter(), ("article",)), out, OutputOptions(format="csv", headers=False))
    assert out.getvalue().splitlines()[:2] == ["undated", "undated"]
