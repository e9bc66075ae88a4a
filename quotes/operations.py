"""The logged speaker operations, shared by ingest and by people: merge,
split, and their undo.

Each operation changes rows and writes one row of the merge log with what
it takes to undo it. Both the store (automatic merges while ingesting) and
the speaker commands (merges a person makes) call these; neither imports
the other for them.

Undo is defined so that the history always equals the state: undoing an
operation gives the state that replaying every other live operation in
order would give. That holds when no later live operation touched the same
speakers, so an undo that a later live operation depends on is refused,
naming the operations to undo first.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import QuotesError
from .resolve import alias_norm
from .store import QuoteStore, utc_now


def move(db: Any, table: str, ids: list[int], speaker_id: int) -> None:
    """Give these rows of ``table`` to ``speaker_id``."""
    if ids:
        db.execute(
            f"UPDATE OR IGNORE {table} SET speaker_id = ? WHERE id IN ({','.join('?' * len(ids))})", [speaker_id, *ids]
        )


def merge(store: QuoteStore, keep_id: int, other_id: int, reason: str, manual: bool, score: float | None = None) -> int:
    """Fold ``other_id`` into ``keep_id``: aliases, quotes, roles and pins."""
    db = store.db
    aliases = [r[0] for r in db.execute("SELECT id FROM aliases WHERE speaker_id = ?", [other_id])]
    quotes = [r[0] for r in db.execute("SELECT id FROM quotes WHERE speaker_id = ?", [other_id])]
    roles = [r[0] for r in db.execute("SELECT id FROM roles WHERE speaker_id = ?", [other_id])]
    pins = [r[0] for r in db.execute("SELECT id FROM decisions WHERE kind IN ('pin', 'quote') AND speaker_id = ?", [other_id])]
    db.execute("UPDATE aliases SET speaker_id = ? WHERE speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE OR IGNORE roles SET speaker_id = ? WHERE speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE decisions SET speaker_id = ? WHERE kind IN ('pin', 'quote') AND speaker_id = ?", [keep_id, other_id])
    db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", [keep_id, other_id])
    db.execute(
        "UPDATE review SET status = 'confirmed' WHERE status = 'open' AND "
        "((speaker_id = ? AND candidate_id = ?) OR (speaker_id = ? AND candidate_id = ?))",
        [keep_id, other_id, other_id, keep_id],
    )
    store.refresh_speaker_lines([keep_id])
    last_quote = db.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
    undo = {"from": other_id, "to": keep_id, "aliases": aliases, "quotes": quotes, "roles": roles, "pins": pins,
            "last_quote": last_quote}
    return store.log("merge", keep_id, other_id, None, score, reason, manual=manual, undo=undo)


def split(
    store: QuoteStore, speaker_id: int, kind: str, alias_id: int, alias_text: str, new_name: str, reason: str,
    log: bool = True, article: str | None = None,
) -> tuple[int | None, int]:
    """Move one alias, and the quotes seen under it, to a new speaker that
    later ingests keep apart. With ``article``, only that article's quotes
    under the alias move (each pinned to the new speaker by its place) and
    the alias stays: "Lee" in one article was someone else, elsewhere it is
    still Tim Lee. Returns (log id or None, new speaker id)."""
    db = store.db
    new_id = db.execute(
        "INSERT INTO speakers (name, kind, flagged, created_at) VALUES (?, ?, 0, ?)", [new_name, kind, utc_now()]
    ).lastrowid
    # The speaker's quotes seen under this alias, as its name or as the
    # mention (not another speaker's quote that merely mentions the form).
    where = "speaker_id = ? AND (alias_id = ? OR mention_alias_id = ?)" + (" AND article_id = ?" if article else "")
    found = db.execute(f"SELECT id, article_id, start FROM quotes WHERE {where}",
                       [speaker_id, alias_id, alias_id, *([article] if article else [])]).fetchall()
    quotes = [r[0] for r in found]
    if article is not None and not quotes:
        raise QuotesError(f"article {article!r} has no quote of this speaker under {alias_text!r}")
    move(db, "quotes", quotes, new_id)
    decisions = [
        db.execute("INSERT INTO decisions (kind, speaker_id, other_id) VALUES ('reject', ?, ?)", [speaker_id, new_id]).lastrowid
    ]
    if article is None:
        db.execute("UPDATE aliases SET speaker_id = ? WHERE id = ?", [new_id, alias_id])
        decisions.append(db.execute(
            "INSERT INTO decisions (kind, norm, speaker_id) VALUES ('pin', ?, ?)", [alias_norm(alias_text, kind), new_id]
        ).lastrowid)
    else:
        decisions += [
            db.execute(
                "INSERT INTO decisions (kind, speaker_id, article_id, quote_start) VALUES ('quote', ?, ?, ?)",
                [new_id, article_id, start],
            ).lastrowid
            for _, article_id, start in found
        ]
    store.refresh_speaker_lines([new_id])
    if not log:
        return None, new_id
    undo = {"from": speaker_id, "to": new_id, "alias": alias_id if article is None else None, "quotes": quotes,
            "decisions": decisions}
    return store.log("split", speaker_id, new_id, alias_text, None, reason, manual=True, undo=undo), new_id


# A decision about the speaker of a quote at a place: given to a speaker
# ('quote'), or to no stored speaker ('quote-unnamed': its norm is the
# description as written, "the victim's mother", or NULL for nobody named).
QUOTE_DECISIONS = ("quote", "quote-unnamed")


def reattribute(store: QuoteStore, quote_id: int, speaker_id: int | None, reason: str = "reattributed by hand",
                unnamed: str | None = None, created: int | None = None) -> int:
    """Give one quote to another speaker, for good: the decision is pinned
    to the quote's article and offset, so re-reading the article keeps it.
    ``speaker_id`` None: to no stored speaker, with ``unnamed`` the
    description as written (else nobody named). ``created``: the speaker
    made for this move, which its undo removes again."""
    db = store.db
    row = db.execute(
        "SELECT article_id, start, speaker_id, alias_id, mention_alias_id, speaker_name, speaker_kind FROM quotes "
        "WHERE id = ?", [quote_id]
    ).fetchone()
    if row is None:
        raise QuotesError(f"no quote with id {quote_id}")
    article_id, start, old, alias_id, mention_alias_id, old_name, old_kind = row
    if speaker_id is not None and old == speaker_id:
        raise QuotesError(f"quote {quote_id} is already that speaker's")
    if speaker_id is None and old is None and old_name == unnamed:
        raise QuotesError(f"quote {quote_id} already has that speaker")
    earlier = db.execute(
        f"SELECT id, speaker_id, kind, norm FROM decisions WHERE kind IN {QUOTE_DECISIONS} AND article_id = ? "
        "AND quote_start = ?", [article_id, start]
    ).fetchone()
    if earlier is not None:
        db.execute("DELETE FROM decisions WHERE id = ?", [earlier[0]])
    kind = "quote" if speaker_id is not None else "quote-unnamed"
    decision = db.execute(
        "INSERT INTO decisions (kind, norm, speaker_id, article_id, quote_start) VALUES (?, ?, ?, ?, ?)",
        [kind, unnamed if speaker_id is None else None, speaker_id, article_id, start],
    ).lastrowid
    # The quote no longer counts under the old speaker's names.
    store.add_to_counts([alias_id, mention_alias_id], -1)
    if speaker_id is not None:
        db.execute("UPDATE quotes SET speaker_id = ?, alias_id = NULL, mention_alias_id = NULL WHERE id = ?",
                   [speaker_id, quote_id])
    else:
        db.execute("UPDATE quotes SET speaker_id = NULL, alias_id = NULL, mention_alias_id = NULL, speaker_name = ?, "
                   "speaker_kind = ? WHERE id = ?", [unnamed, "person" if unnamed else "unknown", quote_id])
    store.refresh_export_lines("q.id = ?", [quote_id])
    undo = {"quote": quote_id, "from": old, "to": speaker_id, "alias_id": alias_id, "mention_alias_id": mention_alias_id,
            "decision": decision, "earlier": list(earlier) if earlier else None, "article": article_id, "start": start,
            "name": old_name, "kind": old_kind, "created": created}
    return store.log("reattribute", speaker_id, old, unnamed, None, reason, manual=True, undo=undo)


def _apply_quote_decisions(db: Any, decision_ids: list[int]) -> None:
    """Give the quotes at the places these 'quote' decisions name to the
    decisions' speakers."""
    if decision_ids:
        marks = ",".join("?" * len(decision_ids))
        db.execute(
            "UPDATE quotes SET speaker_id = (SELECT d.speaker_id FROM decisions d WHERE d.kind = 'quote' "
            f"AND d.id IN ({marks}) AND d.article_id = quotes.article_id AND d.quote_start = quotes.start) "
            f"WHERE (article_id, start) IN (SELECT article_id, quote_start FROM decisions WHERE kind = 'quote' AND id IN ({marks}))",
            [*decision_ids, *decision_ids],
        )


