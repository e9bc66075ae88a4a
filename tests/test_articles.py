"""Reading articles from files, directories and streams."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotes.articles import ReadOptions, parse_text_article, read_articles, read_stream
from quotes.errors import InputError


@pytest.mark.parametrize(
    "raw, meta, body",
    [
        (
            "title: Raids in Boston\ndate: 2025-03-25\nurl: https://x.org/a\nsource: Wire\n\nBody text.",
            {"title": "Raids in Boston", "date": "2025-03-25", "url": "https://x.org/a", "source": "Wire"},
            "Body text.",
        ),
        # the seed's form: the date starts the first line, before the text
        (" date 2025-03-25 The U.S. agency said.\n\nMore.", {"date": "2025-03-25"}, "The U.S. agency said.\n\nMore."),
        # a sentence that merely begins with a key word is text, not metadata
        ("Source close to the mayor said so.", {}, "Source close to the mayor said so."),
        ("Date night is over, he said.", {}, "Date night is over, he said."),
        ("\ufefftitle: BOM\n\nText.", {"title": "BOM"}, "Text."),
    ],
)
def test_text_metadata(raw: str, meta: dict[str, str], body: str) -> None:
    article = parse_text_article(raw, "fallback")
    assert article.text == body
    for key in ("title", "date", "url", "source"):
        assert getattr(article, key) == meta.get(key)
    assert article.id == "fallback"


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text('"Hi," she said.')
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "notes.csv").write_text("ignored")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j1", "text": "J."}) + "\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    warnings: list[str] = []
    ids = [a.id for a in read_articles([str(tmp_path)], warn=warnings.append)]
    assert ids == ["a", "j1", "b/two"]  # a folder's files, then its subfolders; ids by relative path
    assert "notes.csv:1: no text column" in warnings[0]  # a CSV of something else is not articles
    assert warnings[-1].endswith("skipped 2 files not read as articles (1 .png, 1 not articles)")


def test_jsonl_without_id_gets_stable_content_id(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "Same text."}) + "\n")
    first = [a.id for a in read_articles([str(path)])]
    second = [a.id for a in read_articles([str(path)])]
    assert first == second and len(first[0]) == 12


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n{not json}\n')
    with pytest.raises(InputError, match=r"bad\.jsonl:2: invalid JSON"):
        list(read_articles([str(path)]))


def test_skip_bad_warns_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{not json}\n{"id": 2}\n{"id": 3, "text": "ok"}\n')
    warnings: list[str] = []
    articles = list(read_articles([str(path)], ReadOptions(skip_bad=True), warn=warnings.append))
    assert [a.id for a in articles] == ["3"]
    assert len(warnings) == 2 and "bad.jsonl:1" in warnings[0] and "bad.jsonl:2" in warnings[1]


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf".encode() + b"\xe9 ok")
    with pytest.raises(InputError, match=r"latin\.txt: not valid UTF-8 at byte 3"):
        list(read_articles([str(path)]))
    (article,) = read_articles([str(path)], ReadOptions(encoding_errors="replace"))
    assert article.text == "Caf\ufffd ok"


def test_invalid_utf8_in_jsonl_counts_bytes_from_file_start(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    first = b'{"id": 1, "text": "a"}\n'
    path.write_bytes(first + b'{"id": 2, "text": "\xff"}\n')
    with pytest.raises(InputError, match=rf"x\.jsonl:2: not valid UTF-8 at byte {len(first) + 19}"):
        list(read_articles([str(path)]))


def test_binary_file_given_by_name_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match=f"^{path}: a binary file, not text"):
        list(read_articles([str(path)]))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([str(tmp_path / "nope.txt")]))


@pytest.mark.parametrize(
    "data, ids",
    [
        (b"", []),
        (b"   \n", []),
        (b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', ["a", "b"]),
    ],
)
def test_stream(data: bytes, ids: list[str]) -> None:
    assert [a.id for a in read_stream(io.BytesIO(data), "<stdin>", ReadOptions())] == ids


def test_stream_of_plain_text_gets_content_id() -> None:
    (article,) = read_stream(io.BytesIO(b'"Hi," she said.'), "<stdin>", ReadOptions())
    assert article.text == '"Hi," she said.' and len(article.id) == 12
