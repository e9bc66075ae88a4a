"""News pages: how close reading the saved page comes to reading the clean
text, and how long a big page takes.

    python bench/html_pages.py [--pages DIR] [--gold GOLD.jsonl]

1. With ``../shared/eval`` present: extracts quotes from the saved page of
   every wild dev article (``wild-html/ID.html.gz``) and from its gold text,
   re-anchors the page predictions on the gold text with ``realign.py``, and
   scores both with ``score.py``. Target: end-to-end F1 from the pages
   within 0.03 of the F1 from the text.
2. Always: reads and extracts a generated 1.4 MB page (scripts, menus and a
   long article full of quotes), the size that once took 20 s. Target:
   under 2 s.
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
sys.path.insert(0, str(ROOT / "tests"))

from quotes.articles import read_articles  # noqa: E402
from quotes.extract import extract  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def predictions(articles, out: Path) -> tuple[int, float]:
    start = time.perf_counter()
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for article in articles:
            count += 1
            for quote in extract(article.text):
                f.write(json.dumps({"article": article.id, **quote.to_dict()}, ensure_ascii=False) + "\n")
    return count, time.perf_counter() - start


def score(gold: Path, predicted: Path) -> dict[str, float]:
    lines = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), str(predicted)],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    return {k: float(v) for k, v in (line.split() for line in lines if len(line.split()) == 2)}


def compare(pages: Path, gold: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        text_pred, page_pred, realigned = (Path(tmp) / n for n in ("text.jsonl", "pages.jsonl", "realigned.jsonl"))
        predictions(read_articles([str(gold)]), text_pred)
        count, seconds = predictions(read_articles([str(pages)]), page_pred)
        with realigned.open("w") as out:
            subprocess.run([sys.executable, str(EVAL / "realign.py"), str(gold), str(page_pred)], stdout=out, check=True)
        from_text, from_pages = score(gold, text_pred), score(gold, realigned)
    print(f"{count} pages read and extracted in {seconds:.1f} s ({count / seconds:.1f} pages/s)")
    print(f"{'':14} {'from text':>10} {'from pages':>10}")
    for key in ("extract_p", "extract_r", "extract_f1", "attr_acc", "e2e_f1"):
        print(f"{key:14} {from_text[key]:10.3f} {from_pages[key]:10.3f}")
    gap = from_text["e2e_f1"] - from_pages["e2e_f1"]
    print(f"end-to-end F1 gap: {gap:.3f} (target: at most 0.03)")


def big_page() -> None:
    from pages import ARTICLE_PARAGRAPHS, news_page

    paragraphs = (ARTICLE_PARAGRAPHS * 1200)[:3000]
    page = news_page(paragraphs)
    script = "<script>" + "var slot = {\"id\": \"const PREBID\", \"q\": \"\\\"x,\\\" y said\"};\n" * 18000 + "</script>"
    page = page.replace("</head>", script + "</head>")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.html"
        path.write_text(page, encoding="utf-8")
        size = path.stat().st_size
        start = time.perf_counter()
        (article,) = read_articles([str(path)], )
        read_seconds = time.perf_counter() - start
        quotes = extract(article.text)
        total = time.perf_counter() - start
    print(f"a {size / 1e6:.1f} MB page: read in {read_seconds:.2f} s, {len(article.text):,} characters of text, "
          f"{len(quotes):,} quotes, {total:.2f} s in all (target: under 2 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=EVAL / "wild-html")
    parser.add_argument("--gold", type=Path, default=EVAL / "wild.dev.jsonl")
    args = parser.parse_args()
    if args.pages.is_dir() and args.gold.exists() and (EVAL / "realign.py").exists():
        compare(args.pages, args.gold)
    else:
        print(f"no saved pages at {args.pages}: comparison skipped")
    big_page()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
