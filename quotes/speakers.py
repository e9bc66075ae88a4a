"""Speaker operations a person makes: find, merge, split, rename, review, undo.

Every operation is one transaction and one row of the merge log, with what
it takes to undo it. Decisions that must outlive later ingests are kept as
rows of ``decisions``: a *pin* sends an alias to a speaker whatever the
similarity says, a *reject* keeps two speakers apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from . import operations
from .errors import QuotesError
from .fields import SPEAKER_FIELDS, SPEAKER_SORTS
from .operations import undo  # noqa: F401  (part of this module's API)
from .resolve import PERSON, alias_norm
from .store import QuoteStore

_SUGGEST = 55  # a name near enough to be offered, not taken (words in any order)
FUZZY_FIND = 85  # "michele wu" finds Michelle Wu


class AmbiguousSpeaker(QuotesError):
    """A name that fits several speakers; the message lists them."""


class StalePair(QuotesError):
    """A review pair that changed (merged, decided) since it was shown."""


@dataclass(frozen=True)
class Speaker:
    id: int
    name: str
    kind: str
    flagged: bool


def _active(store: QuoteStore) -> list[Speaker]:
    rows = store.db.execute("SELECT id, name, kind, flagged FROM speakers WHERE merged_into IS NULL ORDER BY id")
    return [Speaker(r[0], r[1], r[2], bool(r[3])) for r in rows]


def find_speaker(store: QuoteStore, query: str) -> Speaker:
    """The one speaker a user means by ``query``: an id, a name, an alias, or
    a near spelling of one. Several equally good answers are an error that
    lists them. Exact matches go through indexes; only a near spelling
    compares every name."""
    db = store.db
    columns = "s.id, s.name, s.kind, s.flagged"
    if query.isdigit() and int(query) < 2**63:  # larger numbers are no row id
        row = db.execute(f"SELECT {columns} FROM speakers s WHERE id = ? AND merged_into IS NULL", [int(query)]).fetchone()
        if row:
            return Speaker(row[0], row[1], row[2], bool(row[3]))
    exact = [
        db.execute(
            f"SELECT {columns} FROM speakers s WHERE name = ? COLLATE NOCASE AND merged_into IS NULL ORDER BY s.id",
            [query.strip()],
        ).fetchall(),
        db.execute(
            f"SELECT DISTINCT {columns} FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.norm = ? AND s.merged_into IS NULL ORDER BY s.id",
            [alias_norm(query, PERSON)],
        ).fetchall(),
    ]
    for rows in exact:
        if len(rows) == 1:
            return Speaker(rows[0][0], rows[0][1], rows[0][2], bool(rows[0][3]))
        if rows:
            raise AmbiguousSpeaker(_ambiguity(query, [Speaker(r[0], r[1], r[2], bool(r[3])) for r in rows]))
    # Near spellings, compared in C over every name: "michele wu".
    rows = db.execute("SELECT id, name FROM speakers WHERE merged_into IS NULL").fetchall()
    matches = process.extract(
        anyascii(query), [name for _, name in rows], scorer=fuzz.ratio, processor=default_process,
        score_cutoff=FUZZY_FIND, limit=10,
    )
    if not matches:
        # Lower than a match: names a person may have meant, with a word of
        # the query in them or spelt near it.
        nearest = process.extract(anyascii(query), [name for _, name in rows], scorer=fuzz.token_sort_ratio,
                                  processor=default_process, score_cutoff=_SUGGEST, limit=3)
        hint = f"; did you mean {', '.join(repr(name) for name, _, _ in nearest)}?" if nearest else ""
        raise QuotesError(f"no speaker matches {query!r}{hint}")
    best = matches[0][1]
    close = [_speaker_by_id(store, rows[index][0]) for _, score, index in matches if score >= best - 2]
    if len(close) > 1:
        raise AmbiguousSpeaker(_ambiguity(query, close))
    return close[0]


def _speaker_by_id(store: QuoteStore, speaker_id: int) -> Speaker:
    row = store.db.execute("SELECT id, name, kind, flagged FROM speakers WHERE id = ?", [speaker_id]).fetchone()
    return Speaker(row[0], row[1], row[2], bool(row[3]))


def _ambiguity(query: str, speakers: list[Speaker]) -> str:
    listed = "; ".join(f"{s.id}: {s.name}" for s in speakers)
    return f"{query!r} matches several speakers ({listed}); use the id"


def merge(store: QuoteStore, keep: Speaker, other: Speaker, reason: str = "merged by hand") -> int:
    """Fold ``other`` into ``keep``: its aliases, quotes and roles move over."""
    if keep.id == other.id:
        raise QuotesError(f"{keep.name!r} and {other.name!r} are the same speaker")
    if (keep.kind == PERSON) != (other.kind == PERSON):
        raise QuotesError(f"will not merge a {keep.kind} ({keep.name}) with a {other.kind} ({other.name})")
    with store.transaction(changes_speakers=True):
        return operations.merge(store, keep.id, other.id, reason, manual=True)


def split(store: QuoteStore, speaker: Speaker, alias: str, new_name: str | None = None,
          article: str | None = None) -> tuple[int, int]:
    """Move one alias, and the quotes attributed through it, to a new speaker.

    The alias is pinned to the new speaker and the two are kept apart, so a
    later ingest does not fold them together again. With ``article``, only
    that article's quotes under the alias move, pinned one by one, and the
    alias stays. Returns (log id, new id).
    """
    row = store.db.execute(
        "SELECT id, alias FROM aliases WHERE speaker_id = ? AND (alias = ? OR lower(alias) = lower(?))",
        [speaker.id, alias, alias],
    ).fetchone()
    if row is None:
        forms = [r[0] for r in store.db.execute("SELECT alias FROM aliases WHERE speaker_id = ? ORDER BY alias", [speaker.id])]
        raise QuotesError(f"{speaker.name!r} has no alias {alias!r} (aliases: {', '.join(forms)})")
    alias_id, alias_text = row
    with store.transaction(changes_speakers=True):
        log_id, new_id = operations.split(
            store, speaker.id, speaker.kind, alias_id, alias_text, new_name or alias_text,
            "split by hand" + (f" in article {article}" if article else ""), article=article,
        )
        return log_id or 0, new_id


def reattribute(store: QuoteStore, quote_id: int, speaker: Speaker) -> int:
    """Give one quote to ``speaker``, logged, undoable, and kept when the
    article is ingested again."""
    with store.transaction(changes_speakers=True):
        return operations.reattribute(store, quote_id, speaker.id)


def reattribute_to_new(store: QuoteStore, quote_id: int, name: str, kind: str = PERSON) -> tuple[int, int]:
    """Give one quote to a speaker made for it (a person the database did
    not know); undoing the move removes that speaker again. Returns (log
    id, new speaker id)."""
    name = " ".join(name.split())
    if not name:
        raise QuotesError("the new speaker's name is empty")
    taken = store.db.execute("SELECT id FROM speakers WHERE merged_into IS NULL AND lower(name) = lower(?)",
                             [name]).fetchone()
    if taken is not None:
        raise QuotesError(f"{name!r} is already a speaker (id {taken[0]}); give the quote to it: "
                          f"quotes reattribute {quote_id} {taken[0]}")
    with store.transaction(changes_speakers=True):
        new_id = store.db.execute("INSERT INTO speakers (name, kind, flagged, created_at) VALUES (?, ?, 0, ?)",
                                  [name, kind, operations.utc_now()]).lastrowid
        store.db.execute("INSERT INTO aliases (speaker_id, alias, norm, count) VALUES (?, ?, ?, 0)",
                         [new_id, name, alias_norm(name, kind)])
        return operations.reattribute(store, quote_id, new_id, "reattributed to a new speaker", created=new_id), new_id


def reattribute_unnamed(store: QuoteStore, quote_id: int, description: str | None) -> int:
    """Give one quote to no stored speaker: an unnamed one described as
    written ("the victim's mother"), or, with None, nobody named."""
    description = " ".join(description.split()) if description else None
    with store.transaction(changes_speakers=True):
        return operations.reattribute(store, quote_id, None, "described by hand" if description else "nobody named",
                                      unnamed=description)


def rename(store: QuoteStore, speaker: Speaker, new_name: str) -> int:
    if not new_name.strip():
        raise QuotesError("the new name is empty")
    taken = store.db.execute(
        "SELECT id, name FROM speakers WHERE merged_into IS NULL AND id != ? AND lower(name) = lower(?)",
        [speaker.id, new_name.strip()],
    ).fetchone()
    if taken is not None:
        # Two speakers of one name would be one person shown twice, or two
        # people no one could tell apart.
        raise QuotesError(f"{taken[1]!r} is already a speaker (id {taken[0]}); if they are one person, "
                          f"merge them: quotes speakers merge {taken[0]} {speaker.id}")
    with store.transaction(changes_speakers=True):
        store.db.execute("UPDATE speakers SET name = ? WHERE id = ?", [new_name.strip(), speaker.id])
        store.refresh_speaker_lines([speaker.id])
        return store.log("rename", speaker.id, None, new_name.strip(), None, f"was {speaker.name!r}", manual=True,
                          undo={"name": speaker.name})


KINDS = ("person", "organization", "document")


def set_kind(store: QuoteStore, speaker: Speaker, kind: str) -> int:
    """Say what a speaker is (a person stored as a body, say): logged and
    undoable; its quotes' export lines follow."""
    if kind not in KINDS:
        raise QuotesError(f"a speaker's kind is one of {', '.join(KINDS)}, not {kind!r}")
    if speaker.kind == kind:
        raise QuotesError(f"{speaker.name!r} is already a {kind}")
    with store.transaction(changes_speakers=True):
        store.db.execute("UPDATE speakers SET kind = ? WHERE id = ?", [kind, speaker.id])
        store.refresh_speaker_lines([speaker.id])
        return store.log("kind", speaker.id, None, kind, None, f"was a {speaker.kind}", manual=True,
                         undo={"kind": speaker.kind})


