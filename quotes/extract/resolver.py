"""Speaker resolution inside one article: a mention next to a cue ('Hyde',
'she', 'the release', 'the company') to the speaker the article names in
full ('Patricia H. Hyde', 'Michelle Wu', 'ICE press release', 'Huawei'),
reading the article only on demand.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..language import lexicon
from ..language.namelists import first_name_gender, is_place, likely_given_names, nationalities, person_nouns
from ..models import (
    DOCUMENT,
    ORGANIZATION,
    PERSON,
    UNKNOWN,
)
from .cues import Attribution
from .descriptions import Description, _noun_gender, last_description
from .introductions import GIVEN_NAME_PHRASE
from .namewords import _TITLE_EXPANSIONS, AGE_RE, is_people_noun, is_title, mentions_known_as
from .people import WORLD_NAME_VOTE, PeopleIndex, Person
from .spans import QuoteSpan
from .speaker_phrase import SpeakerMention
from .subjects import _DETERMINER_OPENERS

if TYPE_CHECKING:
    from .organizations import Organizations


# "said in a press release", "wrote in a statement on Facebook"
_DOCUMENT_INTRO_RE = re.compile(
    r"\s+(?:in|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+((?:[\w-]+\s+){0,2}?("
    + lexicon.alternation(lexicon.DOCUMENT_NOUNS)
    + r"))\b",
    re.IGNORECASE,
)
# "the singer and " right before a description's head word.
_DEFINITE_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+and\s+)?$")
_POSSESSOR_RE = re.compile(r"[A-Z][\w.-]*['’]s\s")
_POSSESSIVE_INSIDE_RE = re.compile(r"\w['’]s?\s")  # "the minister's spokesman", "the Smiths' lawyer"
# A clause that opens a sentence with a subordinating word ("As she
# concluded the debate, ..."), up to the pronoun that is its subject.
_SUBORDINATE_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’'])\s*)(?:As|When|While|After|Before|Once|Since|Although|Though|Until|Because|If)"
    r"[ \t\u00a0]+$"
)
# The end of that clause: its comma, or the sentence's end (then it was no such clause).
_CLAUSE_END_RE = re.compile(r"[,.!?;:\n]\s*")
# "in a statement", "in its report": a document named in a sentence; and a
# sentence whose subject is a body's noun ("The company", "The ministry").
_IN_A_DOCUMENT_RE = re.compile(
    r"\b[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(" + lexicon.alternation(lexicon.DOCUMENT_NOUNS) + r")\b,?\s*"
)
_BODY_SUBJECT_RE = re.compile(
    r"[\"“]?\s*(?:The|the)\s+(" + lexicon.alternation(lexicon.GENERIC_BODY_NOUNS) + r")\b"
)
# A sentence opening with a body by its owner and its noun: "Ukraine's
# army", "China's commerce ministry", "Kenya's foreign ministry".
_OWNED_BODY_SUBJECT_RE = re.compile(
    r"[\"“]?\s*([A-Z][\w.-]*(?:[ \t][A-Z][\w.-]*)?['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:"
    + lexicon.alternation(lexicon.GENERIC_BODY_NOUNS | lexicon.STATE_BODY_NOUNS)
    + r"))\b(?!['’])"
)
# A sentence opening with people in the plural, perhaps from somewhere and
# after a word that says which: "Residents of Soweto", "Nurses at the
# hospital", "The protesters", "Fire chiefs".
_PEOPLE_SUBJECT_RE = re.compile(
    r"[\"“]?\s*(?:The\s+|the\s+)?((?:[A-Za-z][a-z-]+\s+)?([A-Za-z]?[a-z-]+s)"
    r"(?:\s+(?:of|in|from|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)"
    r"\s+[a-z]+"
)
# A sentence opening with someone by their title or a person's noun, then
# its verb: "The Prime Minister accepted", "The coach said".
_TITLED_SUBJECT_RE = re.compile(r"[\"“]?\s*(?:The|the)\s+((?:[A-Za-z-]+[ \t]+){0,3})")
# Two people named in full opening a sentence as its subject.
_TWO_PEOPLE_SUBJECT_RE = re.compile(
    r"[\"“]?\s*([A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){1,2})[ \t]+and[ \t]+([A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+){1,2})"
    r"[ \t]+[a-z]"
)
# "the ministry's statement": a body's noun owning a document.
_BODY_OWNER_RE = re.compile(r"[Tt]he\s+(" + lexicon.alternation(lexicon.GENERIC_BODY_NOUNS) + r")['’]s\s")
_STATEMENT_REACH = 1500
_HEADLINE_REACH = 200  # characters a headline may take
_HEADLINE_WORDS = 20
_CLAUSE_REACH = 160
# Just before a word that starts no sentence: a quotation closed after a
# comma ('"We won," He said').
_MID_SENTENCE_RE = re.compile(r"[,—–-][\"”'’]\s*$")
# How far back "the guitarist" may find the person it describes, in characters.
_DESCRIPTION_REACH = 600
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,}\b")
_SPOKESPERSON_RE = re.compile(r"\b(?:spokes\w*|representative|press (?:officer|secretary))\b", re.IGNORECASE)


# "her memoir", "Sitharaman's letter": a writing and whose it is; "she
# wrote", "Nirmala Sitharaman wrote to": someone writing.
_WRITINGS = lexicon.alternation(lexicon.WRITING_GROUP)
_OWNED_WRITING_RE = re.compile(
    r"\b(his|her|His|Her|[A-Z][\w.’'-]*['’]s)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(" + _WRITINGS + r")\b"
)
_WROTE_RE = re.compile(
    r"(?<![\w’'-])(he|she|He|She|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]+(?:wrote|penned|authored|sent)\b"
)
# A poll as an article names it: "A new ABC News poll", "the Gallup survey".
_POLL_RE = re.compile(r"(?:\b[A-Z][\w.&’'/-]*[ \t]+){0,4}\b(?:" + lexicon.alternation(lexicon.POLL_NOUNS) + r")\b")
# 'Her mother, Grace Okafor,', 'His friend John Mills': a person brought
# in as someone's, by a possessive and a noun (and perhaps an adjective).
_POSSESSIVE_INTRODUCTION_RE = re.compile(r"\b(His|Her|his|her)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+,?[ \t]+$")


class Resolver:
    """Turns mentions into speaker names, reading the article only on demand."""

    def __init__(self, text: str, spans: list[QuoteSpan], speakers: list[SpeakerMention],
                 bodies: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        self.text = text
        self.spans = spans
        self.speakers = speakers  # the people the cues name
        self.bodies = bodies  # the names the cues made organisations
        self._span_starts = [span.start for span in spans]
        self._names_known_as = mentions_known_as(text)  # (read once: "Joko Widodo, known as Jokowi")
        self._speaker_starts = [m.start for m in speakers]
        self._people: PeopleIndex | None = None
        self._organizations: Organizations | None = None
        # The document the article introduced last for each head noun:
        # head -> (name, kind).
        self.documents: dict[str, tuple[str, str]] = {}
        self._document_at: dict[str, int] = {}  # where each of those was named
        # The last quote's speaker when a description named it (note_speaker).
        self._last_described: tuple[SpeakerMention, tuple[str | None, str, str | None]] | None = None
        self._last_spoken: tuple[SpeakerMention, tuple[str | None, str, str | None]] | None = None
        self._last_person: tuple[int, Person] | None = None  # the person who spoke last, and where

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._span_starts, pos) - 1
        return k >= 0 and pos < self.spans[k].end

    @property
    def organizations(self) -> Organizations:
        if self._organizations is None:
            # Imported on first use: many articles never ask for a body, and
            # its patterns take a moment to compile (start-up time).
            from .organizations import Organizations

            self._organizations = Organizations(self.text, self._inside_quote, set(self.bodies), self._is_person)
        return self._organizations

    def _described(self, m: SpeakerMention) -> Description | None:
        """The unnamed person a he or she stands for, when the article
        described one after the last person it named ("A spokeswoman for
        the ministry said ... 'We are hopeful,' she said")."""
        # At most _DESCRIPTION_REACH back: a run-on "sentence" of many
        # pronoun quotes must not be read again for each of them.
        start = max(self.people.sentence_start(m.start, back=1), m.start - _DESCRIPTION_REACH)
        found = last_description(self.text, start, m.start, m.pronoun or "", self._inside_quote)
        if found is None or self.people.mentioned_between(found.start, m.start, m.pronoun or ""):
            return None
        if self.people.mentioned_between(self.people.sentence_start(found.start), found.start, m.pronoun or ""):
            return None  # "Alyssa Goodman, an astronomer and an expert": hers
        if found.definite and found.text[:4].lower() == "the " and any(
            person.role is None or found.head in person.titles
            for person in self.people.people_between(self.people.sentence_start(found.start, back=1), found.start,
                                                     m.pronoun or "")
        ):
            # "Lena Hoffmann says ... The physicist spent a decade": her
            # again, not someone new (but "Chef Marco Ellison ... The waiter
            # returns": a chef is no waiter).
            return None
        if found.definite and self.people.resolve_title(found.head, found.start) is not None:
            return None  # "the senator": the one the article named
        return found

    def _is_person(self, name: str) -> bool:
        """A run the article uses for a person: named in full, or its last
        word the surname of someone it named."""
        words = name.split()
        return self.people.full(name) is not None or (
            len(words) <= 3 and self.people.resolve_short(words[-1], len(self.text)) is not None
        )

    def _person_named(self, phrase: str, position: int) -> Person | None:
        """The person a capitalised phrase names ("Dr. Ana Ruiz", "Ruiz"),
        when the article knows them."""
        words = [w for w in phrase.split() if not is_title(w)]
        if not words:
            return None
        if len(words) == 1:
            return self.people.resolve_short(words[0], position)
        return self.people.full(" ".join(words)) or self.people.named(words[0], words[-1])

    def _named_after_the_clause(self, m: SpeakerMention) -> Person | None:
        """'As she concluded the debate, Amrita Deonarine proposed ...': a
        he or she in a clause that opens the sentence with a subordinating
        word stands for the subject named right after the clause's comma
        (cataphora), not for whoever the paragraphs before named."""
        if not _SUBORDINATE_OPENING_RE.search(self.text, max(0, m.start - 16), m.start):
            return None
        comma = _CLAUSE_END_RE.search(self.text, m.end, min(len(self.text), m.end + _CLAUSE_REACH))
        if comma is None or self.text[comma.start()] != ",":
            return None
        person = self.people.mentioned_at(comma.end())
        if person is None or (person.gender and person.gender != m.pronoun):
            return None
        return person

    def _named_after_an_opening(self, m: SpeakerMention) -> Person | None:
        """'"I never wanted to be famous," she once told an interviewer.
        Ana Lima, who died on Monday, wrote 40 novels.': a he or she before
        the article names anyone stands for the person the next sentence
        names first (an obituary's or a profile's opening)."""
        people = self.people
        if people.mention_pos and people.mention_pos[0] < m.start:
            return None
        person = people.first_in_next_sentence(m.start, len(self.text))
        if person is None or (person.gender and person.gender != m.pronoun):
            return None
        return person

    def _family_name_not_pronoun(self, m: SpeakerMention) -> Person | None:
        """'"I am proud," He said.' after the article named He Jiankui: a
        capitalised "He" where no sentence starts (after a quotation that
        ends in a comma) is the family name of a person the article
        introduced, not the pronoun."""
        if not m.text[:1].isupper() or not _MID_SENTENCE_RE.search(self.text, max(0, m.start - 4), m.start):
            return None
        person = self.people.resolve_short(m.text, m.start)
        return person if person is not None and person.name.split()[0] == m.text else None

    def _definite(self, m: SpeakerMention) -> bool:
        """'the senator', 'the singer and guitarist': a description of
        someone known, not 'a spokesman'."""
        return (
            m.text.lower().startswith("the ")
            or bool(_POSSESSOR_RE.match(m.text))  # "China's ambassador"
            or bool(_DEFINITE_BEFORE_RE.search(self.text, max(0, m.start - 40), m.start))
            or self._in_headline(m.start)
        )

    def _in_headline(self, position: int) -> bool:
        """Is ``position`` in the article's headline: a short first line
        with no closing period, where "the" is left out ("Minister: '...'",
        "'...', says union leader")?"""
        end = self.text.find("\n", 0, _HEADLINE_REACH)
        if end < 0 or position > end:
            return False
        line = self.text[:end].rstrip()
        return bool(line) and line[-1] not in ".!?" and len(line.split()) <= _HEADLINE_WORDS

    @property
    def people(self) -> PeopleIndex:
        if self._people is None:
            quoted = [(s.start, s.end) for s in self.spans]
            self._people = PeopleIndex(self.text, quoted, self.speakers)
        return self._people

    def resolve(self, m: SpeakerMention, words: str = "") -> tuple[str | None, str, str | None]:
        """(speaker name, speaker kind, role) for a mention; ``words``: the
        quotation it speaks, which a he or she is never one it names in full.

        By the shape of the mention: a pronoun, a name, a description, a
        document, a body; each shape's own method says how."""
        if m.name is None and m.pronoun is not None and (m.text.lower() in lexicon.SUBJECT_PRONOUNS
                                                         or m.text.lower() in lexicon.OBJECT_PRONOUNS):
            person = self._family_name_not_pronoun(m)
            if person is not None:
                return person.name, PERSON, person.role
            return self._resolve_pronoun(m, words)
        if m.name and " " not in m.name and self._names_known_as:
            person = self.people.known_as(m.name, m.start)  # "Joko Widodo, known as Jokowi"; "AMLO said"
            if person is not None:
                return person.name, PERSON, person.role
        if m.office:
            return self._resolve_office(m)
        if m.kind == PERSON and m.name is None and m.head in lexicon.SHARE_HEADS:
            poll = self._poll_before(m)
            if poll is not None:
                return poll, DOCUMENT, None  # "A new ABC News poll ... Fifty-one percent say that"
        if m.name is None and m.head and m.kind in (PERSON, ORGANIZATION, UNKNOWN) and (
            m.text.lower().startswith("the ") or (self.text[max(0, m.start - 4) : m.start].lower() == "the "
                                                  and _where_it_is(m.text.split()[0]))
        ):  # ("The Lagos-based company": the sentence's capital left the article off the mention)
            # "the group added", "the doctors stated": a body named before.
            words = m.text.split()
            body = self.organizations.by_noun(m.head, m.start, words[-2] if len(words) >= 3 else "")
            if body is None and m.head in lexicon.COMPANY_NOUNS:
                body = self._one_word_speaker_before(m.start)
            if body is not None and (m.kind != PERSON or self.people.resolve_title(m.head, m.start) is None):
                return body, ORGANIZATION, None
        if m.kind == UNKNOWN and m.name and " " not in m.name:
            # "York said" where the article named Kate York: a person the
            # article introduced beats a place of the same name.
            person = self.people.resolve_short(m.name, m.start)
            if person is not None:
                return person.name, PERSON, person.role
            body = self.organizations.by_first_word(m.name, clubs_only=is_place(m.name))
            if body is not None:
                return body, ORGANIZATION, None  # "Tottenham said" after "Tottenham Hotspur"
            if is_place(m.name) and _without_determiner(m.text) == m.name:
                return m.name, ORGANIZATION, m.role  # "Beijing said": a capital speaks for its government
        if m.kind == PERSON and m.name:
            return self._resolve_person_name(m)
        if m.kind == PERSON and m.name is None and m.text[:1].isupper() and " " not in m.text:
            # "Tedros added": a word read as a plural ("Republicans said")
            # that is the name of someone the article named.
            person = self.people.resolve_short(m.text, m.start)
            if person is not None:
                return person.name, PERSON, person.role
        if m.kind == PERSON and m.name is None and m.head == "one" and m.text.lower() in ("one", "one of them", "another",
                                                                                        "another of them"):
            group = self._people_spoken_of(m.start)
            if group is not None:
                # "Nurses spoke out. One said:" (and "Another said:"): one of them
                return f"{m.text.split()[0].lower()} of the {group}", PERSON, None
            if m.text[0] == "O":
                return None, PERSON, None  # a sentence's "One" of nothing the text names: no one
        if m.kind == PERSON and m.name is None and m.head:
            given = _GIVEN_AFTER_DESCRIPTION_RE.match(self.text, m.end)
            if given is not None:
                # "said one woman, who gave only her first name, Grace"
                return given.group(1), PERSON, None
        if m.name is None and m.head in lexicon.PAIR_NOUNS:
            # "Ana Lima and Tom Hale founded the firm. '...,' the couple
            # said": two people, the subject of the sentence before.
            pair = self._people_subject_before(m)
            if pair is not None and _two_together(pair):
                return pair, PERSON, None
        if m.kind == PERSON and m.head and self._definite(m):
            found = self._resolve_definite(m)
            if found is not None:
                return found
        if m.kind == DOCUMENT:
            return self._resolve_document(m)
        if m.kind == ORGANIZATION:
            if m.name and _ACRONYM_RE.fullmatch(m.name):
                # "MSF said" after "Médecins Sans Frontières (MSF)": the name in full.
                if m.name in self.organizations.acronyms:
                    return self.organizations.acronyms[m.name], ORGANIZATION, m.role
                person = self.people.by_initials(m.name, m.start)
                if person is not None:
                    return person.name, PERSON, person.role  # "AMLO said": Andrés Manuel López Obrador
                return m.name, ORGANIZATION, m.role
            return m.name or _without_determiner(m.text), ORGANIZATION, m.role
        return _without_determiner(m.text), m.kind, m.role

    def _resolve_pronoun(self, m: SpeakerMention, words: str) -> tuple[str | None, str, str | None]:
        """'she said', 'they said in a statement', 'it says'."""
        if m.pronoun in ("m", "f"):
            described = self._described(m)
            if described is not None:
                return described.name, PERSON, None
            person = self._named_after_the_clause(m) or self.people.resolve_pronoun(m.pronoun, m.start)
            just_described = self._description_before(m)
            if person is not None and just_described is not None and self._same_paragraph(just_described[0].start, m.start):
                # '"...," one resident said. "...," she added': the speaker
                # just described in this paragraph, not a woman named earlier.
                return just_described[1]
            if person is not None and " " in person.name and person.name in words and not _introduces_self(words, person.name):
                # '"It was easy for Mary Steenburgen to ...," she said':
                # the words speak of her; whoever says them, not she.
                return None, PERSON, None
            person = self._topic_past_an_associate(m, person)
            if person is not None:
                return person.name, PERSON, person.role
            if just_described is not None:
                # '"...," the union leader said. "...," he added': no one of
                # that sex named, and a description just before that may be one.
                return just_described[1]
            named = self._one_word_person_before(m.start)
            if named is not None:
                # '"...," said Mathe. "...," she added': no one of that sex
                # named in full, and the one a cue named just before, by
                # one word, when nothing says theirs is the other sex.
                found = self.resolve(named)
                person = self.people.full(found[0]) if found[0] else None
                sex = person.gender if person is not None else first_name_gender(named.name or "")
                if found[0] and sex in ("", m.pronoun):
                    return found
            opening = self._named_after_an_opening(m)
            if opening is not None:
                return opening.name, PERSON, opening.role
            titled = self._titled_subject_before(m)
            if titled is not None:
                return titled
            lone = self.people.resolve_pronoun("", m.start, within=_DESCRIPTION_REACH)
            other = "f" if m.pronoun == "m" else "m"
            if lone is not None and lone.votes[other] <= WORLD_NAME_VOTE:
                # 'Fikile Mbalula spoke. "...," he said': no one of that sex
                # named, and the one named just before is of the other only
                # by a count of the world's bearers of a given name that
                # both sexes bear, which the article's "he" outweighs.
                return lone.name, PERSON, lone.role
            # 'Coaches praised Oghenekaro Okonjo. "...," he said': no one
            # known, and a name no list knows is written before.
            unknown = self.people.name_pair_before(m.start, _DESCRIPTION_REACH * 2)
            if unknown is not None:
                return unknown.name, PERSON, unknown.role
        elif m.pronoun in ("p", "n"):
            if m.pronoun == "p":
                # "Kym Lino, a spokesperson for Instagram, confirmed ...
                # '...,' they said": a spokesperson's singular they.
                person = self.people.resolve_pronoun("", m.start, within=_DESCRIPTION_REACH)
                if person is not None and _SPOKESPERSON_RE.search(person.role or ""):
                    return person.name, PERSON, person.role
                described = self._described(m)
                if described is not None and _SPOKESPERSON_RE.search(described.head):
                    # "A spokesperson for the ministry said ... '...,' they said"
                    return described.name, PERSON, None
            if m.pronoun == "n":
                # "The paper, published in Nature, says ... '...,' it
                # says": the document the sentence before was about.
                document = self._document_subject_before(m.start)
                if document is not None:
                    return document
            own = self._own_subject(m)
            if own is not None:
                return own
            # 'The school said ... "...," it said': the body the sentence
            # before had as its subject by its noun, before any named later.
            subject = self._body_subject_before(m)
            if subject is not None and subject[1] is not None:
                return subject[1], ORGANIZATION, None
            if m.pronoun == "p":
                # 'Fire chiefs said ... "...," they said': people the
                # sentence before had as its subject.
                people = self._people_subject_before(m)
                if people is not None:
                    return people, PERSON, None
            if m.pronoun == "p" and self._last_spoken is not None and _two_together(self._last_spoken[1][0]) \
                    and self._last_spoken[1][1] == PERSON and m.start - self._last_spoken[0].start <= _DESCRIPTION_REACH:
                # 'Her sons, Chris Larkin and Toby Stephens, said ... "...,"
                # they said': the two who spoke together just before.
                return self._last_spoken[1]
            # "they said in a statement", "it says": the body named last.
            body = self.organizations.last_named(m.start, self.text, self._is_person)
            if body is not None:
                return body, ORGANIZATION, None
            spoken = self._speaker_of_paragraph(m)
            if spoken is not None:
                return spoken
            if subject is not None:
                return subject[0], ORGANIZATION, None  # "the ministry", named nowhere
            if m.pronoun == "p" and self._same_paragraph(self.people.sentence_start(m.start, back=2), m.start):
                # 'Residents of Lagos were angry. The city was flooded.
                # "...," they said': no body, no speaker, and people in the
                # plural the subject two sentences back, in the paragraph.
                people = self._people_subject_before(m, back=2)
                if people is not None:
                    return people, PERSON, None
        return None, PERSON if m.pronoun in ("m", "f") else UNKNOWN, None

    def _own_subject(self, m: SpeakerMention) -> tuple[str | None, str, str | None] | None:
        """'Analysts at Goldman Sachs said that they expected ..., citing
        "..."', 'The ministry said it would ..., citing "..."': the they or
        it of a clause that its own sentence's subject reports, people in
        the plural or a body by its noun (a pronoun opening its sentence
        has none)."""
        if self.people.sentence_start(m.start) >= m.start - 1:
            return None
        if m.pronoun == "p":
            people = self._people_subject_before(m, back=0)
            if people is not None:
                return people, PERSON, None
        body = self._body_subject_before(m, back=0)
        if body is not None and body[1] is not None:
            return body[1], ORGANIZATION, None
        return None

    def _people_subject_before(self, m: SpeakerMention, back: int = 1) -> str | None:
        """'Residents of Soweto marched to the council offices. "...," they
        said': people described in the plural, the subject of the sentence
        before (``back`` sentences before), are who a they is."""
        start = self.people.sentence_start(m.start, back=back)
        pair = _TWO_PEOPLE_SUBJECT_RE.match(self.text, start)
        if pair is not None and pair.end() <= m.start and all(
            (person := self.people.full(name)) is not None and person.name == name for name in pair.group(1, 2)
        ):
            return f"{pair.group(1)} and {pair.group(2)}"  # "Ana Lima and Tom Hale founded the firm."
        subject = _PEOPLE_SUBJECT_RE.match(self.text, start)
        if subject is None or subject.end() > m.start or not is_people_noun(subject.group(2)):
            return None
        return " ".join(subject.group(1).split())

    def _titled_subject_before(self, m: SpeakerMention) -> tuple[str | None, str, str | None] | None:
        """'The Prime Minister accepted her resignation. "...," he said':
        no one of that sex named, and the sentence before had as its subject
        someone by their title or a noun for a person: its holder where the
        article named one, else the description (of no other sex)."""
        start = self.people.sentence_start(m.start, back=1)
        subject = _TITLED_SUBJECT_RE.match(self.text, start)
        if subject is None or subject.end() > m.start or self._inside_quote(subject.start(1)):
            return None
        words = subject.group(1).split()
        # The head: the first noun for a person, after titles only ("Prime
        # Minister", "Democratic nominee"), then a word in lower case (its
        # verb); not "The Democratic presidential campaign".
        def for_a_person(word: str) -> bool:
            return word.lower() in lexicon.PERSON_NOUNS or word.lower() in person_nouns()

        k = 0
        while k < len(words) - 1 and words[k][:1].isupper() and is_title(words[k]) and not for_a_person(words[k]):
            k += 1
        head = words[k].lower() if words else ""
        if not for_a_person(head) or k + 1 >= len(words) \
                or not words[k + 1].islower() or _noun_gender(head) not in ("", m.pronoun):
            return None
        holder = self.people.resolve_title(head, subject.start(1))
        if holder is not None and holder.gender in ("", m.pronoun):
            return holder.name, PERSON, holder.role
        return " ".join(words[: k + 1]), PERSON, None

    def _body_subject_before(self, m: SpeakerMention, back: int = 1) -> tuple[str, str | None] | None:
        """'The ministry said the border would reopen. "...," it said': a
        body the sentence before had as its subject by its noun alone: the
        noun, and the body named in full where the article named one it
        stands for; or by its owner and its noun ("Ukraine's army said"):
        that, as written, both times. (``back``: sentences before; 0, its own.)"""
        start = self.people.sentence_start(m.start, back=back)
        subject = _BODY_SUBJECT_RE.match(self.text, start)
        if subject is None or subject.end() > m.start or self._inside_quote(subject.start(1)):
            owned = _OWNED_BODY_SUBJECT_RE.match(self.text, start)
            if owned is not None and owned.end() <= m.start and not self._inside_quote(owned.start(1)):
                # "Ukraine's army said it had repelled an attack. '...,' it
                # said": a body by its owner and its noun, named so.
                return " ".join(owned.group(1).split()), " ".join(owned.group(1).split())
            return None
        noun = subject.group(1).lower()
        return noun, self.organizations.by_noun(noun, subject.start(1))

    def _resolve_person_name(self, m: SpeakerMention) -> tuple[str | None, str, str | None]:
        """'Hyde said', 'Patricia Hyde said', 'Pope Francis said': the full
        name the article gave, else a body or a place of that name."""
        words = m.name.split()
        if len(words) == 2 and words[1] in _REGNAL_NUMBERS and m.role \
                and m.role.split()[-1].lower() in lexicon.SOVEREIGN_TITLES:
            # "King Charles III", "Pope Benedict XVI": title, name and number.
            return f"{m.role.split()[-1]} {m.name}", PERSON, m.role
        person = self.people.full(m.name)
        if person is None and len(words) == 1:
            namesakes = _distinct_people(self.people.namesakes(words[0], m.start, m.pronoun or ""))
            if len(namesakes) > 1:
                # "Interior Minister Ahmed Khan and police spokesman Bilal
                # Khan ... Khan said": the surname alone must not pick one.
                chosen = self._namesake_on_evidence(namesakes, m)
                return (chosen.name, PERSON, m.role or chosen.role) if chosen is not None else (m.name, PERSON, m.role)
            person = self.people.resolve_short(words[0], m.start, m.pronoun or "", misspelt=True)
            if person is not None and person.position > m.start and person.last.lower() == words[0].lower():
                person = self.people.introduce_before(words[0], m.start) or person
        elif person is None:
            person = self.people.named(words[0], words[-1]) or self.people.by_surname(words, m.start)
        if person is not None and not person.first:
            # Known only as "Mr. Dejesus": the article may write the
            # full name where no list knew the given name.
            person = self.people.introduce(person.last) or person
        if person is not None:
            # The fullest role the article gives is the one to keep.
            if m.role and len(m.role) > len(person.role or ""):
                self.people.give_role(person, m.role)
            return person.name, PERSON, m.role or person.role
        if len(words) == 1:
            body = self.organizations.by_word(words[0]) or self.organizations.by_first_word(words[0], clubs_only=True)
            if body is not None:
                return body, ORGANIZATION, None
            person = self.people.introduce(words[0])
            if person is not None:
                return person.name, PERSON, m.role or person.role
            body = self._statement_body(m)
            if body is not None:
                return body, ORGANIZATION, None
        if len(words) == 1 and m.role and m.role.split()[-1].lower() in lexicon.SOVEREIGN_TITLES:
            # "Pope Francis", "Prince William": known by title and given name.
            return f"{m.role.split()[-1]} {m.name}", PERSON, m.role
        if (is_place(m.name) or is_place(_without_determiner(m.name))) and not (
                m.role and any(is_title(w) for w in m.role.split()) and m.text[:1].isupper()):
            # "the United States said": a place speaks through its
            # government, and is never a person to take a "he" (but "Sen.
            # Rubio said" is a senator, whatever town is called Rubio).
            return _without_determiner(m.name), ORGANIZATION, m.role
        return m.name, PERSON, m.role

    def _resolve_office(self, m: SpeakerMention) -> tuple[str | None, str, str | None]:
        """'the Director of Public Prosecutions said': the person the article
        gave that office ("Director of Public Prosecutions Claire Loftus",
        "Health Minister Simon Harris" for the Minister for Health), else
        the office as written. Never the person named just before: an
        office says whose words they are more than nearness does."""
        office = _without_determiner(m.text)
        person = self.people.resolve_title(m.head or "", m.start)
        if person is not None:
            role = (person.role or "").lower()
            domain = [w for w in office.lower().split(" for ", 1)[-1].split(" of ", 1)[-1].split()
                      if w not in ("of", "for", "the", "and", "&", "on")]
            if domain and all(w in role for w in domain):
                return person.name, PERSON, person.role
        return office, PERSON, None

    def _resolve_definite(self, m: SpeakerMention) -> tuple[str | None, str, str | None] | None:
        """'the senator said', 'the 56-year-old said': the person the
        article gave that description, when it can say whom."""
        countries = nationalities()[0].get(m.head or "")
        if countries:
            # "Spain's Carlos Alcaraz beat Andy Murray. '...,' the Spaniard
            # said": the one the article tied to Spain, if it tied anyone.
            national = self.people.national_before(countries, m.start)
            if national is not None:
                return national.name, PERSON, national.role
        person = self.people.resolve_title(m.head, m.start)
        office = _an_office_in_capitals(m.text)
        if person is None and AGE_RE.fullmatch(m.head):
            # "The 56-year-old said": the person the text is about.
            person = self.people.resolve_pronoun("", m.start)
        elif person is None and not office and (not m.head.endswith("s") or m.head.endswith("ss")) and not self._someone_s(m) \
                and _opening_word(m) not in ("his", "her", "their", "its") \
                and not _POSSESSIVE_INSIDE_RE.search(m.text):
            # (Not "His wife said", "the minister's spokesman said":
            # someone's, so not the one named before.)
            # "the singer and guitarist told the audience", just after the
            # sentence that named her: a description of the one named.
            person = self.people.resolve_pronoun("", m.start, within=_DESCRIPTION_REACH)
            if person is not None and person is self._owner(m):
                person = None  # "Lima's spokesman said": not Lima herself
        if person is None:
            # "Runner Tigst Assefa broke the record. '...,' the
            # 29-year-old said": the description says the name no list
            # knew, just before, is a person's.
            person = self.people.name_pair_before(m.start, _DESCRIPTION_REACH)
        if person is None and (office or _a_single_office(m.text)):
            # (An office in capitals is held by no one the article named
            # before without its title: "The King said" after "Alice"; in
            # lower case, when no one was named before at all.)
            person = self._holder_named_next(m.start)
        if person is not None:
            return person.name, PERSON, person.role
        speaker = self._one_word_person_before(m.start) if len(_without_determiner(m.text).split()) >= 2 else None
        if speaker is not None:
            # '"...," Macron told reporters. The French president added:'
            # the one the article names by a surname alone, just before.
            # (A description with a word of its own: a bare "the judge"
            # after "Smith said" is as often the next person to speak.)
            return self.resolve(speaker)
        return None

    def _holder_named_next(self, position: int) -> Person | None:
        """'The Taoiseach has said ... Speaking to reporters, Leo Varadkar
        said': an office one person holds, whose holder the article has not
        yet named, is held by the person named first in one of the next two
        sentences that speaks there (the way a news story's opening goes on)."""
        for _ in range(2):
            sentence = self.people.next_sentence(position)
            if sentence is None:
                return None
            first = self.people.first_mention_between(*sentence)
            if first is not None:
                return first[0] if _SPEAKING_RE.search(self.text, *sentence) else None
            position = sentence[0]
        return None

    def _owner(self, m: SpeakerMention) -> Person | None:
        """The person a description opens with as its owner ("Lima's
        spokesman": Lima), when the article named one so."""
        owner = _POSSESSOR_RE.match(m.text)
        return self.people.resolve_short(owner.group()[:-3].strip(), m.start) if owner is not None else None

    def _issued_in_a_sentence(self, m: SpeakerMention) -> tuple[str, str, str | None] | None:
        """'The company denied the allegations in a statement on its
        website. ... "...," the statement read': a statement named after
        any the quotes credited is the one the subject of its sentence
        issued: a body's noun ("The company", "the ministry"), or a person
        named first, after nothing but their role ("INEC commissioner
        Festus Okoye disclosed this in a statement", "In a statement, Ana
        Lima said"; not "A lawyer for Ana Lima said in a statement")."""
        head = m.head or ""
        start = max(0, m.start - _STATEMENT_REACH)
        found = None
        for found in _IN_A_DOCUMENT_RE.finditer(self.text, start, m.start):
            pass
        if found is None or found.group(1).lower() != head or found.start() <= self._document_at.get(head, -1):
            return None
        # The subject before the document ("The company denied ... in a
        # statement"), or right after it when it opens the sentence ("In a
        # statement, Ana Lima said").
        sentence = self.people.sentence_start(found.start())
        before = found.start() > sentence
        opening = sentence if before else found.end()
        subject = _BODY_SUBJECT_RE.match(self.text, opening)
        if subject is not None and (subject.end() <= found.start() or not before):
            body = self.organizations.by_noun(subject.group(1).lower(), subject.start(1))
            return (body, ORGANIZATION, None) if body is not None else None
        first = self.people.first_mention_between(opening, found.start() if before else m.start)
        if first is not None and all(w[:1].isupper() or w in ("and", "of", "the") or w.lower() in lexicon.TITLE_WORDS
                                     for w in self.text[opening : first[1]].replace(",", " ").split()):
            return first[0].name, PERSON, first[0].role
        return None

    def _someone_s(self, m: SpeakerMention) -> bool:
        """'His lawyer said they would appeal. ... the lawyer said': the
        article brought in the noun as someone's ("his lawyer", "Hunt's
        mother"), so the person named before is whose, not who."""
        start = max(0, m.start - _DESCRIPTION_REACH)
        found = last_description(self.text, start, m.start, "", self._inside_quote)
        return found is not None and found.head == m.head and not found.text.lower().startswith(("the ", "a ", "an "))

    def _resolve_document(self, m: SpeakerMention) -> tuple[str | None, str, str | None]:
        """'the release noted', 'the letter from the CMO says': the
        document's issuer where the article says who it is."""
        owner = _opening_word(m)
        if owner in ("his", "her"):
            # "Her message was clear:", "his statement read": the words of
            # the he or she the pronoun stands for.
            person = self.people.resolve_pronoun("m" if owner == "his" else "f", m.start)
            if person is not None:
                return person.name, PERSON, person.role
        elif owner == "its":
            body = self.organizations.last_named(m.start, self.text, self._is_person)  # "Its statement read:"
            if body is not None:
                return body, ORGANIZATION, None
        elif (person := self._owner(m)) is not None:
            # "Lima's statement read:", "Lima's verdict:": the words of the
            # person the possessor names, when the article named one so.
            return person.name, PERSON, person.role
        elif owner == "the" and (body_noun := _BODY_OWNER_RE.match(m.text)) is not None:
            # "The ministry's statement read:": the body's, named in full
            # where the article named it.
            noun = body_noun.group(1).lower()
            return self.organizations.by_noun(noun, m.start) or noun, ORGANIZATION, None
        later = self._issued_in_a_sentence(m)
        if later is not None:
            return later
        if m.head in self.documents:
            name, kind = self.documents[m.head]
            return name, kind, None
        issued = self.organizations.issued_at(m.head or "", m.start)
        if issued is not None:
            at, author = issued
            person = self._person_named(author, m.start)
            if person is None and _is_title_alone(author):
                # "the letter from the CMO ... Dr Tony Holohan outlined":
                # a title writes; the person the article gives it, or
                # the one it names first in the next sentence.
                person = self.people.resolve_title(_without_determiner(author), m.start) \
                    or self.people.first_in_next_sentence(at, m.start)
            if person is not None:
                return person.name, PERSON, person.role  # "a letter from Dr. Ana Ruiz"
            if author.islower():
                # "a statement from the ministry": the body the article named
                # by that noun, if it did.
                return self.organizations.by_noun(author, m.start) or author, ORGANIZATION, None
            return author, ORGANIZATION, None
        signer = _SIGNED_BY_NAME_RE.match(self.text, m.end)
        if signer is not None:
            person = self._person_named(signer.group(1), m.start)
            if person is not None:
                return person.name, PERSON, person.role  # "a letter signed by Lima"
        signers = _SIGNED_BY_RE.match(self.text, m.end)
        if signers is not None:
            # "the letter signed by seven physicians": the group they are.
            body = self.organizations.by_noun(signers.group(1), m.start)
            if body is not None:
                return body, ORGANIZATION, None
        writer = self._writer_before(m)
        if writer is not None:
            return writer  # "her memoir ... the book says"
        return _without_determiner(m.text), DOCUMENT, m.role

    def _poll_before(self, m: SpeakerMention) -> str | None:
        """The poll or survey named in the sentence of a share of people
        ("70 percent of voters said") or the one before it, as the article
        names it ("ABC News poll"); None when none is."""
        start = self.people.sentence_start(m.start, back=1)
        found = None
        for found in _POLL_RE.finditer(self.text, start, m.start):
            pass
        if found is None or self._inside_quote(found.start()):
            return None
        return " ".join(w for w in found.group().split() if w.lower() not in ("a", "an", "the", "new", "latest", "recent"))

    def _writer_before(self, m: SpeakerMention) -> tuple[str, str, str | None] | None:
        """'In her memoir, Ana Lima ... The book says:', 'Lima wrote to
        the states. The letter said': the person whose writing of that kind
        the article spoke of last, or who last wrote, within a few
        paragraphs before; None when no one did."""
        group = lexicon.WRITING_GROUP.get(m.head or "")
        if group is None or _opening_word(m) not in ("the", "that", "this"):
            return None
        start = max(0, m.start - _DESCRIPTION_REACH)
        best: tuple[int, str] | None = None
        for found in _OWNED_WRITING_RE.finditer(self.text, start, m.start):
            if found.group(2).lower() in group and not self._inside_quote(found.start()):
                best = (found.start(), found.group(1))
        for found in _WROTE_RE.finditer(self.text, start, m.start):
            if not self._inside_quote(found.start()) and (best is None or found.start() > best[0]):
                best = (found.start(), found.group(1))
        if best is None:
            return None
        at, who = best
        gender = lexicon.PRONOUN_GENDER.get(who.lower())
        if gender in ("m", "f"):
            person = self.people.resolve_pronoun(gender, at)
        else:
            who = who.removesuffix("'s").removesuffix("’s")
            # ("Finance Minister Nirmala Sitharaman wrote": the name ends the run.)
            person = self._person_named(who, at) or self.people.resolve_short(who.split()[-1], at)
            if person is None:
                body = _without_determiner(who)
                if body in self.organizations.names:
                    return body, ORGANIZATION, None  # "The Acme Group wrote to the council"
        return (person.name, PERSON, person.role) if person is not None else None

    def _namesake_on_evidence(self, namesakes: list[Person], m: SpeakerMention) -> Person | None:
        """Of people who share the surname a mention names, the one the
        evidence points to: a title the mention carries ("Minister Khan
        said"), else the one not brought in as another's kin, else the one
        heard as a speaker more often before it, else the one the article
        mentioned more often; None where it is even."""
        if m.role:
            titled = [p for p in namesakes if _shares_a_title(m.role, p)]
            if len(titled) == 1:
                return titled[0]
        unrelated = [p for p in namesakes if not self.people.brought_in_as_kin(p)]
        if len(unrelated) == 1 and not self.people.kin_just_named(namesakes, m.start):
            return unrelated[0]  # "Her husband, Tom Hale," is named in full; "Hale said" is Ruth Hale
        for count in (self._times_quoted, self.people.times_mentioned):
            counts = sorted(((count(p, m.start), i) for i, p in enumerate(namesakes)), reverse=True)
            if counts[0][0] > counts[1][0]:
                return namesakes[counts[0][1]]
        return None

    def _times_quoted(self, person: Person, position: int) -> int:
        """How often a cue named this person in full before ``position``."""
        k = bisect.bisect_left(self._speaker_starts, position)
        name = person.name.lower()
        return sum(1 for s in self.speakers[max(0, k - _EVIDENCE_REACH) : k] if (s.name or "").lower() == name)

    def _document_subject_before(self, position: int) -> tuple[str, str, None] | None:
        """The document that opens the sentence of ``position`` or the one
        before it ("The report, released on Tuesday, found ..."), as a
        speaker: its author when the article gave one ("a report by the
        Coastal Trust"), else the document itself."""
        for back in (0, 1):
            start = self.people.sentence_start(position, back=back)
            found = _DOCUMENT_SUBJECT_RE.match(self.text, start)
            if found is not None and found.start(1) < position:
                noun = found.group(2).lower()
                author = self.organizations.issuer(noun, position)
                if author is not None:
                    return author, ORGANIZATION, None
                return found.group(1), DOCUMENT, None
        return None

    def _statement_body(self, m: SpeakerMention) -> str | None:
        """"Huawei said in a statement": one word, no role, no given name
        and no person the article knows, speaking through a statement or a
        release, is a body (a surname alone is not: "Moreno said.")."""
        word = m.name or ""
        if " " in word or not word[:1].isupper() or m.role or word.lower() in likely_given_names() \
                or not _IN_A_STATEMENT_RE.match(self.text, m.end) or self.people.resolve_short(word, m.end) is not None:
            return None
        return word

    def _speaker_just_before(self, position: int) -> SpeakerMention | None:
        """The last speaker a cue named before ``position``, within reach."""
        k = bisect.bisect_left(self._speaker_starts, position)  # (the speakers are in text order)
        if k == 0 or position - self.speakers[k - 1].start > _DESCRIPTION_REACH:
            return None
        return self.speakers[k - 1]

    def _one_word_speaker_before(self, position: int) -> str | None:
        """'"...," Huawei said in a statement. The company added:': the
        speaker a cue named just before, when it is such a body."""
        m = self._speaker_just_before(position)
        return self._statement_body(m) if m is not None else None

    def _people_spoken_of(self, position: int) -> str | None:
        """The first plural noun for people in the sentence before
        ``position`` or its own ("Vice-chancellors reacted with fury ... One,
        who asked not to be named, said"), lower case."""
        # (At most _DESCRIPTION_REACH back: a run-on "sentence" of many
        # "one said" must not be read again for each of them.)
        start = max(self.people.sentence_start(position, back=1), position - _DESCRIPTION_REACH)
        for word in _PLURAL_WORD_RE.findall(self.text, start, position):
            if is_people_noun(word):
                return word.lower()
        return None

    def _description_before(
        self, m: SpeakerMention
    ) -> tuple[SpeakerMention, tuple[str | None, str, str | None]] | None:
        """The speaker a cue described, not named, just before a he or she
        ("the union leader", "a resident"), with its mention, when no person
        was named since and the noun's own sex (if it has one) agrees."""
        if self._last_described is None:
            return None
        before = self._last_described[0]
        if not 0 < m.start - before.end <= _DESCRIPTION_REACH or self.people.mentioned_between(before.end, m.start, ""):
            return None
        sex = _noun_gender(before.head or "")
        return self._last_described if not sex or sex == m.pronoun else None

    def _speaker_of_paragraph(self, m: SpeakerMention) -> tuple[str | None, str, str | None] | None:
        """'"...," Eskom said. "...," it added', '"...," protesters said.
        "...," they added': the speaker of the quote before, in the same
        paragraph, when it is what an it (a body, a document) or a they (a
        body, people described in the plural) can stand for."""
        if self._last_spoken is None:
            return None
        before, found = self._last_spoken
        if not self._same_paragraph(before.end, m.start):
            return None
        kind = found[1]
        if m.pronoun == "n":
            return found if kind in (ORGANIZATION, DOCUMENT) else None
        plural = kind == PERSON and not before.name and (before.head or "").endswith("s") and is_people_noun(before.head or "")
        return found if kind == ORGANIZATION or plural else None

    def _same_paragraph(self, a: int, b: int) -> bool:
        """Do offsets a <= b stand in one paragraph, within reach? (Bounded:
        an article of many pronouns after one early speaker stays linear.)"""
        return 0 <= b - a <= _DESCRIPTION_REACH and self.text.find("\n", a, b) < 0

    def note_speaker(self, m: SpeakerMention, found: tuple[str | None, str, str | None]) -> None:
        """The speaker of the quote just resolved, in text order: what an
        it or a they right after may stand for, and, when a description
        named a person ("the union leader"), what a he or she may."""
        if found[0] and m.pronoun is None:
            self._last_spoken = (m, found)
        person = self.people.full(found[0]) if found[0] and found[1] == PERSON else None
        if person is not None:
            self._last_person = (m.start, person)
        if m.kind == PERSON and not m.name and not m.pronoun and m.head and found[0] and found[1] == PERSON \
                and _opening_word(m) in _DETERMINER_OPENERS and person is None:
            self._last_described = (m, found)
        elif m.name or (m.pronoun is None and found[0]):
            self._last_described = None

    def _topic_past_an_associate(self, m: SpeakerMention, person: Person | None) -> Person | None:
        """'Maria Okafor ... "...," she said. Her mother, Grace Okafor,
        started it in 1980. "...," she said': someone brought in as the last
        speaker's ("her mother", "his friend John Mills"), by a his or her
        of the pronoun's sex, since that speaker spoke, is not who the next
        he or she is: the one whose they are still speaks."""
        if person is None:
            return person
        owner = _POSSESSIVE_INTRODUCTION_RE.search(self.text, max(0, person.position - 40), person.position)
        if owner is None or lexicon.PRONOUN_GENDER.get(owner.group(1).lower()) != m.pronoun:
            return person
        if self._last_person is None:
            # No one has spoken yet: the one whose associate this is, if the
            # article named them ("Ana Lima spoke. The plan was drafted by
            # her deputy, Rosa Diaz. '...,' she said": Ana Lima).
            whose = self.people.resolve_pronoun(m.pronoun, owner.start())
            return whose if whose is not None and whose is not person else person
        at, speaker = self._last_person
        if speaker is person or speaker.gender != m.pronoun or not at < person.position < m.start:
            return person
        if any(p is not speaker and not self.people.brought_in_as_kin(p)
               for p in self.people.people_between(at + 1, person.position, m.pronoun)):
            # Someone else of that sex came between: the his or her may be
            # theirs (not the speaker's other kin: "His father, Kofi Asante,
            # died in 1998. His uncle, Yaw Mensah, closed his forge").
            return person
        return speaker

    def _one_word_person_before(self, position: int) -> SpeakerMention | None:
        """The person a cue named by one word just before ``position``, when
        no other person was named since."""
        m = self._speaker_just_before(position)
        if m is None or not m.name or " " in m.name or m.kind != PERSON:
            return None
        if self.people.mentioned_between(m.end, position, ""):
            return None
        return m

    def introduce_speakers(self) -> None:
        """Give every bare-surname speaker ("Patrick said") its full name
        before any quote is resolved: the article may name Deval Patrick
        where no list knows "Deval", and a "he told them" that comes before
        the first "Patrick said" must already see him there."""
        for m in self.speakers:
            words = (m.name or "").split()
            if len(words) != 1 or m.kind != PERSON:
                continue
            if self.people.resolve_short(words[0], m.start, m.pronoun or "", misspelt=True) is not None:
                continue
            if self.organizations.by_word(words[0]) is None:
                self.people.introduce(words[0])

    def note_document(self, attribution: Attribution, speaker: str | None, kind: str, role: str | None) -> None:
        """Remember 'said in a press release' so 'the release' can name it.

        A body's statement speaks for the body ("the US military said in a
        statement ... the statement said" -> US military); a person's release
        is named after the body of their role ("ICE press release")."""
        if attribution.cue_end < 0 or not speaker:
            return
        m = _DOCUMENT_INTRO_RE.match(self.text, attribution.cue_end)
        if not m:
            return
        phrase = m.group(1).strip()
        issuer_match = _ACRONYM_RE.search(role or "")
        issuer = issuer_match.group() if issuer_match else speaker
        self._document_at[m.group(2).lower()] = m.start(2)
        if kind == ORGANIZATION:
            self.documents[m.group(2).lower()] = (speaker, ORGANIZATION)
            return
        self.documents[m.group(2).lower()] = (f"{issuer} {phrase}", DOCUMENT)


# A sentence that opens with a document: "The report, released Tuesday,".
_DOCUMENT_SUBJECT_RE = re.compile(
    r"[\"“]?\s*(?:The|This|That|Its|Their|A|An)[ \t]+((?:[\w-]+[ \t]+){0,2}?("
    + lexicon.alternation(lexicon.DOCUMENT_NOUNS)
    + r"))\b(?![ \t]+(?:of|from|by)\b)"
)
_IN_A_STATEMENT_RE = re.compile(
    r"[ \t]+(?:" + lexicon.alternation(lexicon.IN_A_STATEMENT_VERBS) + r")[ \t]+in[ \t]+(?:a|an|its)[ \t]+(?:[\w-]+[ \t]+)?(?:statement|release|filing)\b"
)
# A description, then the only name its person gave: "one woman, who gave
# only her first name, Grace", "a man who identified himself only as Musa".
_GIVEN_AFTER_DESCRIPTION_RE = re.compile(
    r",?[ \t]+who[ \t]+[^.;:\"“”\n]{0,60}?" + GIVEN_NAME_PHRASE + r",?[ \t]+([A-Z][a-z]+)\b"
)


_SELF_INTRODUCTION_RE = re.compile(r"(?:\bI am|\bI['’]?m|\bmy name is|\bthis is|\bit['’]s)\s+$", re.IGNORECASE)


def _where_it_is(word: str) -> bool:
    """A word that says where a body is ("Nairobi", "Lagos-based"), not
    which body it is."""
    return word.lower().endswith("-based") or is_place(word)


def _opening_word(m: SpeakerMention) -> str:
    """A mention's first word in lower case: its determiner or owner ("the",
    "his", "Lima's")."""
    return m.text.split(None, 1)[0].lower() if m.text.strip() else ""


def _introduces_self(words: str, name: str) -> bool:
    """'"I'm Ralph Denham," he said': the speaker names himself."""
    at = words.find(name)
    while at >= 0:
        if _SELF_INTRODUCTION_RE.search(words, max(0, at - 20), at):
            return True
        at = words.find(name, at + 1)
    return False


_PLURAL_WORD_RE = re.compile(r"\b[A-Za-z][a-z-]*[a-z]s\b")
_SIGNED_BY = r",?[ \t]+(?:signed|written|sent|issued)[ \t]+by[ \t]+"
# "a letter signed by Ana Lima": one person named as its signer.
_SIGNED_BY_NAME_RE = re.compile(_SIGNED_BY + r"((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]+)")
# "the letter signed by seven physicians", "a statement issued by the doctors"
_SIGNED_BY_RE = re.compile(_SIGNED_BY + r"(?:the[ \t]+|\w+[ \t]+(?:of[ \t]+the[ \t]+)?)?([a-z]+s)\b")


_REGNAL_NUMBERS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())


