"""How the extractor does on news its rules were not written from.

    python bench/generalize.py [--sealed K] [--written-from N]

Extracts the wild dev corpus (../shared/eval/wild.dev.jsonl) once and scores
it in parts, with the scorer of ``quotes eval`` (the shared scorer's rules):

- all of it, the first N articles (those the rules were written from; 68)
  and the rest (the articles held out until this round);
- by outlet fold (../shared/eval/folds.py, five folds: one outlet never spans
  two), the sealed fold K apart: its figures are printed, and the calibration
  of its confidences by bucket, but never its errors;
- PolNeAR dev, for comparison.

Nothing here is fitted; the confidence table is (bench/calibrate.py, which
leaves the sealed fold out).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.evaluate import calibration, evaluate  # noqa: E402
from quotes.extract import extract  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"


def _fold_of():
    import importlib.util

    spec = importlib.util.spec_from_file_location("folds", SHARED / "folds.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.fold_of


def score(docs: list[dict], predicted: dict[str, list[dict]]) -> dict:
    result = evaluate(((str(d["id"]), d) for d in docs), lambda doc: predicted[str(doc["id"])], None)
    return {**result.as_dict(), "outcomes": result.outcomes}


def line(name: str, s: dict) -> str:
    return (f"{name:34} {s['documents']:4} {s['gold_quotes']:5}  extraction F1 {s['extraction_f1']:.3f}  "
            f"attribution {s['attribution_accuracy']:.3f}  end-to-end F1 {s['end_to_end_f1']:.3f}  "
            f"calibration error {s['expected_calibration_error']:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sealed", type=int, default=3, metavar="K", help="the sealed outlet fold (1-5) [3]")
    parser.add_argument("--written-from", type=int, default=68, metavar="N",
                        help="the first N wild articles are those the rules were written from [68]")
    args = parser.parse_args()
    wild = SHARED / "wild.dev.jsonl"
    if not wild.exists():
        print(f"no corpus at {wild}", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in wild.open(encoding="utf-8")]
    predicted = {str(d["id"]): [q.to_dict() for q in extract(d["text"])] for d in docs}
    fold_of = _fold_of()
    folds = [fold_of(d, 5) + 1 for d in docs]
    parts = [
        ("wild dev, all", docs),
        (f"  the {args.written_from} the rules were written from", docs[: args.written_from]),
        (f"  the {len(docs) - args.written_from} held out until this round", docs[args.written_from :]),
    ]
    parts += [(f"  outlet fold {k}" + (" (sealed)" if k == args.sealed else ""), [d for d, f in zip(docs, folds) if f == k])
              for k in range(1, 6)]
    parts += [(f"  all folds but the sealed {args.sealed}", [d for d, f in zip(docs, folds) if f != args.sealed])]
    for name, part in parts:
        print(line(name, score(part, predicted)))
    sealed = score([d for d, f in zip(docs, folds) if f == args.sealed], predicted)
    table, _ = calibration(sealed["outcomes"])
    print(f"sealed fold {args.sealed} by confidence (share right of the quotes given it):")
    for row in table:
        print(f"  {row['confidence']:8} {row['quotes']:4} quotes, mean confidence {row['mean_confidence']:.3f}, "
              f"share right {row['share_right']:.3f}")
    polnear = SHARED / "polnear.dev.jsonl"
    if polnear.exists():
        pdocs = [json.loads(line) for line in polnear.open(encoding="utf-8")]
        ppred = {str(d["id"]): [q.to_dict() for q in extract(d["text"])] for d in pdocs}
        print(line("PolNeAR dev", score(pdocs, ppred)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
