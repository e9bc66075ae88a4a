"""Damaged and hostile compressed input: nothing read before the damage is
lost, the damage is named with the file and the record, and the exit code
says so; a decompression bomb is skipped at --max-chars while it is read,
never held in memory whole."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import cli

PAGE = b'<html><body><article><p>Jane Roe said "A fine quote from a whole record here."</p></article></body></html>'


def record(uri: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(PAGE)}\r\n\r\n".encode() + PAGE
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"


def extract(path: Path, *options: str):
    return CliRunner().invoke(cli, ["extract", "--format", "jsonl", *options, str(path)])


def articles(result) -> list[str]:
    return [json.loads(line)["article"] for line in result.stdout.splitlines()]


def test_a_damaged_last_gzip_member_costs_no_whole_record(tmp_path: Path) -> None:
    data = b"".join(gzip.compress(record(f"http://x/{i}")) for i in range(60))
    path = tmp_path / "news.warc.gz"
    path.write_bytes(data[:-40] + b"\x00" * 40)
    result = extract(path)
    assert articles(result)[:59] == [f"http://x/{i}" for i in range(59)]
    # The damage is named, with its record, and the run fails (it had ended
    # with exit 0 and no word, the last record's bytes garbled).
    assert result.exit_code == 1
    assert "damaged or truncated compressed data" in result.stderr and "record 60" in result.stderr


def test_a_gzip_member_whose_checksum_fails_is_damage_said_in_one_line(tmp_path: Path) -> None:
    members = [gzip.compress(record(f"http://x/{i}")) for i in range(5)]
    damaged = bytearray(members[2])
    damaged[-6] ^= 0xFF  # a byte of its CRC-32
    path = tmp_path / "news.warc.gz"
    path.write_bytes(b"".join(members[:2]) + bytes(damaged) + b"".join(members[3:]))
    result = extract(path)
    assert result.exit_code == 1
    assert articles(result)[:2] == ["http://x/0", "http://x/1"]
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("Error: ") and str(path) in error
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("content", [
    # A header line longer than any archive writes (warcio's line reader
    # is quadratic in a line's length), and a file that is no archive.
    b"WARC/1.0\r\nWARC-Type: response\r\nX-Big: " + b"a" * 3_000_000 + b"\r\nContent-Length: 0\r\n\r\n",
    b"a" * 3_000_000,
])
def test_a_web_archive_of_one_long_line_is_read_to_a_short_answer(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "long.warc"
    path.write_bytes(content)
    result = extract(path)
    assert articles(result) == [] and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines and all(len(line) <= len("Error: ") + 300 for line in lines)  # the input is never quoted whole


def test_a_record_cut_short_is_named_and_the_run_fails_after_keeping_the_rest(tmp_path: Path) -> None:
    second = record("http://x/b")
    path = tmp_path / "cut.warc"
    path.write_bytes(record("http://x/a") + second[: len(second) // 2])
    result = extract(path)
    assert result.exit_code == 1
    assert articles(result) == ["http://x/a"]
    assert "record 2 (http://x/b) declares" in result.stderr and "cut short" in result.stderr
    assert "Traceback" not in result.output


def test_a_content_length_past_the_end_of_the_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "len.warc"
    path.write_bytes(record("http://x/a").replace(b"Content-Length: ", b"Content-Length: 99999", 1) + record("http://x/b"))
    result = extract(path)
    assert result.exit_code == 1
    assert "record 1 (http://x/a) declares" in result.stderr


def test_a_text_bomb_is_skipped_at_max_chars(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb") as f:
        for _ in range(20):
            f.write(b" " * 1_000_000)
    result = extract(path, "--max-chars", "1000")
    assert result.exit_code == 0
    assert "over --max-chars 1,000 characters; skipped" in result.stderr


def test_a_json_lines_bomb_skips_its_line_and_keeps_the_next(tmp_path: Path) -> None:
    path = tmp_path / "line.jsonl.gz"
    with gzip.open(path, "wb") as f:
        f.write(b'{"id": "huge", "text": "' + b"a" * 12_000_000 + b'"}\n')
        f.write(json.dumps({"id": "small", "text": '"We are open," Ana Lima said.'}).encode() + b"\n")
    result = extract(path, "--max-chars", "1000")
    assert result.exit_code == 0
    assert articles(result) == ["small"]
    assert f"{path}:1: a line of" in result.stderr
