"""Extraction speed and memory.

    python bench/extract_speed.py [CORPUS.jsonl] [--repeat N]

Times ``quotes.extract`` over every article text of a JSONL corpus (default:
../shared/eval/polnear.dev.jsonl when present, else sample_data/) on one
core, best of N passes, and prints characters per second. Then runs
``quotes extract`` on the corpus repeated 1x, 4x and 16x in a fresh process
each and prints the peak resident memory of each run: streaming keeps it flat.

Target: at least 2,000,000 characters/s, and peak memory that does not grow
with the input.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from memory import peak_memory_mb  # noqa: E402

from quotes import extract  # noqa: E402
from quotes.articles import read_articles  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"


def load_texts(corpus: Path) -> list[str]:
    return [article.text for article in read_articles([str(corpus)])]


def speed(texts: list[str], repeat: int) -> float:
    extract(texts[0])  # warm the name lists and caches
    chars = sum(map(len, texts))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            extract(text)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT if DEFAULT.exists() else ROOT / "sample_data")
    texts = load_texts(corpus)
    chars = sum(map(len, texts))
    rate = speed(texts, args.repeat)
    print(f"corpus: {corpus} ({len(texts)} articles, {chars:,} characters)")
    print(f"extraction: {rate:,.0f} characters/s on one core (best of {args.repeat}; target 2,000,000)")
    if corpus.suffix == ".jsonl":
        for times in (1, 4, 16):
            mb, size = peak_memory_mb(corpus, times, ["extract", "--format", "jsonl", "-o", "/dev/null"])
            print(f"quotes extract on {size:,.1f} MB of JSONL: peak memory {mb:,.0f} MB")
    print(f"this process peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
