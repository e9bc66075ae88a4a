"""People, organisations and documents named in an article.

``PeopleIndex`` reads an article once for capitalised name runs and keeps the
full names it introduces ("Patricia H. Hyde"), the later short forms that
point back at them ("Hyde", "Mr. Trump"), the titles that came with them and
the gender the article gives them. ``parse_speaker`` turns the words next to
a cue ("Jodi Cohen, the FBI's special agent in charge") into a mention: the
name, its role and its kind.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import DOCUMENT, ORGANIZATION, PERSON, UNKNOWN
from . import lexicon
from .namelists import (
    census_first_names,
    common_first_names,
    demonyms,
    family_first_names,
    first_name_gender,
    first_name_genders,
    given_places,
    is_place,
    likely_given_names,
    only_first_names,
    organization_heads,
    surnames,
)
from .tokens import PREFIXED_NAME_RE, PUNCT, WORD, Token

if TYPE_CHECKING:
    from collections.abc import Callable

# A capitalised word; the period stays only on initials and abbreviations,
# so that a run never crosses a sentence end ("des Lilas. Brett said").
# (It opens with one character class, which lets the regex engine skip to
# capitals quickly; the period's cases are look-behinds after the word.)
_ABBREVIATIONS_WITH_PERIOD = "Mr Mrs Ms Dr Sen Rep Gov Lt Gen Jr Sr St Col Capt Sgt Prof Rev Sec Atty".split()
_CAP = (
    r"[A-Z\u00c0-\u00de](?:\.(?:[A-Z]\.){1,2}(?=[ \t\u00a0])"  # initials written together: "M.S. Dhoni"
    r"|[\w'’\-]*(?:(?:(?<![\w'’\-][A-Z])(?<=[A-Z])"
    + "".join(rf"|(?<=\b{a})" for a in _ABBREVIATIONS_WITH_PERIOD)
    + r")\.)?)"
)
# Lower-case words inside a surname: "Ana de la Cruz", "Pieter van den Berg".
_PARTICLE_WORDS = lexicon.NAME_PARTICLES
_PARTICLE = "(?:" + lexicon.alternation(_PARTICLE_WORDS) + ")"
NAME_RUN_RE = re.compile(rf"{_CAP}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_CAP})*")
_WORDS_RE = re.compile(r"\S+")
# The pronouns that vote for a person's gender: not "him" or "her", which
# are often someone else in the mention's own clause ("Kenji Mori calls her").
# (Spelt out by case, and opening with one character class the regex engine
# can skip to, rather than re.IGNORECASE and a leading \b, which read every
# text about three times slower.)
_VOTING_PRONOUN_RE = re.compile(
    r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|is|imself|ers|erself)|(?<=[Ss])he|(?<=H)(?:E|IS|IMSELF|ERS|ERSELF)|(?<=S)HE)\b"
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
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
    return _bare(word) in lexicon.TITLE_WORDS


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
        and bare not in lexicon.TITLE_WORDS
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
        # "Park Ji-hoon, a 32-year-old": a family name written first
        and not (_bare(word) in family_first_names() and _HYPHENATED_GIVEN_AFTER_RE.match(text, pos + len(word)))
    )


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


def _name_core(words: list[str]) -> list[str]:
    """A name's words without its suffix (Jr., III)."""
    return [w for w in words if _bare(w) not in _SUFFIXES]


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def person_name_in(words: list[str]) -> tuple[int, int] | None:
    """[i, j) of the (last) person's name inside a run of capitalised words
    (see _person_name_in); remembered, as articles repeat their names."""
    return _person_name_in(tuple(words))


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
        if not (_is_given(_bare(words[i]), firsts) and _is_name_word(words[i])) or _place_not_name(words[i]) \
                or words[i].endswith(("'s", "’s")):  # "Kenya's Interior Minister": a possessor, then its noun
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
        ends_run = j == n - 1 or (j == n - 2 and _bare(words[n - 1]) in _SUFFIXES)  # "... Massoud Jr."
        if ends_run and _is_name_word(words[j]) and not words[j - 1].endswith(("'s", "’s")):
            j += 1  # a middle name or a two-word surname that ends the run
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
        found = (i, j)
        i = j
    if found == (0, 2) and n == 4 and all(_is_name_word(w) and not _is_initial(w) for w in words) \
            and not any(_place_not_name(w) for w in words[2:]) \
            and _bare(words[2]) not in firsts and not any(_bare(w) in organization_heads() for w in words):
        # "Aung San Suu Kyi": four name words, the last two no second
        # person's (no given name opens them), are one name.
        return 0, 4
    if found:
        return found
    initialled = _initials_name(words)
    if initialled is not None:
        return initialled
    i = 0
    while i < n and (is_title(words[i]) or _bare(words[i]) in lexicon.NON_NAME_WORDS):
        i += 1
    titled = any(is_title(w) for w in words[:i])  # "Sen. Rubio", not "My Dear Fanny"
    if titled and i < n and n - i <= 3 and all(_is_name_word(w) or _bare(w) in _SUFFIXES for w in words[i:]):
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
    "Jean-Pierre", "Anne-Marie"), which the lists hold only sometimes."""
    if bare in firsts:
        return True
    if "-" not in bare:
        return False
    parts = bare.split("-")
    return len(parts) == 2 and all(len(p) > 1 and p in firsts for p in parts)


def _family_name_then_given(words: tuple[str, ...]) -> tuple[int, int] | None:
    """"President Yoon Suk Yeol", "Lee Hsien Loong": a family name of the
    countries that write it first, then a given name of two words, ending
    the run (after titles only). Read the usual way, "Suk Yeol" was the
    name and "President Yoon" its title. The given name's first word must be
    a given name of the world list and no common English one ("Lee Ann
    Womack" is read as any name)."""
    n = len(words)
    if n >= 2 and _HYPHENATED_GIVEN_RE.match(words[-1]) and _bare(words[-2]) in family_first_names() \
            and words[-2][:1].isupper() and (n == 2 or is_title(words[-3])):
        return n - 2, n  # "Park Chan-wook", "Moon Jae-in": the given name's hyphen says so
    i = n - 3
    if i < 0 or _bare(words[i]) not in family_first_names() or not words[i][:1].isupper():
        return None
    if i > 0 and not is_title(words[i - 1]):
        return None
    given, last = _bare(words[i + 1]), words[i + 2]
    if given not in first_name_genders() or given in common_first_names() or _is_initial(words[i + 1]):
        return None
    if not all(_is_name_word(w) and not _place_not_name(w) and _bare(w) not in organization_heads()
               for w in words[i:]) or _is_initial(last):
        return None
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


def _unknown_name(words: list[str], lower_words: _LowerWords) -> bool:
    """Can these two or three capitalised words be a name that no list
    knows? Name words, no place, nationality or body word, no given name
    a list knows before the last (person_name_in reads those), no common
    English given name last (a word before a name: "Presently Lucy"), and
    none the article also writes in lower case ("Once", "Big")."""
    if not all(_is_name_word(w) and not _place_not_name(w) and _bare(w) not in organization_heads()
               and not w.endswith(("'s", "’s", ".")) for w in words):
        return False
    if is_place(" ".join(words)) or any(_bare(w) in _SUFFIXES or _bare(w) in first_name_genders() for w in words[:-1]) \
            or _bare(words[-1]) in common_first_names():
        return False
    return not any(w.lower() in lower_words for w in words)


_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")
# Initials that are places or ships, not a person's given names: "U.S.
# Steel", "H.M.S. Thrush".
_NOT_GIVEN_INITIALS = frozenset("us uk un eu dc la ny nyc uae usa ussr sf nz hms uss".split())


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
    if k == i or "".join(words[k:i]).replace(".", "").lower() in _NOT_GIVEN_INITIALS:
        return None
    return k, n


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


@dataclass
class Person:
    name: str
    first: str
    last: str
    position: int  # where the article first names them in full
    role: str | None = None
    votes: dict[str, float] = field(default_factory=lambda: {"m": 0.0, "f": 0.0})
    _titles: tuple[str | None, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def titles(self) -> frozenset[str]:
        """Title words of the role, abbreviations expanded: Sen. -> senator."""
        if self._titles is None or self._titles[0] != self.role:
            words = (self.role or "").split()
            self._titles = (self.role, frozenset(_TITLE_EXPANSIONS.get(_bare(w), _bare(w)) for w in words))
        return self._titles[1]

    @property
    def gender(self) -> str:
        m, f = self.votes["m"], self.votes["f"]
        return "m" if m > f else "f" if f > m else ""


class PeopleIndex:
    """The people an article names, and where it mentions each of them."""

    def __init__(self, text: str, quoted: list[tuple[int, int]], speakers: list[SpeakerMention] = ()) -> None:
        """``speakers``: the full names found next to cues. A name in that
        place is a person's whether or not its given name is on any list
        ("Eyamba Sowers said"), so its later short forms point back to it."""
        self.text = text
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        self._by_last: dict[str, list[Person]] = {}
        self._by_first: dict[str, list[Person]] = {}
        # Inner words of long names: "López" of Andrés Manuel López Obrador
        # (the Spanish first surname), "Lula" of Luiz Inácio Lula da Silva.
        self._by_inner: dict[str, list[Person]] = {}
        self._by_alias: dict[str, list[Person]] = {}  # "Joko Widodo, known as Jokowi"
        self._near_surnames: dict[str, set[str]] | None = None  # for _misspelt, built on first use
        # The one person of a title, by title, with the state it was read
        # in (how many people, how many roles given since): asking "the
        # minister" once a quote must not read every person each time.
        self._role_edits = 0
        self._only_titled: dict[str, tuple[tuple[int, int], Person | None]] = {}
        self._built = False
        self.mention_pos: list[int] = []  # sorted, outside quotations
        self.mention_person: list[Person] = []
        quoted_starts = [a for a, _ in quoted]

        def inside_quote(pos: int) -> bool:
            k = bisect.bisect_right(quoted_starts, pos) - 1
            return k >= 0 and pos < quoted[k][1]

        self._inside_quote = inside_quote

        named = [(m.name or "", m.start, m.role) for m in speakers]
        # "Coach (Frank) Vogel": a given name the writer put in brackets.
        named += [
            (f"{m.group(1)} {m.group(2)}", m.start(1), None)
            for m in _BRACKETED_GIVEN_RE.finditer(text)
            if _bare(m.group(1)) in first_name_genders()
        ]
        # Reported speech names people too: "Lakshiwnder Singh, another
        # deportee, said he had paid".
        for m in _CUE_SUBJECT_RE.finditer(text):
            if inside_quote(m.start(1)):
                continue
            role = m.group(2) or (_role_before(text, m.start(1)) if text[m.start(1) - 2 : m.start(1)] == ", " else None)
            if text[m.end(1)] == "," and m.group(2) is None and not _a_person_s_role(role):
                continue  # "The group that owns her music, Big Machine, says": a body
            named.append((m.group(1), m.start(1), role))
        # A surname with a lower-case prefix ends a name the capitals miss:
        # "Layla al-Hashimi" (only where the article writes one).
        if "-" in text:
            named += [(m.group(1), m.start(1), None) for m in _PREFIXED_NAME_PAIR_RE.finditer(text)
                      if not inside_quote(m.start(1))]
        # So does a source: "According to Ngozi Okonjo-Iweala, trade ...".
        if "ccording to" in text:
            named += [(m.group(1), m.start(1), None) for m in _ACCORDING_TO_RE.finditer(text)
                      if not inside_quote(m.start(1))]
        tried: set[tuple[str, int]] = set()
        for name, start, role in sorted(named, key=lambda n: n[1]):
            if (name, start) in tried:
                continue  # (found by a cue and by the reported-speech pattern alike: judged once, the first with its role)
            tried.add((name, start))
            words = name.split()
            if len(words) > 1 and starts_sentence(text, start) and is_role_noun(words[0]):
                # "Rapper Stormzy said": the role, then a name of one word.
                start += len(words[0]) + 1
                role, words = words[0].lower(), words[1:]
                name = " ".join(words)
            elif len(words) > 2 and _AFTER_ARTICLE_RE.search(text, max(0, start - 5), start) \
                    and _bare(words[0]) not in first_name_genders():
                # "Leader of the Opposition Ruvimbo Chikwanha said": a word
                # after "the" ends a title; it opens no name.
                start += len(words[0]) + 1
                words = words[1:]
                name = " ".join(words)
            if (
                2 <= len([w for w in words if w not in _PARTICLE_WORDS]) <= 4
                and self._by_name.get(name.lower()) is None
                and not self._surname_of_earlier(words, start)
                and not is_place(name)
                and _is_name_word(words[0])
                and all(_is_name_word(w) or w in _PARTICLE_WORDS for w in words[1:-1])
                and _is_name_word(words[-1])
                and not any(_bare(w) in organization_heads() for w in words)
                and not any(_place_not_name(w) for w in (words[1:] if _pair_after_no_place(text, start, words) else words))
                and person_name_in(words) in (None, (0, len(words)))
            ):
                self._add(words, start, (role or "").split())
        # Pass 1: full names, in order of appearance.
        partial_runs: list[list[tuple[int, str]]] = []
        # One-word names next to cues ("Xi said"): such a word opening a
        # sentence is a name there too ("Xi Jinping met Joe Biden").
        cue_words = {m.name for m in speakers if m.name and " " not in m.name and not starts_sentence(text, m.start)}
        lower_words = self._lower_words = _LowerWords(text)
        pronouns = self._pronouns = _Pronouns(text)
        after_relative: list[tuple[str, int, str]] = []  # "his brother Amit": (name, where, noun)
        for m in NAME_RUN_RE.finditer(text):
            run = m.group()
            if text.endswith(_RELATIVE_ENDINGS, 0, m.start()):  # (a C call; most runs stop here)
                noun = _relative_noun_before(text, m.start())
                if noun:
                    after_relative.append((" ".join(run.split()[:3]), m.start(), noun))
            if " " not in run and "\t" not in run and "\u00a0" not in run:
                # One word (most runs): never a full name, perhaps a short form.
                partial_runs.append([(m.start(), run)])
                continue
            words = [(m.start() + w.start(), w.group()) for w in _WORDS_RE.finditer(run)]
            opening_role = None
            role = _role_word_first([w for _, w in words])
            if 2 <= len(words) - role <= 3 and not inside_quote(m.start()) \
                    and _pronoun_subject(text, m, [w for _, w in words[role:]], lower_words, pronouns):
                found = (role, len(words))  # "Tigst Assefa broke the record. ... she said"
            else:
                if len(words) > 1 and words[0][1] not in cue_words and _uninformative_first(text, words[0][0], words[0][1], True):
                    if is_role_noun(words[0][1]):
                        opening_role = words[0][1]  # "Chef Marco Ellison runs the kitchen": his role
                    words = words[1:]
                found = person_name_in([w for _, w in words])
            if found is None and 2 <= len(words) <= 3 and _lowercase_title(text, words[0][0]) \
                    and all(_is_name_word(w) and not _place_not_name(w) for _, w in words):
                found = (0, len(words))  # "opposition leader Wanjiku Muriuki": a title names a person
            if found is None or found[1] - found[0] < 2:
                partial_runs.append(words)  # "Director Hyde": a short form
                continue
            i, j = found
            if i == 1 and j == 3 and _bare(words[1][1]) not in common_first_names():
                opening = _WORD_BEFORE_RE.search(text, max(0, words[1][0] - 40), words[1][0])
                if opening is not None and opening.start(1) == words[0][0] and self._opens_name(opening):
                    # "author Chimamanda Ngozi Adichie": a first name no list
                    # knows opens the run (before a given name of the world
                    # list: before an English one it is more often a title
                    # no list holds, "Tanaiste Leo Varadkar").
                    i = 0
            if _bare(words[j - 1][1]) in organization_heads() or (
                j < len(words) and _bare(words[j][1]) in organization_heads() and not words[j - 1][1].endswith(("'s", "’s"))
            ):
                continue  # "Ceres Robotics", "Sierra Nevada Corporation": a company (not "Obama's Council")
            if is_place(" ".join(clean_word(w) for _, w in words[i:j])):
                continue  # "Los Angeles", "Santa Monica"
            name_words = [clean_word(w) for _, w in words[i:j]]
            offset = words[i][0]
            person = self._by_name.get(" ".join(name_words).lower())
            if person is None:
                person = self._surname_of_earlier(name_words, offset)
            if person is None:
                person = self._add(name_words, offset, ([opening_role] if opening_role else []) + [w for _, w in words[:i]])
            elif person.role is None and i:
                # Known from a cue first; here the article gives the title.
                person.role = _role_words([w for _, w in words[:i]])
            # (Not an owner's after "of": "the chairman of President Barack
            # Obama's Council" is someone else's title.)
            owner_after_of = words[j - 1][1].endswith(("'s", "’s")) and text.endswith(("of ", "of the "), 0, words[0][0])
            lead = _lowercase_title(text, words[0][0]) if not owner_after_of else None
            if lead and lead not in (person.role or ""):
                # "China's ambassador to Britain Liu Xiaming": the title
                # stands in lower case before the capitalised run.
                person.role = f"{lead} {person.role or ''}".strip()
            if not inside_quote(offset):
                self._mention(offset, person)
            for _, w in words[:i]:
                g = lexicon.HONORIFIC_GENDER.get(_bare(w))
                if g:
                    person.votes[g] += 3
            if j < len(words):
                partial_runs.append(words[j:])
        self._fold_later_tails()
        if mentions_known_as(text):
            self._add_known_as(text, inside_quote)
        # A relative between commas whom the article names by a given
        # name alone: "Her son, Mark, was 12" (not "her mother, Fiona," when
        # the article also writes Fiona Parry).
        # A full name there is a person too ("her husband, Joon Park,"),
        # and either way the relative noun says whether a he or a she.
        # So is one right after the noun: "his brother Amit", "her son Callum".
        relatives: list[tuple[str, int, str]] = []  # (name, where, relative noun)
        for m in _NAME_IN_COMMAS_RE.finditer(text):
            noun = _RELATIVE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if noun is not None:
                relatives.append((m.group(1), m.start(1), noun.group(1)))
        relatives += after_relative
        for given, at, noun_word in relatives:
            if inside_quote(at):
                continue
            gender = lexicon.RELATIVE_GENDER.get(noun_word.lower(), "")
            words = given.split()
            relative = self._by_name.get(given.lower())
            if relative is None and (len(words) > 1 or not self._by_first.get(given.lower())):
                surname_word = len(words) > 1 and _bare(words[-1]) in lexicon.WORD_SURNAMES  # "Joon Park"
                if not all((_is_name_word(w) or (surname_word and w is words[-1])) and not _place_not_name(w) for w in words) \
                        or (len(words) > 1 and _bare(words[-1]) in organization_heads()):
                    continue
                relative = self._add(words, at, [noun_word])
                self._mention(at, relative)
            if relative is not None and gender:
                relative.votes[gender] += 3
        # People the article calls by a given name alone as they come on
        # stage: "Dan (not his real name), a 19-year-old student, has ..."
        # and "one woman, who gave only her first name, Grace,".
        given_names: list[tuple[str, int]] = []
        for m in _APPOSITION_RE.finditer(text):
            back = _OPENING_GIVEN_RE.search(text, max(0, m.start() - 60), m.start())
            if back is None:
                continue
            word = back.group(1)
            # An age after the word ("Mbappé, 25, scored") says a person,
            # whether or not a list knows the name; "a"/"an" only after a
            # given name ("Dan, a student", not "Reuters, a news agency").
            aged = any(c.isdigit() for c in m.group())
            if _bare(word) in first_name_genders() or (aged and word.lower() not in lower_words):
                given_names.append((word, back.start(1)))
        if "first name" in text or "given name" in text or "identified" in text:
            given_names += [(m.group(1), m.start(1)) for m in _GIVEN_ONLY_RE.finditer(text)]
        for given, at in given_names:
            if inside_quote(at) or self._by_name.get(given.lower()) or self._by_first.get(given.lower()):
                continue
            if _is_name_word(given) and not _place_not_name(given):
                self._mention(at, self._add([given], at, []))
        # Pass 2: short forms (surname, first name, Mr. X) of known people.
        for words in partial_runs:
            for k, (offset, word) in enumerate(words):
                if not _is_name_word(word):
                    continue
                title = words[k - 1][1] if k else ""
                honorific = lexicon.HONORIFIC_GENDER.get(_bare(title)) if k else None
                sovereign = _bare(title) in lexicon.SOVEREIGN_TITLES
                naming = k > 0 and title[:1].isupper() and _bare(title) in lexicon.NAMING_TITLES and not _place_not_name(word)
                person = self.resolve_short(clean_word(word), offset, honorific or "")
                if person is None and (honorific or sovereign or naming):
                    # "Ms. Hyde", "Justice Singh" with no full name anywhere:
                    # still a person; "Pope Francis" is known by the title
                    # with the name.
                    person = self._add([clean_word(title), clean_word(word)] if sovereign else [clean_word(word)],
                                       offset, [title])
                if person is not None:
                    if honorific:
                        person.votes[honorific] += 3
                    if not inside_quote(offset):
                        self._mention(offset, person)
                    break
        # The passes above each add mentions in text order, one pass after
        # another: sorted once here (stably: of two at one place, the one
        # added first stays first), not inserted in place (quadratic).
        order = sorted(range(len(self.mention_pos)), key=self.mention_pos.__getitem__)
        self.mention_pos = [self.mention_pos[k] for k in order]
        self.mention_person = [self.mention_person[k] for k in order]
        self._voted = False
        self._built = True
        self._sentence_starts: list[int] | None = None
        self._pairs: dict[str, list[re.Match[str]]] | None = None  # for introduce()
        self._pairs_rejected: dict[str, int] = {}  # per surname, how many leading pairs are no name
        self._family_rejected: dict[str, int] = {}  # the same for family names written first
        self._pairs_by_first: dict[str, list[re.Match[str]]] | None = None

    def _add(self, name_words: list[str], offset: int, before: list[str]) -> Person:
        core = _name_core(name_words)
        first = core[0].rstrip(".") if len(core) > 1 else ""
        last = core[-1] if core else name_words[-1]
        person = Person(" ".join(name_words), first, last, offset, _role_words(before))
        g = first_name_gender(first) if first else ""
        if g:
            # A US Census name says more than the world list, where one name
            # is a man's in one country and a woman's in another (Ilhan).
            person.votes[g] += 1.0 if _bare(first) in census_first_names() else 0.4
        self.people.append(person)
        self._by_name[person.name.lower()] = person
        if self._near_surnames is not None and last.lower() not in self._by_last:
            self._index_near(last.lower())
        _insort(self._by_last.setdefault(last.lower(), []), person)
        if first:
            _insort(self._by_first.setdefault(first.lower(), []), person)
        for word in self._inner_words(core):
            _insort(self._by_inner.setdefault(word.lower(), []), person)
        return person

    def _add_known_as(self, text: str, inside_quote: Callable[[int], bool]) -> None:
        """"Joko Widodo, known as Jokowi," and "Andrés Manuel López Obrador,
        popularly known by his initials, AMLO,": the name the article goes
        on to use points back to the person, as an inner word does."""
        for m in _known_as_re().finditer(text):
            if inside_quote(m.start()):
                continue
            words = m.group(1).split()
            found = person_name_in(words)
            if found is None:
                continue
            person = self._by_name.get(" ".join(clean_word(w) for w in words[found[0]:found[1]]).lower())
            alias = clean_word(m.group(2))
            if person is not None and alias.lower() not in (person.first.lower(), person.last.lower()):
                _insort(self._by_alias.setdefault(alias.lower(), []), person)

    def known_as(self, word: str, position: int) -> Person | None:
        """The person the article said is known as ``word`` ("Jokowi",
        "AMLO"), however the word reads alone (an acronym reads as a body)."""
        return self._nearest_before(self._by_alias.get(word.lower(), []), position)

    @staticmethod
    def _inner_words(core: list[str]) -> list[str]:
        """The name words between the first and the last, without initials
        or particles."""
        return [w for w in core[1:-1] if len(w) > 2 and not w.endswith(".") and w not in _PARTICLE_WORDS and _is_name_word(w)]

    def _fold_later_tails(self) -> None:
        """A name next to a cue is indexed before the article's running
        text, so "López Obrador said" can enter before the "Andrés Manuel
        López Obrador" named earlier; a later name of two or more words that
        ends an earlier person's name is that person."""
        folded: dict[int, Person] = {}
        for later in list(self.people):
            if later.name.count(" ") < 1:
                continue
            tail = " " + later.name.lower()
            earlier = next((p for p in self._by_last.get(later.last.lower(), ())
                            if p is not later and p.position < later.position and p.name.lower().endswith(tail)), None)
            if earlier is None:
                continue
            self.people.remove(later)
            self._by_last[later.last.lower()].remove(later)
            if later.first:
                self._by_first[later.first.lower()].remove(later)
            for word in self._inner_words(_name_core(later.name.split())):
                self._by_inner[word.lower()].remove(later)
            self._by_name[later.name.lower()] = earlier
            for key in ("m", "f"):
                earlier.votes[key] += later.votes[key]
            earlier.role = earlier.role or later.role
            folded[id(later)] = earlier
        if folded:  # (one pass over the mentions for all the folds: linear)
            def root(person: Person) -> Person:
                while id(person) in folded:  # a fold into a person folded in turn
                    person = folded[id(person)]
                return person
            self.mention_person = [root(p) for p in self.mention_person]
            self._by_name = {key: root(p) for key, p in self._by_name.items()}

    def _mention(self, offset: int, person: Person) -> None:
        if not self._built:
            self.mention_pos.append(offset)  # (sorted at the end of the build)
            self.mention_person.append(person)
            return
        k = bisect.bisect_right(self.mention_pos, offset)
        self.mention_pos.insert(k, offset)
        self.mention_person.insert(k, person)

    def _ensure_votes(self) -> None:
        """The article's own pronouns are gender evidence; read them only
        when a gender is asked for, once the index is built."""
        if self._built and not self._voted:
            self._vote_pronouns()
            self._voted = True

    def _vote_pronouns(self) -> None:
        """A he/she soon after a mention, before any other mention, is that person's."""
        if not self.mention_pos:
            return
        for at, pronoun in self._pronouns.found:
            k = bisect.bisect_right(self.mention_pos, at) - 1
            if k < 0 or at - self.mention_pos[k] > 250:
                continue
            # The sentence's first person is what its pronouns most often
            # stand for ("Carlineo ... made to Omar's office, in which he
            # said": "he" is Carlineo's, though Omar was named last).
            sentence = self._sentence_of(self.mention_pos[k])
            floor = max(0, k - 40)  # a bounded walk: a run-on "sentence" of names stays linear
            while k > floor and self._sentence_of(self.mention_pos[k - 1]) == sentence:
                k -= 1
            person = self.mention_person[k]
            person.votes[lexicon.PRONOUN_GENDER[pronoun]] += 0.5

    def full(self, name: str) -> Person | None:
        return self._by_name.get(name.lower())

    def named(self, first: str, last: str) -> Person | None:
        """'Patricia Hyde' -> the 'Patricia H. Hyde' the article introduced."""
        first = first.lower()
        return next((p for p in self._by_last.get(last.lower(), ()) if p.first.lower() == first), None)

    def _surname_of_earlier(self, words: list[str], position: int) -> Person | None:
        """"Abu Khalil" after "Ahmed Abu Khalil": his surname, not a second
        person; that earlier person."""
        earlier = self.by_surname(words, position)
        return earlier if earlier is not None and earlier.position < position else None

    def by_surname(self, words: list[str], position: int) -> Person | None:
        """The person whose name ends in these words: "de la Cruz", "Abu
        Khalil", "Van den Berg" (case aside) for Ana de la Cruz, Ahmed Abu
        Khalil, Pieter van den Berg; the one named last before ``position``."""
        tail = " " + " ".join(words).lower()
        found = [p for p in self._by_last.get(words[-1].lower(), ()) if p.name.lower().endswith(tail)]
        before = [p for p in found if p.position <= position]
        return (before or found or [None])[-1 if before else 0]

    def resolve_short(self, word: str, position: int, gender: str = "", misspelt: bool = False) -> Person | None:
        """The person a surname or first name alone points back to.

        A surname beats a first name; among several people, the one the
        article introduced most recently before ``position`` wins, else the
        first one introduced after it. ``misspelt``: a surname one letter
        off will do, when nothing matches (for speakers, not every word).
        """
        key = word.lower()
        if gender:
            self._ensure_votes()
        for candidates in (self._by_last.get(key), self._by_first.get(key), self._by_inner.get(key),
                           self._by_alias.get(key)):
            if not candidates:
                continue
            best = self._nearest_before(candidates, position, gender)
            if best is not None:
                return best
        return self._misspelt(key) if misspelt else None

    @staticmethod
    def _nearest_before(candidates: list[Person], position: int, gender: str = "") -> Person | None:
        """The one introduced most recently before ``position``, else the
        first one introduced after it; of ``gender`` when one is asked and
        known. (The lists are kept in order of position: a bisection and a
        bounded walk, so that an article of many people sharing a name
        stays linear.)"""
        def fits(person: Person) -> bool:
            return not (gender and person.gender and person.gender != gender)

        k = bisect.bisect_right(candidates, position, key=_position)
        found = None
        for j in range(k - 1, max(-1, k - 1 - _NEAREST_WALK), -1):
            person = candidates[j]
            if found is not None and person.position != found.position:
                break
            if fits(person):
                found = person  # (among equal positions, the first added)
        if found is not None:
            return found
        return next((p for p in candidates[k : k + _NEAREST_WALK] if fits(p)), None)

    def _misspelt(self, key: str) -> Person | None:
        """"Hauser said" where the article named Trevor Houser: one letter
        off a surname of the article, the same first letter, a surname long
        enough for that to mean something, and only one such person."""
        if len(key) < 5:
            return None
        from rapidfuzz.distance import Levenshtein  # only for the rare misspelt name

        if self._near_surnames is None:
            self._near_surnames = {}
            for last in self._by_last:
                self._index_near(last)
        # Surnames one edit away share a form with one letter left out (or
        # one is such a form of the other): looked up, not searched for,
        # so that many unknown surnames in an article of many people stay linear.
        near = {last for form in _one_letter_out(key) | {key} for last in self._near_surnames.get(form, ())}
        close = [
            self._by_last[last] for last in near
            if last[:1] == key[:1] and abs(len(last) - len(key)) <= 1 and Levenshtein.distance(last, key) == 1
        ]
        if len(close) == 1 and len(close[0]) == 1:
            return close[0][0]
        return None

    def _index_near(self, last: str) -> None:
        assert self._near_surnames is not None
        for form in _one_letter_out(last) | {last}:
            self._near_surnames.setdefault(form, set()).add(last)

    def introduce(self, surname: str) -> Person | None:
        """The full name behind a speaker's surname that no list knew:
        "Eyamba Sowers didn't know ..." and later "said Sowers". The first
        place the article writes a name word right before the surname gives
        the person, who then joins the index like any other."""
        known = [p for p in self._by_last.get(surname.lower(), ()) if p.first]
        if len(known) == 1:
            return known[0]  # introduced already, by an earlier call or a cue
        return self._first_pair(surname, len(self.text)) or self._family_name_first(surname)

    def _family_name_first(self, family: str) -> Person | None:
        """"Xi said" where the article wrote "Xi Jinping": a family name
        written first, as Chinese, Korean and Vietnamese names are, when no
        name word stands before it anywhere. The first "Family Given" pair
        whose second word is a name word names the person."""
        if _bare(family) in first_name_genders():
            return None  # "Emma said": a given name, whose surname follows it
        if self._pairs_by_first is None:
            self._pairs_by_first = {}
            for m in _NAME_PAIR_RE.finditer(self.text):
                self._pairs_by_first.setdefault(m.group(1), []).append(m)
        pairs = self._pairs_by_first.get(family, ())
        i = self._family_rejected.get(family, 0)  # (each pair judged once, as in _first_pair)
        while i < len(pairs):
            m = pairs[i]
            given = m.group(2)
            if not _is_name_word(given) or _place_not_name(given) or _bare(given) in organization_heads() \
                    or _bare(given) in common_first_names():
                i += 1
                self._family_rejected[family] = i
                continue  # ("Was Ralph still ...?": Ralph is the given name of a name written the other way)
            existing = self._by_name.get(f"{family} {clean_word(given)}".lower())
            if existing is not None:
                return existing
            person = self._add([family, clean_word(given)], m.start(), [])
            self._mention(m.start(), person)
            return person
        return None

    def introduce_before(self, surname: str, position: int) -> Person | None:
        """The person "Word Surname" the article wrote before ``position``,
        when the only one of that surname known so far comes after it: a
        bare surname points back ("Hori Parata ... says Parata", though a son
        "Robert Parata", whose given name the lists know, comes later)."""
        known = [p for p in self._by_last.get(surname.lower(), ()) if p.first]
        if any(p.position <= position for p in known):
            return None
        person = self._first_pair(surname, position)
        return person if person is not None and person not in known else None

    def _first_pair(self, surname: str, before: int) -> Person | None:
        """The first "Word Surname" pair before ``before`` whose first word
        can be a given name; it joins the index (once) as a person."""
        if self._pairs is None:
            # Every "Word Surname" pair of the article, read once: asking
            # for many surnames must not read the article many times.
            self._pairs = {}
            for m in _NAME_PAIR_RE.finditer(self.text):
                self._pairs.setdefault(m.group(2), []).append(m)
        pairs = self._pairs.get(surname, ())
        # Pairs found to be no name are skipped on later calls: each pair is
        # judged once, however often the surname is asked for.
        i = self._pairs_rejected.get(surname, 0)
        while i < len(pairs):
            m = pairs[i]
            if m.start() >= before:
                break
            given = m.group(1)
            bare = _bare(given)
            if (
                not _is_name_word(given)
                or given.endswith(("'s", "’s"))
                or bare in organization_heads()
                or _place_not_name(given)
                or (starts_sentence(self.text, m.start()) and bare not in likely_given_names() and not _followed_by_name_use(self.text, m))
                or (starts_sentence(self.text, m.start()) and is_role_noun(given))  # "Rapper Stormzy"
            ):
                i += 1
                if i > self._pairs_rejected.get(surname, 0):
                    self._pairs_rejected[surname] = i
                continue
            words = [clean_word(given), surname]
            existing = self._by_name.get(" ".join(words).lower())
            if existing is not None:
                return existing
            start = m.start()
            opening = _WORD_BEFORE_RE.search(self.text, max(0, start - 40), start)
            if opening is not None and self._opens_name(opening):
                # "Đặng Văn Lâm ... Lâm said", "Mary Ann Smith ... Smith said":
                # a third name word opens the run.
                words.insert(0, opening.group(1))
                start = opening.start(1)
            existing = self._by_name.get(" ".join(words).lower())
            if existing is not None:
                return existing
            person = self._add(words, start, [])
            self._mention(start, person)
            return person
        return None

    def name_pair_before(self, position: int, reach: int) -> Person | None:
        """The last run of two or three name words before ``position``
        (within ``reach``, outside quotations) that reads as a name no list
        knows, added to the index as a person: for a description of a
        person ("the 29-year-old") that nothing known stands for."""
        lo = max(0, position - reach)
        found = None
        for m in NAME_RUN_RE.finditer(self.text, lo, position):
            words = m.group().split()
            role = _role_word_first(words)
            if 2 <= len(words) - role <= 3 and _unknown_name(words[role:], self._lower_words) and not self._inside_quote(m.start()):
                found = (m, words, role)
        if found is None:
            return None
        m, words, role = found
        start = m.start() + len(" ".join(words[:role])) + (1 if role else 0)
        person = self._by_name.get(" ".join(words[role:]).lower()) or self._add(words[role:], start, words[:role])
        self._mention(start, person)
        return person

    def _opens_name(self, opening: re.Match[str]) -> bool:
        """Is the capitalised word right before a "Given Surname" pair the
        first word of the same name? Only when it opens the run, is a name
        word and no place or time, and, opening a sentence, is a given name
        or a word the article never writes in lower case."""
        word = opening.group(1)
        bare = _bare(word)
        if not word[0].isupper() or (opening.start(1) > 0 and self.text[opening.start(1) - 1] not in " \t\n\u00a0\"“("):
            return False
        if not _is_name_word(word) or _place_not_name(word) or is_title(word) or bare in lexicon.TIME_WORDS \
                or bare.endswith("ly") or word.endswith(("'s", "’s")) or bare in organization_heads():
            return False
        before = _WORD_BEFORE_RE.search(self.text, max(0, opening.start(1) - 40), opening.start(1))
        if before is not None and before.group(1)[:1].isupper() and not starts_sentence(self.text, before.start(1)):
            return False  # a longer run: not a name of three words
        if before is not None and (before.group(1) in _PREPOSITIONS or before.group(1).lower() in ("the", "a", "an")):
            return False  # "Special Agent in Charge Jodi Cohen", "Leader of the Opposition Rahul Gandhi": a title's end
        if starts_sentence(self.text, opening.start(1)):
            return bare in likely_given_names() or word.lower() not in self._lower_words
        return True

    def resolve_pronoun(self, gender: str, position: int, within: int | None = None, depth: int = 0) -> Person | None:
        """The person a he or she at ``position`` stands for.

        The nearest sentence before it that mentions a compatible person
        decides, and within that sentence the first such person: the
        subject the sentence is about ("Michael Sims, chief executive of
        Ceres Robotics, said ..."), not the last name said in passing.
        """
        self._ensure_votes()
        k = bisect.bisect_left(self.mention_pos, position) - 1
        seen = 0
        found: list[tuple[int, Person]] = []  # the sentence's compatible mentions, last first
        best_sentence = -1
        while k >= 0 and seen < 40:
            if within is not None and position - self.mention_pos[k] > within:
                break
            person = self.mention_person[k]
            if not gender or not person.gender or person.gender == gender:
                sentence = self._sentence_of(self.mention_pos[k])
                if found and sentence != best_sentence:
                    break
                found.append((self.mention_pos[k], person))
                best_sentence = sentence
            k -= 1
            seen += 1
        if not found:
            return None
        if gender and depth < 3:
            # "He then thanked Cooke. '...,' he concluded": the sentence's
            # own subject is a he, so the chain of he goes on past the
            # people named after it to whoever that he is.
            start = self._sentence_starts[best_sentence - 1]
            m = _SUBJECT_PRONOUN_RE.match(self.text, start) or self._main_clause_pronoun(start, found[-1][0])
            if m and lexicon.PRONOUN_GENDER.get(m.group(1).lower()) == gender:
                earlier = self.resolve_pronoun(gender, start, within, depth + 1)
                if earlier is not None:
                    return earlier
        # The first one, unless it is only a possessor ("as Trump's rise
        # continued, Schwartz disavowed the book"): then the first that is
        # neither that nor the object of a preposition ("Swift's albums were
        # bought by a company owned by Scooter Braun": hers).
        for offset, person in reversed(found):
            if not self._possessive_at(offset) and not _PREPOSITION_BEFORE_RE.search(self.text, max(0, offset - 40), offset):
                return person
        return found[-1][1]

    def _main_clause_pronoun(self, start: int, first_mention: int) -> re.Match[str] | None:
        """"But despite the advantages her fame gave her, she was more
        nervous than Rose Hale has ever been": a he or she that opens the
        main clause after an opening phrase, before anyone the sentence
        names, is its subject, and the name after it is not. (One inside
        the opening clause, "When she arrived, Mary Lund said", may look
        ahead to the name; it follows no comma.)"""
        if first_mention - start > _OPENING_PHRASE_REACH:
            return None
        return _MAIN_CLAUSE_PRONOUN_RE.search(self.text, start, first_mention)

    def _possessive_at(self, offset: int) -> bool:
        m = _NAME_AT_RE.match(self.text, offset)
        return bool(m) and self.text[m.end() : m.end() + 2] in ("'s", "’s")

    def sentence_start(self, position: int, back: int = 0) -> int:
        """Where the sentence at ``position`` starts (``back`` sentences
        before it: 1 for the one before)."""
        k = self._sentence_of(position)
        return self._sentence_starts[max(0, k - 1 - back)]

    def first_in_next_sentence(self, position: int, before: int) -> Person | None:
        """The first person named in the sentence after the one at
        ``position`` (and before ``before``)."""
        k = self._sentence_of(position)
        starts = self._sentence_starts
        assert starts is not None
        if k >= len(starts):
            return None
        hi = min(starts[k + 1] if k + 1 < len(starts) else len(self.text), before)
        j = bisect.bisect_left(self.mention_pos, starts[k])
        return self.mention_person[j] if j < len(self.mention_pos) and self.mention_pos[j] < hi else None

    def mentioned_between(self, start: int, end: int, gender: str) -> bool:
        """Does the article name a person of ``gender`` in [start, end)?"""
        return bool(self.people_between(start, end, gender))

    def people_between(self, start: int, end: int, gender: str) -> list[Person]:
        """The people of ``gender`` (or of none known) the article names in
        [start, end), at most 40 mentions read."""
        self._ensure_votes()
        lo = bisect.bisect_left(self.mention_pos, start)
        hi = bisect.bisect_left(self.mention_pos, end)
        return [
            self.mention_person[k] for k in range(lo, min(hi, lo + 40))
            if not self.mention_person[k].gender or self.mention_person[k].gender == gender
        ]

    def _sentence_of(self, position: int) -> int:
        if self._sentence_starts is None:
            self._sentence_starts = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(self.text)]
        return bisect.bisect_right(self._sentence_starts, position)

    def resolve_title(self, noun: str, position: int) -> Person | None:
        """'the senator' -> the most recent person introduced with that title."""
        noun = noun.lower()
        spelt = lexicon.TITLE_ACRONYMS.get(noun)  # "CEO": "chief executive" in a role

        def holds(person: Person) -> bool:
            return noun in person.titles or (spelt is not None and spelt in (person.role or "").lower())

        last = bisect.bisect_left(self.mention_pos, position) - 1
        for k in range(last, max(-1, last - _TITLE_LOOKBACK), -1):
            person = self.mention_person[k]
            if holds(person):
                return person
        # "China's ambassador to Britain warned ..." before the article names
        # him: the one person it gives that title, wherever.
        state = (len(self.people), self._role_edits)
        known = self._only_titled.get(noun)
        if known is None or known[0] != state:
            titled = [person for person in self.people if holds(person)]
            known = self._only_titled[noun] = (state, titled[0] if len(titled) == 1 else None)
        return known[1]

    def give_role(self, person: Person, role: str) -> None:
        """A fuller role the article gives a person later on."""
        person.role = role
        self._role_edits += 1


# Where a sentence ends: its closing punctuation (and any closing mark)
# before the next word, or a paragraph break; not the period of an initial
# ("Sonya A. Zoghlin") or of a title ("Mr. Dejesus", "Sen. Rubio").
# (The look-behinds stand after the period, so they run at periods only.)
_NOT_AN_END = "".join(
    rf"(?<!\b{abbreviation}\.)" for abbreviation in
    ("[A-Z]", "Mr", "Ms", "Dr", "St", "Jr", "Sr", "Mrs", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Prof", "Rev")
)
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:by|of|with|to|for|from|against|about)\s+(?:[a-z-]+\s+){0,2}$")
_SUBJECT_PRONOUN_RE = re.compile(r"[\"“‘(]?\s*(He|She)\b")
_MAIN_CLAUSE_PRONOUN_RE = re.compile(r",\s+(he|she)\s+[a-z]")
_OPENING_PHRASE_REACH = 400
_SENTENCE_END_RE = re.compile(r"[.!?]" + _NOT_AN_END + r"[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*")

# A capitalised word and the capitalised word after it (overlapping pairs:
# the lookahead leaves the second word to start the next pair).
_NAME_AT_RE = re.compile(r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3}")
_NAME_PAIR_RE = re.compile(r"(?<![\w’'.])([A-Z][\w’'-]+)[ \t\u00a0]+(?=([A-Z][\w’'-]+)\b)")

_BRACKETED_GIVEN_RE = re.compile(r"\(([A-Z][a-z]+)\)[ \t]+([A-Z][\w’'-]+)")

# Two or three capitalised words, an optional appositive between commas,
# and a verb of saying: the subject of reported speech.
_CUE_SUBJECT_RE = re.compile(
    r"([A-Z](?<![\w’'.-][A-Z])[\w’'-]+[ \t](?:[A-Z][\w’'-]+[ \t])?[A-Z][\w’'-]+)(?:, ([^,.\n\"“”]{2,80}),|,)? "
    r"(?:said|says|told|tells|added|adds|explained|noted|wrote|writes|stated|asked|replied|warned|argued|insisted|recalled"
    r"|confirmed|confirms|announced|announces)\b"
)

# "A spokesperson for Meta, Kym Lin, said": the role before the name.
_ROLE_BEFORE_RE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+([^,.\n\"“”]{2,60}),\s+$")


def _a_person_s_role(role: str | None) -> bool:
    """Does a role phrase's head say a person ("spokesperson for Meta")?"""
    words = (role or "").lower().split()
    end = next((k for k, w in enumerate(words) if w in _ROLE_HEAD_ENDS), len(words))
    head = words[end - 1] if end else None
    return head is not None and (head in lexicon.TITLE_WORDS or head in lexicon.PERSON_NOUNS or is_agent_noun(head))


# Words that end a role's head noun: "spokesperson for Meta", "group that owns".
_ROLE_HEAD_ENDS = frozenset("for of at to in on with from that who which whose".split())


def _role_before(text: str, start: int) -> str | None:
    """The role phrase that opens the sentence right before a name."""
    m = _ROLE_BEFORE_RE.search(text, max(0, start - 80), start)
    if m is None or not starts_sentence(text, m.start()):
        return None
    return m.group(1)


_PREFIXED_NAME_PAIR_RE = re.compile(
    r"([A-Z](?<![\w’'.-][A-Z])[\w’'-]+[ \t]+(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)-[A-Z][\w’'-]+)"
)
# (Found from the comma, then the relative before it: a scan for the
# possessive at every position would cost more.)
# "Dan (not his real name), a 19-year-old student": an apposition after a
# sentence's first word (found from the comma, which the engine finds fast;
# the word is read back from there), and "gave only her first name, Grace".
_APPOSITION_RE = re.compile(r",[ \t]+(?:an?|\d{1,3}),?[ \t]")
_OPENING_GIVEN_RE = re.compile(r"(?:^|[.!?\n][\"”’']?\s+)([A-Z\u00c0-\u00de][^\W\d_]+)(?:[ \t]+\([^()\n]{0,40}\))?$")
# The words that give a person's only name: "gave only her first name,",
# "identified himself only as".
GIVEN_NAME_PHRASE = r"(?:first name|given name|identified (?:herself |himself |themselves )?(?:only )?(?:as|by))"
_GIVEN_ONLY_RE = re.compile(GIVEN_NAME_PHRASE + r",?[ \t]+([A-Z][a-z]+)\b")
# The capitalised word that ends right before a position (a space between).
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w’'-]*)[ \t\u00a0]+$")
_NAME_IN_COMMAS_RE = re.compile(r",[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}),")
_RELATIVE_ENDINGS = tuple(f" {noun} " for noun in lexicon.RELATIVE_GENDER)


def _relative_noun_before(text: str, start: int) -> str:
    """The relative noun right before a name, after a possessive ("his
    brother Amit", "her son Callum Reid"), else "". (The caller first
    asks whether a relative noun ends right before the run.)"""
    noun = _RELATIVE_BEFORE_RE.search(text, max(0, start - 40), start - 1)
    return noun.group(1).lower() if noun else ""


_RELATIVE_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)[ \t]+(?:[a-z-]+[ \t]+)?("
    + lexicon.alternation(lexicon.RELATIVE_GENDER)
    + r")$"
)
_ACCORDING_TO_RE = re.compile(r"\b[Aa]ccording to ((?:[A-Z][\w’'-]+[ \t]){1,2}[A-Z][\w’'-]+)(?=[,.;])")

# How many mentions back "the senator" may look for its senator.
_TITLE_LOOKBACK = 200


@dataclass(slots=True)
class SpeakerMention:
    """What the words next to a cue say about the speaker."""

    text: str
    start: int
    end: int
    kind: str
    name: str | None  # resolved within the article; None if unresolved
    role: str | None = None
    pronoun: str | None = None  # gender code when the mention is a pronoun
    head: str | None = None  # head noun of a description ("release")


_DETERMINERS = frozenset("the a an this that these those his her its their our".split())
_AFTER_ARTICLE_RE = re.compile(r"\b(?:the|The|a|an)[ \t\u00a0]+$")
_PREPOSITIONS = frozenset("of for at with from in on to by about under over".split())


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def parse_speaker(
    text: str, tokens: list[Token], appositive: list[Token] | None = None
) -> SpeakerMention | None:
    """Read a speaker noun phrase (already cut at its clause boundaries)."""
    words = [t for t in tokens if t.kind == WORD or t.text in ("'s", "’s")]
    at = next((k for k, t in enumerate(words) if t.text.startswith("@") and len(t.text) > 2), None) \
        if words and "@" in text[words[0].start : words[-1].end] else None
    if at is not None and not any(t.is_capitalized for t in words[:at]) \
            and (at == len(words) - 1 or words[at + 1].lower in _PREPOSITIONS):
        # '"Vote early," tweeted @AOC on Monday': an account, which may be a
        # person's or a body's; the handle is the name the article gives.
        name = words[at].text.rstrip(".")
        return SpeakerMention(name, words[at].start, words[at].start + len(name), UNKNOWN, name)
    if len(words) > 1 and words[0].is_capitalized and _uninformative_first(text, words[0].start, words[0].text, words[1].is_capitalized) \
            and not _body_then_people(words):
        words = words[1:]
        tokens = [t for t in tokens if t.start >= words[0].start]
    if not words:
        return None
    if words[0].lower == "one" and (len(words) == 1 or (words[1].lower == "of" and len(words) <= 4
                                                        and not any(t.is_capitalized for t in words[1:]))):
        # "One, who asked not to be named, said:", "One of them said": one of
        # the people the text has just spoken of (the resolver says whom).
        start, end = words[0].start, words[-1].end
        return SpeakerMention(text[start:end], start, end, PERSON, None, head="one")
    last = words[-1]
    if last.lower in lexicon.SUBJECT_PRONOUNS and len(words) <= 2:
        if last.lower == "i":
            return None  # the writer, outside quotation marks
        gender = lexicon.PRONOUN_GENDER.get(last.lower, "")
        kind = PERSON if gender in ("m", "f") else UNKNOWN
        return SpeakerMention(last.text, last.start, last.end, kind, None, pronoun=gender)
    words, tokens = _without_companions(words, tokens)
    venue = _venue_name(text, words)
    if venue is not None:
        return venue
    speaking_for = _speaking_for(words)
    if appositive:
        named = _name_in_appositive(text, words[:speaking_for] if speaking_for else words, appositive)
        if named is not None:
            return named
    if speaking_for:
        # "a lawyer for Marcus Webb said": the lawyer speaks, not Webb; "a
        # statement from the family of Ama Boateng": the family does.
        first = next((k + 1 for k in range(speaking_for - 2, 0, -1)
                      if words[k].lower in ("from", "by") and _bare(words[k - 1].text) in lexicon.DOCUMENT_NOUNS), 0)
        start, end = words[first].start, words[-1].start + len(clean_word(words[-1].text))
        return SpeakerMention(text[start:end], start, end, PERSON, None, _role_text(text, appositive) if appositive else None,
                              head=_bare(words[speaking_for - 1].text))
    role_from_apposition = _role_text(text, appositive) if appositive else None

    # The last run of capitalised words that holds a person's name.
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in words:
        if tok.is_capitalized or (current and tok.text in _PARTICLE_WORDS):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    runs_in_place, outside = _name_runs_first(words, runs)
    for run in runs_in_place:
        found = person_name_in([t.text for t in run])
        if found is None:
            continue
        i, j = found
        if j < len(run) and (_bare(run[j].text) in organization_heads() or _bare(run[j].text) in lexicon.ORGANIZATION_NOUNS):
            continue  # "the Kenya Meteorological Department": a body's name, whatever opens it
        if _possessor_of_more(words, run[j - 1]):
            continue  # "President Emmanuel Macron's office said": the office speaks
        name_tokens = run[i:j]
        before = [t for t in tokens if t.end <= name_tokens[0].start]
        after = [t for t in tokens if t.start >= name_tokens[-1].end]
        role = _role_text(text, before) or ""
        tail = _role_text(text, after)
        if tail and tail.split()[0].lower() in _PREPOSITIONS:
            role = (role + " " + tail).strip()
        role = role or role_from_apposition
        if role and role_from_apposition and role != role_from_apposition:
            role = role + ", " + role_from_apposition
        name = " ".join([clean_word(t.text) for t in name_tokens])
        end = name_tokens[-1].start + len(clean_word(name_tokens[-1].text))
        return SpeakerMention(text[name_tokens[0].start : end], name_tokens[0].start, end, PERSON, name, role or None)

    body = _body_name(text, words)
    if body is not None:
        return SpeakerMention(body[0], body[1], body[2], ORGANIZATION, body[0], role_from_apposition, head=body[3])

    # Next to a cue, two or three capitalised name words are a name even
    # when the first name is not one we know ("Asab Al-Tabchi"); not inside a
    # prepositional phrase ("a study by the Centre for Economic Policy Research").
    lead_word_is_the = words[0].lower == "the"
    for run in runs_in_place[:outside] if not _body_then_people(words) else ():
        tail = [t for k, t in enumerate(run) if not is_title(t.text)
                and not (k == 0 and len(run) > 1 and starts_sentence(text, t.start) and is_role_noun(t.text))]
        if (
            2 <= len(tail) <= 3
            and tail == run[len(run) - len(tail):]
            and all(_is_name_word(t.text) for t in tail)
            and not _only_first_name(tail[-1].text)
            and not (lead_word_is_the and any(_place_not_name(t.text) for t in tail))  # "the South Korean firm"
            and not _possessor_of_more(words, run[-1])
        ):
            after = next((k for k, t in enumerate(words) if t is run[-1]), len(words) - 1) + 1
            followed_by_phrase = after < len(words) and words[after].lower in _PREPOSITIONS
            if run[-1] is not words[-1] and words[-1].is_capitalized and not followed_by_phrase:
                continue  # ('Rosaly Lopes of NASA's Jet Propulsion Laboratory in California' is a name)
            name = " ".join(clean_word(t.text) for t in tail)
            end = tail[-1].start + len(clean_word(tail[-1].text))
            head = _bare(tail[-1].text)
            if head in organization_heads():
                # "said Larkspur Cafe in a post": a body's name, as in the
                # article's own index, where such a run is never a person.
                return SpeakerMention(text[tail[0].start : end], tail[0].start, end, ORGANIZATION, name,
                                      role_from_apposition, head=head)
            before = [t for t in tokens if t.end <= tail[0].start]
            role = _role_text(text, before) or role_from_apposition
            return SpeakerMention(text[tail[0].start : end], tail[0].start, end, PERSON, name, role)

    # No full name: the head of the phrase before any prepositional phrase.
    core: list[Token] = []
    for k, tok in enumerate(words):
        if tok.lower in _PREPOSITIONS and core:
            if not _joins_a_name(words, k):
                break
        core.append(tok)
    # "a source close to the prime minister", "a person familiar with the
    # talks": the adjective and its phrase describe the noun before them.
    described_after = len(core) > 1 and len(core) < len(words) and core[-1].lower in lexicon.POSTPOSED_ADJECTIVES
    head = core[-2] if described_after else core[-1]
    bare_head = _bare(head.text)
    lead = 0
    while lead < len(core) - 1 and core[lead].lower in _DETERMINERS:
        lead += 1
    # The mention keeps its determiner ("the release"); the name drops it.
    spanned = words if bare_head in lexicon.PERSON_NOUNS or described_after else core
    spanned = spanned[_titles_before_owner(spanned):]  # "Ewa Nowak's office", not "Prime Minister ..."
    phrase = _span_text(text, spanned)
    start = spanned[0].start
    end = start + len(phrase)
    if head.is_capitalized:
        # "Trump", "Mr. Trump", "Sen. Rubio", "ICE", "the White House".
        cap = [t for t in core[lead:] if t.is_capitalized]
        titles = [t for t in cap if is_title(t.text) and not _is_acronym(t.text)]
        if len(cap) >= 2 and cap[0] not in titles and starts_sentence(text, cap[0].start) and is_role_noun(cap[0].text):
            titles.insert(0, cap[0])  # "Rapper Stormzy said": a role, then the one name
        rest = [t for t in cap if t not in titles and _bare(t.text) not in lexicon.NON_NAME_WORDS]
        if len(core) == 1 and bare_head in lexicon.WORD_SURNAMES and not head.text.endswith("."):
            # "King said", "Park said": a surname (Carole King's, Mina
            # Park's) before it is a title or a park; the resolver finds
            # whose, and "the King said" stays a title.
            name = clean_word(head.text)
            return SpeakerMention(name, head.start, head.start + len(name), PERSON, name, role_from_apposition)
        if not rest and not titles:
            return None  # "Saturday", "The": nothing that names anyone
        if not rest:
            return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=bare_head)
        if len(rest) == 1 and bare_head in lexicon.TITLE_ACRONYMS and lead > 0:
            # "the CEO said", "the CMO told": a title in initials, someone's.
            return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=bare_head)
        if _is_acronym(head.text) or bare_head in lexicon.ORGANIZATION_NOUNS or bare_head in lexicon.DOCUMENT_NOUNS:
            kind = DOCUMENT if bare_head in lexicon.DOCUMENT_NOUNS else ORGANIZATION
            name = " ".join(clean_word(t.text) for t in core[lead:])
            return SpeakerMention(phrase, start, end, kind, name, role_from_apposition, head=bare_head)
        if any(_bare(t.text) in lexicon.PLACE_WORDS for t in rest):
            # "New York", "Utah": a place speaks through its government.
            name = " ".join(clean_word(t.text) for t in rest)
            return SpeakerMention(phrase, start, end, UNKNOWN, name, role_from_apposition, head=bare_head)
        if len(rest) == 1 and not titles and lead > 0 and _bare(rest[0].text) in demonyms():
            # "the Spaniard said": a description of a person the article named.
            return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=_bare(rest[0].text))
        if len(rest) == 1 and not titles and starts_sentence(text, rest[0].start):
            word = _bare(rest[0].text)
            if word.endswith("ly"):
                return None  # "Likewise, ...": no speaker here
            if word in lexicon.PERSON_NOUNS or (word.endswith("s") and word not in surnames() and word[:-1] not in surnames()):
                # "Another said", "Republicans said": described, not named.
                return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=word)
        # Only the name words at the end: not "Committee" in "Republican
        # National Committee Reince Priebus".
        k = len(rest)
        while k > 0 and (_is_name_word(rest[k - 1].text) or _bare(rest[k - 1].text) in _SUFFIXES) and len(rest) - k < 3:
            k -= 1
        rest = rest[k:] or rest[-1:]
        if len(rest) > 1 and _only_first_name(rest[-1].text) and not any(
            _bare(t.text) in first_name_genders() for t in rest[:-1]
        ):
            rest = rest[-1:]  # "Little Oliver", "Dear Fanny": the name is the last word
        honorific = next((lexicon.HONORIFIC_GENDER[_bare(t.text)] for t in titles if _bare(t.text) in lexicon.HONORIFIC_GENDER), "")
        name_tokens = _with_particles(core, rest[-3:])
        name = " ".join(clean_word(t.text) for t in name_tokens)
        role = " ".join(t.text for t in titles) or None
        m_start = name_tokens[0].start
        m_end = rest[-1].start + len(clean_word(rest[-1].text))
        mention = SpeakerMention(text[m_start:m_end], m_start, m_end, PERSON, name, role or role_from_apposition, pronoun=honorific or None)
        return mention
    if bare_head in lexicon.DOCUMENT_NOUNS:
        kind = DOCUMENT
        j = len(core)
        if j + 1 < len(words) and words[j].lower == "of":
            # "the explanatory notes of the British Bill": a named body's or
            # act's document keeps that name.
            k = j + 1 + (words[j + 1].lower in _DETERMINERS)
            n = k
            while n < len(words) and (words[n].is_capitalized or (n > k and words[n].lower in ("of", "and"))):
                n += 1
            while n > k and not words[n - 1].is_capitalized:
                n -= 1
            if n > k:
                phrase = _span_text(text, words[:n])
                end = start + len(phrase)
    elif bare_head in lexicon.ORGANIZATION_NOUNS or (
        bare_head in lexicon.GENERIC_BODY_NOUNS and bare_head not in lexicon.PERSON_NOUNS
    ):
        kind = ORGANIZATION  # "the Japanese carmaker", not a person for being an -er
    elif (
        bare_head in lexicon.PERSON_NOUNS
        or bare_head in lexicon.TITLE_WORDS
        or is_agent_noun(bare_head)
        or AGE_RE.fullmatch(bare_head)
    ):
        kind = PERSON
    else:
        kind = UNKNOWN
    return SpeakerMention(phrase, start, end, kind, None, role_from_apposition, head=bare_head)


