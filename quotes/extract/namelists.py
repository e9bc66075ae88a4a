"""First names (with their usual gender), surnames and places, from
curated lists.

The 1990 US Census name lists ship inside the ``names`` package (MIT); the
``nicknames`` package adds the diminutives news uses (Bill, Pat, Bernie).
Given names from the rest of the world (Zabihullah, Tahir, Padraig) and
places come from the compact lists in ``data/``, built from names-dataset
and GeoNames by ``build_lexicons``. Each list is read once, on first use.
"""

from __future__ import annotations

import csv
import functools
import gzip
from importlib import resources
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


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
    for name in _nicknames():
        out.setdefault(name, "")
    for name, sex in world_given_names().items():
        out.setdefault(name, sex)
    return out


@functools.cache
def census_first_names() -> frozenset[str]:
    """The first names of the US Census lists alone."""
    return frozenset(_census("dist.male.first")) | frozenset(_census("dist.female.first"))


@functools.cache
def world_given_names() -> dict[str, str]:
    """Given names from many countries -> 'm', 'f' or ''."""
    out: dict[str, str] = {}
    with gzip.open(_DATA / "given_names.tsv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            name, _, sex = line.rstrip("\n").partition("\t")
            out[name] = sex
    return out


@functools.cache
def places() -> frozenset[str]:
    """Countries, capitals, US states, continents and large cities, lower case."""
    with gzip.open(_DATA / "places.txt.gz", "rt", encoding="utf-8") as lines:
        return frozenset(line.rstrip("\n") for line in lines)


@functools.cache
def demonyms() -> frozenset[str]:
    """German, Muslim, Caribbean: adjectives of place and faith, lower case."""
    lines = (_DATA / "demonyms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@functools.cache
def organization_heads() -> frozenset[str]:
    """Words that end organisations' names (Robotics, Corporation, Stores)."""
    lines = (_DATA / "organization_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def is_place(phrase: str) -> bool:
    return phrase.lower() in places()


@functools.cache
def surnames() -> frozenset[str]:
    """Surnames of the Census list that are not also common first names."""
    return frozenset(_census("dist.all.last"))


@functools.cache
def common_first_names() -> frozenset[str]:
    """English first names: those of the Census borne by at least 3 in
    100,000 people (so not "See", which the Census lists once), plus the
    curated nickname list. Only these say that a word is *not* a surname
    ("Cassandra Katharine"): many of the world's given names are surnames
    too (Mujahid, Singh)."""
    male = _census("dist.male.first")
    female = _census("dist.female.first")
    common = {n for n, f in male.items() if f >= 0.003} | {n for n, f in female.items() if f >= 0.003}
    return frozenset(common | {n for n in _nicknames() if n not in male and n not in female})


@functools.cache
def _nicknames() -> frozenset[str]:
    out = set()
    with resources.files("nicknames").joinpath("names.csv").open(encoding="utf-8") as rows:
        for row in csv.reader(rows):
            for name in (row[0], row[-1]) if row else ():
                name = name.strip().lower()
                if name.isalpha():
                    out.add(name)
    return frozenset(out)


@functools.cache
def likely_given_names() -> frozenset[str]:
    """Names that make a capitalised word at a sentence start a name:
    the common English ones and the world's, not the Census rarities ("See")."""
    return common_first_names() | frozenset(world_given_names())


def is_first_name(word: str) -> bool:
    return word.lower() in first_name_genders()


def first_name_gender(word: str) -> str:
    return first_name_genders().get(word.lower(), "")
