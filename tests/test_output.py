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


@pytest.mark.parametrize("fmt", ["markdown", "table"])
def test_aligned_formats_stream_past_their_first_rows(fmt: str) -> None:
    """A table of many rows is laid out from its first rows and streams the
    rest: when the first line is written, no more than those were read."""
    pulled = 0

    def rows():
        nonlocal pulled
        for i in range(2500):
            pulled += 1
            yield {"id": i, "quote": f"quote {i}", "speaker": "Ana Lima"}

    class Out(io.StringIO):
        first_write_after: int | None = None

        def write(self, text: str) -> int:
            if self.first_write_after is None:
                self.first_write_after = pulled
            return super().write(text)

    out = Out()
    assert write_rows(rows(), out, OutputOptions(format=fmt)) == 2500
    assert out.first_write_after is not None and out.first_write_after <= 1001
    lines = out.getvalue().splitlines()
    assert len(lines) == 2502 and "quote 2499" in lines[-1] and "2499" in lines[-1]
