"""The people an article names and where it mentions each: the index that
turns a surname ('Hyde'), a given name, an honorific form ('Ms. Hyde'), a
title ('the director') or a pronoun into the full name the article gave.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..language import lexicon
from ..language.namelists import (
    census_first_names,
    common_first_names,
    first_name_gender,
    first_name_genders,
    is_place,
    nationalities,
    organization_heads,
)

if TYPE_CHECKING:
    from collections.abc import Callable
from .introductions import (
    _RELATIVE_BEFORE_RE,
    _WORD_BEFORE_RE,
    NAME_FINDERS,
    LaterIntroductions,
    given_names_alone,
    page_furniture,
    relatives_named,
)
from .namewords import (
    _PARTICLE_WORDS,
    _TITLE_EXPANSIONS,
    _WORDS_RE,
    NAME_RUN_RE,
    _bare,
    _family_name_then_given,
    _is_name_word,
    _known_as_re,
    _lowercase_title,
    _LowerWords,
    _name_core,
    without_honours,
    _one_letter_out,
    _pair_after_no_place,
    _place_not_name,
    _pronoun_subject,
    _Pronouns,
    _role_word_first,
    _role_words,
    _uninformative_first,
    abbreviation_lookbehinds,
    before_a_date,
    clean_word,
    is_role_noun,
    mentions_known_as,
    person_name_in,
    starts_sentence,
)
from .speaker_phrase import _AFTER_ARTICLE_RE, SpeakerMention


# What the world given-name list's sex for a name counts among a person's
# votes: less than a US Census name's (1.0), less than two of the article's
# pronouns (0.5 each).
WORLD_NAME_VOTE = 0.6


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


class PeopleIndex(LaterIntroductions):
    """The people an article names, and where it mentions each of them."""

    def __init__(self, text: str, quoted: list[tuple[int, int]], speakers: list[SpeakerMention] = ()) -> None:
        """``speakers``: the full names found next to cues. A name in that
        place is a person's whether or not its given name is on any list
        ("Eyamba Sowers said"), so its later short forms point back to it.

        The index is built in passes, each in text order: the names that
        the candidate finders propose (``introductions.NAME_FINDERS``,
        judged by ``_admit``), the capitalised runs that hold a full name,
        the relatives and the people known by a given name alone, then the
        short forms of the people found."""
        self.text = text
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        self._by_last: dict[str, list[Person]] = {}
        self._by_first: dict[str, list[Person]] = {}
        # Inner words of long names: "López" of Andrés Manuel López Obrador
        # (the Spanish first surname), "Lula" of Luiz Inácio Lula da Silva.
        self._by_inner: dict[str, list[Person]] = {}
        self._by_alias: dict[str, list[Person]] = {}  # "Joko Widodo, known as Jokowi"
        self._by_initials: dict[str, list[Person]] = {}  # "AMLO" for Andrés Manuel López Obrador
        # People brought in as someone's kin ("His father, Kofi Asante,"), by
        # id (the dict keeps them alive, so that no later person takes an id).
        self._kin: dict[int, Person] = {}
        self._countries: dict[int, frozenset[str]] = {}  # id -> the countries tied to them, read on demand
        self._near_surnames: dict[str, set[str]] | None = None  # for _misspelt, built on first use
        # The one person of a title, by title, with the state it was read
        # in (how many people, how many roles given since): asking "the
        # minister" once a quote must not read every person each time.
        self._role_edits = 0
        self._only_titled: dict[str, tuple[tuple[int, int], Person | None]] = {}
        self._built = False
        self.mention_pos: list[int] = []  # sorted, outside quotations
        self.mention_person: list[Person] = []
        # The article's byline names its writer, and the lines the page adds
        # (credits, captions) people who are not in the story: no one is
        # introduced or mentioned there, as inside a quotation. They hold no
        # quotation mark, so they fall between the quotations.
        furniture = page_furniture(text)
        if furniture:
            starts = [a for a, _ in quoted]
            outside = [(a, b) for a, b in furniture
                       if (k := bisect.bisect_right(starts, a) - 1) < 0 or quoted[k][1] <= a]  # (not within a quotation)
            quoted = sorted(quoted + outside)
        self._quoted = quoted
        self._quoted_starts = [a for a, _ in quoted]

        self._voted = False
        self._sentence_starts: list[int] | None = None
        self._pairs: dict[str, list[re.Match[str]]] | None = None  # for introduce()
        self._unknown_pairs: list[tuple[int, int, list[str], int]] | None = None  # for name_pair_before()
        self._pairs_rejected: dict[str, int] = {}  # per surname, how many leading pairs are no name
        self._family_rejected: dict[str, int] = {}  # the same for family names written first
        self._pairs_by_first: dict[str, list[re.Match[str]]] | None = None

        inside_quote = self._inside_quote
        named = [(m.name or "", m.start, m.role) for m in speakers]
        for finder in NAME_FINDERS:
            named += finder(text, inside_quote)
        self._admit(named)
        # One-word names next to cues ("Xi said"): such a word opening a
        # sentence is a name there too ("Xi Jinping met Joe Biden").
        cue_words = {m.name for m in speakers if m.name and " " not in m.name and not starts_sentence(text, m.start)}
        partial_runs, after_relative = self._read_name_runs(cue_words)
        self._fold_later_tails()
        if mentions_known_as(text):
            self._add_known_as(text, inside_quote)
        self._add_relatives(relatives_named(text) + after_relative)
        self._add_given_names(given_names_alone(text, self._lower_words))
        self._read_short_forms(partial_runs)
        # The passes above each add mentions in text order, one pass after
        # another: sorted once here (stably: of two at one place, the one
        # added first stays first), not inserted in place (quadratic).
        order = sorted(range(len(self.mention_pos)), key=self.mention_pos.__getitem__)
        self.mention_pos = [self.mention_pos[k] for k in order]
        self.mention_person = [self.mention_person[k] for k in order]
        self._built = True

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted[k][1]

    def _admit(self, named: list[tuple[str, int, str | None]]) -> None:
        """The judge of the names the finders propose: (name, where, role)
        becomes a person when its words can be a person's full name."""
        text = self.text
        tried: set[tuple[str, int]] = set()
        for name, start, role in sorted(named, key=lambda n: n[1]):
            if (name, start) in tried:
                continue  # (found by a cue and by the reported-speech pattern alike: judged once, the first with its role)
            tried.add((name, start))
            words = without_honours(name.split())  # ("Keir Starmer MP said")
            name = " ".join(words)
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

    def _rare_given_name(self, word: str, run_length: int) -> bool:
        """'Jacinda Ardern met the mayor': a given name of the Census lists
        that no common list holds, opening a sentence before one more name
        word, is a name when the article never writes it in lower case
        (else "Will", "Grant", "Hope" open sentences as words)."""
        bare = _bare(word)
        return run_length == 2 and bare in first_name_genders() and not is_role_noun(word) \
            and bare not in lexicon.FUNCTION_WORDS and bare not in self._lower_words

    def _read_name_runs(self, cue_words: set[str]) -> tuple[list[list[tuple[int, str]]], list[tuple[str, int, str]]]:
        """Pass 1: the full names among the article's capitalised runs, in
        order of appearance. Returns the runs (or their tails) that hold no
        full name, for the short forms, and the names right after a
        relative noun ("his brother Amit")."""
        text = self.text
        inside_quote = self._inside_quote
        partial_runs: list[list[tuple[int, str]]] = []
        lower_words = self._lower_words = _LowerWords(text)
        pronouns = self._pronouns = _Pronouns(text)
        after_relative: list[tuple[str, int, str]] = []  # "his brother Amit": (name, where, noun)
        # Words the article writes before a team's staff and a name ("Villa
        # manager Unai Emery"): the end of a club's name, not a surname.
        teams = {m.group(1) for m in _TEAM_BEFORE_STAFF_RE.finditer(text)}
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
            words = before_a_date(text, [(m.start() + w.start(), w.group()) for w in _WORDS_RE.finditer(run)])
            words = words[: len(without_honours([w for _, w in words]))]  # "Keir Starmer MP": no part of the name
            if len(words) < 2:
                partial_runs.append(words)  # (a name and a date: 'Trump Oct. 11')
                continue
            opening_role = None
            role = _role_word_first([w for _, w in words])
            if 2 <= len(words) - role <= 3 and not inside_quote(m.start()) \
                    and _pronoun_subject(text, m, [w for _, w in words[role:]], lower_words, pronouns):
                found = (role, len(words))  # "Tigst Assefa broke the record. ... she said"
            else:
                if len(words) > 1 and words[0][1] not in cue_words and _uninformative_first(text, words[0][0], words[0][1], True) \
                        and not self._rare_given_name(words[0][1], len(words)) \
                        and _family_name_then_given(tuple(w for _, w in words)) != (0, len(words)):  # ("Park Geun Hye")
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
            if j - i == 2 and words[j - 1][1] in teams:
                continue  # "Aston Villa" (of "Villa manager Unai Emery"): a club
            if _bare(words[j - 1][1]) in lexicon.NOUN_SURNAMES and _LOCATIVE_BEFORE_RE.search(text, max(0, words[0][0] - 12), words[0][0]):
                continue  # "in Long Lane", "on Great Peter Street": a street, not a Lane or a Street
            if i == 0 and _AFTER_THE_RE.search(text, max(0, words[0][0] - 5), words[0][0]):
                continue  # "the Red Cross", "the Grace Foundation": a body or a thing, not a person
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
        return partial_runs, after_relative

    def _add_relatives(self, relatives: list[tuple[str, int, str]]) -> None:
        """A relative the article names, (name, where, relative noun): a
        person, and the noun says whether a he or a she ("her son, Mark,";
        not "her mother, Fiona," when the article also writes Fiona Parry)."""
        inside_quote = self._inside_quote
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

    def _add_given_names(self, given_names: list[tuple[str, int]]) -> None:
        """People the article calls by a given name alone, (name, where)."""
        inside_quote = self._inside_quote
        for given, at in given_names:
            key = given.lower()
            # (A surname the article gave in full is that person's: "Harris,
            # who ..." after Kamala Harris is no one new.)
            if inside_quote(at) or self._by_name.get(key) or self._by_first.get(key) or self._by_last.get(key):
                continue
            if _is_name_word(given) and not _place_not_name(given):
                # ("Saka, who has scored ..." after "Bukayo Saka", a name no
                # list knew: the surname of the one the article named.)
                named = self._first_pair(given, at)
                self._mention(at, named if named is not None else self._add([given], at, []))

    def _read_short_forms(self, partial_runs: list[list[tuple[int, str]]]) -> None:
        """Pass 2: short forms (surname, first name, Mr. X) of known people."""
        inside_quote = self._inside_quote
        for words in partial_runs:
            for k, (offset, word) in enumerate(words):
                if not _is_name_word(word) and not (
                    len(words) == 1 and word[:1].isupper() and _bare(word) in self._by_last
                    and (_bare(word) in lexicon.WORD_SURNAMES or not starts_sentence(self.text, offset))
                ):
                    # (A noun or a word alone that ends a known person's name
                    # is theirs: "Lane, 63," of Gregory Lane; "An said" of
                    # Nguyễn Văn An.)
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

    def _add(self, name_words: list[str], offset: int, before: list[str]) -> Person:
        core = _name_core(name_words)
        first = core[0].rstrip(".") if len(core) > 1 else ""
        last = core[-1] if core else name_words[-1]
        person = Person(" ".join(name_words), first, last, offset, _role_words(before))
        if _relative_noun_before(self.text, offset, comma=True):
            self._kin[id(person)] = person
        given = first
        if len(core) >= 2 and _family_name_then_given(tuple(core)) == (0, len(core)):
            # "Kim Jong Un", "Lee Hsien Loong": the first word is the family
            # name, whatever sex a list gives it as a given name elsewhere
            # (Kim); the given name after it says the sex, if anything does.
            given = core[1]
        g = first_name_gender(given) if given else ""
        if g:
            # A US Census name says more than the world list, where one name
            # is a man's in one country and a woman's in another (Ilhan):
            # two of the article's pronouns outweigh a world name's sex, one
            # (worth 0.5, perhaps someone else's) does not.
            person.votes[g] += 1.0 if _bare(given) in census_first_names() else WORLD_NAME_VOTE
        self.people.append(person)
        self._by_name[person.name.lower()] = person
        if self._near_surnames is not None and last.lower() not in self._by_last:
            self._index_near(last.lower())
        _insort(self._by_last.setdefault(last.lower(), []), person)
        if first:
            _insort(self._by_first.setdefault(first.lower(), []), person)
        for word in self._inner_words(core):
            _insort(self._by_inner.setdefault(word.lower(), []), person)
        initials = _initials(person.name)
        if len(initials) >= 3:
            self._by_initials.setdefault(initials, []).append(person)
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
        or particles; and a surname's own word after its Arabic or Hebrew
        prefix ("Sisi said" of Abdel Fattah al-Sisi)."""
        inner = [w for w in core[1:-1] if len(w) > 2 and not w.endswith(".") and w not in _PARTICLE_WORDS and _is_name_word(w)]
        last = core[-1]
        if len(core) > 1 and "-" in last[1:5] and lexicon.PREFIXED_NAME_RE.match(last[:1].lower() + last[1:]):
            inner.append(last.split("-", 1)[1])
        return inner

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
                            if p is not later and p.position < later.position and _name_ends_with(p, tail)), None)
            if earlier is None:
                continue
            self.people.remove(later)
            self._by_last[later.last.lower()].remove(later)
            if later.first:
                self._by_first[later.first.lower()].remove(later)
            for word in self._inner_words(_name_core(later.name.split())):
                self._by_inner[word.lower()].remove(later)
            same = self._by_initials.get(_initials(later.name), [])
            if later in same:
                same.remove(later)
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
            if self._inside_quote(at) or (pronoun == "his" and self.text.endswith(", ", 0, at)):
                # A he or she inside a quotation is someone the speaker
                # speaks of ('said Beth Meacham. "He would use a word"'),
                # and so is the owner in an apposition ('Beth Meacham, his
                # editor'): neither is the person named just before.
                continue
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

    def mentioned_at(self, offset: int) -> Person | None:
        """The person whose mention (a full name or a short form) begins at
        ``offset``, if one does."""
        self._ensure_votes()
        k = bisect.bisect_left(self.mention_pos, offset)
        return self.mention_person[k] if k < len(self.mention_pos) and self.mention_pos[k] == offset else None

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
        found = [p for p in self._by_last.get(words[-1].lower(), ()) if _name_ends_with(p, tail)]
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
        article = _ARABIC_ARTICLE_RE.match(key)
        if article is not None and key not in self._by_last:
            # "el-Sisi said" of Abdel Fattah al-Sisi: the article of an
            # Arabic name is written many ways (al-, el-, as-, ash-), or not.
            key = key[article.end():]
        if gender:
            self._ensure_votes()
        same = self._by_last.get(key)
        if same and len(same) > 1 and self._kin:
            # "Kwame Asante ... His father, Kofi Asante, ... Asante laughs":
            # kin brought in by their kinship are named in full, and the
            # surname alone stays with the one whose kin they are (not just
            # after the kin came on stage: "Her brother, Emeka Okafor, spoke
            # next. 'Okafor said'" says not whom). (Of the people of the
            # surname, those nearest the position only: a bounded walk, so
            # that an article of many namesakes stays linear.)
            k = bisect.bisect_right(same, position, key=_position)
            near = same[max(0, k - _NEAREST_WALK) : k + _NEAREST_WALK]
            unrelated = [p for p in near if id(p) not in self._kin]
            if unrelated and len(unrelated) < len(near) and not self.kin_just_named(near, position):
                best = self._nearest_before(unrelated, position, gender)
                if best is not None:
                    return best
        if same and len(same) > 1 and same[0].position > position:
            # No one of the surname met before here: the one whose full name
            # the text already wrote ("For Amir Hassan, the call came ...
            # 'I didn't sleep,' Hassan said"), though the index first read
            # it later, where a cue stood beside it.
            written = [p for p in same[:_NEAREST_WALK] if not (gender and p.gender and p.gender != gender)
                       and self.text.find(p.name, 0, position) >= 0]
            if written:
                return written[0]
        for candidates in (same, self._by_first.get(key), self._by_inner.get(key),
                           self._by_alias.get(key)):
            if not candidates:
                continue
            best = self._nearest_before(candidates, position, gender)
            if best is not None:
                return best
        return self._misspelt(key) if misspelt else None

    def by_initials(self, acronym: str, position: int) -> Person | None:
        """'AMLO said', 'MBS told': the one person named before ``position``
        whose name's words (three or more, particles and hyphenated parts
        each a word) have these initials."""
        found = [p for p in self._by_initials.get(acronym, ()) if p.position < position]
        return found[0] if len(found) == 1 else None

    def times_mentioned(self, person: Person, position: int) -> int:
        """How often the article mentioned this person (among its last
        mentions) before ``position``."""
        k = bisect.bisect_left(self.mention_pos, position)
        return sum(1 for p in self.mention_person[max(0, k - 200) : k] if p is person)

    def namesakes(self, surname: str, position: int, gender: str = "") -> list[Person]:
        """The different people of one surname the article introduced before
        ``position`` (of ``gender`` where it is asked and known): more than
        one, and the surname alone says not whom."""
        candidates = self._by_last.get(surname.lower(), [])
        k = bisect.bisect_right(candidates, position, key=_position)
        if gender:
            self._ensure_votes()
        found: dict[str, Person] = {}
        for person in candidates[max(0, k - _NEAREST_WALK) : k]:
            if not (gender and person.gender and person.gender != gender):
                found.setdefault(person.name.lower(), person)
        return list(found.values())

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
        # Nor one inside a clause that opens the sentence ("After meeting
        # Rosa Diaz, Ana Lima spoke": Ana Lima, the main clause's subject).
        sentence_start = self._sentence_starts[best_sentence - 1] if best_sentence > 0 else 0
        opening = _OPENING_CLAUSE_RE.match(self.text, sentence_start)
        clause_end = self.text.find(",", sentence_start, found[0][0]) if opening is not None else -1
        for offset, person in reversed(found):
            if not self._possessive_at(offset) and not _PREPOSITION_BEFORE_RE.search(self.text, max(0, offset - 40), offset) \
                    and not offset < clause_end:
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

    def first_mention_between(self, start: int, end: int) -> tuple[Person, int] | None:
        """The first person named in [start, end), and where."""
        j = bisect.bisect_left(self.mention_pos, start)
        if j < len(self.mention_pos) and self.mention_pos[j] < end:
            return self.mention_person[j], self.mention_pos[j]
        return None

    def next_sentence(self, position: int) -> tuple[int, int] | None:
        """(start, end) of the sentence after the one at ``position``."""
        k = self._sentence_of(position)
        starts = self._sentence_starts
        assert starts is not None
        if k >= len(starts):
            return None
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.text)

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

    def kin_just_named(self, namesakes: list[Person], position: int) -> bool:
        """Did one of these people, brought in as kin, come on stage in the
        sentence before ``position`` or in its own?"""
        since = self.sentence_start(position, back=1)
        return any(id(p) in self._kin and since <= p.position < position for p in namesakes)

    def countries_of(self, person: Person) -> frozenset[str]:
        """The countries the article ties a person to where it first names
        them: a national's word or a country's name just before or after
        ("Spain's Carlos Alcaraz", "Argentine Tomas Etcheverry", "Alcaraz
        of Spain", "Carlos Alcaraz (Spain)")."""
        found = self._countries.get(id(person))
        if found is None:
            nationals, names = nationalities()
            # The two words right before the name ("Spain's", "Scottish
            # star"), and a country right after it ("of Spain", "(Spain)",
            # ", the Spaniard,"); never the name's own words ("Michael
            # Jordan") nor another's ("Argentine Tomas Etcheverry beat Andy
            # Murray": nothing ties Murray to Argentina).
            before = _WORD_RE.findall(self.text, max(0, person.position - 30), person.position)[-2:]
            end = person.position + len(person.name)
            after = _COUNTRY_AFTER_RE.match(self.text, end, end + 40)
            words = [w.lower() for w in before] + (after.group(1).lower().split() if after else [])
            keys: set[str] = set()
            for k, word in enumerate(words):
                for phrase in (word, f"{word} {words[k + 1]}" if k + 1 < len(words) else ""):
                    bare = phrase.removesuffix("'s").removesuffix("’s")
                    keys |= nationals.get(bare, frozenset())
                    if bare in names:
                        keys.add(names[bare])
            found = self._countries[id(person)] = frozenset(keys)
        return found

    def national_before(self, countries: frozenset[str], position: int) -> Person | None:
        """The person mentioned last before ``position`` (of the last 40
        mentions) whom the article tied to one of these countries."""
        k = bisect.bisect_left(self.mention_pos, position)
        for j in range(k - 1, max(-1, k - 41), -1):
            person = self.mention_person[j]
            if self.countries_of(person) & countries:
                return person
        return None

    def brought_in_as_kin(self, person: Person) -> bool:
        """Was this person brought in as someone's kin ("His father, Kofi
        Asante,", "her son Daniel")?"""
        return id(person) in self._kin

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
# (Nor a month's before a day, "on Oct. 26", as the tokenizer reads it.)
_NOT_AN_END = r"(?<!\b[A-Z]\.)" + "".join(abbreviation_lookbehinds(lexicon.NAME_ABBREVIATIONS, negative=True)) \
    + "".join(rf"(?!{month}[ \t]\d)" for month in abbreviation_lookbehinds(lexicon.MONTH_ABBREVIATIONS, negative=False, period=True))
_AFTER_THE_RE = re.compile(r"\b[Tt]he[ \t\u00a0]+$")
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:by|of|with|to|for|from|against|about)\s+(?:[a-z-]+\s+){0,2}$")
# A clause or phrase that opens a sentence before its subject: "After
# meeting ...,", "While in Lagos,", "Speaking to reporters,".
_OPENING_CLAUSE_RE = re.compile(
    r"\s*[\"“‘(]?\s*(?:After|Before|While|When|Whilst|Since|Despite|Following|Unlike|Like|Although|Though|Because|"
    r"Until|Once|Upon|Having|[A-Z][a-z]+ing)\b"
)
_SUBJECT_PRONOUN_RE = re.compile(r"[\"“‘(]?\s*(He|She)\b")
_MAIN_CLAUSE_PRONOUN_RE = re.compile(r",\s+(he|she)\s+[a-z]")
_OPENING_PHRASE_REACH = 400
_SENTENCE_END_RE = re.compile(r"[.!?]" + _NOT_AN_END + r"[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*")

