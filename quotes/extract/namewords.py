"""Words of names: is a word a title, a given name, a surname, a place; where
the person's name lies in a run of capitalised words ('Field Office
Director Patricia H. Hyde' -> 'Patricia H. Hyde'); nouns for roles and
for people.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..language import lexicon
from ..language.namelists import (
    common_first_names,
    common_words,
    demonyms,
    family_first_names,
    first_name_genders,
    given_places,
    is_place,
    korean_family_names,
    likely_given_names,
    nationalities,
    only_first_names,
    organization_heads,
    person_nouns,
    surnames,
    vietnamese_family_names,
)
from .tokens import PREFIXED_NAME_RE, PUNCT, Token

if TYPE_CHECKING:
    pass


# A capitalised word; the period stays only on initials and abbreviations,
# so that a run never crosses a sentence end ("des Lilas. Brett said").
# (It opens with one character class, which lets the regex engine skip to
# capitals quickly; the period's cases are look-behinds after the word.)
def abbreviation_lookbehinds(abbreviations: Iterable[str], negative: bool, period: bool | None = None) -> list[str]:
    """Look-behinds for "one of these abbreviations, capitalised, ends here"
    ("Mr", "Brig", "Det"; ``negative``: does not; ``period``: with its
    period, as a negative one is by default), one per length (a look-behind
    is of one width): a few alternations, not one look-behind an
    abbreviation, which every period in a text would try in turn."""
    by_length: dict[int, list[str]] = {}
    for a in sorted(abbreviations):
        by_length.setdefault(len(a), []).append(a.capitalize())
    sign = "!" if negative else "="
    dot = r"\." if (negative if period is None else period) else ""
    return [rf"(?<{sign}\b(?:{'|'.join(words)}){dot})" for _, words in sorted(by_length.items())]


def _latin_capitals() -> str:
    """The body of a character class holding every Latin capital letter, as
    ranges: A-Z and the capitals of Latin-1, Latin Extended-A and -B and
    Latin Extended Additional, so that a name opening with one reads as a
    name ("Łukasz Kowalski", "Maroš Šefčovič", "Mehmet Şimşek", "Đặng")."""
    capitals = [c for c in range(0x41, 0x250) if chr(c).isupper()] \
        + [c for c in range(0x1E00, 0x1F00) if chr(c).isupper()]
    ranges: list[list[int]] = []
    for c in capitals:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


LATIN_CAPITALS = _latin_capitals()
_CAP = (
    rf"[{LATIN_CAPITALS}]" r"(?:\.(?:[A-Z]\.){1,2}(?=[ \t\u00a0])"  # initials written together: "M.S. Dhoni"
    r"|[\w'’\-]*(?:(?:(?<![\w'’\-][A-Z])(?<=[A-Z])"
    + "".join("|" + lookbehind for lookbehind in abbreviation_lookbehinds(lexicon.NAME_ABBREVIATIONS, negative=False))
    + r")\.)?)"
)
# Lower-case words inside a surname: "Ana de la Cruz", "Pieter van den Berg".
_PARTICLE_WORDS = lexicon.NAME_PARTICLES
_PARTICLE = "(?:" + lexicon.alternation(_PARTICLE_WORDS) + ")"
# After the first word, a surname may carry a lower-case Arabic or Hebrew
# prefix: "Abdel Fattah al-Sisi", "Mohammed bin-Salman".
_NAME_PREFIX = "(?:" + lexicon.PREFIXED_NAME_RE.pattern.split("-[A-Z]")[0] + ")-"
NAME_RUN_RE = re.compile(rf"{_CAP}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*(?:{_NAME_PREFIX})?{_CAP})*")
_WORDS_RE = re.compile(r"\S+")
# The pronouns that vote for a person's gender: not "him" or "her", which
# are often someone else in the mention's own clause ("Kenji Mori calls her").
# (Spelt out by case, and opening with one character class the regex engine
# can skip to, rather than re.IGNORECASE and a leading \b, which read every
# text about three times slower.)
_VOTING_PRONOUN_RE = re.compile(
    r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|is|imself|ers|erself)|(?<=[Ss])he|(?<=H)(?:E|IS|IMSELF|ERS|ERSELF)|(?<=S)HE)\b"
)
_SUFFIXES = lexicon.NAME_SUFFIXES
_TITLE_EXPANSIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "sec": "secretary",
    "pres": "president",
    "dr": "doctor",
    "atty": "attorney",
}


@functools.lru_cache(maxsize=65536)
def clean_word(word: str) -> str:
    """A name token without possessive or sentence period: Trump's -> Trump."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif word.endswith(("'", "’")):
        word = word[:-1]
    if word.endswith(".") and not (len(word) == 2 or word[:-1].lower() in _ABBREVIATED or _INITIALS_RE.fullmatch(word)):
        word = word[:-1]
    return word


_ABBREVIATED = frozenset(
    "mr mrs ms dr sen rep gov lt gen jr sr st col capt sgt prof rev sec atty".split()
)


@functools.lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    return clean_word(word).rstrip(".").lower()