@dataclass(frozen=True)
class ReviewPair:
    """Two speakers that may be one person; or, with ``log_id``, a bare
    surname that joined the one speaker of that surname (``speaker`` is
    that speaker, ``alias`` the surname) and may be someone else."""

    id: int
    speaker: Speaker
    candidate: Speaker
    score: float | None
    reason: str | None
    log_id: int | None = None
    alias: str | None = None


def review_pairs(store: QuoteStore) -> list[ReviewPair]:
    """Open borderline pairs and joins, best first, their speakers still active."""
    active = {s.id: s for s in _active(store)}
    rows = store.db.execute(
        "SELECT r.id, r.speaker_id, r.candidate_id, r.score, r.reason, r.log_id, m.alias FROM review r "
        "LEFT JOIN merge_log m ON m.id = r.log_id WHERE r.status = 'open' AND coalesce(m.undone, 0) = 0 "
        "ORDER BY r.score DESC, r.id"
    )
    return [
        ReviewPair(r[0], active[r[1]], active[r[2]], r[3], r[4], r[5], r[6])
        for r in rows
        if r[1] in active and r[2] in active and (r[1] != r[2] or r[5] is not None)
    ]


def sample_quote(store: QuoteStore, speaker: Speaker, alias: str | None = None) -> dict[str, Any] | None:
    """One quote of a speaker (seen under ``alias`` when given), with its
    article, for a person deciding about it."""
    sql = "SELECT q.id, q.quote, q.article_id FROM quotes q WHERE q.speaker_id = ?"
    params: list[Any] = [speaker.id]
    if alias is not None:
        sql += " AND q.alias_id IN (SELECT id FROM aliases WHERE speaker_id = ? AND alias = ?)"
        params += [speaker.id, alias]
    row = store.db.execute(sql + " ORDER BY q.id LIMIT 1", params).fetchone()
    return dict(zip(("id", "quote", "article"), row)) if row else None


