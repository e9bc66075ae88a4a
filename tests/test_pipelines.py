"""The README's pipeline recipes, run as a user runs them, in a shell."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.articles import read_articles

ROOT = Path(__file__).resolve().parent.parent


def recipes() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```sh\n(# 1\. build .*?)```", readme, re.S)
    assert block, "the README's pipeline recipes are missing"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def shell(tmp_path_factory: pytest.TempPathFactory):
    """Run a command line in a folder with articles.jsonl and sample_data/,
    with this Python's `quotes` first on PATH and QUOTES_DB set."""
    work = tmp_path_factory.mktemp("pipelines")
    (work / "sample_data").symlink_to(ROOT / "sample_data")
    with (work / "articles.jsonl").open("w") as f:
        for a in read_articles([str(ROOT / "sample_data")]):
            f.write(json.dumps({"id": a.id, "text": a.text, "date": a.date, "title": a.title}) + "\n")
    env = {**os.environ, "QUOTES_DB": str(work / "recipes.db"), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}

    def run(line: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=work, env=env, capture_output=True, text=True, timeout=120)

    return run


def test_there_are_five_recipes() -> None:
    assert len(recipes()) == 5


def test_recipes_in_order(shell) -> None:
    ingest, by_speaker, top_speakers, search, documents = recipes()

    result = shell(ingest)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("ingested 9 articles")

    if shutil.which("jq") is None:
        pytest.skip("jq is not installed (.ci/run installs it)")
    result = shell(by_speaker)
    assert result.returncode == 0, result.stderr
    assert "You belong here" in result.stdout.splitlines()
    assert "No one tells Boston how to take care of our own" in result.stdout

    result = shell(top_speakers)
    assert result.returncode == 0, result.stderr
    lines = [line.split(None, 1) for line in result.stdout.splitlines()]
    assert lines[0] == ["12", "Michelle Wu"] and len(lines) == 3

    result = shell(search)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Michelle Wu", "Thomas J. Brennan"]

    result = shell(documents)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == 5
