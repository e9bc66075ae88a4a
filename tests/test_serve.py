"""`quotes serve` and the web page: Datasette's own test client for the
JSON and HTML endpoints, and the configuration and plugin behind them."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import free_port, ingest_sample

from quotes.cli import cli
from quotes.web.metadata import build_metadata
from quotes.web.server import make_datasette


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_sample(tmp_path_factory.mktemp("serve"), "news.db")


def get(db_path: str, path: str, allow_sql: bool = True) -> Any:
    async def fetch() -> Any:
        datasette = make_datasette(db_path, allow_sql=allow_sql)
        await datasette.invoke_startup()
        return await datasette.client.get(path)

    return asyncio.run(fetch())


def speaker_id(db_path: str, name: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT id FROM speakers WHERE name = ? AND merged_into IS NULL", [name]).fetchone()[0]


def test_front_page_has_the_chart_and_the_links(news_db: str) -> None:
    response = get(news_db, "/")
    assert response.status_code == 200
    html = response.text
    assert "Quotes per month: news" in html and 'class="quotes-chart"' in html
    # One bar a month from March to June 2025, each with its count.
    assert re.findall(r"<title>(2025-\d\d): (\d+) quotes?</title>", html) == [
        ("2025-03", "19"), ("2025-04", "22"), ("2025-05", "11"), ("2025-06", "11")]
    assert "http://" not in html.split('class="quotes-chart"')[1].split("</svg>")[0].replace(
        "http://www.w3.org/2000/svg", "")  # nothing fetched from elsewhere


def test_internal_tables_are_hidden_and_canned_queries_listed(news_db: str) -> None:
    data = get(news_db, "/news.json").json()
    shown = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert shown == {"articles", "speakers", "aliases", "quotes", "roles"}
    assert {"merge_log", "decisions", "review", "quotes_fts"} <= {t["name"] for t in data["tables"] if t["hidden"]}
    assert [v["name"] for v in data["views"]] == ["quote_view"]
    assert {q["name"] for q in data["queries"]} == {"speaker_quotes", "top_speakers", "speaker_per_month", "review_queue"}


def test_search_and_facets_on_the_quote_view(news_db: str) -> None:
    data = get(news_db, "/news/quote_view.json?_search=trust&_shape=objects").json()
    assert data["rows"] and all("trust" in row["quote"].lower() for row in data["rows"])
    assert {row["speaker"] for row in data["rows"]} >= {"Michelle Wu"}
    facets = data["facet_results"]
    assert set(facets) >= {"speaker", "speaker_kind", "kind", "cue", "source", "month"}
    months = {f["value"]: f["count"] for f in facets["month"]["results"]}
    assert set(months) <= {"2025-03", "2025-04", "2025-05", "2025-06"}
    # Words that FTS5 would read as syntax are searched as words.
    assert get(news_db, "/news/quote_view.json?_search=U.S.").status_code == 200


def test_a_search_matching_most_quotes_is_not_counted(news_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A word matching more quotes than the facets would group is searched
    # without counting every match (at a million quotes, "said" took 0.5 s
    # for its count alone); a rarer one keeps its count.
    from quotes.web.plugin import search

    common = get(news_db, "/news/quote_view.json?_search=the&_shape=objects").json()
    assert common["filtered_table_rows_count"] == len(common["rows"]) > 3
    monkeypatch.setattr(search, "MOST_ROWS_GROUPED", 3)
    uncounted = get(news_db, "/news/quote_view.json?_search=the&_shape=objects").json()
    assert uncounted["filtered_table_rows_count"] is None and uncounted["rows"] == common["rows"]
    rare = get(news_db, "/news/quote_view.json?_search=trust&_shape=objects").json()
    assert rare["filtered_table_rows_count"] == len(rare["rows"]) <= 3
    # A search FTS5 cannot read as given is left to Datasette, as before.
    assert get(news_db, "/news/quote_view.json?_search=%22unbalanced&_searchmode=raw").status_code in (200, 400)


def test_filters_typed_by_hand_go_to_indexed_columns(news_db: str) -> None:
    # ?speaker=NAME and ?month= are computed for every quote by the view (1.8
    # and 0.6 s at a million quotes): they lead to the same filter on an
    # indexed column, which gives the same quotes.
    wu = speaker_id(news_db, "Michelle Wu")
    by_name = get(news_db, "/news/quote_view.json?speaker=Michelle+Wu&_shape=objects")
    assert by_name.status_code == 302 and by_name.headers["location"].endswith(f"?speaker_id={wu}&_shape=objects")
    rows = get(news_db, f"/news/quote_view.json?speaker_id={wu}&_shape=objects").json()["rows"]
    assert rows and {row["speaker"] for row in rows} == {"Michelle Wu"}
    by_month = get(news_db, "/news/quote_view.json?month=2025-04&_shape=objects")
    assert by_month.status_code == 302 and "date__glob=2025-04%2A" in by_month.headers["location"]
    dated = get(news_db, "/news/quote_view.json?date__glob=2025-04*&_shape=objects").json()["rows"]
    assert dated and {row["month"] for row in dated} == {"2025-04"}
    # A name no speaker has is left to the view.
    assert get(news_db, "/news/quote_view.json?speaker=Nobody+Here").status_code == 200


def test_the_quote_view_streams_as_csv_by_key_in_the_page_s_order(news_db: str, monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    # Datasette streams a view page by page with OFFSET (quadratic at a
    # million quotes); the quote view's stream is read by key, in pages here
    # of three rows, in the page's order, and holds every row the page's
    # filters give, once.
    import csv as csv_module
    import io

    from quotes.web.plugin import stream

    monkeypatch.setattr(stream, "PAGE", 3)
    news_db = shutil.copy(news_db, tmp_path / "news.db")  # (the module's database stays as it is)
    with sqlite3.connect(news_db) as conn:
        conn.execute("UPDATE articles SET date = NULL WHERE id = (SELECT min(id) FROM articles)")  # quotes undated
    for query in ("", "&_search=trust", f"&speaker_id={speaker_id(news_db, 'Michelle Wu')}", "&kind=direct",
                  "&_sort=date", "&_sort_desc=source", "&_sort=confidence"):
        expected = get(news_db, f"/news/quote_view.json?_shape=array&_size=max{query}").json()
        answer = get(news_db, f"/news/quote_view.csv?_stream=on{query}")
        assert answer.status_code == 200
        table = list(csv_module.reader(io.StringIO(answer.text)))
        header, rows = table[0], table[1:]
        assert header[:3] == ["id", "quote", "speaker"] and len(rows) == len(expected) > 0
        ids = [int(r[0]) for r in rows]
        assert sorted(ids) == sorted(int(e["id"]) for e in expected)  # each once
        # The page's order (newest first by default; ties, and the sort no
        # index keeps, by id), NULLs where SQLite puts them.
        column, desc = {"&_sort=date": ("date", False), "&_sort_desc=source": ("source", True),
                        "&_sort=confidence": (None, False)}.get(query, ("date", True))
        value = {int(e["id"]): e[column] if column else None for e in expected}
        wanted = sorted(ids, key=lambda i: (value[i] is not None, value[i] or "", i))
        assert ids == (wanted[::-1] if desc else wanted)
        by_id = {str(e["id"]): e for e in expected}
        assert all(r[1] == by_id[r[0]]["quote"] and r[2] == by_id[r[0]]["speaker"] for r in rows)
    download = get(news_db, "/news/quote_view.csv?_stream=on&_dl=1&_header=off")
    assert download.headers["content-disposition"] == 'attachment; filename="quote_view.csv"'
    assert not download.text.startswith("id,")


def test_the_whole_quote_page_reads_its_kept_facets(news_db: str) -> None:
    """The page of every quote shows the facet counts the store keeps, equal
    to a count of the quotes; the speaker facet shows names and opens the
    speaker's quotes by id, whose facets count only those quotes."""
    facets = get(news_db, "/news/quote_view.json?_shape=objects").json()["facet_results"]
    with sqlite3.connect(news_db) as conn:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM quotes GROUP BY kind"))
        top = conn.execute("SELECT s.id, s.name, count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
                           "GROUP BY s.id ORDER BY 3 DESC, 1 LIMIT 1").fetchone()
    assert {f["value"]: f["count"] for f in facets["kind"]["results"]} == kinds
    first = facets["speaker"]["results"][0]
    assert (first["label"], first["count"]) == (top[1], top[2])
    assert first["toggle_url"].endswith(f"speaker_id={top[0]}")
    narrowed = get(news_db, f"/news/quote_view.json?_shape=objects&speaker_id={top[0]}").json()
    assert {row["speaker"] for row in narrowed["rows"]} == {top[1]}
    speaker_facet = narrowed["facet_results"]["speaker"]["results"]
    assert [(f["label"], f["count"], f["selected"]) for f in speaker_facet] == [(top[1], top[2], True)]
    assert sum(f["count"] for f in narrowed["facet_results"]["kind"]["results"]) == top[2]
    month = facets["month"]["results"][0]
    assert month["toggle_url"].endswith(f"date__glob={month['value']}%2A")  # the * escaped
    in_month = get(news_db, f"/news/quote_view.json?_shape=objects&_size=max&date__glob={month['value']}*").json()
    assert len(in_month["rows"]) == month["count"] and {r["month"] for r in in_month["rows"]} == {month["value"]}


