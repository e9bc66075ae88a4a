"""The in-memory speaker index behind cross-article resolution."""

from __future__ import annotations

from quotes.ingest import ingest
from quotes.resolve import SpeakerIndex


def index_with(*people: tuple[int, str, str]) -> SpeakerIndex:
    index = SpeakerIndex()
    for speaker_id, name, kind in people:
        index.add(speaker_id, name, kind)
    return index


def test_exact_alias_wins() -> None:
    index = index_with((1, "Patricia H. Hyde", "person"))
    assert index.resolve("Patricia H. Hyde", "person").speaker_id == 1
    assert index.resolve("patricia h. hyde", "person").score is None  # no merge: same alias


def test_full_name_variant_joins_with_score_and_reason() -> None:
    index = index_with((1, "Patricia H. Hyde", "person"))
    decision = index.resolve("Patricia Hyde", "person")
    assert decision.speaker_id == 1 and decision.score and "middle initial" in decision.reason


def test_bare_surname_needs_exactly_one_candidate() -> None:
    one = index_with((1, "Jodi Cohen", "person"))
    assert one.resolve("Cohen", "person").speaker_id == 1
    two = index_with((1, "Daniel Reyes", "person"), (2, "Maria Reyes", "person"))
    decision = two.resolve("Reyes", "person")
    assert decision.speaker_id is None and decision.flagged
    assert sorted(c[0] for c in decision.review) == [1, 2]


def test_conflicting_first_names_make_a_new_speaker() -> None:
    index = index_with((1, "Bill Clinton", "person"))
    assert index.resolve("Hillary Clinton", "person").speaker_id is None


def test_people_never_match_organisations() -> None:
    index = index_with((1, "Ford", "organization"))
    assert index.resolve("Ford", "person").speaker_id is None
    assert index.resolve("the Ford", "organization").speaker_id == 1


def test_pin_overrides_similarity() -> None:
    index = index_with((1, "Patricia H. Hyde", "person"))
    index.pins["patricia hyde"] = 7
    assert index.resolve("Patricia Hyde", "person").speaker_id == 7


def test_two_strong_candidates_are_ambiguous() -> None:
    index = index_with((1, "William Smith", "person"), (2, "Will Smith", "person"))
    decision = index.resolve("Bill Smith", "person")
    assert decision.speaker_id is None
    assert {c[0] for c in decision.review} == {1, 2}
    assert all(reason.startswith("ambiguous") for _, _, reason in decision.review)


def test_two_given_names_that_sound_apart_are_two_people(tmp_path) -> None:
    from quotes.models import Article
    from quotes.store import QuoteStore

    with QuoteStore(tmp_path / "r.db") as store:
        ingest(store, [Article("1", '"We will win," Ivanka Trump said.'), Article("2", '"I was his first wife," Ivana Trump said.'),
                      Article("3", '"Hope matters," Michelle Wu said.'), Article("4", '"Hope still matters," Michele Wu said.')])
        names = sorted(r[0] for r in store.db.execute("SELECT name FROM speakers WHERE merged_into IS NULL"))
    # Ivana is a name of its own, not a slip for Ivanka; Michele sounds like Michelle.
    assert names == ["Ivana Trump", "Ivanka Trump", "Michelle Wu"]
