"""Query speed on a database of one million quotes.

    python bench/query_speed.py [--quotes 1000000] [--db PATH]

Builds (once; reused when PATH exists) a database of synthetic articles:
100,000 articles of 10 quotes each, 20,000 speakers, quote text drawn
from a 20,000-word vocabulary with Zipf frequencies, as real text has. Rows go in through
the store's own schema (migrations, triggers, FTS5 index), written in bulk,
and each quote gets its stored CSV line as an ingest would give it.
Then it times, in this process:

- a speaker query: `quotes list --speaker NAME --limit 50` (fuzzy lookup
  of the name, then the speaker's quotes by date);
- a full-text search: `quotes search` of two words, best 20;
- the speakers list: `quotes speakers`, the top 20 and all of them (with
  quote and article counts, first and last seen);
- a full CSV export of every quote (from the line the store keeps for each
  quote), and a full JSON lines export in one process and on every core,
  in rows per second;

and prints the peak memory. Targets: speaker query and search under 50 ms,
the speakers list under 100 ms,
export at least 200,000 rows/s, memory flat (the export streams).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import query  # noqa: E402
from quotes.export import export  # noqa: E402
from quotes.speakers import speaker_rows  # noqa: E402
from quotes.language.namelists import _census  # noqa: E402
from quotes.output import OutputOptions  # noqa: E402
from quotes.store import QuoteStore  # noqa: E402


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """About 20,000 word types with Zipf frequencies, as news text has; the
    words searched for sit at the ranks real ones do ("police" ~ 400th)."""
    words = [w for w in (n.lower() for n in _census("dist.all.last")) if w.isalpha()][:20_000]
    rng.shuffle(words)
    for word, rank in (("the", 0), ("said", 5), ("police", 400), ("budget", 900), ("immigration", 1500)):
        if word in words:
            words.remove(word)
        words.insert(rank, word)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    return words, weights


def build(path: Path, n_quotes: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    firsts = [n.title() for n in list(_census("dist.male.first"))[:800] + list(_census("dist.female.first"))[:800]]
    lasts = [n.title() for n in list(_census("dist.all.last"))[:5000]]
    store = QuoteStore(path)
    db = store.db
    n_speakers = 20_000
    per_article = 10
    n_articles = n_quotes // per_article
    db.execute("BEGIN")
    names = set()
    while len(names) < n_speakers:
        names.add(f"{rng.choice(firsts)} {rng.choice(lasts)}")
    names = sorted(names)
    db.conn.executemany(
        "INSERT INTO speakers (id, name, kind, flagged, created_at) VALUES (?, ?, 'person', 0, '2025-01-01')",
        [(i + 1, name) for i, name in enumerate(names)],
    )
    db.conn.executemany(
        "INSERT INTO aliases (id, speaker_id, alias, norm, count) VALUES (?, ?, ?, lower(?), 50)",
        [(i + 1, i + 1, name, name) for i, name in enumerate(names)],
    )
    db.conn.executemany(
        "INSERT INTO articles (id, content_hash, title, date, source, ingested_at) VALUES (?, ?, ?, ?, ?, '2025-01-01')",
        [
            (f"a{i}", f"h{i}", f"Article {i}", f"20{15 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Source {i % 40}")
            for i in range(n_articles)
        ],
    )

    words, weights = vocabulary(rng)
    cumulative = list(itertools.accumulate(weights))

    def quotes():
        for i in range(n_quotes):
            speaker = rng.randrange(1, n_speakers + 1)
            text = " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randrange(8, 30)))
            yield (f"a{i // per_article}", speaker, speaker, text.capitalize() + ".", (i % per_article) * 300,
                   (i % per_article) * 300 + len(text), names[speaker - 1], "person", names[speaker - 1].split()[-1],
                   "said", "direct", i % per_article, round(rng.uniform(0.5, 1.0), 3))

    db.conn.executemany(
        'INSERT INTO quotes (article_id, speaker_id, alias_id, quote, start, "end", speaker_name, speaker_kind, '
        "speaker_mention, cue, kind, paragraph, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        quotes(),
    )
    db.execute("COMMIT")
    # What an ingest does as it stores each quote: its ready-made CSV line.
    store.repair_export_lines()
    db.execute("PRAGMA optimize")
    store.close()


def best_of(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/quotes-bench-1m.db"))
    args = parser.parse_args()
    if not args.db.exists():
        start = time.perf_counter()
        build(args.db, args.quotes)
        print(f"built {args.db} with {args.quotes:,} quotes in {time.perf_counter() - start:.0f} s")
    store = QuoteStore(args.db)
    total = store.db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    speaker = store.db.execute("SELECT name FROM speakers ORDER BY id LIMIT 1 OFFSET 12345").fetchone()[0]
    misspelt = speaker[:2] + speaker[3:]  # one letter dropped: the fuzzy path

    def speaker_query(name: str) -> int:
        return len(list(query.select_quotes(store, query.QuoteFilter(speaker=name, limit=50), ("id", "date", "quote"))))

    def search() -> int:
        return len(list(query.search(store, "police budget", 20)))

    print(f"database: {total:,} quotes")
    print(f"speaker query ({speaker!r}): {best_of(lambda: speaker_query(speaker)) * 1000:.1f} ms (target < 50 ms)")
    print(f"speaker query, misspelt ({misspelt!r}): {best_of(lambda: speaker_query(misspelt)) * 1000:.1f} ms")
    print(f"full-text search ('police budget', best 20): {best_of(search) * 1000:.1f} ms (target < 50 ms)")
    top = best_of(lambda: len(list(speaker_rows(store, limit=20))))
    every = best_of(lambda: len(list(speaker_rows(store))))
    print(f"speakers (`quotes speakers`, counts kept as data): top 20 {top * 1000:.1f} ms, "
          f"all {every * 1000:.0f} ms (target < 100 ms)")
    with tempfile.TemporaryFile("w+", encoding="utf-8") as sink:
        start = time.perf_counter()
        rows = export(store, query.build_query(store, query.QuoteFilter()), sink, OutputOptions(format="csv"))
        elapsed = time.perf_counter() - start
    print(f"CSV export (`quotes export --format csv`): {rows:,} rows in {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s "
          "(target 200,000)")
    for workers in (1, None):
        with tempfile.TemporaryFile("w+", encoding="utf-8") as sink:
            start = time.perf_counter()
            rows = export(store, query.build_query(store, query.QuoteFilter()), sink, OutputOptions(format="jsonl"), workers)
            elapsed = time.perf_counter() - start
        label = "one process" if workers == 1 else f"{os.cpu_count()} cores"
        print(f"JSON lines export ({label}): {rows:,} rows in {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    store.close()


if __name__ == "__main__":
    main()
