"""Pairing quotation marks into quoted spans.

Straight marks (") carry no direction, so each one is read from what flanks
it: a mark after a space and before a word opens, a mark after a word and
before a space or punctuation closes, and an ambiguous one toggles. News
reopens the marks on every paragraph of a long quote and closes them only at
the end; a quote still open at a paragraph end therefore continues when the
next paragraph starts with an opening mark, and is cut at the paragraph end
(never a crash, never swallowing the rest of the article) when it does not.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MARK_RE = re.compile(r'["“”„‟«»]')
# Markup carried over from web pages (<tweet author="@x">): marks inside a tag
# delimit attribute values, not speech.
TAG_RE = re.compile(r"<[^<>\n]{0,400}>")
PARAGRAPH_BREAK_RE = re.compile(r"\n\s*")
OPENERS = "“„‟«"
CLOSERS = "”»"
# Characters after which a straight mark opens, and before which one closes.
_OPEN_BEFORE = set(" \t\n\r([{—–-/\u00a0")
_CLOSE_AFTER = set(" \t\n\r.,;:!?)]}—–-/\u00a0…")
_MAX_PARAGRAPHS = 12  # a quote reopened on more paragraphs is surely a pairing error


@dataclass(slots=True)
class QuoteSpan:
    """Content offsets [start, end) of one quotation, without its marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when unclosed
    paragraph: int  # index of the paragraph the quote opens in
    paragraphs: int = 1  # how many paragraphs it runs over


BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n\s*")
_WRAP_WIDTH = 90


def is_hard_wrapped(text: str) -> bool:
    """Is the text broken into short lines inside its paragraphs?

    Project Gutenberg books and e-mailed copy wrap lines at about 70
    characters and mark paragraphs with a blank line; there a lone newline is
    a space, not a paragraph break. News copy puts each paragraph on one long
    line.
    """
    if "\n\n" not in text:
        return False
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    if len(lengths) < 10:
        return False
    return lengths[int(len(lengths) * 0.95) - 1] <= _WRAP_WIDTH


class Paragraphs:
    """Paragraph boundaries of a text, for offset -> paragraph lookups."""

    def __init__(self, text: str) -> None:
        starts = [0]
        ends = []
        breaks = BLANK_LINE_RE if is_hard_wrapped(text) else PARAGRAPH_BREAK_RE
        for m in breaks.finditer(text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(text))
        self.starts = starts
        self.ends = ends

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def bounds(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]

    def __len__(self) -> int:
        return len(self.starts)


def paragraph_pieces(text: str, span: QuoteSpan, paragraphs: Paragraphs) -> list[tuple[int, int, int]]:
    """A quotation's part in each paragraph it runs over: (start, end,
    paragraph), without the mark that reopens it or the space around.

    News reopens a long quotation on each paragraph, and each paragraph's
    part is a statement of its own (the annotation guides count one quote a
    paragraph); the quote text then holds no stray reopening marks."""
    if span.paragraphs <= 1:
        return [(span.start, span.end, span.paragraph)]
    pieces = []
    for index in range(span.paragraph, min(len(paragraphs), span.paragraph + span.paragraphs)):
        a, b = paragraphs.bounds(index)
        start, end = max(a, span.start), min(b, span.end)
        while start < end and (text[start].isspace() or text[start] in _REOPENING_MARKS):
            start += 1
        start, end = _trim(text, start, end)
        if start < end:
            pieces.append((start, end, index))
    return pieces or [(span.start, span.end, span.paragraph)]


_REOPENING_MARKS = frozenset('"' + OPENERS + CLOSERS + "‘’'")  # the double marks MARK_RE reads, and single ones


def _direction(text: str, i: int) -> str:
    """'open', 'close' or '?' for the mark at text[i]."""
    mark = text[i]
    if mark in OPENERS:
        return "open"
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if mark == "”" and before in " \t\n" and after.isalpha():
        return "open"  # a closing mark typed where an opening one belongs: 'were ”dwindling.”'
    if mark in CLOSERS:
        return "close"
    if before == "=":
        return "attr"  # an HTML/XML attribute value such as tweet-author="@x"
    opens = before in _OPEN_BEFORE and after not in " \t\n\r"
    closes = after in _CLOSE_AFTER and before not in " \t\n\r"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "?"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and a trailing comma from a content span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# Words written with a leading apostrophe, which opens no quotation:
