"""Real news inputs: saved pages, CSV/TSV, news-dump JSON, compressed files
and web archives, each read as what it is, never as the wrong thing."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest
import zstandard
from click.testing import CliRunner
from pages import ARTICLE_PARAGRAPHS, BOILERPLATE_QUOTES, news_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotes import extract
from quotes.articles import ColumnNames, ReadOptions, read_articles
from quotes.cli import cli
from quotes.errors import InputError

PAGE = news_page()
TEXT_ARTICLE = 'title: Bridge\n\n"We will rebuild it," said Mayor Ana Lima.\n'


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def read(paths: list[Path], **options: object) -> tuple[list, list[str]]:
    warnings: list[str] = []
    articles = list(read_articles([str(p) for p in paths], ReadOptions(**options), warn=warnings.append))  # type: ignore[arg-type]
    return articles, warnings


# --- HTML pages ---------------------------------------------------------------


def test_a_saved_page_gives_its_article_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "harbour-bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,), warnings = read([path])
    assert warnings == []
    assert article.id == "harbour-bridge"
    assert (article.title, article.date, article.author) == ("Council votes to rebuild harbour bridge", "2024-03-05", "Jo Brennan")
    assert (article.url, article.source) == ("https://gazette.example/news/harbour-bridge", "The Harbour Gazette")
    assert ARTICLE_PARAGRAPHS[1] in article.text  # paragraphs kept, a blank line between them
    assert "\n\n" + ARTICLE_PARAGRAPHS[2] + "\n\n" in article.text


def test_boilerplate_never_becomes_quotes(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,), _ = read([path])
    quotes = extract(article.text)
    assert [(q.speaker, q.quote[:20]) for q in quotes] == [
        ("Ana Lima", "We will rebuild the "),
        ("Tomasz Wróbel", "The ferries cannot c"),
    ]
    for junk in BOILERPLATE_QUOTES:
        assert junk not in article.text


@pytest.mark.parametrize("name", ["saved.txt", "saved", "saved.md"])
def test_a_text_file_that_is_a_page_is_read_as_a_page(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    (article,), _ = read([path])
    assert article.title == "Council votes to rebuild harbour bridge" and "<p>" not in article.text


def test_a_page_on_stdin_is_sniffed() -> None:
    result = run("extract", "--format", "csv", input=PAGE.encode())
    assert result.exit_code == 0, result.output
    assert "Ana Lima" in result.stdout and "Subscribe" not in result.stdout


def test_text_that_mentions_a_tag_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text('"Use the <p> tag," said Ana Lima.\n')
    (article,), _ = read([path])
    assert article.text == '"Use the <p> tag," said Ana Lima.'


def test_a_page_without_article_text_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><script>var x = '\"Hi,\" she said';</script></body></html>")
    articles, warnings = read([path])
    assert articles == [] and warnings == [f"{path}: no article text found in the page, skipped"]


def test_ingest_a_folder_of_saved_pages_and_show_the_text_offsets_refer_to(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "2024").mkdir(parents=True)
    (pages / "2024" / "bridge.html").write_text(PAGE, encoding="utf-8")
    with gzip.open(pages / "ferry.html.gz", "wt", encoding="utf-8") as f:
        f.write(news_page(title="Ferry fares rise", paragraphs=ARTICLE_PARAGRAPHS[3:]))
    (pages / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    db = str(tmp_path / "q.db")
    result = run("ingest", "--db", db, str(pages))
    assert result.exit_code == 0, result.output
    assert f"{pages}: skipped 1 files not read as articles (1 .png)" in result.stderr
    rows = [json.loads(line) for line in run("articles", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert {(r["id"], r["title"], r["author"], r["source"]) for r in rows} == {
        ("2024/bridge", "Council votes to rebuild harbour bridge", "Jo Brennan", "The Harbour Gazette"),
        ("ferry", "Ferry fares rise", "Jo Brennan", "The Harbour Gazette"),
    }
    quotes = [json.loads(line) for line in run("list", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert len(quotes) == 3
    for quote in quotes:
        shown = json.loads(run("show", "--db", db, str(quote["id"]), "--format", "json", "--article-text").stdout)
        assert shown["article_text"][quote["start"]:quote["end"]] == quote["quote"]
        assert "<" not in shown["article_text"]


# --- CSV and TSV --------------------------------------------------------------


def test_csv_columns_are_found_by_their_usual_names(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(
        "headline,maintext,date_publish,link,source_domain,authors,section\n"
        'Bridge,"""We will rebuild it,"" said Mayor Ana Lima.\n\nMore later.",2024-03-05 10:00:00,'
        "https://g.example/b,g.example,Jo Brennan,local\n",
        encoding="utf-8",
    )
    (article,), _ = read([path])
    assert article.text == '"We will rebuild it," said Mayor Ana Lima.\n\nMore later.'
    assert (article.title, article.date, article.url, article.source, article.author) == (
        "Bridge", "2024-03-05", "https://g.example/b", "g.example", "Jo Brennan")
    assert article.extra == {"section": "local"} and len(article.id) == 12  # no id column: a content id


