"""Names of people and organisations: normalised forms and comparisons.

Speaker resolution across articles asks two questions of a pair of names:
could they be the same person (hard constraints: conflicting first names,
middle initials or suffixes say no), and how alike are they (a score and a
reason for the merge log). nameparser splits human names into their parts,
nicknames knows that Bill is William, anyascii folds diacritics.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from anyascii import anyascii
from nameparser import HumanName
from nicknames import NickNamer
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from .language import lexicon
from .language.namelists import is_first_name

_NON_LETTERS = re.compile(r"[^a-z0-9 ]+")
_POSSESSIVE = re.compile(r"['’]s\b|['’]\s*$")
_SUFFIXES = lexicon.NAME_SUFFIXES
# Titles that may stand before a name in an alias ("Sen. Rubio", "Mayor Wu").
_TITLES = lexicon.TITLE_WORDS | frozenset(lexicon.HONORIFIC_GENDER)


def fold(text: str) -> str:
    """Lower-case ASCII letters, digits and single spaces: 'Núñez' -> 'nunez'."""
    text = _POSSESSIVE.sub("", anyascii(text or "").lower())
    return " ".join(_NON_LETTERS.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class PersonName:
    """A human name in parts, each folded to lower-case ASCII."""

    first: str  # "" when only a surname is known ("Hyde", "Mr. Trump")
    middle: str  # initials of the middle names: "h", "hw"
    last: str
    suffix: str  # "jr", "iii", or ""

    @property
    def key(self) -> str:
        """The surname, the blocking key for candidate search."""
        return self.last

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last, self.suffix) if p)


@functools.lru_cache(maxsize=200_000)
def parse_person(name: str) -> PersonName:
    """Split a person's name, dropping titles, honorifics and possessives.

    A single word is a surname ("Hyde"), as it is in an attribution.
    """
    words = [w for w in name.replace(",", " ").split() if w]
    while words and fold(words[0]) in _TITLES and len(words) > 1:
        words = words[1:]
    cleaned = " ".join(words)
    if len(words) == 2 and fold(words[1]) in _SUFFIXES:
        return PersonName("", "", fold(words[0]), fold(words[1]))  # "Trump Jr."
    if len(words) <= 1:
        return PersonName("", "", fold(cleaned), "")
    parsed = HumanName(cleaned)
    first = fold(parsed.first)
    last = fold(parsed.last) or first
    if last == first and not parsed.last:
        first = ""
    middle = "".join(w[0] for w in fold(parsed.middle).split())
    suffix = fold(parsed.suffix).replace(" ", "")
    # nameparser reads a lone trailing "Jr" as the surname in some spellings.
    if last in _SUFFIXES and len(words) > 2:
        suffix, last = last, fold(words[-2])
    return PersonName(first, middle, last, suffix)


_NICKNAMES = NickNamer()


@functools.lru_cache(maxsize=100_000)
def _name_family(first: str) -> frozenset[str]:
    """A first name with its canonical forms: bill -> {bill, william, ...}."""
    return frozenset({first} | _NICKNAMES.canonicals_of(first))


def first_names_match(a: str, b: str) -> str | None:
    """Why two first names may be one person's, or None if they conflict."""
    if not a or not b:
        return "surname only"
    if a == b:
        return "same first name"
    if len(a) == 1 or len(b) == 1:
        return "initial" if a[0] == b[0] else None
    # Only a direct link counts: Bill -> William, not Bill ~ Bob through a
    # shared canonical form.
    if a in _name_family(b) or b in _name_family(a):
        return "nickname"
    if a[0] == b[0] and min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 85:
        if is_first_name(a) and is_first_name(b) and soundex(a) != soundex(b):
            # Two given names of their own that do not even sound alike
            # (Ivana, Ivanka) are two people; a slip keeps the sound
            # (Michele for Michelle).
            return None
        return "first-name spelling"
    return None


def surnames_match(a: str, b: str) -> str | None:
    if a == b:
        return "same surname"
    if min(len(a), len(b)) >= 5 and a[0] == b[0] and JaroWinkler.similarity(a, b) >= 0.93:
        return "surname spelling"
    return None


@dataclass(frozen=True, slots=True)
class NameMatch:
    score: float  # 0-100
    reason: str


def compare_people(a: PersonName, b: PersonName) -> NameMatch | None:
    """How alike two full names are, or None if they cannot be one person.

    Hard constraints first: Bill Clinton is not Hillary Clinton (first
    names), George W. Bush is not George H. W. Bush (middle initials),
    Donald Trump Jr. is not Donald Trump (suffix).
    """
    surname = surnames_match(a.last, b.last)
    if surname is None:
        return None
    first = first_names_match(a.first, b.first)
    if first is None or first == "surname only":
        return None
    if surname != "same surname" and not (first == "same first name" and is_first_name(a.first)):
        # A misspelt surname is believed only next to the very same, real
        # first name: "East German" is not "East Germany".
        return None
    if a.middle and b.middle and a.middle != b.middle:
        return None
    if a.suffix != b.suffix:
        return None
    score = 100.0
    reasons = []
    if surname != "same surname":
        score -= 12
        reasons.append(f"{surname} ({a.last}/{b.last})")
    if first != "same first name":
        score -= {"initial": 12, "nickname": 6, "first-name spelling": 10}[first]
        reasons.append(f"{first} ({a.first}/{b.first})")
    if a.middle != b.middle:
        score -= 2
        reasons.append("middle initial on one side")
    return NameMatch(score, ", ".join(reasons) or "same name")


_SOUNDEX_CODES = {c: str(d) for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"]) for c in letters}


def soundex(word: str) -> str:
    """Soundex code of a folded word, for finding misspelt surnames."""
    word = "".join(c for c in word if c.isalpha())
    if not word:
        return ""
    out = word[0]
    last = _SOUNDEX_CODES.get(word[0], "")
    for c in word[1:]:
        code = _SOUNDEX_CODES.get(c, "")
        if code != "0" and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def organization_key(name: str) -> str:
    """Folded organisation or document name without articles: 'the FBI' -> 'fbi'."""
    words = [w for w in fold(name).split() if w not in ("the", "a", "an")]
    return " ".join(words)