def aliases_of(store: QuoteStore, speaker: Speaker) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT alias FROM aliases WHERE speaker_id = ? GROUP BY alias ORDER BY sum(count) DESC, alias", [speaker.id]
    )]


def decide(store: QuoteStore, pair: ReviewPair, same: bool) -> int:
    """Confirm (merge the pair) or reject (remember they are different).

    The pair is checked again inside the transaction: another process may
    have merged one of its speakers, or decided the pair, while a person was
    looking at it, and a stale decision must not be applied."""
    with store.transaction(changes_speakers=True):
        _check_still_open(store, pair)
        if pair.log_id is not None:
            # A join: right, nothing to change; wrong, the surname goes to a
            # speaker of its own (the undo of the automatic join).
            log_id = pair.log_id if same else operations.undo_within(store, pair.log_id)["id"]
            store.db.execute("UPDATE review SET status = ? WHERE id = ?", ["confirmed" if same else "rejected", pair.id])
            return log_id
        if same:
            keep, other = (pair.candidate, pair.speaker)
            log_id = operations.merge(store, keep.id, other.id, f"confirmed in review: {pair.reason}", manual=True, score=pair.score)
        else:
            decision = store.db.execute(
                "INSERT INTO decisions (kind, speaker_id, other_id) VALUES ('reject', ?, ?)",
                [pair.speaker.id, pair.candidate.id],
            ).lastrowid
            log_id = store.log("reject", pair.speaker.id, pair.candidate.id, None, pair.score,
                                f"rejected in review: {pair.reason}", manual=True, undo={"decision": decision, "review": pair.id})
        store.db.execute("UPDATE review SET status = ? WHERE id = ?", ["confirmed" if same else "rejected", pair.id])
        return log_id


def _check_still_open(store: QuoteStore, pair: ReviewPair) -> None:
    status = store.db.execute("SELECT status FROM review WHERE id = ?", [pair.id]).fetchone()
    if status is None or status[0] != "open":
        raise StalePair(f"pair {pair.id} was decided meanwhile ({status[0] if status else 'gone'}); nothing changed")
    for side in (pair.speaker, pair.candidate):
        row = store.db.execute("SELECT merged_into FROM speakers WHERE id = ?", [side.id]).fetchone()
        if row is None or row[0] is not None:
            raise StalePair(
                f"pair {pair.id}: {side.name!r} (id {side.id}) was merged into another speaker meanwhile; nothing changed"
            )


