"""Where an article introduces people: the candidate finders of the people
index.

Each finder reads the whole text once and proposes people where a pattern
of news writing introduces one: (name, where, role) for the names that
``PeopleIndex._admit`` judges, (name, where, relative noun) for relatives,
(given name, where) for people known by a given name alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Container
from typing import TYPE_CHECKING

from ..language import lexicon
from ..language.namelists import (
    common_first_names,
    common_words,
    first_name_genders,
    likely_given_names,
    organization_heads,
)
from .namewords import (
    LATIN_CAPITALS,
    _PARTICLE_WORDS,
    NAME_RUN_RE,
    _bare,
    _followed_by_name_use,
    _is_name_word,
    _LowerWords,
    _place_not_name,
    _role_word_first,
    _unknown_name,
    clean_word,
    is_agent_noun,
    is_people_noun,
    is_role_noun,
    is_title,
    starts_sentence,
)
from .speaker_phrase import _PREPOSITIONS

if TYPE_CHECKING:
    from .people import Person

_BRACKETED_GIVEN_RE = re.compile(r"\(([A-Z][a-z]+)\)[ \t]+([A-Z][\w’'-]+)")

# Two or three capitalised words, an optional appositive between commas,
# and a verb of saying: the subject of reported speech.
_CUE_SUBJECT_RE = re.compile(
    r"([A-Z](?<![\w’'.-][A-Z])[\w’'-]+[ \t](?:[A-Z][\w’'-]+[ \t])?[A-Z][\w’'-]+)(?:, ([^,.\n\"“”]{2,80}),|,)? "
    r"(?:" + lexicon.alternation(lexicon.REPORTED_SPEECH_VERBS) + r")\b"
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
# An apposition or a relative clause after the name, set off by a comma
# or a dash: "Dan, a student,", "Tommy — who only goes by his first name —".
# (Two patterns, each opening on one character the engine skips to: one on
# the comma, the other on a dash after a space, read only where the text
# holds a dash.)
_APPOSITION_TAIL = r"[ \t\u00a0]+(?:an?|\d{1,3}|who),?[ \t]"
_APPOSITION_RE = re.compile("," + _APPOSITION_TAIL)
_DASH_APPOSITION_RES = tuple(re.compile(dash + _APPOSITION_TAIL) for dash in "—–")
_OPENING_GIVEN_RE = re.compile(r"(?:^|[.!?\n][\"”’']?\s+)" rf"([{LATIN_CAPITALS}]" r"[^\W\d_]+)(?:[ \t]+\([^()\n]{0,40}\))?$")
# The words that give a person's only name: "gave only her first name,",
# "identified himself only as".
GIVEN_NAME_PHRASE = r"(?:first name|given name|identified (?:herself |himself |themselves )?(?:only )?(?:as|by))"
_GIVEN_ONLY_RE = re.compile(GIVEN_NAME_PHRASE + r",?[ \t]+([A-Z][a-z]+)\b")
_NAME_IN_COMMAS_RE = re.compile(r",[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}),")


_RELATIVE_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|\w[\w-]*['’]s)[ \t]+(?:[a-z-]+[ \t]+)?("
    + lexicon.alternation(lexicon.RELATIVE_GENDER)
    + r")$"
)
_ACCORDING_TO_RE = re.compile(r"\b[Aa]ccording to ((?:[A-Z][\w’'-]+[ \t]){1,2}[A-Z][\w’'-]+)(?=[,.;])")


Inside = Callable[[int], bool]  # is a position inside a quotation?
Named = list[tuple[str, int, str | None]]  # (name, where, role)


# A byline: "By Amaka Obi", "By Amaka Obi, Lagos Correspondent", "Amaka Obi |
# Lagos", "Amaka Obi" alone: a line (of the first two) that is a name and, after
# a comma, a bar or a dash, a few words of where or what, with no verb or
# sentence in it.
_BYLINE_RE = re.compile(
    r"[ \t]*(?:[Bb]y[ \t]+)?(?:[A-Z][\w’'.-]+[ \t]+){1,3}[A-Z][\w’'-]+"
    r"(?:(?:[ \t]*[,|]|[ \t]+[-–—])[ \t]*[\w’' ,|&-]{0,60})?[ \t]*(?=\n|$)"
)
_BYLINE_LINES = 2


def byline_span(text: str) -> tuple[int, int] | None:
    """[start, end) of the article's byline, when one of its first lines
    is one: the writer, who is no one in the story. ("By" opens it, or
    the line holds the name alone or a bar after it: a headline has verbs.)"""
    start = 0
    for _ in range(_BYLINE_LINES):
        while start < len(text) and text[start] == "\n":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        m = _BYLINE_RE.match(text, start, end)
        if m is not None and m.end() == end and (
            line.lstrip().startswith(("By ", "by ")) or "|" in line or line.count(" ") <= 3
        ) and not any(w.lower() in lexicon.CUE_WORDS for w in line.split()):
            return start, end
        start = end + 1
    return None


# A line the page adds, not the story: a picture's credit or caption, a
# link to another story, the wire's reporting and editing credits ("Photo:
# John Smith/AP", "Illustration by David Young", "Read more: ...",
# "(Reporting by John Smith; Editing by Peter Brown)", "Peter Brown, left,
# and Tom Hale at the launch"). The people it names are no one in the story.
_CREDIT_LINE_RE = re.compile(
    r"[ \t(\[]*(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Illustrations?|Video|Watch|Listen|Read more|"
    r"READ MORE|Related|RELATED|WATCH|Image caption|Caption|Source)[ \t]*[:|]"
    r"|(?:Photo(?:graph)?s?|Pictures?|Illustrations?|Graphics?|(?:Additional )?[Rr]eporting|Editing|Writing|"
    r"Compiled|Produced|Video|Animation)[ \t]+by\b)[^\n\"“”]{0,200}$"
    r"|[^\n\"“”]{0,200}(?:,[ \t]+(?:left|right|centre|center)[ \t]*,|\((?:left|right|centre|center|pictured)\))[^\n\"“”]{0,200}$",
)
_CREDIT_LINE_LONGEST = 420


def page_furniture(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line that is the page's, not the story's: the
    byline and the credits, captions and links (in text order)."""
    byline = byline_span(text)
    credits = credit_lines(text)
    return sorted([byline, *credits]) if byline is not None and byline not in credits else credits


