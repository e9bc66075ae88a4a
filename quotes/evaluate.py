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
- gold that judges resolved names (quotes with ``named``, as in the "wild"
  corpus) asks for the speaker's full name: the first and last words of the
  gold name or of one of its ``aliases`` (a middle name may be left out); a
  bare surname or a pronoun is wrong. An unnamed gold speaker ("a police
  spokesman") is met by a speaker or mention that shares a content word.
- calibration: predicted quotes bucketed by confidence, with the share of
  each bucket that is right end to end, and the expected calibration error
  (the bucket-size-weighted mean gap between confidence and that share).
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
# Words a name is compared without: honorifics, the titles of office the
# evaluation corpora's guide ignores, and a title that heads a royal's or a
# pope's name ("Prince William", "King Charles III"), as ../shared/eval's
# scorer reads them.
_NAME_NOISE = frozenset(
    """mr mrs ms miss dr sir lady lord the jr sr president senator sen rep gov governor mayor said says
    prince princess king queen duke duchess pope""".split()
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
class Outcome:
    """One predicted quote: how confident the extractor was, and whether it
    was right end to end (a real quote with the right speaker)."""

    confidence: float
    right: bool


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
    outcomes: list[Outcome] = field(default_factory=list)

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
            "expected_calibration_error": calibration(self.outcomes)[1],
        }


@dataclass
class _Gold:
    spans: list[tuple[int, int]]  # trimmed content fragments
    whole: tuple[int, int]  # trimmed start..end
    speaker: str
    speaker_spans: list[tuple[int, int]]
    pronoun: bool
    wanted: set[int]  # characters a prediction must cover
    named: bool | None = None  # set by gold that judges resolved names
    aliases: tuple[str, ...] = ()


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
        wanted = set()
        if kind in ("direct", "mixed"):
            # PolNeAR's spans take in the reporter's words around the marks.
            wanted = set().union(*(_inside_marks(text, int(a), int(b)) for a, b in fragments))
        if not wanted and kind != "indirect" and not (kind in ("direct", "mixed") and doc.get("source") == "polnear"):
            # Spans of the quoted words alone (a partial quote, a span
            # without its marks): every character of them.
            wanted = {i for a, b in spans for i in range(a, b) if not text[i].isspace()}
        out.append(
            _Gold(
                spans,
                whole,
                q.get("speaker") or "",
                [(int(a), int(b)) for a, b in q.get("speaker_fragments") or []],
                bool(q.get("speaker_is_pronoun")),
                wanted,
                bool(q["named"]) if "named" in q else None,
                tuple(a for a in q.get("aliases") or () if isinstance(a, str)),
            )
        )
    return out


_STOP = frozenset("a an the of for to and in at on with his her their its who".split())


def full_name_agrees(predicted: str, gold: str, aliases: tuple[str, ...] = ()) -> bool:
    """The predicted name is the gold person's full name or one of its full
    forms: the same words, or the same first and last word ("Patricia
    Hyde" for "Patricia H. Hyde"); a bare surname is not enough."""
    p = _name_words(predicted)
    if not p:
        return False
    for form in (gold, *aliases):
        g = _name_words(form)
        forms = [g] + ([g[1:]] if len(g) > 2 and len(g[0]) == 1 else [])  # "C. Eugene Steuerle"
        if any(w and (p == w or (len(w) >= 2 and len(p) >= 2 and p[0] == w[0] and p[-1] == w[-1])) for w in forms):
            return True
    return False


def _attributed(pred: dict[str, Any], gold: _Gold) -> bool:
    """Gold that marks where the speaker is named (news) is met by a mention
    there or by the same name; gold that only names the speaker (novels,
    where "he" must become "Mr. Bumble") is met by the resolved name alone;
    gold that judges resolved names asks for the full name."""
    if gold.named is not None:
        if not gold.speaker:
            return not pred.get("speaker")
        if gold.named:
            return full_name_agrees(pred.get("speaker") or "", gold.speaker, gold.aliases)
        want = set(_name_words(gold.speaker)) - _STOP
        got = set(_name_words(pred.get("speaker") or "")) | set(_name_words(pred.get("speaker_mention") or ""))
        return bool(want & (got - _STOP))
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


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    """The paragraph around [start, end), cut to ``width`` characters each side."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    lo, hi = max(lo, start - width), min(hi, end + width)
    return ("…" if lo > 0 and text[lo - 1] != "\n" else "") + " ".join(text[lo:hi].split()) + (
        "…" if hi < len(text) and text[hi] != "\n" else "")


def score_document(doc: dict[str, Any], predictions: list[dict[str, Any]], where: str = "",
                   outcomes: list[Outcome] | None = None, errors: list[dict[str, Any]] | None = None) -> Counts:
    """Counts for one document; ``outcomes`` and ``errors``, when given,
    collect each prediction's confidence and rightness, and each wrong or
    missing attribution with its context."""
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
        right = False
        if matches:
            counts.predicted_right += 1
            right = any(_attributed(p, g) for g in matches)
            if right:
                counts.predicted_attributed += 1
            elif errors is not None:
                errors.append(_error(doc, "wrong speaker", text, a, b, p, matches[0]))
        if outcomes is not None:
            outcomes.append(Outcome(float(p.get("confidence") or 0.0), right))
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
        elif errors is not None:
            errors.append(_error(doc, "missing", text, min(g.wanted), max(g.wanted) + 1, None, g))
    return counts


def _error(doc: dict[str, Any], kind: str, text: str, start: int, end: int, pred: dict[str, Any] | None,
           gold: _Gold) -> dict[str, Any]:
    return {
        "article": str(doc.get("id", "")),
        "error": kind,
        "start": start,
        "quote": text[start:end],
        "predicted": (pred or {}).get("speaker"),
        "mention": (pred or {}).get("speaker_mention"),
        "gold": gold.speaker or None,
        "context": _context(text, start, end),
    }


def evaluate(
    gold_lines: Iterable[tuple[str, dict[str, Any]]],
    predict: Callable[[dict[str, Any]], list[dict[str, Any]]],
    errors: list[dict[str, Any]] | None = None,
) -> Scores:
    """Score ``predict`` (document -> quote dicts) over gold documents;
    ``errors``, when given, collects each wrong or missing attribution."""
    scores = Scores(0)
    for where, doc in gold_lines:
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise InputError(f"{where}: a gold document needs a 'text' string")
        scores.documents += 1
        scores.counts.add(score_document(doc, predict(doc), where, scores.outcomes, errors))
    return scores


# Confidence buckets for the calibration table: [lower, upper).
BUCKETS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def calibration(outcomes: list[Outcome]) -> tuple[list[dict[str, Any]], float]:
    """(rows of the calibration table, expected calibration error)."""
    rows = []
    gap = 0.0
    for lower, upper in BUCKETS:
        inside = [o for o in outcomes if lower <= o.confidence < upper]
        if not inside:
            continue
        mean = sum(o.confidence for o in inside) / len(inside)
        share = sum(o.right for o in inside) / len(inside)
        gap += len(inside) * abs(mean - share)
        rows.append({"confidence": f"{lower:.1f}-{min(upper, 1.0):.1f}", "quotes": len(inside),
                     "mean_confidence": round(mean, 3), "share_right": round(share, 3)})
    return rows, round(gap / len(outcomes), 4) if outcomes else 0.0


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
