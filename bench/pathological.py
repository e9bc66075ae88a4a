"""Pathological inputs: how long each takes, per megabyte, and whether the
time stays linear in the size.

    python bench/pathological.py [--size MB] [--paragraphs N]

Three groups:

1. The inputs issue 7 named, each built to hit a weak spot that once took
   minutes: a paragraph of 100,000-style quotation marks (224 CPU s for
   200 KB), unbalanced marks, one long line, a header line of 'Date ' and
   50,000 spaces (27 s), a web archive with a header line of 40 MB (26 s) or
   no archive at all, one line long, a full-text search over a quote that holds the
   search word 40,000 times (10 s). Target: under 1 s per MB.
2. Ordinary quotes packed densely: a quote every 16 to 46 bytes, where news
   has one every 500 or so. Their cost is that of their quotes (tens of
   microseconds each, less than a quote of news costs, about 260); it is
   printed per MB and per quote, as a reference, not against the 1 s line.
3. Generated articles of many people, bodies and documents, one paragraph
   pattern repeated with new names, at N and 4N paragraphs: each asks one
   of the resolver's look-ups once a quote (a surname one letter off, the
   one person of a title, the body "the company" is, a document's author,
   relatives, dialogue turns ...). Target: four times the paragraphs take
   about four times as long (a ratio under 5); a look-up that reads a
   whole list once a quote shows as a ratio of 8 to 16.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes import query  # noqa: E402
from quotes.articles import parse_text_article  # noqa: E402
from quotes.extract import extract  # noqa: E402
from quotes.ingest import ingest
from quotes.inputs.base import ReadOptions  # noqa: E402
from quotes.models import Article  # noqa: E402
from quotes.store import QuoteStore  # noqa: E402


def timed(function: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    function(text)
    return time.process_time() - start


def per_mb(name: str, function: Callable[[str], object], text: str, size: int | None = None) -> None:
    """``size``: the bytes the work is about, when not the argument's."""
    seconds = timed(function, text)
    mb = (size or len(text.encode("utf-8"))) / 1e6
    print(f"  {name:46} {mb:6.2f} MB {seconds:7.2f} s  {seconds / mb:6.2f} s/MB")


def dense(name: str, text: str) -> None:
    found: list[int] = []
    seconds = timed(lambda t: found.append(len(extract(t))), text)  # (the quotes of the timed run: extracted once)
    mb = len(text.encode("utf-8")) / 1e6
    quotes = found[0]
    print(f"  {name:46} {mb:6.2f} MB {seconds:7.2f} s  {seconds / mb:6.2f} s/MB  "
          f"{seconds / max(quotes, 1) * 1e6:5.0f} us a quote")


_GIVEN = "Ana Maria John Peter Grace Kofi Amina Lucas Sofia Ivan Chen Priya Omar Fatima Diego Elena".split()
_FAMILY_FIRST = "Xi Li Wang Zhang Liu Chen Yang Zhao".split()


def _paragraphs(rng: random.Random) -> dict[str, str]:
    """One paragraph of each kind of generated article, with names of its own."""
    def surname() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(rng.choice("aeioulnrstkm") for _ in range(7))

    name = f"{rng.choice(_GIVEN)} {surname()}"
    last = name.split()[1]
    return {
        "a surname one letter off, asked for": f'{name} spoke first.\n\n"We grow," {surname()} said.\n\n',
        "the one person of a title": f'{name} visited the plant.\n\n"We are ready," the minister said.\n\n',
        "a surname back to its full name": f'{name} spoke first.\n\n"We are ready," {last} said.\n\n',
        "a body's statement, then 'the statement'":
            f'{surname()} Holdings said in a statement that it grew.\n\n"We grow," the statement said.\n\n',
        "a document, then 'it says'":
            f'The report, published by {surname()} Institute, says growth will slow.\n\n"We see risks," it says.\n\n',
        "a one-word name a body's name ends in": f'{surname()} Machine Records signed a singer.\n\n"It is done," Machine said.\n\n',
        "a relative between commas": f'{name} lost her son, {surname()}, in May.\n\n"He was kind," {last} said.\n\n',
        "he after two people": f'{name} arrived late. {rng.choice(_GIVEN)} {surname()} left early.\n\n"We are ready," he said.\n\n',
        "a description: 'the 24-year-old'":
            f'{rng.choice(_GIVEN)} {surname()}, 24, won the race.\n\n"It was hard," the 24-year-old said.\n\n',
        "'one of them said'": f'Three nurses at {surname()} Hospital spoke to us.\n\n"It is bad," one of them said.\n\n',
        "known as": f'{rng.choice(_GIVEN)} {surname()}, known as {last}, spoke.\n\n"We grow," {last} said.\n\n',
        "a family name written first": (lambda f: f'{f} {surname()} met the envoy.\n\n"We agree," {f} said.\n\n')(
            rng.choice(_FAMILY_FIRST)),
        "dialogue turns": f'"Where were you?" asked {name}.\n\n"Out," said {rng.choice(_GIVEN)} {surname()}.\n\n'
                          '"Why?"\n\n"No reason."\n\n',
        "a letter from a title": f'A letter from the CEO of {surname()} Holdings reached staff. {name} wrote that cuts '
                                 'were coming.\n\n"We must act," the letter said.\n\n',
        "'they' after a body": f'Officials at {surname()} Bank met.\n\n"We hold," they said.\n\n',
    }


