"""Start-up time of small commands, as a person at a terminal feels it.

    python bench/startup.py [--runs N]

Runs `quotes --help` and `quotes extract` of one short article N times each
(default 15) with the `quotes` command installed beside this Python, and
prints the fastest and the median wall time. Target: under 0.15 s for the
extract. Measure a regular install (`pip install .`, README command 1): an
editable install (`pip install -e .`, the test set-up) loads its import
hook first and costs about 50 ms more.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timings(command: list[str], runs: int) -> tuple[float, float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        seconds.append(time.perf_counter() - start)
    return min(seconds), statistics.median(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    quotes = Path(sys.executable).with_name("quotes")
    if not quotes.exists():
        print(f"no quotes command beside {sys.executable}")
        return 1
    editable = any("__editable__" in p.name for p in Path(sys.prefix).glob("lib/python*/site-packages/__editable__*"))
    print(f"{quotes} ({'editable' if editable else 'regular'} install)")
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "short.txt"
        article.write_text('"We are ready," said Mayor Ana Lima.\n', encoding="utf-8")
        subprocess.run([str(quotes), "extract", str(article)], stdout=subprocess.DEVNULL, check=True)  # warm the name-table cache
        for label, command in (("quotes --help", [str(quotes), "--help"]),
                               ("quotes extract (one short article)", [str(quotes), "extract", str(article)])):
            fastest, median = timings(command, args.runs)
            print(f"{label:36} fastest {fastest:.3f} s, median {median:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