def _with_particles(core: list[Token], name: list[Token]) -> list[Token]:
    """The name's words with the surname particles between and before them:
    "de la Cruz", "Van den Berg" (the capitals alone would say "Van Berg")."""
    first = next(k for k, t in enumerate(core) if t is name[0])
    last = next(k for k, t in enumerate(core) if t is name[-1])
    while first > 0 and core[first - 1].text in _PARTICLE_WORDS:
        first -= 1
    inside = core[first : last + 1]
    if all(t in name or t.text in _PARTICLE_WORDS for t in inside):
        return inside
    return name


def _venue_name(text: str, words: list[Token]) -> SpeakerMention | None:
    """"Popular drinking hole The Idle Hour", "family-run cafe Bean There":
    a business's kind in lower case, then its capitalised name, which ends
    the phrase."""
    for k in range(len(words) - 1):
        if words[k].text in lexicon.VENUE_NOUNS and words[k + 1].is_capitalized \
                and not (k and words[k - 1].lower in lexicon.NOT_VENUE_BEFORE):  # "a campaign spot Trump released"
            name = words[k + 1 :]
            if not all(t.is_capitalized or t.lower in _BODY_CONNECTORS for t in name) or len(name) > 5:
                return None
            if is_title(name[0].text):
                return None  # "club President Ted Cruz"; a name after the kind is the business's ("pub Molly Malone")
            start, end = name[0].start, name[-1].start + len(clean_word(name[-1].text))
            return SpeakerMention(text[start:end], start, end, ORGANIZATION, text[start:end], None, head=words[k].text)
    return None