KINDS = list(_paragraphs(random.Random(0)))


def generated(kind: str, paragraphs: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(_paragraphs(rng)[kind] for _ in range(paragraphs))


def _warc_with_long_header(size: int) -> bytes:
    return b"WARC/1.0\r\nWARC-Type: response\r\nX-Big: " + b"a" * size + b"\r\nContent-Length: 0\r\n\r\n"


def _read_warc(data: str) -> None:
    """Every article of a web archive held in ``data`` (bytes as Latin-1),
    through the reader a file takes; an error for damage is an answer too."""
    import io

    from quotes.articles import read_named_stream
    from quotes.errors import InputError

    try:
        for _ in read_named_stream(io.BytesIO(data.encode("latin-1")), "bench.warc", ReadOptions(), lambda _: None):
            pass
    except InputError:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="megabytes of each generated text (groups 1 and 2)")
    parser.add_argument("--paragraphs", type=int, default=2000, help="N, the smaller article's paragraphs (group 3)")
    args = parser.parse_args()
    n = int(args.size * 1e6)
    # Load the word lists and name tables first: a one-off cost of start-up
    # (bench/startup.py), which would otherwise count against the first input.
    extract('"We will," said Ana Silva of the Kenya Meteorological Department. "Yes," she said.')

    print("1. The issue's inputs (target: under 1 s per MB)")
    per_mb("100k-style marks in one paragraph", extract, '"a" ' * (n // 4))
    per_mb("unbalanced opening marks", extract, '"open ' * (n // 6))
    per_mb("one long line of words", extract, "word " * (n // 5))
    per_mb("header: 'Date ' and spaces", lambda t: parse_text_article(t, "x"), "Date " + " " * n + "x")
    for label, warc in (("web archive: one header line", _warc_with_long_header(n * 10)),
                        ("web archive: a file of one line, no archive", b"a" * (n * 10))):
        per_mb(label, _read_warc, warc.decode("latin-1"), size=len(warc))
    with tempfile.TemporaryDirectory() as tmp:
        store = QuoteStore(Path(tmp) / "p.db")
        words = " ".join(["word"] * 40_000)
        ingest(store, [Article("p", f'"{words}," Ana Silva said.')])
        per_mb("search: a quote holding the word 40,000 times", lambda t: list(query.search(store, t)), "word",
               size=len(words))
        store.close()

    print("2. Ordinary quotes packed densely (news: about 0.5 s per MB, 260 us a quote)")
    dense("quotes with cues in one paragraph", '"Yes," he said. ' * (n // 16))
    dense("short quoted paragraphs", '"We will," Ana Silva said.\n\n' * (n // 28))
    # A bare name that no pair may complete, asked for again and again.
    dense("a role and a one-word name, repeated", 'Rapper Stormzy said: "This is for the kids." ' * (n // 46))

    small, large = args.paragraphs, 4 * args.paragraphs
    print(f"3. Generated articles, {small} and {large} paragraphs (target: a ratio under 5; 4 is linear)")
    worst = 0.0
    for kind in KINDS:
        first = timed(extract, generated(kind, small))
        second_text = generated(kind, large)
        second = timed(extract, second_text)
        ratio = second / max(first, 1e-9)
        worst = max(worst, ratio)
        print(f"  {kind:46} {first:6.2f} s {second:6.2f} s  ratio {ratio:4.1f}  "
              f"{second / (len(second_text.encode('utf-8')) / 1e6):5.2f} s/MB")
    print(f"  worst ratio {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
