"""Mistakes and habits of everyday use: a pipe closed early, a rename onto
a name that is taken, absurd worker counts."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_a_pipe_closed_early_is_a_normal_end(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    assert run("ingest", "--quiet", "--db", db, str(SAMPLE)).exit_code == 0
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f'"{sys.executable}" -m quotes export --db "{db}" --format csv | head -1'],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id,article,") and done.stderr == ""


def test_a_rename_onto_a_name_that_is_taken_is_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    assert run("ingest", "--quiet", "--db", db, str(SAMPLE)).exit_code == 0
    result = run("speakers", "rename", "--db", db, "Maria Reyes", "michelle wu")
    assert result.exit_code == 1
    assert "'Michelle Wu' is already a speaker" in result.stderr and "quotes speakers merge" in result.stderr
    names = [row["name"] for row in csv.DictReader(io.StringIO(run("speakers", "--db", db, "--format", "csv").stdout))]
    assert names.count("Michelle Wu") == 1 and "Maria Reyes" in names


def test_absurd_worker_counts_are_usage_errors() -> None:
    result = run("extract", "--jobs", "100000", str(SAMPLE / "ice-boston-2025-03-25.txt"))
    assert result.exit_code == 2 and "1<=x<=1024" in result.stderr
    many = run("extract", "--jobs", "512", "--format", "jsonl", str(SAMPLE / "ice-boston-2025-03-25.txt"))
    one = run("extract", "--jobs", "1", "--format", "jsonl", str(SAMPLE / "ice-boston-2025-03-25.txt"))
    assert many.exit_code == 0 and many.stdout == one.stdout  # capped at the cores, the same answer


def test_mistaken_values_are_usage_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    assert run("ingest", "--quiet", "--db", db, str(SAMPLE)).exit_code == 0
    for args, said in [
        (["ingest", "--db", str(tmp_path / "s.db"), "--scheduler", "bogus", str(SAMPLE)], "neither 'local' nor an address"),
        (["ingest", "--db", str(tmp_path / "s.db"), "--scheduler", "http://x:1", str(SAMPLE)], "neither 'local' nor"),
        (["list", "--db", db, "--limit", "99999999999999999999999"], "1<=x<=9223372036854775807"),
        (["list", "--db", db, "--min-confidence", "nan"], "'nan' is not a number from 0 to 1"),
    ]:
        result = run(*args)
        assert result.exit_code == 2 and said in result.stderr, (args, result.output)
        assert "please report this" not in result.stderr


def test_an_empty_file_is_named_as_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = run("stats", "--db", str(empty))
    assert result.exit_code == 1 and "an empty file, not a quotes database yet" in result.stderr


def test_a_byte_order_mark_before_json_lines_is_read_past(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "b", "text": "Jane Roe said \\"hello there, all of you.\\""}\n')
    result = run("extract", "--format", "jsonl", str(path))
    assert result.exit_code == 0, result.output
    assert '"speaker":"Jane Roe"' in result.stdout


def test_bytes_that_are_no_warc_record_are_named(tmp_path: Path) -> None:
    path = tmp_path / "g.warc"
    path.write_bytes(b"WARC/1.0\r\n" + bytes(range(256)) * 12)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"Error: {path}: record 1 is no WARC record (damaged, or the file is not a web archive)"


def test_a_link_to_nothing_in_a_folder_is_named_and_counted(tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "dangling.txt").symlink_to("/nonexistent/x.txt")
    (folder / "wu.txt").write_text((SAMPLE / "wu-council-2025-03-27.txt").read_text())
    result = run("extract", "--format", "jsonl", str(folder))
    assert result.exit_code == 0 and result.stdout
    assert f"{folder}/dangling.txt: a link to nothing (/nonexistent/x.txt), skipped" in result.stderr
    assert "(1 broken links)" in result.stderr


def test_a_port_in_use_is_one_line(tmp_path: Path) -> None:
    import socket

    pytest.importorskip("datasette", reason="the serve extra is not installed")
    db = str(tmp_path / "q.db")
    assert run("ingest", "--quiet", "--db", db, str(SAMPLE)).exit_code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--db", db, "--port", str(port))
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "another --port" in result.stderr


def test_the_markdown_export_writes_text_not_markup(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    line = '{"id": "m", "text": "Jane Roe said \\"<script>alert(1)</script> is in the quote.\\""}\n'
    assert CliRunner().invoke(cli, ["ingest", "--quiet", "--db", db, "-"], input=line).exit_code == 0
    out = run("export", "--db", db, "--format", "markdown", "--fields", "quote").stdout
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_a_database_error_while_workers_run_is_one_line(tmp_path: Path) -> None:
    """A damaged database met by the writing process while --jobs workers
    extract: one line and exit 1, no traceback of the workers' shutdown."""
    import os
    import sqlite3

    def articles(prefix: str, name: str) -> Path:
        path = tmp_path / f"{prefix}.jsonl"
        path.write_text("".join(json.dumps({"id": f"{prefix}{i}", "text": "\n\n".join(
            f'"Quote {j} of article {i} is here," {name} said.' for j in range(8))}) + "\n" for i in range(1500)))
        return path

    db = tmp_path / "q.db"
    assert run("ingest", "--quiet", "--jobs", "1", "--db", str(db), str(articles("a", "Jane Roe"))).exit_code == 0
    sqlite3.connect(db).execute("pragma wal_checkpoint(truncate)")
    damaged = bytearray(db.read_bytes())
    damaged[4096:8192] = os.urandom(4096)
    db.write_bytes(bytes(damaged))
    done = subprocess.run([sys.executable, "-m", "quotes", "ingest", "--jobs", "2", "--db", str(db),
                           str(articles("b", "John Doe"))], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_suspect_and_flagged_speakers_lead_somewhere(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    lines = [
        {"id": "a", "text": 'Nurses spoke out. "We are tired," Another said.'},
        {"id": "b", "text": '"The harbour is full," said Ana Lima. "Boats wait," Lima said.'},
        {"id": "c", "text": '"We will rebuild," Teachers said on Monday.'},
        {"id": "d", "text": '"The vote was close," Okafor said.'},
    ]
    data = "".join(json.dumps(line) + "\n" for line in lines)
    assert CliRunner().invoke(cli, ["ingest", "--quiet", "--db", db, "-"], input=data).exit_code == 0
    suspect = {r["name"]: r["why"] for r in csv.DictReader(io.StringIO(
        run("speakers", "--db", db, "--suspect", "--format", "csv").stdout))}
    assert "Ana Lima" not in suspect
    assert suspect.get("Teachers") == "a noun for people"
    limited = run("speakers", "--db", db, "--limit", "1", "--format", "csv").stdout.splitlines()
    assert len(limited) == 2  # the header and one speaker
    flagged = [r["name"] for r in csv.DictReader(io.StringIO(run("speakers", "--db", db, "--flagged", "--format", "csv").stdout))]
    for name in flagged:
        result = run("speakers", "candidates", "--db", db, name)
        assert result.exit_code == 0 and (result.stdout or "no candidates for" in result.stderr)


def test_a_missing_extra_is_named(tmp_path: Path, monkeypatch) -> None:
    for name in [m for m in sys.modules if m.startswith("quotes.scale")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if the dask extra were not installed
    result = run("stage", str(SAMPLE), "--to", str(tmp_path / "S"))
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: the Dask pipeline needs pyarrow: pip install -e '.[dask]' in the quotes "
                                     "checkout, or 'quotes-db[dask]'")


def test_a_speaker_not_found_suggests_near_names(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    assert run("ingest", "--quiet", "--db", db, str(SAMPLE)).exit_code == 0
    result = run("speaker", "--db", db, "Michael Woo-Smithers")
    assert result.exit_code == 1 and "did you mean" in result.stderr and "Michelle Wu" in result.stderr


def test_a_quote_s_url_can_be_listed(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    line = '{"id": "u", "url": "https://news.example/a", "text": "\\"We are ready,\\" Ana Lima said."}\n'
    assert CliRunner().invoke(cli, ["ingest", "--quiet", "--db", db, "-"], input=line).exit_code == 0
    for command in ("list", "export"):
        out = run(command, "--db", db, "--format", "csv", "--fields", "quote,url").stdout
        assert out.splitlines() == ["quote,url", "We are ready,https://news.example/a"], command


def test_tables_fit_an_80_column_terminal(tmp_path: Path, monkeypatch) -> None:
    import quotes.cli.common as common
    import quotes.cli.database as database

    db = str(tmp_path / "q.db")
    assert run("ingest", "--quiet", "--db", db, str(SAMPLE)).exit_code == 0
    assert run("speakers", "rename", "--db", db, "ICE", "ICE agency").exit_code == 0
    for width in (80, 200):
        monkeypatch.setattr(common, "terminal_width", lambda stream, width=width: width)
        monkeypatch.setattr(database, "terminal_width", lambda stream, width=width: width)
        for command in (["speakers"], ["history"], ["list"]):
            lines = run(*command, "--db", db, "--format", "table").stdout.splitlines()
            assert lines and max(len(line) for line in lines) <= width, (command, width)
        speakers = run("speakers", "--db", db, "--format", "table").stdout
        assert " 12 " in speakers  # numbers are never cut


def test_reading_stdin_at_a_terminal_is_said_and_piped_input_is_not(tmp_path: Path) -> None:
    """'quotes ingest' typed without a path waits for stdin: at a terminal it
    says so (once, on stderr); fed by a pipe it says nothing."""
    import os
    import pty

    main, terminal = pty.openpty()
    try:
        run = subprocess.Popen([sys.executable, "-m", "quotes", "ingest", "--db", str(tmp_path / "t.db")],
                               stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        os.write(main, b'"We are ready," Ana Lima said.\n\x04')  # a line, then Ctrl-D
        out, err = run.communicate(timeout=60)
    finally:
        os.close(main)
        os.close(terminal)
    assert run.returncode == 0, err
    assert err.count("reading articles from stdin") == 1
    piped = subprocess.run([sys.executable, "-m", "quotes", "ingest", "--db", str(tmp_path / "p.db")],
                           input='"We are ready," Ana Lima said.\n', capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0 and "reading articles" not in piped.stderr and "1 quote" in piped.stderr
