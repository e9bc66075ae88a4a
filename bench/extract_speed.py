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
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def peak_memory_mb(corpus: Path, times: int) -> tuple[float, int]:
    """Peak RSS of `quotes extract` over the corpus repeated ``times``."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as big:
        lines = [json.dumps({"id": a.id, "text": a.text}) for a in read_articles([str(corpus)])]
        for k in range(times):
            for n, line in enumerate(lines):
                obj = json.loads(line)
                obj["id"] = f"{obj['id']}-{k}-{n}"
                big.write(json.dumps(obj) + "\n")
    size = Path(big.name).stat().st_size
    code = (
        "import resource, sys\n"
        "from quotes.cli import cli\n"
        "try:\n    cli(['extract', '--format', 'jsonl', '-o', '/dev/null', sys.argv[1]], standalone_mode=False)\n"
        "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, big.name], capture_output=True, text=True, cwd=ROOT, check=True)
    Path(big.name).unlink()
    return int(out.stdout.split()[-1]) / 1024, size


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
            mb, size = peak_memory_mb(corpus, times)
            print(f"quotes extract on {size / 1e6:,.1f} MB of JSONL: peak memory {mb:,.0f} MB")
    print(f"this process peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
