"""The Dask pipeline on a real LocalCluster with two workers: the same
quotes, speakers, aliases, merges and review pairs as a plain ingest of the
same input. Speaker and quote ids are numbered group by group, so they
differ; everything is compared by content."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus import articles
from speaker_counts import counted, kept_counts

from quotes.cli import cli

pytest.importorskip("distributed", reason="the Dask extra is not installed")
pytest.importorskip("pyarrow", reason="the Dask extra is not installed")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three hundred generated articles in several files and formats."""
    folder = tmp_path_factory.mktemp("scale") / "news"
    folder.mkdir()
    generated = articles(300, seed=11)
    with gzip.open(folder / "a.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(a) + "\n" for a in generated[:120])
    (folder / "b.jsonl").write_text("".join(json.dumps(a) + "\n" for a in generated[120:260]), encoding="utf-8")
    for a in generated[260:]:
        (folder / f"{a['id']}.txt").write_text(f"date: {a['date']}\ntitle: {a['title']}\n\n{a['text']}\n",
                                               encoding="utf-8")
    # One article read twice (unchanged) and one id with new text: skipped and replaced as an ingest does.
    again = dict(generated[5])
    changed = dict(generated[6], text=generated[6]["text"] + '\n\n"One more thing," said Ana Lima.')
    (folder / "c.jsonl").write_text(json.dumps(again) + "\n" + json.dumps(changed) + "\n", encoding="utf-8")
    return folder


def content(path: str) -> dict[str, object]:
    conn = sqlite3.connect(path)
    speaker = {sid: (name, kind) for sid, name, kind in conn.execute("SELECT id, name, kind FROM speakers")}
    quotes = conn.execute("SELECT article_id, start, \"end\", quote, speaker_id, alias_id, mention_alias_id, role, "
                          "confidence FROM quotes").fetchall()
    alias = {aid: text for aid, text in conn.execute("SELECT id, alias FROM aliases")}
    clusters: dict[int, set] = {}
    for q in quotes:
        if q[4] is not None:
            clusters.setdefault(q[4], set()).add((q[0], q[1]))
    out = {
        "quotes": sorted((q[0], q[1], q[2], q[3], speaker.get(q[4]), alias.get(q[5]), alias.get(q[6]), q[7], q[8])
                         for q in quotes),
        "clusters": sorted(sorted(c) for c in clusters.values()),
        "speakers": sorted((n, k, f, m is None) for n, k, f, m in conn.execute(
            "SELECT name, kind, flagged, merged_into FROM speakers")),
        "aliases": sorted((speaker[s], a, n) for s, a, n in conn.execute("SELECT speaker_id, alias, count FROM aliases")),
        "roles": sorted((speaker[s], r, a, d) for s, r, a, d in conn.execute(
            "SELECT speaker_id, role, article_id, date FROM roles")),
        "merges": Counter((op, reason, speaker.get(s), speaker.get(o), a) for op, reason, s, o, a in conn.execute(
            "SELECT op, reason, speaker_id, other_id, alias FROM merge_log")),
        "review": sorted((speaker[s], speaker[c], sc, r, st) for s, c, sc, r, st in conn.execute(
            "SELECT speaker_id, candidate_id, score, reason, status FROM review")),
        "articles": sorted(conn.execute("SELECT id, content_hash, title, date, text FROM articles")),
        "decisions": sorted((k, n, speaker.get(s), speaker.get(o), a, q) for k, n, s, o, a, q in conn.execute(
            "SELECT kind, norm, speaker_id, other_id, article_id, quote_start FROM decisions")),
        "search": conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'budget'").fetchone()[0],
        "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
    }
    assert kept_counts(conn) == counted(conn), f"{path}: the speakers' kept counts differ from their quotes"
    conn.close()
    return out


def test_the_pipeline_gives_what_one_machine_gives(inputs: Path, tmp_path: Path) -> None:
    plain, dask_db, stage = str(tmp_path / "plain.db"), str(tmp_path / "dask.db"), tmp_path / "stage"
    assert run("ingest", "--db", plain, "--jobs", "1", str(inputs)).exit_code == 0
    result = run("ingest", "--db", dask_db, "--scheduler", "local", "--stage", str(stage), str(inputs))
    assert result.exit_code == 0, result.output
    assert "on 2 Dask workers" in result.stderr  # two cores here: one worker a core
    expected, got = content(plain), content(dask_db)
    for key in expected:
        assert got[key] == expected[key], key
    assert len(expected["clusters"]) > 40 and sum(expected["merges"].values()) > 10  # a real test of resolution
    # Every query command works on the loaded database.
    for command in (["stats"], ["speakers", "--format", "csv"], ["search", "budget"], ["export", "--format", "csv"]):
        assert run(*command, "--db", dask_db).exit_code == 0, command
    # The stage holds the Parquet and the resolved groups.
    assert sorted(p.name for p in (stage / "articles").iterdir())[0] == "shard-000000.parquet"
    assert any((stage / "quotes").iterdir()) and any((stage / "resolved").glob("group-*.db"))


def _decide_by_hand(db: str, later: str) -> list[str]:
    """Decisions a person makes on a database: a rename, a merge, a rejected
    pair, a quote given to someone else; about people the ``later`` input
    quotes again. Returns the renamed speaker's new name."""
    conn = sqlite3.connect(db)
    people = [row[0] for row in conn.execute(
        "SELECT s.name FROM speakers s JOIN quotes q ON q.speaker_id = s.id WHERE s.merged_into IS NULL "
        "AND s.kind = 'person' AND instr(s.name, ' ') > 0 GROUP BY s.id ORDER BY count(*) DESC, s.name")
        if row[0] in later][:4]
    pair = conn.execute("SELECT id FROM review WHERE status = 'open' ORDER BY id LIMIT 1").fetchone()
    quote = conn.execute("SELECT id FROM quotes WHERE speaker_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    for args in (["speakers", "rename", people[0], f"{people[0]} Jr."], ["speakers", "merge", people[1], people[2]],
                 ["reattribute", str(quote), people[3]]):
        assert run(*args, "--db", db).exit_code == 0, args
    if pair:
        assert run("speakers", "review", "--reject", str(pair[0]), "--db", db).exit_code == 0
    return [f"{people[0]} Jr.", people[1]]


def _quotes_of(db: str, names: list[str]) -> list[int]:
    conn = sqlite3.connect(db)
    counts = [conn.execute("SELECT count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.name = ?",
                           [name]).fetchone()[0] for name in names]
    conn.close()
    return counts


def test_into_an_existing_database_its_decisions_hold(inputs: Path, tmp_path: Path) -> None:
    """New quotes meet the stored speakers and the decisions people made, as
    a plain ingest into the same database would."""
    plain, dask_db = str(tmp_path / "plain.db"), str(tmp_path / "dask.db")
    assert run("ingest", "--db", plain, "--jobs", "1", str(inputs / "a.jsonl.gz")).exit_code == 0
    decided = _decide_by_hand(plain, (inputs / "b.jsonl").read_text(encoding="utf-8"))
    before = _quotes_of(plain, decided)
    shutil.copy(plain, dask_db)
    assert run("ingest", "--db", plain, "--jobs", "1", str(inputs / "b.jsonl"), str(inputs / "c.jsonl")).exit_code == 0
    result = run("ingest", "--db", dask_db, "--scheduler", "local", "--workers", "2",
                 str(inputs / "b.jsonl"), str(inputs / "c.jsonl"))
    assert result.exit_code == 0, result.output
    assert "into the existing database" in result.stderr and "(2 unchanged, 1 replaced)" not in result.stderr
    expected, got = content(plain), content(dask_db)
    # The renamed and the kept speaker took new quotes: the decisions were tested.
    assert all(n > b for n, b in zip(_quotes_of(plain, decided), before)), (decided, before)
    for key in expected:
        assert got[key] == expected[key], key
    # The steps one by one: a stage loaded into an existing database does the same.
    stage, staged_db = tmp_path / "stage", str(tmp_path / "staged.db")
    shutil.copy(dask_db, staged_db)
    assert run("stage", str(inputs / "b.jsonl"), "--to", str(stage), "--workers", "1", "--groups", "4").exit_code == 0
    again = run("load", str(stage), "--db", staged_db)
    assert again.exit_code == 0 and "140 articles (140 unchanged, 0 replaced)" in again.stderr
    assert content(staged_db) == got


def test_the_steps_one_by_one(inputs: Path, tmp_path: Path) -> None:
    stage, db = tmp_path / "stage", str(tmp_path / "news.db")
    first = run("stage", str(inputs / "b.jsonl"), "--to", str(stage), "--workers", "2", "--groups", "8")
    assert first.exit_code == 0, first.output
    assert "1 shards: 140 articles" in first.stderr
    import pyarrow.parquet as pq

    table = pq.read_table(stage / "articles" / "shard-000000.parquet")
    assert table.num_rows == 140 and {"id", "text", "date", "source"} <= set(table.column_names)
    loaded = run("load", str(stage), "--db", db)
    assert loaded.exit_code == 0 and "loaded 140 articles" in loaded.stderr
    plain = str(tmp_path / "plain.db")
    assert run("ingest", "--db", plain, str(inputs / "b.jsonl")).exit_code == 0
    assert content(db)["clusters"] == content(plain)["clusters"]



def test_bad_input_on_a_worker_is_one_line_and_writes_no_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "Fine."}) + "\n{oops\n")
    db = tmp_path / "news.db"
    result = run("ingest", "--db", str(db), "--scheduler", "local", "--workers", "1", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:2: invalid JSON" in result.stderr.splitlines()[-1] and not db.exists()


def test_an_existing_cluster_by_its_address(inputs: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        db = str(tmp_path / "news.db")
        result = run("ingest", "--db", db, "--scheduler", cluster.scheduler_address, str(inputs / "b.jsonl"))
        assert result.exit_code == 0, result.output
        assert cluster.scheduler_address.startswith("tcp://")
    plain = str(tmp_path / "plain.db")
    assert run("ingest", "--db", plain, str(inputs / "b.jsonl")).exit_code == 0
    assert content(db) == content(plain)


def test_inputs_by_fsspec_url(inputs: Path, tmp_path: Path) -> None:
    """Remote inputs (s3://, gs://) are read through fsspec; file:// takes the same path here."""
    stage = tmp_path / "stage"
    result = run("stage", f"file://{inputs}/*.jsonl*", "--to", str(stage), "--workers", "1", "--groups", "4")
    assert result.exit_code == 0, result.output
    assert "3 shards: 262 articles" in result.stderr  # a.jsonl.gz, b.jsonl and c.jsonl


def test_files_of_one_name_and_ids_read_twice_as_one_machine_reads_them(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "a").mkdir(parents=True)
    (news / "b").mkdir()
    (news / "a" / "report.txt").write_text('Jane Roe said "We will fix the roads this year, every one."\n')
    (news / "b" / "report.txt").write_text('Some context first. John Doe said "The budget is not balanced at all."\n')
    # One id in two files, with different speakers (so in different groups): the later is kept.
    (news / "c.jsonl").write_text(json.dumps({"id": "x", "text": 'Jane Roe said "The first version is here now."'}) + "\n")
    (news / "d.jsonl").write_text(json.dumps({"id": "x", "text": 'Omar Haddad said "The second version is here now."'}) + "\n")
    plain, dask = str(tmp_path / "plain.db"), str(tmp_path / "dask.db")
    assert run("ingest", "--quiet", "--db", plain, str(news)).exit_code == 0
    result = run("ingest", "--db", dask, "--scheduler", "local", "--workers", "2", str(news))
    assert result.exit_code == 0, result.output
    assert "article id 'x' from" in result.stderr and "replaces a different article with that id" in result.stderr
    assert content(dask) == content(plain)
    ids = {r["id"] for r in map(json.loads, run("articles", "--db", dask, "--format", "jsonl").stdout.splitlines())}
    assert ids == {"a/report", "b/report", "x"}


def test_a_stage_folder_in_use_is_refused_or_replaced_whole(tmp_path: Path) -> None:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps({"id": f"a{i}", "text": f'Jane Roe said "Quote {i} is here for all of us."'}) + "\n"
                             for i in range(5)))
    second.write_text(json.dumps({"id": "b", "text": 'Omar Haddad said "The second input is this one."'}) + "\n")
    stage = str(tmp_path / "S")
    assert run("stage", str(first), "--to", stage, "--workers", "2").exit_code == 0
    refused = run("stage", str(second), "--to", stage, "--workers", "2")
    assert refused.exit_code == 1
    assert refused.stderr.strip().splitlines()[-1] == (
        f"Error: {stage}: not empty (an earlier stage?); give an empty or new folder, "
        "or --replace-stage to replace the stage in it whole")
    assert run("load", stage, "--db", str(tmp_path / "one.db")).exit_code == 0  # the first stage, whole
    ids = {r["id"] for r in map(json.loads, run("articles", "--db", str(tmp_path / "one.db"), "--format", "jsonl").stdout.splitlines())}
    assert ids == {f"a{i}" for i in range(5)}
    assert run("stage", str(second), "--to", stage, "--workers", "2", "--replace-stage").exit_code == 0
    assert run("load", stage, "--db", str(tmp_path / "two.db")).exit_code == 0
    ids = {r["id"] for r in map(json.loads, run("articles", "--db", str(tmp_path / "two.db"), "--format", "jsonl").stdout.splitlines())}
    assert ids == {"b"}


