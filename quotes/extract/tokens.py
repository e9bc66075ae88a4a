"""Tokens of a paragraph, with each quotation collapsed into one token.

The attribution sieves reason about the reporter's words around a quote
("..., Hyde said"), never about the words inside it, so a quotation becomes a
single ``Q`` token that no speaker pattern can match across.
"""

from __future__ import annotations

import re

from ..language import lexicon
from ..language.lexicon import ABBREVIATIONS, MONTH_ABBREVIATIONS, PREFIXED_NAME_RE
from .spans import QuoteSpan

WORD = "W"
PUNCT = "P"
QUOTE = "Q"
ASIDE = "A"  # a short parenthesis: "(R-Utah)", "(D-Calif.)"

TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., D.C., U.N.
    r"|[A-Za-z][\w\-]*\.(?:" + "|".join(re.escape(d) for d in lexicon.WEB_DOMAIN_SUFFIXES) + r")(?![\w.])"  # Amazon.com
    r"|[^\W_](?:[^\W_]|['’\-&])*\.?"  # letters of every script: "Lực", "Ngũgĩ"
    r"|[@#][\w.]+"
    r"|\S"
)


class Token:
    """One token of the reporter's text; ``lower`` is computed once, since
    the sieves compare it many times a token."""

    __slots__ = ("kind", "text", "start", "end", "quote", "lower")

    def __init__(self, kind: str, text: str, start: int, end: int, quote: int = -1) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote  # index into the span list for QUOTE tokens
        # (A quotation starts with its mark, so it never equals a word either way.)
        self.lower = text if kind == QUOTE else text.lower()

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end})"

    @property
    def is_capitalized(self) -> bool:
        # "al-Zahra", "el-Sisi", "bin-Laden": a name with a lower-case prefix.
        return self.kind == WORD and (self.text[:1].isupper() or ("-" in self.text[1:5] and PREFIXED_NAME_RE.match(self.text) is not None))


_DAY_AFTER_RE = re.compile(r"[ \t\u00a0]\d{1,2}\b")
_PRONOUN_CONTRACTION_RE = re.compile(r"^(he|she|they|we|i|it|you)['’](?:s|re|ve|ll|d|m)$", re.IGNORECASE)
_ASIDE_RE = re.compile(r"\([^()\n\"“”]{1,40}\)")


def _word_tokens(text: str, lo: int, hi: int, out: list[Token]) -> None:
    pos = lo
    if "(" in text[lo:hi]:
        for m in _ASIDE_RE.finditer(text, lo, hi):
            _plain_tokens(text, pos, m.start(), out)
            out.append(Token(ASIDE, m.group(), m.start(), m.end()))
            pos = m.end()
    _plain_tokens(text, pos, hi, out)


def _plain_tokens(text: str, lo: int, hi: int, out: list[Token]) -> None:
    for m in TOKEN_RE.finditer(text, lo, hi):
        word = m.group()
        start, end = m.span()
        if word[-1] == "." and word[0].isalnum() and word.count(".") == 1:  # (the period first: most words end without one)
            stem = word[:-1]
            # Keep the period of initials and abbreviations; split it off
            # an ordinary word where it ends a sentence.
            # A period right before a comma never ends a sentence: "R-Ky.,".
            # Nor does a month's before a day: "on Oct. 26".
            keep = (len(stem) == 1 and stem.isupper()) or stem.lower() in ABBREVIATIONS or text[end : end + 1] == "," \
                or (stem.lower() in MONTH_ABBREVIATIONS and _DAY_AFTER_RE.match(text, end) is not None)
            if not keep:
                out.append(Token(WORD, stem, start, end - 1))
                out.append(Token(PUNCT, ".", end - 1, end))
                continue
        # Most words hold no apostrophe: test for one before the pattern.
        contraction = _PRONOUN_CONTRACTION_RE.match(word) if ("'" in word or "’" in word) else None
        if contraction:
            # "He's claiming": the pronoun is the subject, "'s" its auxiliary.
            cut = start + contraction.end(1)
            out.append(Token(WORD, contraction.group(1), start, cut))
            out.append(Token(WORD, word[contraction.end(1) :], cut, end))
            continue
        kind = WORD if word[0].isalnum() or word[0] in "@#" else PUNCT
        if kind == WORD and word[-1] in "'’" and not word.endswith(("s'", "s’")):
            # A closing single quote glued to a word: 'Crooked Hillary'
            out.append(Token(WORD, word[:-1], start, end - 1))
            out.append(Token(PUNCT, word[-1], end - 1, end))
            continue
        out.append(Token(kind, word, start, end))


def tokenize(text: str, lo: int, hi: int, spans: list[QuoteSpan], first_span: int) -> list[Token]:
    """Tokens of text[lo:hi]; spans[first_span:] in range become QUOTE tokens.

    A quotation token runs from its opening mark to its closing mark (or its
    content end when unclosed).
    """
    out: list[Token] = []
    pos = lo
    i = first_span
    while i < len(spans) and spans[i].open_mark < hi:
        span = spans[i]
        if span.open_mark >= pos:
            if span.open_mark - pos > 2 or text[pos : span.open_mark].strip():
                _word_tokens(text, pos, span.open_mark, out)  # (not for the bare space between two quotations)
            end = span.close_mark + 1 if span.close_mark is not None else span.end
            out.append(Token(QUOTE, text[span.open_mark : end], span.open_mark, end, i))
            pos = end
        i += 1
    if pos < hi:
        _word_tokens(text, pos, hi, out)
    return out


SENTENCE_END = frozenset(".!?")


def sentence_bounds(tokens: list[Token]) -> list[tuple[int, int]]:
    """Split paragraph tokens into sentences, as [start, end) token ranges.

    A quotation that ends in . ! or ? closes the reporter's sentence only when
    a capitalised word or another quotation follows: '"...?" he asked' stays
    one sentence.
    """
    bounds = []
    start = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        ends = False
        if tok.kind == PUNCT and tok.text in SENTENCE_END:
            ends = True
        elif tok.kind == QUOTE:
            inner = tok.text.rstrip("”\"»' \n")
            ends = bool(inner) and inner[-1] in SENTENCE_END
        if ends and i + 1 < n:
            nxt = tokens[i + 1]
            if nxt.kind == PUNCT and nxt.text in SENTENCE_END | {")", "]"}:
                continue
            ends = nxt.kind == QUOTE or nxt.text[:1].isupper() or nxt.text[:1].isdigit() or tok.kind == PUNCT and nxt.kind == PUNCT
        if ends or i + 1 == n:
            bounds.append((start, i + 1))
            start = i + 1
    if start < n:
        bounds.append((start, n))
    return bounds
