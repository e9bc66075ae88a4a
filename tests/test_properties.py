"""Invariants of the extractor on any text, junk included."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from quotes import extract
from quotes.extract.namewords import _LowerWords

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


_WORDISH = st.text(alphabet="abé1_-'’ .,\nA", max_size=60)


@settings(max_examples=200, deadline=None)
@given(text=_WORDISH, words=st.lists(st.text(alphabet="abé1_-'’.A", min_size=1, max_size=4), max_size=40))
def test_lower_case_words_read_from_a_set_as_found_by_search(text: str, words: list[str]) -> None:
    """After its first searches the article's lower-case words are read from
    a set of its words (linear time); either way the answer is the same."""
    searched, from_set = _LowerWords(text), _LowerWords(text)
    searched._searches = -len(words) - 1  # (never reaches the set)
    from_set._searches = 10**6  # (always does, where a word can be in it)
    for word in words:
        assert (word in searched) == (word in from_set), (text, word)