def _speaking_for(words: list[Token]) -> int:
    """Where "for"/"of" follows a noun for someone who speaks for a person
    the phrase then names ("a lawyer for Marcus Webb", "the family of Sipho
    Ndlovu"): the index of that noun plus one, else 0."""
    for k in range(1, len(words) - 1):
        if words[k].lower in ("for", "of") and words[k - 1].lower in lexicon.SPEAKING_FOR_NOUNS \
                and not words[k - 1].is_capitalized:
            rest = [t for t in words[k + 1 :] if t.lower not in _DETERMINERS and not is_title(t.text)]
            if rest and all(t.is_capitalized or t.text in _PARTICLE_WORDS for t in rest) \
                    and not any(_bare(t.text) in organization_heads() or _bare(t.text) in lexicon.ORGANIZATION_NOUNS
                                for t in rest):
                return k
    return 0


def _after_preposition(words: list[Token], run: list[Token]) -> bool:
    if run[0] is words[0]:
        return False  # (the phrase opens with the run: most speakers)
    k = next(i for i, t in enumerate(words) if t is run[0]) - 1
    while k >= 0 and words[k].lower in _DETERMINERS:
        k -= 1
    return k >= 0 and words[k].lower in _PREPOSITIONS


def _name_runs_first(words: list[Token], runs: list[list[Token]]) -> tuple[list[list[Token]], int]:
    """Runs to look for the speaker's name in: the last first ("Republican
    National Committee Reince Priebus"), but a run inside a prepositional
    phrase only after the others ("Jennifer Mattinson from the West Mercia
    police"); and how many runs are not inside one."""
    if len(runs) == 1 and runs[0][0] is words[0]:
        return runs, 1  # (one run that opens the phrase: most speakers)
    ordered = list(reversed(runs))
    inside = [_after_preposition(words, r) for r in ordered]
    outside = [r for r, p in zip(ordered, inside) if not p]
    return outside + [r for r, p in zip(ordered, inside) if p], len(outside)