def test_speakers_and_articles_are_shown_by_name(news_db: str) -> None:
    html = get(news_db, "/news/quotes?_size=100").text
    assert "Michelle Wu" in html and "Wu tells council Boston will not bend on immigration policy" in html


def test_canned_queries(news_db: str) -> None:
    rows = get(news_db, "/news/speaker_quotes.json?name=wu&_shape=objects").json()["rows"]
    assert rows and {r["speaker"] for r in rows} == {"Michelle Wu"}  # an alias, case aside
    top = get(news_db, "/news/top_speakers.json?since=2025-04&until=2025-04&_shape=objects").json()["rows"]
    assert top and all("2025-04" <= r["first"] <= r["last"] <= "2025-04-30" for r in top)
    every = get(news_db, "/news/top_speakers.json?since=&until=&_shape=objects").json()["rows"]
    counted = {}
    for quote in get(news_db, "/news/quote_view.json?_shape=objects&_size=max&speaker_id__notblank=1").json()["rows"]:
        counted[quote["speaker"]] = counted.get(quote["speaker"], 0) + 1
    assert {r["speaker"]: r["quotes"] for r in every} == counted  # the kept counts, without dates
    assert [r["quotes"] for r in every] == sorted((r["quotes"] for r in every), reverse=True)
    per_month = get(news_db, "/news/speaker_per_month.json?name=Michelle+Wu&_shape=objects").json()["rows"]
    assert sum(r["quotes"] for r in per_month) == len(rows)
    assert get(news_db, "/news/review_queue.json").status_code == 200