@functools.lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    bare = _bare(word)
    if bare in lexicon.TITLE_WORDS or (word.endswith(".") and bare in lexicon.TITLES_WITH_PERIOD):
        return True
    # A compound rank written with hyphens is a title when each part is one
    # ("Major-Gen", "Lt-Gen", "Vice-Adm", "Sgt-Maj"): the parts combine too
    # freely to list every joining.
    parts = bare.split("-")
    return len(parts) > 1 and all(part in lexicon.TITLE_WORDS for part in parts)


@functools.lru_cache(maxsize=65536)
def _is_acronym(word: str) -> bool:
    w = clean_word(word).replace(".", "")
    return len(w) >= 2 and w.isupper() and w.isalpha()


@functools.lru_cache(maxsize=65536)
def _is_name_word(word: str) -> bool:
    bare = _bare(word)
    return (
        bool(bare)
        and (word[:1].isupper() or PREFIXED_NAME_RE.match(word) is not None)  # "al-Zahra"
        and bare not in lexicon.NON_NAME_WORDS
        and bare not in lexicon.FUNCTION_WORDS
        and bare not in lexicon.TITLE_WORDS
        and not (word.endswith(".") and bare in lexicon.TITLES_WITH_PERIOD)  # "Eng. Charles Muasya"
        and bare not in lexicon.ORGANIZATION_NOUNS
        and not _is_acronym(word)
    )


def starts_sentence(text: str, pos: int) -> bool:
    """Is text[pos] the first word of a sentence (so its capital says nothing)?"""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k >= 0 and text[k] == '"' and (k == 0 or text[k - 1].isspace()):
        return True  # an opening straight mark: '"See Mike?"'
    if k > 0 and text[k] in "\"”’" and text[k - 1] in ".!?":
        return True  # after a quotation that ended its sentence: '"... Tema." Singer Efya'
    return k < 0 or text[k] in ".!?\n“‘(—"


def _uninformative_first(text: str, pos: int, word: str, followed_by_capital: bool) -> bool:
    """A sentence-initial word that is not a known name: "See Sexton",
    "Does Rubio", "First Trump"."""
    return (
        followed_by_capital
        and _bare(word) not in likely_given_names()  # (before the look back: most speakers open with a given name)
        and starts_sentence(text, pos)
        and not is_title(word)
        and _bare(word) not in lexicon.HONORIFIC_GENDER
        and not _INITIALS_RE.fullmatch(word)  # "J.D. Vance", "P. Chidambaram": initials open a name
        and not is_place(_bare(word))  # "Ontario Police", "Gauteng Health": a place opens a body's name
        and not _place_of_two_words(text, pos, word)  # "Sri Lanka said", "New Zealand Police"
        and not (_bare(word) == "the" and _title_after(text, pos + len(word)))  # "The Chancellor said": a description
        and not _PARTICLE_SURNAME_AFTER_RE.match(text, pos + len(word))  # "Marine Le Pen", "Virgil van Dijk": a name
        # "Park Ji-hoon, a 32-year-old": a family name written first
        and not (_bare(word) in family_first_names() and (_HYPHENATED_GIVEN_AFTER_RE.match(text, pos + len(word))
                                                          or _pinyin_given_after(text, pos + len(word))))
    )


_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)\b")


# A surname of a particle and a capitalised word right after a word: that
# word is the given name ("Marine Le Pen", "Virgil van Dijk").
_PARTICLE_SURNAME_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:" + "|".join(sorted({p.capitalize() for p in lexicon.NAME_PARTICLES} | set(lexicon.NAME_PARTICLES),
                                         key=len, reverse=True)) + r")[ \t\u00a0]+[A-Z]"
)


def _title_after(text: str, pos: int) -> bool:
    """Is the capitalised word after ``pos`` a title ("The Chancellor")?"""
    found = _NEXT_WORD_RE.match(text, pos)
    return found is not None and is_title(found.group(1))


def _place_of_two_words(text: str, pos: int, word: str) -> bool:
    """Do the word at ``pos`` and the capitalised word after it name a place?"""
    found = _NEXT_WORD_RE.match(text, pos + len(word))
    return found is not None and is_place(f"{_bare(word)} {found.group(1).lower()}")


def _pinyin_given_after(text: str, pos: int) -> bool:
    """Does a given name of Mandarin syllables follow ``pos``?"""
    found = _NEXT_WORD_RE.match(text, pos)
    return found is not None and is_pinyin_given_name(found.group(1))


_DAY_AFTER_RE = re.compile(r"\.?[ \t\u00a0]+\d")
_DAY_BEFORE_RE = re.compile(r"\d[ \t\u00a0]+$")


def is_date_word(text: str, start: int, word: str) -> bool:
    """Is the word at ``start`` part of a date: a weekday ("Friday"), or a
    month or a short form written as dates are ("Oct. 11", "October 11",
    "11 October", "Tues.")? "May Ling" and "June Carter" are names."""
    bare = word.rstrip(".").lower()
    if bare in lexicon.WEEKDAYS:
        return True
    if bare not in lexicon.MONTHS and bare not in lexicon.MONTH_ABBREVIATIONS and bare not in lexicon.WEEKDAY_ABBREVIATIONS:
        return False
    end = start + len(word)
    # A period alone says "date" only for short forms that are no names
    # ("Oct.", "Tues."; but "said Jan." and "Sun." end on a name).
    dotted = (word.endswith(".") or text.startswith(".", end)) and bare in lexicon.DATE_ONLY_ABBREVIATIONS
    return dotted or _DAY_AFTER_RE.match(text, end) is not None \
        or (bare in lexicon.MONTHS | lexicon.MONTH_ABBREVIATIONS and _DAY_BEFORE_RE.search(text, max(0, start - 8), start) is not None)


