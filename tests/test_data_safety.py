"""Nothing lost, nothing wrong: output files, CSV records, undo order,
article ids, stale review pairs and read-only commands."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import quotes.export as export_module
from quotes import operations, speakers as speaker_ops
from quotes.articles import read_articles
from quotes.cli import cli
from quotes.errors import QuotesError
from quotes.fields import EXPORT_FIELDS
from quotes.ingest import ingest
from quotes.models import Article
from quotes.output import OutputOptions, read_cell
from quotes.query import QuoteFilter, build_query
from quotes.schema import MIGRATIONS, SCHEMA_VERSION
from quotes.store import QuoteStore, open_database

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "q.db")
    assert run("ingest", "--db", path, str(SAMPLE)).exit_code == 0
    return path


# ------------------------------------------------------------ 1. -o FILE


def test_output_onto_the_database_is_refused_and_the_database_kept(db: str) -> None:
    before = Path(db).read_bytes()
    result = run("export", "--db", db, "-o", db)
    assert result.exit_code == 1 and "is also an input" in result.stderr
    assert Path(db).read_bytes() == before
    assert run("stats", "--db", db, "--format", "json").exit_code == 0


def test_output_onto_the_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    source = tmp_path / "v.jsonl"
    source.write_text(json.dumps({"id": "a", "text": '"We will build it," Ana Silva said.'}) + "\n")
    before = source.read_text()
    result = run("extract", str(source), "-o", str(source))
    assert result.exit_code == 1 and "is also an input" in result.stderr
    assert source.read_text() == before


def test_a_failing_command_leaves_the_old_output_file_alone(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    os.chmod(out, 0o640)
    result = run("extract", str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert out.read_text() == "precious\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary file left
    good = tmp_path / "a.txt"
    good.write_text('"We will build it," Ana Silva said.\n')
    assert run("extract", str(good), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text())["speaker"] == "Ana Silva"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the file keeps its permissions


# ------------------------------------------------------------ 2. CSV records


def _store_with(tmp_path: Path, articles: list[Article]) -> QuoteStore:
    store = QuoteStore(tmp_path / "csv.db")
    ingest(store, articles)
    return store


def _stored_rows(store: QuoteStore) -> list[dict]:
    out = io.StringIO()
    export_module.export(store, build_query(store, QuoteFilter(sort="id")), out, OutputOptions(format="jsonl"))
    return [json.loads(line) for line in out.getvalue().split("\n")[:-1]]


def _read_back(text: str, fmt: str) -> list[dict]:
    """Rows as a reader gets them back, typed like the stored values."""
    if fmt == "jsonl":  # lines end at "\n" only: U+2028 may stand in a record
        return [json.loads(line) for line in text.split("\n")[:-1]]
    if fmt == "json":
        return json.loads(text)
    if fmt == "csv":
        records = list(csv.reader(io.StringIO(text, newline="")))
    else:  # tsv: backslash escapes for tab, line breaks and the backslash
        records = [[_untsv(cell) for cell in line.split("\t")] for line in text.split("\n")[:-1]]
    header, body = records[0], records[1:]
    return [dict(zip(header, (read_cell(cell) for cell in record))) for record in body]


def _untsv(cell: str) -> str:
    out, chars = [], iter(cell)
    for c in chars:
        if c == "\\":
            c = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[next(chars)]
        out.append(c)
    return "".join(out)


def _as_text(row: dict) -> dict:
    return {k: "" if v is None else str(v) for k, v in row.items()}


awkward_text = st.text(
    alphabet=st.sampled_from(list("ab ,;\"'=+-@\t\r\n\\é") + ["\u2028"]), min_size=1, max_size=12
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article_id=awkward_text, said=awkward_text)
def test_every_export_reads_back_to_what_is_stored(tmp_path_factory: pytest.TempPathFactory, article_id: str,
                                                    said: str) -> None:
    text = '"We will build it," Ana Silva said.\n\n"It is time," she said.'
    store = _store_with(tmp_path_factory.mktemp("csv"), [Article(article_id, text)])
    try:
        # Any text in the stored fields, whatever the extractor would make.
        with store.transaction():
            store.db.execute("UPDATE quotes SET quote = ?, role = ?, speaker_mention = ?", [said, said, said + said])
            store.refresh_export_lines("1", [])
        stored = _stored_rows(store)
        assert stored and stored[0]["article"] == article_id
        for fmt in ("csv", "tsv", "json", "jsonl"):
            out = io.StringIO()
            export_module.export(store, build_query(store, QuoteFilter(sort="id")), out, OutputOptions(format=fmt))
            back = _read_back(out.getvalue(), fmt)
            if fmt in ("csv", "tsv"):
                assert back == [_as_text(r) for r in stored], fmt
            else:
                assert back == stored, fmt
    finally:
        store.close()


def test_stored_csv_lines_quote_line_breaks(tmp_path: Path) -> None:
    """The full CSV export reads the stored lines: one record per quote."""
    store = _store_with(tmp_path, [Article("two\nlines", '"One two three," Ana Silva said.')])
    with store.transaction():
        store.db.execute("UPDATE quotes SET quote = 'One\rtwo\nthree'")
        store.refresh_export_lines("1", [])
    out = io.StringIO()
    count = export_module.export(store, build_query(store, QuoteFilter()), out, OutputOptions(format="csv"))
    records = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert count == 1 and len(records) == 2
    assert records[1][1] == "two\nlines" and records[1][EXPORT_FIELDS.index("quote")] == "One\rtwo\nthree"
    store.close()


def test_migration_rebuilds_the_stored_lines(tmp_path: Path) -> None:
    store = _store_with(tmp_path, [Article("a\nb", '"One two," Ana Silva said.')])
    # As an older version stored it: the line break bare.
    store.db.execute("UPDATE quotes SET export_line = replace(export_line, '\"', '')")
    MIGRATIONS[4](store.db)  # the upgrade from schema 4 to 5
    line = store.db.execute("SELECT export_line FROM quotes").fetchone()[0]
    assert line.startswith('"a\nb",')
    store.close()


def test_a_schema_4_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = open_database(path, migrate_to=4)
    for name in ("Ana Lima", "Ana Lina"):
        old.execute("INSERT INTO speakers (name, kind, created_at) VALUES (?, 'person', '2025-01-01')", [name])
    old.execute("INSERT INTO review (speaker_id, candidate_id, score, reason) VALUES (1, 2, 50, 'x')")
    old.conn.close()
    with QuoteStore(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db.execute("SELECT speaker_id, candidate_id, reason, log_id FROM review").fetchall() == [(1, 2, "x", None)]


# ------------------------------------------------------------ 3. paths with # ? %


@pytest.mark.parametrize("name", ["we#ird.db", "what?.db", "100%.db"])
def test_parallel_export_from_a_path_with_uri_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          name: str) -> None:
    store = QuoteStore(tmp_path / name)
    ingest(store, read_articles([str(SAMPLE)]))
    query = build_query(store, QuoteFilter(sort="id"))
    serial = io.StringIO()
    n = export_module.export(store, query, serial, OutputOptions(format="jsonl"), workers=1)
    monkeypatch.setattr(export_module, "PARALLEL_FROM", 1)
    parallel = io.StringIO()
    assert export_module.export(store, query, parallel, OutputOptions(format="jsonl"), workers=2) == n
    assert parallel.getvalue() == serial.getvalue()
    store.close()


# ------------------------------------------------------------ 4. undo


def _speaker_of_quotes(store: QuoteStore) -> dict[int, int | None]:
    return dict(store.db.execute("SELECT id, speaker_id FROM quotes").fetchall())


def test_undo_out_of_order_is_refused_and_in_order_restores(db: str) -> None:
    with QuoteStore(db) as store:
        before = _speaker_of_quotes(store)
        a = speaker_ops.find_speaker(store, "Daniel Reyes")
        b = speaker_ops.find_speaker(store, "Maria Reyes")
        c = speaker_ops.find_speaker(store, "Jodi Cohen")
        first = speaker_ops.merge(store, b, a)
        second = speaker_ops.merge(store, c, b)
        with pytest.raises(QuotesError, match=f"cannot be undone.*{second} \\(merge\\)"):
            operations.undo(store, first)
        operations.undo(store, second)
        operations.undo(store, first)
        assert _speaker_of_quotes(store) == before


def test_repeated_undo_after_automatic_merges_does_not_oscillate(db: str) -> None:
    with QuoteStore(db) as store:
        automatic = store.db.execute("SELECT count(*) FROM merge_log WHERE op = 'auto-merge'").fetchone()[0]
        assert automatic >= 2
        undone = []
        while True:
            try:
                undone.append(operations.undo(store)["id"])
            except QuotesError as e:
                assert "nothing to undo" in str(e)
                break
        assert len(undone) == len(set(undone))  # each operation once, none redone
        live = store.db.execute("SELECT count(*) FROM merge_log WHERE op != 'undo' AND undone = 0").fetchone()[0]
        assert live == 0


def _replay(initial: dict, ops: list[tuple]) -> dict[int, int | None]:
    """What the quotes' speakers are after applying these operations in order."""
    quotes = dict(initial["quotes"])
    owner = dict(initial["alias_owner"])
    for op, speaker_id, other_id, alias_text in ops:
        if op == "merge":
            quotes = {q: speaker_id if s == other_id else s for q, s in quotes.items()}
            owner = {a: speaker_id if s == other_id else s for a, s in owner.items()}
        elif op == "split":
            alias_id = next(a for a, s in owner.items() if s == speaker_id and initial["alias_text"][a] == alias_text)
            owner[alias_id] = other_id
            for q, (name_alias, mention_alias) in initial["quote_aliases"].items():
                if alias_id in (name_alias, mention_alias) and quotes[q] == speaker_id:
                    quotes[q] = other_id
    return quotes


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["merge", "split", "rename", "undo", "undo-any"]),
                                st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=12))
