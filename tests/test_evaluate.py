"""The scorer behind `quotes eval`."""

from __future__ import annotations

import pytest

from quotes.evaluate import names_agree, score_document


@pytest.mark.parametrize(
    "predicted, gold, agree",
    [
        ("Donald Trump", "Trump", True),
        ("Mr. Trump", "Donald J. Trump", True),
        ("Eric Trump", "Donald Trump", False),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Sen. Bernie Sanders", "Bernie Sanders", True),
        ("", "Trump", False),
    ],
)
def test_names_agree(predicted: str, gold: str, agree: bool) -> None:
    assert names_agree(predicted, gold) is agree


def test_mixed_quote_asks_only_for_its_quoted_words() -> None:
    text = 'She said the plan was "a disaster" for everyone.'
    start = text.index("the plan")
    doc = {"text": text, "quotes": [{"start": start, "end": len(text) - 1, "speaker": "She", "kind": "mixed",
                                     "speaker_fragments": [[0, 3]]}]}
    q = text.index("a disaster")
    found = score_document(doc, [{"start": q, "end": q + 10, "speaker_start": 0, "speaker_end": 3}])
    assert (found.gold, found.gold_found, found.gold_attributed, found.predicted_right) == (1, 1, 1, 1)
    missed = score_document(doc, [])
    assert (missed.gold, missed.gold_found) == (1, 0)


def test_indirect_quotes_are_not_asked_for() -> None:
    text = "She said the plan was bad."
    doc = {"text": text, "quotes": [{"start": 9, "end": 25, "speaker": "She", "kind": "indirect"}]}
    assert score_document(doc, []).gold == 0


def test_prediction_outside_gold_is_wrong() -> None:
    text = 'He said "yes." Then "no."'
    doc = {"text": text, "quotes": [{"start": 8, "end": 14, "speaker": "He", "kind": "direct"}]}
    counts = score_document(doc, [{"start": 9, "end": 13}, {"start": 21, "end": 24}])
    assert (counts.predicted, counts.predicted_right) == (2, 1)