def test_named_columns_override_and_huge_fields_are_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.tsv"
    long_text = '"We will rebuild it," said Mayor Ana Lima. ' + "The piers are old. " * 20_000  # 380 KB
    with path.open("w", encoding="utf-8", newline="") as out:  # quoted as spreadsheets and 'quotes export' write it
        csv.writer(out, delimiter="\t").writerows([["key", "story", "when", "text"], ["b-1", long_text, "5 March 2024", "x"]])
    (article,), _ = read([path], columns=ColumnNames(text="story", id="key", date="when"))
    assert (article.id, article.date, article.text) == ("b-1", "2024-03-05", long_text)


def test_a_row_without_text_is_a_warning_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text('id,text\na,"two\nlines"\nb,\nc,"Three."\n', encoding="utf-8")
    articles, warnings = read([path])
    assert [a.id for a in articles] == ["a", "c"]
    assert warnings == [f"{path}:4: no text in column 'text'; row skipped"]


@pytest.mark.parametrize(
    ("content", "options", "message"),
    [
        ("id,title\n1,x\n", {}, r"dump.csv:1: no text column \(looked for text, maintext"),
        ("id,text\n1,x\n", {"columns": ColumnNames(text="body")}, "dump.csv:1: no column 'body'"),
        ("id,text\n1,x\n2,y,z\n", {}, "dump.csv:3: 3 fields where the header has 2"),
        ('id,text\n1,"x\n', {}, "dump.csv:2: malformed CSV"),
    ],
)
def test_bad_csv_is_a_one_line_error(tmp_path: Path, content: str, options: dict, message: str) -> None:
    path = tmp_path / "dump.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read([path], **options)