def test_history_always_equals_state(tmp_path_factory: pytest.TempPathFactory, template_db: Path,
                                     steps: list[tuple[str, int, int]]) -> None:
    path = tmp_path_factory.mktemp("undo") / "q.db"
    shutil.copy(template_db, path)
    with QuoteStore(path) as store:
        db = store.db
        start_log = db.execute("SELECT coalesce(max(id), 0) FROM merge_log").fetchone()[0]
        initial = {
            "quotes": _speaker_of_quotes(store),
            "alias_owner": dict(db.execute("SELECT id, speaker_id FROM aliases").fetchall()),
            "alias_text": dict(db.execute("SELECT id, alias FROM aliases").fetchall()),
            "quote_aliases": {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, alias_id, mention_alias_id FROM quotes")},
        }
        for action, i, j in steps:
            live = speaker_ops._active(store)
            try:
                if action == "merge":
                    speaker_ops.merge(store, live[i % len(live)], live[j % len(live)])
                elif action == "split":
                    speaker = live[i % len(live)]
                    aliases = [r[0] for r in db.execute("SELECT alias FROM aliases WHERE speaker_id = ? ORDER BY id", [speaker.id])]
                    if len(aliases) > 1:
                        speaker_ops.split(store, speaker, aliases[j % len(aliases)])
                elif action == "rename":
                    speaker_ops.rename(store, live[i % len(live)], f"Renamed {j}")
                elif action == "undo":
                    latest = db.execute("SELECT max(id) FROM merge_log WHERE undone = 0 AND op != 'undo'").fetchone()[0]
                    if latest and latest > start_log:  # the ingest's own merges are the starting state
                        operations.undo(store)
                else:
                    ids = [r[0] for r in db.execute("SELECT id FROM merge_log WHERE id > ? AND op != 'undo'", [start_log])]
                    if ids:
                        operations.undo(store, ids[i % len(ids)])
            except QuotesError:
                pass  # refused (same speaker, a later operation depends on it, nothing to undo): state unchanged
            ops = db.execute(
                "SELECT op, speaker_id, other_id, alias FROM merge_log WHERE id > ? AND undone = 0 AND op != 'undo' "
                "ORDER BY id", [start_log]
            ).fetchall()
            assert _speaker_of_quotes(store) == _replay(initial, ops)
            # Names too: the latest live rename of each speaker, else its first name.
            for speaker in speaker_ops._active(store):
                renames = [a for op, s, _, a in ops if op == "rename" and s == speaker.id]
                if renames:
                    assert speaker.name == renames[-1]


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "q.db"
    with QuoteStore(path) as store:
        ingest(store, read_articles([str(SAMPLE)]))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


# ------------------------------------------------------------ 5. article ids


def test_files_of_one_name_in_two_folders_are_two_articles(tmp_path: Path) -> None:
    for folder, name in (("a", "Ana Silva"), ("b", "Rui Costa")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "report.txt").write_text(f'"We will build it," {name} said.\n')
    path = str(tmp_path / "q.db")
    result = run("ingest", "--db", path, str(tmp_path / "in"))
    assert result.exit_code == 0 and "warning" not in result.stderr
    rows = [json.loads(line) for line in run("export", "--db", path).stdout.splitlines()]
    assert sorted((r["article"], r["speaker"]) for r in rows) == [("a/report", "Ana Silva"), ("b/report", "Rui Costa")]


def test_one_id_twice_in_a_run_warns_with_both_sources(tmp_path: Path) -> None:
    source = tmp_path / "dup.jsonl"
    lines = [{"id": 1, "text": '"First," Ana Silva said.'}, {"id": "1", "text": '"Second," Rui Costa said.'}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    path = str(tmp_path / "q.db")
    result = run("ingest", "--db", path, str(source))
    assert result.exit_code == 0
    assert f"article id '1' from {source}:2 replaces a different article with that id from {source}:1" in result.stderr
    names = [json.loads(line)["name"] for line in run("speakers", "--db", path).stdout.splitlines()]
    assert names == ["Rui Costa"]  # no ghost speaker with 0 quotes is left of the first


@pytest.mark.parametrize("bad_id", [True, 1.5, [1], {"a": 1}, ""])
def test_ids_without_one_text_form_are_refused(tmp_path: Path, bad_id: object) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps({"id": bad_id, "text": '"First," Ana Silva said.'}) + "\n")
    result = run("extract", str(source))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {source}:1: 'id' must be a non-empty string or a whole number")


def test_replacing_an_article_leaves_no_ghost_speakers(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    path = str(tmp_path / "q.db")
    article.write_text('"We will build it," Ana Silva said.\n')
    assert run("ingest", "--db", path, str(article)).exit_code == 0
    article.write_text('"We will not," Rui Costa said.\n')
    assert run("ingest", "--db", path, str(article)).exit_code == 0
    rows = [json.loads(line) for line in run("speakers", "--db", path).stdout.splitlines()]
    assert [(r["name"], r["quotes"]) for r in rows] == [("Rui Costa", 1)]


# ------------------------------------------------------------ 6. stale review pairs


def test_a_review_pair_made_stale_by_another_process_is_not_applied(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    articles = [
        {"id": "1", "text": 'Daniel Reyes spoke.\n\n"We won," Daniel Reyes said.'},
        {"id": "2", "text": 'Maria Reyes spoke.\n\n"We lost," Maria Reyes said.'},
        {"id": "3", "text": '"Nobody told us," Reyes said.'},
        {"id": "4", "text": '"We are here," Jodi Cohen said.'},
    ]
    data = "".join(json.dumps(a) + "\n" for a in articles)
    assert run("ingest", "--db", db, "--quiet", "-", input=data).exit_code == 0
    with QuoteStore(db) as store:
        pairs = speaker_ops.review_pairs(store)
        assert len(pairs) == 2
        shown = pairs[0]
        # Meanwhile, another process merges the bare surname into someone.
        with QuoteStore(db) as other:
            speaker_ops.merge(other, speaker_ops.find_speaker(other, "Jodi Cohen"),
                              speaker_ops.find_speaker(other, str(shown.speaker.id)))
        before = _speaker_of_quotes(store)
        with pytest.raises(speaker_ops.StalePair, match="merged into another speaker meanwhile"):
            speaker_ops.decide(store, shown, same=True)
        assert _speaker_of_quotes(store) == before


# ------------------------------------------------------------ 7. reading never writes


def test_reading_an_unrelated_sqlite_file_changes_nothing(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in (["stats"], ["speakers"], ["list"], ["export"], ["speakers", "merge", "a", "b"], ["undo"]):
        result = run(*command, "--db", str(other))
        assert result.exit_code == 1 and "not a quotes database" in result.stderr, command
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_database_in_a_read_only_folder_can_be_read(db: str, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders; the immutable path is tested below")
    folder = Path(db).parent
    os.chmod(folder, 0o555)
    try:
        assert run("stats", "--db", db, "--format", "json").exit_code == 0
    finally:
        os.chmod(folder, 0o755)


def test_read_only_open_falls_back_to_an_unchanging_file(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does to a WAL database: the first read-only
    connection fails; the store then reads the file as immutable."""
    import quotes.store as store_module

    real = sqlite3.connect
    calls = []

    def connect(target, *args, **kwargs):
        calls.append(target)
        if "immutable=1" not in str(target) and "mode=ro" in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)
    with QuoteStore(db, read_only=True) as store:
        assert store.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 63
    assert "immutable=1" in calls[-1]


def test_read_commands_do_not_upgrade_and_say_how(tmp_path: Path) -> None:
    db = str(tmp_path / "older.db")
    open_database(db, migrate_to=SCHEMA_VERSION - 1).conn.close()
    before = Path(db).read_bytes()
    result = run("stats", "--db", db)
    assert result.exit_code == 1 and "quotes upgrade --db" in result.stderr
    assert Path(db).read_bytes() == before
    assert run("upgrade", "--db", db).exit_code == 0
    assert open_database(db, read_only=True).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_read_commands_leave_the_file_as_it_was(db: str) -> None:
    with QuoteStore(db) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = Path(db).read_bytes()
    for command in (["stats"], ["speakers"], ["list"], ["export", "--format", "csv"], ["history"], ["articles"]):
        assert run(*command, "--db", db).exit_code == 0, command
    assert Path(db).read_bytes() == before


def test_a_read_only_copy_whose_changes_wait_in_its_wal_is_not_read_as_old(tmp_path: Path, monkeypatch) -> None:
    """A database in a folder the reader may not write (SQLite then cannot
    make the -shm a WAL reader needs, and the first read-only connect
    fails: emulated here, since the tests may run as root) whose committed
    changes are still in its -wal: an error that says so, not the old
    counts of the file without its log."""
    import sqlite3

    import quotes.store as store_module

    db = tmp_path / "q.db"
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    assert (tmp_path / "q.db-wal").stat().st_size > 0
    real_connect = sqlite3.connect

    def unwritable_folder(database: str, *args, **kwargs):
        if "immutable" not in str(database) and "mode=ro" in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", unwritable_folder)
    with pytest.raises(QuotesError, match=r"write-ahead log q\.db-wal holds changes"):
        store_module._connect(db, read_only=True)
    writer.close()
