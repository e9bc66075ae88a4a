"""Ingest speed and memory.

    python bench/ingest_speed.py [CORPUS.jsonl]

Ingests the corpus (default: ../shared/eval/polnear.dev.jsonl when present,
else sample_data/) into a fresh database and prints characters of article
text per second, end to end (reading, extraction, speaker resolution,
SQLite writes, the full-text index). Then ingests the corpus repeated 1x,
4x and 16x (with fresh article ids) in a fresh process each and prints peak
memory, which streaming keeps flat.

Target: at least 1,000,000 characters/s on one core; flat memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import extract  # noqa: E402
from quotes.articles import read_articles  # noqa: E402
from quotes.store import QuoteStore  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"


def ingest_rate(corpus: Path) -> tuple[float, int, str]:
    chars = sum(len(a.text) for a in read_articles([str(corpus)]))
    extract('"Hello," said Ted Cruz.')  # load the name lists once, as a long ingest would
    with tempfile.TemporaryDirectory() as tmp:
        store = QuoteStore(Path(tmp) / "bench.db")
        start = time.perf_counter()
        summary = store.ingest(read_articles([str(corpus)]))
        elapsed = time.perf_counter() - start
        store.close()
    return chars / elapsed, chars, summary.line()


def repeated(corpus: Path, times: int, out: Path) -> None:
    with out.open("w") as f:
        for k in range(times):
            for n, article in enumerate(read_articles([str(corpus)])):
                f.write(json.dumps({"id": f"{article.id}-{k}-{n}", "text": article.text, "date": article.date}) + "\n")


def peak_memory_mb(corpus: Path, times: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        repeated(corpus, times, big)
        code = (
            "import resource, sys\n"
            "from quotes.cli import cli\n"
            "try:\n    cli(['ingest', '--quiet', '--db', sys.argv[2], sys.argv[1]], standalone_mode=False)\n"
            "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, str(big), str(Path(tmp) / "m.db")], capture_output=True, text=True, cwd=ROOT, check=True
        )
        return int(out.stdout.split()[-1]) / 1024, big.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT if DEFAULT.exists() else ROOT / "sample_data")
    rate, chars, line = ingest_rate(corpus)
    print(f"corpus: {corpus} ({chars:,} characters): {line}")
    print(f"ingest: {rate:,.0f} characters/s end to end (target 1,000,000)")
    if corpus.suffix == ".jsonl":
        for times in (1, 4, 16):
            mb, size = peak_memory_mb(corpus, times)
            print(f"quotes ingest of {size:,.1f} MB of JSONL: peak memory {mb:,.0f} MB")


if __name__ == "__main__":
    main()
