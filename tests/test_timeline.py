"""`quotes timeline`: quotes per period, bars on a terminal, rows in a pipe."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ingest_sample

from quotes.cli import cli
from quotes.cli.timeline import bar, bar_lines
from quotes.timeline import fill_gaps


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_sample(tmp_path_factory.mktemp("timeline"))


@pytest.mark.parametrize(
    ("counts", "by", "expected"),
    [
        ({"2024-11": 3, "2025-02": 1}, "month", [("2024-11", 3), ("2024-12", 0), ("2025-01", 0), ("2025-02", 1)]),
        ({"2019": 2, "2021": 5}, "year", [("2019", 2), ("2020", 0), ("2021", 5)]),
        ({"2024-W52": 1, "2025-W01": 2}, "week", [("2024-W52", 1), ("2024-W53", 0), ("2025-W00", 0), ("2025-W01", 2)]),
        ({}, "month", []),
    ],
)
def test_every_period_between_the_first_and_the_last(counts: dict, by: str, expected: list) -> None:
    assert fill_gaps(counts, by) == expected


def test_rows_in_a_pipe_in_any_format(db: str) -> None:
    result = run("timeline", "--db", db, "--format", "csv")
    assert result.exit_code == 0
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["period", "quotes"], ["2025-03", "19"], ["2025-04", "22"], ["2025-05", "11"], ["2025-06", "11"]]
    rows = [json.loads(line) for line in run("timeline", "--db", db).stdout.splitlines()]  # jsonl in a pipe
    assert sum(r["quotes"] for r in rows) == 63


def test_one_speaker_by_year_and_by_week(db: str) -> None:
    years = [json.loads(line) for line in run("timeline", "--db", db, "--speaker", "wu", "--by", "year").stdout.splitlines()]
    assert years == [{"period": "2025", "quotes": 12}]
    weeks = [json.loads(line) for line in run("timeline", "--db", db, "--by", "week").stdout.splitlines()]
    assert weeks[0]["period"] == "2025-W12" and sum(w["quotes"] for w in weeks) == 63
    assert len(weeks) == 12  # March 25 to June 12, empty weeks included


def test_an_unknown_speaker_is_a_one_line_error(db: str) -> None:
    result = run("timeline", "--db", db, "--speaker", "Nobody Atall")
    assert result.exit_code == 1 and result.stderr.count("\n") == 1


def test_undated_quotes_are_counted_in_a_note(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "x", "text": '"We are ready," said Ana Lima.'}) + "\n")
    assert run("ingest", "--db", db, str(source)).exit_code == 0
    result = run("timeline", "--db", db, "--format", "csv")
    assert result.stdout == "period,quotes\n" and result.stderr == "1 quote from undated articles not shown\n"


@pytest.mark.parametrize(("count", "most", "width", "expected"), [
    (10, 10, 4, "████"), (5, 10, 4, "██"), (1, 16, 4, "▎"), (1, 8, 4, "▌"), (0, 10, 4, ""), (3, 0, 4, ""),
])
def test_bars_in_eighths_of_a_column(count: int, most: int, width: int, expected: str) -> None:
    assert bar(count, most, width) == expected


def test_bar_lines_fit_the_terminal() -> None:
    lines = bar_lines([("2025-03", 18), ("2025-04", 1_200), ("2025-05", 0)], columns=40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[1] == "2025-04 1,200 " + "█" * 25 and lines[2] == "2025-05     0"