# A capitalised word and the capitalised word after it (overlapping pairs:
# the lookahead leaves the second word to start the next pair).
_NAME_AT_RE = re.compile(r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3}")
# The capitalised word that ends right before a position (a space between).
# A capitalised word, a team's staff noun, then a name: "Villa manager Unai
# Emery".
_TEAM_BEFORE_STAFF_RE = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+(?:" + lexicon.alternation(lexicon.TEAM_STAFF_NOUNS) + r")[ \t]+[A-Z]"
)

# The Arabic article opening a family name, however it is written.
_ARABIC_ARTICLE_RE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az)-(?=\w)")
# The words before a name, and a country or a national right after one.
_WORD_RE = re.compile(r"[\w'’-]+")
_COUNTRY_AFTER_RE = re.compile(r"\s*(?:\(|,?\s*of\s+|,\s+(?:the|a|an)\s+)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")

# A locative preposition right before a run: "in Long Lane", "off Park Street".
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|on|at|from|off|near|along|down|up|into|onto|to|of)\s+(?:the\s+)?$")

_RELATIVE_ENDINGS = tuple(f" {noun} " for noun in lexicon.RELATIVE_GENDER)


# The parts of a name its initials are taken from: words, and the parts of
# hyphenated ones ("Ocasio-Cortez": O and C).
_NAME_PARTS_RE = re.compile(r"[ \-]+")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _NAME_PARTS_RE.split(name) if w).upper()