def test_the_speaker_page(news_db: str) -> None:
    wu = speaker_id(news_db, "Michelle Wu")
    html = get(news_db, f"/-/quotes/news/speaker/{wu}").text
    assert '<h1 class="speaker-name">Michelle Wu</h1>' in html
    assert "<td>Wu</td>" in html and "<td>Michelle Wu</td>" in html  # aliases with counts
    assert "<td>Mayor</td>" in html  # roles over time
    assert 'class="quotes-chart"' in html and "Quotes of Michelle Wu per month" in html
    assert get(news_db, "/-/quotes/news/speaker/999999").status_code == 404
    # Speakers' names link to their pages from the tables.
    assert f'href="/-/quotes/news/speaker/{wu}"' in get(news_db, "/news/speakers").text


def test_a_merged_speakers_page_leads_to_the_speaker_it_joined(news_db: str, tmp_path: Path) -> None:
    db = str(tmp_path / "merged.db")
    Path(db).write_bytes(Path(news_db).read_bytes())
    assert run("speakers", "merge", "--db", db, "Michelle Wu", "Daniel Reyes").exit_code == 0
    with sqlite3.connect(db) as conn:
        gone, kept = conn.execute("SELECT id, merged_into FROM speakers WHERE merged_into IS NOT NULL "
                                  "AND name = 'Daniel Reyes'").fetchone()
    response = get(db, f"/-/quotes/merged/speaker/{gone}")
    assert response.status_code == 302 and response.headers["location"] == f"/-/quotes/merged/speaker/{kept}"


