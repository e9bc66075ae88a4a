"""Attribution: which words of the article name each quote's speaker.

The article is read a block at a time (a paragraph, or the paragraphs one
quote runs over): the block sieves run over it in their declared order, then
a paragraph that opens with a quote none of them placed is offered to the
paragraph sieves, and at the end the article sieves read the whole. The
sieves and their order are in ``sieves.py``.
"""

from __future__ import annotations

from .cues import Attribution, Block
from .sieves import ARTICLE_SIEVES, BLOCK_SIEVES, PARAGRAPH_SIEVES, Opening, Placed
from .spans import Paragraphs, QuoteSpan
from .tokens import tokenize


def attribute_block(text: str, block: Block, out: Placed) -> None:
    """Run the block sieves over the quotes of one block, in policy order."""
    for sieve in BLOCK_SIEVES:
        sieve(text, block, out)


def attribute(text: str, spans: list[QuoteSpan], paragraphs: Paragraphs) -> Placed:
    """Attributions by span index, for the spans the sieves could place."""
    out: Placed = {}
    previous: Block | None = None
    previous_para = -2
    turns: list[tuple[int, Attribution | None]] = []  # see Opening.turns
    span_paragraphs = [span.paragraph for span in spans]  # in order
    for block_start_para, block_end_para, first_span in _blocks(spans, paragraphs):
        lo = paragraphs.starts[block_start_para]
        hi = paragraphs.ends[block_end_para]
        block = Block(tokenize(text, lo, hi, spans, first_span))
        attribute_block(text, block, out)
        qi = block.quote_tokens[0]
        opens_with_quote = qi == 0
        if opens_with_quote and block.tokens[qi].quote not in out and block_start_para > 0:
            opening = Opening(text, spans, paragraphs, span_paragraphs, block_start_para, previous, previous_para,
                              turns, out)
            for sieve in PARAGRAPH_SIEVES:
                inherited = sieve(opening)
                if inherited is not None:
                    for q in block.quote_tokens:
                        if block.tokens[q].quote not in out:
                            out[block.tokens[q].quote] = inherited
                    break
        if opens_with_quote:
            turns = (turns + [(block_end_para, out.get(block.tokens[qi].quote))])[-2:]
        else:
            turns = []
        previous, previous_para = block, block_end_para
    for article_sieve in ARTICLE_SIEVES:
        article_sieve(text, spans, paragraphs, out)
    return out


def _blocks(spans: list[QuoteSpan], paragraphs: Paragraphs):
    """(first paragraph, last paragraph, first span index) of each run of
    paragraphs that quotes hold together."""
    i = 0
    n = len(spans)
    while i < n:
        para = spans[i].paragraph
        last = para + spans[i].paragraphs - 1
        first_span = i
        i += 1
        while i < n and spans[i].paragraph <= last:
            if spans[i].paragraphs > 1:  # (most quotes stay in their paragraph)
                last = max(last, spans[i].paragraph + spans[i].paragraphs - 1)
            i += 1
        yield para, last, first_span
