"""The SQLite store: ingest, idempotency, crashes, concurrency, migrations."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes.articles import read_articles
from quotes.ingest import ingest
from quotes.models import Article
from quotes.schema import SCHEMA_VERSION
from quotes.speakers import find_speaker, speaker_rows, split
from quotes.store import QuoteStore, open_database

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def store(tmp_path: Path) -> QuoteStore:
    s = QuoteStore(tmp_path / "q.db")
    yield s
    s.close()


def people(store: QuoteStore) -> dict[str, set[str]]:
    return {
        row["name"]: set(row["aliases"].split("; "))
        for row in speaker_rows(store)
        if row["kind"] == "person"
    }


def counts(store: QuoteStore) -> tuple[int, ...]:
    return tuple(
        store.db.execute(sql).fetchone()[0]
        for sql in (
            "SELECT count(*) FROM articles",
            "SELECT count(*) FROM quotes",
            "SELECT count(*) FROM speakers",
            "SELECT count(*) FROM aliases",
            "SELECT sum(count) FROM aliases",
            "SELECT count(*) FROM merge_log",
            "SELECT count(*) FROM roles",
        )
    )


def test_sample_people_are_one_speaker_each(store: QuoteStore) -> None:
    ingest(store, read_articles([str(SAMPLE)]))
    found = people(store)
    expected = {
        "Patricia H. Hyde": {"Patricia H. Hyde", "Patricia Hyde", "Hyde", "Patrica Hyde"},
        "Michelle Wu": {"Michelle Wu", "Michele Wu", "Wu"},
        "Thomas J. Brennan": {"Thomas J. Brennan", "Thomas Brennan", "Tom Brennan", "Brennan"},
        "Jodi Cohen": {"Jodi Cohen", "Cohen"},
        "Anita Kapoor": {"Anita Kapoor", "Kapoor"},
        "Daniel Reyes": {"Daniel Reyes", "Reyes"},
        "Maria Reyes": {"Maria Reyes", "Reyes"},
        "Frank DeLuca": {"Frank DeLuca", "DeLuca"},
        "Carol Whitfield": {"Carol Whitfield"},
    }
    assert found == expected
    # The two people who share a surname stay two.
    assert find_speaker(store, "Daniel Reyes").id != find_speaker(store, "Maria Reyes").id


def test_ingest_is_idempotent(store: QuoteStore) -> None:
    ingest(store, read_articles([str(SAMPLE)]))
    before = counts(store)
    summary = ingest(store, read_articles([str(SAMPLE)]))
    assert (summary.skipped, summary.quotes, summary.new_speakers) == (9, 0, 0)
    assert counts(store) == before


def test_replace_keeps_quotes_single_and_manual_decisions(store: QuoteStore) -> None:
    ingest(store, read_articles([str(SAMPLE)]))
    hyde = find_speaker(store, "Patricia H. Hyde")
    split(store, hyde, "Patrica Hyde")  # a human decides the typo is someone else
    before = counts(store)
    summary = ingest(store, read_articles([str(SAMPLE)]), replace=True)
    assert summary.replaced == 9
    after = counts(store)
    assert after[:2] == before[:2]  # same articles, same number of quotes
    assert store.db.execute("SELECT count(*) FROM quotes GROUP BY article_id, start HAVING count(*) > 1").fetchone() is None
    assert "Patrica Hyde" not in people(store)["Patricia H. Hyde"]
    assert people(store)["Patrica Hyde"] == {"Patrica Hyde"}


def test_changed_article_is_replaced(store: QuoteStore) -> None:
    ingest(store, [Article("a", '"We won," Ted Cruz said.')])
    ingest(store, [Article("a", '"We lost," Ted Cruz said.')])
    assert [r[0] for r in store.db.execute("SELECT quote FROM quotes")] == ["We lost"]


@pytest.mark.parametrize(
    "name",
    ["Layla al-Hashimi", "Lucia de la Torre", "Maarten van der Linden", "Mohammed bin Salman", "José Ortega y Gasset"],
)
def test_names_with_lower_case_parts_are_speakers(tmp_path: Path, name: str) -> None:
    store = QuoteStore(tmp_path / "q.db")
    ingest(store, [Article("a", f'"We have no beds," said {name}, a doctor.')])
    assert [row[0] for row in store.db.execute("SELECT name FROM speakers")] == [name]
    store.close()


def test_an_account_handle_is_one_speaker_across_articles(tmp_path: Path) -> None:
    store = QuoteStore(tmp_path / "q.db")
    ingest(store, [Article("a", '"Polls close at eight," posted @CityVotes on Monday.'),
                  Article("b", '"Queues are short," tweeted @CityVotes.')])
    assert [tuple(row) for row in store.db.execute("SELECT name, kind FROM speakers")] == [("@CityVotes", "unknown")]
    assert store.db.execute("SELECT COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL").fetchone()[0] == 2
    store.close()


def test_full_text_index_stays_in_sync(store: QuoteStore) -> None:
    ingest(store, [Article("a", '"The networks are rebuilding," Jodi Cohen said.')])
    ingest(store, [Article("a", '"The cartels are rebuilding," Jodi Cohen said.')])
    hits = store.db.execute(
        "SELECT quotes.quote FROM quotes_fts JOIN quotes ON quotes.rowid = quotes_fts.rowid WHERE quotes_fts MATCH ?",
        ["rebuilding"],
    ).fetchall()
    assert hits == [("The cartels are rebuilding",)]
    assert store.db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'networks'").fetchone()[0] == 0


def test_bare_surname_before_full_name_is_reconciled(store: QuoteStore) -> None:
    ingest(store, [Article("a", '"We are ready," Obama said.')])
    assert find_speaker(store, "Obama").flagged
    ingest(store, [Article("b", '"Yes we can," Barack Obama said.')])
    assert people(store) == {"Barack Obama": {"Barack Obama", "Obama"}}


def test_older_schema_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_database(path, migrate_to=1)
    db.execute(
        "INSERT INTO articles (id, content_hash, ingested_at) VALUES ('a', 'x', '2025-01-01')"
    )
    db.conn.close()
    store = QuoteStore(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "roles" in store.db.table_names() and "quotes_fts" in store.db.table_names()
    assert store.db.execute("SELECT id FROM articles").fetchall() == [("a",)]
    store.close()


def test_speaker_counts_are_kept_through_every_change(tmp_path: Path) -> None:
    """'quotes speakers' reads counts kept by triggers: they equal a count of
    the quotes after ingest, a re-dated --replace, merge, split, undo and
    an upgrade from the schema before them."""
    from quotes import operations
    from quotes.speakers import merge
    from speaker_counts import UNDO_SCHEMA_11, counted, kept_counts

    path = tmp_path / "c.db"
    store = QuoteStore(path)

    def article(aid: str, date: str | None, text: str) -> Article:
        return Article(id=aid, text=text, date=date)

    ingest(store, [article("a", "2025-03-01", '"We build," Ana Lima said. "We stay," Lima said.'),
                   article("b", "2025-05-01", '"The port is open," Ana Lima said.'),
                   article("c", None, '"Nets are new," Ana Lima said. "Yes," said Ben Okafor.')])
    assert kept_counts(store.db) == counted(store.db)
    lima = find_speaker(store, "Ana Lima")
    assert [r for r in speaker_rows(store) if r["name"] == "Ana Lima"][0] | {"aliases": None} == {
        "id": lima.id, "name": "Ana Lima", "kind": "person", "flagged": False, "quotes": 4, "articles": 3,
        "aliases": None, "first_seen": "2025-03-01", "last_seen": "2025-05-01"}
    ingest(store, [article("b", "2024-12-31", '"The port is shut," Ana Lima said.')], replace=True)  # re-dated
    assert kept_counts(store.db) == counted(store.db)
    merge(store, find_speaker(store, "Ana Lima"), find_speaker(store, "Ben Okafor"))
    assert kept_counts(store.db) == counted(store.db)
    operations.undo(store)
    split(store, find_speaker(store, "Ana Lima"), "Lima", "Other Lima")
    assert kept_counts(store.db) == counted(store.db)
    operations.undo(store)
    assert kept_counts(store.db) == counted(store.db)
    expected = counted(store.db)
    # A database from before the kept counts: filled when it is upgraded.
    for statement in UNDO_SCHEMA_11 + (
            "DROP TRIGGER speaker_counts_ai", "DROP TRIGGER speaker_counts_ad", "DROP TRIGGER speaker_counts_au",
            "DROP TABLE speaker_counts", "DROP TABLE speaker_articles", "PRAGMA user_version = 9"):
        store.db.execute(statement)
    store.close()
    store = QuoteStore(path)
    assert kept_counts(store.db) == expected
    store.close()


def test_the_quote_pages_facets_are_kept_through_every_change(tmp_path: Path) -> None:
    """The viewer's quote page reads its facets' counts (schema _migration_11)
    and each quote's date: they equal the quote view's own grouping after an
    ingest, a re-dated and re-sourced --replace, a merge, a change of kind,
    a reattribution, a split, each undone, and an upgrade from schema 10."""
    from quotes import operations
    from quotes.speakers import merge, reattribute_to_new, set_kind
    from speaker_counts import UNDO_SCHEMA_11, counted_facets, kept_facets

    path = tmp_path / "f.db"
    store = QuoteStore(path)

    def same() -> None:
        assert kept_facets(store.db) == counted_facets(store.db)
        assert store.db.execute("SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
                                "WHERE (q.date, q.source) IS NOT (a.date, a.source)").fetchone()[0] == 0

    ingest(store, [Article(id="a", text='"We build," Ana Lima said. "We stay," Lima told reporters.', date="2025-03-01",
                           source="Daily"),
                   Article(id="b", text='"The port is open," Ana Lima said.', date="2025-05-01", source="Weekly"),
                   Article(id="c", text='"Nets are new," said Ben Okafor. "Yes," the ministry said.', date=None)])
    same()
    assert ("source", "Daily", 2) in kept_facets(store.db)
    ingest(store, [Article(id="b", text='"The port is shut," Ana Lima said.', date="2024-12-31", source="Daily")],
           replace=True)
    same()
    merge(store, find_speaker(store, "Ana Lima"), find_speaker(store, "Ben Okafor"))
    same()
    operations.undo(store)
    set_kind(store, find_speaker(store, "Ben Okafor"), "organization")
    same()
    operations.undo(store)
    quote_id = store.db.execute("SELECT id FROM quotes WHERE quote LIKE 'Nets%'").fetchone()[0]
    reattribute_to_new(store, quote_id, "Sipho Ndlovu")
    same()
    split(store, find_speaker(store, "Ana Lima"), "Lima", "Other Lima")
    same()
    operations.undo(store)
    store.db.execute("UPDATE articles SET source = 'Gazette', date = '2026-01-02' WHERE id = 'a'")
    same()
    expected = kept_facets(store.db)
    for statement in UNDO_SCHEMA_11 + (f"PRAGMA user_version = {SCHEMA_VERSION - 1}",):
        store.db.execute(statement)
    store.close()
    store = QuoteStore(path)
    assert kept_facets(store.db) == expected
    same()
    store.close()


def test_an_ingest_leaves_the_planner_its_statistics(tmp_path: Path) -> None:
    """After an ingest that stored articles, SQLite's statistics are there
    (the quote view's latest quotes come from the date index at a million
    quotes, see QuoteStore.analyze); an ingest that stored nothing leaves
    the file as it was."""
    from quotes.ingest import ingest_articles

    store = QuoteStore(tmp_path / "s.db")
    ingest_articles(store, read_articles([str(SAMPLE)]))
    tables = {row[0] for row in store.db.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"quotes", "articles", "speakers"} <= tables
    store.db.execute("DELETE FROM sqlite_stat1")
    ingest_articles(store, read_articles([str(SAMPLE)]))  # all unchanged
    assert store.db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] == 0
    # A run that adds little to many quotes keeps the statistics it finds.
    store.db.execute("INSERT INTO sqlite_stat1 VALUES ('quotes', 'quotes_speaker_article', '1000000 5 1')")
    ingest_articles(store, [Article(id="more", text='"We are ready," Ana Lima said.')])
    assert store.db.execute("SELECT tbl, stat FROM sqlite_stat1").fetchall() == [("quotes", "1000000 5 1")]
    store.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    from quotes.errors import QuotesError

    with pytest.raises(QuotesError, match="newer version"):
        QuoteStore(path)


def _corpus(path: Path, n: int) -> Path:
    """A JSONL corpus of n small articles, each with two quotes."""
    with path.open("w") as f:
        for i in range(n):
            text = (
                f'"Statement number {i} is here," Person{i % 50} Lastname{i % 37} said.\n\n'
                f'"Another thing, {i}," Jodi Cohen said.'
            )
            f.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
    return path


def _ingest_process(db: Path, corpus: Path, batch: int = 5) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", "--quiet", "--batch-size", str(batch), "--db", str(db), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl", 3000)
    db = tmp_path / "q.db"
    proc = _ingest_process(db, corpus)
    # Wait until some batches are committed, then kill without warning.
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.05)
        if db.exists():
            try:
                conn = sqlite3.connect(db, timeout=5)
                n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                continue
            if n >= 50:
                break
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Its extraction workers do not outlive it, waiting for work for ever.
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    partial = QuoteStore(db)
    stored = partial.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    quotes = partial.db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert quotes == 2 * stored  # every stored article is whole
    partial.close()
    rerun = _ingest_process(db, corpus)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
    final = QuoteStore(db)
    assert final.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3000
    assert final.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 6000
    assert final.db.execute("SELECT count(*) FROM speakers WHERE name = 'Jodi Cohen'").fetchone()[0] == 1
    final.close()


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux's /proc; none elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_two_ingests_at_once_both_complete(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    first = _corpus(tmp_path / "one.jsonl", 400)
    second = tmp_path / "two.jsonl"
    second.write_text(
        "".join(
            json.dumps({"id": f"b{i}", "text": f'"Other statement {i}," Jodi Cohen said.'}) + "\n" for i in range(400)
        )
    )
    procs = [_ingest_process(db, first), _ingest_process(db, second)]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    store = QuoteStore(db)
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 800
    assert store.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1200
    # Both processes met Jodi Cohen; she is still one speaker.
    assert store.db.execute(
        "SELECT count(*) FROM speakers WHERE name = 'Jodi Cohen' AND merged_into IS NULL"
    ).fetchone()[0] == 1
    store.close()


def test_alias_counts_match_quotes_after_replace_and_undo(store: QuoteStore) -> None:
    from quotes.speakers import merge, undo

    def consistent() -> bool:
        expected = store.db.execute(
            "SELECT (SELECT count(*) FROM quotes WHERE alias_id IS NOT NULL) "
            "+ (SELECT count(*) FROM quotes WHERE mention_alias_id IS NOT NULL)"
        ).fetchone()[0]
        return store.db.execute("SELECT sum(count) FROM aliases").fetchone()[0] == expected

    ingest(store, read_articles([str(SAMPLE)]))
    assert consistent()
    ingest(store, read_articles([str(SAMPLE)]), replace=True)
    assert consistent()
    merge(store, find_speaker(store, "Daniel Reyes"), find_speaker(store, "Maria Reyes"))
    undo(store)
    assert consistent()
    hyde = find_speaker(store, "Patricia H. Hyde")
    assert dict(
        store.db.execute("SELECT alias, count FROM aliases WHERE speaker_id = ?", [hyde.id]).fetchall()
    ) == {"Patricia H. Hyde": 4, "Hyde": 4, "Patricia Hyde": 2, "Patrica Hyde": 1}


def test_full_text_index_follows_quote_edits(store: QuoteStore) -> None:
    ingest(store, [Article("a", '"The networks are rebuilding," Jodi Cohen said.')])
    store.db.execute("UPDATE quotes SET quote = 'The cartels regroup'")
    match = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
    assert store.db.execute(match, ["cartels"]).fetchone()[0] == 1
    assert store.db.execute(match, ["networks"]).fetchone()[0] == 0


def test_a_commit_waits_for_nothing_but_the_collector(tmp_path: Path) -> None:
    """A statement left mid-step by a cursor that only a reference cycle
    keeps alive blocks COMMIT until the cyclic collector frees it: the
    transaction collects and commits, and its write is stored."""
    import gc

    store = QuoteStore(tmp_path / "q.db")
    gc.disable()  # (as the extractor does while it reads one article)
    try:
        with store.transaction():
            store.db.execute("INSERT INTO articles (id, content_hash, ingested_at, text) VALUES ('a', 'h', 't', 'x')")
            holder: list[object] = []
            holder.append(holder)  # a cycle
            holder.append(store.db.conn.execute("PRAGMA journal_mode"))  # a statement that returns a row, not yet done
            del holder
    finally:
        gc.enable()
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    store.close()


def test_two_speakers_together_are_neither_one(store: QuoteStore) -> None:
    """A quote two people said together keeps both names as its speaker and
    is credited to neither of them alone (nor merged into either)."""
    ingest(store, [
        Article(id="a1", text='"We are ready," said Ana Lima and Tom Hale, the co-founders.'),
        Article(id="a2", text='Tom Hale opened the plant. "It is a new day," Hale said.'),
    ])
    rows = store.db.execute(
        "SELECT q.speaker_name, s.name FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id"
    ).fetchall()
    assert rows == [("Ana Lima and Tom Hale", None), ("Tom Hale", "Tom Hale")]
