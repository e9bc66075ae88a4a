"""URLs, fetched from a real HTTP server on 127.0.0.1 that the tests start
and stop: a page, a redirect, a 404, a slow page, a huge page, a PDF."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import count_pools, free_port
from pages import news_page

from quotes.cli import cli
from quotes.inputs.web import USER_AGENT

PAGE = news_page().encode()
TEXT = b'"The ferries are full," said Tomasz Wrobel.\n'
SEEN_AGENTS: list[str] = []


class NewsSite(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, content_type: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/news/bridge":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/b":  # a short link
            self.send_response(301)
            self.send_header("Location", "/news/bridge")
            self.end_headers()
        elif self.path == "/empty":  # a page with no article text
            self._send(200, "text/html", b"<html><body></body></html>")
        elif self.path.startswith("/news/") and self.path[6:].isdigit():  # a page of its own for each number
            n = self.path[6:]
            self._send(200, "text/html; charset=utf-8", news_page(title=f"Bridge {n}").encode())
        elif self.path == "/plain":
            self._send(200, "text/plain; charset=utf-8", TEXT)
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n")
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):  # a byte now and then: no single read times out
                    self.wfile.write(b"<p>.</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass  # the client gave up, as it should
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length given: the cap must count
            try:
                chunk = b"<p>" + b"x" * 65_000 + b"</p>"
                for _ in range(200):  # 13 MB
                    self.wfile.write(chunk)
            except OSError:
                pass
        elif self.path == "/badstatus":
            self.wfile.write(b"HTTP/1.1 abc OK\r\n\r\n")
            self.close_connection = True
        elif self.path == "/many-headers":
            self.send_response(200)
            for i in range(150):
                self.send_header(f"X-{i}", "v")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/charset":
            self._send(200, "text/plain; charset=x-nope", b'"Hello there, everyone," said Ana Lima.')
        elif self.path == "/trickle":
            try:  # a header a byte a tenth of a second: no single read times out
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                for _ in range(60):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            self.close_connection = True
        else:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSite)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_ingest_urls_each_failure_one_line_and_the_rest_stored(site: str, tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    urls = [f"{site}/b", f"{site}/missing", f"{site}/slow", f"{site}/huge", f"{site}/report.pdf", f"{site}/plain"]
    started = time.monotonic()
    result = run("ingest", "--db", db, "--timeout", "1", *urls)
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert errors[:4] == [
        f"warning: {site}/missing: HTTP 404 Not Found",
        f"warning: {site}/slow: timed out after 1 s",
        f"warning: {site}/huge: page larger than 10,000,000 bytes",
        f"warning: {site}/report.pdf: not a web page (application/pdf)",
    ]
    assert errors[-1] == "Error: 4 URLs could not be read (reasons above); everything else was read"
    rows = {r["id"]: r for r in map(json.loads, run("articles", "--db", db, "--format", "jsonl").stdout.splitlines())}
    # The short link's article is the page it leads to; the page names its own canonical address.
    assert set(rows) == {f"{site}/news/bridge", f"{site}/plain"}
    assert rows[f"{site}/news/bridge"]["url"] == "https://gazette.example/news/harbour-bridge"
    assert rows[f"{site}/news/bridge"]["title"] == "Council votes to rebuild harbour bridge"
    speakers = run("speakers", "--db", db, "--format", "csv").stdout
    assert "Ana Lima" in speakers and "Tomasz Wrobel" in speakers
    assert set(SEEN_AGENTS) == {USER_AGENT}


def test_urls_from_a_file_with_extract(site: str, tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(f"# today's links\n{site}/news/bridge\n\n{site}/plain\n")
    result = run("extract", "--format", "jsonl", "--urls", str(links))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["article"], r["speaker"]) for r in rows] == [
        (f"{site}/news/bridge", "Ana Lima"), (f"{site}/news/bridge", "Tomasz Wróbel"), (f"{site}/plain", "Tomasz Wrobel"),
    ]


def test_a_urls_file_line_that_is_not_a_url(tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text("ftp://example.com/a\n")
    result = run("extract", "--urls", str(links))
    assert result.exit_code == 1 and result.stderr == f"Error: {links}:1: not an http(s) URL: ftp://example.com/a\n"


def test_a_server_that_is_not_there(tmp_path: Path) -> None:
    port = free_port()
    result = run("extract", f"http://127.0.0.1:{port}/x")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(f"warning: http://127.0.0.1:{port}/x: ")
    assert "Connection refused" in result.stderr



def test_a_hostile_server_fails_each_url_alone_within_the_timeout(site: str, tmp_path: Path) -> None:
    hostile = ["badstatus", "many-headers", "charset", "trickle"]
    started = time.monotonic()
    result = run("extract", "--format", "jsonl", "--timeout", "1", *[f"{site}/{path}" for path in hostile],
                 f"{site}/news/bridge")
    assert time.monotonic() - started < 5  # the trickle alone would take 6 s
    assert result.exit_code == 1
    warnings = result.stderr.splitlines()[:-1]
    assert [w.split(": ")[1].split("/")[-1] for w in warnings] == hostile
    assert "not an HTTP answer" in warnings[0] and "more than 100 headers" in warnings[1]
    assert warnings[2].endswith("unknown charset 'x-nope'") and warnings[3].endswith("timed out after 1 s")
    assert "please report this" not in result.stderr
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {f"{site}/news/bridge"}


def test_fetched_pages_are_read_in_workers_as_on_one_core(site: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # With --jobs 2 the fetched pages are read by the workers: the same
    # database, the same one-line failures (an empty page's among them) and
    # the same exit code as one process gives.
    started = count_pools(monkeypatch, page_chunk=2)
    urls = [f"{site}/news/{n}" for n in range(6)] + [f"{site}/empty", f"{site}/missing", f"{site}/plain"]
    results = {}
    for jobs in ("1", "2"):
        results[jobs] = run("ingest", "--db", str(tmp_path / f"{jobs}.db"), "--jobs", jobs, *urls)
    assert started and set(started) == {2}
    assert results["1"].exit_code == results["2"].exit_code == 1
    assert results["1"].stderr == results["2"].stderr
    assert f"warning: {site}/empty: no article text found in the page" in results["2"].stderr
    assert "Error: 2 URLs could not be read" in results["2"].stderr
    exports = [run("export", "--db", str(tmp_path / f"{jobs}.db"), "--format", "jsonl").stdout for jobs in ("1", "2")]
    assert exports[0] == exports[1] and exports[0]
