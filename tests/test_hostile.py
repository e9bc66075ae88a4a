"""Never a traceback: hostile inputs and arguments get one line and the
right exit code, and the database stays sound."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import ingest_sample
from hypothesis import HealthCheck, given, settings, strategies as st

from quotes.articles import parse_text_article
from quotes.cli import cli
from quotes.extract import extract

BIG = "99999999999999999999999"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def one_line_error(result, code: int = 1) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_sample(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "a", "text": "\\ud800 said"}', "'text' holds a lone surrogate"),
        ('{"id": "\\ud800", "text": "x"}', "'id' holds a lone surrogate"),
        ("[" * 100_000, "JSON nested too deeply"),
        ('{"id": ' + "9" * 5000 + ', "text": "x"}', "a number too long to read"),
    ],
)
def test_hostile_json_lines(tmp_path: Path, line: str, message: str) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(line + "\n" + json.dumps({"id": "ok", "text": '"We are ready," Ana Lima said.'}) + "\n")
    error = one_line_error(run("extract", str(source)))
    assert error.startswith(f"Error: {source}:1: ") and message in error
    skipped = run("extract", "--skip-bad", str(source))
    assert skipped.exit_code == 0 and "Traceback" not in skipped.output
    assert json.loads(skipped.stdout)["speaker"] == "Ana Lima"  # the good line still counts


@pytest.mark.parametrize(
    "args, code",
    [
        (["show", BIG], 2),
        (["undo", BIG], 2),
        (["list", "--speaker", BIG], 1),
        (["speakers", "merge", BIG, "1"], 1),
        (["speakers", "review", "--confirm", BIG], 2),
    ],
)
def test_ids_beyond_sqlite_integers(db: str, args: list[str], code: int) -> None:
    command, *rest = args
    if command == "speakers":
        result = run("speakers", rest[0], "--db", db, *rest[1:])
    else:
        result = run(command, "--db", db, *rest)
    one_line_error(result, code)


def test_a_full_disk_is_an_error_and_leaves_no_file(db: str, tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    error = one_line_error(run("export", "--db", db, "-o", "/dev/full"))
    assert "No space left on device" in error
    assert Path("/dev/full").is_char_device()  # written to, never renamed over


def test_utf16_files_with_a_bom_are_read(tmp_path: Path) -> None:
    article = tmp_path / "win.txt"
    article.write_bytes('"We will build it," Ana Lima said.'.encode("utf-16"))
    lines = tmp_path / "win.jsonl"
    lines.write_bytes((json.dumps({"id": "w", "text": '"Yes," Ana Lima said.'}) + "\n").encode("utf-16"))
    result = run("extract", str(article), str(lines))
    assert result.exit_code == 0, result.output
    assert [json.loads(r)["speaker"] for r in result.stdout.splitlines()] == ["Ana Lima", "Ana Lima"]


def test_a_fifo_in_a_folder_is_skipped_not_waited_for(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    (tmp_path / "in" / "a.txt").write_text('"We will build it," Ana Lima said.\n')
    result = run("extract", str(tmp_path / "in"))
    assert result.exit_code == 0 and "not a regular file" in result.stderr
    assert json.loads(result.stdout)["speaker"] == "Ana Lima"


def test_a_file_name_that_is_not_utf8_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"r\xe9sum\xe9.txt")
    (folder / name).write_text('"We will build it," Ana Lima said.\n')
    path = str(tmp_path / "q.db")
    result = run("ingest", "--db", path, str(folder))
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(r) for r in run("articles", "--db", path).stdout.splitlines()]
    assert row["id"] == "r\ufffdsum\ufffd"


# ---------------------------------------------------------------- fuzzing

_VALUES = ["", "-", "0", "1", BIG, "-1", "2025-13", "2025-02-30", "x" * 300, "\x00", "'", '"', "Wu", "michele wu",
           "csv", "json", "table", "speaker,quote", "nope", "\u202e", "a,b,,c"]
_COMMANDS = {
    "list": ["--speaker", "--article", "--since", "--until", "--kind", "--source", "--min-confidence", "--search",
             "--limit", "--sort", "--format", "--fields", "--no-headers", "--fts"],
    "export": ["--speaker", "--since", "--format", "--fields", "--no-headers", "--limit", "--sort", "--search"],
    "search": ["--limit", "--format", "--fields", "--fts", "--no-headers"],
    "speakers": ["--min-quotes", "--kind", "--sort", "--format", "--fields", "--no-headers"],
    "speaker": ["--quotes", "--format"],
    "show": ["--format"],
    "articles": ["--limit", "--format", "--fields"],
    "stats": ["--format"],
    "history": ["--limit", "--format"],
    "undo": [],
    "extract": ["--format", "--encoding-errors", "--skip-bad", "--input-format", "--text-column", "--max-chars"],
    "ingest": ["--replace", "--skip-bad", "--batch-size", "--encoding-errors", "--input-format", "--id-column",
               "--date-column", "--max-chars"],
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(_COMMANDS)))
    args = [command]
    for _ in range(draw(st.integers(0, 4))):
        option = draw(st.sampled_from(_COMMANDS[command] or ["--help"]))
        args.append(option)
        if draw(st.booleans()):
            args.append(draw(st.sampled_from(_VALUES)))
    if draw(st.booleans()):
        args.append(draw(st.sampled_from(_VALUES)))
    return args


_HOSTILE_FILES = [
    b"", b"\x00\x01\x02binary", b"\xff\xfe\x00\xd8", b'{"id": 1, "text": "\\"a,\\" b said"}\n{oops\n',
    b'"' * 5000, b"Date " + b" " * 20000 + b"\n\nbody", "\u201c\u201d\u00ab\u00bb".encode() * 2000,
    b"\xc3\x28 invalid utf8", b"[" * 50000, b"\x1f\x8b\x08\x00 truncated gzip", b"WARC/1.0\r\nbroken\r\n\r\n",
    b"<!DOCTYPE html><html><body><p>\"Hi,\" she said.</p>", b'text,id\n"unclosed,1\n', b"<html><head><title>",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=command_lines(), content=st.one_of(st.sampled_from(_HOSTILE_FILES), st.binary(max_size=300)),
       suffix=st.sampled_from([".txt", ".jsonl", ".md", ".csv", ".tsv", ".html", ".warc", ".jsonl.gz", ".csv.xz",
                               ".pdf", ""]))
def test_cli_fuzz(tmp_path_factory: pytest.TempPathFactory, db: str, args: list[str], content: bytes, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    copy = folder / "q.db"
    copy.write_bytes(Path(db).read_bytes())
    source = folder / f"input{suffix}"
    source.write_bytes(content)
    command = args[0]
    if command in ("extract", "ingest"):
        args = args + [str(source)]
    if command not in ("extract",):
        args = args + ["--db", str(copy)]
    result = run(*args)
    assert result.exit_code in (0, 1, 2), (args, result.output)
    assert "Traceback" not in result.output, (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# ---------------------------------------------------------------- linear time

_PIECES = [" ", "  ", '"', "“", "”", "'", "Ana ", "said ", ". ", ", ", "\n", "\n\n", "Date ", "of ", "The ", "(", ")",
           "Mr. ", "a", "-", "—", ":"]


def _seconds(function, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return best


@settings(max_examples=12, deadline=None)
@given(unit=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join))
def test_extraction_time_is_linear_in_the_text(unit: str) -> None:
    """Four times the text may take about four times as long, never sixteen
    (a quadratic step). A property over pathological repetitions."""
    small = unit * (20_000 // len(unit) + 1)
    large = small * 4
    for function in (extract, lambda t: parse_text_article(t, "x")):
        t_small, t_large = _seconds(function, small), _seconds(function, large)
        assert t_large <= 10 * t_small + 0.05, (repr(unit), t_small, t_large)


# Paragraphs that each bring new people or bodies and ask the resolver one
# look-up: an index read whole once a quote (as several once were) makes an
# article of them quadratic, which repeating one fixed piece cannot show.
_NAMED_PARAGRAPHS = [
    '{given} {surname} opened the meeting.\n\n"Costs are up," {other} said.\n\n',
    '{given} {surname} toured the mill.\n\n"We are on track," the governor said.\n\n',
    '{surname} Shipping said in a statement that it would expand.\n\n"Demand is strong," the statement said.\n\n',
    '{surname} Sound Records signed a band.\n\n"A fine deal," Sound said.\n\n',
    '{given} {surname} buried her brother, {other}, in June.\n\n"He loved the sea," {surname} said.\n\n',
    'The survey, run by the {surname} Institute, says rents will climb.\n\n"Expect more," it says.\n\n',
]


def _named_article(template: str, paragraphs: int, seed: int) -> str:
    rng = random.Random(seed)

    def word() -> str:
        return rng.choice("BDFGKLMNPRSTVZ") + "".join(rng.choice("aeioulnrst") for _ in range(6))

    return "".join(template.format(given=rng.choice(("Maria", "David", "Grace", "Samuel")), surname=word(), other=word())
                   for _ in range(paragraphs))


@settings(max_examples=6, deadline=None)
@given(template=st.sampled_from(_NAMED_PARAGRAPHS), seed=st.integers(0, 1000))
def test_resolution_time_is_linear_in_the_people(template: str, seed: int) -> None:
    """Four times the people and quotes may take about four times as long."""
    small = _named_article(template, 1000, seed)
    large = _named_article(template, 4000, seed)
    t_small, t_large = _seconds(extract, small), _seconds(extract, large)
    assert t_large <= 10 * t_small + 0.05, (template, t_small, t_large)
