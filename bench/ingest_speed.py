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
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from memory import peak_memory_mb  # noqa: E402

from quotes import extract  # noqa: E402
from quotes.articles import read_articles  # noqa: E402
from quotes.ingest import ingest
from quotes.store import QuoteStore  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"


def ingest_rate(corpus: Path) -> tuple[float, int, str]:
    chars = sum(len(a.text) for a in read_articles([str(corpus)]))
    extract('"Hello," said Ted Cruz.')  # load the name lists once, as a long ingest would
    with tempfile.TemporaryDirectory() as tmp:
        store = QuoteStore(Path(tmp) / "bench.db")
        start = time.perf_counter()
        summary = ingest(store, read_articles([str(corpus)]))
        elapsed = time.perf_counter() - start
        store.close()
    return chars / elapsed, chars, summary.line()


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
            mb, size = peak_memory_mb(corpus, times, ["ingest", "--quiet", "--db", "{tmp}/m.db"])
            print(f"quotes ingest of {size:,.1f} MB of JSONL: peak memory {mb:,.0f} MB")


if __name__ == "__main__":
    main()
