"""The extraction pipeline: spans, sieves, speakers, confidence.

The steps: pair the quotation marks (spans), find the words that attribute
each quote (attribute, as ordered sieves), then resolve each mention to a
speaker the article names in full (resolver): "Hyde" -> "Patricia H. Hyde",
"she" -> "Michelle Wu", "the release" -> "ICE press release". A quote no sieve
can place is kept only when it reads as a statement; scare quotes and titles
("sanctuary" cities, "Saturday Night Live") are dropped.
"""

from __future__ import annotations

import gc
import re

from ..language import lexicon
from ..language.namelists import family_first_names, likely_given_names
from ..models import (
    DIRECT,
    MULTI_PARAGRAPH,
    ORGANIZATION,
    PARTIAL,
    PERSON,
    UNKNOWN,
    Quote,
)
from .attribute import attribute
from .confidence import UNATTRIBUTED, cell, confidence
from .resolver import Resolver
from .sieves import STRONG_SIEVES
from .spans import Paragraphs, QuoteSpan, find_quote_spans, paragraph_pieces

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _known_first_name(speaker: str) -> bool:
    """Does a given-name list know the person's first word ("Patricia"), or
    is it a family name written first ("Yoon Suk Yeol")?"""
    first = speaker.split()[0].lower().rstrip(".")
    return first in likely_given_names() or first in family_first_names()


def _is_statement(text: str, span: QuoteSpan) -> bool:
    """Does an unattributed quote read as something somebody said?

    Short phrases (scare quotes) and capitalised names of works do not; nor
    does a fragment that starts in lower case: without a speaker, a partial
    quote cannot be told from the writer holding a phrase at arm's length.
    """
    if span.end - span.start < 7:
        return False  # (too short for four words: most marks of a text of many quotes stop here)
    content = text[span.start : span.end]
    words = _WORD_RE.findall(content)
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    if capitalised == len(words) and len(words) <= 6:
        return False  # a title: "Man of the World" aside, all words capitalised
    return content[:1].isupper() and (len(words) >= 6 or content.rstrip()[-1:] in ".?!")


_LETTER_RE = re.compile(r"[^\W\d_]")


def _quote_kind(text: str, span: QuoteSpan) -> str:
    if span.paragraphs > 1:
        return MULTI_PARAGRAPH
    letter = _LETTER_RE.search(text, span.start, span.end)
    first = letter.group() if letter else ""
    # A bounded look back: slicing the whole prefix would make a long text
    # of many quotes quadratic.
    before = text[max(0, span.open_mark - 64) : span.open_mark].rstrip()[-1:]
    if first.islower() or before.isalnum():
        return PARTIAL
    return DIRECT


def _is_title_like(text: str, span: QuoteSpan) -> bool:
    """'the show "Saturday Night Live"': a short, wholly capitalised name."""
    words = _WORD_RE.findall(text[span.start : span.end])
    if not words or len(words) > 6:
        return False
    return all(w[0].isupper() or w.lower() in ("of", "the", "a", "and", "in", "for", "on", "to") for w in words) and text[span.end - 1] not in ".!?,"


_NAMING_WORDS = frozenset(("called", "titled", "entitled", "named", "like"))
_ARTICLES = frozenset(("the", "a", "an"))


def _is_scare_quote(text: str, span: QuoteSpan) -> bool:
    """Not a statement: the writer's distance ('so-called "sanctuary"
    cities'), a name given ('known as the "Three Amigos"'), or the title
    of a work named as one ('his book "Musicophilia"', 'a paper titled
    "..."'). Read from the last few words before the mark, so that a text
    of many quotes costs a few word comparisons a quote."""
    k = span.open_mark - 1
    while k >= 0 and text[k] in " \t,":
        k -= 1
    if k < 0 or not text[k].isalpha():
        return False  # (the words looked for end in a letter: a quick no after another quotation)
    words = text[max(0, span.open_mark - 40) : span.open_mark].replace(",", " ").lower().split()[-4:]
    if not words:
        return False
    if words[-1] in _ARTICLES:
        words = words[:-1]
        if not words:
            return False
    last = words[-1]
    if last in ("so-called", "titled", "entitled") or words[-2:] == ["so", "called"] or words[-2:] == ["known", "as"]:
        return True
    if last in lexicon.WORK_NOUNS:
        return True
    return last in _NAMING_WORDS and len(words) > 1 and words[-2] in lexicon.WORK_NOUNS


