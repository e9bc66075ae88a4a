"""The output layer shared by every listing command."""

from __future__ import annotations

import io
import json

import pytest

from quotes.output import OutputOptions, write_rows

ROWS = [
    {"speaker": "Michelle Wu", "quote": "You belong here", "confidence": 0.9},
    {"speaker": None, "quote": "=HYPERLINK(\"x\")", "confidence": 0.2},
]


def render(rows, **options) -> str:
    out = io.StringIO()
    write_rows(iter(rows), out, OutputOptions(**options))
    return out.getvalue()


def test_jsonl() -> None:
    lines = render(ROWS, format="jsonl").splitlines()
    assert [json.loads(line) for line in lines] == ROWS


def test_json_is_one_array() -> None:
    assert json.loads(render(ROWS, format="json")) == ROWS
    assert json.loads(render([], format="json")) == []


def test_csv_makes_formula_cells_safe() -> None:
    assert render(ROWS, format="csv") == (
        "speaker,quote,confidence\n"
        "Michelle Wu,You belong here,0.9\n"
        ",\"'=HYPERLINK(\"\"x\"\")\",0.2\n"
    )


def test_tsv_escapes_tabs_and_newlines() -> None:
    rows = [{"a": "x\ty", "b": "line\nbreak"}]
    assert render(rows, format="tsv") == "a\tb\nx\\ty\tline\\nbreak\n"


def test_fields_and_no_headers() -> None:
    assert render(ROWS, format="csv", fields=["quote"], headers=False) == 'You belong here\n"\'=HYPERLINK(""x"")"\n'


def test_table_and_markdown() -> None:
    table = render(ROWS[:1], format="table", fields=["speaker", "quote"])
    assert table.splitlines()[0].split() == ["speaker", "quote"]
    assert "Michelle Wu" in table
    markdown = render([{"q": "a|b"}], format="markdown")
    assert markdown.splitlines() == ["| q    |", "|------|", "| a\\|b |"]


def test_table_cuts_long_cells() -> None:
    table = render([{"q": "x" * 50}], format="table", width=10)
    assert "xxxxxxxxx…" in table and "x" * 11 not in table


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "table", "markdown"])
def test_empty_input_writes_nothing_but_headers(fmt: str) -> None:
    assert render([], format=fmt, fields=["a"], headers=False) in ("", "\n")
