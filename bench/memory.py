"""Peak memory of a `quotes` command as its input grows (for the benches)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.articles import read_articles  # noqa: E402

_RUN = (
    "import resource, sys\n"
    "from quotes.cli import cli\n"
    "try:\n    cli(sys.argv[1:], standalone_mode=False)\n"
    "finally:\n    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def repeated(corpus: Path, times: int, out: Path) -> None:
    """The corpus ``times`` over as JSONL, each copy with fresh article ids."""
    with out.open("w") as f:
        for k in range(times):
            for n, article in enumerate(read_articles([str(corpus)])):
                f.write(json.dumps({"id": f"{article.id}-{k}-{n}", "text": article.text, "date": article.date}) + "\n")


def peak_memory_mb(corpus: Path, times: int, command: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, input size in MB) of `quotes COMMAND... INPUT` on the
    corpus repeated ``times``; "{tmp}" in the command is a scratch folder."""
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        repeated(corpus, times, big)
        args = [part.replace("{tmp}", tmp) for part in command] + [str(big)]
        out = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True, cwd=ROOT, check=True)
        return int(out.stdout.split()[-1]) / 1024, big.stat().st_size / 1e6
