"""What a person sees in a terminal: tables that fit, readable cells,
no raw control characters, and counts that read as English."""

from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli
from quotes.ingest import IngestSummary
from quotes.output import OutputOptions, plural, write_rows

LONG = "We will keep building homes for every family that needs one, " * 4


def table(rows: list[dict], width: int | None) -> str:
    out = io.StringIO()
    write_rows(rows, out, OutputOptions(format="table", width=width))
    return out.getvalue()


def test_tables_fit_the_terminal_and_use_a_wide_one() -> None:
    rows = [{"id": 1, "speaker": "Michelle Wu", "quote": LONG, "confidence": 0.97}]
    narrow, wide = table(rows, 80), table(rows, 200)
    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert max(len(line) for line in wide.splitlines()) <= 200
    assert "…" in narrow and len(wide.splitlines()[2]) > len(narrow.splitlines()[2])
    assert "Michelle Wu" in narrow  # the longest column gives way, not the others
    assert LONG.strip() in table(rows, None)  # a file or a pipe gets everything


def test_cells_read_as_text() -> None:
    rows = [{"flagged": True, "other": False, "quote": 'First paragraph.\n\n"Second paragraph.', "none": None}]
    text = table(rows, 120)
    assert "yes" in text and "no" in text and "True" not in text
    assert "First paragraph. ¶ Second paragraph." in text and '\n"' not in text


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    rows = [{"quote": "\x1b[2J\x1b[31mred\x07 alert\r"}]
    text = table(rows, 120)
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "\\x1b[31mred" in text
    path = str(tmp_path / "c.db")
    data = json.dumps({"id": "c", "text": '"\x1b[31mWe are ready now\x1b[0m," Ana Lima said.'}) + "\n"
    assert CliRunner().invoke(cli, ["ingest", "--db", path, "-"], input=data).exit_code == 0
    shown = CliRunner().invoke(cli, ["show", "--db", path, "1", "--format", "text"])
    assert shown.exit_code == 0 and "\x1b" not in shown.stdout and "\\x1b[31m" in shown.stdout
    profile = CliRunner().invoke(cli, ["speaker", "--db", path, "Ana Lima", "--format", "text"])
    assert "1 quote)" in profile.stdout and ": 1 quote\n" in profile.stdout and "\x1b" not in profile.stdout


def test_counts_read_as_english() -> None:
    assert plural(1, "quote") == "1 quote" and plural(2, "quote") == "2 quotes"
    summary = IngestSummary(articles=1, quotes=1, new_speakers=1, merges=0)
    assert summary.line() == "1 article (0 unchanged, 0 replaced), 1 quote, 1 new speaker, 0 merges"
