"""Unnamed people a "he" or "she" can stand for.

"A spokeswoman for the ministry said the talks would resume. 'We are
hopeful,' she said." The "she" is the spokeswoman, not the minister the
article named three paragraphs earlier; nor is the "he" who whispers after
"The waiter returns with a carafe" the chef named before. A description of
a person that the article wrote after the last named person, in the
pronoun's sentence or the one before it, is the pronoun's antecedent.

Only descriptions that bring a person on stage count: the subject of their
clause ("The waiter returns"), or one a relative clause introduces ("spoke
to one mother, who knew ..."). The person someone "told" or "asked" is the
listener, never the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..language import lexicon
from .namewords import is_agent_noun

_DESCRIPTION_RE = re.compile(
    # (The owner may be a full name or a described one: "Mark Hunt's
    # mother", "the boy's mother".)
    r"(?<![\w-])(?P<det>[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s"
    r"|[Tt]he\s+[a-z]+['’]s)\s+"
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][a-z-]+)"
    # "for the ministry", "at the hospital", "from Ohio", "of one victim":
    # part of who they are.
    r"(?P<tail>\s+(?:for|of|at|from|in)\s+(?:(?:the|a|an|one|two|three)\s+(?!"
    + lexicon.alternation(lexicon.SAYING_FORMS) + r"\b))?"
    r"(?:[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*|[a-z]+))?"
)
# Right before a description: the listener of a verb of telling, or a
# predicate ("views her as a candidate", "she is a nurse"): not on stage.
_LISTENER_BEFORE_RE = re.compile(
    r"\b(?:told|tells|telling|tell|asked|asks|asking|ask|to|with|by|for|as|is|was|are|were|be|been|became|becomes)\s*$"
)
# Right after: a relative clause that introduces the person.
_RELATIVE_AFTER_RE = re.compile(r"\s*,\s*(?:who|whose)\b")
# "a spokeswoman, Jane Doe," or "spokeswoman Jane Doe": a named person.
_NAMED_AFTER_RE = re.compile(r"\s*,?\s+[A-Z][\w’'-]+\s+[A-Z]|,\s*[A-Z]")
# A description that opens its clause is its subject.
# (A dash ends a dateline: "NAIROBI, Kenya (AP) — Kenya's president said".)
_CLAUSE_START_RE = re.compile(r"(?:[.!?;:]\s+|\n\s*|,\s+(?:and|but)\s+|\b(?:and|but|when|while)\s+|[—–]\s*|\s-\s+)$")


@dataclass(frozen=True, slots=True)
class Description:
    text: str  # "a spokeswoman for the ministry"
    name: str  # "spokeswoman for the ministry"
    start: int
    end: int
    head: str
    definite: bool


def _is_person_noun(word: str) -> bool:
    return word not in lexicon.NOT_ONE_PERSON and (
        word in lexicon.PERSON_NOUNS or bool(_noun_gender(word)) or is_agent_noun(word)
    ) and not (word.endswith("s") and not word.endswith("ss"))  # a plural, but "witness", "actress"


def _noun_gender(word: str) -> str:
    """"m", "f" or "" for a person noun ("spokeswoman", "mother", "waiter")."""
    return lexicon.PERSON_NOUN_GENDER.get(word) or lexicon.HONORIFIC_GENDER.get(word, "")


def last_description(
    text: str, start: int, end: int, gender: str, inside_quote: Callable[[int], bool]
) -> Description | None:
    """The last description of a person on stage in ``text[start:end]``
    that a pronoun of ``gender`` ("m", "f") can stand for."""
    found: Description | None = None
    for m in _DESCRIPTION_RE.finditer(text, start, end):
        head = m.group("head")
        if not _is_person_noun(head) or inside_quote(m.start()):
            continue
        if (_noun_gender(head) or gender) != gender:
            continue
        after = text[m.end() : m.end() + 40]
        if after[:2] in ("'s", "’s"):
            continue  # "an ambassador's job": not a person on stage
        if _NAMED_AFTER_RE.match(after):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        relative = bool(_RELATIVE_AFTER_RE.match(text, m.end()))
        if _LISTENER_BEFORE_RE.search(before) and not relative:
            continue
        if not relative and m.start() > 0 and not _CLAUSE_START_RE.search(before):
            continue
        phrase = m.group().rstrip()
        name = phrase[len(m.group("det")) :].strip()
        # "his lawyer", "Mark Hunt's mother": someone else than the one they
        # belong to, known by the noun as much as "the lawyer" is.
        definite = m.group("det").lower() in ("the", "his", "her", "their") or m.group("det")[-2:] in ("'s", "’s")
        found = Description(phrase, name, m.start(), m.start() + len(phrase), head, definite)
    return found
