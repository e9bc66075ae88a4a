"""Name comparison: who may be one person, and who never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.names import compare_people, fold, organization_key, parse_person, soundex


@pytest.mark.parametrize(
    "a, b, reason_part",
    [
        ("Patricia H. Hyde", "Patricia Hyde", "middle initial"),
        ("Michelle Wu", "Michele Wu", "first-name spelling"),
        ("Bill Clinton", "William Clinton", "nickname"),
        ("Pat Hyde", "Patricia Hyde", "nickname"),
        ("Thomas J. Brennan", "Tom Brennan", "nickname"),
        ("Sen. Bernie Sanders", "Bernie Sanders", "same name"),
        ("José Núñez", "Jose Nunez", "same name"),
        ("P. Hyde", "Patricia Hyde", "initial"),
        ("Donald Trump's", "Donald Trump", "same name"),
    ],
)
def test_same_person(a: str, b: str, reason_part: str) -> None:
    match = compare_people(parse_person(a), parse_person(b))
    assert match is not None and reason_part in match.reason


@pytest.mark.parametrize(
    "a, b",
    [
        ("Bill Clinton", "Hillary Clinton"),
        ("Eric Trump", "Donald Trump"),
        ("Jeb Bush", "George W. Bush"),
        ("George W. Bush", "George H. W. Bush"),
        ("Rand Paul", "Ron Paul"),
        ("Donald Trump", "Donald Trump Jr."),
        ("Daniel Reyes", "Maria Reyes"),
        ("Bill Clinton", "Bob Clinton"),
        ("Joe Biden", "Jill Biden"),
        ("East German", "East Germany"),
    ],
)
def test_never_the_same_person(a: str, b: str) -> None:
    assert compare_people(parse_person(a), parse_person(b)) is None


def test_parse_drops_titles_and_keeps_suffix() -> None:
    assert parse_person("Gov. Thomas J. Brennan") == parse_person("Thomas J. Brennan")
    name = parse_person("Donald J. Trump Jr.")
    assert (name.first, name.middle, name.last, name.suffix) == ("donald", "j", "trump", "jr")
    assert parse_person("Hyde").first == "" and parse_person("Mr. Trump").last == "trump"
    assert parse_person("Trump Jr.").suffix == "jr"


def test_fold_and_keys() -> None:
    assert fold("Núñez’s") == "nunez"
    assert organization_key("The FBI") == "fbi"
    assert soundex("hyde") == soundex("hide") == "h300"


def test_old_name_table_caches_are_forgotten(tmp_path: Path) -> None:
    """A cache untouched for a month goes when a new one is written; a fresh one stays."""
    import os
    import time

    from quotes.language.namelists import _forget_old_caches

    kept, recent, stale = (tmp_path / f"names-{n}.pickle" for n in ("kept", "recent", "stale"))
    for path in (kept, recent, stale):
        path.write_bytes(b"x")
    month_ago = time.time() - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    _forget_old_caches(kept, "names")
    assert kept.exists() and recent.exists() and not stale.exists()