def _relative_noun_before(text: str, start: int, comma: bool = False) -> str:
    """The relative noun right before a name, after a possessive ("his
    brother Amit", "her son Callum Reid"; with ``comma``, "His father, Kofi
    Asante" too), else "". (The index's pass over the runs first asks
    whether a relative noun ends right before the run.)"""
    end = start - 1
    if comma and end >= 1 and text[end - 1] == ",":
        end -= 1
    noun = _RELATIVE_BEFORE_RE.search(text, max(0, end - 40), end)
    return noun.group(1).lower() if noun else ""

# How many mentions back "the senator" may look for its senator.
_TITLE_LOOKBACK = 200


_NEAREST_WALK = 40  # people of one name read each way from a position


def _name_ends_with(person: Person, tail: str) -> bool:
    """Does the person's name, with or without its suffix, end in ``tail``
    (" " and lower-case words)? "Tiu Laurel" is Francisco Tiu Laurel Jr."""
    name = person.name.lower()
    return name.endswith(tail) or " ".join(_name_core(name.split())).endswith(tail)


def _position(person: Person) -> int:
    return person.position


def _insort(people: list[Person], person: Person) -> None:
    """Add to a list kept in order of where the article introduces each
    (equal positions: in the order added)."""
    bisect.insort_right(people, person, key=_position)
