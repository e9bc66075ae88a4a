"""First names (with their usual gender) and surnames, from curated lists.

The 1990 US Census name lists ship inside the ``names`` package (MIT); the
``nicknames`` package adds the diminutives news uses (Bill, Pat, Bernie). We
read the files directly, once, instead of keeping a hand-made table.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources


def _census(filename: str) -> dict[str, float]:
    """name (lower case) -> frequency in percent, from a Census dist file."""
    out: dict[str, float] = {}
    with resources.files("names").joinpath(filename).open(encoding="ascii") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].lower()] = float(parts[1])
    return out


@functools.cache
def first_name_genders() -> dict[str, str]:
    """First name -> 'm', 'f' or '' (used by both sexes or unknown)."""
    male = _census("dist.male.first")
    female = _census("dist.female.first")
    out: dict[str, str] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        # A name counts as gendered when one sex uses it four times as often.
        out[name] = "m" if m > 4 * f else "f" if f > 4 * m else ""
    with resources.files("nicknames").joinpath("names.csv").open(encoding="utf-8") as rows:
        for row in csv.reader(rows):
            for name in (row[0], row[-1]) if row else ():
                name = name.strip().lower()
                if name.isalpha() and name not in out:
                    out[name] = ""
    return out


@functools.cache
def surnames() -> frozenset[str]:
    """Surnames of the Census list that are not also common first names."""
    return frozenset(_census("dist.all.last"))


@functools.cache
def common_first_names() -> frozenset[str]:
    """First names borne by at least 3 in 100,000 people (so not "See",
    which the Census lists once), plus the curated nickname list."""
    male = _census("dist.male.first")
    female = _census("dist.female.first")
    common = {n for n, f in male.items() if f >= 0.003} | {n for n, f in female.items() if f >= 0.003}
    return frozenset(common | {n for n in first_name_genders() if n not in male and n not in female})


def is_first_name(word: str) -> bool:
    return word.lower() in first_name_genders()


def first_name_gender(word: str) -> str:
    return first_name_genders().get(word.lower(), "")
