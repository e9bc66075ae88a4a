"""The speaker phrase: the words next to a cue, read as a mention.

``parse_speaker`` turns the words a sieve found next to a cue ("Jodi Cohen,
the FBI's special agent in charge") into a ``SpeakerMention``: the name, its
role and its kind (a person, a body, a document, a pronoun, a description).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..language import lexicon
from ..language.namelists import (
    common_words,
    demonyms,
    first_name_genders,
    is_place,
    mostly_person_nouns,
    organization_heads,
    person_nouns,
    surnames,
)
from ..models import DOCUMENT, ORGANIZATION, PERSON, UNKNOWN
from .tokens import WORD, Token

if TYPE_CHECKING:
    pass
from .namewords import (
    BODY_AND_OFFICE_NOUNS,
    _CAPITAL_PARTICLES,
    _PARTICLE_WORDS,
    _SUFFIXES,
    AGE_RE,
    _bare,
    _is_acronym,
    _is_name_word,
    _only_first_name,
    _place_not_name,
    _role_text,
    _uninformative_first,
    clean_word,
    is_agent_noun,
    is_national,
    is_people_noun,
    people_of_a_place,
    is_role_noun,
    is_title,
    person_name_in,
    starts_sentence,
    without_honours,
)


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
    office: bool = False  # an office named in full ("the Minister for Health"): head is its title


_DETERMINERS = lexicon.DETERMINERS
_AFTER_ARTICLE_RE = re.compile(r"\b(?:the|The|a|an)[ \t\u00a0]+$")
_PREPOSITIONS = frozenset("of for at with from in on to by about under over".split())


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def parse_speaker(
    text: str, tokens: list[Token], appositive: list[Token] | None = None
) -> SpeakerMention | None:
    """Read a speaker noun phrase (already cut at its clause boundaries)."""
    words = [t for t in tokens if t.kind == WORD or t.text in ("'s", "’s")]
    kept = _without_honours(words)  # "Keir Starmer MP"
    if len(kept) < len(words):
        tokens = [t for t in tokens if t.start < words[len(kept)].start]
        words = kept
    at = next((k for k, t in enumerate(words) if t.text.startswith("@") and len(t.text) > 2), None) \
        if words and "@" in text[words[0].start : words[-1].end] else None
    if at is not None and not any(t.is_capitalized for t in words[:at]) \
            and (at == len(words) - 1 or words[at + 1].lower in _PREPOSITIONS):
        # '"Vote early," tweeted @AOC on Monday': an account, which may be a
        # person's or a body's; the handle is the name the article gives.
        name = words[at].text.rstrip(".")
        return SpeakerMention(name, words[at].start, words[at].start + len(name), UNKNOWN, name)
    if len(words) > 1 and words[0].is_capitalized and _uninformative_first(text, words[0].start, words[0].text, words[1].is_capitalized) \
            and not _body_then_people(words) and not _WEB_ADDRESS_RE.fullmatch(words[0].text) \
            and not (_is_name_word(words[0].text) and all(
                _bare(w.text) in organization_heads() or _bare(w.text) in lexicon.ORGANIZATION_NOUNS for w in words[1:])):
        # (Not a body's first word: "Acme Corp said", "Buckingham Palace said", whose rest names no one.)
        words = words[1:]
        tokens = [t for t in tokens if t.start >= words[0].start]
    if not words:
        return None
    if words[0].lower in ("one", "another") and (len(words) == 1 or (words[1].lower == "of" and len(words) <= 4
                                                        and not any(t.is_capitalized for t in words[1:]))):
        # "One, who asked not to be named, said:", "One of them said": one of
        # the people the text has just spoken of (the resolver says whom).
        start, end = words[0].start, words[-1].end
        return SpeakerMention(text[start:end], start, end, PERSON, None, head="one")
    last = words[-1]
    if len(words) == 1 and last.lower in lexicon.OBJECT_PRONOUNS:
        # "According to him, '...'", as Nigerian and Ghanaian news writes it.
        gender = lexicon.PRONOUN_GENDER.get(lexicon.OBJECT_PRONOUNS[last.lower], "")
        return SpeakerMention(last.text, last.start, last.end, PERSON if gender in ("m", "f") else UNKNOWN, None,
                              pronoun=gender)
    if last.lower in lexicon.SUBJECT_PRONOUNS and len(words) <= 2:
        if last.lower == "i":
            return None  # the writer, outside quotation marks
        gender = lexicon.PRONOUN_GENDER.get(last.lower, "")
        kind = PERSON if gender in ("m", "f") else UNKNOWN
        return SpeakerMention(last.text, last.start, last.end, kind, None, pronoun=gender)
    share = _share_of_people(text, words)
    if share is not None:
        return share
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

    if people_of_a_place([t.text for t in words]):
        # "Residents of Elm Street", "villagers near Lake Kivu": people, and
        # where they are (whose capitals name no one and no body).
        end = words[-1].start + len(clean_word(words[-1].text))
        return SpeakerMention(text[words[0].start : end], words[0].start, end, PERSON, None, role_from_apposition,
                              head=_bare(words[0].text))

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
    joint = _two_people(text, words, runs, role_from_apposition)
    if joint is not None:
        return joint
    runs_in_place, outside = _name_runs_first(words, runs)
    found = _full_name_in_runs(text, words, tokens, runs_in_place, role_from_apposition)
    if found is not None:
        return found
    office = _office(text, words)
    if office is not None:
        return office
    body = _body_name(text, words)
    if body is not None:
        return SpeakerMention(body[0], body[1], body[2], ORGANIZATION, body[0], role_from_apposition, head=body[3])

    found = _name_beside_cue(text, words, tokens, runs_in_place[:outside], role_from_apposition)
    if found is not None:
        return found
    return _head_of_phrase(text, words, role_from_apposition)


_PERCENT_RE = re.compile(r"(?:\d[\d.,]*%?|[A-Za-z]+(?:-[a-z]+)?)$")


def _share_of_people(text: str, words: list[Token]) -> SpeakerMention | None:
    """'51 percent of voters', 'Fifty-one per cent', 'two-thirds of
    Americans': a share of the people a poll asked, whose words the
    resolver gives the poll (the people, where no poll is named)."""
    k = 0
    while k < len(words) and words[k].lower in _DETERMINERS:
        k += 1
    rest = words[k:]
    if not rest:
        return None
    if rest[0].lower in lexicon.SHARE_HEADS and rest[0].lower not in ("majority", "minority", "half", "quarter"):
        head = 1  # "two-thirds of voters"
    elif len(rest) >= 2 and _PERCENT_RE.match(rest[0].text) and rest[1].lower in ("percent", "%"):
        head = 2  # "51 percent"
    elif len(rest) >= 3 and _PERCENT_RE.match(rest[0].text) and rest[1].lower == "per" and rest[2].lower == "cent":
        head = 3  # "51 per cent"
    elif rest[0].text[:1].isdigit() and text[rest[0].end : rest[0].end + 1] == "%":
        head = 2  # "51% of voters"
    else:
        return None
    start, end = words[0].start, words[-1].start + len(clean_word(words[-1].text))
    return SpeakerMention(text[start:end], start, end, PERSON, None, head="percent" if head > 1 else rest[0].lower)


_KIND_NOUNS = lexicon.VENUE_NOUNS | lexicon.RESTATING_BODY_NOUNS  # (joined once, not once a phrase)


def _modifies_a_kind(words: list[Token], last: Token) -> bool:
    """Is the run ending at ``last`` followed by a lower-case noun for a
    kind of business or body, which it modifies ("the Albert Quay spot",
    "the John Lewis store")?"""
    after = next((k for k, t in enumerate(words) if t is last), len(words)) + 1
    return after < len(words) and not words[after].is_capitalized \
        and words[after].lower in _KIND_NOUNS


def _two_people(text: str, words: list[Token], runs: list[list[Token]],
                role_from_apposition: str | None) -> SpeakerMention | None:
    """'said Ana Lima and Tom Hale': two people named in full, joined by
    "and", speak together; the speaker is both, as the article writes them."""
    if len(runs) != 2 or len(words) != len(runs[0]) + 1 + len(runs[1]) or words[len(runs[0])].lower != "and":
        return None
    for run in runs:
        if person_name_in([t.text for t in run]) != (0, len(run)):
            return None
    start, end = runs[0][0].start, runs[1][-1].start + len(clean_word(runs[1][-1].text))
    return SpeakerMention(text[start:end], start, end, PERSON, text[start:end], role_from_apposition)


def _full_name_in_runs(text: str, words: list[Token], tokens: list[Token], runs_in_place: list[list[Token]],
                       role_from_apposition: str | None) -> SpeakerMention | None:
    """'Field Office Director Patricia H. Hyde': the last run of capitalised
    words that holds a person's full name, with the role around it."""
    for run in runs_in_place:
        found = person_name_in([t.text for t in run])
        if found is None:
            continue
        i, j = found
        if j < len(run) and (_bare(run[j].text) in organization_heads() or _bare(run[j].text) in lexicon.ORGANIZATION_NOUNS):
            continue  # "the Kenya Meteorological Department": a body's name, whatever opens it
        if _bare(run[j - 1].text) in organization_heads() and _bare(run[j - 1].text) not in surnames():
            continue  # "Kenya Airways", "Tata Motors": a given name may open a body's name (not "Samantha Power")
        if _possessor_of_more(words, run[j - 1]):
            continue  # "President Emmanuel Macron's office said": the office speaks
        if j == len(run) and _modifies_a_kind(words, run[j - 1]):
            continue  # "the Albert Quay spot", "the John Lewis store": a name that says which, not who
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

    return None


