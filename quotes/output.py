"""One output layer for every listing: table, csv, tsv, json, jsonl, markdown.

Rows are dicts that arrive as an iterator; the line formats (jsonl, csv,
tsv, json) write each row as it comes, so output streams. Only the aligned
formats (table, markdown) must see all rows before the first line.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

# Spreadsheets run a cell that begins with one of these as a formula. A
# cell that begins with the guarding apostrophe itself is guarded too, so
# that the guard can always be taken off again (``read_cell``).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


@dataclass
class RowStream:
    """Rows as tuples in the order of ``fields``: the fast path for large
    exports, where building a dict for each of a million rows would cost more
    than writing it."""

    fields: list[str]
    rows: Iterable[tuple[Any, ...]]

    def dicts(self) -> Iterator[dict[str, Any]]:
        fields = self.fields
        for row in self.rows:
            yield dict(zip(fields, row))


@dataclass(frozen=True)
class OutputOptions:
    format: str = "jsonl"
    fields: Sequence[str] | None = None  # None: every field of the first row
    headers: bool = True
    width: int | None = None  # a table is fitted to this many columns (the terminal's)


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will show, not evaluate."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def read_cell(text: str) -> str:
    """The value a CSV or TSV cell written by ``safe_cell`` stood for."""
    return text[1:] if text.startswith("'") else text


class _UnixLines:
    """Hands csv.writer's rows on with "\n" line ends. The writer is made
    with "\r\n" because it quotes a field only for the characters of its
    line terminator: with "\n" alone, a field holding "\r" goes out bare
    and splits the record for every CSV reader."""

    def __init__(self, out: TextIO) -> None:
        self.write_to = out.write

    def write(self, text: str) -> None:
        self.write_to(text[:-2] + "\n")


def csv_writer(out: TextIO) -> Any:
    """A csv.writer whose fields with line breaks of any kind are quoted."""
    return csv.writer(_UnixLines(out), lineterminator="\r\n")


class _LineBuffer:
    """A one-line file for csv.writer."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text = text


_LINE = _LineBuffer()
_LINE_WRITER = csv.writer(_LINE, lineterminator="\r\n")


def csv_line(values: Iterable[Any]) -> str:
    """One CSV row as text (no line end), spreadsheet-safe like every cell
    ``write_rows`` writes as CSV; fields with line breaks are quoted."""
    _LINE_WRITER.writerow([safe_cell(v) for v in values])
    return _LINE.text[:-2]


def _tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(safe_cell(value))
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


# A quote reopened on each paragraph shows as one line: the paragraph break
# and the reopening mark become a pilcrow.
_PARAGRAPH_REOPENED = re.compile(r"\s*\n\s*[\"“«„]?")
# Control characters (escape sequences among them) never reach a terminal raw.
# (\x02 and \x03 stand for the start and end of a search match, which the
# search command turns into colours or nothing.)
_CONTROL = re.compile(r"[\x00\x01\x04-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text safe to show on a terminal: control characters as visible
    escapes (ESC as "\\x1b"), so that data can never move the cursor or
    change colours."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 quote', '2 quotes', '1 new speaker'."""
    return f"{count} {word if count == 1 else many or word + 's'}"


class Styled(str):
    """A cell already made printable that carries colour codes of its own
    (search hits): laid out as it is, its codes taking no width."""


def marked(text: str, start: str, end: str, marks: tuple[str, str]) -> Styled:
    """``text`` as a table cell, its ``marks`` (the search's match markers)
    turned into ``start`` and ``end`` (colour codes, or nothing)."""
    return Styled(_one_line(text).replace(marks[0], start).replace(marks[1], end))


def _one_line(text: str) -> str:
    return printable(" ".join(_PARAGRAPH_REOPENED.sub(" ¶ ", text.strip()).split()))


def _table_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Styled):
        return value
    if isinstance(value, str):
        return _one_line(value)
    return str(value)


_SHRINK_FIRST = frozenset(("aliases", "quote", "reason", "title", "role", "alias", "context", "text"))


_ANSI_RE = re.compile(r"\x1b\[[0-9;]*m")


def visible_len(cell: str) -> int:
    """A cell's width on a terminal: its colour codes take none."""
    return len(_ANSI_RE.sub("", cell)) if "\x1b" in cell else len(cell)


