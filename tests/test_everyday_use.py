"""Mistakes and habits of everyday use: a pipe closed early, a rename onto
a name that is taken, absurd worker counts."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

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