def test_ctrl_c_on_a_local_cluster_is_one_line(tmp_path: Path) -> None:
    """Ctrl-C at the terminal (SIGINT to the whole process group) while the
    local cluster works: one line, exit code 130, no worker's traceback."""
    import os
    import signal
    import subprocess
    import sys
    import time

    sample = Path(__file__).resolve().parent.parent / "sample_data"
    process = subprocess.Popen(
        [sys.executable, "-m", "quotes", "ingest", "--scheduler", "local", "--workers", "2", "--db",
         str(tmp_path / "q.db"), str(sample)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    assert process.stderr is not None
    started = process.stderr.readline()  # "9 input files on 2 Dask workers": the workers are up
    assert b"Dask workers" in started
    time.sleep(0.2)
    os.killpg(process.pid, signal.SIGINT)
    rest = process.communicate(timeout=120)[1].decode()
    if process.returncode == 0:
        pytest.skip("the run ended before the interrupt reached it")
    assert process.returncode == 130
    assert "Traceback" not in rest
    assert rest.strip().splitlines()[-1] == "interrupted"


def test_two_attempts_of_one_group_at_once_write_its_database_whole(inputs: Path, tmp_path: Path) -> None:
    # A worker the scheduler thinks lost has its task run again elsewhere,
    # while the first attempt may still be running: each attempt writes a
    # file of its own and the group's database is whole either way.
    from concurrent.futures import ThreadPoolExecutor

    from quotes.scale.blocks import resolve_group
    from quotes.scale.runner import BATCH_SIZE

    stage = tmp_path / "stage"
    assert run("stage", str(inputs / "b.jsonl"), "--to", str(stage), "--workers", "1", "--groups", "2").exit_code == 0
    group_db = stage / "resolved" / "group-0000.db"
    before = content(str(group_db))
    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda _: resolve_group(0, str(stage), [0], BATCH_SIZE), range(2)))
    assert reports[0] == reports[1] and reports[0].quotes > 0
    assert content(str(group_db)) == before
    assert sorted(p.name for p in (stage / "resolved").iterdir()) == ["group-0000.db", "group-0001.db"]