def _cut(cell: str, width: int) -> str:
    """A cell cut to ``width`` columns with "…", its colour codes kept whole
    and a colour open at the cut closed (not bleeding into the next column).
    A coloured word (a search hit) that the cut would lose is kept: the cell
    is then cut at its start too ("…around the hit…")."""
    if "\x1b" not in cell:
        return cell[: width - 1] + "…"
    parts = _ANSI_RE.split(cell)  # text, code, text, code, ..., text
    codes = _ANSI_RE.findall(cell)
    hit_end = None  # the visible position where the first coloured word ends
    seen = 0
    for k, code in enumerate(codes):
        seen += len(parts[k])
        if code == "\x1b[0m" and hit_end is None and k > 0:
            hit_end = seen
    lo = 0
    if hit_end is not None and hit_end > width - 1:
        lo = hit_end - (width - 2)  # room for "…" at both ends
    hi = lo + width - (2 if lo else 1)
    out = ["…"] if lo else []
    colour, seen = "", 0
    for k, text in enumerate(parts):
        shown = text[max(0, lo - seen) : max(0, hi - seen)]
        if shown and colour and not out[-1:] == [colour] and seen < lo:
            out.append(colour)  # the window opens inside a coloured word
        out.append(shown)
        seen += len(text)
        if k < len(codes):
            colour = "" if codes[k] == "\x1b[0m" else codes[k]
            if lo <= seen <= hi:
                out.append(codes[k])
    if colour:
        out.append("\x1b[0m")
    return "".join(out) + "…"


def _fit(table: list[list[str]], headers: Sequence[str], width: int | None) -> list[list[str]]:
    """Cut the widest columns (with "…") until the table fits ``width``
    terminal columns; no cutting without a width (a file, a pipe)."""
    if not width or not table:
        return table
    ncols = len(table[0])
    # (Laid out without tabulate's padding, see _tabulate: a column is as
    # wide as its header.)
    head = [len(headers[k]) if k < len(headers) else 0 for k in range(ncols)]
    widths = [max([head[k]] + [visible_len(row[k]) for row in table]) for k in range(ncols)]
    room = width - 2 * (ncols - 1)  # two spaces between columns
    floor = [max(6, head[k]) if any(visible_len(row[k]) > 6 for row in table)
             else max(head[k], max(visible_len(row[k]) for row in table))
             for k in range(ncols)]  # (a short column, numbers say, is never cut)
    # The long text columns give way first (aliases, a quote, a reason),
    # then the widest of the rest; a short column, numbers say, never.
    first = [k for k in range(ncols) if k < len(headers) and headers[k] in _SHRINK_FIRST]
    while sum(widths) > room:
        shrinkable = [k for k in first if widths[k] > floor[k]] or list(range(ncols))
        k = max(shrinkable, key=lambda i: widths[i] - floor[i])
        if widths[k] <= floor[k]:
            break  # nothing left to cut: the terminal is narrower than the headers
        widths[k] = max(floor[k], widths[k] - (sum(widths) - room))
    return [[cell if visible_len(cell) <= widths[k] else _cut(cell, widths[k]) for k, cell in enumerate(row)] for row in table]


_FORMULA_SET = frozenset(_FORMULA_STARTS)


def _write_stream(stream: RowStream, out: TextIO, options: OutputOptions) -> int | None:
    """CSV, TSV and JSON lines straight from tuples; None for other cases."""
    fields = stream.fields
    if options.fields and list(options.fields) != fields:
        return None
    count = 0
    if options.format == "csv":
        writer = csv_writer(out)
        if options.headers:
            writer.writerow(fields)
        for row in stream.rows:
            writer.writerow(["'" + v if v.__class__ is str and v[:1] in _FORMULA_SET else v for v in row])
            count += 1
        return count
    if options.format == "tsv":
        if options.headers:
            out.write("\t".join(fields) + "\n")
        for row in stream.rows:
            out.write("\t".join(_tsv_cell(v) for v in row) + "\n")
            count += 1
        return count
    if options.format == "jsonl":
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        for row in stream.rows:
            out.write(dumps(dict(zip(fields, row))) + "\n")
            count += 1
        return count
    return None


# A writer: (rows, the fields to write, out, options) -> rows written.
Writer = Callable[[Iterable[dict[str, Any]], list[str], TextIO, OutputOptions], int]