def credit_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line the page adds: credits, captions, links.
    (Each line is tried once at its start, not the text at every place.)"""
    found = []
    start, n = 0, len(text)
    while start < n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        if end - start <= _CREDIT_LINE_LONGEST and _CREDIT_LINE_RE.match(text, start, end):
            found.append((start, end))
        start = end + 1
    return found


def bracketed_given(text: str, inside_quote: Inside) -> Named:
    """'Coach (Frank) Vogel': a given name the writer put in brackets."""
    return [
        (f"{m.group(1)} {m.group(2)}", m.start(1), None)
        for m in _BRACKETED_GIVEN_RE.finditer(text)
        if _bare(m.group(1)) in first_name_genders()
    ]


def reported_speech_subjects(text: str, inside_quote: Inside) -> Named:
    """'Lakshiwnder Singh, another deportee, said he had paid': reported
    speech names people too."""
    named: Named = []
    for m in _CUE_SUBJECT_RE.finditer(text):
        if inside_quote(m.start(1)):
            continue
        role = m.group(2) or (_role_before(text, m.start(1)) if text[m.start(1) - 2 : m.start(1)] == ", " else None)
        if text[m.end(1)] == "," and m.group(2) is None and not _a_person_s_role(role):
            continue  # "The group that owns her music, Big Machine, says": a body
        named.append((m.group(1), m.start(1), role))
    return named


def prefixed_surnames(text: str, inside_quote: Inside) -> Named:
    """'Layla al-Hashimi': a surname with a lower-case prefix ends a name
    the capitals miss (only where the article writes one)."""
    if "-" not in text:
        return []
    return [(m.group(1), m.start(1), None) for m in _PREFIXED_NAME_PAIR_RE.finditer(text) if not inside_quote(m.start(1))]


def according_to_sources(text: str, inside_quote: Inside) -> Named:
    """'According to Ngozi Okonjo-Iweala, trade ...': a source is named."""
    if "ccording to" not in text:
        return []
    return [(m.group(1), m.start(1), None) for m in _ACCORDING_TO_RE.finditer(text) if not inside_quote(m.start(1))]


# One capitalised word as the subject of a verb of saying ("Ardern said"),
# after a word that is no capitalised name word of the same run.
_ONE_WORD_SUBJECT_RE = re.compile(
    r"(?<![\w’'.-])([A-Z][\w’'-]+)[ \t]+(?:" + lexicon.alternation(lexicon.REPORTED_SPEECH_VERBS) + r")\b"
)
_TOKEN_BEFORE_RE = re.compile(r"(\S+)[ \t]+$")  # (any token: "Mr.", "Đỗ", "de")


def _in_a_longer_run(text: str, start: int) -> bool:
    """Is the word at ``start`` inside a longer capitalised run ("Scott
    Ardern said", "Mr. Ardern said", "Đỗ Văn Lực", "'Mampho"), not a word alone after a
    sentence's end?"""
    if start > 0 and not text[start - 1].isspace():
        return True  # "'Mampho Lesia": the run's capital is not its word's first character
    before = _TOKEN_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.endswith((",", ";", ":")):
        return False  # "On Monday, Abiy Ahmed": a comma ends the run before
    return word in _PARTICLE_WORDS or (word[:1].isupper() and (not word.endswith(".") or is_title(word)))


def full_names_of_speaking_surnames(text: str, inside_quote: Inside) -> Named:
    """'Jacinda Ardern met Scott Morrison ... Ardern said': a capitalised
    pair that ends in a word the article then makes the subject of a verb
    of saying is a person's full name, though no list knows the given name
    (the names lists know are read by the index's own pass, but for a rare
    given name opening a sentence, which it takes for a common word; a
    people noun, "Republicans Jolly", opens none).
    (Two passes over the text: the one-word subjects, then the runs of two
    or three words that end in one of them.)"""
    surnames = {m.group(1) for m in _ONE_WORD_SUBJECT_RE.finditer(text)
                if not inside_quote(m.start(1)) and _bare(m.group(1)) not in lexicon.FUNCTION_WORDS
                and not is_title(m.group(1))
                and not _in_a_longer_run(text, m.start(1))}
    if not surnames:
        return []
    lower_words = _LowerWords(text)
    named: Named = []
    for m in NAME_RUN_RE.finditer(text):
        words = m.group().split()
        if len(words) == 2 and words[0] in surnames and words[-1] not in surnames \
                and _bare(words[0]) not in first_name_genders() and _bare(words[1]) in first_name_genders() \
                and not inside_quote(m.start()) and not _in_a_longer_run(text, m.start()) \
                and _unknown_name(words[:1], lower_words) and not is_role_noun(words[0]):
            # "Abiy Ahmed ... Abiy said": a person the article goes on to
            # call by the given name (Ethiopian, Eritrean, Icelandic and
            # Indonesian usage), the second word a father's or family name
            # some list knows ("Ahmed"), the first one no list does.
            named.append((" ".join(words), m.start(), None))
            continue
        if 2 <= len(words) <= 3 and words[-1] in surnames and not inside_quote(m.start()) \
                and not _in_a_longer_run(text, m.start()) \
                and not any(is_title(w) or is_role_noun(w) or is_people_noun(w) for w in words) \
                and (_unknown_name(words, lower_words) if _bare(words[0]) not in first_name_genders()
                     else _bare(words[0]) not in likely_given_names() and starts_sentence(text, m.start())) \
                and not (words[0].endswith("ing") and len(words[0]) > 5):  # "Hosting Cook at Dreamforce"
            named.append((" ".join(words), m.start(), None))
    return named


# Two given names joined by "and" before a surname: "Maria and Elena
# Petrova", "Venus and Serena Williams".
_SHARED_SURNAME_RE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][\w’'-]+)\b(?![ \t]+[A-Z])")


_CAPITALISED_WORD_RE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")


def given_names_sharing_a_surname(text: str, inside_quote: Inside) -> Named:
    """'Maria and Elena Petrova', 'Venus and Serena Williams': the first
    given name is the surname's too (she is Maria Petrova, whom "Maria"
    then finds), when both are given names of the lists, the surname is
    none, and the first comes on stage here (not "Louisa and James
    Harthouse" after the article has long called someone Louisa)."""
    if " and " not in text:
        return []
    named: Named = []
    genders = first_name_genders()
    first_seen: dict[str, int] | None = None
    for m in _SHARED_SURNAME_RE.finditer(text):
        first, second, surname = m.group(1, 2, 3)
        if inside_quote(m.start()) or _bare(first) not in genders or _bare(second) not in genders \
                or _bare(surname) in genders or not _is_name_word(surname) or _place_not_name(surname) \
                or _bare(surname) in organization_heads():
            continue
        if first_seen is None:  # (each capitalised word's first place, read once: linear)
            first_seen = {}
            for word in _CAPITALISED_WORD_RE.finditer(text):
                first_seen.setdefault(word.group(), word.start())
        if first_seen.get(first, m.start(1)) < m.start(1):
            continue
        named.append((f"{first} {surname}", m.start(1), None))
    return named


# The finders whose names the index judges, in the order their proposals
# are weighed (of one name at one place, the first proposal's role is kept).
def names_after_a_role(text: str, inside_quote: Inside) -> Named:
    """"Nigeria's finance minister, Wale Edun, defended ...": two or three
    name words set off by commas right after a title or a noun for a
    person are that person's name, though a list takes the given name for
    an English word ("wale") or knows it not; the surname must be no
    ordinary word, nor a place's or a body's word."""
    named: Named = []
    for m in _NAME_IN_COMMAS_RE.finditer(text):
        words = m.group(1).split()
        before = _WORD_BEFORE_COMMA_RE.search(text, max(0, m.start() - 40), m.start())
        if not 2 <= len(words) <= 3 or before is None or inside_quote(m.start(1)):
            continue
        role = before.group(1).lower()
        if not (is_title(role) or role in lexicon.PERSON_NOUNS) or role in lexicon.RELATIVE_GENDER:
            continue  # (kin are read by relatives_named)
        if all(_is_name_word(w) and not _place_not_name(w) and _bare(w) not in organization_heads() for w in words) \
                and _bare(words[-1]) not in common_words() and not any(is_title(w) for w in words):
            named.append((m.group(1), m.start(1), None))
    return named


# The word right before a comma: "the finance minister" in "finance minister, Wale Edun,".
_WORD_BEFORE_COMMA_RE = re.compile(r"([A-Za-z][\w-]*)$")


NAME_FINDERS: tuple[Callable[[str, Inside], Named], ...] = (
    bracketed_given,
    reported_speech_subjects,
    prefixed_surnames,
    according_to_sources,
    full_names_of_speaking_surnames,
    given_names_sharing_a_surname,
    names_after_a_role,
)


def relatives_named(text: str) -> list[tuple[str, int, str]]:
    """'Her son, Mark, was 12', 'her husband, Joon Park,': a relative
    between commas, with the relative noun before it (the index adds the
    ones right after the noun, 'his brother Amit', as it reads the runs)."""
    relatives: list[tuple[str, int, str]] = []
    for m in _NAME_IN_COMMAS_RE.finditer(text):
        noun = _RELATIVE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if noun is not None:
            relatives.append((m.group(1), m.start(1), noun.group(1)))
    return relatives


def given_names_alone(text: str, lower_words: Container[str]) -> list[tuple[str, int]]:
    """'Dan (not his real name), a 19-year-old student, has ...' and 'one
    woman, who gave only her first name, Grace,': people the article calls
    by a given name alone as they come on stage."""
    given_names: list[tuple[str, int]] = []
    appositions = list(_APPOSITION_RE.finditer(text))
    dashed = [m for pattern in _DASH_APPOSITION_RES if pattern.pattern[0] in text for m in pattern.finditer(text)
              if text[m.start() - 1 : m.start()] in (" ", "\t", "\u00a0")]
    if dashed:
        appositions = sorted(appositions + dashed, key=lambda m: m.start())
    for m in appositions:
        end = m.start()
        while end > 0 and text[end - 1] in " \t\u00a0":
            end -= 1  # (the spaces before a dash)
        if text[end - 1 : end] != ")":
            word = end
            while word > 0 and text[word - 1].isalpha():
                word -= 1
            if word == end or not text[word].isupper():
                continue  # (no capitalised word right before: most commas; looked at before any search)
        back = _OPENING_GIVEN_RE.search(text, max(0, end - 60), end)
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
    return given_names


# A capitalised word and the surname after it. A capital right after an
# apostrophe inside a word opens no name ("O'Brien" is not "Brien"), but an
# apostrophe opening a Sesotho name ("'Mampho", "’Mathato": the 'M of a
# mother's name) does.
_NAME_PAIR_RE = re.compile(
    r"(?:(?<![\w’'.])|(?<=\s['’])|(?<=^['’]))([A-Z][\w’'-]+)[ \t\u00a0]+(?=([A-Z][\w’'-]+)\b)"
)
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w’'-]*)[ \t\u00a0]+$")


class LaterIntroductions:
    """Full names the people index finds only when asked: a surname no
    list knew as part of a name ("Deval Patrick", for "Patrick said"), a
    family name written first, the name a description stands for. A base
    of ``PeopleIndex``, whose fields these read."""

    text: str
    people: list[Person]
    _unknown_pairs: list[tuple[int, int, list[str], int]] | None

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
            start = m.start()
            if start > 0 and self.text[start - 1] in "'’":
                given, start = self.text[start - 1] + given, start - 1  # "’Mathato Sekoati": as written
            words = [clean_word(given), surname]
            existing = self._by_name.get(" ".join(words).lower())
            if existing is not None:
                return existing
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
        pairs = self._name_pairs()
        k = bisect.bisect_right(pairs, position, key=lambda pair: pair[1])  # the runs that end by ``position``
        if k == 0 or pairs[k - 1][0] < max(0, position - reach):
            return None
        run_start, _, words, role = pairs[k - 1]
        start = run_start + len(" ".join(words[:role])) + (1 if role else 0)
        person = self._by_name.get(" ".join(words[role:]).lower()) or self._add(words[role:], start, words[:role])
        self._mention(start, person)
        return person

    def _name_pairs(self) -> list[tuple[int, int, list[str], int]]:
        """Every run of two or three name words outside quotations that reads
        as a name no list knows, in order: (start, end, words, how many
        role words open it). Read once an article, so that each description
        asking for the one before it is a bisection, not a walk of the
        text before it (a paragraph of 15,000 quotes had taken 1.2 s)."""
        if self._unknown_pairs is None:
            self._unknown_pairs = []
            for m in NAME_RUN_RE.finditer(self.text):
                words = m.group().split()
                role = _role_word_first(words)
                if 2 <= len(words) - role <= 3 and _unknown_name(words[role:], self._lower_words) \
                        and not self._inside_quote(m.start()):
                    self._unknown_pairs.append((m.start(), m.end(), words, role))
        return self._unknown_pairs

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
                or bare.endswith("ly") or word.endswith(("'s", "’s")) or bare in organization_heads() \
                or is_role_noun(word):  # ("Plaintiff Saburo Kita": a role)
            return False
        before = _WORD_BEFORE_RE.search(self.text, max(0, opening.start(1) - 40), opening.start(1))
        if before is not None and before.group(1)[:1].isupper() and not starts_sentence(self.text, before.start(1)):
            return False  # a longer run: not a name of three words
        if before is not None and (before.group(1) in _PREPOSITIONS or before.group(1).lower() in ("the", "a", "an")):
            return False  # "Special Agent in Charge Jodi Cohen", "Leader of the Opposition Rahul Gandhi": a title's end
        if starts_sentence(self.text, opening.start(1)):
            return bare in likely_given_names() or word.lower() not in self._lower_words
        return True