def test_no_sql_turns_off_arbitrary_sql_but_not_canned_queries(news_db: str) -> None:
    assert get(news_db, "/news.json?sql=select+1", allow_sql=False).status_code == 403
    assert get(news_db, "/news/speaker_quotes.json?name=Wu", allow_sql=False).status_code == 200
    assert get(news_db, "/news.json?sql=select+1").status_code == 200


def test_serving_never_writes(news_db: str) -> None:
    before = hashlib.sha256(Path(news_db).read_bytes()).hexdigest()
    for path in ("/", "/news/quote_view?_search=trust", "/-/quotes/news/speaker/1", "/news/top_speakers?since=&until="):
        get(news_db, path)
    assert hashlib.sha256(Path(news_db).read_bytes()).hexdigest() == before


def test_metadata_is_printed_for_running_datasette_yourself(news_db: str) -> None:
    result = run("serve", "--db", news_db, "--metadata", "--no-sql")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == build_metadata("news", allow_sql=False)


def test_serve_refuses_a_file_that_is_not_a_quotes_database(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    result = run("serve", "--db", str(other))
    assert result.exit_code == 1 and "not a quotes database" in result.stderr


def test_a_missing_extra_is_one_line(monkeypatch: pytest.MonkeyPatch, news_db: str) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "datasette.app", None)  # as if Datasette were not installed
    result = run("serve", "--db", news_db)
    assert result.exit_code == 1
    assert result.stderr == "Error: quotes serve needs Datasette: pip install -e '.[serve]' in the quotes checkout, or 'quotes-db[serve]'\n"


def test_serving_beyond_this_machine_warns(tmp_path: Path) -> None:
    """Bound to every address: a warning says who can read it; Ctrl-C stops it cleanly."""
    db = ingest_sample(tmp_path, "news.db")
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "quotes", "serve", "--db", str(db), "--host", "0.0.0.0",
                                "--port", str(port), "--no-sql"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert stderr.splitlines()[0] == ("warning: serving on 0.0.0.0: anyone who can reach this machine "
                                      "can read the database")
    assert process.returncode == 0


def test_a_database_of_any_name_is_served_and_linked_safely(news_db: str, tmp_path: Path) -> None:
    """A file named with markup or with URI characters: its name is escaped
    in every link the plugin writes, its speaker pages open, and it is
    served whole (a '#' had served an empty database and made a file)."""
    import shutil

    from quotes.web.server import database_name

    for name in ('x"><img src=x onerror=alert(1)>.db', "my news#1.db"):
        path = tmp_path / name
        shutil.copy(news_db, path)
        served = database_name(str(path))
        from datasette.utils import tilde_encode

        page = get(str(path), f"/{tilde_encode(served)}/speakers")
        assert page.status_code == 200, (name, page.status_code)
        assert "<img src=x onerror" not in page.text
        link = re.search(r'href="(/-/quotes/[^"]+/speaker/\d+)"', page.text)
        assert link is not None
        assert get(str(path), link.group(1).replace("&amp;", "&")).status_code == 200
        tables = get(str(path), f"/{tilde_encode(served)}.json").json()["tables"]
        assert {"quotes", "speakers"} <= {t["name"] for t in tables}
    # (SQLite opens the file, with its own -wal and -shm beside it; no other
    # file, like the empty "my news" an unescaped '#' made, appears.)
    assert not (tmp_path / "my news").exists()


def test_a_speaker_id_beyond_sqlite_s_integers_is_not_found(news_db: str) -> None:
    assert get(news_db, "/-/quotes/news/speaker/99999999999999999999999999").status_code == 404


def test_the_quotes_page_links_the_plugin_stylesheet(news_db: str) -> None:
    """Served by a route of the plugin's own, whatever name the install gave
    the plugin (its static folder would be mounted under that name)."""
    page = get(news_db, "/news/quote_view")
    assert page.status_code == 200 and 'href="/-/quotes/quotes.css"' in page.text
    css = get(news_db, "/-/quotes/quotes.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "body.table-quote_view" in css.text
