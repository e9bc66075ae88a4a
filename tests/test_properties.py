"""Invariants of the extractor on any text, junk included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import extract

# Text built from the pieces that trouble a quote parser: every kind of
# quotation mark, apostrophes, paragraph breaks, cue words, names, pronouns.
PIECES = st.sampled_from(
    [
        '"', "“", "”", "'", "‘", "’", "«", "»", "\n", "\n\n", " ", ",", ".", ":", "?", "—",
        "said", "told", "according to", "he", "she", "they", "the release", "Hyde",
        "Patricia H. Hyde", "Mr.", "Sen.", "Michelle Wu", "(R-Utah)", "<tweet a=\"b\">",
        "word", "Boston", "it's", "so-called", "A", "I",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_any_text_extracts_and_offsets_slice_back(text: str) -> None:
    quotes = extract(text)
    previous_start = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.quote
        assert q.start > previous_start  # in text order, no duplicates
        previous_start = q.start
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        assert 0.0 <= q.confidence <= 1.0
        assert q.speaker_kind in ("person", "organization", "document", "unknown")


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_extraction_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)