def _name_beside_cue(text: str, words: list[Token], tokens: list[Token], runs: list[list[Token]],
                     role_from_apposition: str | None) -> SpeakerMention | None:
    """'said Asab Al-Tabchi': next to a cue, two or three capitalised name
    words are a name even when no list knows the first name; not inside a
    prepositional phrase ('a study by the Centre for Economic Policy
    Research')."""
    lead_word_is_the = words[0].lower == "the"
    for run in runs if not _body_then_people(words) else ():
        tail = [t for k, t in enumerate(run) if not is_title(t.text)
                and not (k == 0 and len(run) > 1 and starts_sentence(text, t.start) and is_role_noun(t.text))]
        while len(tail) > 2 and (_bare(tail[0].text) in demonyms() or tail[0].text.endswith(("'s", "’s"))):
            tail = tail[1:]  # "said Kenyan Wanjiru Kamau", "Ethiopia's Tigst Assefa": a nationality or an owner opens no name
        if (
            2 <= len(tail) <= 3
            and tail == run[len(run) - len(tail):]
            and all(_is_name_word(t.text) for t in tail)
            and not _only_first_name(tail[-1].text)
            and not (lead_word_is_the and any(_place_not_name(t.text) for t in tail))  # "the South Korean firm"
            and not is_national(t.text for t in tail)  # "the New Zealander said"
            and not _possessor_of_more(words, run[-1])
        ):
            after = next((k for k, t in enumerate(words) if t is run[-1]), len(words) - 1) + 1
            if after < len(words) and not words[after].is_capitalized and _is_person_head(words[after].lower):
                continue  # "the 23-time Grand Slam champion", "the England forward": what kind, not a name
            if _modifies_a_kind(words, run[-1]):
                continue  # "the Albert Quay spot": which venue, not who
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

    return None