def placed_quotes(text: str) -> list[tuple[Quote, tuple[str, ...]]]:
    """Each quote with the features its confidence was looked up by (how it
    was placed), for measuring what the confidence should be."""
    # The cyclic collector is paused while one article is read: the
    # extractor makes many small objects that live as long as the call and
    # hold no cycles worth finding, and its passes over them cost a text of
    # many quotes a fifth of its time. It is restored, as it was, after.
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _placed_quotes(text)
    finally:
        if enabled:
            gc.enable()


def _placed_quotes(written: str) -> list[tuple[Quote, tuple[str, ...]]]:
    # Read with each title of several words ("Tan Sri", "His Holiness") as
    # one word, so that every rule that peels a title off a name peels it;
    # what is shown (quotes, mentions, names, roles) is as it was written.
    text = lexicon.join_compound_titles(written)
    joined = text is not written  # (re.sub hands back the very string when it changed nothing)
    paragraphs = Paragraphs(text)
    spans = find_quote_spans(text, paragraphs)
    if not spans:
        return []
    attributions = attribute(text, spans, paragraphs)
    named_speakers = [a.mention for a in attributions.values() if a.mention.kind == PERSON and a.mention.name]
    bodies = {a.mention.name for a in attributions.values() if a.mention.kind == ORGANIZATION and a.mention.name}
    resolver = Resolver(text, spans, sorted(named_speakers, key=lambda m: m.start), bodies)
    resolver.introduce_speakers()
    # What each he or she says in its own paragraph ('"...," she said.
    # "..."'): a person it names in full is someone else. A mention is
    # resolved once for all its quotes (each quote would read them all).
    spoken: dict[int, list[str]] = {}
    for i, a in attributions.items():
        if a.mention.pronoun in ("m", "f") and spans[i].paragraph == paragraphs.index(a.mention.start):
            spoken.setdefault(a.mention.start, []).append(text[spans[i].start : spans[i].end])
    by_pronoun: dict[int, tuple[str | None, str, str | None]] = {}
    out: list[tuple[Quote, tuple[str, ...]]] = []
    for i, span in enumerate(spans):
        if _is_scare_quote(text, span):
            continue
        a = attributions.get(i)
        strong = a is not None and a.sieve in STRONG_SIEVES
        if a is None or (not strong and _is_title_like(text, span)):
            if not _is_statement(text, span):
                continue
            features = cell(UNATTRIBUTED, 0.0, None, None, None, UNKNOWN)
            kind = _quote_kind(text, span)
            for start, end, paragraph in paragraph_pieces(text, span, paragraphs):
                quote = Quote(quote=written[start:end], start=start, end=end, kind=kind, paragraph=paragraph,
                              confidence=confidence(features))
                out.append((quote, features))
            continue
        if a.mention.start in spoken:
            if a.mention.start not in by_pronoun:
                by_pronoun[a.mention.start] = resolver.resolve(a.mention, "\n".join(spoken[a.mention.start]))
            speaker, kind, role = by_pronoun[a.mention.start]
        else:
            speaker, kind, role = resolver.resolve(a.mention)
        if kind in (PERSON, ORGANIZATION):
            resolver.note_document(a, speaker, kind, role)
        resolver.note_speaker(a.mention, (speaker, kind, role))
        mention = a.mention.text
        if joined:
            speaker, role = (None if w is None else lexicon.unjoin_compound_titles(w) for w in (speaker, role))
            # The mention as written, so that its offsets still point at it.
            at = (a.mention.start, a.mention.end)
            mention = written[at[0] : at[1]] if text[at[0] : at[1]] == mention else \
                lexicon.unjoin_compound_titles(mention)
        features = cell(a.sieve, a.confidence, a.mention.name, a.mention.pronoun, speaker, kind,
                        known_name=kind != PERSON or not speaker or _known_first_name(speaker))
        quote_kind = _quote_kind(text, span)
        for start, end, paragraph in paragraph_pieces(text, span, paragraphs):
            quote = Quote(
                quote=written[start:end],
                start=start,
                end=end,
                speaker=speaker,
                speaker_kind=kind,
                speaker_mention=mention,
                speaker_start=a.mention.start,
                speaker_end=a.mention.end,
                role=role,
                cue=a.cue,
                kind=quote_kind,
                paragraph=paragraph,
                confidence=confidence(features),
            )
            out.append((quote, features))
    return out
