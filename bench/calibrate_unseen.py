"""Fit what the confidence means on news the rules were not written from.

    python bench/calibrate_unseen.py [--build COMMIT] [--written-from N] [--sealed K] [--folds] [--write]

bench/calibrate.py measures each cell's share right on the annotated news,
but the rules were written from that news: there the extractor is right
more often than on news it has never seen, and a confidence read from that
table promises too much (on the 75 wild articles held out of the rules'
writing, a build that said 0.90 on average was right 0.83 of the time).

This measures that gap where it can be measured: an earlier build
(``--build``, default e3b67c3, the last commit before the 75 held-out wild
articles were released to the rules' writers) is run on those articles
(the wild corpus after its first ``--written-from`` 68, less outlet fold
``--sealed`` 3, which is never fitted on), today's scorer marks each quote
it placed right or wrong end to end, and a monotone map from the build's
confidence to the share right is fitted (the means of six bins of
confidence, pooled where a higher bin was right less often). ``--write``
stores it in quotes/extract/data/unseen.tsv; quotes.extract.confidence
reads each quote's share from the table and then through this map, so a
confidence says how often such a quote is right on news no rule was
written from. ``--folds`` prints the out-of-fold check: the map fitted
without each outlet fold, scored on that fold.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.calibrate import SHARED, _fold_of, calibration_error, show_and_keep  # noqa: E402
from quotes.evaluate import score_document  # noqa: E402
from quotes.extract.confidence import UNSEEN_MAP, through  # noqa: E402

WILD = SHARED / "wild.dev.jsonl"
# The six bins the map is fitted on: a bin of fewer quotes would fit noise
# (the held-out articles give about 550 placed quotes, most above 0.85).
EDGES = (0.0, 0.5, 0.8, 0.85, 0.9, 0.95, 1.01)

# Run inside the earlier build's source tree: each article's placed quotes
# as one JSON line (that build's own extractor, lists and table).
_RUN_BUILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from quotes.extract import placed_quotes
for line in sys.stdin:
    print(json.dumps([q.to_dict() for q, _ in placed_quotes(json.loads(line)["text"])]))
"""

Scored = list[tuple[float, bool]]


def held_out(written_from: int, sealed: int) -> list[tuple[int, dict]]:
    """(outlet fold, article) for the wild articles after the first
    ``written_from``, less those of the sealed fold."""
    fold_of = _fold_of()
    if fold_of is None:
        raise SystemExit(f"no folds.py beside {WILD}")
    out = []
    with open(WILD, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            doc = json.loads(line)
            fold = fold_of(doc, 5) + 1  # type: ignore[operator]
            if number >= written_from and fold != sealed:
                out.append((fold, doc))
    return out


def run_build(commit: str, docs: list[dict]) -> list[list[dict]]:
    """The quotes the build at ``commit`` places in each article."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True).stdout
        with tempfile.TemporaryFile() as raw:
            raw.write(archive)
            raw.seek(0)
            with tarfile.open(fileobj=raw) as tar:
                tar.extractall(tree, filter="data")
        run = subprocess.run([sys.executable, "-c", _RUN_BUILD, tree], input="".join(json.dumps(d) + "\n" for d in docs),
                             capture_output=True, text=True, check=True)
    return [json.loads(line) for line in run.stdout.splitlines()]


def scored(docs: list[tuple[int, dict]], found: list[list[dict]]) -> dict[int, Scored]:
    """Each fold's placed quotes: (the build's confidence, right end to end)."""
    by_fold: dict[int, Scored] = defaultdict(list)
    for (fold, doc), quotes in zip(docs, found):
        outcomes: list = []
        score_document(doc, quotes, "", outcomes)
        by_fold[fold] += [(q["confidence"], outcome.right) for q, outcome in zip(quotes, outcomes)]
    return by_fold


def fit(seen: Scored) -> list[tuple[float, float]]:
    """Knots (confidence, share right) of the monotone map: each bin's mean
    confidence and share right, adjacent bins pooled while a higher one was
    right less often; from (0, 0) to 1 at the top share."""
    blocks: list[tuple[list[float], float, int]] = []  # (mean confidences, share right, quotes)
    for lower, upper in zip(EDGES, EDGES[1:]):
        inside = [(c, r) for c, r in seen if lower <= c < upper]
        if not inside:
            continue
        blocks.append(([sum(c for c, _ in inside) / len(inside)], sum(r for _, r in inside) / len(inside), len(inside)))
        while len(blocks) > 1 and blocks[-2][1] > blocks[-1][1]:
            (xs, share, n), (xs0, share0, n0) = blocks.pop(), blocks.pop()
            blocks.append((xs0 + xs, (share * n + share0 * n0) / (n + n0), n + n0))
    knots = [(x, share) for xs, share, _ in blocks for x in xs]
    return [(0.0, 0.0), *knots, (1.0, knots[-1][1])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="e3b67c3", help="the earlier build (a commit of this repository)")
    parser.add_argument("--written-from", type=int, default=68, metavar="N",
                        help="the wild articles the build's rules were written from (the first N)")
    parser.add_argument("--sealed", type=int, default=3, metavar="K", help="wild outlet fold never fitted on")
    parser.add_argument("--folds", action="store_true", help="print the out-of-fold check")
    parser.add_argument("--write", action="store_true", help=f"write {UNSEEN_MAP.relative_to(ROOT)}")
    args = parser.parse_args()
    if not WILD.exists():
        print(f"no corpus at {WILD}", file=sys.stderr)
        return 1
    docs = held_out(args.written_from, args.sealed)
    by_fold = scored(docs, run_build(args.build, [doc for _, doc in docs]))
    everything = [pair for seen in by_fold.values() for pair in seen]
    if args.folds:
        raw, mapped = [], []
        for fold in sorted(by_fold):
            knots = fit([pair for f, seen in by_fold.items() if f != fold for pair in seen])
            test = by_fold[fold]
            raw += test
            mapped += [(through(knots, c), r) for c, r in test]
            print(f"fold {fold}: {len(test)} quotes, share right {sum(r for _, r in test) / len(test):.3f}, "
                  f"calibration error {calibration_error(test):.3f} as the build said, "
                  f"{calibration_error([(through(knots, c), r) for c, r in test]):.3f} through the map")
        print(f"all folds: {len(raw)} quotes, calibration error {calibration_error(raw):.3f} as the build said, "
              f"{calibration_error(mapped):.3f} through the map")
        return 0
    knots = fit(everything)
    lines = [f"# confidence\tshare right on news the rules were not written from (bench/calibrate_unseen.py "
             f"--build {args.build} --written-from {args.written_from} --sealed {args.sealed}: "
             f"{len(everything)} quotes)"]
    lines += [f"{x:.3f}\t{y:.3f}" for x, y in knots]
    show_and_keep(lines, UNSEEN_MAP if args.write else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
