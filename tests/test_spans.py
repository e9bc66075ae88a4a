"""Quotation-mark pairing."""

from __future__ import annotations

import pytest

from quotes.extract.spans import Paragraphs, find_quote_spans


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes," and left.', ["yes"]),
        ("He said “yes,” and left.", ["yes"]),
        # straight marks read from their flanks, even when curly ones mix in
        ('“I think so." She left.', ["I think so."]),
        ("It's John's \"big day,\" he said.", ["big day"]),
        ("\"She called it 'a disaster,'\" he said.", ["She called it 'a disaster,'"]),
        # multi-paragraph: reopened, closed only at the end
        ('"One.\n\n"Two.\n\n"Three," he said.', ['One.\n\n"Two.\n\n"Three']),
        # unclosed at the paragraph end and not reopened: cut there
        ('"One two three\n\nNext paragraph "quoted" here.', ["One two three", "quoted"]),
        # a stray closing mark is ignored
        ("Stray ” mark and “real one” here.", ["real one"]),
        # markup attributes are not quotes
        ('<tweet author="@x">"Hello there," she wrote.</tweet>', ["Hello there"]),
        ("", []),
        ('""', []),
        ('"', []),
    ],
)
def test_pairing(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_multi_paragraph_span_records_its_paragraphs() -> None:
    text = 'Intro.\n\n"One.\n\n"Two," he said.'
    (span,) = find_quote_spans(text)
    assert (span.paragraph, span.paragraphs, span.close_mark is not None) == (1, 2, True)


def test_paragraph_lookup() -> None:
    text = "a\n\nb\nc"
    paragraphs = Paragraphs(text)
    assert [paragraphs.index(i) for i in range(len(text))] == [0, 0, 0, 1, 1, 2]


def test_hard_wrapped_lines_are_not_paragraphs() -> None:
    lines = ["Line of a book that wraps at about seventy characters, as they do,"] * 12
    book = "\n".join(lines[:6]) + ' "A quote that\nruns over a line," said Mr.\nBumble.\n\n' + "\n".join(lines[6:])
    (span,) = find_quote_spans(book)
    assert book[span.start : span.end] == "A quote that\nruns over a line"
    assert len(Paragraphs(book)) == 2


def test_news_lines_are_paragraphs() -> None:
    text = "A long news paragraph that runs on and on without any wrapping at all. " * 3
    assert len(Paragraphs(text + "\n" + text + "\n\n" + text)) == 3