def _is_person_head(word: str) -> bool:
    """A noun that can head a description of a person or of people
    ("champion", "forward", "fisherman", "forecasters", "villagers": the
    lists, the suffixes of agents, WordNet's people and their plurals)."""
    return word in lexicon.PERSON_NOUNS or word in lexicon.TITLE_WORDS or is_agent_noun(word) or word in person_nouns() \
        or is_people_noun(word)


def _head_of_phrase(text: str, words: list[Token], role_from_apposition: str | None) -> SpeakerMention | None:
    """No full name: 'Mr. Trump', 'the release', 'a spokeswoman for the
    ministry': the head of the phrase before any prepositional phrase says
    what kind of speaker it is."""
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
        return _capitalised_head(text, core, head, bare_head, lead, phrase, start, end, role_from_apposition)
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
        restated = _restated_body(text, core, head)
        if restated is not None:
            return SpeakerMention(phrase, start, end, ORGANIZATION, restated, role_from_apposition, head=bare_head)
    elif _is_person_head(bare_head) or AGE_RE.fullmatch(bare_head):
        kind = PERSON
    else:
        kind = UNKNOWN
    return SpeakerMention(phrase, start, end, kind, None, role_from_apposition, head=bare_head)




def _joined_like_a_body(named: list[Token]) -> bool:
    """Capitalised words joined inside by "for", "on" or "of" after a
    plural, with no person's full name among them."""
    def joins(k: int) -> bool:
        word = named[k].lower
        if word in ("for", "on"):
            # (Not a title's brief: "MEC for Health Nomantu Nkomo-Ralehoko".)
            return not is_title(named[k - 1].text) and _bare(named[k - 1].text) not in lexicon.BRIEF_ON_NOUNS
        # "Sisters of Mercy", "Friends of the Earth": a plural before "of";
        # not "Heiserman of the CORE caucus", "Prince William of Wales".
        before = _bare(named[k - 1].text)
        return word == "of" and not is_title(named[0].text) and before.endswith("s") and not before.endswith("ss") \
            and (named[k + 1].lower == "the" or before not in surnames()) and before not in first_name_genders()

    joined = any(0 < k < len(named) - 1 and named[k - 1].is_capitalized and joins(k) for k in range(len(named)))
    return joined and named[0].is_capitalized and named[-1].is_capitalized \
        and person_name_in([t.text for t in named if t.is_capitalized]) is None


