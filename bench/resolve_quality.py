"""Pairwise precision and recall of speaker resolution on a labelled set.

    python bench/resolve_quality.py [--people 3000] [--seed 11]

Builds a labelled set of name mentions from the Census name lists: each
synthetic person appears under several forms (full name, with a middle
initial, with a title, a nickname from the `nicknames` list, a one-letter
spelling slip, a possessive, a bare surname), and hard negatives share the
surname: other first names (Bill / Hillary Clinton), a "Jr." son, another
middle initial. The mentions are resolved in random order through the same
index an ingest uses, and every pair of mentions is scored: precision is
the share of pairs put together that are one person, recall the share of
one-person pairs put together.

Targets (from the issue): pairwise precision >= 0.98, recall >= 0.90.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nicknames import NickNamer  # noqa: E402

from quotes.language.namelists import _census  # noqa: E402
from quotes.resolve import SpeakerIndex  # noqa: E402


def slip(name: str, rng: random.Random) -> str:
    """One doubled or dropped letter inside the name: Michelle -> Michele."""
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1 :] if rng.random() < 0.5 else name[:i] + name[i] + name[i:]


def labelled_mentions(people: int, seed: int) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    nick = NickNamer()
    firsts = [n.title() for n, f in {**_census("dist.male.first"), **_census("dist.female.first")}.items() if f >= 0.01]
    lasts = [n.title() for n in list(_census("dist.all.last"))[:20000]]
    mentions: list[tuple[str, int]] = []
    person = 0
    used: set[tuple[str, str]] = set()
    for _ in range(people):
        last = rng.choice(lasts)
        family = rng.randrange(1, 4)  # people who share this surname
        given = rng.sample(firsts, family)
        for k, first in enumerate(given):
            if (first, last) in used:
                continue
            used.add((first, last))
            person += 1
            middle = rng.choice("ABCDEFGHJKLMNPRSTW")
            forms = [f"{first} {last}", f"{first} {middle}. {last}", f"Sen. {first} {last}", f"{first} {last}'s"]
            nicknames = sorted(n.title() for n in nick.nicknames_of(first.lower()) if len(n) > 2)
            if nicknames:
                forms.append(f"{rng.choice(nicknames)} {last}")
            if len(first) >= 6 and rng.random() < 0.5:
                forms.append(f"{slip(first, rng)} {last}")
            if family == 1:
                forms.append(last)  # a bare surname, unambiguous here
            mentions += [(form, person) for form in forms]
            if k == 0 and rng.random() < 0.2:
                person += 1  # the son: same name, "Jr."
                mentions += [(f"{first} {last} Jr.", person), (f"{first} {middle}. {last} Jr.", person)]
    rng.shuffle(mentions)
    return mentions


def pairs(groups: dict[int, list[int]]) -> int:
    return sum(len(g) * (len(g) - 1) // 2 for g in groups.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    mentions = labelled_mentions(args.people, args.seed)
    index = SpeakerIndex()
    next_id = 1
    assigned: list[int] = []
    for form, _ in mentions:
        decision = index.resolve(form, "person")
        speaker = decision.speaker_id
        if speaker is None:
            speaker, next_id = next_id, next_id + 1
        index.add(speaker, form, "person")
        assigned.append(speaker)
    by_truth: dict[int, list[int]] = defaultdict(list)
    by_speaker: dict[int, list[int]] = defaultdict(list)
    joint: Counter[tuple[int, int]] = Counter()
    for i, (_, truth) in enumerate(mentions):
        by_truth[truth].append(i)
        by_speaker[assigned[i]].append(i)
        joint[(truth, assigned[i])] += 1
    together_right = sum(n * (n - 1) // 2 for n in joint.values())
    precision = together_right / pairs(by_speaker) if pairs(by_speaker) else 1.0
    recall = together_right / pairs(by_truth)
    print(f"{len(mentions):,} mentions of {len(by_truth):,} people -> {len(by_speaker):,} speakers")
    print(f"pairwise precision {precision:.4f} (target 0.98), recall {recall:.4f} (target 0.90)")
    wrong = Counter()
    for members in by_speaker.values():
        truths = {mentions[i][1] for i in members}
        if len(truths) > 1:
            wrong[" | ".join(sorted({mentions[i][0] for i in members}))] += 1
    for names, _ in wrong.most_common(5):
        print(f"  wrong merge: {names}")


if __name__ == "__main__":
    main()
