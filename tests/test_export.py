"""Parallel export writes exactly what one process writes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import quotes.export as export_module
from quotes.articles import read_articles
from quotes.ingest import ingest
from quotes.models import Article
from quotes.output import OutputOptions
from quotes.query import QuoteFilter, build_query
from quotes.store import QuoteStore

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def store(tmp_path: Path) -> QuoteStore:
    s = QuoteStore(tmp_path / "e.db")
    ingest(s, read_articles([str(SAMPLE)]))
    # An undated article, which sorts first by date.
    ingest(s, [Article("undated", '"We are ready," Ted Cruz said. "Really ready," he added.')])
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
    assert n_serial == 65


def test_undated_quotes_come_first_by_date(store: QuoteStore) -> None:
    out = io.StringIO()
    export_module.export(store, build_query(store, QuoteFilter(), ("article",)), out, OutputOptions(format="csv", headers=False))
    assert out.getvalue().splitlines()[:2] == ["undated", "undated"]


def _live_csv(store: QuoteStore) -> str:
    from quotes.output import write_rows
    from quotes.query import quote_stream

    out = io.StringIO()
    write_rows(quote_stream(store, QuoteFilter()), out, OutputOptions(format="csv"))
    return out.getvalue()


def _stored_csv(store: QuoteStore) -> str:
    out = io.StringIO()
    export_module.export(store, build_query(store, QuoteFilter()), out, OutputOptions(format="csv"))
    return out.getvalue()


def test_stored_lines_follow_every_speaker_change(store: QuoteStore) -> None:
    from quotes import speakers as ops

    assert _stored_csv(store) == _live_csv(store)
    ops.rename(store, ops.find_speaker(store, "Jodi Cohen"), "=Jodi Cohen")  # and made spreadsheet-safe
    assert _stored_csv(store) == _live_csv(store)
    assert "'=Jodi Cohen" in _stored_csv(store)
    ops.merge(store, ops.find_speaker(store, "Daniel Reyes"), ops.find_speaker(store, "Maria Reyes"))
    assert _stored_csv(store) == _live_csv(store)
    ops.split(store, ops.find_speaker(store, "Patricia H. Hyde"), "Patrica Hyde")
    assert _stored_csv(store) == _live_csv(store)
    for _ in range(3):
        ops.undo(store)
        assert _stored_csv(store) == _live_csv(store)


def test_lines_missing_from_an_older_database_are_rebuilt(store: QuoteStore) -> None:
    expected = _live_csv(store)
    store.db.execute("UPDATE quotes SET export_line = NULL")
    assert _stored_csv(store) == expected
    assert store.db.execute("SELECT count(*) FROM quotes WHERE export_line IS NULL").fetchone()[0] == 0
