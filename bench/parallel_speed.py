"""Extraction and ingest on one core and on every core.

    python bench/parallel_speed.py [CORPUS.jsonl] [--times N]

Runs `quotes extract --jobs N` and `quotes ingest --jobs N` on the corpus
(default: ../shared/eval/polnear.dev.jsonl when present, else sample_data/)
repeated N times (default 16), for 1 and 2 jobs (this machine has 2 cores),
each in a fresh process; prints characters per second, the speed-up, and the
peak memory of the main process and of the largest worker. Target: at
least 1.8x at 2 jobs for extraction; ingest is bounded by its one writing
process (speaker resolution, SQLite, the full-text index) and gains less.

Then, where ../shared/eval/wild-html is present, `quotes ingest --jobs N` of
its saved web pages (143, unpacked, each ``--page-copies`` times: 572), for
1 and 2 jobs in turn, ``--rounds`` times: reading a page (trafilatura) is
most of that time and runs in the workers (quotes.inputs.pages); then the
same pages as the records of one web archive (.warc.gz).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from memory import repeated  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "polnear.dev.jsonl"
PAGES = ROOT.parent / "shared" / "eval" / "wild-html"
_RUN = (
    "import os, resource, sys\n"
    "from quotes.cli import cli\n"
    "sys.stdout = open(os.devnull, 'w')\n"
    "try:\n    cli(sys.argv[1:], standalone_mode=False)\n"
    "finally:\n"
    "    sys.stderr.write('%d %d\\n' % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,\n"
    "                     resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
)


def timed(args: list[str]) -> tuple[float, float, float]:
    """(seconds, main process MB, largest worker MB) of one command."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True, cwd=ROOT, check=True)
    seconds = time.perf_counter() - start
    main_kb, child_kb = map(int, out.stderr.split()[-2:])
    return seconds, main_kb / 1024, child_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--times", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2, help="paired runs of the web pages' ingest")
    parser.add_argument("--page-copies", type=int, default=4, help="copies of each saved page (a run long enough "
                        "that the workers' start is not most of it)")
    args = parser.parse_args()
    corpus = args.corpus or (DEFAULT if DEFAULT.exists() else ROOT / "sample_data")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        repeated(corpus, args.times, big)
        chars = sum(len(line) for line in big.open(encoding="utf-8"))  # JSON text: close to the article text
        print(f"{corpus.name} x{args.times}: {chars / 1e6:.1f} M characters of JSON lines")
        for command in ("extract", "ingest"):
            base = None
            for jobs in (1, 2):
                extra = ["--db", str(Path(tmp) / f"{jobs}.db")] if command == "ingest" else ["--format", "jsonl"]
                seconds, main_mb, worker_mb = timed([command, "--jobs", str(jobs), *extra, str(big)])
                base = base or seconds
                print(f"{command:8} --jobs {jobs}: {seconds:6.2f} s  {chars / seconds / 1e6:5.2f} M chars/s  "
                      f"x{base / seconds:4.2f}  peak memory: main {main_mb:.0f} MB, largest worker "
                      f"{worker_mb if jobs > 1 else 0:.0f} MB")
        if PAGES.is_dir():
            _pages_ingest(Path(tmp), args.rounds, args.page_copies)
    return 0


def _pages_ingest(tmp: Path, rounds: int, copies: int) -> None:
    """Ingest of the saved web pages (each ``copies`` times, under other
    names) at 1 and 2 jobs, in turn."""
    import gzip

    folder = tmp / "pages"
    folder.mkdir()
    for page in sorted(PAGES.glob("*.html.gz")):
        html = gzip.decompress(page.read_bytes())
        for copy in range(copies):
            (folder / f"{copy}-{page.name[:-3]}").write_bytes(html)
    pages = len(list(folder.iterdir()))
    archive = tmp / "pages.warc.gz"
    _archive(folder, archive)
    for label, source in (("web pages", folder), ("web archive", archive)):
        for round_ in range(rounds):
            times = {}
            for jobs in (1, 2):
                db = tmp / f"{archive.stem if source == archive else 'pages'}-{round_}-{jobs}.db"
                times[jobs], main_mb, worker_mb = timed(["ingest", "--quiet", "--jobs", str(jobs), "--db", str(db),
                                                         str(source)])
                print(f"{label} ingest --jobs {jobs}: {times[jobs]:6.2f} s  {pages / times[jobs]:5.1f} pages/s  "
                      f"x{times[1] / times[jobs]:4.2f}  peak memory: main {main_mb:.0f} MB, largest worker "
                      f"{worker_mb if jobs > 1 else 0:.0f} MB")


def _archive(folder: Path, archive: Path) -> None:
    """The folder's pages as the response records of one web archive."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in sorted(folder.iterdir()):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://pages.example/{page.name}", "response", payload=io.BytesIO(page.read_bytes()),
                http_headers=headers))


if __name__ == "__main__":
    raise SystemExit(main())