_BODY_CONNECTORS = frozenset("of for and & the on".split())


def _body_name(text: str, words: list[Token]) -> tuple[str, int, int, str] | None:
    """(name, start, end, head) when the phrase is a body's capitalised name
    and nothing else: "the Centre for Economic Policy Research", "NASA's
    Office of the Inspector General", "Doctors for Camp Closure"."""
    k = 0
    while k < len(words) and words[k].lower in _DETERMINERS:
        k += 1
    body = words[k:]
    if len(body) < 2 or not body[0].is_capitalized or not body[-1].is_capitalized:
        return None
    if not all(t.is_capitalized or t.lower in _BODY_CONNECTORS for t in body):
        return None
    def is_head(k: int) -> bool:
        bare = _bare(body[k].text)
        # The head ends the name ("the White House") or opens its complement
        # ("Office of the Inspector General"); a head with more name words
        # after it is a role before a person ("Committee Reince Priebus").
        return (bare in organization_heads() or bare in lexicon.ORGANIZATION_NOUNS) and (
            k == len(body) - 1 or body[k + 1].lower in _BODY_CONNECTORS
        )

    heads = [t for k, t in enumerate(body) if is_head(k)]
    if not heads or person_name_in([t.text for t in body if t.is_capitalized]) is not None:
        return None
    end = body[-1].start + len(clean_word(body[-1].text))
    return text[body[0].start : end], body[0].start, end, _bare(heads[-1].text)


