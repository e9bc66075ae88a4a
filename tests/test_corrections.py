"""Correcting one quote, one article, one join: reattribute, split by
article, and the review of bare surnames that joined a speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotes.cli.speakers as speakers_cli
from quotes.cli import cli


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


ARTICLES = [
    {"id": "one", "text": 'Tim Lee runs the harbour.\n\n"The boats are ready," Tim Lee said.'},
    {"id": "two", "text": '"We will open on Monday," Lee said.'},
    {"id": "three", "text": '"The water is cold," Ana Lima said.\n\n"Come back in June," Lima said.'},
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "c.db")
    data = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    assert run("ingest", "--db", path, "--quiet", "-", input=data).exit_code == 0
    return path


def speaker_of(db: str, text: str) -> str:
    return next(r["speaker"] for r in rows(run("export", "--db", db)) if r["quote"].startswith(text))


def test_reattribute_is_logged_undoable_and_survives_reingest(db: str, tmp_path: Path) -> None:
    quote_id = next(r["id"] for r in rows(run("export", "--db", db)) if r["quote"].startswith("The water"))
    result = run("reattribute", "--db", db, str(quote_id), "Tim Lee")
    assert result.exit_code == 0, result.output
    assert speaker_of(db, "The water") == "Tim Lee" and speaker_of(db, "Come back") == "Ana Lima"
    history = rows(run("history", "--db", db))
    assert history[0]["op"] == "reattribute" and history[0]["speaker"] == "Tim Lee"
    data = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    assert run("ingest", "--db", db, "--replace", "--quiet", "-", input=data).exit_code == 0
    assert speaker_of(db, "The water") == "Tim Lee"  # kept over a re-ingest
    assert run("undo", "--db", db).exit_code == 0
    assert speaker_of(db, "The water") == "Ana Lima"


def test_split_one_article_leaves_the_alias(db: str) -> None:
    assert speaker_of(db, "We will open") == "Tim Lee"  # the bare surname joined the one Lee
    result = run("speakers", "split", "--db", db, "Tim Lee", "--alias", "Lee", "--article", "two", "--name", "Ann Lee")
    assert result.exit_code == 0, result.output
    assert speaker_of(db, "We will open") == "Ann Lee" and speaker_of(db, "The boats") == "Tim Lee"
    tim = next(r for r in rows(run("speakers", "--db", db)) if r["name"] == "Tim Lee")
    assert "Lee" in tim["aliases"].split("; ")


def test_a_bare_surname_join_is_logged_and_reviewed(db: str) -> None:
    history = rows(run("history", "--db", db))
    assert any(h["op"] == "auto-merge" and h["alias"] == "Lee" and "bare surname" in h["reason"] for h in history)
    pairs = rows(run("speakers", "review", "--db", db))
    (join,) = [p for p in pairs if p["kind"] == "join"]
    assert (join["speaker"], join["candidate"]) == ("Tim Lee", "Lee")
    assert run("speakers", "review", "--db", db, "--reject", str(join["pair"])).exit_code == 0
    assert speaker_of(db, "We will open") == "Lee" and speaker_of(db, "The boats") == "Tim Lee"
    assert not [p for p in rows(run("speakers", "review", "--db", db)) if p["kind"] == "join"]


def test_interactive_review_shows_both_sides_and_the_keys(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speakers_cli, "_interactive", lambda output, fmt: True)
    result = run("speakers", "review", "--db", db, input="?\ny\n")
    assert result.exit_code == 0, result.output
    assert "did 'Lee' join the right speaker?" in result.stderr
    assert "We will open on Monday" in result.stderr and "(two)" in result.stderr  # a quote of each, with its article
    assert "The boats are ready" in result.stderr
    assert "s  skip this one for now" in result.stderr  # '?' printed the keys
    empty = run("speakers", "review", "--db", db)
    assert empty.exit_code == 0 and "nothing to review" in empty.stderr