def before_a_date(text: str, words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words of a capitalised run up to the first that is a date."""
    for k, (start, word) in enumerate(words):
        if word[:1] in "JFMASONDTWS" and is_date_word(text, start, word):
            return words[:k]
    return words


def _only_first_name(word: str) -> bool:
    """A common first name that is not a surname: "Katharine" cannot end
    "Cassandra Katharine" as a surname would."""
    return _bare(word) in only_first_names()


_LEAD_TITLE_RE = re.compile(r"\b([a-z][a-z-]+)(?:\s+(?:to|of|for)\s+(?:the\s+)?)?\s*$")


def _lowercase_title(text: str, start: int) -> str | None:
    """A title word in lower case just before a capitalised run ("ambassador
    to Britain Liu Xiaming", "spokesman Zabihullah Mujahid")."""
    window = text[max(0, start - 30) : start]
    before = window.rstrip()[-1:]
    if not ("a" <= before <= "z" or before == "-"):
        return None  # (the pattern ends in a lower-case word: a quick no for most runs)
    m = _LEAD_TITLE_RE.search(window)
    if m and is_title(m.group(1)) and m.group(1) not in ("the", "former", "then", "current"):
        return " ".join(m.group(0).split())  # "ambassador to"
    return None


def _role_words(before: list[str]) -> str | None:
    return " ".join(w for w in before if is_title(w) or w[:1].isupper()) or None


def _followed_by_name_use(text: str, m: re.Match[str]) -> bool:
    """A sentence-initial pair read as a name when a verb follows it
    ("Eyamba Sowers didn't know"), not another capitalised word."""
    end = m.end() + len(m.group(2))  # the pair's second word is a lookahead
    rest = text[end : end + 30].lstrip(" ,")
    return bool(rest) and rest[0].islower()


def _place_not_name(word: str) -> bool:
    """"Britain" in "ambassador to Britain Liu Xiaming": a place, or a
    nationality, that some name list also holds; only a common English first
    name that is a place too (Georgia, Jordan) can still open a name, and
    a nationality never does ("German Chancellor")."""
    bare = _bare(word)
    return bare in demonyms() or (is_place(bare) and bare not in common_first_names() and bare not in given_places())


_PLACE_PREPOSITION_RE = re.compile(r"\b(?:(?<!ccording )to|in|from|of|at|for)\s+$", re.IGNORECASE)


def _pair_after_no_place(text: str, start: int, words: list[str]) -> bool:
    """Two words a cue names, not after "to"/"in": the first is a given name
    even when a town bears it too ("Ngozi Okonjo-Iweala"), unlike "Britain"
    in "ambassador to Britain Liu Xiaming"."""
    return (
        len(words) == 2
        and _bare(words[0]) not in demonyms()
        and not _PLACE_PREPOSITION_RE.search(text, max(0, start - 12), start)
    )


_PATRONYMIC_PARTICLES = frozenset(("bin", "ibn", "bint", "binti", "ben"))
# The Arabic article capitalised inside a name ("Khalid Al Falih", "Tamim bin
# Hamad Al Thani"); first in a name it is a given name ("Al Gore").
_CAPITAL_PARTICLES = frozenset(("Al", "El"))


def without_honours(words: list[str]) -> list[str]:
    """A name's words without the honours written after it in capitals
    ("Keir Starmer MP", "Ama Mensah OBE", "Jane Roe KC"; not "the
    Conservative MP", whose MP is the noun)."""
    n = len(words)
    while n > 2 and words[n - 3][:1].isupper() and words[n - 2][:1].isupper() \
            and _bare(words[n - 1]) in lexicon.POST_NOMINALS and words[n - 1][:2].isupper():
        n -= 1
    return words[:n]


def _name_core(words: list[str]) -> list[str]:
    """A name's words without its suffix (Jr., III)."""
    return [w for w in words if _bare(w) not in _SUFFIXES]


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def person_name_in(words: list[str]) -> tuple[int, int] | None:
    """[i, j) of the (last) person's name inside a run of capitalised words
    (see _person_name_in); remembered, as articles repeat their names. A
    Chinese given name written before an English one opens the name
    ("Yunfan Gerry Zhang")."""
    found = _person_name_in(tuple(words))
    if found is not None:
        owners = [k for k in range(found[0], found[1] - 1) if words[k].endswith(("'s", "’s"))]
        if owners and found[1] - owners[-1] - 1 >= 2:
            found = (owners[-1] + 1, found[1])  # "Al Jazeera's Hashem Ahelbarra": the owner is no part of the name
    if found is not None and found[0] > 0 and found[1] - found[0] >= 2 and is_pinyin_given_name(words[found[0] - 1]) \
            and not _place_not_name(words[found[0] - 1]):  # ("ambassador to Chile Rosa Quispe": Chile is a place)
        return found[0] - 1, found[1]
    return found


# An Arabic name's "son of" or "daughter of": the word before is a given name
# whatever the lists say ("Hind bint Hamad", "Tamim bin Hamad").
_PATRONYMIC_PARTICLES = frozenset(("bin", "bint", "binti", "ibn"))


@functools.lru_cache(maxsize=16384)
def _person_name_in(words: tuple[str, ...]) -> tuple[int, int] | None:
    """[i, j) of the (last) person's name inside a run of capitalised words.

    A name is a known first name, optional initials, a surname and an optional
    suffix ("Field Office Director Patricia H. Hyde" -> "Patricia H. Hyde");
    a third full word is taken only when it ends the run ("Debbie Wasserman
    Schultz", but "Ted Cruz" in "Ted Cruz Super Tuesday"). Without a known
    first name, the words after the titles that open the run ("Sen. Rubio"),
    or a pair whose last word is a known surname ("Jeb Bush").
    """
    n = len(words)
    firsts = first_name_genders()
    family_first = _family_name_then_given(words)
    if family_first is not None:
        return family_first
    found = None
    i = 0
    while i < n - 1:
        patronymic_after = i + 2 < n and words[i + 1] in _PATRONYMIC_PARTICLES  # "Hind bint Hamad": a given name
        if not ((patronymic_after or _is_given(_bare(words[i]), firsts)) and _is_name_word(words[i])) or _place_not_name(words[i]) \
                or words[i].endswith(("'s", "’s")) \
                or (n - i >= 3 and _bare(words[i]) in lexicon.OFFICE_DOMAIN_WORDS):
            # ("Kenya's Interior Minister": a possessor, then its noun;
            # "Commissioner of Police Amanda Lee": what the office is for.)
            i += 1
            continue
        j = i + 1
        while j < n and (_is_initial(words[j]) or (j + 1 < n and (words[j] in _PARTICLE_WORDS or words[j] in _CAPITAL_PARTICLES))):
            j += 1  # "Patricia H. Hyde", "Bill de Blasio", "Khalid Al Falih"
        if j == n - 1 and _bare(words[j]) in lexicon.WORD_SURNAMES \
                and words[j][:1].isupper() and not words[i].endswith(("'s", "’s")):
            pass  # "Carole King", "Lena Park": a title or a noun as the surname
        elif j >= n or not _is_name_word(words[j]) or _is_initial(words[j]) or _only_first_name(words[j]):
            i += 1
            continue
        j += 1
        if j == i + 2 and n - i >= 4 and _double_given_then_surname(words, i):
            # "Andrés Manuel López Obrador", "Juan Carlos Rodríguez Gómez":
            # two given names, then a two-part surname that ends the run.
            found = (i, n)
            break
        before_suffix = j == n - 2 and _bare(words[n - 1]) in _SUFFIXES  # "... Massoud Jr."
        if (j == n - 1 or before_suffix) and not words[j - 1].endswith(("'s", "’s")) and (
            _is_name_word(words[j]) or (before_suffix and _bare(words[j]) in lexicon.WORD_SURNAMES and words[j][:1].isupper())
        ):
            # A middle name or a two-word surname that ends the run; before a
            # suffix, which ends a person's name, a title or a noun may be
            # the surname ("Martin Luther King Jr.").
            j += 1
        k = j
        while k < n - 1 and words[k] in _PARTICLE_WORDS:
            k += 1
        if k > j and k == n - 1 and _is_name_word(words[k]):
            j = n  # "José Ortega y Gasset": a particle, then the surname's last word
        elif j == n - 2 and words[j] in _CAPITAL_PARTICLES and _is_name_word(words[j + 1]) \
                and any(w in _PATRONYMIC_PARTICLES for w in words[i:j]):
            j = n  # "Tamim bin Hamad Al Thani": the family name after the father's
        if j < n and _bare(words[j]) in _SUFFIXES:
            j += 1
        if j - i == 2 and is_place(f"{_bare(words[i])} {_bare(words[i + 1])}"):
            i = j  # "Tamil Nadu Chief Minister M.K. Stalin": a place of two words, then the title
            continue
        found = (i, j)
        i = j
    if found and found[0] > 0 and _bare(words[found[0]]) in lexicon.THEOPHORIC_PREFIXES:
        # "Zambry Abdul Kadir", "Siti Nurhaliza Abdul Rahman": the father's
        # name after the given names, which no list need know; up to four
        # words, and never a title, a place or an owner before it.
        found = (max(_name_words_before(words, found[0]), found[1] - 4), found[1])
    if found and found[0] > 0 and _bare_initials_open(words, found[0]):
        found = (found[0] - 1, found[1])  # "Justice PV Sanjay Kumar": the initials open the name
    if found and found[1] == n and found[0] > 0:
        # "President Anura Kumara Dissanayake": after a title, name words
        # no list knows before a given name some list does open the name
        # (up to four words), as the title says a person's name follows.
        i = _name_words_before(words, found[0])
        if 0 < i < found[0] and is_title(words[i - 1]) and n - i <= 4:
            found = (i, n)
    if found is not None and found[1] == found[0] + 2 and n - found[0] == 4 \
            and all(_is_name_word(w) and not _is_initial(w) for w in words[found[0]:]) \
            and not any(_place_not_name(w) for w in words[found[0] + 2 :]) \
            and _bare(words[found[0] + 2]) not in firsts and not any(_bare(w) in organization_heads() for w in words[found[0]:]):
        # "Aung San Suu Kyi" (after "Myanmar's" too): four name words, the
        # last two no second person's (no given name opens them), are one name.
        return found[0], n
    if found:
        return found
    initialled = _initials_name(words)
    if initialled is not None:
        return initialled
    i = 0
    while i < n and (is_title(words[i]) or _bare(words[i]) in lexicon.NON_NAME_WORDS):
        i += 1
    titled = any(is_title(w) for w in words[:i])  # "Sen. Rubio", not "My Dear Fanny"
    if titled and i < n and n - i <= 3 and all(_is_name_word(w) or _bare(w) in _SUFFIXES for w in words[i:]) \
            and not all(_bare(w) in common_words() for w in words[i:]):  # (not "Governor on Health": a brief)
        return i, n
    owner = next((k for k in range(i, min(n - 1, i + 3)) if words[k].endswith(("'s", "’s"))), None)
    if titled and owner is not None and all(_is_name_word(w) for w in words[i : owner + 1]):
        return i, owner + 1  # "President Barack Obama's Council of Economic Advisers": the owner
    # "Reserve Bank of India Governor Shaktikanta Das": a body's name, a
    # title, then two or three name words no list knows that end the run.
    for t in (n - 3, n - 4):
        if t > 0 and is_title(words[t]) and words[t][:1].isupper() \
                and all(_is_name_word(w) and not _place_not_name(w) and _bare(w) not in organization_heads()
                        and not is_title(w) for w in words[t + 1 :]):
            return t + 1, n
    return None


def _name_words_before(words: tuple[str, ...], i: int) -> int:
    """Where the name words right before ``words[i]`` begin: capitalised
    words that are no title, place, owner, body's word, time or noun for a
    person ("General Counsel James Baker": Counsel is a role)."""
    while i > 0:
        word, bare = words[i - 1], _bare(words[i - 1])
        if not _is_name_word(word) or _place_not_name(word) or word.endswith(("'s", "’s")) \
                or bare in organization_heads() or bare in lexicon.TIME_WORDS or bare in person_nouns():
            break
        i -= 1
    return i


def mentions_known_as(text: str) -> bool:
    """Might the article say whom it calls what ("known as", "known by her
    initials", "referred to as")? A quick look before the pattern's search."""
    return " known as " in text or " known by " in text or "referred to as " in text


@functools.cache
def _known_as_re() -> re.Pattern[str]:
    """"Joko Widodo, known as Jokowi": a name, then the one the article uses.
    (Compiled on first use: few articles ask, and start-up counts.)"""
    return re.compile(
        r"([A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){1,5}),?[ \u00a0]+\(?"
        r"(?:(?:better|popularly|widely|commonly|universally|affectionately|also|locally)[ \u00a0]+)?"
        r"(?:known|referred to)[ \u00a0]+(?:as|by[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:initials|nickname|acronym),?)"
        r"[ \u00a0]+[\"“‘']?([A-Z][\w'’-]+)"
    )
# A Korean or Chinese given name of two syllables joined: "Chan-wook", "Ing-wen".
_HYPHENATED_GIVEN_RE = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,5}$")
_HYPHENATED_GIVEN_AFTER_RE = re.compile(r"[ \u00a0][A-Z][a-z]{1,5}-[a-z]{1,5}\b")


def _is_given(bare: str, firsts: dict[str, str]) -> bool:
    """A given name of the lists, or two of them joined ("Rose-Lynn",
    "Jean-Pierre", "Anne-Marie"), which the lists hold only sometimes; or
    one written with marks the lists leave off ("Ismaïl", "Zoë")."""
    if bare in firsts:
        return True
    if not bare.isascii() and _folded(bare) in firsts:
        return True
    if "-" not in bare:
        return False
    parts = bare.split("-")
    return len(parts) == 2 and all(len(p) > 1 and p in firsts for p in parts)


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """The word without the marks of western European spelling ("ismaïl"
    -> "ismail", "zoë" -> "zoe"); "" for a word in other letters, whose
    marks make another name (Vietnamese "Văn" is no "van")."""
    if any(ord(c) > 0xFF for c in word):
        return ""
    from anyascii import anyascii  # (loaded only for a word with marks)

    return anyascii(word)


@functools.lru_cache(maxsize=4096)
def is_pinyin_given_name(word: str) -> bool:
    """'Jianxiong', 'Mengguang', 'Xiaoping': a capitalised word made of two
    or more Mandarin syllables, as a Chinese given name is romanised."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or len(word) < 4:
        return False
    # Many English given names are made of such syllables too (Anne, Megan,
    # Logan): "Lee Anne" is read the usual way; and so are titles, places,
    # common words and the nouns of bodies and offices ("Madame", "Chile",
    # "Bangkok", "Police": po-li-ce).
    bare = word.lower()
    return _syllables(bare) >= 2 and bare not in common_first_names() and bare not in lexicon.TITLE_WORDS \
        and bare not in lexicon.HONORIFIC_GENDER and bare not in lexicon.FUNCTION_WORDS and not _place_not_name(word) \
        and bare not in BODY_AND_OFFICE_NOUNS


BODY_AND_OFFICE_NOUNS = lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_NOUNS | lexicon.GENERIC_BODY_NOUNS \
    | lexicon.OFFICE_DOMAIN_WORDS | lexicon.PERSON_NOUNS | lexicon.DOCUMENT_NOUNS


def _syllables(rest: str) -> int:
    """How many pinyin syllables ``rest`` is made of (0: it is not). The
    longest syllable first, then shorter ones: 'xian' before 'xi' 'an'."""
    if not rest:
        return 0
    for size in range(min(6, len(rest)), 0, -1):
        if rest[:size] in lexicon.PINYIN_SYLLABLES:
            if size == len(rest):
                return 1
            more = _syllables(rest[size:])
            if more:
                return 1 + more
    return 0


# One syllable of Korean in Latin letters, capitalised: perhaps a consonant
# or two, one run of vowels, and at most a final n, ng, k, l, m, p or t
# ("Joon", "Myung", "Hye", "In"; not "Womack", not "Ann" with its double n).
_KOREAN_SYLLABLE_RE = re.compile(r"(?:[BCDGHJKMNPRSTWY][hkps]?[aeiouwy]{1,3}|[AEIOUY][aeiouwy]{0,2})(?:ng|[nklmpt])?")


def _family_name_then_given(words: tuple[str, ...]) -> tuple[int, int] | None:
    """"President Yoon Suk Yeol", "Lee Hsien Loong": a family name of the
    countries that write it first, then a given name of two words, ending
    the run (after titles only). Read the usual way, "Suk Yeol" was the
    name and "President Yoon" its title. The given name's first word must be
    a given name of the world list and no common English one ("Lee Ann
    Womack" is read as any name)."""
    n = len(words)
    if n >= 2 and (_HYPHENATED_GIVEN_RE.match(words[-1]) or is_pinyin_given_name(words[-1])) \
            and _bare(words[-2]) in family_first_names() and words[-2][:1].isupper() and (n == 2 or is_title(words[-3])):
        # "Park Chan-wook", "Moon Jae-in": the given name's hyphen says so;
        # "He Jianxiong", "Fan Mengguang": a given name of Mandarin syllables.
        return n - 2, n
    i = n - 3
    if i < 0 or _bare(words[i]) not in family_first_names() or not words[i][:1].isupper():
        return None
    if i > 0 and not is_title(words[i - 1]):
        return None
    given, last = _bare(words[i + 1]), words[i + 2]
    family = _bare(words[i])
    # (A Vietnamese middle name is a given name of every list, Minh, Van,
    # Thi: the family name alone says how the name is read. A Korean given
    # name is two syllables, written as two words no list need know: "Bong
    # Joon Ho", "Lee Jae Myung".)
    korean = family in korean_family_names() and all(_KOREAN_SYLLABLE_RE.fullmatch(w) for w in words[i + 1 :])
    vietnamese = family in vietnamese_family_names()
    common = given in common_first_names() and not vietnamese and not korean
    if (given not in first_name_genders() and not korean and not (vietnamese and _is_name_word(words[i + 1]))) \
            or common or _is_initial(words[i + 1]):
        return None  # (a Vietnamese middle name as written, "Văn", "Thị", is on no list)
    if korean:
        # A syllable may spell a place or a word too (Ho in Ghana, "In"),
        # and the Korean list says Park and Song are family names.
        return i, n
    if not all((_is_name_word(w) or (vietnamese and w is last and w[:1].isupper() and w.isalpha()))
               and not _place_not_name(w) and _bare(w) not in organization_heads() for w in words[i:]) or _is_initial(last):
        return None  # (a Vietnamese given name may be an English word: "Nguyễn Văn An")
    return i, n


_LOWER_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]+[a-z]{2,}\b|,[ \t\u00a0]+(?:a|an|the|\d{1,3}),?[ \t\u00a0]")
_PRONOUN_REACH = 300


class _LowerWords:
    """Does the article write a word in lower case? A capitalised word it
    also writes so ("Once", "Big", "Track") is a common word, not a name no
    list knows. Each word is looked up once, on first asking."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, bool] = {}
        # The first few words are searched for; after them the article's
        # words are read into a set once (a search each would make an
        # article of many new names quadratic; the set would cost a short
        # one more than the few words it asks for).
        self._searches = 0
        self._runs: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._written(word)
        return found

    def _written(self, word: str) -> bool:
        if self._searches >= _SEARCHES_BEFORE_A_SET and _WORD_RUN_RE.fullmatch(word):
            if self._runs is None:
                self._runs = set(_WORD_RUN_RE.findall(self._text))
            return word in self._runs  # (a run of word characters, whole: as the search below finds it)
        self._searches += 1
        text = self._text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
                return True
            at = text.find(word, at + 1)
        return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


# Runs of the characters _is_word_char accepts (\w is a letter, a digit or "_").
_WORD_RUN_RE = re.compile(r"[\w’'-]+")
_SEARCHES_BEFORE_A_SET = 16


class _Pronouns:
    """Where the article's he/his/she/hers words stand, found once (a
    search per name run would read the same stretch again and again)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: list[tuple[int, str]] | None = None  # (read on first asking: many articles never ask)
        self._starts: list[int] = []

    def _read(self) -> None:
        if self._found is None:
            self._found = [(m.start(), m.group().lower()) for m in _VOTING_PRONOUN_RE.finditer(self._text)]
            self._starts = [at for at, _ in self._found]

    @property
    def found(self) -> list[tuple[int, str]]:
        """(offset, pronoun in lower case), in text order."""
        self._read()
        assert self._found is not None
        return self._found

    def between(self, lo: int, hi: int) -> bool:
        """Does one stand in [lo, hi)?"""
        self._read()
        starts = self._starts
        k = bisect.bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi


