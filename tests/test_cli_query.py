"""The query commands through CliRunner, with exact outputs and error paths."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from click.testing import CliRunner

from quotes import output, query
from quotes.output import OutputOptions, write_rows
from quotes.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("query") / "q.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", path, str(SAMPLE)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def jsonl(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_list_by_fuzzy_speaker(db: str) -> None:
    rows = jsonl(run("list", "--db", db, "--speaker", "michele wu", "--format", "jsonl", "--fields", "date,quote"))
    assert len(rows) == 12
    assert rows[0] == {
        "date": "2025-03-25",
        "quote": "No one tells Boston how to take care of our own, not kings, and not presidents who think they are kings. Boston was born facing down bullies",
    }
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_list_filters_combine(db: str) -> None:
    rows = jsonl(
        run("list", "--db", db, "--since", "2025-04", "--until", "2025-05", "--kind", "direct", "--min-confidence", "0.9",
            "--source", "commonwealth wire", "--format", "jsonl", "--fields", "date,speaker,quote")
    )
    assert rows and all("2025-04" <= r["date"] <= "2025-05-31" for r in rows)
    assert {r["speaker"] for r in rows} <= {"Patricia H. Hyde", "Maria Reyes", "Anita Kapoor", "Michelle Wu"}


def test_list_article_search_sort_limit(db: str) -> None:
    rows = jsonl(run("list", "--db", db, "--article", "ice-boston-2025-03-25", "--sort", "-confidence", "--limit", "2",
                     "--format", "jsonl", "--fields", "confidence"))
    every = jsonl(run("list", "--db", db, "--article", "ice-boston-2025-03-25", "--format", "jsonl", "--fields", "confidence"))
    assert [r["confidence"] for r in rows] == sorted((r["confidence"] for r in every), reverse=True)[:2]
    rows = jsonl(run("list", "--db", db, "--search", "bullies", "--format", "jsonl", "--fields", "speaker"))
    assert rows == [{"speaker": "Michelle Wu"}]


def test_list_csv_exact(db: str) -> None:
    result = run("list", "--db", db, "--speaker", "Frank DeLuca", "--format", "csv", "--fields", "speaker,quote,cue")
    assert result.stdout == (
        "speaker,quote,cue\n"
        "Frank DeLuca,a welcome mat for criminals,called\n"
        "Frank DeLuca,The mayor keeps saying trust,said\n"
        "Frank DeLuca,but trust runs both ways.,said\n"
    )


def test_empty_result_is_success(db: str) -> None:
    result = run("list", "--db", db, "--since", "2030-01-01", "--format", "csv", "--fields", "speaker,quote")
    assert (result.exit_code, result.stdout) == (0, "speaker,quote\n")  # a header, no rows
    result = run("list", "--db", db, "--since", "2030-01-01", "--format", "jsonl")
    assert (result.exit_code, result.stdout) == (0, "")


def test_unknown_and_ambiguous_speaker(db: str) -> None:
    result = run("list", "--db", db, "--speaker", "Zelda Quartermaine")
    assert (result.exit_code, result.stderr) == (1, "Error: no speaker matches 'Zelda Quartermaine'\n")
    result = run("list", "--db", db, "--speaker", "Reyes")
    assert result.exit_code == 1
    assert result.stderr == "Error: 'Reyes' matches several speakers (8: Maria Reyes; 11: Daniel Reyes); use the id\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--since", "March"], "Invalid value for --since: 'March' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"),
        (["--since", "2025-13"], "Invalid value for --since: '2025-13' is not a date"),
        (["--until", "2025-02-30"], "Invalid value for --until: '2025-02-30' is not a date"),
        (["--since", "2025-00-10"], "Invalid value for --since: '2025-00-10' is not a date"),
        (["--since", "2025-06", "--until", "2025-04"], "--since 2025-06 is after --until 2025-04"),
        (["--no-headers", "--format", "jsonl"], "--no-headers has no meaning with --format jsonl (it has no header row)"),
        (["--fields", "quote,colour"], "Invalid value for --fields: unknown field 'colour'"),
    ],
)
def test_usage_errors_exit_2(db: str, args: list[str], message: str) -> None:
    result = run("list", "--db", db, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_search_ranked_and_plain_when_piped(db: str) -> None:
    rows = jsonl(run("search", "--db", db, "safer place", "--format", "jsonl"))
    assert [r["speaker"] for r in rows] == ["Patricia H. Hyde", "Patricia H. Hyde"]
    assert rows[0]["score"] >= rows[1]["score"]
    assert "\x02" not in json.dumps(rows) and "\x1b" not in json.dumps(rows)
    table = run("search", "--db", db, "bullies", "--format", "table")
    assert "\x1b[" not in table.stdout  # CliRunner's stdout is not a terminal: no colours
    assert "Boston was born facing down bullies" in table.stdout


def test_search_says_when_nothing_matches_and_when_more_do(db: str) -> None:
    none = run("search", "--db", db, "zebrafish")
    assert none.exit_code == 0 and none.stdout == "" and "no quotes match 'zebrafish'" in none.stderr
    two = run("search", "--db", db, "police", "--limit", "2", "--format", "jsonl")
    assert len(jsonl(two)) == 2
    total = len(jsonl(run("search", "--db", db, "police", "--limit", "1000", "--format", "jsonl")))
    assert total > 2 and f"2 of {total}; --limit N to see more" in two.stderr
    every = run("search", "--db", db, "police", "--limit", str(total), "--format", "jsonl")
    assert "--limit N" not in every.stderr


def test_coloured_hits_keep_the_columns_and_no_color_is_honoured(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.cli import database

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert database._colour_wanted(Terminal())
    cell = database._coloured(f"the {query.MARK_START}police{query.MARK_END}\x1b[2J", True)
    assert cell == "the \x1b[1;33mpolice\x1b[0m\\x1b[2J"  # the data's own escape shown, not obeyed
    rows = [{"quote": cell, "n": 1}, {"quote": "plain words here, a good many of them", "n": 22}]
    for width in (None, 24):  # laid out whole, and cut to fit a narrow terminal
        out = io.StringIO()
        write_rows(rows, out, OutputOptions(format="table", fields=["quote", "n"], width=width))
        shown = [output._ANSI_RE.sub("", line) for line in out.getvalue().splitlines()]
        starts = {line.rstrip().rindex(" ") + 1 for line in shown}  # where the last column begins
        assert len(starts) == 1, shown  # colour codes take no width: the rows line up
        assert out.getvalue().count("\x1b[1;33m") == out.getvalue().count("\x1b[0m")  # a colour cut is closed
    late = database._coloured(f"a long run of words before the {query.MARK_START}harbour{query.MARK_END} at last", True)
    cut = output._cut(late, 20)
    assert output.visible_len(cut) == 20 and "\x1b[1;33mharbour\x1b[0m" in cut  # the hit is never cut away
    assert cut.startswith("…") and cut.endswith("…")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not database._colour_wanted(Terminal())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert not database._colour_wanted(Terminal())


def test_search_syntax_error(db: str) -> None:
    result = run("search", "--db", db, "--fts", '"unbalanced')
    assert result.exit_code == 1 and result.stderr.startswith("Error: bad search query")


@pytest.mark.parametrize("words", ["well-connected", "Bloomberg's", "U.S.", '"unbalanced', "NOT", "a:b"])
def test_plain_words_are_searched_as_words(db: str, words: str) -> None:
    result = run("search", "--db", db, words, "--format", "jsonl")
    assert result.exit_code == 0, result.output


def test_search_finds_hyphenated_and_dotted_words(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    data = json.dumps({"id": "a", "text": '"The U.S. plan is well-connected to the city," Ana Lima said.'}) + "\n"
    assert CliRunner().invoke(cli, ["ingest", "--db", path, "-"], input=data).exit_code == 0
    for words in ("U.S.", "well-connected", "u.s. plan"):
        rows = jsonl(run("search", "--db", path, words, "--format", "jsonl"))
        assert [r["speaker"] for r in rows] == ["Ana Lima"], words


def test_highlights_are_capped() -> None:
    text = " ".join(["word"] * 40_000)
    marked = query.highlight(text, ["word"])
    assert marked.count(query.MARK_START) == query.MAX_HITS and len(marked) < 200


def test_speakers_filters(db: str) -> None:
    rows = jsonl(run("speakers", "--db", db, "--min-quotes", "6", "--kind", "person", "--sort", "name", "--format", "jsonl",
                     "--fields", "name,quotes"))
    assert rows == [
        {"name": "Daniel Reyes", "quotes": 7},
        {"name": "Maria Reyes", "quotes": 6},
        {"name": "Michelle Wu", "quotes": 12},
        {"name": "Patricia H. Hyde", "quotes": 7},
        {"name": "Thomas J. Brennan", "quotes": 6},
    ]


def test_speaker_profile(db: str) -> None:
    result = run("speaker", "--db", db, "Hyde", "--format", "json", "--quotes", "2")
    profile = json.loads(result.stdout)
    assert profile["name"] == "Patricia H. Hyde" and profile["quote_count"] == 7
    assert {a["alias"] for a in profile["aliases"]} == {"Patricia H. Hyde", "Patricia Hyde", "Hyde", "Patrica Hyde"}
    assert profile["roles"][0] == {
        "role": "ICE Enforcement and Removal Operations Boston acting Field Office Director",
        "first_seen": "2025-03-25", "last_seen": "2025-03-25", "articles": 1,
    }
    assert [a["article"] for a in profile["articles"]] == [
        "ice-boston-2025-03-25", "hyde-followup-2025-04-15", "brennan-ice-2025-06-12",
    ]
    assert len(profile["quotes"]) == 2
    text = run("speaker", "--db", db, "Hyde", "--format", "text").stdout
    assert text.splitlines()[0] == "Patricia H. Hyde (person, id 3): 7 quotes"


def test_show_has_article_and_paragraph(db: str) -> None:
    quote_id = jsonl(run("list", "--db", db, "--search", "bullies", "--format", "jsonl", "--fields", "id"))[0]["id"]
    record = json.loads(run("show", "--db", db, str(quote_id)).stdout)
    assert record["speaker"] == "Michelle Wu" and record["speaker_mention"] == "she"
    assert record["article"] == "ice-boston-2025-03-25" and record["date"] == "2025-03-25"
    assert record["context"].startswith('"No one tells Boston') and record["context"].endswith('she said.')
    text = run("show", "--db", db, str(quote_id), "--format", "text").stdout
    assert text.splitlines()[0] == f"[{quote_id}] Michelle Wu, Boston’s Democratic Mayor"
    missing = run("show", "--db", db, "99999")
    assert (missing.exit_code, missing.stderr) == (1, "Error: no quote with id 99999\n")


def test_articles_and_stats(db: str) -> None:
    rows = jsonl(run("articles", "--db", db, "--format", "jsonl", "--fields", "id,quotes"))
    assert rows[0] == {"id": "ice-boston-2025-03-25", "quotes": 9} and len(rows) == 9
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert (stats["articles"], stats["quotes"], stats["people"]) == (9, 63, 9)
    assert (stats["first_date"], stats["last_date"]) == ("2025-03-25", "2025-06-12")


def test_export_filters_and_formats(db: str) -> None:
    md = run("export", "--db", db, "--speaker", "Carol Whitfield", "--format", "markdown", "--fields", "speaker,quote")
    assert md.stdout.splitlines() == [
        "| speaker         | quote                                |",
        "|-----------------|--------------------------------------|",
        "| Carol Whitfield | spends money the state does not have |",
        "| Carol Whitfield | rubber-stamp                         |",
    ]
    tsv = run("export", "--db", db, "--speaker", "Carol Whitfield", "--format", "tsv", "--fields", "quote", "--no-headers")
    assert tsv.stdout == "spends money the state does not have\nrubber-stamp\n"


def test_export_makes_formula_cells_safe(tmp_path: Path) -> None:
    path = str(tmp_path / "f.db")
    article = json.dumps({"id": "f", "text": '"=SUM(A1:A9) is what he typed," said Ted Cruz.'})
    assert CliRunner().invoke(cli, ["ingest", "--db", path, "-"], input=article + "\n").exit_code == 0
    out = run("export", "--db", path, "--format", "csv", "--fields", "quote").stdout
    assert out.splitlines()[1] == "'=SUM(A1:A9) is what he typed"


def test_global_quiet(tmp_path: Path) -> None:
    result = run("--quiet", "ingest", "--db", str(tmp_path / "q.db"), str(SAMPLE))
    assert (result.exit_code, result.stderr) == (0, "")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_scripts(shell: str) -> None:
    env = {**os.environ, "_QUOTES_COMPLETE": f"{shell}_source"}
    result = subprocess.run([sys.executable, "-m", "quotes"], env=env, capture_output=True, text=True)
    assert result.returncode == 0 and "_QUOTES_COMPLETE" in result.stdout


@given(st.text(alphabet="ab ", max_size=30), st.text(alphabet="xy", min_size=1, max_size=12),
       st.text(alphabet="ab ", max_size=30), st.integers(min_value=3, max_value=60))
def test_a_cut_coloured_cell_is_as_wide_as_asked_and_closes_its_colour(before: str, hit: str, after: str, width: int) -> None:
    from quotes.cli import database

    cell = database._coloured(f"{before}{query.MARK_START}{hit}{query.MARK_END}{after}", True)
    if output.visible_len(cell) <= width:
        return  # (not cut)
    cut = output._cut(cell, width)
    assert output.visible_len(cut) == width
    assert cut.count("\x1b[1;33m") == cut.count("\x1b[0m") <= 1
    if len(hit) <= width - 2:
        assert hit in output._ANSI_RE.sub("", cut)
