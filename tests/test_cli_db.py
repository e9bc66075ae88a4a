"""The database commands through CliRunner: ingest, export, speakers, history, undo."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "q.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", path, str(SAMPLE)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def speaker_names(db: str) -> dict[str, str]:
    rows = [json.loads(line) for line in run("speakers", "--db", db, "--format", "jsonl").stdout.splitlines()]
    return {r["name"]: r["aliases"] for r in rows}


def test_ingest_prints_a_summary_line(tmp_path: Path) -> None:
    result = run("ingest", "--db", str(tmp_path / "x.db"), str(SAMPLE))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "ingested 9 articles (0 unchanged, 0 replaced), 63 quotes, 12 new speakers, 5 merges\n"
    again = run("ingest", "--db", str(tmp_path / "x.db"), str(SAMPLE))
    assert again.stderr == "ingested 9 articles (9 unchanged, 0 replaced), 0 quotes, 0 new speakers, 0 merges\n"


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("QUOTES_DB", str(path))
    assert run("ingest", "--quiet", str(SAMPLE / "ice-boston-2025-03-25.txt")).exit_code == 0
    assert path.exists()
    assert len(run("export").stdout.splitlines()) == 9


def test_ingest_from_stdin(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    data = json.dumps({"id": "x1", "text": '"We are ready," Michelle Wu said.', "date": "2025-01-01"}) + "\n"
    assert run("ingest", "--db", path, "-", input=data).exit_code == 0
    (row,) = [json.loads(line) for line in run("export", "--db", path, "--format", "jsonl").stdout.splitlines()]
    assert (row["article"], row["date"], row["speaker"], row["quote"]) == ("x1", "2025-01-01", "Michelle Wu", "We are ready")


def test_export_fields(db: str) -> None:
    rows = [json.loads(line) for line in run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert len(rows) == 63
    assert list(rows[0]) == [
        "id", "article", "date", "start", "end", "quote", "speaker_id", "speaker", "speaker_kind",
        "speaker_mention", "speaker_start", "speaker_end", "role", "cue", "kind", "paragraph", "confidence",
    ]
    wu = [r for r in rows if r["speaker"] == "Michelle Wu"]
    assert {r["speaker_mention"] for r in wu} >= {"she", "Wu", "Michelle Wu", "the mayor"}
    assert len({r["speaker_id"] for r in wu}) == 1


def test_export_csv_to_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    result = run("export", "--db", db, "--format", "csv", "--fields", "speaker,quote", "-o", str(out))
    assert result.exit_code == 0
    rows = list(csv.reader(out.open(newline="")))
    assert rows[0] == ["speaker", "quote"] and len(rows) == 64


def test_merge_and_undo(db: str) -> None:
    result = run("speakers", "merge", "--db", db, "Daniel Reyes", "Maria Reyes")
    assert result.exit_code == 0, result.output
    assert "Maria Reyes" not in speaker_names(db)
    history = [json.loads(line) for line in run("history", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert history[0]["op"] == "merge" and history[0]["manual"] is True
    undo = run("undo", "--db", db)
    assert undo.exit_code == 0 and undo.stderr.startswith(f"undid operation {history[0]['id']} (merge)")
    names = speaker_names(db)
    assert "Maria Reyes" in names and "Daniel Reyes" in names


def test_split_survives_a_replace(db: str) -> None:
    result = run("speakers", "split", "--db", db, "Patricia H. Hyde", "--alias", "Patrica Hyde")
    assert result.exit_code == 0, result.output
    assert run("ingest", "--db", db, "--replace", "--quiet", str(SAMPLE)).exit_code == 0
    names = speaker_names(db)
    assert names["Patrica Hyde"] == "Patrica Hyde"
    assert "Patrica Hyde" not in names["Patricia H. Hyde"]


def test_undo_of_an_automatic_merge(db: str) -> None:
    history = [json.loads(line) for line in run("history", "--db", db, "--format", "jsonl").stdout.splitlines()]
    auto = next(h for h in history if h["op"] == "auto-merge" and h["alias"] == "Michele Wu")
    assert auto["score"] == 90.0 and "spelling" in auto["reason"] and auto["manual"] is False
    assert run("undo", "--db", db, str(auto["id"])).exit_code == 0
    assert "Michele Wu" in speaker_names(db)
    # and a later ingest keeps them apart
    assert run("ingest", "--db", db, "--replace", "--quiet", str(SAMPLE)).exit_code == 0
    assert "Michele Wu" not in speaker_names(db)["Michelle Wu"]


def test_rename(db: str) -> None:
    assert run("speakers", "rename", "--db", db, "Tom Brennan", "Gov. Thomas J. Brennan").exit_code == 0
    assert "Gov. Thomas J. Brennan" in speaker_names(db)


def test_review_confirm_and_reject(tmp_path: Path) -> None:
    path = str(tmp_path / "r.db")
    articles = [
        {"id": "1", "text": 'Daniel Reyes spoke.\n\n"We won," Daniel Reyes said.'},
        {"id": "2", "text": 'Maria Reyes spoke.\n\n"We lost," Maria Reyes said.'},
        {"id": "3", "text": '"Nobody told us," Reyes said.'},
    ]
    data = "".join(json.dumps(a) + "\n" for a in articles)
    assert run("ingest", "--db", path, "--quiet", "-", input=data).exit_code == 0
    pairs = [json.loads(line) for line in run("speakers", "review", "--db", path, "--format", "jsonl").stdout.splitlines()]
    assert {(p["speaker"], p["candidate"]) for p in pairs} == {("Reyes", "Daniel Reyes"), ("Reyes", "Maria Reyes")}
    candidates = run("speakers", "candidates", "--db", path, "--format", "csv", "--fields", "name", "Reyes")
    assert candidates.stdout.splitlines()[1:] == ["Daniel Reyes", "Maria Reyes"]
    daniel = next(p["pair"] for p in pairs if p["candidate"] == "Daniel Reyes")
    maria = next(p["pair"] for p in pairs if p["candidate"] == "Maria Reyes")
    result = run("speakers", "review", "--db", path, "--reject", str(daniel), "--confirm", str(maria))
    assert result.exit_code == 0, result.output
    names = speaker_names(path)
    assert set(names) == {"Daniel Reyes", "Maria Reyes"}
    assert "Reyes" in names["Maria Reyes"]
    assert run("speakers", "review", "--db", path, "--format", "jsonl").stdout == ""


def test_ambiguous_and_unknown_speakers(db: str) -> None:
    result = run("speakers", "merge", "--db", db, "Reyes", "Cohen")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: 'Reyes' matches several speakers (")
    assert "Daniel Reyes" in result.stderr and "Maria Reyes" in result.stderr
    result = run("speakers", "rename", "--db", db, "Nobody Atall", "X")
    assert (result.exit_code, result.stderr) == (1, "Error: no speaker matches 'Nobody Atall'\n")


def test_fuzzy_speaker_lookup(db: str) -> None:
    result = run("speakers", "rename", "--db", db, "michele wu", "Michelle Wu (Mayor)")
    assert result.exit_code == 0 and "Michelle Wu (Mayor)" in speaker_names(db)


def test_people_and_organisations_never_merge(db: str) -> None:
    result = run("speakers", "merge", "--db", db, "Jodi Cohen", "FBI")
    assert result.exit_code == 1 and "will not merge a person" in result.stderr


def test_missing_database(tmp_path: Path) -> None:
    for command in (["export"], ["speakers"], ["history"], ["undo"]):
        result = run(*command, "--db", str(tmp_path / "none.db"))
        assert result.exit_code == 1
        assert result.stderr == f"Error: no database at {tmp_path / 'none.db'} (run 'quotes ingest' first, or give --db)\n"
        assert not (tmp_path / "none.db").exists()


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("this is not sqlite" * 100)
    result = run("speakers", "--db", str(bogus))
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {bogus}: not a quotes database")


def test_locked_database(db: str) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        import quotes.store as store_module

        original = store_module.BUSY_TIMEOUT_MS
        store_module.BUSY_TIMEOUT_MS = 100
        try:
            result = run("speakers", "rename", "--db", db, "Jodi Cohen", "J. Cohen")
        finally:
            store_module.BUSY_TIMEOUT_MS = original
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the database is locked by another process")


def test_nothing_to_undo(tmp_path: Path) -> None:
    path = str(tmp_path / "e.db")
    run("ingest", "--db", path, "--quiet", str(SAMPLE / "cohen-fbi-2025-05-20.txt"))
    result = run("undo", "--db", path)
    assert (result.exit_code, result.stderr) == (1, "Error: nothing to undo\n")


def test_bad_line_keeps_the_articles_before_it(tmp_path: Path) -> None:
    path = str(tmp_path / "b.db")
    good = json.dumps({"id": "ok", "text": '"We are ready," Michelle Wu said.'})
    result = run("ingest", "--db", path, "-", input=good + "\n{broken\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: <stdin>:2: invalid JSON")
    assert [json.loads(line)["article"] for line in run("export", "--db", path, "--format", "jsonl").stdout.splitlines()] == ["ok"]


def test_export_csv_all_fields_matches_list(db: str) -> None:
    exported = run("export", "--db", db, "--format", "csv").stdout
    listed = run("list", "--db", db, "--format", "csv", "--fields", ",".join(
        ["id", "article", "date", "start", "end", "quote", "speaker_id", "speaker", "speaker_kind",
         "speaker_mention", "speaker_start", "speaker_end", "role", "cue", "kind", "paragraph", "confidence"])).stdout
    assert exported == listed
    assert len(list(csv.reader(io.StringIO(exported)))) == 64
