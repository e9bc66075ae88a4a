"""The progress line of 'quotes ingest': counted ahead where it can be,
drawn on a terminal only, and cleared before a warning or the summary."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from quotes.articles import count_articles
from quotes.cli import cli
from quotes.cli.progress import ProgressLine
from quotes.ingest import IngestSummary

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def test_articles_are_counted_ahead_only_for_one_article_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html.gz").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_text("left out, as the reader leaves it out")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert count_articles([str(tmp_path)]) == 2
    assert count_articles([str(tmp_path / "a.txt"), str(SAMPLE)]) == 1 + len(list(SAMPLE.glob("*.txt")))
    (tmp_path / "feed.jsonl").write_text("{}\n")
    assert count_articles([str(tmp_path)]) is None  # lines of a file are known only once read
    assert count_articles(["-"]) is None and count_articles([]) is None
    assert count_articles(["https://example.org/a"]) is None


def test_the_line_counts_reads_and_stores_and_says_the_time_left() -> None:
    now = [0.0]
    screen = io.StringIO()
    line = ProgressLine(total=10, stream=screen, clock=lambda: now[0])
    summary = IngestSummary()
    for article in line.counting(range(4)):
        now[0] += 0.5
    assert line.read == 4 and "4 articles read, 0 stored" in screen.getvalue()
    summary.quotes = 7
    line.stored_one(object(), summary)
    line.stored_one(object(), summary)
    now[0] += 2.0  # 2 stored in 4 s: 0.5 a second, 8 left
    assert line.text() == "4 articles read, 2 stored, 7 quotes, 0.5 articles/s, 20% of 10, 0:16 left"
    warned: list[str] = []
    line.before(warned.append)("a.txt: skipped")
    assert screen.getvalue().endswith("\r") and warned == ["a.txt: skipped"]  # the line was cleared first
    assert line.shown == 0


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "q.db"), str(SAMPLE)])
    assert result.exit_code == 0
    assert "\r" not in result.stderr and "articles read" not in result.stderr
    assert result.stderr.startswith("ingested 9 articles")


def test_a_terminal_sees_the_line_then_the_summary(tmp_path: Path) -> None:
    main, terminal = pty.openpty()
    try:
        run = subprocess.Popen([sys.executable, "-m", "quotes", "ingest", "--db", str(tmp_path / "t.db"), str(SAMPLE)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal)
        assert run.wait(timeout=120) == 0
        os.close(terminal)
        terminal = -1
        shown = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the other end closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
        if terminal != -1:
            os.close(terminal)
    text = shown.decode()
    assert "articles read" in text and "of 9" in text  # counted ahead: nine text files
    assert text.rstrip().splitlines()[-1].strip("\r ").startswith("ingested 9 articles")
