"""Ingest: articles in, quotes and speakers stored.

``ingest_articles`` is the whole pipeline as one call (the CLI, the
distributed path and the benchmarks use it): extraction in worker
processes, then one writer that stores each article in input order, resolves
its speakers against the database (``resolve.SpeakerIndex``) and merges the
people it can, in transactions of a batch of articles.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .extract import extract
from .language.lexicon import NAME_PARTICLES, PREFIXED_NAME_RE
from .models import Article, Quote
from .names import parse_person
from .operations import merge as merge_speakers
from .output import csv_line, plural
from .resolve import PERSON, SpeakerIndex, alias_norm
from .store import BATCH_SIZE, QuoteStore, content_hash, utc_now as _now


@dataclass
class IngestSummary:
    articles: int = 0
    skipped: int = 0  # already stored with the same content
    replaced: int = 0
    quotes: int = 0
    new_speakers: int = 0
    merges: int = 0

    def line(self) -> str:
        done = f"{plural(self.articles, 'article')} ({self.skipped} unchanged, {self.replaced} replaced)"
        return (f"{done}, {plural(self.quotes, 'quote')}, {plural(self.new_speakers, 'new speaker')}, "
                f"{plural(self.merges, 'merge')}")


_NOT_NAMES = frozenset("the a an his her their its our this that these those he she they it we".split())


def _is_named(name: str | None, kind: str = "") -> bool:
    """A speaker worth a row: a name, not "a spokesman", "His office" or
    "The councilor" (capitalised only because it starts a sentence). A
    person's name is capitalised throughout: "presumptive Republican
    nominee" describes someone, it does not name them."""
    words = (name or "").split()
    if words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if kind == PERSON:
        # Lower-case parts a name may hold: "Ana de la Cruz", "Layla al-Hashimi".
        return bool(words) and all(w[:1].isupper() or w in NAME_PARTICLES or PREFIXED_NAME_RE.match(w) for w in words)
    return any(w[:1].isupper() or (w[:1] == "@" and len(w) > 2) for w in words)  # (an account: "@CityElections")


def _split_off(speaker_id: int, mention: str, kind: str, index: SpeakerIndex) -> int:
    """A person split a mention's form off this speaker ('Kapoor' is someone
    else, not Anita Kapoor): a quote named that way goes to the speaker it
    was split into, as the split moved the quotes stored then. (The pin and
    the pair kept apart are the split's own decisions.)"""
    pinned = index.pins.get(alias_norm(mention, kind))
    if pinned is not None and pinned != speaker_id and frozenset((speaker_id, pinned)) in index.rejected:
        return pinned
    return speaker_id


