"""Where -o writes: a regular file whole or not at all (a temporary file
renamed over it), and anything else (a device, a pipe, /dev/stdout) as it
is, never replaced by a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def test_a_link_to_stdout_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    assert CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(db), str(SAMPLE)]).exit_code == 0
    link = tmp_path / "mystdout"
    link.symlink_to("/proc/self/fd/1")  # what /dev/stdout is
    captured = tmp_path / "captured.csv"
    with captured.open("w") as out:
        done = subprocess.run([sys.executable, "-m", "quotes", "export", "--db", str(db), "--format", "csv", "-o", str(link)],
                              stdout=out, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    assert captured.read_text().startswith("id,article,")


def test_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", "-o", str(link), str(SAMPLE / "ice-boston-2025-03-25.txt")])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and Path(os.readlink(link)) == real
    assert real.read_text().startswith('{"article":"ice-boston-2025-03-25"')
