"""Speaker operations a person makes: find, merge, split, rename, review, undo.

Every operation is one transaction and one row of the merge log, with what
it takes to undo it. Decisions that must outlive later ingests are kept as
rows of ``decisions``: a *pin* sends an alias to a speaker whatever the
similarity says, a *reject* keeps two speakers apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from .errors import QuotesError
from .resolve import PERSON, alias_norm
from .store import QuoteStore, _now

FUZZY_FIND = 85  # "michele wu" finds Michelle Wu


class AmbiguousSpeaker(QuotesError):
    """A name that fits several speakers; the message lists them."""


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
    if query.isdigit():
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
        raise QuotesError(f"no speaker matches {query!r}")
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
        return _merge(store, keep.id, other.id, reason, manual=True)


def _merge(store: QuoteStore, keep_id: int, other_id: int, reason: str, manual: bool, score: float | None = None) -> int:
    db = store.db
    aliases = [r[0] for r in db.execute("SELECT id FROM aliases WHERE speaker_id = ?", [other_id])]
    quotes = [r[0] for r in db.execute("SELECT id FROM quotes WHERE speaker_id = ?", [other_id])]
    roles = [r[0] for r in db.execute("SELECT id FROM roles WHERE speaker_id = ?", [other_id])]
    pins = [r[0] for r in db.execute("SELECT id FROM decisions WHERE kind = 'pin' AND speaker_id = ?", [other_id])]
    db.execute("UPDATE aliases SET speaker_id = ? WHERE speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE OR IGNORE roles SET speaker_id = ? WHERE speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE decisions SET speaker_id = ? WHERE kind = 'pin' AND speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", [keep_id, other_id])
    db.execute(
        "UPDATE review SET status = 'confirmed' WHERE status = 'open' AND "
        "((speaker_id = ? AND candidate_id = ?) OR (speaker_id = ? AND candidate_id = ?))",
        [keep_id, other_id, other_id, keep_id],
    )
    store.refresh_speaker_lines([keep_id])
    undo = {"from": other_id, "to": keep_id, "aliases": aliases, "quotes": quotes, "roles": roles, "pins": pins}
    return store._log("merge", keep_id, other_id, None, score, reason, manual=manual, undo=undo)


def split(store: QuoteStore, speaker: Speaker, alias: str, new_name: str | None = None) -> tuple[int, int]:
    """Move one alias, and the quotes attributed through it, to a new speaker.

    The alias is pinned to the new speaker and the two are kept apart, so a
    later ingest does not fold them together again. Returns (log id, new id).
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
        return _split(store, speaker.id, speaker.kind, alias_id, alias_text, new_name or alias_text, "split by hand", manual=True)


def _split(
    store: QuoteStore, speaker_id: int, kind: str, alias_id: int, alias_text: str, new_name: str, reason: str, manual: bool
) -> tuple[int, int]:
    db = store.db
    new_id = db.execute(
        "INSERT INTO speakers (name, kind, flagged, created_at) VALUES (?, ?, 0, ?)", [new_name, kind, _now()]
    ).lastrowid
    # The quotes seen under this alias, as the speaker's name or as the mention.
    quotes = [
        r[0] for r in db.execute("SELECT id FROM quotes WHERE alias_id = ? OR mention_alias_id = ?", [alias_id, alias_id])
    ]
    db.execute("UPDATE aliases SET speaker_id = ? WHERE id = ?", [new_id, alias_id])
    _move(db, "quotes", quotes, new_id)
    norm = alias_norm(alias_text, kind)
    pin = db.execute(
        "INSERT INTO decisions (kind, norm, speaker_id) VALUES ('pin', ?, ?)", [norm, new_id]
    ).lastrowid
    reject = db.execute(
        "INSERT INTO decisions (kind, speaker_id, other_id) VALUES ('reject', ?, ?)", [speaker_id, new_id]
    ).lastrowid
    store.refresh_speaker_lines([new_id])
    undo = {"from": speaker_id, "to": new_id, "alias": alias_id, "quotes": quotes, "decisions": [pin, reject]}
    log_id = store._log("split", speaker_id, new_id, alias_text, None, reason, manual=manual, undo=undo)
    return log_id, new_id


def rename(store: QuoteStore, speaker: Speaker, new_name: str) -> int:
    if not new_name.strip():
        raise QuotesError("the new name is empty")
    with store.transaction(changes_speakers=True):
        store.db.execute("UPDATE speakers SET name = ? WHERE id = ?", [new_name.strip(), speaker.id])
        store.refresh_speaker_lines([speaker.id])
        return store._log("rename", speaker.id, None, new_name.strip(), None, f"was {speaker.name!r}", manual=True,
                          undo={"name": speaker.name})


@dataclass(frozen=True)
class ReviewPair:
    id: int
    speaker: Speaker
    candidate: Speaker
    score: float | None
    reason: str | None


def review_pairs(store: QuoteStore) -> list[ReviewPair]:
    """Open borderline pairs, best first, both sides still active."""
    active = {s.id: s for s in _active(store)}
    rows = store.db.execute(
        "SELECT id, speaker_id, candidate_id, score, reason FROM review WHERE status = 'open' ORDER BY score DESC, id"
    )
    return [
        ReviewPair(r[0], active[r[1]], active[r[2]], r[3], r[4])
        for r in rows
        if r[1] in active and r[2] in active and r[1] != r[2]
    ]