def _one_letter_out(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _pronoun_subject(text: str, run: re.Match[str], words: list[str], lower_words: _LowerWords,
                     pronouns: _Pronouns) -> bool:
    """"Tigst Assefa broke the record. '...,' she said": two or three name
    words that no list knows, as the subject of a clause (a lower-case verb
    or an apposition follows), with a he or she soon after: a person, though
    neither a cue nor a known given name says so. The pronoun is the
    evidence; without one, a capitalised pair is as likely a firm's name."""
    if not 2 <= len(words) <= 3 or _bare(words[0]) in first_name_genders():
        return False  # (a known given name first: person_name_in reads the run)
    after = _LOWER_WORD_AFTER_RE.match(text, run.end())
    if after is None or after.group().strip(" \t\u00a0,") in lexicon.NON_NAME_WORDS:
        return False  # "Speaking on Radio Ceska he avoided": the he is the subject
    if not pronouns.between(run.end(), run.end() + _PRONOUN_REACH):
        return False
    return _unknown_name(words, lower_words)


def _role_word_first(words: list[str]) -> int:
    """1 when a run of three words opens with a person noun ("Runner Tigst
    Assefa", "Farmer Yaw Boateng"): the role, not the name; else 0."""
    return 1 if len(words) == 3 and is_role_noun(words[0]) else 0


def is_national(words: Iterable[str]) -> bool:
    """Do these words name a country's national ("Spaniard", "New
    Zealander", "South Africans")? Such words describe a person, never
    name one."""
    return " ".join(_bare(w) for w in words) in nationalities()[0]


def _unknown_name(words: list[str], lower_words: _LowerWords) -> bool:
    """Can these two or three capitalised words be a name that no list
    knows? Name words, no place, nationality or body word ("New
    Zealander" is a national, not a name), no given name
    a list knows before the last (person_name_in reads those), no common
    English given name last (a word before a name: "Presently Lucy"), and
    none the article also writes in lower case ("Once", "Big")."""
    if not all(_is_name_word(w) and (not _place_not_name(w) or (w is words[-1] and _bare(w) in surnames()
                                                                and _bare(w) not in demonyms()))
               and _bare(w) not in organization_heads() and not w.endswith(("'s", "’s", ".")) for w in words):
        return False  # (a place may be a surname last: "Saburo Kita", "Ana Lima")
    if is_place(" ".join(words)) or is_national(words) or any(_bare(w) in _SUFFIXES or _bare(w) in first_name_genders() for w in words[:-1]) \
            or _bare(words[-1]) in common_first_names():
        return False
    # (An ordinary word that is nobody's name makes a thing's name: "World
    # Cups", "Champions League".)
    return not any(w.lower() in lower_words or _bare(w) in common_words() for w in words)


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")
# Initials that are places, ships or times of day, not a person's given
# names: "U.S. Steel", "H.M.S. Thrush", "9:09PM Ted Cruz".
_NOT_GIVEN_INITIALS = frozenset("us uk un eu dc la ny nyc uae usa ussr sf nz hms uss am pm".split())


def _initials_name(words: tuple[str, ...]) -> tuple[int, int] | None:
    """"M.S. Dhoni", "P. Chidambaram", "J.K. Rowling", "C. Eugene
    Steuerle": initials, an optional middle name, then the surname, ending
    the run (whatever role opens it: "Composer A.R. Rahman")."""
    n = len(words)
    last = words[-1]
    if n < 2 or not _is_name_word(last) or _bare(last) in demonyms() or _bare(last) in organization_heads():
        return None  # (a town's name may be a surname after initials: "P. Chidambaram")
    i = n - 1
    if i >= 2 and _is_name_word(words[i - 1]) and not _INITIALS_RE.fullmatch(words[i - 1]):
        i -= 1  # a middle name: "C. Eugene Steuerle"
    k = i
    while k > 0 and _INITIALS_RE.fullmatch(words[k - 1]):
        k -= 1
    if k == i and _bare_initials_open(words, i):
        k = i - 1  # "KPS Malhotra", "Justice PV Sanjay Kumar": initials written without periods
    if k == i or "".join(words[k:i]).replace(".", "").lower() in _NOT_GIVEN_INITIALS:
        return None
    return k, n


# Initials written together without periods, as South Asian news writes
# them ("MK Stalin", "KPS Malhotra"): two or three capitals.
_BARE_INITIALS_RE = re.compile(r"[A-Z]{2,3}")


def _bare_initials_open(words: tuple[str, ...] | list[str], i: int) -> bool:
    """Is words[i - 1] initials without periods that open the name at i?
    Only where they open the run or follow a title (never "BBC" or "NIA"
    inside a longer run of a body's words), and never a country's letters."""
    if i < 1 or not _BARE_INITIALS_RE.fullmatch(words[i - 1]) or words[i - 1].lower() in _NOT_GIVEN_INITIALS \
            or is_title(words[i - 1]):
        return False  # (nor a title written in capitals: "CEO Craig Menear", "MP Jane Roe")
    return i == 1 or is_title(words[i - 2])


def _double_given_then_surname(words: list[str], i: int) -> bool:
    """Do words[i:] read as two given names and a surname of two words (a
    particle may join them: "Luiz Inácio Lula da Silva") that ends the run?
    Spanish and Portuguese names carry both parents' surnames; a run of
    four such words is one person, not a name and a stray pair."""
    rest = words[i + 2 :]
    firsts = first_name_genders()
    core = [w for w in rest if w not in _PARTICLE_WORDS]
    return (
        len(core) == 2
        and len(rest) <= 3
        and rest[-1] not in _PARTICLE_WORDS
        and _bare(words[i + 1]) in firsts
        and all(_is_name_word(w) and not _place_not_name(w) for w in core)
        and not any(_bare(w) in organization_heads() for w in core)
    )


def is_people_noun(word: str) -> bool:
    """A plural noun for people: "nurses", "residents", "Vice-chancellors"."""
    bare = _bare(word).split("-")[-1]
    if bare.endswith("men") and len(bare) > 4:
        return f"{bare[:-3]}man" in person_nouns()  # "fishermen", "policemen"
    if not bare.endswith("s") or bare.endswith("ss"):
        return False
    singular = bare[:-1]
    if singular in lexicon.NOT_ONE_PERSON:
        return False
    return singular in lexicon.PERSON_NOUNS or singular in lexicon.OCCUPATIONS or singular in lexicon.TITLE_WORDS \
        or bare in lexicon.PERSON_NOUNS or any(singular.endswith(n) for n in ("worker", "keeper", "maker", "holder")) \
        or singular in person_nouns()  # "villagers", "pensioners": WordNet's nouns for a person


def people_of_a_place(words: list[str]) -> bool:
    """"Residents of Soweto", "Shopkeepers on Elm Street", "Villagers near
    Lake Kivu": people by where they live or work, which a sentence's
    capital makes look like a body's name (not "Doctors for Camp Closure",
    whose complement is no place)."""
    if len(words) < 3 or not is_people_noun(words[0]) or words[1].lower() not in _WHERE_PREPOSITIONS:
        return False
    place = [w for w in words[2:] if w.lower() != "the"]
    return bool(place) and (is_place(" ".join(place)) or _bare(place[-1]) in lexicon.PLACE_LIKE_NOUNS
                            or (len(place) > 1 and _bare(place[0]) in lexicon.PLACE_LIKE_NOUNS))  # "Lake Kivu"


_WHERE_PREPOSITIONS = frozenset("of in on at near from around across".split())


def is_role_noun(word: str) -> bool:
    """A noun for what someone does, capitalised at a sentence start before
    a name ("Rapper", "Singer"), and no given name (not Baker, Carter).
    From the lists, not from the -er ending: "Lakshiwnder" is a name."""
    bare = _bare(word)
    plural = bare.endswith("s") and not bare.endswith("ss")  # "Doctors Without Borders": a body's name
    # (WordNet's nouns for a person too, "Plaintiff", "Villager", but none
    # that is a surname: Baker, Fisher, Porter.)
    return (bare in lexicon.PERSON_NOUNS or bare in lexicon.OCCUPATIONS
            or (bare in person_nouns() and bare not in surnames())) and not plural \
        and bare not in lexicon.NOT_ONE_PERSON and bare not in first_name_genders()


# "the 56-year-old": news names a person by age once it has named them.
AGE_RE = re.compile(r"\d{1,3}-year-old")

_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "eer")
_NOT_AGENTS = frozenset(
    """paper letter number water matter order other another after under over
    center centre chapter corner border member power never ever either
    however whether together rather later sooner former latter error mirror
    floor door color colour honor honour favor favour labor labour major
    minor factor sector vendor doctor tenor rumor humor event moment comment
    statement content percent president agent payment government document
    talent element""".split()
)


def is_agent_noun(word: str) -> bool:
    """Announcer, investor, strategist, historian, consultant: a person."""
    return len(word) > 5 and word.endswith(_AGENT_SUFFIXES) and word not in _NOT_AGENTS


def _role_text(text: str, tokens: list[Token] | None) -> str | None:
    if not tokens:
        return None
    while tokens and (tokens[0].kind == PUNCT or tokens[0].lower in ("the", "a", "an", "who", "is", "was")):
        tokens = tokens[1:]
    while tokens and tokens[-1].kind == PUNCT:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return text[tokens[0].start : tokens[-1].end].strip() or None
