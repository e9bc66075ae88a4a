"""What a quote's confidence means: the share of quotes like it that were
right, speaker and all.

A quote is "like" another when the same sieve placed it, its cue stood as
close to it (a cue right at the quote, or further off), its speaker was
named the same way (a name, a pronoun, a description) and resolved as far
(a full name, one word; a speaker resolved to no one is a cell of its own,
whatever placed it). ``data/confidence.tsv`` holds the measured
share for each such cell, from the annotated news of the evaluation corpora
(``bench/calibrate.py`` measures it again); a cell seen too rarely falls back
to its sieve's share, then to the overall one. So a confidence of 0.9 says:
of the quotes the extractor placed this way, nine in ten had the right
speaker.

The table is measured on the news the rules were written from, where the
extractor is right more often than on news it has never seen; each share
is then read through ``data/unseen.tsv`` (``bench/calibrate_unseen.py``), a
monotone map fitted where that gap could be measured: an earlier build on
articles written after it. The confidence is the share right to expect on
news no rule was written from.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..models import PERSON

_TABLE = Path(__file__).resolve().parent / "data" / "confidence.tsv"
UNSEEN_MAP = Path(__file__).resolve().parent / "data" / "unseen.tsv"
# Below this many quotes a cell's share says little; the coarser one decides.
MIN_QUOTES = 8
UNATTRIBUTED = "none"
UNRESOLVED = "unresolved"
# Sieves that placed too few annotated quotes for a row of their own: they
# take the overall share ('*'), a stated fallback rather than a silent one
# (tests/test_sieves.py holds every sieve to a row or to this list).
OVERALL_SHARE_SIEVES = frozenset({"dash", "colon_subject", "conversation", "heading", "previous_subject", "posted_under",
                                  "repeated", "headline_subject"})


# What lowers the odds that a well-placed quote has the right speaker, on
# news the rules were not written from (the cell's last, finest feature).
# (A pronoun in an article of many people was tried as a feature too: on
# the dev corpora such quotes were right as often as the others, so it is
# not one.)
UNKNOWN_NAME = "unknown name"  # a person's name whose first word no given-name list knows
PLAIN = "plain"


def cell(sieve: str, base_confidence: float, mention_name: str | None, pronoun: str | None, speaker: str | None,
         kind: str, known_name: bool = True) -> tuple[str, ...]:
    """The features a quote's confidence is looked up by: the sieve, the
    cue's distance, how the speaker was named, how far it was resolved, and
    the evidence that it is the right one (``known_name``: the resolved
    person's first name is on a list)."""
    if sieve == UNATTRIBUTED:
        return (UNATTRIBUTED,)
    shape = "close" if base_confidence >= 0.9 else "far"
    if pronoun in ("m", "f", "p", "n") and mention_name is None:
        named = "pronoun"
    else:
        named = "name" if mention_name else "description"
    if not speaker:
        # A cue and no one to credit: rare in every sieve, alike across them.
        return (UNRESOLVED, sieve, shape, named)
    resolved = "full" if len(speaker.split()) >= 2 or kind != PERSON else "one"
    evidence = UNKNOWN_NAME if kind == PERSON and not known_name else PLAIN
    return (sieve, shape, named, resolved, evidence)


def measured_sieves() -> frozenset[str]:
    """The sieves that have a row of their own in the table."""
    return frozenset(key[0] for key in _table() if len(key) == 1)


@functools.cache
def _table() -> dict[tuple[str, ...], float]:
    out: dict[tuple[str, ...], float] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        *key, _, share = line.split("\t")
        out[tuple(k for k in key if k)] = float(share)
    return out


@functools.cache
def _unseen_map() -> list[tuple[float, float]]:
    """Knots (share on the written-from news, share on unseen news), rising."""
    knots = []
    for line in UNSEEN_MAP.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            seen, unseen = line.split("\t")
            knots.append((float(seen), float(unseen)))
    return knots


def through(knots: list[tuple[float, float]], share: float) -> float:
    """A monotone map given by its knots, linear between them, at ``share``."""
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if x0 <= share <= x1:
            return y1 if x1 == x0 else y0 + (y1 - y0) * (share - x0) / (x1 - x0)
    return knots[-1][1]


def on_unseen_news(share: float) -> float:
    """A share of the table read through the unseen map, two decimals."""
    return round(through(_unseen_map(), share), 2)


def table_share(features: tuple[str, ...]) -> float:
    """The measured share right for the finest cell that has one (on the
    news the table was measured on)."""
    table = _table()
    for depth in range(len(features), 0, -1):
        share = table.get(features[:depth])
        if share is not None:
            return share
    return table.get(("*",), 0.7)


@functools.lru_cache(maxsize=256)  # (a handful of cells; a text of many quotes asks each again and again)
def confidence(features: tuple[str, ...]) -> float:
    """A quote's confidence: its cell's share, as it holds on news no rule
    was written from."""
    return on_unseen_news(table_share(features))
