"""Cue words in their sentence: which words report speech, and the block of
tokens the sieves read (a paragraph, or the paragraphs one quote runs over).

A candidate speaker found by a sieve is an ``Attribution``: the mention, the
cue, the sieve that found it and the evidence its confidence is read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..language import lexicon
from .speaker_phrase import SpeakerMention
from .tokens import PUNCT, QUOTE, WORD, Token, sentence_bounds

_SPEECH_END = frozenset(",?!—–-:")
_DETERMINERS = lexicon.DETERMINERS
# After these a cue word is a noun: "agent in charge", "a statement", "his tweets".
_NOUN_MARKERS = _DETERMINERS | frozenset("in of for with without".split())


@dataclass(slots=True)
class Attribution:
    mention: SpeakerMention
    cue: str | None
    sieve: str
    confidence: float
    cue_end: int = -1  # offset just after the cue word, for "said in a release"


def _used_as_noun(tokens: list[Token], c: int, floor: int) -> bool:
    if c <= floor or tokens[c].lower == "according":
        return False
    if tokens[c].lower.endswith("ing") and tokens[c - 1].lower in ("for", "of", "without"):
        return False  # 'known for telling others', 'accused of saying': the subject's own words
    return tokens[c - 1].lower in _NOUN_MARKERS or _after_possessor(tokens, c)


def _after_possessor(tokens: list[Token], c: int) -> bool:
    """"Trump's call", "the agency’s statement": a possessor makes a noun
    of a cue word (the tokenizer splits the verb of "she's said" off, so
    that stays a verb)."""
    before = tokens[c - 1].text
    return len(before) > 2 and before.endswith(("'s", "’s"))


def is_cue(tok: Token) -> bool:
    # Cue verbs are lower case inside a sentence; "Charge" in "Special Agent
    # in Charge" is part of a title. "Tweeted" keeps the brand's capital.
    return tok.kind == WORD and (tok.text[0].islower() or tok.text in lexicon.CAPITALISED_CUES) \
        and tok.lower in lexicon.CUE_WORDS


def _is_weak(tok: Token) -> bool:
    return tok.lower in lexicon.WEAK_CUE_WORDS


def _pointed_out(tokens: list[Token], c: int) -> bool:
    """'points out that ...': with its particle, "point" reports speech as
    "say" does, at any distance in the sentence."""
    return tokens[c].lower.startswith("point") and c + 1 < len(tokens) and tokens[c + 1].lower == "out"


def _according_to(tokens: list[Token], i: int) -> bool:
    return (
        i + 1 < len(tokens)
        and tokens[i].lower == "according"
        and tokens[i + 1].lower == "to"
    )


class Block:
    """Tokens of one paragraph (or of the paragraphs one quote runs over)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.sentences = sentence_bounds(tokens)
        self.sentence_of: list[int] = []
        for k, (a, b) in enumerate(self.sentences):  # (the sentences cover the tokens in order)
            self.sentence_of.extend([k] * (b - a))
        self.quote_tokens = [i for i, t in enumerate(tokens) if t.kind == QUOTE]
        self._cues: list[list[int]] | None = None

    def sentence(self, i: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of[i]]

    def cue_lists(self) -> list[list[int]]:
        """Token indexes of the cue words of every sentence, in order, by
        sentence (built once for the block, so that finding a quote's cues
        costs a look-up, not a walk over the sentence: a paragraph of many
        quotes stays linear)."""
        if self._cues is None:
            self._cues = [[] for _ in self.sentences]
            cue_words = lexicon.CUE_WORDS
            for i, tok in enumerate(self.tokens):
                if tok.lower in cue_words and is_cue(tok):  # (the set first: most tokens are no cue)
                    self._cues[self.sentence_of[i]].append(i)
        return self._cues

    def cues(self, sentence: int) -> list[int]:
        return self.cue_lists()[sentence]


def _cue_text(text: str, tokens: list[Token], c: int) -> str:
    if _according_to(tokens, c):
        return "according to"
    return tokens[c].text


def _introduces_next_quote(tokens: list[Token], k: int) -> bool:
    """Is the cue at ``k`` followed, within a few words, by ',' or ':' and a
    quotation? Then it attributes that quotation, not the one before it."""
    for m in range(k + 1, min(len(tokens), k + 6)):
        tok = tokens[m]
        if tok.kind == QUOTE:
            return tokens[m - 1].text in (",", ":")
        if tok.kind == PUNCT and tok.text in ".!?;":
            return False
    return False


_NAMING_CUES = frozenset(
    form for form in lexicon.WEAK_CUE_WORDS
    if form.startswith(("call", "dub", "label", "brand", "describ", "term", "refer", "characteri", "portray", "assail",
                        "derid"))
)


_RELATIVES = frozenset("which who whom whose".split())


def _inside_closed_relative(tokens: list[Token], c: int, qi: int, floor: int) -> bool:
    """Is the cue inside ', which ... ,' and the quote after that clause?
    Then the clause is an aside and the quote belongs to the main verb."""
    opener = next((m for m in range(c - 1, max(floor, c - 12) - 1, -1) if tokens[m].kind != WORD), None)
    if opener is None or tokens[opener].text != "," or opener + 1 >= c or tokens[opener + 1].lower not in _RELATIVES:
        return False
    return any(t.text == "," for t in tokens[c + 1 : qi])


def _own_cue_before(block: Block, qi: int) -> bool:
    """Does a verb of saying stand before the quote in its own sentence?"""
    s0 = block.sentences[block.sentence_of[qi]][0]
    tokens = block.tokens
    return any(
        s0 <= c < qi and not _is_weak(tokens[c])
        and (tokens[c - 1].lower in ("that", "which", "who") or not _used_as_noun(tokens, c, s0))  # "a piece that noted"
        for c in block.cues(block.sentence_of[qi])
    )
