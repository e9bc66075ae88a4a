"""The Datasette configuration of a quotes database, built here rather
than kept by hand: titles and descriptions, hidden internals, names shown
for ids, the browsable quote view with search and facets, and canned
queries. ``quotes serve --metadata`` prints it for people who run
``datasette`` themselves."""

from __future__ import annotations

from typing import Any

# A speaker meant by name or by any alias, case aside (the live speaker a
# merged one points to).
_SPEAKER_IDS = (
    "SELECT coalesce(s.merged_into, s.id) FROM speakers s WHERE s.name = :name COLLATE NOCASE "
    "UNION SELECT coalesce(s.merged_into, s.id) FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
    "WHERE a.alias = :name COLLATE NOCASE"
)

QUERIES: dict[str, dict[str, Any]] = {
    "speaker_quotes": {
        "title": "Quotes of a speaker",
        "description": "Every quote of the speaker with this name or alias (\"Wu\", \"Michelle Wu\"), oldest first.",
        "sql": f"SELECT date, speaker, quote, cue, kind, title, source, article, id FROM quote_view "
               f"WHERE speaker_id IN ({_SPEAKER_IDS}) ORDER BY date, article, id",
    },
    "top_speakers": {
        "title": "The speakers quoted most",
        "description": "Speakers by number of quotes between two dates (YYYY, YYYY-MM or YYYY-MM-DD; "
                       "leave either empty for no bound).",
        # Without dates, from the counts kept as data (4 ms at a million
        # quotes, was 2.3 s); between dates, counted on the index of the
        # quotes' dates (schema _migration_11), then named.
        "sql": "SELECT * FROM (SELECT s.name AS speaker, s.kind AS speaker_kind, c.quotes, c.first_seen AS first, "
               "c.last_seen AS last FROM speaker_counts c JOIN speakers s ON s.id = c.speaker_id "
               "WHERE :since = '' AND :until = '' "
               "UNION ALL SELECT s.name, s.kind, c.quotes, c.first, c.last FROM (SELECT speaker_id, count(*) AS quotes, "
               "min(date) AS first, max(date) AS last FROM quotes INDEXED BY quotes_date WHERE (:since != '' OR :until != '') "
               "AND speaker_id IS NOT NULL AND date >= :since AND (:until = '' OR date <= :until || '~') "
               "GROUP BY speaker_id) c JOIN speakers s ON s.id = c.speaker_id) "
               "ORDER BY quotes DESC, speaker LIMIT 100",
    },
    "speaker_per_month": {
        "title": "A speaker's quotes per month",
        "description": "How often the speaker with this name or alias was quoted, month by month.",
        "sql": f"SELECT month, count(*) AS quotes FROM quote_view WHERE speaker_id IN ({_SPEAKER_IDS}) "
               "AND month IS NOT NULL GROUP BY month ORDER BY month",
    },
    "review_queue": {
        "title": "Speakers to review",
        "description": "Pairs of speakers that may be one person, most alike first "
                       "('quotes speakers review' decides them).",
        "sql": "SELECT r.id, a.name AS speaker, b.name AS candidate, round(r.score, 1) AS score, r.reason "
               "FROM review r JOIN speakers a ON a.id = r.speaker_id JOIN speakers b ON b.id = r.candidate_id "
               "WHERE r.status = 'open' ORDER BY r.score DESC, r.id",
    },
}

_HIDDEN = ("merge_log", "decisions", "review", "quotes_fts", "speaker_counts", "speaker_articles", "quote_facets")


def database_metadata() -> dict[str, Any]:
    """The configuration of one quotes database."""
    tables: dict[str, Any] = {
        "quote_view": {
            "title": "Quotes",
            "description": "Every quote with its speaker and article. Search the quotes' words; "
                           "facet by speaker, kind, cue, source or month.",
            "fts_table": "quotes_fts",
            "fts_pk": "id",
            # Counts kept by the store, read instead of grouped (plugin/facets.py).
            "facets": [{"kept": column} for column in ("speaker", "speaker_kind", "kind", "cue", "source", "month")],
            "sort_desc": "date",
            "columns": {
                "quote": "The statement, without its outer quotation marks",
                "speaker": "The speaker's canonical name",
                "speaker_kind": "person, organization, document or unknown",
                "speaker_id": "The speaker's id (see the speakers table)",
                "role": "The title or role the article gives the speaker",
                "cue": "The reporting verb or phrase (said, told, according to)",
                "kind": "direct, partial or multi-paragraph",
                "confidence": "The measured share of quotes placed alike that had the right speaker",
                "date": "The article's publication date (YYYY-MM-DD)",
                "month": "The article's month (YYYY-MM)",
                "source": "The outlet",
                "title": "The article's title",
                "article": "The article's id",
            },
        },
        "quotes": {
            "title": "Quotes (stored rows)",
            "description": "The stored quotes with their offsets in the article text.",
            "columns": {
                "speaker_id": "The speaker (shown by name)",
                "article_id": "The article (shown by title)",
                "start": "Offset of the quote's first character in the article text",
                "end": "Offset just past its last character",
                "speaker_name": "The name the extractor resolved, before any merge",
                "speaker_mention": "The words next to the cue that name the speaker, as written",
                "export_line": "The quote's fields as one CSV line (for fast exports)",
            },
        },
        "speakers": {
            "title": "Speakers",
            "description": "People, organisations and documents, merged across articles. "
                           "A merged speaker points to the one it joined (merged_into).",
            "label_column": "name",
            "facets": ["kind"],
            "columns": {
                "name": "Canonical name",
                "kind": "person, organization, document or unknown",
                "flagged": "1 when a name looks unlike a speaker's and asks for review",
                "merged_into": "The speaker this one was merged into, if any",
            },
        },
        "articles": {
            "title": "Articles",
            "label_column": "title",
            "description": "The articles read; text is the one quote offsets refer to.",
            "facets": ["source"],
            "columns": {
                "content_hash": "A hash of the text (an unchanged article is not read again)",
                "path": "The file the article was read from",
            },
        },
        "aliases": {
            "title": "Aliases",
            "description": "Every form a speaker was named by, with how many quotes used it.",
            "label_column": "alias",
        },
        "roles": {
            "title": "Roles",
            "description": "Titles and roles articles gave each speaker, with the article and its date.",
        },
    }
    for name in _HIDDEN:
        tables[name] = {"hidden": True}
    return {"tables": tables, "queries": QUERIES}


def build_metadata(database: str, allow_sql: bool = True) -> dict[str, Any]:
    """Datasette's metadata for a quotes database served under the name
    ``database`` (the file name without .db)."""
    metadata: dict[str, Any] = {
        "title": "Who said what",
        "description": "Quotes and their speakers, extracted from news articles by quotes. "
                       "Open a speaker for their page and chart.",
        "databases": {database: database_metadata()},
    }
    if not allow_sql:
        metadata["allow_sql"] = False
    return metadata
