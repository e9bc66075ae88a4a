"""What several test modules need: the sample database and a free port."""

from __future__ import annotations

import socket
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def ingest_sample(folder: Path, name: str = "q.db") -> str:
    """A database of the bundled sample articles, made as a user makes it."""
    path = str(folder / name)
    result = CliRunner().invoke(cli, ["ingest", "--db", path, str(SAMPLE)])
    assert result.exit_code == 0, result.output
    return path


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