# How many earlier speakers and mentions the evidence for a namesake reads
# (bounded: an article of thousands of them stays linear).
_EVIDENCE_REACH = 200


def _distinct_people(people: list[Person]) -> list[Person]:
    """People of one surname whose given names are not forms of one name
    ("Josh Apte" and "Joshua Apte" are one person)."""
    from ..names import first_names_match  # (nicknames: loaded only where namesakes meet)

    distinct: list[Person] = []
    for person in people:
        if not any(person.first and other.first and first_names_match(person.first.lower(), other.first.lower())
                   for other in distinct):
            distinct.append(person)
    return distinct


def _shares_a_title(role: str, person: Person) -> bool:
    """Does ``role`` ("Minister", "Sen.") name a title the person holds?"""
    words = {_TITLE_EXPANSIONS.get(w, w) for w in (w.lower().rstrip(".") for w in role.split())}
    return bool(words & person.titles)


def _is_title_alone(phrase: str) -> bool:
    """"CMO", "the chief executive": a title with no name."""
    words = _without_determiner(phrase).lower().split()
    return bool(words) and (" ".join(words) in lexicon.TITLE_ACRONYMS or all(is_title(w) for w in words))


# A verb of speaking in the sentence that names an office's holder.
_SPEAKING_RE = re.compile(r"\b(?:" + lexicon.alternation(lexicon.SPEAKING_FORMS) + r")\b")


def _two_together(speaker: str | None) -> bool:
    """Is a resolved speaker two people who spoke together, as the
    speaker phrase and the sentence-subject reader name them ("Ana Lima
    and Tom Hale")?"""
    return speaker is not None and " and " in speaker


def _a_single_office(phrase: str) -> bool:
    """"the Taoiseach", "the prime minister": an office one person holds
    (not "the minister", "the Conservative MP")."""
    words = _without_determiner(phrase).lower().split()
    return bool(words) and (words[-1] in lexicon.SINGLE_HOLDER_OFFICES
                            or " ".join(words[-2:]) in lexicon.SINGLE_HOLDER_OFFICES)


def _an_office_in_capitals(phrase: str) -> bool:
    """"The Taoiseach", "the Prime Minister": such an office, in capitals."""
    return _a_single_office(phrase) and all(w[:1].isupper() for w in _without_determiner(phrase).split())


def _without_determiner(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)
