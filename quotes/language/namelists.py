"""First names (with their usual gender), surnames and places, from
curated lists.

The 1990 US Census name lists ship inside the ``names`` package (MIT); the
``nicknames`` package adds the diminutives news uses (Bill, Pat, Bernie).
Given names from the rest of the world (Zabihullah, Tahir, Padraig) and
places come from the compact lists in ``data/``, built from names-dataset
and GeoNames by ``build_lexicons``. The lists are read once, on first use,
and kept as one pickle in the user's cache folder ($XDG_CACHE_HOME/quotes,
else ~/.cache/quotes), which later runs load in a few milliseconds.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import pickle
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

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


def _words(filename: str) -> frozenset[str]:
    lines = (_DATA / filename).read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def _build() -> dict[str, Any]:
    """Every table, from the sources (about 0.3 s)."""
    import csv
    import gzip

    male = _census("dist.male.first")
    female = _census("dist.female.first")
    nicknames = set()
    with resources.files("nicknames").joinpath("names.csv").open(encoding="utf-8") as rows:
        for row in csv.reader(rows):
            for name in (row[0], row[-1]) if row else ():
                name = name.strip().lower()
                if name.isalpha():
                    nicknames.add(name)
    world: dict[str, str] = {}
    with gzip.open(_DATA / "given_names.tsv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            name, _, sex = line.rstrip("\n").partition("\t")
            world[name] = sex
    genders: dict[str, str] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        # A name counts as gendered when one sex uses it four times as often.
        genders[name] = "m" if m > 4 * f else "f" if f > 4 * m else ""
    for name in nicknames:
        genders.setdefault(name, "")
    for name, sex in world.items():
        genders.setdefault(name, sex)
    # English first names: the Census ones borne by at least 3 in 100,000
    # people (so not "See", which the Census lists once), and the nicknames.
    common = {n for n, f in male.items() if f >= 0.003} | {n for n, f in female.items() if f >= 0.003}
    common |= {n for n in nicknames if n not in male and n not in female}
    places: set[str] = set()
    # Cities, countries, capitals, US states (GeoNames); every country's
    # states, provinces and regions (CLDR): "Gauteng Health", "Punjab Police".
    for name in ("places.txt.gz", "subdivisions.txt.gz"):
        with gzip.open(_DATA / name, "rt", encoding="utf-8") as lines:
            places.update(line.rstrip("\n") for line in lines)
    lists = {name: _words(name) for name in _WORD_LISTS}
    return {
        "genders": genders,
        "census": frozenset(male) | frozenset(female),
        # Names that make a capitalised word at a sentence start a name: the
        # common English ones and the world's, not the Census rarities ("See").
        "likely": frozenset(common) | frozenset(world),
        "common": frozenset(common),
        # Common English given names that are no surname ("Katharine"):
        # what _only_first_name asks, without loading every surname.
        "only_first": frozenset(common) - frozenset(_census("dist.all.last")),
        "places": frozenset(places),
        # World given names that are cities too (Vladimir, Hassan): the
        # builder kept them for being among a country's commonest names.
        "given_places": frozenset(name for name in world if name in places),
        "demonyms": lists["demonyms.txt"],
        "organization_heads": lists["organization_heads.txt"] | lists["club_name_endings.txt"],
        "club_name_endings": lists["club_name_endings.txt"],
        "family_first": lists["family_first.txt"] | lists["korean_family_names.txt"]
        | lists["vietnamese_family_names.txt"],
        "vietnamese_family": lists["vietnamese_family_names.txt"],
        "korean_family": lists["korean_family_names.txt"],
    }


# The hand-kept word lists the tables are built from, besides the two
# gzipped ones: each read once a build, and each a source of the cache's name.
_WORD_LISTS = ("demonyms.txt", "organization_heads.txt", "family_first.txt", "korean_family_names.txt",
               "vietnamese_family_names.txt", "club_name_endings.txt")


_TABLES_VERSION = 7  # the tables _build makes; a change names a new cache file


def _cache_file(part: str) -> Path:
    """Where a built table is kept, named after what it was built from:
    another version of a list is another file."""
    sources = [_DATA / name for name in ("given_names.tsv.gz", "places.txt.gz", "subdivisions.txt.gz", *_WORD_LISTS)]
    # find_spec locates the packages without importing them.
    sources += [Path(importlib.util.find_spec(package).origin or "").parent for package in ("names", "nicknames")]
    import zlib  # two checksums, not a cryptographic hash: OpenSSL takes longer to load than this whole look-up

    stamp = repr([_TABLES_VERSION] + [(str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sources]).encode()
    key = f"{zlib.crc32(stamp):08x}{zlib.adler32(stamp):08x}"
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "quotes" / f"{part}-{key}.pickle"


def _cached(part: str, build: Callable[[], Any]) -> Any:
    """A table from its cache file when there is one (a pickle loads in a
    tenth of the time the sources parse in, which a small command feels);
    built and cached otherwise. A cache that cannot be read or written is
    simply not used."""
    path: Path | None = None
    try:
        path = _cache_file(part)
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - no home, no file, a torn or foreign file: build instead
        pass
    table = build()
    if path is None:
        return table
    try:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{part}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
        _forget_old_caches(path, part)
    except OSError:
        pass
    return table


@functools.cache
def _tables() -> dict[str, Any]:
    """Given names, places and the small lists."""
    return _cached("names", _build)


@functools.cache
def _surname_table() -> frozenset[str]:
    """The Census surnames (89,000), kept apart: few articles ask for them,
    and a small command should not load them."""
    return _cached("surnames", lambda: frozenset(_census("dist.all.last")))


_CACHE_DAYS = 30


def _forget_old_caches(kept: Path, part: str) -> None:
    """Caches of other installs or older lists, untouched for a month, go
    (each install names its own file, so they would pile up)."""
    import time

    cutoff = time.time() - _CACHE_DAYS * 86400
    for old in kept.parent.glob(f"{part}-*.pickle"):
        try:
            if old != kept and old.stat().st_atime < cutoff and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            continue


def first_name_genders() -> dict[str, str]:
    """First name -> 'm', 'f' or '' (used by both sexes or unknown)."""
    return _tables()["genders"]


def census_first_names() -> frozenset[str]:
    """The first names of the US Census lists alone."""
    return _tables()["census"]


def places() -> frozenset[str]:
    """Countries, capitals, US states, continents and large cities, lower case."""
    return _tables()["places"]


def given_places() -> frozenset[str]:
    """Cities whose names are also common given names abroad (Vladimir,
    Hassan, Santiago), lower case."""
    return _tables()["given_places"]


@functools.cache
def _person_noun_table() -> tuple[frozenset[str], frozenset[str]]:
    import gzip

    every, mostly = set(), set()
    with gzip.open(_DATA / "person_nouns.txt.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            word, _, use = line.rstrip("\n").partition("\t")
            every.add(word)
            if use != "other":
                mostly.add(word)
    return frozenset(every), frozenset(mostly)


def person_nouns() -> frozenset[str]:
    """Common nouns whose commonest sense is a person ("fisherman",
    "villager"; WordNet's noun.person), lower case; read on first use."""
    return _person_noun_table()[0]


def mostly_person_nouns() -> frozenset[str]:
    """Those of the person nouns that are more used as such than as a verb
    or an adjective ("dean", "vicar"; not "have", "familiar", "suspect"):
    safe to read as a noun wherever they stand."""
    return _person_noun_table()[1]


@functools.cache
def common_words() -> frozenset[str]:
    """Ordinary English words that are nobody's name or place ("cups",
    "league"), lower case; read on first use (the few articles that ask
    for a name no list knows)."""
    import gzip

    with gzip.open(_DATA / "common_words.txt.gz", "rt", encoding="utf-8") as lines:
        return frozenset(line.rstrip("\n") for line in lines)


@functools.cache
def nationalities() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(word for a national -> the countries it names, a country's name ->
    the country), lower case, from ``data/nationalities.tsv``: "spaniard"
    -> {spain}, "scot" -> {britain}, "new zealander" -> {new zealand};
    "spain" -> spain, "uk" -> britain."""
    nationals: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for line in (_DATA / "nationalities.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        countries, _, words = line.partition("\t")
        key = countries.split("|")[0]
        for name in countries.split("|"):
            names[name] = key
        for word in words.split(","):
            nationals.setdefault(word.strip(), set()).add(key)
    return {word: frozenset(keys) for word, keys in nationals.items()}, names


def demonyms() -> frozenset[str]:
    """German, Muslim, Caribbean: adjectives of place and faith, lower case."""
    return _tables()["demonyms"]


def club_name_endings() -> frozenset[str]:
    """Words that end a sports club's name (United, FC, Rovers), lower case."""
    return _tables()["club_name_endings"]


def organization_heads() -> frozenset[str]:
    """Words that end organisations' names (Robotics, Corporation, Stores)."""
    return _tables()["organization_heads"]


def korean_family_names() -> frozenset[str]:
    """Korean family names in the spellings news uses, lower case."""
    return _tables()["korean_family"]


def vietnamese_family_names() -> frozenset[str]:
    """Vietnamese family names, with and without diacritics, lower case."""
    return _tables()["vietnamese_family"]


def family_first_names() -> frozenset[str]:
    """Family names of the countries that write them first (Yoon, Lee,
    Kim, Wang), lower case."""
    return _tables()["family_first"]


def is_place(phrase: str) -> bool:
    return phrase.lower() in _tables()["places"]


def surnames() -> frozenset[str]:
    """Surnames of the Census list (loaded on first use)."""
    return _surname_table()


def only_first_names() -> frozenset[str]:
    """Common English given names that are no Census surname."""
    return _tables()["only_first"]


def common_first_names() -> frozenset[str]:
    """English first names (Census, at least 3 in 100,000 people, and the
    nicknames). Only these say that a word is *not* a surname ("Cassandra
    Katharine"): many of the world's given names are surnames too (Mujahid,
    Singh)."""
    return _tables()["common"]


def likely_given_names() -> frozenset[str]:
    """Names that make a capitalised word at a sentence start a name:
    the common English ones and the world's, not the Census rarities ("See")."""
    return _tables()["likely"]


def is_first_name(word: str) -> bool:
    return word.lower() in first_name_genders()


def first_name_gender(word: str) -> str:
    return first_name_genders().get(word.lower(), "")
