"""Each attribution sieve on its own: one sentence per sieve (written here,
not taken from any corpus) and the sieve that must place its quote.

The order of the sieves is the policy (``quotes.extract.sieves``); a
sentence here is the simplest shape that reaches its sieve past the ones
before it, so a change that makes an earlier sieve take it shows up here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.extract.confidence import OVERALL_SHARE_SIEVES, UNRESOLVED, measured_sieves, on_unseen_news, table_share
from quotes.extract.pipeline import placed_quotes
from quotes.extract.sieves import (
    ARTICLE_SIEVES,
    BLOCK_SIEVES,
    FINER_LABELS,
    PARAGRAPH_SIEVES,
    SIEVE_LABELS,
    STRONG_SIEVES,
)

# (sieve, article text, the quote's first words, speaker)
CASES = [
    ("trailing", '"We will rebuild the bridge by spring," Mayor Ana Duarte said on Tuesday.',
     "We will rebuild", "Ana Duarte"),
    ("dash", 'The town hall was full.\n\n"We will rebuild the bridge." — Ana Duarte, city engineer',
     "We will rebuild", "Ana Duarte"),
    ("leading", 'Mayor Ana Duarte said on Tuesday: "We will rebuild the bridge by spring."',
     "We will rebuild", "Ana Duarte"),
    ("same_sentence", 'The mayor, Ana Duarte, wants the bridge "rebuilt by spring" and "open to every truck," she said.',
     "rebuilt by spring", "Ana Duarte"),
    ("sentence_cue", "Ana Duarte told reporters gathered at the town hall on a cold and windy Tuesday morning that the "
     'old bridge was "a danger to every family in the valley."', "a danger", "Ana Duarte"),
    ("adjacent", '"We will rebuild the bridge by spring," Mayor Ana Duarte said. "It will take every crew we have."',
     "It will take", "Ana Duarte"),
    ("colon_subject", 'And then Ana Duarte shrugged: "We will rebuild the bridge by spring."',
     "We will rebuild", "Ana Duarte"),
    ("reported_speech", 'Mayor Ana Duarte said the work would start soon. "We will rebuild the bridge by spring."',
     "We will rebuild", "Ana Duarte"),
    ("previous_subject", 'Mayor Ana Duarte toured the site on Monday. "We will rebuild the bridge by spring."',
     "We will rebuild", "Ana Duarte"),
    ("conversation", '"Will the bridge open by spring?" asked Tomas Reyes.\n\n"Not before summer," replied Ana Duarte.'
     '\n\n"Why so late?"\n\n"The steel comes from abroad."', "Why so late", "Tomas Reyes"),
    ("continuation", '"We will rebuild the bridge by spring," Mayor Ana Duarte said.\n\n'
     '"It will take every crew we have, and more."', "It will take", "Ana Duarte"),
    ("heading", '"We will rebuild the bridge"\n\nMayor Ana Duarte told the council, "I want the bridge rebuilt by spring."',
     "We will rebuild", "Ana Duarte"),
    ("posted_under", 'Updates\n\nValley Bridge Company - works begin\n\n"We will rebuild the bridge by spring, and every '
     'crew we have will be on it."', "We will rebuild", "Valley Bridge Company"),
    ("repeated", '"We will rebuild the bridge by spring"\n\nMayor Ana Duarte spoke on Monday.\n\nDuarte said: "The road '
     'stays shut, and we will rebuild the bridge by spring."', "We will rebuild", "Ana Duarte"),
    ("headline_subject", "‘We will rebuild the bridge’: Valley mayor Ana Duarte on the flood\n\nThe river rose on Monday.",
     "We will rebuild", "Ana Duarte"),
]


def _sieve_of(features: tuple[str, ...]) -> str:
    return features[1] if features[0] == UNRESOLVED else features[0]


@pytest.mark.parametrize("sieve, text, opening, speaker", CASES, ids=[c[0] for c in CASES])
def test_the_sieve_places_its_sentence(sieve: str, text: str, opening: str, speaker: str) -> None:
    placed = [(q, f) for q, f in placed_quotes(text) if q.quote.startswith(opening)]
    assert len(placed) == 1, placed
    quote, features = placed[0]
    assert _sieve_of(features) == sieve
    assert quote.speaker == speaker


def test_every_label_has_a_sentence() -> None:
    assert sorted(SIEVE_LABELS) == sorted(c[0] for c in CASES)


def test_every_sieve_is_named_as_its_label_and_shows_its_sentence() -> None:
    for sieve in (*BLOCK_SIEVES, *PARAGRAPH_SIEVES, *ARTICLE_SIEVES):
        assert sieve.__name__ in SIEVE_LABELS
        assert sieve.__doc__ and ('"' in sieve.__doc__ or "'" in sieve.__doc__), sieve.__name__
    assert set(FINER_LABELS) <= set(SIEVE_LABELS)
    assert STRONG_SIEVES <= set(SIEVE_LABELS)


def test_every_sieve_has_a_confidence_row_or_a_stated_fallback() -> None:
    measured = measured_sieves()
    for label in SIEVE_LABELS:
        assert (label in measured) != (label in OVERALL_SHARE_SIEVES), label


@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.0, max_value=1.0))
def test_the_unseen_map_keeps_the_order_of_shares(a: float, b: float) -> None:
    # A cell measured right more often never reads as less confident on
    # unseen news, and every confidence stays a share.
    low, high = sorted((a, b))
    assert 0.0 <= on_unseen_news(low) <= on_unseen_news(high) <= 1.0


def test_the_unseen_map_lowers_what_the_written_from_news_promised() -> None:
    # Measured (bench/calibrate_unseen.py): a build right nine times in ten
    # where its rules were written from is right less often on news it never saw.
    assert on_unseen_news(0.0) == 0.0
    assert on_unseen_news(0.9) < 0.9
    assert placed_quotes('"We will rebuild," Hyde said.')[0][0].confidence == on_unseen_news(
        table_share(placed_quotes('"We will rebuild," Hyde said.')[0][1]))


def test_a_quotation_never_closed_is_no_headline() -> None:
    # The headline sieve reads the colon after a closing mark: a quotation
    # left open (a novel's paragraph that runs on) has none, and is passed over.
    text = '"We will rebuild the bridge\n\nThe river rose: farmers count the cost.\n\n"And then," said Ana Duarte.'
    assert [q.speaker for q, _ in placed_quotes(text)][-1:] == ["Ana Duarte"]
