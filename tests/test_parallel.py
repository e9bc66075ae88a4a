"""--jobs: extraction in worker processes gives exactly what one process
gives, in the same order, and the database is the same."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus import articles
from helpers import count_pools

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
    monkeypatch.setattr(parallel, "CHUNK_CHARS", 5_000)
    return count_pools(monkeypatch)


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
    monkeypatch.setattr(parallel, "worker_pool", lambda jobs: started.append(jobs))
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


def _pages(folder: Path, n: int) -> Path:
    """Web pages of our own, one of them with no article text."""
    folder.mkdir()
    for i in range(n):
        body = "" if i == 5 else (
            f"<article><h1>Budget {i}</h1><p>The finance minister, Ana Lima{i}, spoke on Monday in Lagos.</p>"
            f"<p>\"The budget for year {i} is balanced and fair to every region,\" said Ana Lima{i}, "
            f"who has held the office since 2021.</p><p>Tom Hale, the opposition leader, disagreed. "
            f"\"It is a plan for the rich and nobody else,\" Hale told reporters outside parliament.</p></article>")
        (folder / f"page-{i:02d}.html").write_text(
            f"<!doctype html><html><head><title>Budget {i}</title></head><body>{body}</body></html>", encoding="utf-8")
    return folder


def test_pages_are_read_in_workers_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Web pages are read by trafilatura in the worker processes: the same
    # quotes in the same order, and the same warning for the empty page.
    started = count_pools(monkeypatch, page_chunk=3)
    folder = _pages(tmp_path / "pages", 14)
    one = run("extract", "--jobs", "1", "--format", "jsonl", str(folder))
    assert started == []
    two = run("extract", "--jobs", "2", "--format", "jsonl", str(folder))
    assert started and set(started) == {2}  # pages read by workers
    assert two.exit_code == one.exit_code == 0
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == 26
    warned = [line for line in two.stderr.splitlines() if "no article text" in line]
    assert warned == [line for line in one.stderr.splitlines() if "no article text" in line]
    assert len(warned) == 1 and "page-05.html" in warned[0]


def test_ingest_of_pages_in_workers_stores_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = count_pools(monkeypatch, page_chunk=3)
    folder = _pages(tmp_path / "pages", 14)
    for jobs in ("1", "2"):
        assert run("ingest", "--jobs", jobs, "--db", str(tmp_path / f"{jobs}.db"), str(folder)).exit_code == 0
    assert started == [2]  # (the pages read in the workers)
    exports = [run("export", "--db", str(tmp_path / f"{jobs}.db"), "--format", "jsonl").stdout for jobs in ("1", "2")]
    assert exports[0] == exports[1] and len(exports[0].splitlines()) == 26


def _archive(path: Path, pages: Path, cut_at_end: bool = False) -> None:
    """A web archive of the pages above, with records that are no pages
    among them (a request, an image); optionally cut inside its last record."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        for k, page in enumerate(sorted(pages.iterdir())):
            uri = f"https://news.example/{page.stem}"
            if k == 4:
                writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(page.read_bytes()), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"}))
    if cut_at_end:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - 300])


def test_web_archive_records_are_read_in_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A web archive's pages are read by the workers: the same quotes in the
    # same order, and the archive's closing count (the page with no article
    # text among the records skipped) said once, as one process says it.
    started = count_pools(monkeypatch, page_chunk=3)
    archive = tmp_path / "crawl.warc"
    _archive(archive, _pages(tmp_path / "pages", 14))
    one = run("extract", "--jobs", "1", "--format", "jsonl", str(archive))
    assert started == []
    two = run("extract", "--jobs", "2", "--format", "jsonl", str(archive))
    assert started and set(started) == {2}
    assert two.exit_code == one.exit_code == 0
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == 26
    assert two.stderr == one.stderr
    assert f"{archive}: 13 HTML pages read; skipped 2 records (1 request records, 1 pages without article text)" \
        in two.stderr


def test_a_cut_web_archive_read_in_workers_keeps_what_was_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = count_pools(monkeypatch, page_chunk=3)
    archive = tmp_path / "crawl.warc"
    _archive(archive, _pages(tmp_path / "pages", 14), cut_at_end=True)
    results = {jobs: run("ingest", "--jobs", jobs, "--db", str(tmp_path / f"{jobs}.db"), str(archive))
               for jobs in ("1", "2")}
    assert started == [2]
    for result in results.values():
        assert result.exit_code != 0 and "declares" in result.stderr and "Traceback" not in result.output
    exports = [run("export", "--db", str(tmp_path / f"{jobs}.db"), "--format", "jsonl").stdout for jobs in ("1", "2")]
    assert exports[0] == exports[1] and len(exports[0].splitlines()) == 24
