"""Cross-article speaker resolution: which known speaker a new name is.

An in-memory index over the database's aliases finds candidates through
blocking keys (the surname, and its Soundex code for misspellings), never by
comparing all pairs, so the cost grows about linearly with the number of
names. Hard constraints come before similarity (see ``names.compare_people``)
and people never match organisations or documents.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .language.namelists import first_name_gender
from .names import PersonName, compare_people, organization_key, parse_person, soundex

# A full name joins a known speaker at this score or above; between REVIEW
# and AUTO it becomes a new speaker with a pair queued for a human.
AUTO = 88.0
REVIEW = 75.0

PERSON = "person"


@dataclass(frozen=True, slots=True)
class Resolution:
    """What to do with one speaker name."""

    speaker_id: int | None  # None: make a new speaker
    score: float | None = None  # set when the name joins a speaker by similarity
    reason: str | None = None
    flagged: bool = False  # a bare surname with no single candidate
    review: tuple[tuple[int, float, str], ...] = ()  # (candidate id, score, reason)


def alias_norm(name: str, kind: str) -> str:
    """The form aliases are looked up by: folded, titles dropped."""
    if kind == PERSON:
        return parse_person(name).full
    return organization_key(name)


def _genders_conflict(a: str, b: str) -> bool:
    ga, gb = first_name_gender(a), first_name_gender(b)
    return bool(ga and gb and ga != gb)


@dataclass
class SpeakerIndex:
    """Known speakers by their aliases, with blocking keys."""

    by_norm: dict[tuple[str, str], int] = field(default_factory=dict)  # (kind group, norm) -> id
    by_surname: dict[str, dict[PersonName, int]] = field(default_factory=lambda: defaultdict(dict))
    by_soundex: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # code -> surnames
    kinds: dict[int, str] = field(default_factory=dict)
    pins: dict[str, int] = field(default_factory=dict)  # alias norm -> speaker id (manual splits)
    rejected: set[frozenset[int]] = field(default_factory=set)  # pairs a human said are different

    @staticmethod
    def _group(kind: str) -> str:
        return PERSON if kind == PERSON else "other"

    def add(self, speaker_id: int, name: str, kind: str) -> None:
        """Record an alias of a speaker."""
        self.kinds[speaker_id] = kind
        norm = alias_norm(name, kind)
        if not norm:
            return
        self.by_norm.setdefault((self._group(kind), norm), speaker_id)
        if kind == PERSON:
            parsed = parse_person(name)
            if parsed.first:
                self.by_surname[parsed.last].setdefault(parsed, speaker_id)
                self.by_soundex[soundex(parsed.last)].add(parsed.last)

    def _full_name_candidates(self, name: PersonName) -> dict[int, tuple[float, str]]:
        """Best (score, reason) per speaker among compatible full names."""
        best: dict[int, tuple[float, str]] = {}
        surnames = {name.last} | self.by_soundex.get(soundex(name.last), set())
        for surname in surnames:
            for known, speaker_id in self.by_surname.get(surname, {}).items():
                if _genders_conflict(known.first, name.first):
                    continue
                match = compare_people(name, known)
                if match and (speaker_id not in best or match.score > best[speaker_id][0]):
                    best[speaker_id] = (match.score, match.reason)
        return best

    def resolve(self, name: str, kind: str) -> Resolution:
        norm = alias_norm(name, kind)
        if norm in self.pins and kind == PERSON:
            return Resolution(self.pins[norm])
        known = self.by_norm.get((self._group(kind), norm))
        if known is not None:
            return Resolution(known)
        if kind != PERSON:
            return Resolution(None)
        parsed = parse_person(name)
        if not parsed.first:
            # A bare surname the article never expanded: it joins a speaker
            # only when exactly one person of that surname is known.
            owners = sorted({sid for known, sid in self.by_surname.get(parsed.last, {}).items() if known.suffix == parsed.suffix})
            if len(owners) == 1:
                return Resolution(owners[0], 80.0, "bare surname, one candidate")
            return Resolution(
                None,
                flagged=True,
                review=tuple((o, 50.0, f"bare surname, {len(owners)} candidates") for o in owners),
            )
        candidates = self._full_name_candidates(parsed)
        ranked = sorted(candidates.items(), key=lambda item: -item[1][0])
        strong = [(sid, sc, why) for sid, (sc, why) in ranked if sc >= AUTO]
        if len(strong) == 1:
            sid, score, why = strong[0]
            return Resolution(sid, score, why)
        review = tuple((sid, sc, why) for sid, (sc, why) in ranked if sc >= REVIEW)
        if len(strong) > 1:
            review = tuple((sid, sc, f"ambiguous: {why}") for sid, sc, why in strong)
        return Resolution(None, review=review)
