"""Organisations named in an article, for the mentions that point back to
them: "they said in a statement", "it says", "the group added", "the
doctors stated".

A run of capitalised words (joined by "of", "for", "and", "&") names an
organisation when the article itself says so: its last word is an
organisation's (Corporation, Agency, Productions: ``data/organization_heads
.txt``), an acronym in brackets or between commas follows it ("Doctors for
Camp Closure, D4CC,"), a cue made it a speaker of kind organisation, or it
opens a sentence as the subject of a verb that bodies use ("Big Machine
have twice denied") without being a person, a place or a nationality.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from ..language import lexicon
from ..language.namelists import (
    club_name_endings,
    common_words,
    demonyms,
    is_place,
    likely_given_names,
    organization_heads,
)
from .namewords import is_role_noun, people_of_a_place, person_name_in

# Capitalised words, acronyms with digits (D4CC), joined by the small words
# that stand inside bodies' names; within one line, as a name never runs on
# from a heading into the paragraph below it ("Sports\n\nMallow Swimming Pool").
_WORD = r"(?:[A-Z][\w'’&.-]*|[A-Z0-9]{2,}|\d{1,3}(?:st|nd|rd|th)(?=[ \t\u00a0]+[A-Z]))"  # (an ordinal only before a capital: "4th District Court")
_GAP = r"[ \t\u00a0]+"
_SMALL_WORDS = ("of", "for", "and", "&", "on", "de", "the")  # inside a body's name, never its initials
ORG_RUN_RE = re.compile(rf"{_WORD}(?:(?:{_GAP}(?:{'|'.join(_SMALL_WORDS)}))*{_GAP}{_WORD})*")
_ACRONYM_AFTER_RE = re.compile(r"\s*(?:\(|,\s*)([A-Z][A-Z0-9&]{1,7})(?:\)|,)")
# Verbs a body is the subject of, right after its name at a sentence start.
_BODY_VERBS = frozenset(
    """has have had is are was were denied denies deny announced announces
    confirmed confirms issued issues released releases rejected rejects
    warned warns stated states posted posts responded responds declined
    declines""".split()
) | lexicon.CUE_WORDS
_ORGANIZATION_NOUNS = lexicon.alternation(n for n in lexicon.ORGANIZATION_NOUNS if n.isalpha())
_DOCUMENTS = lexicon.alternation(lexicon.DOCUMENT_NOUNS)
# "the US military", "the Chinese government": capitalised words before a
# lower-case noun for a body.
# (A character class first, and the word boundary as a look-behind after
# it: the engine then skips to each T, where a leading \b made it try every
# position.)
_DESCRIBED_RE = re.compile(rf"[Tt](?<!\w[Tt])he\s+((?:[A-Z][\w.’'-]*\s+){{1,3}}(?:{_ORGANIZATION_NOUNS}))\b")
# "<body> said in a statement": the statement is the body's.
_DOCUMENT_AFTER_RE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:" + lexicon.alternation(lexicon.BODY_STATEMENT_VERBS) + r")\s+(?:on\s+\w+\s+)?"
    rf"(?:in|on|through|via)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?({_DOCUMENTS})\b"
)
# "the airline, Qantas," and "Qantas, the Australian airline,": a body's
# name beside the noun the article then uses for it.
_NAME = r"[A-Z][\w’'&.-]*(?:[ \t](?:of|for|on|and|&|the|[A-Z][\w’'&.-]*)){0,5}"
_KIND = lexicon.alternation(lexicon.BODY_KIND_NOUNS)
# (Each found from its comma, then read backwards on a short window: a scan
# from every "the" or every capital would be slower.)
_NAME_THEN_COMMA_RE = re.compile(rf",[ \t]+({_NAME}),")
_KIND_BEFORE_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?({_KIND})(?:[ \t]+(?:that|which)[ \t][^,.\n]{{1,60}})?$"
)
# ("Numsa, the metalworkers' union,": a plural owner may stand among the words.)
_THEN_NOUN_RE = re.compile(rf",[ \t]+(?:the|a|an)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?({_KIND})[,.]")
_NAME_BEFORE_RE = re.compile(rf"(?<![\w’'.-])({_NAME})$")
# "The report, published by the Institute for Fiscal Studies,", "a letter
# from Dr. Ana Ruiz": the author of a document the article then quotes.
# (Found from "by"/"from", then the document before it: a scan for the
# article at every position would cost more.)
_SPEAKING_FOR = lexicon.alternation(lexicon.SPEAKING_FOR_NOUNS | {"office"})
# ... and "a statement from the family of Zanele Khumalo", "from the office
# of Prime Minister Ewa Nowak": the family's, the office's.
_BY_AUTHOR_RE = re.compile(
    rf"[ \t](?:by|from)[ \t]+(?:the[ \t]+)?((?:(?:{_SPEAKING_FOR})[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?{_NAME})"
)
# "a statement from the ministry": a body named by its noun alone writes it.
_BY_BODY_NOUN_RE = re.compile(
    r"[ \t](?:by|from)[ \t]+the[ \t]+(?:[A-Za-z-]+[ \t]+)?("
    + lexicon.alternation(lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_NOUNS) + r")\b"
    r"(?![ \t]+(?:that|which|who)\b)"  # ("the group that released the emails": not one named before)
)
# "Dr. Ana Lima published a study", "the ministry released a report": the
# subject that writes a document is its author.
_AUTHORED_RE = re.compile(
    rf"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?{_NAME})[ \t]+(?:has[ \t]+|have[ \t]+)?"
    r"(?:published|wrote|released|issued|authored|co-authored|presented|filed|sent)[ \t]+"
    rf"(?:a|an|the|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?({_DOCUMENTS})\b"
)
# "In her new book, Jane Roe writes": a document of the subject's own.
_IN_OWN_DOCUMENT_RE = re.compile(
    rf"\b[Ii]n[ \t]+(?:his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?({_DOCUMENTS}),?[ \t]+"
    rf"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?{_NAME})\b"
)
_DOCUMENT_BEFORE_BY_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?({_DOCUMENTS}),?"
    r"(?:[ \t]+(?:published|released|issued|written|signed|prepared|commissioned|produced|sent|compiled))?$"
)
# A capitalised word opening a sentence, then a verb in the past or the
# present ("Greenpeace criticised", "Oxfam says").
# Words that end no author's name: "a letter from the union of", "a memo
# from the CEO on Monday".
_NOT_AN_AUTHOR_END = frozenset(_SMALL_WORDS) | lexicon.DOCUMENT_NOUNS | lexicon.TIME_WORDS
_ONE_WORD_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][a-z]+[A-Za-z]*[ \t]){0,2}[A-Z][a-z]+[A-Za-z]*)\s+(?:[a-z]+ed|[a-z]+s|"
    # (and the commonest irregular pasts: "Eskom cut power", "Standard Chartered cut 500 jobs")
    + lexicon.alternation(lexicon.IRREGULAR_PASTS) + r")\b"
)
_SUBJECT_SAID_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w&-]+)\s+"
    r"(?:" + lexicon.alternation(lexicon.SUBJECT_SAID_VERBS) + r")(?:\s+on\s+\w+)?$"
)
_IN_A_DOCUMENT_RE = re.compile(rf"\s(?:in|on|through|via)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?({_DOCUMENTS})\b")
_GENERIC_BODY_SAID_RE = re.compile(
    r"\b[Tt]he[ \t]+((?:[a-z-]+[ \t]+){0,2}?(?:"
    + _ORGANIZATION_NOUNS
    + r")(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[a-z-]+)?)\s+(?:\w+ly\s+)?(?:"
    + lexicon.alternation(lexicon.BODY_STATEMENT_VERBS)
    + r")(?:\s+on\s+\w+)?$"
)
_POSSESSED_BODY_RE = re.compile(r"['’]s[ \t]+(campaign|administration|government|office|team|party|company)\b")
_OWNER_BEFORE_RE = re.compile(r"(?<![\w.-])([A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*){0,3})$")
_WORD_AT_END_RE = re.compile(r"(\w+)[ \t]+$")
_VENUE_BEFORE_RE = re.compile(
    r"(?:\b([\w-]+)[ \t]+)?\b(?:" + lexicon.alternation(lexicon.VENUE_NOUNS) + r")[ \t]+$"
)
_WINDOW = 2000  # characters back that "they" or "the group" may reach
_NEARBY = 250  # characters back that count as "the same sentence or the one before"
_LEADING = frozenset({"the", "a", "an"})


_ACRONYM_WORD_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")


def _one_word_subject(text: str, position: int, is_person: Callable[[str], bool]) -> str | None:
    """A one-word name that opened a sentence just before ``position`` as
    the subject of a verb ("Greenpeace criticised the plan", "Hezbollah said
    it fired"): no list calls it a body, but no person or place is it either."""
    window = text[max(0, position - _NEARBY) : position]
    for m in reversed(list(_ONE_WORD_SUBJECT_RE.finditer(window))):
        words = m.group(1).split()
        # (Of two or three words, none a person's name: "Standard Chartered".)
        if all(_no_person_or_place(w, is_person) for w in words) and _no_person_or_place(m.group(1), is_person) \
                and (len(words) == 1 or person_name_in(words) is None):
            return m.group(1)
    return None


@functools.lru_cache(maxsize=256)
def _said_after(name: str) -> re.Pattern[str]:
    """'Cork Airport said': a name, then a verb of saying (compiled once a name)."""
    return re.compile(re.escape(name) + r"\s+(?:" + lexicon.alternation(lexicon.IN_A_STATEMENT_VERBS) + r")\b")


def _no_person_or_place(word: str, is_person: Callable[[str], bool]) -> bool:
    """Can a capitalised word alone be a body's name? Not a person's, a
    place, a people, a title, a given name, or an ordinary word's -ing form
    ("Flooding hit Ohio")."""
    lower = word.lower()
    return not (is_person(word) or is_place(word) or lower in demonyms() or lower in lexicon.NON_NAME_WORDS
                or lower in lexicon.TITLE_WORDS or lower in likely_given_names()
                or (lower.endswith("ing") and lower in common_words()))


def _a_place_s_name(name: str) -> bool:
    """"Lincoln High School", "Central Park": a place's name, which no
    "they" or "it" that speaks stands for (the school's officials do)."""
    return name.split()[-1].lower().rstrip(".") in lexicon.PLACE_LIKE_NOUNS or is_place(name)


def _without_title(name: str) -> str:
    """An author's name without the honorific before it ("Dr. Ana Lima")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in lexicon.TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _may_be_called(name: str, noun: str) -> bool:
    """Whether the body ``name`` may be what "the ``noun``" stands for: not
    when its name says it is another kind of body ("Chinese Embassy" is no
    "club"; see lexicon.BODY_KINDS)."""
    wanted = lexicon.BODY_KIND_OF.get(noun)
    if wanted in lexicon.INSTITUTION_KINDS:
        # "the newspaper", "the school": only a body whose name says so,
        # anywhere in it ("Daily Nation", "Hillcrest Primary School").
        return any(w.lower().strip(".,") in lexicon.BODY_KINDS[wanted] for w in name.split())
    industry = lexicon.INDUSTRY_OF_NOUN.get(noun)
    if industry is not None:
        # "the carmaker": not "Daiwa Securities", whose name says another trade.
        named = {lexicon.INDUSTRY_OF_NAME_WORD.get(w.lower().strip(".,")) for w in name.split()} - {None}
        if named and industry not in named:
            return False
    head = name.split(" of ")[0].split(" for ")[0].rsplit(None, 1)[-1]  # "Bank of Ghana": bank
    own = lexicon.BODY_KIND_OF.get(head.lower().strip(".,"))
    return wanted is None or own is None or own == wanted


def _within_sentence(words: list[str]) -> list[str]:
    """The words up to the first that ends a sentence ("Monday." in "the
    CEO on Monday. Jane Okoro"), not an initial or a title's period."""
    for k, word in enumerate(words[:-1]):
        stem = word[:-1]
        if word.endswith(".") and len(stem) > 2 and any(c.islower() for c in stem) and "." not in stem \
                and stem.lower() not in lexicon.ABBREVIATIONS:
            return words[: k + 1]
    return words



def _implicit_acronyms(text: str, runs: list[re.Match[str]], is_person: Callable[[str], bool]) -> dict[str, str]:
    """Acronym -> the name whose capitals spell it, for names of two or more
    words that the article also writes as that acronym."""
    acronyms = set(_ACRONYM_WORD_RE.findall(text))
    if not acronyms:
        return {}
    found: dict[str, str] = {}
    for m in runs:
        words = m.group().rstrip(".").split()
        if len(words) < 2:
            continue
        if words and words[0].lower() in _LEADING:
            words = words[1:]
        # The run may start with a word of the sentence ("Crews of Harbor
        # Patrol and Rescue"): any tail of it may be the name.
        for k in range(len(words) - 1):
            tail = words[k:]
            if tail[0].lower() in _SMALL_WORDS:
                continue
            initials = "".join(w[0] for w in tail if w.lower() not in _SMALL_WORDS)
            if len(initials) >= 2 and initials in acronyms and initials not in found:
                name = " ".join(tail)
                if not is_person(name) and not is_place(name):
                    found[initials] = name
                break
    return found


class Organizations:
    """The bodies an article names, and where it names each."""

    def __init__(self, text: str, inside_quote: Callable[[int], bool], speaker_names: set[str],
                 is_person: Callable[[str], bool]) -> None:
        self._text = text
        self._is_person = is_person
        self.positions: list[int] = []
        self.names: list[str] = []
        self.documents: list[tuple[int, str, str]] = []  # (where, head noun, body)
        known: dict[str, str] = {}  # a name or an acronym -> the full name
        # Bodies the article shortens without saying so: "Customs and Border
        # Protection" and, elsewhere, "CBP" (its initials as a word).
        runs = list(ORG_RUN_RE.finditer(text))
        implicit = _implicit_acronyms(text, runs, is_person)
        known.update(implicit)
        for m in runs:
            start, name = m.start(), m.group().rstrip(".")
            words = name.split()
            if "." in name:  # (most names hold no period: the test first)
                words = _within_sentence(words)  # not "Hillcrest School on Tuesday. Parents"
                name = " ".join(words).rstrip(".")
                words = name.split()
            if len(words) > 2 and words[-2] == "on" and words[-1].lower() in lexicon.WEEKDAYS | lexicon.MONTHS:
                # "hurt at Hillcrest High School on Monday": the day is when.
                words = words[:-2]
                name = " ".join(words)
            if "of" in words[1:-1]:
                # "Hiroshi Watanabe of Daiwa Securities": a person, then the body.
                k = words.index("of")
                if is_person(" ".join(words[:k])):
                    start += len(" ".join(words[: k + 1])) + 1
                    words = words[k + 1 :]
                    name = " ".join(words)
            if words[0].lower() in _LEADING:
                start += len(words[0]) + 1
                words = words[1:]
                name = " ".join(words)
            if not words:
                continue
            full = known.get(name) or known.get(name.lower())
            if full is None and name in implicit.values():
                full = known[name] = name
            if full is None:
                if not self._is_body(text, m, words, speaker_names, is_person):
                    continue
                full = name
                known[name] = full
                acronym = _ACRONYM_AFTER_RE.match(text, m.end())
                if acronym:
                    known[acronym.group(1)] = full
            if not inside_quote(start):
                self._named(start, full, m.end(), text)
        self.kinds: dict[str, list[tuple[int, str]]] = {}  # noun -> (where, body), in order
        for m in _NAME_THEN_COMMA_RE.finditer(text):
            kind = _KIND_BEFORE_RE.search(text, max(0, m.start() - 100), m.start())
            if kind is not None:
                self._described_as(kind.group(1), m.group(1), m.start(1), text, inside_quote, is_person)
        for m in _THEN_NOUN_RE.finditer(text):
            lo = max(0, m.start() - 80)
            name = _NAME_BEFORE_RE.search(text, lo, m.start())
            if name is not None:
                self._described_as(m.group(1), name.group(1), name.start(1), text, inside_quote, is_person)
        for document in _IN_A_DOCUMENT_RE.finditer(text):
            # "The ministry said in a statement": an unnamed body's statement.
            m = _GENERIC_BODY_SAID_RE.search(text, max(0, document.start() - 60), document.start())
            if m and not inside_quote(m.start()):
                self.documents.append((document.start(1), document.group(1).lower(), m.group(1)))
                continue
            # "Tesla said in a filing": a one-word subject that is no person
            # or place; "Moreno said in a statement": a person the article named.
            m = _SUBJECT_SAID_RE.search(text, max(0, document.start() - 80), document.start())
            if m is None or inside_quote(m.start()):
                continue
            subject = m.group(1)
            if is_person(subject) or (" " not in subject and _no_person_or_place(subject, is_person)):
                self.documents.append((document.start(1), document.group(1).lower(), subject))
        for by in _BY_AUTHOR_RE.finditer(text):
            m = _DOCUMENT_BEFORE_BY_RE.search(text, max(0, by.start() - 60), by.start())
            if m is None:
                continue
            words = _within_sentence(by.group(1).split())
            while words and words[-1].lower().rstrip(".,") in _NOT_AN_AUTHOR_END:
                words.pop()  # "a memo from the CEO on Monday": the CEO
            words = [w.rstrip(".,") if k == len(words) - 1 else w for k, w in enumerate(words)]
            if any(w.endswith(("'s", "’s")) for w in words):
                continue  # "an ad from Trump's campaign": the campaign's, unnamed
            if len(words) == 1 and words[0].lower() in demonyms():
                continue  # "a statement from the Kenyan presidency": what the body is, below
            if words and not inside_quote(m.start()) and not is_place(" ".join(words)):
                self.documents.append((m.start(), m.group(1).lower(), " ".join(words)))  # (where, noun, author)
        for by in _BY_BODY_NOUN_RE.finditer(text):
            m = _DOCUMENT_BEFORE_BY_RE.search(text, max(0, by.start() - 60), by.start())
            if m is not None and not inside_quote(m.start()):
                self.documents.append((m.start(), m.group(1).lower(), by.group(1)))  # (where, noun, body noun)
        for pattern, noun_group, author_group in ((_AUTHORED_RE, 2, 1), (_IN_OWN_DOCUMENT_RE, 1, 2)):
            for m in pattern.finditer(text):
                author = _without_title(m.group(author_group))
                if not inside_quote(m.start()) and author and not is_place(author):
                    self.documents.append((m.start(noun_group), m.group(noun_group).lower(), author))
        for body in _POSSESSED_BODY_RE.finditer(text):
            # "Donald Trump's campaign is defending ... It's denouncing": a
            # named person's or body's campaign, office, team.
            m = _OWNER_BEFORE_RE.search(text, max(0, body.start() - 60), body.start())
            if m is None:
                continue
            owner = m.group(1).split()
            while len(owner) > 1 and owner[0].lower().rstrip(".") in lexicon.TITLE_WORDS:
                owner = owner[1:]  # "Mayor Ines Vidal's office": Ines Vidal's
            if not inside_quote(m.start()):
                mark = text[body.start()]
                self._named(m.start(), f"{' '.join(owner)}{mark}s {body.group(1)}", body.end(), text)
        for m in runs:
            # "Iconic Clon spot DeBarras are only barely opened, but they're
            # going again": a business named right after its kind. (The word
            # before is looked up first: a search before every run costs.)
            if text[m.start() - 1 : m.start()] not in (" ", "\t"):
                continue
            word = _WORD_AT_END_RE.search(text, max(0, m.start() - 30), m.start())
            if word is None or word.group(1) not in lexicon.VENUE_NOUNS:
                continue
            kind = _VENUE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            if kind is None or (kind.group(1) or "").lower() in lexicon.NOT_VENUE_BEFORE:
                continue  # (not "a campaign spot Trump released")
            name = m.group().rstrip(".")
            if not inside_quote(m.start()) and not is_person(name) and not is_place(name):
                self._named(m.start(), name, m.end(), text)
        for m in _DESCRIBED_RE.finditer(text):
            name = " ".join(m.group(1).split())
            if not inside_quote(m.start()) and not is_person(name):
                self._named(m.start(1), name, m.end(), text)
        # "Médecins Sans Frontières (MSF)", and CBP for Customs and Border
        # Protection: what the article's acronyms stand for.
        self.acronyms = {short: full for short, full in known.items() if short.isupper() and short != full}
        self.documents.sort()
        order = sorted(range(len(self.positions)), key=self.positions.__getitem__)
        self.positions = [self.positions[k] for k in order]
        self.names = [self.names[k] for k in order]
        for described in self.kinds.values():
            described.sort(key=lambda item: item[0])  # (two patterns add to it, each in order)
        # Look-ups by name and by word, built on first use, so that asking
        # once a quote stays linear in an article of many bodies.
        self._mentions_of: dict[str, list[int]] | None = None  # name -> its indexes in self.names
        self._with_word: dict[str, list[int]] | None = None  # a word of a name, lower case -> indexes
        self._by_last_word: dict[str, set[str]] | None = None  # last word -> the names that end in it
        self._by_first_word: dict[str, set[str]] | None = None  # first word -> the names of two words or more that open with it
        self._documents_by_noun: dict[str, list[tuple[int, str]]] | None = None  # head noun -> (where, author)

    def _described_as(self, noun: str, name: str, start: int, text: str, inside_quote: Callable[[int], bool],
                      is_person: Callable[[str], bool]) -> None:
        words = name.split()
        while words and words[-1].lower() in _SMALL_WORDS:
            words.pop()
        if words and words[0].lower() in _LEADING:
            words = words[1:]
        name = " ".join(words)
        if not name or inside_quote(start) or is_person(name) or is_place(name) or words[0].lower() in lexicon.NON_NAME_WORDS:
            return
        if any(w.lower() in lexicon.TITLE_WORDS for w in words):
            return  # "Mayor Lin, the party's candidate,": a person with a title
        self.kinds.setdefault(noun.lower(), []).append((start, name))
        self._named(start, name, start + len(name), text)

    def _named(self, start: int, name: str, end: int, text: str) -> None:
        self.positions.append(start)
        self.names.append(name)
        document = _DOCUMENT_AFTER_RE.match(text, end)
        if document:
            self.documents.append((document.start(1), document.group(1).lower(), name))

    def issuer(self, head: str, position: int) -> str | None:
        """'the statement said' -> the body that 'said in a statement' before."""
        found = self.issued_at(head, position)
        return found[1] if found is not None else None

    def issued_at(self, head: str, position: int) -> tuple[int, str] | None:
        """(where the article named the document with its author, the author)."""
        if self._documents_by_noun is None:
            self._documents_by_noun = {}
            for at, noun, name in self.documents:  # (in order)
                self._documents_by_noun.setdefault(noun, []).append((at, name))
        found = self._documents_by_noun.get(head, ())
        # The last named at or before ``position`` (the mention may be the document phrase itself).
        k = bisect.bisect_right(found, position, key=lambda item: item[0])
        return found[k - 1] if k else None

    @staticmethod
    def _is_body(text: str, m: re.Match[str], words: list[str], speaker_names: set[str],
                 is_person: Callable[[str], bool]) -> bool:
        name = " ".join(words)
        last = words[-1].lower().rstrip(".")
        if len(words) == 2 and last in lexicon.WORD_SURNAMES and words[0].lower().rstrip(".") in lexicon.HONORIFIC_GENDER:
            return False  # "Mr Park", "Ms Hall": a surname that is a noun
        if last in organization_heads() or last in lexicon.ORGANIZATION_NOUNS:
            return len(words) > 1 or words[0].isupper()
        if _ACRONYM_AFTER_RE.match(text, m.end()) and len(words) > 1:
            return True
        if name in speaker_names:
            return True
        if len(words) == 1 and not words[0].isupper():
            return False  # one capitalised word says too little
        lowered = [w.lower().rstrip(".") for w in words]
        if any(lowered[i] in lexicon.INSTITUTION_NOUNS and words[i + 1] in ("of", "for", "on")
               for i in range(1, len(words) - 1)):
            # "Reserve Bank of Australia", "Norway's Ministry of Justice",
            # "Federal Bureau of Investigation": the kind inside the name
            # (before the tests below: "Justice" and "Federal" are titles too).
            return True
        if (  # (the cheap tests first: most runs stop before asking for the people)
            is_place(name)
            or lowered[0] in lexicon.NON_NAME_WORDS
            or any(w in lexicon.TITLE_WORDS or w in lexicon.HONORIFIC_GENDER for w in lowered)
            or any(w in demonyms() or w.rstrip("s") in demonyms() for w in lowered)
            or (len(words) == 2 and is_role_noun(words[0]))  # "Singer Tems told": a role and a name
            or is_person(name)
        ):
            return False  # "President Obama said", "Two Americans were", "The Kenyan said"
        if len(words) > 2 and lowered[0] in lexicon.ORGANIZATION_NOUNS and words[1] in ("of", "for", "on"):
            return True  # "Centre for Economic Policy Research", "Institute of Development Studies": the kind first
        before = text[max(0, m.start() - 3) : m.start()]
        opens_sentence = m.start() == 0 or before.endswith(("\n", ". ", "\n\n")) or before.strip() == ""
        if opens_sentence and people_of_a_place(words):
            return False  # "Residents of Soweto have been": people of a place, capitalised by the sentence
        after = text[m.end() : m.end() + 40].split()
        verb = after[0].lower().strip(",.") if after else ""
        if verb in ("have", "has", "had") and len(after) > 1 and after[1].lower() in ("twice", "also", "long", "since", "already"):
            verb = "has"
        return opens_sentence and verb in _BODY_VERBS

    def _before(self, position: int) -> list[tuple[int, str]]:
        k = bisect.bisect_left(self.positions, position)
        out = []
        while k > 0 and position - self.positions[k - 1] <= _WINDOW:
            k -= 1
            out.append((self.positions[k], self.names[k]))
        return out

    def last_named(self, position: int, text: str = "", is_person: Callable[[str], bool] | None = None) -> str | None:
        """The body a "they" or "it" at ``position`` stands for: the one
        named last before it, within a few paragraphs; else a one-word name
        that opened the sentence before as the subject of a verb
        ("Greenpeace criticised the plan. '...,' it said"), which no list
        calls a body but no person or place is either."""
        found = [item for item in self._before(position)
                 if not _a_place_s_name(item[1]) or self._spoke(item[1], item[0], position, text)]
        if found:
            return found[0][1]
        if text and is_person is not None:
            return _one_word_subject(text, position, is_person)
        return None

    @staticmethod
    def _spoke(name: str, named_at: int, position: int, text: str) -> bool:
        """Did the article make a place's name the subject of a verb of
        saying between where it named it and ``position`` ("Cork Airport
        said the runway would close")? Then it speaks, as a body does."""
        return bool(text) and _said_after(name).search(text, named_at, min(position, named_at + _WINDOW)) is not None

    def by_noun(self, noun: str, position: int, modifier: str = "") -> str | None:
        """'the doctors' -> Doctors for Camp Closure; 'the group' -> the
        last body named; 'the production company' -> the last body whose
        name says so (Dick Clark Productions), when one does; None when
        nothing fits."""
        noun = noun.lower()
        k = bisect.bisect_left(self.positions, position)
        described = self.kinds.get(noun, ())
        d = bisect.bisect_left(described, position, key=lambda item: item[0])
        if d and position - described[d - 1][0] <= _WINDOW:
            return described[d - 1][1]  # "the airline, Qantas, ... the airline said"
        if noun in lexicon.GENERIC_BODY_NOUNS:
            # "the company": the body named in the same sentence or the one
            # before; else the one the article has named most so far (its
            # subject), the latest of equals, within a few paragraphs.
            found = [item for item in self._before(position) if _may_be_called(item[1], noun)]
            stem = modifier.lower()[:5]
            if len(stem) >= 4:
                # "the production company", "the mining firm": the body whose
                # own name holds the word (Productions, Mining), if any.
                kind = [item for item in found if any(w.lower().startswith(stem) for w in item[1].split())]
                if kind:
                    return kind[0][1]
            if not found or position - found[0][0] > _NEARBY:
                # "Hezbollah said it fired ... '...,' the group said", and
                # "Qantas cancelled 30 flights": a one-word subject just
                # before, when no body was named as near.
                subject = _one_word_subject(self._text, position, self._is_person)
                if subject is not None or not found:
                    return subject
            if position - found[0][0] <= _NEARBY:
                return found[0][1]
            mentions = self._name_mentions()
            # (how often each was named before here: its mentions before k)
            return max(found, key=lambda item: (bisect.bisect_left(mentions[item[1]], k), item[0]))[1]
        # A word of the body's own name reaches back over the whole article
        # ("the doctors", and "the physicians", for Doctors for Camp Closure):
        # the latest name before here that holds one.
        with_word = self._word_mentions()
        latest = -1
        for word in {noun} | lexicon.MEMBER_SYNONYMS.get(noun, frozenset()):
            indexes = with_word.get(word, ())
            j = bisect.bisect_left(indexes, k)
            if j:
                latest = max(latest, indexes[j - 1])
        return self.names[latest] if latest >= 0 else None

    def by_first_word(self, word: str, clubs_only: bool = False) -> str | None:
        """'Tottenham' -> Tottenham Hotspur, when one body's name of two
        words or more opens so (``clubs_only``: a sports club's, which its
        town names: "Tottenham said", though Tottenham is a place)."""
        matches = {n for n in self._opening_with().get(word, ())
                   if not clubs_only or n.rsplit(None, 1)[-1].lower() in club_name_endings()}
        return matches.pop() if len(matches) == 1 else None

    def _opening_with(self) -> dict[str, set[str]]:
        if self._by_first_word is None:
            self._by_first_word = {}
            for name in self._name_mentions():
                if " " in name:
                    self._by_first_word.setdefault(name.split(None, 1)[0], set()).add(name)
        return self._by_first_word

    def by_word(self, word: str) -> str | None:
        """'Machine' -> Big Machine, when one body's name ends so."""
        matches = {n for n in self._ending_in().get(word, ()) if n != word}
        return matches.pop() if len(matches) == 1 else None

    def _name_mentions(self) -> dict[str, list[int]]:
        if self._mentions_of is None:
            self._mentions_of = {}
            for k, name in enumerate(self.names):
                self._mentions_of.setdefault(name, []).append(k)
        return self._mentions_of

    def _word_mentions(self) -> dict[str, list[int]]:
        if self._with_word is None:
            self._with_word = {}
            for k, name in enumerate(self.names):
                for word in {w.lower() for w in name.split()}:
                    self._with_word.setdefault(word, []).append(k)
        return self._with_word

    def _ending_in(self) -> dict[str, set[str]]:
        if self._by_last_word is None:
            self._by_last_word = {}
            for name in self._name_mentions():
                self._by_last_word.setdefault(name.split()[-1], set()).add(name)
        return self._by_last_word
