"""The Dask pipeline as the input grows: 1x, 4x and 16x a corpus.

    python bench/dask_scale.py [CORPUS.jsonl] [--workers N] [--files N]

For each size: the corpus repeated (fresh ids), split into input files, run
through `quotes.scale.runner.run` on a LocalCluster (default: 2 workers, this
machine's cores) into a new database. Prints articles per second per worker
for extraction and for resolution, the load time, each worker's peak
memory, and the largest blocking-key group (the one step that is
sequential inside a group). Default corpus: ../shared/eval/polnear.dev.jsonl
when present, else sample_data/.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.articles import read_articles  # noqa: E402
from quotes.scale import runner  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"


def write_inputs(corpus: Path, times: int, folder: Path, files: int) -> int:
    base = list(read_articles([str(corpus)]))
    outs = [(folder / f"part-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(files)]
    count = 0
    for k in range(times):
        for n, article in enumerate(base):
            record = {"id": f"{article.id}-{k}-{n}", "text": article.text, "date": article.date}
            outs[count % files].write(json.dumps(record) + "\n")
            count += 1
    for out in outs:
        out.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files", type=int, default=8, help="input files (shards) per run")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT if DEFAULT.exists() else ROOT / "sample_data")
    print(f"corpus {corpus.name}, {args.workers} workers, {args.files} input files")
    for times in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            articles = write_inputs(corpus, times, folder, args.files)
            start = time.perf_counter()
            report = runner.run([str(folder)], str(Path(tmp) / "news.db"), "local", None, workers=args.workers)
            total = time.perf_counter() - start
            s = report.seconds
            largest = max(report.groups, key=lambda g: g.largest_block)
            quotes = sum(g.quotes for g in report.groups)
            print(f"{times:>3}x: {articles:,} articles, {quotes:,} quotes, {total:.1f} s in all "
                  f"(cluster start included) | extract {articles / s['extract'] / args.workers:,.0f} articles/s "
                  f"per worker | resolve {articles / s['resolve'] / args.workers:,.0f} articles/s per worker | "
                  f"load {s['load']:.1f} s ({quotes / s['load']:,.0f} quotes/s) | worker peak memory "
                  f"{max(report.worker_peak_mb):.0f} MB | largest block {largest.largest_key!r} "
                  f"{largest.largest_block:,} quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