def test_csv_through_the_cli_with_a_named_text_column(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    path.write_text('slug,story\nbridge,"""We will rebuild it,"" said Mayor Ana Lima."\n', encoding="utf-8")
    result = run("extract", "--text-column", "story", "--id-column", "slug", str(path))
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert (row["article"], row["speaker"]) == ("bridge", "Ana Lima")


# --- JSON Lines from news dumps ---------------------------------------------


def test_news_please_and_newsapi_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    records = [
        {"title": "Bridge", "maintext": '"We will rebuild it," said Ana Lima.', "date_publish": "2024-03-05 10:00:00",
         "source_domain": "g.example", "authors": ["Jo Brennan", "Ed Park"], "url": "https://g.example/b"},
        {"id": "n2", "content": '"Fares rise," said Tomasz Wróbel.', "publishedAt": "2024-03-06T08:00:00Z",
         "source": {"id": None, "name": "Gazette"}, "author": "Jo Brennan"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (first, second), _ = read([path])
    assert (first.text, first.date, first.source, first.author) == (records[0]["maintext"], "2024-03-05", "g.example",
                                                                     "Jo Brennan, Ed Park")
    assert (second.id, second.date, second.source) == ("n2", "2024-03-06", "Gazette")


# --- Compressed files ---------------------------------------------------------

CODECS = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": lambda data: zstandard.ZstdCompressor().compress(data),
}
INNER = {
    ".txt": TEXT_ARTICLE.encode(),
    ".jsonl": (json.dumps({"id": "bridge", "text": '"We will rebuild it," said Mayor Ana Lima.'}) + "\n").encode(),
    ".csv": b'id,text\nbridge,"""We will rebuild it,"" said Mayor Ana Lima."\n',
    ".html": PAGE.encode(),
}


@pytest.mark.parametrize("codec", list(CODECS))
@pytest.mark.parametrize("inner", list(INNER))
def test_compressed_files_of_every_format(tmp_path: Path, codec: str, inner: str) -> None:
    path = tmp_path / f"bridge{inner}{codec}"
    path.write_bytes(CODECS[codec](INNER[inner]))
    (article,), warnings = read([path])
    assert warnings == [] and article.id == "bridge"
    assert [q.speaker for q in extract(article.text)][:1] == ["Ana Lima"]


@pytest.mark.parametrize("codec", [".gz", ".bz2", ".xz", ".zst"])
def test_compressed_stdin_is_sniffed(codec: str) -> None:
    result = run("extract", "--format", "csv", input=CODECS[codec](INNER[".jsonl"]))
    assert result.exit_code == 0, result.output
    assert "Ana Lima" in result.stdout


def test_compressed_input_streams_record_by_record(tmp_path: Path) -> None:
    """The first article arrives before the damage further on is read."""
    path = tmp_path / "dump.jsonl.gz"
    good = json.dumps({"id": "a", "text": "One."}) + "\n"
    path.write_bytes(gzip.compress((good + "{oops\n").encode()))
    articles = read_articles([str(path)])
    assert next(articles).id == "a"
    with pytest.raises(InputError, match="dump.jsonl.gz:2: invalid JSON"):
        next(articles)


def test_a_truncated_archive_is_a_one_line_error_and_keeps_what_was_stored(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT_ARTICLE)
    broken = tmp_path / "b.jsonl.gz"
    broken.write_bytes(gzip.compress(INNER[".jsonl"] * 50)[:-20])
    db = str(tmp_path / "q.db")
    result = run("ingest", "--db", db, str(good), str(broken))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {broken}: damaged or truncated compressed data")
    assert result.stderr.count("\n") == 1
    assert "a" in run("articles", "--db", db, "--format", "csv").stdout.split()[1]


# --- What a file is, and what is skipped -------------------------------------


def test_an_unsupported_file_given_by_name_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    result = run("extract", str(path))
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {path}: unsupported file type '.pdf'")
    path.write_text(TEXT_ARTICLE)
    assert run("extract", "--input-format", "text", str(path)).exit_code == 0  # unless told what it is


def test_max_chars_skips_long_documents_by_name(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "long", "text": "x " * 600}) + "\n" + json.dumps({"id": "short", "text": "Hi."}) + "\n")
    articles, warnings = read([path], max_chars=1000)
    assert [a.id for a in articles] == ["short"]
    assert warnings == [f"{path}:1: article 'long' has 1,200 characters, over --max-chars 1,000; skipped"]


# --- Web archives -------------------------------------------------------------


def _warc(path: Path, gzipped: bool) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)

        def response(uri: str, status: str, content_type: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2023-06-01T12:00:00Z"}))

        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
        writer.write_record(writer.create_warc_record("https://g.example/b", "request", payload=io.BytesIO(b"GET /b\r\n\r\n")))
        response("https://g.example/b", "200 OK", "text/html; charset=utf-8", PAGE.encode())
        response("https://g.example/undated", "200 OK", "text/html", news_page(title="Ferry", dated=False).encode())
        response("https://g.example/gone", "404 Not Found", "text/html", b"<html><body>Not found</body></html>")
        response("https://g.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        writer.write_record(writer.create_warc_record("https://g.example/b", "metadata", payload=io.BytesIO(b"x: y\r\n")))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_web_archive_gives_its_html_responses(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path, gzipped=name.endswith(".gz"))
    (first, second), warnings = read([path])
    assert (first.id, first.url, first.date, first.title) == (
        "https://g.example/b", "https://gazette.example/news/harbour-bridge", "2024-03-05",
        "Council votes to rebuild harbour bridge")
    assert (second.id, second.date) == ("https://g.example/undated", "2023-06-01")  # the crawl's date
    assert warnings == [f"{path}: 2 HTML pages read; skipped 5 records (1 warcinfo records, 1 request records, "
                        "1 HTTP 404 responses, 1 image/png responses, 1 metadata records)"]


def test_a_web_archive_on_stdin(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, gzipped=True)
    result = run("extract", "--format", "csv", input=path.read_bytes())
    assert result.exit_code == 0, result.output
    assert "Ana Lima" in result.stdout and "https://g.example/b" in result.stdout
