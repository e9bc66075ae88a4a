"""The web page in a real browser: `quotes serve` as a user starts it,
Debian's Chromium driven by Playwright (no browser download). Loads the
front page, searches the quotes, opens a speaker, and saves screenshots in
the folder $QUOTES_SCREENSHOTS names (else the test's temporary folder)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import free_port, ingest_sample

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
                 if p and Path(p).exists()), None)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    db = ingest_sample(tmp_path, "news.db")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "quotes", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"quotes serve did not start: {process.stderr.read() if process.stderr else ''}")
            time.sleep(0.2)
    try:
        yield url, process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_browse_search_and_open_a_speaker(server: tuple[str, subprocess.Popen], tmp_path: Path) -> None:
    url, process = server
    shots = Path(os.environ.get("QUOTES_SCREENSHOTS") or tmp_path / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(url)
        assert page.locator("svg.quotes-chart rect.bar").count() == 4  # March to June 2025
        page.screenshot(path=str(shots / "1-front-page.png"), full_page=True)

        page.click("text=Browse and search the quotes")
        page.fill("input#_search", "trust")
        page.press("input#_search", "Enter")
        page.wait_for_load_state()
        assert "_search=trust" in page.url
        cells = page.locator("td.col-quote").all_inner_texts()
        assert cells and all("trust" in c.lower() for c in cells)
        page.screenshot(path=str(shots / "2-search.png"), full_page=True)

        page.locator("td.col-speaker a", has_text="Michelle Wu").first.click()
        page.wait_for_load_state()
        assert page.locator("h1.speaker-name").inner_text() == "Michelle Wu"
        assert page.locator("svg.quotes-chart rect.bar").count() >= 1
        assert page.locator("table.aliases td", has_text="Wu").count() >= 1
        page.screenshot(path=str(shots / "3-speaker.png"), full_page=True)
        browser.close()
    for name in ("1-front-page.png", "2-search.png", "3-speaker.png"):
        assert (shots / name).stat().st_size > 10_000

    # Ctrl-C stops the server cleanly.
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0 and "Traceback" not in stderr
    assert stderr.startswith("Serving ") and f"at {url} (read-only; Ctrl-C stops)" in stderr


def test_the_quotes_page_fits_a_1280_px_screen(server: tuple[str, subprocess.Popen], tmp_path: Path) -> None:
    """The quote is the main column, wrapping; the table runs past no screen
    of 1280 px, and a page of rows stays short."""
    url, _ = server
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "news/quote_view?_size=100")
        assert page.locator("td.col-quote").count() > 50
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        quote_width = page.evaluate("document.querySelector('td.col-quote').getBoundingClientRect().width")
        speaker_width = page.evaluate("document.querySelector('td.col-speaker').getBoundingClientRect().width")
        assert quote_width >= 350 and quote_width > 2.5 * speaker_width
        assert page.locator("td.col-speaker_id").first.is_hidden()  # a repeat of the speaker, left out here
        # Every row is a few lines of text, not a column of words.
        height = page.evaluate("document.querySelector('table.rows-and-columns').getBoundingClientRect().height")
        assert height / page.locator("td.col-quote").count() < 120
        page.screenshot(path=str(tmp_path / "quotes-1280.png"), full_page=True)
        # Every other page a person opens fits too: a canned query shows
        # its SQL, one long line, above its results.
        for path in ("", "news", "news/speakers", "news/articles", "news/quotes", "news/top_speakers?since=&until=",
                     "news/speaker_quotes?name=Wu", "news/quote_view?_search=trust"):
            page.goto(url + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= 1280, path
        browser.close()