def _write_jsonl(rows: Iterable[dict[str, Any]], fields: list[str], out: TextIO, options: OutputOptions) -> int:
    count = 0
    for row in rows:
        # Compact, as SQLite's json_object() writes the exported lines.
        out.write(json.dumps({f: row.get(f) for f in fields}, ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def _write_json(rows: Iterable[dict[str, Any]], fields: list[str], out: TextIO, options: OutputOptions) -> int:
    count = 0
    out.write("[")
    for row in rows:
        out.write(("\n  " if count == 0 else ",\n  ") + json.dumps({f: row.get(f) for f in fields}, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_csv(rows: Iterable[dict[str, Any]], fields: list[str], out: TextIO, options: OutputOptions) -> int:
    count = 0
    writer = csv_writer(out)
    if options.headers and fields:
        writer.writerow(fields)
    for row in rows:
        writer.writerow(["" if row.get(f) is None else safe_cell(row.get(f)) for f in fields])
        count += 1
    return count


def _write_tsv(rows: Iterable[dict[str, Any]], fields: list[str], out: TextIO, options: OutputOptions) -> int:
    count = 0
    if options.headers and fields:
        out.write("\t".join(fields) + "\n")
    for row in rows:
        out.write("\t".join(_tsv_cell(row.get(f)) for f in fields) + "\n")
        count += 1
    return count


def _markdown_cell(value: Any) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


# Rows an aligned table is laid out from: the rest stream in its columns,
# so that a table of a million rows holds no more than these in memory.
_ALIGN_ROWS = 1000


def _tabulate(block: list[list[str]], headers: Sequence[str], fmt: str, width: int | None) -> str:
    """tabulate's table; on a terminal (``width``) without the two columns
    of padding it gives each header, so that the widths ``_fit`` chose hold."""
    import tabulate as tabulate_module

    padding = tabulate_module.MIN_PADDING
    if width and fmt == "table":
        tabulate_module.MIN_PADDING = 0
    try:
        return tabulate_module.tabulate(block, headers=headers, tablefmt="simple" if fmt == "table" else "github",
                                        disable_numparse=True)
    finally:
        tabulate_module.MIN_PADDING = padding


def _write_aligned(rows: Iterable[dict[str, Any]], fields: list[str], out: TextIO, options: OutputOptions) -> int:
    """table and markdown: laid out from the first rows (all of them, for
    most listings), the rest streamed in those columns."""
    fmt = options.format
    iterator = iter(rows)
    block = [[_table_cell(row.get(f)) for f in fields] for row in itertools.islice(iterator, _ALIGN_ROWS)]
    count = len(block)
    headers = fields if options.headers else ()
    if fmt == "table":
        block = _fit(block, headers, options.width)
    if fmt == "markdown":
        # A cell is text, never markup: a quote holding "<script>" must
        # not run in whatever renders the Markdown.
        block = [[_markdown_cell(c) for c in r] for r in block]
    more = next(iterator, None)
    if more is None or not headers:
        if more is not None:
            block.append([_table_cell(more.get(f)) for f in fields])
            block += ([_table_cell(row.get(f)) for f in fields] for row in iterator)  # (headerless: all laid out)
            count = len(block)
        if block or headers:
            out.write(_tabulate(block, headers, fmt, options.width) + "\n")
        return count
    text = _tabulate(block, headers, fmt, options.width)
    out.write(text + "\n")
    rule = text.split("\n", 2)[1]  # the line under the headers gives each column's width
    if fmt == "table":
        widths = [len(part) for part in rule.split("  ")]
    else:
        widths = [len(part) - 2 for part in rule.strip("|").split("|")]
    for row in itertools.chain([more], iterator):
        cells = [_table_cell(row.get(f)) for f in fields]
        if fmt == "table":
            if options.width:  # a terminal: cut to the columns; a file or a pipe keeps every character
                cells = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(cells, widths)]
            out.write("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() + "\n")
        else:
            out.write("| " + " | ".join(_markdown_cell(c).ljust(w) for c, w in zip(cells, widths)) + " |\n")
        count += 1
    return count


# The output formats, declared once: each format's writer.
WRITERS: dict[str, Writer] = {
    "table": _write_aligned,
    "csv": _write_csv,
    "tsv": _write_tsv,
    "json": _write_json,
    "jsonl": _write_jsonl,
    "markdown": _write_aligned,
}


def write_rows(rows: Iterable[dict[str, Any]] | RowStream, out: TextIO, options: OutputOptions) -> int:
    """Write rows in the chosen format; returns how many were written."""
    if isinstance(rows, RowStream):
        written = _write_stream(rows, out, options)
        if written is not None:
            return written
        rows = rows.dicts()
    writer = WRITERS.get(options.format)
    if writer is None:
        raise ValueError(f"unknown format {options.format!r}")
    iterator: Iterator[dict[str, Any]] = iter(rows)
    first = next(iterator, None)
    fields = list(options.fields) if options.fields else (list(first) if first is not None else [])

    def all_rows() -> Iterator[dict[str, Any]]:
        if first is not None:
            yield first
            yield from iterator

    return writer(all_rows(), fields, out, options)


FORMATS = tuple(WRITERS)
