"""--jobs: extraction in worker processes gives exactly what one process
gives, in the same order, and the database is the same."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus import articles

from quotes import parallel
from quotes.articles import read_articles
from quotes.cli import cli
from quotes.errors import InputError


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Small chunks, so that a test-sized input starts the real pool; the
    list counts the pools started."""
    started: list[int] = []
    real = parallel._pool

    def counting(jobs: int):
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(parallel, "CHUNK_CHARS", 5_000)
    monkeypatch.setattr(parallel, "_pool", counting)
    return started


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles(300)), encoding="utf-8")
    return path


def test_extract_in_order_equals_one_process(corpus: Path, pooled: list[int]) -> None:
    one = [(a.id, q) for a, q in parallel.extract_in_order(read_articles([str(corpus)]), jobs=1)]
    two = [(a.id, q) for a, q in parallel.extract_in_order(read_articles([str(corpus)]), jobs=2)]
    assert pooled == [2]  # the workers did run
    assert two == one and len(one) == 300 and sum(len(q or []) for _, q in one) > 1000


def test_a_small_input_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    monkeypatch.setattr(parallel, "_pool", lambda jobs: started.append(jobs))
    path = tmp_path / "a.txt"
    path.write_text('"We are ready," said Ana Lima.')
    assert [q.speaker for _, qs in parallel.extract_in_order(read_articles([str(path)]), 2) for q in qs or []] == ["Ana Lima"]
    assert started == []


def test_articles_not_wanted_are_not_extracted(corpus: Path, pooled: list[int]) -> None:
    result = list(parallel.extract_in_order(read_articles([str(corpus)]), 2, wanted=lambda a: a.id.endswith("7")))
    assert [a.id for a, _ in result] == [f"art-{i:05d}" for i in range(300)]
    assert all((q is not None) == a.id.endswith("7") for a, q in result)


def test_bad_input_part_way_comes_after_what_was_read(tmp_path: Path, pooled: list[int]) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles(40)) + "{oops\n", encoding="utf-8")
    seen = []
    with pytest.raises(InputError, match="news.jsonl:41: invalid JSON"):
        for article, _ in parallel.extract_in_order(read_articles([str(path)]), 2):
            seen.append(article.id)
    assert len(seen) == 40


def test_cli_extract_output_is_the_same_with_any_jobs(corpus: Path, pooled: list[int]) -> None:
    one = run("extract", "--jobs", "1", "--format", "csv", str(corpus))
    two = run("extract", "--jobs", "2", "--format", "csv", str(corpus))
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout and pooled == [2]


def _database(path: str) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = {
        "quotes": "SELECT id, article_id, speaker_id, alias_id, quote, start, speaker_name, confidence FROM quotes ORDER BY id",
        "speakers": "SELECT id, name, kind, flagged, merged_into FROM speakers ORDER BY id",
        "aliases": "SELECT id, speaker_id, alias, count FROM aliases ORDER BY id",
        "merge_log": "SELECT id, op, speaker_id, other_id, alias, score, reason FROM merge_log ORDER BY id",
        "review": "SELECT id, speaker_id, candidate_id, score, reason FROM review ORDER BY id",
    }
    out = {name: conn.execute(sql).fetchall() for name, sql in tables.items()}
    conn.close()
    return out


def test_ingest_with_two_jobs_makes_the_same_database(corpus: Path, tmp_path: Path, pooled: list[int]) -> None:
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    first = run("ingest", "--db", one, "--jobs", "1", "--batch-size", "50", str(corpus))
    second = run("ingest", "--db", two, "--jobs", "2", "--batch-size", "50", str(corpus))
    assert first.exit_code == second.exit_code == 0
    assert first.stderr == second.stderr
    assert _database(two) == _database(one)
    assert len(_database(one)["merge_log"]) > 0
    # Ingesting again: unchanged articles are not sent to the workers at all.
    pooled.clear()
    again = run("ingest", "--db", two, "--jobs", "2", str(corpus))
    assert again.exit_code == 0 and "(300 unchanged" in again.stderr
    assert _database(two) == _database(one) and pooled == []
