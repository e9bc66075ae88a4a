"""Measure what each confidence should be, and write it to the extractor's table.

    python bench/calibrate.py [GOLD.jsonl ...] [--write]

For every quote the extractor places in the annotated news of the given
corpora (default: ../shared/eval/wild.dev.jsonl and polnear.dev.jsonl), it
notes how the quote was placed (quotes.extract.confidence.cell) and whether
it was right end to end (the scorer of ``quotes eval``). It prints the share
right for each cell and its coarser cells; ``--write`` stores them in
quotes/extract/data/confidence.tsv, which the extractor reads. Both corpora
weigh alike (a quote of a corpus of N quotes weighs 1/N), so that neither
one's habits set the confidence alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.evaluate import score_document  # noqa: E402
from quotes.extract import placed_quotes  # noqa: E402
from quotes.extract.confidence import _TABLE, MIN_QUOTES  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
DEFAULT = [SHARED / "wild.dev.jsonl", SHARED / "polnear.dev.jsonl"]


def measure(paths: list[Path]) -> dict[tuple[str, ...], list[float]]:
    """(cell or coarser cell) -> [quotes, weighted quotes, weighted right].

    Each corpus weighs the same in the shares, however many quotes it has:
    a quote of a corpus of N quotes weighs 1/N."""
    counts: dict[tuple[str, ...], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for path in paths:
        seen: list[tuple[tuple[str, ...], bool]] = []
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                placed = placed_quotes(doc["text"])
                outcomes: list = []
                score_document(doc, [q.to_dict() for q, _ in placed], "", outcomes)
                seen += [(features, outcome.right) for (_, features), outcome in zip(placed, outcomes)]
        weight = 1.0 / max(len(seen), 1)
        for features, right in seen:
            for key in [features[:depth] for depth in range(1, len(features) + 1)] + [("*",)]:
                counts[key][0] += 1
                counts[key][1] += weight
                counts[key][2] += weight * right
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--write", action="store_true", help=f"write {_TABLE.relative_to(ROOT)}")
    args = parser.parse_args()
    missing = [p for p in args.gold if not p.exists()]
    if missing:
        print(f"no corpus at {missing[0]}", file=sys.stderr)
        return 1
    counts = measure(args.gold)
    rows = sorted((k, v) for k, v in counts.items() if v[0] >= MIN_QUOTES)
    lines = ["# sieve\tcue\tspeaker named by\tresolved to\tquotes\tshare right (bench/calibrate.py)"]
    for key, (n, weight, right) in rows:
        padded = list(key) + [""] * (4 - len(key))
        # Two decimals: finer would only repeat the corpora's noise.
        lines.append("\t".join(padded + [str(n), f"{right / weight:.2f}"]))
    for line in lines:
        print(line)
    if args.write:
        _TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
