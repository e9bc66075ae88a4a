"""The language data: every verb list a pattern reads is drawn from the one
verb table, so that adding a reporting verb is one line in one place."""

from __future__ import annotations

import pytest

from quotes.language import lexicon


@pytest.mark.parametrize("name", ["REPORTED_SPEECH_VERBS", "BODY_STATEMENT_VERBS", "SUBJECT_SAID_VERBS",
                                  "IN_A_STATEMENT_VERBS"])
def test_a_pattern_s_verbs_come_from_the_verb_table(name: str) -> None:
    verbs = getattr(lexicon, name)
    assert verbs and set(verbs) <= lexicon.CUE_WORDS, set(verbs) - lexicon.CUE_WORDS


def test_alternation_tries_the_longer_word_first() -> None:
    assert lexicon.alternation(["state", "statement"]).startswith("statement|")