def history(store: QuoteStore, limit: int | None = None) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT m.id, m.at, m.op, m.speaker_id, s.name, m.other_id, o.name, m.alias, m.score, m.reason, m.manual, m.undone "
        "FROM merge_log m LEFT JOIN speakers s ON s.id = m.speaker_id LEFT JOIN speakers o ON o.id = m.other_id "
        "ORDER BY m.id DESC"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    names = ("id", "at", "op", "speaker_id", "speaker", "other_id", "other", "alias", "score", "reason", "manual", "undone")
    for row in store.db.execute(sql):
        record = dict(zip(names, row))
        record["manual"] = bool(record["manual"])
        record["undone"] = bool(record["undone"])
        yield record




def speaker_rows(
    store: QuoteStore, min_quotes: int = 0, kind: str | None = None, sort: str = "quotes", flagged: bool = False,
    suspect: bool = False, limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Active speakers with quote and article counts, aliases, first and last
    seen; ``flagged``: only the bare surnames with no single candidate;
    ``suspect``: only the names that look like none, with the reason."""
    if sort not in SPEAKER_SORTS:
        raise QuotesError(f"unknown sort {sort!r} (sorts: {', '.join(SPEAKER_SORTS)})")
    # (The counts are kept as data by triggers, see schema._migration_10.)
    sql = f"""
        SELECT s.id, s.name, s.kind, s.flagged, coalesce(c.quotes, 0) AS quotes, coalesce(c.articles, 0) AS articles,
               (SELECT group_concat(alias, '; ') FROM (SELECT alias, sum(count) AS n FROM aliases a
                    WHERE a.speaker_id = s.id GROUP BY alias ORDER BY n DESC, alias)) AS aliases,
               c.first_seen, c.last_seen
        FROM speakers s LEFT JOIN speaker_counts c ON c.speaker_id = s.id
        WHERE s.merged_into IS NULL AND coalesce(c.quotes, 0) >= ? AND (? IS NULL OR s.kind = ?)
            AND (? = 0 OR s.flagged = 1)
        ORDER BY {SPEAKER_SORTS[sort]}
    """
    if limit is not None and not suspect:
        sql += f" LIMIT {int(limit)}"  # (--suspect filters the rows here, after SQL)
    given = 0
    for row in store.db.execute(sql, [min_quotes, kind, kind, int(flagged)]):
        if limit is not None and given >= limit:
            return
        record = dict(zip(SPEAKER_FIELDS, row))
        record["flagged"] = bool(record["flagged"])
        if suspect:
            reason = suspect_reason(record["name"], record["kind"])
            if reason is None:
                continue
            record["why"] = reason
        given += 1
        yield record


def candidates(store: QuoteStore, speaker: Speaker) -> list[dict[str, Any]]:
    """The speakers a flagged (or any) speaker might be, from the review queue."""
    rows = store.db.execute(
        "SELECT r.candidate_id, s.name, r.score, r.reason, r.status FROM review r JOIN speakers s ON s.id = r.candidate_id "
        "WHERE r.speaker_id = ? UNION SELECT r.speaker_id, s.name, r.score, r.reason, r.status FROM review r "
        "JOIN speakers s ON s.id = r.speaker_id WHERE r.candidate_id = ? ORDER BY 3 DESC",
        [speaker.id, speaker.id],
    )
    return [dict(zip(("id", "name", "score", "reason", "status"), r)) for r in rows]


def suspect_reason(name: str, kind: str) -> str | None:
    """Why a speaker's name looks like no name ("Another", "Teachers",
    "Twitter", "Once Trump"): for a person to see and clean; None when it
    looks like one."""
    from .language import lexicon
    from .language.namelists import is_place

    words = name.split()
    lowered = [w.lower().strip(".,'’") for w in words]
    if not words:
        return "no name"
    if kind == PERSON and (lowered[0] in lexicon.FUNCTION_WORDS or lowered[0] in lexicon.NON_NAME_WORDS):
        return "a common word"  # ("The Idle Hour" is a body's name)
    if any(w in lexicon.MONTHS or w in lexicon.WEEKDAYS or w in lexicon.DATE_ONLY_ABBREVIATIONS for w in lowered):
        return "a date"
    if kind == PERSON and is_place(name):
        return "a place name"
    if kind == PERSON and (lowered[-1] in lexicon.PERSON_NOUNS or lowered[-1].rstrip("s") in lexicon.PERSON_NOUNS):
        return "a noun for people"
    if kind == PERSON and any(not w[:1].isupper() for w in words if w.lower() not in lexicon.NAME_PARTICLES):
        return "a lower-case word"
    if kind == PERSON and len(words) == 1:
        return "one word"
    return None
