"""The web viewer's pages on a database of one million quotes.

    python bench/viewer_speed.py [--quotes 1000000] [--db PATH]

Builds the database as bench/query_speed.py does (once; reused when PATH
exists, and brought to the current schema), starts a real ``quotes serve``
on 127.0.0.1 and fetches each page a person opens: the front page, the
quote page (every quote, newest first, with its six facets), a search for
a rare and a very common word, a speaker's quotes (the speaker facet's
link), a month's and an outlet's quotes (the facets' links), the speaker
page, the speakers and articles tables, and the speakers quoted most, in
all and between two dates. Each page is fetched once to warm the cache,
then the best of three is kept; beside them, in the same run, the floor:
the same server answering ``select 1``. With ``--browser``, each page is
then opened in Chromium through Playwright (as tests/test_browser.py does:
Debian's chromium, the playwright package) at 1280 x 900: the time until
its load event (best of three) and whether it fits 1280 px without
scrolling sideways.

Target: every page under 500 ms at a million quotes, and within 1280 px.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from query_speed import build  # noqa: E402

from quotes.store import QuoteStore  # noqa: E402

TARGET_S = 0.5


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url}: HTTP {response.status}")
    return time.perf_counter() - start


def best_of(url: str, runs: int = 3) -> float:
    fetch(url)
    return min(fetch(url) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/quotes-bench-1m.db"))
    parser.add_argument("--browser", action="store_true", help="also open each page in Chromium (Playwright)")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} ({args.quotes:,} quotes) ...", flush=True)
        build(args.db, args.quotes)
    QuoteStore(args.db).close()  # migrated to the current schema, as 'quotes serve' needs
    name = args.db.stem
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "quotes", "serve", "--db", str(args.db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                fetch(base + "/-/versions.json")
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"the server did not start: {server.stderr.read().decode()[-500:] if server.stderr else ''}")
        pages = [
            ("floor: the server answering select 1", f"/{name}.json?sql=select+1"),
            ("front page (chart of quotes per month)", "/"),
            ("database page", f"/{name}"),
            ("quote page, every quote, six facets", f"/{name}/quote_view"),
            ("search, a rare word", f"/{name}/quote_view?_search=immigration"),
            ("search, a common word (rank 400)", f"/{name}/quote_view?_search=police"),
            ("search, the commonest verb (said)", f"/{name}/quote_view?_search=said"),
            ("a speaker's quotes (speaker facet link)", f"/{name}/quote_view?speaker_id=5"),
            ("a month's quotes (month facet link)", f"/{name}/quote_view?date__glob=2020-01*"),
            ("an outlet's quotes (source facet link)", f"/{name}/quote_view?source=Source+7"),
            ("every direct quote (kind facet link)", f"/{name}/quote_view?kind=direct"),
            ("speaker page with chart", f"/-/quotes/{name}/speaker/5"),
            ("speakers table", f"/{name}/speakers"),
            ("articles table", f"/{name}/articles"),
            ("quotes table (stored rows)", f"/{name}/quotes"),
            ("quoted most, all time", f"/{name}/top_speakers?since=&until="),
            ("quoted most, between two dates", f"/{name}/top_speakers?since=2020&until=2021"),
        ]
        print(f"{'page':45} {'best of 3':>10}")
        slow = []
        for label, path in pages:
            seconds = best_of(base + path)
            flag = "" if seconds < TARGET_S or label.startswith("floor") else "  over target"
            if flag:
                slow.append(label)
            print(f"{label:45} {seconds * 1000:8.0f} ms{flag}")
        print(f"target: every page under {TARGET_S * 1000:.0f} ms; over it: {', '.join(slow) or 'none'}")
        if args.browser:
            in_browser(base, pages[1:])
    finally:
        server.terminate()
        server.wait(timeout=30)


def in_browser(base: str, pages: list[tuple[str, str]]) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    print(f"\n{'page, in Chromium at 1280 x 900':45} {'load event':>10} {'width':>7}")
    failed = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        # Datasette lets a browser keep a page 5 s: each load is to ask the server.
        page.context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
        for label, path in pages:
            page.goto(base + path, wait_until="load")  # warm
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                page.goto(base + path, wait_until="load")
                best = min(best, time.perf_counter() - start)
            width = page.evaluate("document.documentElement.scrollWidth")
            if best >= TARGET_S or width > 1280:
                failed.append(label)
            print(f"{label:45} {best * 1000:8.0f} ms {width:5d} px")
        browser.close()
    print(f"target: under {TARGET_S * 1000:.0f} ms and 1280 px; missed by: {', '.join(failed) or 'none'}")


if __name__ == "__main__":
    main()