def decide(store: QuoteStore, pair: ReviewPair, same: bool) -> int:
    """Confirm (merge the pair) or reject (remember they are different)."""
    with store.transaction(changes_speakers=True):
        if same:
            keep, other = (pair.candidate, pair.speaker)
            log_id = _merge(store, keep.id, other.id, f"confirmed in review: {pair.reason}", manual=True, score=pair.score)
        else:
            decision = store.db.execute(
                "INSERT INTO decisions (kind, speaker_id, other_id) VALUES ('reject', ?, ?)",
                [pair.speaker.id, pair.candidate.id],
            ).lastrowid
            log_id = store._log("reject", pair.speaker.id, pair.candidate.id, None, pair.score,
                                f"rejected in review: {pair.reason}", manual=True, undo={"decision": decision, "review": pair.id})
        store.db.execute("UPDATE review SET status = ? WHERE id = ?", ["confirmed" if same else "rejected", pair.id])
        return log_id


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


def undo(store: QuoteStore, op_id: int | None = None) -> dict[str, Any]:
    """Revert one logged operation (the latest one not yet undone by default)."""
    if op_id is None:
        row = store.db.execute("SELECT id FROM merge_log WHERE undone = 0 AND op != 'undo' ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise QuotesError("nothing to undo")
        op_id = row[0]
    row = store.db.execute("SELECT id, op, speaker_id, other_id, alias, undo, undone FROM merge_log WHERE id = ?", [op_id]).fetchone()
    if row is None:
        raise QuotesError(f"no operation {op_id} in the history")
    _, op, speaker_id, other_id, alias, data, undone = row
    if undone:
        raise QuotesError(f"operation {op_id} is already undone")
    info = json.loads(data) if data else {}
    db = store.db
    with store.transaction(changes_speakers=True):
        if op == "merge":
            db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", [info["from"]])
            _move(db, "aliases", info["aliases"], info["from"])
            _move(db, "quotes", info["quotes"], info["from"])
            _move(db, "roles", info["roles"], info["from"])
            _move(db, "decisions", info["pins"], info["from"])
        elif op in ("split",):
            _move(db, "aliases", [info["alias"]], info["from"])
            _move(db, "quotes", info["quotes"], info["from"])
            ids = info["decisions"]
            db.execute(f"DELETE FROM decisions WHERE id IN ({','.join('?' * len(ids))})", ids)
            db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", [info["from"], info["to"]])
        elif op == "rename":
            db.execute("UPDATE speakers SET name = ? WHERE id = ?", [info["name"], speaker_id])
        elif op == "reject":
            db.execute("DELETE FROM decisions WHERE id = ?", [info["decision"]])
            db.execute("UPDATE review SET status = 'open' WHERE id = ?", [info["review"]])
        elif op == "auto-merge":
            # Take the alias that joined automatically back out, into a
            # speaker of its own that later ingests keep apart.
            found = db.execute(
                "SELECT id, speaker_id FROM aliases WHERE alias = ? AND speaker_id = ?", [alias, speaker_id]
            ).fetchone()
            if found is None:
                raise QuotesError(f"operation {op_id}: the alias {alias!r} is no longer on that speaker")
            kind = db.execute("SELECT kind FROM speakers WHERE id = ?", [speaker_id]).fetchone()[0]
            _split(store, speaker_id, kind, found[0], alias, alias, f"undo of automatic merge {op_id}", manual=True)
        else:
            raise QuotesError(f"operation {op_id} ({op}) cannot be undone")
        db.execute("UPDATE merge_log SET undone = 1 WHERE id = ?", [op_id])
        store._recount_aliases()
        store.refresh_speaker_lines([speaker_id, other_id, info.get("from"), info.get("to")])
        store._log("undo", speaker_id, other_id, alias, None, f"undid operation {op_id} ({op})", manual=True)
    return {"id": op_id, "op": op}


def _move(db: Any, table: str, ids: list[int], speaker_id: int) -> None:
    if ids:
        db.execute(
            f"UPDATE OR IGNORE {table} SET speaker_id = ? WHERE id IN ({','.join('?' * len(ids))})", [speaker_id, *ids]
        )


SPEAKER_SORTS = {
    "quotes": "quotes DESC, name",
    "name": "name COLLATE NOCASE",
    "articles": "articles DESC, name",
    "first_seen": "first_seen, name",
    "last_seen": "last_seen DESC, name",
    "id": "id",
}
SPEAKER_FIELDS = ("id", "name", "kind", "flagged", "quotes", "articles", "aliases", "first_seen", "last_seen")


def speaker_rows(
    store: QuoteStore, min_quotes: int = 0, kind: str | None = None, sort: str = "quotes"
) -> Iterator[dict[str, Any]]:
    """Active speakers with quote and article counts, aliases, first and last seen."""
    if sort not in SPEAKER_SORTS:
        raise QuotesError(f"unknown sort {sort!r} (sorts: {', '.join(SPEAKER_SORTS)})")
    sql = f"""
        WITH counts AS (
            SELECT q.speaker_id, count(*) AS quotes, count(DISTINCT q.article_id) AS articles,
                   min(a.date) AS first_seen, max(a.date) AS last_seen
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.speaker_id IS NOT NULL GROUP BY q.speaker_id
        )
        SELECT s.id, s.name, s.kind, s.flagged, coalesce(c.quotes, 0) AS quotes, coalesce(c.articles, 0) AS articles,
               (SELECT group_concat(alias, '; ') FROM (SELECT alias, sum(count) AS n FROM aliases a
                    WHERE a.speaker_id = s.id GROUP BY alias ORDER BY n DESC, alias)) AS aliases,
               c.first_seen, c.last_seen
        FROM speakers s LEFT JOIN counts c ON c.speaker_id = s.id
        WHERE s.merged_into IS NULL AND coalesce(c.quotes, 0) >= ? AND (? IS NULL OR s.kind = ?)
        ORDER BY {SPEAKER_SORTS[sort]}
    """
    for row in store.db.execute(sql, [min_quotes, kind, kind]):
        record = dict(zip(SPEAKER_FIELDS, row))
        record["flagged"] = bool(record["flagged"])
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
