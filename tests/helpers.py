"""What several test modules need: the sample database, a free port, and a
count of the worker pools a run starts."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

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


def count_pools(monkeypatch: pytest.MonkeyPatch, page_chunk: int | None = None) -> list[int]:
    """The ``--jobs`` of each worker pool started from now on (the real pool
    still does the work); ``page_chunk``: pages a task, few enough that a
    test's pages start the pool."""
    from quotes import parallel
    from quotes.inputs import pages

    started: list[int] = []
    real = parallel.worker_pool

    def counting(jobs: int):
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(parallel, "worker_pool", counting)
    if page_chunk is not None:
        monkeypatch.setattr(pages, "CHUNK_PAGES", page_chunk)
    return started
