"""The extractor on (text, expected) tables, one per attribution shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import extract
from quotes.articles import ReadOptions, read_path

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in extract(text)]


def check_offsets(text: str) -> None:
    for q in extract(text):
        assert text[q.start : q.end] == q.quote
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention


@pytest.mark.parametrize(
    "text, expected",
    [
        # speaker after the quote
        ('"We will win," Hyde said.', [("We will win", "Hyde")]),
        # inverted order
        ('"We will win," said Patricia Hyde.', [("We will win", "Patricia Hyde")]),
        # curly marks
        ("“We will win,” Maria Reyes said.", [("We will win", "Maria Reyes")]),
        # speaker before, colon introduction
        ('Jodi Cohen said: "The networks are rebuilding."', [("The networks are rebuilding.", "Jodi Cohen")]),
        # speaker before with a comma
        ('Maria Reyes told reporters, "We need more lawyers."', [("We need more lawyers.", "Maria Reyes")]),
        # according to
        (
            'The police "learned about it on the news," according to Michelle Wu.',
            [("learned about it on the news", "Michelle Wu")],
        ),
        (
            'According to Michelle Wu, "the city was never told about the operation."',
            [("the city was never told about the operation.", "Michelle Wu")],
        ),
        # a quote split by its attribution
        (
            'Daniel Reyes spoke last. "We can do this," he said, "but we have to do it honestly."',
            [("We can do this", "Daniel Reyes"), ("but we have to do it honestly.", "Daniel Reyes")],
        ),
        # split across sentences
        (
            '"We did not write this in reaction to anybody," Thomas Brennan said. "We wrote it because the need is real."',
            [
                ("We did not write this in reaction to anybody", "Thomas Brennan"),
                ("We wrote it because the need is real.", "Thomas Brennan"),
            ],
        ),
        # question and exclamation marks before the attribution
        ('"Are we safe going to work tomorrow?" asked Daniel Reyes.', [("Are we safe going to work tomorrow?", "Daniel Reyes")]),
        # a reporting verb other than said
        ('"This is a bad bill," Carol Whitfield tweeted.', [("This is a bad bill", "Carol Whitfield")]),
        ('"It will pass by July," Carol Whitfield insisted.', [("It will pass by July", "Carol Whitfield")]),
    ],
)
def test_attribution_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected
    check_offsets(text)


@pytest.mark.parametrize(
    "text, quote, speaker, role",
    [
        (
            '"The networks are rebuilding," Special Agent in Charge of the FBI Boston Division Jodi Cohen said.',
            "The networks are rebuilding",
            "Jodi Cohen",
            "Special Agent in Charge of the FBI Boston Division",
        ),
        (
            "\"The networks are rebuilding,\" Jodi Cohen, the FBI's special agent in charge, said.",
            "The networks are rebuilding",
            "Jodi Cohen",
            "FBI's special agent in charge",
        ),
        (
            '"It was a mistake," said Matt Mackowiak, a veteran Republican strategist.',
            "It was a mistake",
            "Matt Mackowiak",
            "veteran Republican strategist",
        ),
        (
            '"We will be fine," Sen. Bernie Sanders said.',
            "We will be fine",
            "Bernie Sanders",
            "Sen.",
        ),
    ],
)
def test_names_are_separated_from_roles(text: str, quote: str, speaker: str, role: str) -> None:
    (q,) = extract(text)
    assert (q.quote, q.speaker, q.role) == (quote, speaker, role)
    assert q.speaker_kind == "person"


@pytest.mark.parametrize(
    "text, expected_speaker, expected_mention",
    [
        # surname back to the full name
        (
            'Patricia H. Hyde runs the office.\n\n"We follow the law," Hyde said.',
            "Patricia H. Hyde",
            "Hyde",
        ),
        # honorific form
        (
            'Donald Trump spoke on Monday.\n\n"It was great," Mr. Trump said.',
            "Donald Trump",
            "Trump",
        ),
        # first name only
        (
            'Michelle Wu spoke first.\n\n"We are ready," Michelle said.',
            "Michelle Wu",
            "Michelle",
        ),
        # pronoun to the most recent compatible person
        (
            "Mayor Michelle Wu spoke after Governor Thomas Brennan.\n\n\"We are ready,\" she said.",
            "Michelle Wu",
            "she",
        ),
        (
            "Michelle Wu met Thomas Brennan on Friday.\n\n\"We are ready,\" he said.",
            "Thomas Brennan",
            "he",
        ),
        # a definite description back to a titled name
        (
            'Councilor Daniel Reyes opened the hearing.\n\nThe money "has to come from somewhere," the councilor said.',
            "Daniel Reyes",
            "the councilor",
        ),
    ],
)
def test_mentions_resolve_within_the_article(text: str, expected_speaker: str, expected_mention: str) -> None:
    quotes = extract(text)
    assert quotes, text
    q = quotes[-1]
    assert (q.speaker, q.speaker_mention) == (expected_speaker, expected_mention)
    check_offsets(text)


def test_gender_from_honorifics_beats_recency() -> None:
    text = (
        "Ms. Hyde met Robert Mason on Tuesday. Mason left early.\n\n"
        '"We will publish the numbers," she said.'
    )
    (q,) = extract(text)
    assert q.speaker == "Hyde" or q.speaker.endswith("Hyde")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ('Arrests rose, and 205 had "significant criminal convictions," the release noted.', "release", "document"),
        ('"We do not enforce civil immigration law," the FBI said.', "FBI", "organization"),
        ('"We will appeal," the Justice Department said.', "Justice Department", "organization"),
        ('"The numbers are final," the statement said.', "statement", "document"),
    ],
)
def test_documents_and_organisations_speak(text: str, speaker: str, kind: str) -> None:
    (q,) = extract(text)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


def test_document_named_after_its_issuer() -> None:
    text = (
        '"We arrested 370 people," ICE acting director Patricia H. Hyde said in a press release.\n\n'
        'Of those, 205 had "significant criminal convictions or charges," the release noted.'
    )
    quotes = extract(text)
    assert [q.speaker for q in quotes] == ["Patricia H. Hyde", "ICE press release"]
    assert quotes[1].speaker_kind == "document"
    assert quotes[1].speaker_mention == "the release"


def test_partial_quotes_take_the_sentence_speaker() -> None:
    text = (
        'The operation targeted "egregious criminal alien offenders," the release notes, '
        'including gang members who were operating "in and around Boston."'
    )
    quotes = extract(text)
    assert [(q.quote, q.speaker, q.kind) for q in quotes] == [
        ("egregious criminal alien offenders", "release", "partial"),
        ("in and around Boston.", "release", "partial"),
    ]


def test_multi_paragraph_quote_is_a_statement_a_paragraph() -> None:
    """News reopens a long quote on each paragraph: each paragraph's part is
    a quote of the same speaker, without the mark that reopens it."""
    text = (
        "Wu answered him directly:\n\n"
        '"Yes. The city will not use its police to do the federal job.\n\n'
        '"And we will make sure every family knows its rights."\n\n'
        "The council adjourned."
    )
    first, second = extract(text)
    assert first.quote == "Yes. The city will not use its police to do the federal job."
    assert second.quote == "And we will make sure every family knows its rights."
    assert [q.kind for q in (first, second)] == ["multi-paragraph"] * 2
    assert [q.paragraph for q in (first, second)] == [1, 2]
    assert first.speaker == second.speaker == "Wu"
    check_offsets(text)


def test_continuation_paragraph_keeps_the_speaker() -> None:
    text = (
        '"We saw a 30 percent drop in visits," Dr. Anita Kapoor said.\n\n'
        '"Parents are choosing between their children\'s health and their own safety."'
    )
    quotes = extract(text)
    assert [q.speaker for q in quotes] == ["Anita Kapoor", "Anita Kapoor"]


@pytest.mark.parametrize(
    "text",
    [
        'The raids came despite Boston\'s status as one of several so-called "sanctuary" cities.',
        'He hosted "Saturday Night Live" last year.',
        'The program "Boston Today" airs on Sundays.',
        'Fans of the "Fight for 15" movement gathered.',
        'Ana Lima said the three envoys were known as the "Three Wise Men."',
        'She read his memoir "Roads North" twice, said Ana Lima.',
    ],
)
def test_scare_quotes_and_titles_are_not_statements(text: str) -> None:
    assert extract(text) == []


def test_statement_without_speaker_has_null_speaker_and_low_confidence() -> None:
    text = 'The crowd was loud.\n\n"This is the worst decision this council has ever made in all my years."'
    (q,) = extract(text)
    assert q.speaker is None and q.confidence < 0.5


@pytest.mark.parametrize(
    "text, expected",
    [
        # single quotes nested inside double quotes stay inside the statement
        (
            "\"The whole idea of a 'Crooked Hillary' is something we hear about,\" Michelle Marks said.",
            [("The whole idea of a 'Crooked Hillary' is something we hear about", "Michelle Marks")],
        ),
        # apostrophes are not quotation marks
        (
            "\"It's the mayor's call, and she's made it,\" Daniel Reyes said.",
            [("It's the mayor's call, and she's made it", "Daniel Reyes")],
        ),
        # an unbalanced mark does not swallow the rest of the article
        (
            'He complained that "this never ends and nobody will ever fix it.\n\nThe council voted. "We are ready," Maria Reyes said.',
            [("this never ends and nobody will ever fix it.", None), ("We are ready", "Maria Reyes")],
        ),
    ],
)
def test_quotation_marks(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = speakers(text)
    assert got == expected
    check_offsets(text)


def test_markup_attributes_are_not_quotes() -> None:
    text = '<tweet author="@someone" date="2016-02-09">Nice day</tweet>\n\n"We won," Ted Cruz said.'
    assert speakers(text) == [("We won", "Ted Cruz")]


def test_empty_and_quoteless_text() -> None:
    assert extract("") == []
    assert extract("No quotation marks here at all.") == []


def test_seed_article() -> None:
    (article,) = read_path(SAMPLE / "ice-boston-2025-03-25.txt", ReadOptions())
    quotes = extract(article.text)
    got = [(q.quote[:40], q.speaker, q.speaker_kind) for q in quotes]
    assert got == [
        ("The Commonwealth is a safer place for ou", "Patricia H. Hyde", "person"),
        ("significant criminal convictions or char", "ICE press release", "document"),
        ("currently facing charges or convictions ", "ICE press release", "document"),
        ("egregious criminal alien offenders", "ICE press release", "document"),
        ("in and around Boston.", "ICE press release", "document"),
        ("No one tells Boston how to take care of ", "Michelle Wu", "person"),
        ("You belong here", "Michelle Wu", "person"),
        ("Safeguarding the integrity of the immigr", "Jodi Cohen", "person"),
        ("ICE and our federal law enforcement part", "Patricia H. Hyde", "person"),
    ]
    by_start = {q.quote[:20]: q for q in quotes}
    assert by_start["No one tells Boston "].speaker_mention == "she"
    assert by_start["ICE and our federal "].speaker_mention == "Hyde"
    assert by_start["The Commonwealth is "].role == (
        "ICE Enforcement and Removal Operations Boston acting Field Office Director"
    )
    assert by_start["Safeguarding the int"].role == "Special Agent in Charge of the FBI Boston Division"
    assert all("sanctuary" not in q.quote for q in quotes)
    for q in quotes:
        assert article.text[q.start : q.end] == q.quote
        assert article.text[q.speaker_start : q.speaker_end] == q.speaker_mention