class Ingest:
    """The one writer of an ingest: stores articles with their quotes and
    speakers, a transaction per batch."""

    def __init__(self, store: QuoteStore, warn: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.db = store.db
        self._warn = warn
        self._new_surnames: set[str] = set()  # people created in this batch
        self._maybe_ghosts: set[int] = set()  # speakers of replaced quotes, this batch

    def run(
        self,
        articles: Iterable[Article | tuple[Article, list[Quote] | None]],
        replace: bool = False,
        batch_size: int = BATCH_SIZE,
        progress: Callable[[Article, IngestSummary], None] | None = None,
    ) -> IngestSummary:
        """Extract and store articles, one transaction per batch. Two
        different articles with one id in the same run: the later one is
        stored and ``warn`` (given to the writer) is told both sources.

        An item may also be an article with its quotes already extracted
        (by worker processes, ``quotes.parallel``); None stands for quotes
        not extracted because the article is stored unchanged."""
        summary = IngestSummary()
        # The ids read in this run and where from, to report two different
        # articles under one id; on disk (a temporary table), not in memory.
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS run_articles (id TEXT PRIMARY KEY, origin TEXT, hash TEXT)")
        self.db.execute("DELETE FROM run_articles")
        batch: list[tuple[Article, list[Quote] | None]] = []
        source = iter(articles)
        while True:
            try:
                item = next(source)
            except StopIteration:
                break
            except Exception:
                # Bad input part-way (a malformed line, say) still stores
                # every article read before it; then the error goes on.
                if batch:
                    self._ingest_batch(batch, replace, summary, progress)
                raise
            batch.append(item if isinstance(item, tuple) else (item, None))
            if len(batch) >= batch_size:
                self._ingest_batch(batch, replace, summary, progress)
                batch = []
        if batch:
            self._ingest_batch(batch, replace, summary, progress)
        return summary

    def run_batches(self, batches: Iterable[list[tuple[Article, list[Quote] | None]]]) -> IngestSummary:
        """Store articles with their quotes, one transaction a given batch:
        the distributed pipeline replays a block of speakers with the batch
        boundaries of the whole input (a batch ends with the bare-surname
        joins, so the boundaries matter)."""
        summary = IngestSummary()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS run_articles (id TEXT PRIMARY KEY, origin TEXT, hash TEXT)")
        for batch in batches:
            if batch:
                self._ingest_batch(batch, False, summary, None)
        return summary

    def _ingest_batch(
        self, batch: list[tuple[Article, list[Quote] | None]], replace: bool, summary: IngestSummary,
        progress: Callable[[Article, IngestSummary], None] | None,
    ) -> None:
        with self.store.transaction():
            index = self.store.index
            self._new_surnames = set()
            self._maybe_ghosts = set()
            for article, quotes in batch:
                self._ingest_article(article, replace, summary, index, quotes)
                if progress:
                    progress(article, summary)
            self._reconcile_bare_surnames(index, summary)
            # Last, when nothing in this batch can still resolve to them.
            self.store.drop_unused_speakers(self._maybe_ghosts)

    def _reconcile_bare_surnames(self, index: SpeakerIndex, summary: IngestSummary) -> None:
        """A bare surname seen before any full name of that surname ("Obama"
        before "Barack Obama") joins the full name once it is the only one."""
        merged = False
        for surname in sorted(self._new_surnames):
            flagged = [
                row[0]
                for row in self.db.execute(
                    "SELECT DISTINCT s.id FROM speakers s JOIN aliases a ON a.speaker_id = s.id "
                    "WHERE s.flagged = 1 AND s.merged_into IS NULL AND s.kind = 'person' AND a.norm = ? "
                    "AND instr(trim(s.name), ' ') = 0",
                    [surname],
                )
            ]
            owners = sorted({sid for known, sid in index.by_surname.get(surname, {}).items() if not known.suffix})
            for bare in flagged:
                if len(owners) == 1 and frozenset((bare, owners[0])) not in index.rejected:
                    # The same merge a person makes, logged as automatic.
                    merge_speakers(self.store, owners[0], bare, "bare surname, one candidate", manual=False, score=80.0)
                    summary.merges += 1
                    merged = True
                else:
                    for owner in owners:
                        self.db.execute(
                            "INSERT OR IGNORE INTO review (speaker_id, candidate_id, score, reason) VALUES (?, ?, ?, ?)",
                            [bare, owner, 50.0, f"bare surname, {len(owners)} candidates"],
                        )
        if merged:
            self.store.forget_index()  # aliases moved: reload before the next batch

    def _note_in_run(self, article: Article, digest: str) -> None:
        """Remember where this run read the article; warn when another
        article of the same id and different text came before it."""
        origin = article.origin or article.path or "<stdin>"
        row = self.db.execute("SELECT origin, hash FROM run_articles WHERE id = ?", [article.id]).fetchone()
        if row is not None and row[1] != digest and self._warn:
            self._warn(f"article id {article.id!r} from {origin} replaces a different article with that id from {row[0]}")
        self.db.execute("INSERT OR REPLACE INTO run_articles (id, origin, hash) VALUES (?, ?, ?)", [article.id, origin, digest])

    def _ingest_article(self, article: Article, replace: bool, summary: IngestSummary, index: SpeakerIndex,
                        extracted: list[Quote] | None = None) -> None:
        digest = content_hash(article.text)
        self._note_in_run(article, digest)
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", [article.id]).fetchone()
        summary.articles += 1
        before: set[int] = set()
        kept_ids: dict[tuple[int, int, str], int] = {}
        if row is not None:
            if row[0] == digest and not replace:
                summary.skipped += 1
                return
            before, kept_ids = self._remove_article_quotes(article.id)
            summary.replaced += 1
        self.db.execute(
            "INSERT INTO articles (id, content_hash, title, date, source, url, path, ingested_at, text, author) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash, "
            "title = excluded.title, date = excluded.date, source = excluded.source, url = excluded.url, "
            "path = excluded.path, ingested_at = excluded.ingested_at, text = excluded.text, author = excluded.author",
            [article.id, digest, article.title, article.date, article.source, article.url, article.path, _now(),
             article.text, article.author],
        )
        quotes = extracted if extracted is not None else extract(article.text)
        resolved: dict[tuple[str, str], int | None] = {}
        rows = []
        for q in quotes:
            speaker_id = alias_id = mention_alias_id = None
            if q.speaker and _is_named(q.speaker, q.speaker_kind):
                key = (q.speaker_kind, q.speaker)
                if key not in resolved:
                    resolved[key] = self._resolve_speaker(q.speaker, q.speaker_kind, index, summary)
                speaker_id = resolved[key]
            if speaker_id is not None and q.speaker_mention:
                speaker_id = _split_off(speaker_id, q.speaker_mention, q.speaker_kind, index)
            if speaker_id is not None:
                alias_id = self._note_alias(speaker_id, q.speaker, index)  # type: ignore[arg-type]
                mention = q.speaker_mention
                kind = index.kinds.get(speaker_id, q.speaker_kind)
                if mention and mention != q.speaker and _is_named(mention, kind) and mention.split()[0].lower() not in _NOT_NAMES:
                    mention_alias_id = self._note_alias(speaker_id, mention, index)
                if q.role:
                    self.db.execute(
                        "INSERT OR IGNORE INTO roles (speaker_id, role, article_id, date) VALUES (?, ?, ?, ?)",
                        [speaker_id, q.role, article.id, article.date],
                    )
            rows.append((q, speaker_id, alias_id, mention_alias_id))
        rows = self._apply_quote_decisions(article.id, rows)
        if rows:
            canonical = self._speaker_names({row[1] for row in rows})
            # A quote read again, at its place with its words, keeps its id
            # (ids written in notes stay good); a new one gets a new id.
            self.db.conn.executemany(
                'INSERT INTO quotes (id, article_id, speaker_id, alias_id, mention_alias_id, quote, start, "end", '
                "speaker_name, speaker_kind, speaker_mention, speaker_start, speaker_end, role, cue, kind, paragraph, "
                "confidence, export_line, date, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(kept_ids.get((row[0].start, row[0].end, row[0].quote)), *self._quote_row(article, *row, canonical))
                 for row in rows],
            )
            self.store.add_to_counts([alias for row in rows for alias in row[2:4]], +1)
        summary.quotes += len(rows)
        self._maybe_ghosts |= before

    def _apply_quote_decisions(self, article_id: str, rows: list[tuple]) -> list[tuple]:
        """A quote a person gave to a speaker ('quotes reattribute') stays
        theirs when the article is read again, pinned by article and offset."""
        pinned = dict(
            self.db.execute(
                "SELECT d.quote_start, coalesce(s.merged_into, d.speaker_id) FROM decisions d "
                "JOIN speakers s ON s.id = d.speaker_id WHERE d.kind = 'quote' AND d.article_id = ?",
                [article_id],
            ).fetchall()
        )
        # Quotes given to no stored speaker: an unnamed one, as described, or nobody.
        unnamed = dict(self.db.execute(
            "SELECT quote_start, norm FROM decisions WHERE kind = 'quote-unnamed' AND article_id = ?", [article_id]
        ).fetchall())
        if not pinned and not unnamed:
            return rows
        out = []
        for q, *rest in rows:
            if q.start in pinned:
                out.append((q, pinned[q.start], None, None))
            elif q.start in unnamed:
                described = unnamed[q.start]
                out.append((dataclasses.replace(q, speaker=described, speaker_kind=PERSON if described else "unknown"),
                            None, None, None))
            else:
                out.append((q, *rest))
        return out

    def _speaker_names(self, speaker_ids: set[int | None]) -> dict[int, tuple[str, str]]:
        """Canonical (name, kind) of these speakers."""
        ids = [i for i in speaker_ids if i is not None]
        if not ids:
            return {}
        rows = self.db.execute(f"SELECT id, name, kind FROM speakers WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {r[0]: (r[1], r[2]) for r in rows}

    @staticmethod
    def _quote_row(
        article: Article,
        q: Quote,
        speaker_id: int | None,
        alias_id: int | None,
        mention_alias_id: int | None,
        canonical: dict[int, tuple[str, str]],
    ) -> tuple:
        """The quotes row, with its export line built from the same values
        the live query would read (LINE_FIELDS, in order)."""
        name, kind = canonical.get(speaker_id, (q.speaker, q.speaker_kind)) if speaker_id else (q.speaker, q.speaker_kind)
        line = csv_line(
            (article.id, article.date, q.start, q.end, q.quote, speaker_id, name, kind, q.speaker_mention,
             q.speaker_start, q.speaker_end, q.role, q.cue, q.kind, q.paragraph, q.confidence)
        )
        return (
            article.id, speaker_id, alias_id, mention_alias_id, q.quote, q.start, q.end, q.speaker, q.speaker_kind,
            q.speaker_mention, q.speaker_start, q.speaker_end, q.role, q.cue, q.kind, q.paragraph, q.confidence, line,
            article.date, article.source,  # the article's, kept on the quote for the viewer (schema _migration_11)
        )

    def _remove_article_quotes(self, article_id: str) -> tuple[set[int], dict[tuple[int, int, str], int]]:
        """Take an article's quotes out, keeping alias counts right; returns
        the speakers they were attributed to, and each quote's id by its
        place and words, so that a quote read again keeps its id."""
        used = self.db.execute(
            'SELECT alias_id, mention_alias_id, speaker_id, id, start, "end", quote FROM quotes WHERE article_id = ?',
            [article_id],
        ).fetchall()
        ids = {(row[4], row[5], row[6]): row[3] for row in used}
        self.store.add_to_counts([alias for row in used for alias in row[:2]], -1)
        self.db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        self.db.execute("DELETE FROM roles WHERE article_id = ?", [article_id])
        return {row[2] for row in used if row[2] is not None}, ids

    def _resolve_speaker(self, name: str, kind: str, index: SpeakerIndex, summary: IngestSummary) -> int:
        decision = index.resolve(name, kind)
        if decision.speaker_id is not None:
            speaker_id = decision.speaker_id
            if decision.score is not None:
                summary.merges += 1
                log_id = self.store.log("auto-merge", speaker_id, None, name, decision.score, decision.reason, manual=False,
                                   undo={"alias": name, "speaker_id": speaker_id})
                if kind == PERSON and " " not in name.strip():
                    # "Lee said" joined the one Lee known: a guess worth a
                    # person's look ('quotes speakers review').
                    self.db.execute(
                        "INSERT INTO review (speaker_id, candidate_id, score, reason, log_id) VALUES (?, ?, ?, ?, ?)",
                        [speaker_id, speaker_id, decision.score, f"bare surname {name!r} joined: {decision.reason}", log_id],
                    )
            return speaker_id
        display = name if kind != PERSON else " ".join(name.split())
        speaker_id = self.db.execute(
            "INSERT INTO speakers (name, kind, flagged, created_at) VALUES (?, ?, ?, ?)",
            [display, kind, int(decision.flagged), _now()],
        ).lastrowid
        if kind == PERSON and not decision.flagged:
            self._new_surnames.add(parse_person(name).last)
        summary.new_speakers += 1
        index.kinds[speaker_id] = kind
        for candidate, score, reason in decision.review:
            if frozenset((speaker_id, candidate)) in index.rejected:
                continue
            self.db.execute(
                "INSERT OR IGNORE INTO review (speaker_id, candidate_id, score, reason) VALUES (?, ?, ?, ?)",
                [speaker_id, candidate, score, reason],
            )
        return speaker_id

    def _note_alias(self, speaker_id: int, alias: str, index: SpeakerIndex) -> int:
        kind = index.kinds.get(speaker_id) or self.store.speaker(speaker_id)["kind"]
        row = self.db.execute(
            "SELECT id FROM aliases WHERE speaker_id = ? AND alias = ?", [speaker_id, alias]
        ).fetchone()
        if row is None:
            alias_id = self.db.execute(
                "INSERT INTO aliases (speaker_id, alias, norm, count) VALUES (?, ?, ?, 0)",
                [speaker_id, alias, alias_norm(alias, kind)],
            ).lastrowid
            index.add(speaker_id, alias, kind)
        else:
            alias_id = row[0]
        return alias_id



def ingest(store: QuoteStore, articles: Iterable[Article | tuple[Article, list[Quote] | None]], replace: bool = False,
           batch_size: int = BATCH_SIZE, progress: Callable[[Article, IngestSummary], None] | None = None,
           warn: Callable[[str], None] | None = None) -> IngestSummary:
    """Extract (where not done already) and store ``articles`` in ``store``."""
    return Ingest(store, warn).run(articles, replace, batch_size, progress)


def ingest_batches(store: QuoteStore, batches: Iterable[list[tuple[Article, list[Quote] | None]]]) -> IngestSummary:
    """Store articles with their quotes, one transaction a given batch."""
    return Ingest(store).run_batches(batches)


def ingest_articles(store: QuoteStore, articles: Iterable[Article], jobs: int = 1, replace: bool = False,
                    batch_size: int = BATCH_SIZE, progress: Callable[[Article, IngestSummary], None] | None = None,
                    warn: Callable[[str], None] | None = None) -> IngestSummary:
    """The ingest pipeline: extraction in ``jobs`` worker processes, every
    article stored here in input order, in the same transactions as on one
    core. An article stored unchanged is not extracted again (unless
    ``replace``)."""
    from . import parallel  # (the process pool only for the commands that ingest)

    source = parallel.extract_in_order(articles, jobs, wanted=lambda article: replace or not store.is_stored_unchanged(article))
    # Closed here on any end, an error included: its workers stop in this
    # thread, not whenever the collector gets to the generator.
    with contextlib.closing(source):
        summary = ingest(store, source, replace=replace, batch_size=batch_size, progress=progress, warn=warn)
    store.analyze_if_grown(summary.quotes)
    return summary