def _capitalised_head(text: str, core: list[Token], head: Token, bare_head: str, lead: int, phrase: str, start: int,
                      end: int, role_from_apposition: str | None) -> SpeakerMention | None:
    """'Trump', 'Mr. Trump', 'Sen. Rubio', 'ICE', 'the White House': a
    capitalised head with no full name before it."""
    if _WEB_ADDRESS_RE.fullmatch(head.text.rstrip(".")):
        # "Booking.com said": a web address names a company.
        return SpeakerMention(phrase, start, end, ORGANIZATION, " ".join(clean_word(t.text) for t in core[lead:]),
                              role_from_apposition, head=bare_head)
    cap = [t for t in core[lead:] if t.is_capitalized]
    titles = [t for t in cap if is_title(t.text) and not _is_acronym(t.text)]
    if len(cap) >= 2 and cap[0] not in titles and starts_sentence(text, cap[0].start) and is_role_noun(cap[0].text):
        titles.insert(0, cap[0])  # "Rapper Stormzy said": a role, then the one name
    rest = [t for t in cap if t not in titles and (_is_acronym(t.text) or (_bare(t.text) not in lexicon.NON_NAME_WORDS
            and _bare(t.text) not in lexicon.FUNCTION_WORDS))]  # ("Upon", "Another": no name; "WHO" is one)
    if len(core) == 1 and bare_head in lexicon.PEOPLE_QUANTIFIERS:
        # "Several said", "Others argued": some of the people spoken of.
        return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=bare_head)
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
    if rest == [head] and titles and bare_head in lexicon.WORD_SURNAMES and any(
            _bare(t.text) in lexicon.HONORIFIC_GENDER or _bare(t.text) in lexicon.NAMING_TITLES for t in titles):
        # "Mr Park said", "Sen. Hall said": a title before a noun that is a
        # common surname makes it the surname, not a park or a hall.
        return SpeakerMention(phrase, start, end, PERSON, clean_word(head.text), role_from_apposition,
                              head=bare_head)
    definite = lead > 0 or text[max(0, core[0].start - 4) : core[0].start].lower() == "the "

    def holder() -> SpeakerMention:
        """A title's holder, whom the resolver finds by the title."""
        return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition or _span_text(text, core[lead:]),
                              head=bare_head)

    seat = [t for t in rest if t is not head]
    if definite and bare_head in lexicon.MEMBER_TITLES and 1 <= len(seat) <= 2 \
            and not any(_bare(t.text) in first_name_genders() for t in seat):
        return holder()  # "the Larut MP said", "the Kildare TD said", "the Texas senator": a member by seat or party
    if len(rest) == 1 and bare_head in lexicon.TITLE_ACRONYMS and lead > 0:
        # "the CEO said", "the CMO told": a title in initials, someone's.
        return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=bare_head)
    if _is_acronym(head.text) or bare_head in lexicon.ORGANIZATION_NOUNS or bare_head in lexicon.DOCUMENT_NOUNS:
        kind = DOCUMENT if bare_head in lexicon.DOCUMENT_NOUNS else ORGANIZATION
        named = core[lead:]
        while len(named) > 1 and not named[0].is_capitalized:
            named = named[1:]  # "a similarly fresh Reuters poll": the name is "Reuters poll"
        name = " ".join(clean_word(t.text) for t in named)
        return SpeakerMention(phrase, start, end, kind, name, role_from_apposition, head=bare_head)
    if definite and head in titles and rest and all(
            _is_acronym(t.text) or _bare(t.text) in organization_heads() or t.text.endswith(("'s", "’s"))
            or _bare(t.text) in common_words() or _bare(t.text) in BODY_AND_OFFICE_NOUNS for t in rest):
        # "the PAHO Director said", "the WHO chief said" (a body's title),
        # "the Opposition Leader said", "the Police Commissioner said" (an
        # office in capitals whose other words are ordinary words or a
        # body's): no one's name, the title's holder.
        return holder()
    if any(_bare(t.text) in lexicon.PLACE_WORDS for t in rest):
        # "New York", "Utah": a place speaks through its government.
        name = " ".join(clean_word(t.text) for t in rest)
        return SpeakerMention(phrase, start, end, UNKNOWN, name, role_from_apposition, head=bare_head)
    national = " ".join(_bare(t.text) for t in rest)
    if not titles and definite and (len(rest) == 1 and (national in demonyms() or national in lexicon.NATIONALS_ALSO_NAMES)
                                    or 1 < len(rest) < 4 and is_national(t.text for t in rest)):
        # "the Spaniard said", "the New Zealander said": a description of a
        # person the article named.
        return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=national)
    if len(rest) == 1 and not titles and starts_sentence(text, rest[0].start):
        word = _bare(rest[0].text)
        if word.endswith("ly"):
            return None  # "Likewise, ...": no speaker here
        if word in lexicon.PERSON_NOUNS or (word.endswith("s") and word not in surnames() and word[:-1] not in surnames()):
            # "Another said", "Republicans said": described, not named.
            return SpeakerMention(phrase, start, end, PERSON, None, role_from_apposition, head=word)
    if _joined_like_a_body(core[lead:]):
        # "Friends of the Earth", "Doctors for Camp Closure": capitals
        # joined by "for", "on" or "of" name a group, never a person;
        # its name is as written, joining words and all.
        return SpeakerMention(phrase, start, end, ORGANIZATION, _span_text(text, core[lead:]), role_from_apposition,
                              head=bare_head)
    # Only the name words at the end: not "Committee" in "Republican
    # National Committee Reince Priebus".
    k = len(rest)
    while k > 0 and (_is_name_word(rest[k - 1].text) or _bare(rest[k - 1].text) in _SUFFIXES) and len(rest) - k < 3 \
            and not (len(rest) - k >= 2 and _bare(rest[k - 1].text) in common_words()):
        k -= 1  # (an ordinary word before two name words is no name's: "MEC for Health Nomantu Nkomo-Ralehoko")
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