def _joins_a_name(words: list[Token], k: int) -> bool:
    """'of'/'for'/'on' inside a body's name: "Office of the Inspector
    General", "Centre for Economic Policy Research", "Panel on Climate
    Change" (capitalised on both sides)."""
    if words[k].lower not in ("of", "for", "on") or not words[k - 1].is_capitalized:
        return False
    nxt = k + 1
    if nxt < len(words) and words[nxt].lower == "the":
        nxt += 1
    return nxt < len(words) and words[nxt].is_capitalized


_COMPANIONS = frozenset("his her their colleagues co-authors coauthors collaborators team".split())


def _without_companions(words: list[Token], tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """'Paganini and his team wrote': the named one speaks for them all."""
    for k in range(1, len(words) - 1):
        if words[k].lower == "and" and words[k + 1].lower in _COMPANIONS and words[k - 1].is_capitalized:
            end = words[k].start
            return words[:k], [t for t in tokens if t.end <= end]
    return words, tokens


def _body_then_people(words: list[Token]) -> bool:
    """"Goldman Sachs analysts", "Kremlin officials": a name, then a plural
    noun for its people (the name's first word is no stray sentence opener)."""
    return len(words) > 2 and not words[-1].is_capitalized and is_people_noun(words[-1].text) \
        and all(t.is_capitalized for t in words[:-1])


_NEAREST_WALK = 40  # people of one name read each way from a position


def _position(person: Person) -> int:
    return person.position


def _insort(people: list[Person], person: Person) -> None:
    """Add to a list kept in order of where the article introduces each
    (equal positions: in the order added)."""
    bisect.insort_right(people, person, key=_position)


def is_people_noun(word: str) -> bool:
    """A plural noun for people: "nurses", "residents", "Vice-chancellors"."""
    bare = _bare(word).split("-")[-1]
    if not bare.endswith("s") or bare.endswith("ss"):
        return False
    singular = bare[:-1]
    if singular in lexicon.NOT_ONE_PERSON:
        return False
    return singular in lexicon.PERSON_NOUNS or singular in lexicon.OCCUPATIONS or singular in lexicon.TITLE_WORDS \
        or bare in lexicon.PERSON_NOUNS or any(singular.endswith(n) for n in ("worker", "keeper", "maker", "holder"))


def is_role_noun(word: str) -> bool:
    """A noun for what someone does, capitalised at a sentence start before
    a name ("Rapper", "Singer"), and no given name (not Baker, Carter).
    From the lists, not from the -er ending: "Lakshiwnder" is a name."""
    bare = _bare(word)
    plural = bare.endswith("s") and not bare.endswith("ss")  # "Doctors Without Borders": a body's name
    return (bare in lexicon.PERSON_NOUNS or bare in lexicon.OCCUPATIONS) and not plural \
        and bare not in lexicon.NOT_ONE_PERSON and bare not in first_name_genders()


def _titles_before_owner(tokens: list[Token]) -> int:
    """How many title words open a phrase that a named possessor heads
    ("Prime Minister Ewa Nowak's office"): the possessor's titles, which the
    body's or the aide's name leaves out."""
    owner = next((k for k, t in enumerate(tokens[:-1]) if t.text.endswith(("'s", "’s")) or tokens[k + 1].text in ("'s", "’s")), None)
    if owner is None:
        return 0
    k = 0
    while k < owner - 1 and tokens[k].is_capitalized and is_title(tokens[k].text):
        k += 1
    return k


def _speaks_for_itself(noun: str) -> bool:
    """A person or a body that a possessor has: "brother", "spokesman",
    "office", "campaign", "lawyer"."""
    return (
        noun in lexicon.PERSON_NOUNS or noun in lexicon.TITLE_WORDS or noun in lexicon.ORGANIZATION_NOUNS
        or noun in lexicon.GENERIC_BODY_NOUNS or noun in lexicon.RELATIVE_GENDER or noun in lexicon.PERSON_NOUN_GENDER
        or is_agent_noun(noun)
    )


def _possessor_of_more(words: list[Token], last: Token) -> bool:
    """Does the name ending at ``last`` own a noun that follows it ("Joe
    Biden's brother", "Macron's office")? Then the noun is the speaker."""
    if last is words[-1]:
        return False  # (the name ends the phrase: most speakers)
    k = next((k for k, t in enumerate(words) if t is last), None)
    if k is None or k == len(words) - 1 or not _speaks_for_itself(_bare(words[-1].text)):
        return False  # ("was Lady Bertram's placid reply": hers)
    if last.text.endswith(("'s", "’s")):
        return True
    return words[k + 1].text in ("'s", "’s") and k + 1 < len(words) - 1


def _name_in_appositive(text: str, words: list[Token], appositive: list[Token]) -> SpeakerMention | None:
    """'VFI Chief Executive, Padraig Cribben, said': a role, then the name
    between commas. Only when the phrase itself names nobody and the
    appositive is a name and nothing else. Likewise a body: 'The group,
    WeWorkers Coalition, said'."""
    app_words = [t for t in appositive if t.kind == WORD]
    head = next((words[k - 1] for k in range(1, len(words)) if words[k].lower in _PREPOSITIONS), words[-1] if words else None)
    if (
        head is not None
        and _bare(head.text) in lexicon.ORGANIZATION_NOUNS
        and not head.is_capitalized
        and 1 <= len(app_words) <= 6
        and app_words[0].is_capitalized
        and app_words[-1].is_capitalized
    ):
        # 'The group, WeWorkers Coalition, said': a body, then its name.
        start, end = app_words[0].start, app_words[-1].end
        name = " ".join(clean_word(t.text) for t in app_words)
        return SpeakerMention(text[start:end], start, end, ORGANIZATION, name, None, head=_bare(head.text))
    if head is None or not (is_title(head.text) or _bare(head.text) in lexicon.PERSON_NOUNS or is_agent_noun(_bare(head.text))):
        return None  # 'The leader of Ennahda, Rachid Ghannouchi, ...': the head is "leader"
    if len(app_words) == 1 and app_words[0].is_capitalized and _bare(app_words[0].text) in first_name_genders():
        # 'her mother, Fiona, said': a given name, which the article's
        # people then complete.
        word = app_words[0]
        return SpeakerMention(word.text, word.start, word.end, PERSON, clean_word(word.text), _role_text(text, words))
    titled = 0
    while titled < len(app_words) - 2 and (is_title(app_words[titled].text) or AGE_RE.fullmatch(app_words[titled].lower)):
        titled += 1  # "the supreme leader, Ayatollah Ali Khamenei,", "her daughter, 17-year-old Zara Ahmed,"
    app_words = app_words[titled:]
    cut = next((k for k, t in enumerate(app_words) if k >= 2 and t.lower in ("of", "from", "at")), None)
    if cut is not None:
        app_words = app_words[:cut]  # "the lead author, Dr. Keiko Tanaka of Kyoto University,": her affiliation after the name
    if not 2 <= len(app_words) <= 4 or not all(t.is_capitalized or t.lower in _PARTICLE_WORDS for t in app_words):
        return None
    named = person_name_in(capitals := [t.text for t in words if t.is_capitalized] or ["x"])
    if named is not None and _bare(capitals[named[1] - 1]) not in organization_heads() \
            and not capitals[named[1] - 1].endswith(("'s", "’s")):
        return None  # the phrase names someone itself; not 'a Kenya Airways spokesman', 'Karimi's spokesman'

    found = person_name_in([t.text for t in app_words])
    if found is not None and found != (0, len(app_words)):
        return None
    if found is None and not all(_is_name_word(t.text) for t in app_words):
        return None
    name = " ".join(clean_word(t.text) for t in app_words)
    start, end = app_words[0].start, app_words[-1].start + len(clean_word(app_words[-1].text))
    role = _role_text(text, words)  # (the description; an honorific in the apposition adds nothing to it)
    return SpeakerMention(text[start:end], start, end, PERSON, name, role)


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
