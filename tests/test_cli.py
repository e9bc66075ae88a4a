"""The command line, through click's CliRunner, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import QUOTE_FIELDS, cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
ARTICLE = 'title: T\ndate: 2025-01-02\n\n"We are ready," Michelle Wu said.\n'


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_file_as_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "wu.txt"
    path.write_text(ARTICLE)
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert list(row) == list(QUOTE_FIELDS)
    assert row["article"] == "wu" and row["quote"] == "We are ready" and row["speaker"] == "Michelle Wu"
    assert (row["speaker_mention"], row["cue"], row["kind"]) == ("Michelle Wu", "said", "direct")


def test_extract_stdin_jsonl_keeps_given_ids(runner: CliRunner) -> None:
    data = json.dumps({"id": "a-1", "text": '"Hi there," said Ted Cruz.'}) + "\n"
    result = runner.invoke(cli, ["extract", "-"], input=data)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"] == "a-1"


def test_extract_stdin_default_when_no_path(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--format", "csv"], input='"Hi there," said Ted Cruz.')
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == ",".join(QUOTE_FIELDS)
    assert lines[1].split(",")[1:4] == ["Hi there", "1", "9"]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "table"])
def test_extract_formats_on_sample_data(runner: CliRunner, fmt: str) -> None:
    result = runner.invoke(cli, ["extract", "--format", fmt, str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "Michelle Wu" in result.stdout and "Patricia H. Hyde" in result.stdout


def test_extract_to_output_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "q.jsonl"
    result = runner.invoke(cli, ["extract", "-o", str(out), str(SAMPLE / "ice-boston-2025-03-25.txt")])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text().splitlines()) == 9


def test_empty_input_prints_nothing(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(cli, ["extract", str(empty)])
    assert (result.exit_code, result.stdout) == (0, "")
    result = runner.invoke(cli, ["extract"], input="")
    assert (result.exit_code, result.stdout) == (0, "")


def test_malformed_jsonl_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": '"Hi there," said Ted Cruz.'}) + "\n{broken\n")
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2) (use --skip-bad to skip such lines)\n"
    # what came before the bad line was already written
    assert json.loads(result.stdout)["article"] == "ok"
    result = runner.invoke(cli, ["extract", "--skip-bad", str(path)])
    assert result.exit_code == 0
    assert "in.jsonl:2: invalid JSON" in result.stderr and "Traceback" not in result.output


def test_invalid_utf8(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b'"Caf\xe9," said Ted Cruz.')
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: not valid UTF-8 at byte 4 (use --encoding-errors replace to read it anyway)\n"
    result = runner.invoke(cli, ["extract", "--encoding-errors", "replace", str(path)])
    assert result.exit_code == 0 and json.loads(result.stdout)["quote"] == "Caf\ufffd"


def test_binary_file_given_by_name_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x00\x00")
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: a binary file, not text")
    assert result.stderr.count("\n") == 1


def test_missing_path_is_a_runtime_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_usage_error_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--format", "xml"])
    assert result.exit_code == 2


GOLD_TEXT = '"We are ready," Michelle Wu said. Critics called it "a stunt."'


def _gold(tmp_path: Path) -> Path:
    text = GOLD_TEXT
    q1 = text.index("We are ready")
    s1 = text.index("Michelle Wu")
    q2 = text.index("a stunt.")
    doc = {
        "id": "g1",
        "text": text,
        "quotes": [
            {"start": q1 - 1, "end": q1 + 14, "speaker": "Michelle Wu", "speaker_fragments": [[s1, s1 + 11]], "kind": "direct"},
            {"start": q2 - 1, "end": q2 + 9, "speaker": "Critics", "speaker_fragments": [[text.index("Critics"), text.index("Critics") + 7]], "kind": "direct"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc) + "\n")
    return path


def test_eval_prints_scores(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["eval", "--format", "json", str(_gold(tmp_path))])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1 and scores["gold_quotes"] == 2
    assert scores["extraction_precision"] == 1.0
    assert 0 < scores["end_to_end_f1"] <= 1.0
    table = runner.invoke(cli, ["eval", str(_gold(tmp_path))]).stdout
    assert table.splitlines()[0].split() == ["documents", "1"]


def test_eval_scores_saved_predictions(runner: CliRunner, tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    preds = tmp_path / "p.jsonl"
    text = GOLD_TEXT
    row = {
        "article": "g1",
        "start": text.index("We are"),
        "end": text.index("We are") + 12,
        "speaker": "Michelle Wu",
        "speaker_start": text.index("Michelle"),
        "speaker_end": text.index("Michelle") + 11,
    }
    preds.write_text(json.dumps(row) + "\n")
    result = runner.invoke(cli, ["eval", "--format", "json", "--predictions", str(preds), str(gold)])
    scores = json.loads(result.stdout)
    assert (scores["extraction_precision"], scores["extraction_recall"], scores["attribution_accuracy"]) == (1.0, 0.5, 1.0)


def test_eval_bad_gold_file(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{oops\n")
    result = runner.invoke(cli, ["eval", str(bad)])
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {bad}:1: invalid JSON")


def _all_commands(group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if hasattr(command, "commands"):
            yield from _all_commands(command, prefix + (name,))


def test_every_command_has_help_and_is_in_the_readme(runner: CliRunner) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for path, command in _all_commands(cli):
        assert command.help, path
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout, path
        assert f"quotes {' '.join(path)}" in readme, path


def test_python_dash_m_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "quotes", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "quotes" in result.stdout