def _speakers_of(speaker_id: int | None, other_id: int | None, info: dict[str, Any]) -> set[int]:
    return {s for s in (speaker_id, other_id, info.get("from"), info.get("to")) if s is not None}


def dependents(store: QuoteStore, op_id: int) -> list[tuple[int, str]]:
    """The later live operations that touched a speaker operation ``op_id`` touched."""
    row = store.db.execute("SELECT speaker_id, other_id, undo FROM merge_log WHERE id = ?", [op_id]).fetchone()
    touched = _speakers_of(row[0], row[1], json.loads(row[2]) if row[2] else {})
    later = store.db.execute(
        "SELECT id, op, speaker_id, other_id, undo FROM merge_log WHERE id > ? AND undone = 0 AND op != 'undo' ORDER BY id",
        [op_id],
    )
    return [
        (later_id, op)
        for later_id, op, speaker_id, other_id, data in later
        if touched & _speakers_of(speaker_id, other_id, json.loads(data) if data else {})
    ]


def undo(store: QuoteStore, op_id: int | None = None) -> dict[str, Any]:
    """Revert one logged operation (the latest live one by default), in one
    transaction with the checks that allow it."""
    with store.transaction(changes_speakers=True):
        return undo_within(store, op_id)


def undo_within(store: QuoteStore, op_id: int | None = None) -> dict[str, Any]:
    """``undo`` inside a transaction the caller holds."""
    db = store.db
    if op_id is None:
        row = db.execute("SELECT id FROM merge_log WHERE undone = 0 AND op != 'undo' ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise QuotesError("nothing to undo")
        op_id = row[0]
    row = db.execute("SELECT id, op, speaker_id, other_id, alias, undo, undone FROM merge_log WHERE id = ?", [op_id]).fetchone()
    if row is None:
        raise QuotesError(f"no operation {op_id} in the history")
    _, op, speaker_id, other_id, alias, data, undone = row
    if undone:
        raise QuotesError(f"operation {op_id} is already undone")
    if op == "undo":
        raise QuotesError(f"operation {op_id} is itself an undo; the operation it undid stays undone")
    later = dependents(store, op_id)
    if later:
        listed = ", ".join(f"{i} ({name})" for i, name in later)
        raise QuotesError(
            f"operation {op_id} ({op}) cannot be undone while later operations on the same speakers stand: "
            f"{listed}; undo those first (latest first)"
        )
    info = json.loads(data) if data else {}
    if op == "merge":
        db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", [info["from"]])
        move(db, "aliases", info["aliases"], info["from"])
        move(db, "quotes", info["quotes"], info["from"])
        # Quotes ingested after the merge under the other speaker's names go
        # back with those names (only those: an older quote may carry such a
        # name and be the kept speaker's by a split of its mention).
        if info["aliases"]:
            marks = ",".join("?" * len(info["aliases"]))
            db.execute(
                f"UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND id > ? AND alias_id IN ({marks})",
                [info["from"], info["to"], info.get("last_quote", 0), *info["aliases"]],
            )
        move(db, "roles", info["roles"], info["from"])
        move(db, "decisions", info["pins"], info["from"])
        # Quotes pinned by place to the speaker that comes back out, stored
        # again since the merge (--replace gives them new ids), go with it.
        _apply_quote_decisions(db, info["pins"])
    elif op == "split":
        if info.get("alias") is not None:
            move(db, "aliases", [info["alias"]], info["from"])
        move(db, "quotes", info["quotes"], info["from"])
        ids = info["decisions"]
        # Quotes pinned by place and stored again since (--replace) go back too.
        db.execute(
            f"UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND (article_id, start) IN "
            f"(SELECT article_id, quote_start FROM decisions WHERE kind = 'quote' AND id IN ({','.join('?' * len(ids))}))",
            [info["from"], info["to"], *ids],
        )
        db.execute(f"DELETE FROM decisions WHERE id IN ({','.join('?' * len(ids))})", ids)
        # Whatever the split-off speaker holds now came to it through the
        # split (a later operation on it would have refused this undo):
        # quotes ingested since under the pinned form, their aliases and
        # roles go back with the rest.
        for table in ("quotes", "aliases"):
            db.execute(f"UPDATE {table} SET speaker_id = ? WHERE speaker_id = ?", [info["from"], info["to"]])
        db.execute("UPDATE OR IGNORE roles SET speaker_id = ? WHERE speaker_id = ?", [info["from"], info["to"]])
        db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", [info["from"], info["to"]])
    elif op == "reattribute":
        db.execute("DELETE FROM decisions WHERE id = ?", [info["decision"]])
        if info["earlier"]:
            earlier = info["earlier"] + [None] * (4 - len(info["earlier"]))  # (logged before kinds and norms were)
            db.execute(
                "INSERT INTO decisions (id, kind, speaker_id, norm, article_id, quote_start) VALUES (?, ?, ?, ?, ?, ?)",
                [earlier[0], earlier[2] or "quote", earlier[1], earlier[3], info["article"], info["start"]],
            )
        # By place, not by id: an ingest with --replace since may have
        # stored the quote again under a new id.
        db.execute(
            "UPDATE quotes SET speaker_id = ?, alias_id = ?, mention_alias_id = ? WHERE article_id = ? AND start = ?",
            [info["from"], info["alias_id"], info["mention_alias_id"], info["article"], info["start"]],
        )
        if "kind" in info:
            db.execute("UPDATE quotes SET speaker_name = ?, speaker_kind = ? WHERE article_id = ? AND start = ?",
                       [info["name"], info["kind"], info["article"], info["start"]])
        created = info.get("created")
        if created and not db.execute("SELECT 1 FROM quotes WHERE speaker_id = ?", [created]).fetchone():
            # The speaker made for the move goes with it (the log keeps its id).
            for table, column in (("aliases", "speaker_id"), ("roles", "speaker_id"), ("review", "speaker_id"),
                                  ("review", "candidate_id")):
                db.execute(f"DELETE FROM {table} WHERE {column} = ?", [created])
            db.execute("DELETE FROM speakers WHERE id = ?", [created])
        # Its stored export line names the speaker it had; a quote that had
        # none is in no speaker's lines, so it is rebuilt here by place.
        store.refresh_export_lines("q.article_id = ? AND q.start = ?", [info["article"], info["start"]])
    elif op == "rename":
        db.execute("UPDATE speakers SET name = ? WHERE id = ?", [info["name"], speaker_id])
    elif op == "kind":
        db.execute("UPDATE speakers SET kind = ? WHERE id = ?", [info["kind"], speaker_id])
    elif op == "reject":
        db.execute("DELETE FROM decisions WHERE id = ?", [info["decision"]])
        db.execute("UPDATE review SET status = 'open' WHERE id = ?", [info["review"]])
    elif op == "auto-merge":
        # Take the alias that joined automatically back out, into a
        # speaker of its own that later ingests keep apart. This is part
        # of the undo, not an operation of its own: logging it as a live
        # split would make the next bare 'undo' merge the two again.
        found = db.execute(
            "SELECT id, speaker_id FROM aliases WHERE alias = ? AND speaker_id = ?", [alias, speaker_id]
        ).fetchone()
        if found is None:
            raise QuotesError(f"operation {op_id}: the alias {alias!r} is no longer on that speaker")
        kind = db.execute("SELECT kind FROM speakers WHERE id = ?", [speaker_id]).fetchone()[0]
        _, other_id = split(store, speaker_id, kind, found[0], alias, alias, f"undo of {op_id}", log=False)
        db.execute("UPDATE review SET status = 'rejected' WHERE log_id = ? AND status = 'open'", [op_id])
    else:
        raise QuotesError(f"operation {op_id} ({op}) cannot be undone")
    db.execute("UPDATE merge_log SET undone = 1 WHERE id = ?", [op_id])
    store.recount_aliases()
    store.refresh_speaker_lines([speaker_id, other_id, info.get("from"), info.get("to")])
    store.log("undo", speaker_id, other_id, alias, None, f"undid operation {op_id} ({op})", manual=True)
    return {"id": op_id, "op": op}
