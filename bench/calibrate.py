"""Measure what each confidence should be, and write it to the extractor's table.

    python bench/calibrate.py [GOLD.jsonl ...] [--sealed K] [--folds] [--write]

For every quote the extractor places in the annotated news of the given
corpora (default: ../shared/eval/wild.dev.jsonl and polnear.dev.jsonl), it
notes how the quote was placed (quotes.extract.confidence.cell) and whether
it was right end to end (the scorer of ``quotes eval``). It prints the share
right for each cell and its coarser cells; ``--write`` stores them in
quotes/extract/data/confidence.tsv, which the extractor reads. Both corpora
weigh alike (a quote of a corpus of N quotes weighs 1/N), so that neither
one's habits set the confidence alone.

``--written-from N`` leaves out the first N articles of the wild corpus,
those the rules were written from (68: the corpus grew from 68 articles to
143 when the 75 held out were released, appended after them), so that the
shares are those of news the rules were not written from. ``--sealed K``
leaves the wild articles of outlet fold K (of five, as
../shared/eval/folds.py splits them) out of everything: the table is never
fitted on them, so that they score it as news it has not seen. ``--folds``
prints the out-of-fold calibration: for each other fold, the table fitted
without it (and without the sealed one) gives its quotes their confidence,
and the expected calibration error is taken over all of them together.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.evaluate import BUCKETS, score_document  # noqa: E402
from quotes.extract import placed_quotes  # noqa: E402
from quotes.extract.confidence import _TABLE, MIN_QUOTES  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
DEFAULT = [SHARED / "wild.dev.jsonl", SHARED / "polnear.dev.jsonl"]


Seen = list[tuple[tuple[str, ...], bool]]  # (a placed quote's cell, right end to end)


def _fold_of() -> object | None:
    """../shared/eval/folds.py's fold of a document, where it is present."""
    folds = SHARED / "folds.py"
    if not folds.exists():
        return None
    import importlib.util

    spec = importlib.util.spec_from_file_location("folds", folds)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.fold_of


def placed(paths: list[Path], k: int = 5, written_from: int = 0) -> list[tuple[str, int | None, Seen]]:
    """For each corpus: its name, and each placed quote's cell and outcome
    with the outlet fold of its document (None where folds do not apply).
    The first ``written_from`` articles of the wild corpus, those the rules
    were written from, are left out."""
    fold_of = _fold_of()
    out = []
    for path in paths:
        by_fold: dict[int | None, Seen] = defaultdict(list)
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                doc = json.loads(line)
                if doc.get("source") == "wild" and number < written_from:
                    continue
                found = placed_quotes(doc["text"])
                outcomes: list = []
                score_document(doc, [q.to_dict() for q, _ in found], "", outcomes)
                fold = fold_of(doc, k) + 1 if fold_of is not None and doc.get("source") == "wild" else None  # type: ignore[operator]
                by_fold[fold] += [(features, outcome.right) for (_, features), outcome in zip(found, outcomes)]
        out += [(path.name, fold, seen) for fold, seen in by_fold.items()]
    return out


