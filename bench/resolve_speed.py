"""Speaker resolution at scale.

    python bench/resolve_speed.py [--sizes 10000,30000,100000]

Resolves N synthetic distinct person names (first and last names drawn
from the Census lists, with middle initials and nicknames mixed in) against
a growing speaker index, as an ingest does, and prints the time and peak
memory of each size, each in a fresh process. Candidates come from blocking
keys (surname and its Soundex code), so time should grow about linearly.

Target: 100,000 names in under 60 s and under 1 GB.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_names(n: int, seed: int = 7) -> list[str]:
    from quotes.language.namelists import _census

    rng = random.Random(seed)
    firsts = list(_census("dist.male.first")) + list(_census("dist.female.first"))
    lasts = list(_census("dist.all.last"))
    names: list[str] = []
    seen: set[tuple[str, str]] = set()
    while len(names) < n:
        first, last = rng.choice(firsts).title(), rng.choice(lasts).title()
        if (first, last) in seen:
            continue
        seen.add((first, last))
        roll = rng.random()
        if roll < 0.2:
            names.append(f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}")
        elif roll < 0.25:
            names.append(f"Sen. {first} {last}")
        else:
            names.append(f"{first} {last}")
    return names


def run(n: int) -> tuple[float, float, int]:
    from quotes.resolve import SpeakerIndex

    names = synthetic_names(n)
    index = SpeakerIndex()
    next_id = 1
    start = time.perf_counter()
    for name in names:
        decision = index.resolve(name, "person")
        speaker_id = decision.speaker_id
        if speaker_id is None:
            speaker_id, next_id = next_id, next_id + 1
        index.add(speaker_id, name, "person")
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return elapsed, peak_mb, next_id - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        elapsed, peak, speakers = run(args.one)
        print(f"{elapsed} {peak} {speakers}")
        return
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        elapsed, peak, speakers = out.stdout.split()
        print(
            f"{n:>7,} names: {float(elapsed):6.1f} s, {n / float(elapsed):8,.0f} names/s, "
            f"peak memory {float(peak):6.0f} MB, {int(speakers):,} speakers"
        )


if __name__ == "__main__":
    main()