_WEB_ADDRESS_RE = re.compile(r"[A-Za-z][\w\-]*\.(?:" + "|".join(re.escape(d) for d in lexicon.WEB_DOMAIN_SUFFIXES) + ")")


def _restated_body(text: str, core: list[Token], head: Token) -> str | None:
    """"the Likud party", "the ruling ANC party": the capitalised name just
    before a lower-case noun that restates it is the body's name."""
    if head.is_capitalized or _bare(head.text) not in lexicon.RESTATING_BODY_NOUNS:
        return None
    k = next((i for i, t in enumerate(core) if t is head), len(core)) - 1
    end = k + 1
    while k >= 0 and core[k].is_capitalized and not is_title(core[k].text) \
            and _bare(core[k].text) not in lexicon.FUNCTION_WORDS \
            and _bare(core[k].text) not in demonyms():  # ("The network said", "the Brazilian firm": no name)
        k -= 1
    if end - k - 1 == 0:
        return None
    name = [clean_word(t.text) for t in core[k + 1 : end]]
    if is_place(" ".join(name)) or name[-1].lower().endswith("-based"):
        return None  # "the Nairobi firm", "the Lagos-based company": where it is, not its name
    return " ".join(name)


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


def _office(text: str, words: list[Token]) -> SpeakerMention | None:
    """'the Director of Public Prosecutions', 'the UN High Commissioner for
    Refugees', 'the Minister for Health': an office named in full, a title
    and what it is of or for, with no person's name in it. Its holder
    speaks: the description the resolver finds the holder by (its title),
    or, when the article names no holder, the office as written (never
    its capitalised words read as a name, 'Public Prosecutions')."""
    k = 0
    while k < len(words) and words[k].lower in _DETERMINERS:
        k += 1
    phrase = words[k:]
    if len(phrase) < 3 or not phrase[-1].is_capitalized \
            or not all(t.is_capitalized or t.lower in _BODY_CONNECTORS for t in phrase):
        return None
    joint = next((j for j in range(1, len(phrase) - 1) if phrase[j].lower in ("of", "for")), None)
    if joint is None or not is_title(phrase[joint - 1].text):
        return None
    domain = [t for t in phrase[joint + 1 :] if t.is_capitalized]
    if any(_bare(t.text) in first_name_genders() and _bare(t.text) not in lexicon.OFFICE_DOMAIN_WORDS for t in domain):
        return None  # "the Minister for Health Simon Harris": a name follows
    ordinary = 0
    while ordinary < len(domain) and (_bare(domain[ordinary].text) in lexicon.OFFICE_DOMAIN_WORDS
                                      or _bare(domain[ordinary].text) in common_words()):
        ordinary += 1
    if len(domain) - ordinary >= 2 and not any(_bare(t.text) in common_words() for t in domain[ordinary:]):
        return None  # "MEC for Health Nomantu Nkomo-Ralehoko": a name no list knows follows (not "Public Prosecutions")
    start = phrase[0].start
    end = phrase[-1].start + len(clean_word(phrase[-1].text))
    return SpeakerMention(text[start:end], start, end, PERSON, None, head=_bare(phrase[joint - 1].text), office=True)


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
    if len(body) == 2 and (_bare(body[0].text) in lexicon.HONORIFIC_GENDER or _bare(body[0].text) in lexicon.NAMING_TITLES) \
            and _bare(body[1].text) in lexicon.WORD_SURNAMES:
        return None  # "Mr Park", "Sen. Hall": a title before a noun that is a common surname: the surname
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
    if words[k].lower == "on" and _bare(words[k - 1].text) not in organization_heads() \
            and _bare(words[k - 1].text) not in lexicon.ORGANIZATION_NOUNS:
        return False  # "wrote Lima on Instagram": where, not a name's "Panel on Climate Change"
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