def measure(parts: list[tuple[str, int | None, Seen]]) -> dict[tuple[str, ...], list[float]]:
    """(cell or coarser cell) -> [quotes, weighted quotes, weighted right].

    Each corpus weighs the same in the shares, however many quotes it has:
    a quote of a corpus of N quotes weighs 1/N."""
    counts: dict[tuple[str, ...], list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    per_corpus: dict[str, int] = defaultdict(int)
    for corpus, _, seen in parts:
        per_corpus[corpus] += len(seen)
    for corpus, _, seen in parts:
        weight = 1.0 / max(per_corpus[corpus], 1)
        for features, right in seen:
            for key in [features[:depth] for depth in range(1, len(features) + 1)] + [("*",)]:
                counts[key][0] += 1
                counts[key][1] += weight
                counts[key][2] += weight * right
    return counts


def table_of(counts: dict[tuple[str, ...], list[float]]) -> dict[tuple[str, ...], float]:
    """The shares as the extractor reads them: cells of MIN_QUOTES or more,
    two decimals."""
    return {key: round(right / weight, 2) for key, (n, weight, right) in counts.items() if n >= MIN_QUOTES}


def lookup(table: dict[tuple[str, ...], float], features: tuple[str, ...]) -> float:
    """The finest cell's share (as quotes.extract.confidence.table_share)."""
    for depth in range(len(features), 0, -1):
        if features[:depth] in table:
            return table[features[:depth]]
    return table.get(("*",), 0.7)


def calibration_error(scored: list[tuple[float, bool]]) -> float:
    """Expected calibration error over the evaluation's buckets."""
    gap = 0.0
    for lower, upper in BUCKETS:
        inside = [(c, r) for c, r in scored if lower <= c < upper]
        if inside:
            gap += len(inside) * abs(sum(c for c, _ in inside) / len(inside) - sum(r for _, r in inside) / len(inside))
    return gap / max(len(scored), 1)


def out_of_fold(parts: list[tuple[str, int | None, Seen]]) -> list[tuple[int, int, float, float]]:
    """For each wild fold: (fold, quotes, share right, its calibration error
    under the table fitted without it); the last row pools them all."""
    folds = sorted({fold for _, fold, _ in parts if fold is not None})
    rows, pooled = [], []
    for fold in folds:
        table = table_of(measure([part for part in parts if part[1] != fold]))
        scored = [(lookup(table, features), right) for _, f, seen in parts if f == fold for features, right in seen]
        pooled += scored
        rows.append((fold, len(scored), sum(r for _, r in scored) / max(len(scored), 1), calibration_error(scored)))
    rows.append((0, len(pooled), sum(r for _, r in pooled) / max(len(pooled), 1), calibration_error(pooled)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--write", action="store_true", help=f"write {_TABLE.relative_to(ROOT)}")
    parser.add_argument("--sealed", type=int, metavar="K", help="leave wild outlet fold K (1-5) out of everything")
    parser.add_argument("--folds", action="store_true", help="print the out-of-fold calibration")
    parser.add_argument("--written-from", type=int, default=0, metavar="N",
                        help="leave out the first N wild articles, those the rules were written from")
    args = parser.parse_args()
    missing = [p for p in args.gold if not p.exists()]
    if missing:
        print(f"no corpus at {missing[0]}", file=sys.stderr)
        return 1
    parts = [part for part in placed(args.gold, written_from=args.written_from)
             if args.sealed is None or part[1] != args.sealed]
    if args.folds:
        for fold, n, share, error in out_of_fold(parts):
            name = f"fold {fold}" if fold else "all folds"
            print(f"out of fold, {name}: {n} quotes, share right {share:.3f}, calibration error {error:.3f}")
        return 0
    counts = measure(parts)
    rows = sorted((k, v) for k, v in counts.items() if v[0] >= MIN_QUOTES)
    depth = max(len(k) for k, _ in rows)
    lines = ["# sieve\tcue\tspeaker named by\tresolved to\tevidence\tquotes\tshare right (bench/calibrate.py"
             + (f" --sealed {args.sealed}" if args.sealed else "")
             + (f" --written-from {args.written_from}" if args.written_from else "") + ")"]
    for key, (n, weight, right) in rows:
        padded = list(key) + [""] * (depth - len(key))
        # Two decimals: finer would only repeat the corpora's noise.
        lines.append("\t".join(padded + [str(n), f"{right / weight:.2f}"]))
    show_and_keep(lines, _TABLE if args.write else None)
    return 0


def show_and_keep(lines: list[str], path: Path | None) -> None:
    """Print a fitted table; with ``path``, replace that file with it whole
    (a temporary file renamed, so the extractor never reads half a table)."""
    for line in lines:
        print(line)
    if path is not None:
        from quotes.atomic import AtomicOutput

        out = AtomicOutput(path)
        try:
            out.write("\n".join(lines) + "\n")
            out.commit()
        except BaseException:
            out.discard()
            raise


if __name__ == "__main__":
    sys.exit(main())