# "'90s", "rock 'n' roll", "'em", "'til", "'tis".
_ELISION_RE = re.compile(r"['‘](?:\d\ds\b|n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b)", re.IGNORECASE)
_SINGLE_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–\-/]))[‘'](?=[^\W_])", re.MULTILINE)
# Two apostrophes or two backticks: a double mark typed on a typewriter
# (''Like this,'' in old wire copy), never a single one.
_TYPED_DOUBLE_RE = re.compile(r"''|``")


def single_marks_as_double(text: str, paragraphs: Paragraphs) -> str | None:
    """The text with the single quotation marks it quotes in written as
    double ones (the same length: every offset holds), or None when it has
    none. An article in the British style quotes in single marks throughout
    (double ones are rare in it); another may still open a headline or a
    subhead with one ("‘We will not give up’, says union leader")."""
    if "'" not in text and "‘" not in text:
        return None
    openings = [m.start() for m in _SINGLE_OPEN_RE.finditer(text)
                if not _ELISION_RE.match(text, m.start()) and text[m.start() - 1 : m.start()] not in ("'", "`")]
    if not openings:
        return None
    doubles = len(MARK_RE.findall(text)) + len(_TYPED_DOUBLE_RE.findall(text))
    whole = len(openings) >= 2 and doubles * 4 <= len(openings)
    opening_set = set(openings)
    out: list[str] | None = None
    k = 0
    for index in range(len(paragraphs)):
        a, b = paragraphs.bounds(index)
        while k < len(openings) and openings[k] < a:
            k += 1
        if k == len(openings) or openings[k] >= b:
            continue
        if not whole and ((openings[k] != a and not _after_a_colon(text, openings[k], a)) or MARK_RE.search(text, a, b)):
            # In a double-mark article, only a paragraph that opens on a
            # single mark, or hands one to a colon ("Zelensky: 'We will
            # not give up land'"), and holds no double.
            continue
        closers = _Closers(text, a, b)
        position = a
        while k < len(openings) and openings[k] < b:
            start = openings[k]
            k += 1
            if start < position:
                continue
            end = closers.after(start)
            if end is None:
                if whole and index + 1 < len(paragraphs) and paragraphs.bounds(index + 1)[0] in opening_set:
                    # Reopened on the next paragraph, as news runs a long
                    # quotation on: left open, like a double mark.
                    if out is None:
                        out = list(text)
                    out[start] = "“"
                    position = b
                continue
            if out is None:
                out = list(text)
            out[start], out[end] = "“", "”"
            position = end + 1
    return "".join(out) if out is not None else None


def _after_a_colon(text: str, mark: int, paragraph_start: int) -> bool:
    """Does a colon and a space stand right before the mark ("Minister:
    'The budget is dead'")? No apostrophe of a word stands there."""
    return mark - 2 >= paragraph_start and text[mark - 2 : mark] in (": ", ":\u00a0")


# A mark that may close a single-marked quotation: after a non-space, before
# no letter or digit (two apostrophes are a typed double mark).
_SINGLE_CLOSE_RE = re.compile(r"(?<=[^\s'])['’](?![^\W_]|')")


class _Closers:
    """The marks of one paragraph that may close a quotation in single
    marks, read once: each opening finds its closer by a bisection, so a
    paragraph of many openings and no closer stays linear."""

    def __init__(self, text: str, a: int, b: int) -> None:
        self.marks = [m.start() for m in _SINGLE_CLOSE_RE.finditer(text, a, b)]
        # A plural's possessive ("the teachers’ union") is passed over where
        # a later mark of the paragraph can close: for each mark, the next
        # one that is no such possessive.
        possessive = [text[j - 1] == "s" and j + 2 < b and text[j + 1] == " " and text[j + 2].islower()
                      for j in self.marks]
        self.plain_from: list[int | None] = [None] * len(self.marks)
        following: int | None = None
        for i in range(len(self.marks) - 1, -1, -1):
            if not possessive[i]:
                following = self.marks[i]
            self.plain_from[i] = following

    def after(self, start: int) -> int | None:
        """The mark that closes the quotation opened at ``start``."""
        i = bisect.bisect_right(self.marks, start)
        if i == len(self.marks):
            return None
        return self.plain_from[i] if self.plain_from[i] is not None else self.marks[-1]


def find_quote_spans(text: str, paragraphs: Paragraphs | None = None) -> list[QuoteSpan]:
    """All quoted spans of ``text``, in order, never overlapping: in double
    marks, or in single ones where the text quotes in them."""
    paras = paragraphs or Paragraphs(text)
    text = single_marks_as_double(text, paras) or text
    spans: list[QuoteSpan] = []
    append = spans.append
    open_at: int | None = None
    open_para = 0
    reopened = 0  # paragraphs the open quote has continued over

    def emit(close: int | None, content_end: int) -> None:
        assert open_at is not None
        start, end = open_at + 1, content_end
        # (Trimmed only when needed: a text of many short quotes is mostly this call.)
        if start < end and (text[start].isspace() or text[end - 1].isspace() or text[end - 1] == ","):
            start, end = _trim(text, start, end)
        if end > start:
            append(QuoteSpan(start, end, open_at, close, open_para, reopened + 1))

    tags = [m.span() for m in TAG_RE.finditer(text)] if "<" in text else []
    tag_starts = [a for a, _ in tags]
    starts = paras.starts
    last_para = len(starts) - 1
    next_start = starts[1] if last_para else len(text) + 1
    para = 0
    size = len(text)
    for m in MARK_RE.finditer(text):
        i = m.start()
        if tags:
            t = bisect.bisect_right(tag_starts, i) - 1
            if t >= 0 and i < tags[t][1]:
                continue
        mark = text[i]
        if mark == '"':
            # The straight mark, read inline (most marks are straight ones,
            # and this loop runs once a mark): see _direction.
            before = text[i - 1] if i else "\n"
            if before == "=":
                continue  # an HTML/XML attribute value such as tweet-author="@x"
            after = text[i + 1] if i + 1 < size else "\n"
            opens = before in _OPEN_BEFORE and after not in " \t\n\r"
            closes = after in _CLOSE_AFTER and before not in " \t\n\r"
            direction = "?" if opens == closes else "open" if opens else "close"
        else:
            direction = _direction(text, i)
            if direction == "attr":
                continue
        # Marks come in order: the paragraph index only moves forward.
        if i >= next_start:
            while para < last_para and starts[para + 1] <= i:
                para += 1
            next_start = starts[para + 1] if para < last_para else size + 1
        if open_at is not None and para != open_para + reopened:
            # The open quote reached a paragraph end without closing.
            continuing = (
                direction != "close"
                and para == open_para + reopened + 1
                and i == starts[para]
                and reopened + 1 < _MAX_PARAGRAPHS
            )
            if continuing:
                reopened += 1
                continue
            emit(None, paras.ends[open_para + reopened])
            open_at = None
        if open_at is None:
            if direction == "close":
                continue  # a stray closing mark: nothing to pair it with
            open_at, open_para, reopened = i, para, 0
            continue
        if direction == "open" and mark in OPENERS:
            # A curly opener while one is open: the first was never closed.
            emit(None, i)
            open_at, open_para, reopened = i, para, 0
            continue
        if direction == "open" and i > open_at + 1 and text[i - 1] in " \t":
            # A straight mark that plainly opens: the earlier one was unclosed
            # only if the earlier span already looks finished (ends a sentence).
            prior = text[open_at + 1 : i].rstrip()
            if prior and prior[-1] in ".!?":
                emit(None, i)
                open_at, open_para, reopened = i, para, 0
                continue
        emit(i, i)
        open_at = None
    if open_at is not None:
        emit(None, paras.ends[min(open_para + reopened, len(paras) - 1)])
    return spans