def _without_honours(words: list[Token]) -> list[Token]:
    return words[: len(without_honours([t.text for t in words]))]


def _name_in_appositive(text: str, words: list[Token], appositive: list[Token]) -> SpeakerMention | None:
    """'VFI Chief Executive, Padraig Cribben, said': a role, then the name
    between commas. Only when the phrase itself names nobody and the
    appositive is a name and nothing else. Likewise a body: 'The group,
    WeWorkers Coalition, said'."""
    app_words = [t for t in appositive if t.kind == WORD]
    while len(app_words) > 2 and app_words[-1].text.isdigit() and len(app_words[-1].text) <= 3:
        app_words = app_words[:-1]  # "The defendant, Tom Hale, 34,": the age after the name
    # The head is after the last owner: "the Bank of England's governor"
    # is a governor, whatever "of" the owner's name holds.
    owned = next((k + 1 for k in range(len(words) - 2, -1, -1) if words[k].text.endswith(("'s", "’s"))), 0)
    head = next((words[k - 1] for k in range(owned + 1, len(words)) if words[k].lower in _PREPOSITIONS),
                words[-1] if words else None)
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
    joined = next((k for k, t in enumerate(app_words) if t.lower == "and"), None)
    if head is not None and joined is not None and is_people_noun(head.text):
        # "Her sons, Chris Larkin and Toby Stephens, said": both, together.
        return _two_people(text, app_words, [app_words[:joined], app_words[joined + 1 :]], _role_text(text, words))
    if head is None or not (is_title(head.text) or _bare(head.text) in lexicon.PERSON_NOUNS or is_agent_noun(_bare(head.text))
                            or (not head.is_capitalized and _bare(head.text) in mostly_person_nouns())):  # ("The dean, Jo Roe,")
        return None  # 'The leader of Ennahda, Rachid Ghannouchi, ...': the head is "leader"
    if len(app_words) == 1 and app_words[0].is_capitalized and _bare(app_words[0].text) in first_name_genders():
        # 'her mother, Fiona, said': a given name, which the article's
        # people then complete.
        word = app_words[0]
        return SpeakerMention(word.text, word.start, word.end, PERSON, clean_word(word.text), _role_text(text, words))
    titled = 0
    while titled < len(app_words) - 2 and (is_title(app_words[titled].text) or AGE_RE.fullmatch(app_words[titled].lower)):
        titled += 1  # "the supreme leader, Ayatollah Ali Khamenei,", "her daughter, 17-year-old Zara Ahmed,"
    app_words = _without_honours(app_words[titled:])  # "the Recorder of Leeds, Judge Guy Kearl KC,"
    cut = next((k for k, t in enumerate(app_words) if k >= 2 and t.lower in ("of", "from", "at")), None)
    if cut is not None:
        app_words = app_words[:cut]  # "the lead author, Dr. Keiko Tanaka of Kyoto University,": her affiliation after the name
    # (Up to four name words, not counting the particles of Arabic and
    # other names: "Sheikh Mohammed bin Abdulrahman Al Thani".)
    if not 2 <= len([t for t in app_words if t.lower not in _PARTICLE_WORDS and t.text not in _CAPITAL_PARTICLES]) <= 4 \
            or not all(t.is_capitalized or t.lower in _PARTICLE_WORDS for t in app_words):
        return None
    named = person_name_in(capitals := [t.text for t in words if t.is_capitalized] or ["x"])
    if named is not None and _bare(capitals[named[1] - 1]) not in organization_heads() \
            and not capitals[named[1] - 1].endswith(("'s", "’s")):
        return None  # the phrase names someone itself; not 'a Kenya Airways spokesman', 'Karimi's spokesman'

    found = person_name_in([t.text for t in app_words])
    if found is not None and found != (0, len(app_words)) and not all(
        _is_name_word(t.text) and not _place_not_name(t.text) for t in app_words[: found[0]]
    ):
        # (Name words no list knows before a given name some list does are
        # still the name, between the commas: "Samoa's prime minister, Fiamē
        # Naomi Mataʻafa," holds her chiefly title and name; not "Kenya's
        # president, Nairobi's William Ruto,".)
        return None
    if found is None and not all(_is_name_word(t.text) for t in app_words):
        return None
    name = " ".join(clean_word(t.text) for t in app_words)
    start, end = app_words[0].start, app_words[-1].start + len(clean_word(app_words[-1].text))
    role = _role_text(text, words)  # (the description; an honorific in the apposition adds nothing to it)
    return SpeakerMention(text[start:end], start, end, PERSON, name, role)
