"""Scoring the extractor against annotated gold documents.

Gold documents are JSONL, one a line: ``{"id", "text", "source"?, "quotes":
[{"start", "end", "fragments"?, "speaker", "speaker_fragments"?,
"speaker_is_pronoun"?, "kind"?}]}``. The measures:

- extraction: a predicted quote is right when at least half of it lies in a
  gold quotation; a gold quotation is found when at least half of its quoted
  characters are covered by predictions. Where gold marks a ``kind``
  (direct / mixed / indirect), only the characters inside quotation marks of
  direct and mixed quotations are asked for: indirect speech has none.
- attribution: of the right predictions, the share whose speaker is right:
  the predicted mention overlaps the gold speaker span, or the resolved name
  agrees with a named gold speaker (same surname, no conflicting first name).
- end to end: quotes both found and rightly attributed.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

_MARKS = "\"'“”‘’«»„‟‚‛`"
_TRIM = _MARKS + " \t\n\r,.;:—–-…!?"
_OPENING = "“\"«„"
_CLOSING = "”»"
_NAME_NOISE = frozenset(
    "mr mrs ms miss dr sir lady lord the jr sr president senator sen rep gov governor mayor".split()
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _inside_marks(text: str, start: int, end: int) -> set[int]:
    """Offsets in [start, end) that lie between quotation marks."""
    inside = False
    out: set[int] = set()
    for i in range(start, end):
        c = text[i]
        if c in _OPENING:
            inside = not inside if c == '"' else True
            continue
        if c in _CLOSING:
            inside = False
            continue
        if inside and not c.isspace():
            out.add(i)
    return out


def _name_words(name: str) -> list[str]:
    name = unicodedata.normalize("NFKD", name or "")
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    return [w for w in re.sub(r"[^a-z0-9 ]+", " ", name).split() if w not in _NAME_NOISE]


def names_agree(predicted: str, gold: str) -> bool:
    """Same surname and no first-name conflict, or one name inside the other."""
    p, g = _name_words(predicted), _name_words(gold)
    if not p or not g:
        return False
    if p[-1] == g[-1]:
        return not (len(p) > 1 and len(g) > 1 and p[0][0] != g[0][0])
    return set(p) <= set(g) or set(g) <= set(p)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


@dataclass
class Counts:
    predicted: int = 0
    predicted_right: int = 0
    predicted_attributed: int = 0
    gold: int = 0
    gold_found: int = 0
    gold_attributed: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Scores:
    documents: int
    counts: Counts = field(default_factory=Counts)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        c = self.counts
        ep = c.predicted_right / c.predicted if c.predicted else 0.0
        er = c.gold_found / c.gold if c.gold else 0.0
        ap = c.predicted_attributed / c.predicted if c.predicted else 0.0
        ar = c.gold_attributed / c.gold if c.gold else 0.0
        return {
            "documents": self.documents,
            "gold_quotes": c.gold,
            "predicted_quotes": c.predicted,
            "extraction_precision": round(ep, 4),
            "extraction_recall": round(er, 4),
            "extraction_f1": round(self._f1(ep, er), 4),
            "attribution_accuracy": round(c.predicted_attributed / c.predicted_right, 4) if c.predicted_right else 0.0,
            "end_to_end_precision": round(ap, 4),
            "end_to_end_recall": round(ar, 4),
            "end_to_end_f1": round(self._f1(ap, ar), 4),
        }


@dataclass
class _Gold:
    spans: list[tuple[int, int]]  # trimmed content fragments
    whole: tuple[int, int]  # trimmed start..end
    speaker: str
    speaker_spans: list[tuple[int, int]]
    pronoun: bool
    wanted: set[int]  # characters a prediction must cover


def _gold_quotes(doc: dict[str, Any], where: str) -> list[_Gold]:
    text = doc["text"]
    out = []
    for q in doc.get("quotes") or []:
        try:
            fragments = q.get("fragments") or [[q["start"], q["end"]]]
            spans = [_trimmed(text, int(a), int(b)) for a, b in fragments]
            whole = _trimmed(text, int(q["start"]), int(q["end"]))
        except (KeyError, TypeError, ValueError):
            raise InputError(f"{where}: a gold quote needs 'start' and 'end' offsets") from None
        kind = q.get("kind")
        if kind is None:
            wanted = {i for a, b in spans for i in range(a, b) if not text[i].isspace()}
        elif kind in ("direct", "mixed"):
            wanted = set().union(*(_inside_marks(text, int(a), int(b)) for a, b in fragments))
        else:
            wanted = set()
        out.append(
            _Gold(
                spans,
                whole,
                q.get("speaker") or "",
                [(int(a), int(b)) for a, b in q.get("speaker_fragments") or []],
                bool(q.get("speaker_is_pronoun")),
                wanted,
            )
        )
    return out


def _attributed(pred: dict[str, Any], gold: _Gold) -> bool:
    """Gold that marks where the speaker is named (news) is met by a mention
    there or by the same name; gold that only names the speaker (novels,
    where "he" must become "Mr. Bumble") is met by the resolved name alone."""
    if not gold.speaker_spans:
        return names_agree(pred.get("speaker") or "", gold.speaker)
    s0, s1 = pred.get("speaker_start"), pred.get("speaker_end")
    if s0 is not None and s1 is not None:
        if any(_overlap(int(s0), int(s1), a, b) for a, b in gold.speaker_spans):
            return True
    if gold.pronoun:
        return False
    return names_agree(pred.get("speaker") or "", gold.speaker) or names_agree(
        pred.get("speaker_mention") or "", gold.speaker
    )


class _Intervals:
    """Items with [start, end) ranges, for finding those that overlap a range
    without comparing every pair (novels have thousands of quotes)."""

    def __init__(self, items: list[tuple[int, int, Any]]) -> None:
        self.items = sorted(items, key=lambda item: item[0])
        self.starts = [item[0] for item in self.items]
        # Running maximum of ends: the first index whose prefix reaches past
        # a point bounds the search from below even when ranges overlap.
        self.reach: list[int] = []
        best = -1
        for _, end, _ in self.items:
            best = max(best, end)
            self.reach.append(best)

    def overlapping(self, start: int, end: int) -> Iterable[tuple[int, int, Any]]:
        lo = bisect.bisect_right(self.reach, start)
        hi = bisect.bisect_left(self.starts, end)
        for item in self.items[lo:hi]:
            if item[1] > start:
                yield item


def score_document(doc: dict[str, Any], predictions: list[dict[str, Any]], where: str = "") -> Counts:
    text = doc["text"]
    golds = _gold_quotes(doc, where)
    counts = Counts()
    spans = []
    for p in predictions:
        counts.predicted += 1
        a, b = int(p["start"]), int(p["end"])
        if not 0 <= a <= b <= len(text):
            continue
        a, b = _trimmed(text, a, b)
        if b > a:
            spans.append((a, b, p))
    gold_ranges = _Intervals(
        [(min([g.whole[0]] + [x for x, _ in g.spans]), max([g.whole[1]] + [y for _, y in g.spans]), g) for g in golds]
    )
    for a, b, p in spans:
        matches = [
            g
            for _, _, g in gold_ranges.overlapping(a, b)
            if 2 * max(sum(_overlap(a, b, x, y) for x, y in g.spans), _overlap(a, b, *g.whole)) >= b - a
        ]
        if matches:
            counts.predicted_right += 1
            if any(_attributed(p, g) for g in matches):
                counts.predicted_attributed += 1
    predicted = _Intervals(spans)
    for g in golds:
        if not g.wanted:
            continue
        counts.gold += 1
        covered: set[int] = set()
        right_speaker = False
        for a, b, p in predicted.overlapping(min(g.wanted), max(g.wanted) + 1):
            hit = {i for i in g.wanted if a <= i < b}
            if hit:
                covered |= hit
                right_speaker = right_speaker or _attributed(p, g)
        if 2 * len(covered) >= len(g.wanted):
            counts.gold_found += 1
            counts.gold_attributed += right_speaker
    return counts


def evaluate(
    gold_lines: Iterable[tuple[str, dict[str, Any]]],
    predict: Callable[[dict[str, Any]], list[dict[str, Any]]],
) -> Scores:
    """Score ``predict`` (document -> quote dicts) over gold documents."""
    scores = Scores(0)
    for where, doc in gold_lines:
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise InputError(f"{where}: a gold document needs a 'text' string")
        scores.documents += 1
        scores.counts.add(score_document(doc, predict(doc), where))
    return scores


def _json_lines(path: str) -> Iterable[tuple[str, Any]]:
    """(file:line, value) for each non-blank line of a JSONL file, streamed."""
    try:
        handle = open(path, "rb")
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    with handle:
        for number, data in enumerate(handle, start=1):
            where = f"{path}:{number}"
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as e:
                raise InputError(f"{where}: not valid UTF-8 at byte {e.start} of the line") from None
            if not line.strip():
                continue
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{where}: invalid JSON ({e.msg})") from None


def read_gold(path: str) -> Iterable[tuple[str, dict[str, Any]]]:
    """(file:line, document) pairs of a gold JSONL file, streamed."""
    return _json_lines(path)


def read_predictions(path: str) -> dict[str, list[dict[str, Any]]]:
    """Predicted quotes grouped by their 'article' id."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for where, row in _json_lines(path):
        if not isinstance(row, dict) or "article" not in row:
            raise InputError(f"{where}: expected a JSON quote with an 'article' id")
        grouped.setdefault(str(row["article"]), []).append(row)
    return grouped
