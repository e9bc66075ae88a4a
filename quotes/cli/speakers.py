"""`quotes speakers` (list and change speakers) and `quotes speaker NAME`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from ..errors import QuotesError
from ..fields import SPEAKER_FIELDS, SPEAKER_SORTS
from ..lazy import LazyModule
from .group import cli

if TYPE_CHECKING:
    from ..store import QuoteStore

query = LazyModule("quotes.query")
speaker_ops = LazyModule("quotes.speakers")
from ..output import plural, printable
from .common import (
    ROW_ID,
    db_option,
    default_format,
    emit,
    note,
    open_store,
    output_options,
    say,
)

LIST_FIELDS = ("id", "name", "kind", "quotes", "articles", "aliases", "first_seen", "last_seen", "flagged")


@cli.group(invoke_without_command=True)
@db_option
@click.option("--min-quotes", type=click.IntRange(0), default=0, help="Only speakers with at least this many quotes.")
@click.option("--kind", type=click.Choice(["person", "organization", "document", "unknown"]), help="Only this kind.")
@click.option("--sort", type=click.Choice(list(SPEAKER_SORTS)), default="quotes", show_default=True)
@click.option("--flagged", is_flag=True, help="Only flagged speakers: bare surnames with no single candidate "
              "('quotes speakers candidates NAME' lists who they may be).")
@click.option("--suspect", is_flag=True, help="Only names that look like none (one word, a common word, a date, a "
              "place, a noun for people), with why: to check and clean.")
@click.option("--limit", type=click.IntRange(1), help="At most N speakers.")
@output_options
@click.pass_context
def speakers(ctx: click.Context, db_path: str, min_quotes: int, kind: str | None, sort: str, flagged: bool,
             suspect: bool, limit: int | None, fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """List speakers, or change them (merge, split, rename, review).

    With no subcommand: every speaker with quote and article counts,
    aliases, and first and last seen.

    \b
    Example:
      quotes speakers --min-quotes 5 --kind person --format csv
      quotes speakers merge "Patricia H. Hyde" "P. Hyde"
    """
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is None:
        with open_store(db_path) as store:
            rows = speaker_ops.speaker_rows(store, min_quotes, kind, sort, flagged=flagged, suspect=suspect, limit=limit)
            if suspect:
                emit(rows, fmt, fields, no_headers, output, ("id", "name", "kind", "quotes", "why"),
                     allowed=(*SPEAKER_FIELDS, "why"))
            else:
                emit(rows, fmt, fields, no_headers, output, LIST_FIELDS, allowed=SPEAKER_FIELDS)


def _store_from(ctx: click.Context, db_path: str | None, write: bool = True) -> QuoteStore:
    return open_store(db_path or ctx.obj.get("db_path") or "quotes.db", write=write)


def _sub_db_option(func: Any) -> Any:
    return click.option("--db", "db_path", envvar="QUOTES_DB", type=click.Path(dir_okay=False),
                        help="The SQLite database (also $QUOTES_DB).")(func)


@speakers.command("merge")
@click.argument("keep")
@click.argument("others", nargs=-1, required=True)
@_sub_db_option
@click.pass_context
def speakers_merge(ctx: click.Context, keep: str, others: tuple[str, ...], db_path: str | None) -> None:
    """Merge OTHERS into KEEP, which keeps its name.

    Speakers are given by id, name or alias. The merge is logged and can be
    undone with 'quotes undo'.

    \b
    Example:
      quotes speakers merge "Michelle Wu" "Mayor Wu"
    """
    with _store_from(ctx, db_path) as store:
        target = speaker_ops.find_speaker(store, keep)
        for name in others:
            other = speaker_ops.find_speaker(store, name)
            op = speaker_ops.merge(store, target, other)
            note(f"merged {other.name!r} (id {other.id}) into {target.name!r} (id {target.id}) [op {op}]")


@speakers.command("split")
@click.argument("name")
@click.option("--alias", "alias", required=True, help="The alias to move to a speaker of its own.")
@click.option("--name", "new_name", help="Name of the new speaker [default: the alias].")
@click.option("--article", help="Only this article's quotes under the alias (the alias stays with NAME).")
@_sub_db_option
@click.pass_context
def speakers_split(ctx: click.Context, name: str, alias: str, new_name: str | None, article: str | None,
                   db_path: str | None) -> None:
    """Move one alias of NAME, and its quotes, to a new speaker.

    Later ingests keep the two apart. With --article, only that article's
    quotes under the alias move ("Lee" there was someone else); to move a
    single quote, use 'quotes reattribute'.

    \b
    Example:
      quotes speakers split "Daniel Reyes" --alias "Maria Reyes"
      quotes speakers split "Tim Lee" --alias Lee --article lee-2025-05-01 --name "Ann Lee"
    """
    with _store_from(ctx, db_path) as store:
        speaker = speaker_ops.find_speaker(store, name)
        op, new_id = speaker_ops.split(store, speaker, alias, new_name, article)
        note(f"split {alias!r} from {speaker.name!r} into new speaker {new_id} [op {op}]")


@speakers.command("rename")
@click.argument("name")
@click.argument("new_name")
@_sub_db_option
@click.pass_context
def speakers_rename(ctx: click.Context, name: str, new_name: str, db_path: str | None) -> None:
    """Give speaker NAME the canonical name NEW_NAME.

    \b
    Example:
      quotes speakers rename "Tom Brennan" "Thomas J. Brennan"
    """
    with _store_from(ctx, db_path) as store:
        speaker = speaker_ops.find_speaker(store, name)
        op = speaker_ops.rename(store, speaker, new_name)
        note(f"renamed {speaker.name!r} to {new_name!r} [op {op}]")


@speakers.command("kind")
@click.argument("name")
@click.argument("kind", type=click.Choice(["person", "organization", "document"]))
@_sub_db_option
@click.pass_context
def speakers_kind(ctx: click.Context, name: str, kind: str, db_path: str | None) -> None:
    """Say what speaker NAME is: a person, an organization or a document.

    \b
    Example:
      quotes speakers kind "Big Machine" organization
    """
    with _store_from(ctx, db_path) as store:
        speaker = speaker_ops.find_speaker(store, name)
        op = speaker_ops.set_kind(store, speaker, kind)
        note(f"{speaker.name!r} is now a {kind} [op {op}]")


@speakers.command("review")
@click.option("--confirm", "confirm_ids", multiple=True, type=ROW_ID, help="Pair id to merge (repeatable).")
@click.option("--reject", "reject_ids", multiple=True, type=ROW_ID, help="Pair id to keep apart for good (repeatable).")
@_sub_db_option
@output_options
@click.pass_context
def speakers_review(ctx: click.Context, confirm_ids: tuple[int, ...], reject_ids: tuple[int, ...], db_path: str | None,
                    fmt: str | None, fields: str | None, no_headers: bool, output: Any) -> None:
    """Borderline speaker pairs, and bare surnames that joined a speaker,
    for a human to confirm or reject.

    Without options it lists them; on a terminal it then asks about each one,
    showing both speakers' names and a quote of each (y: same person, n:
    different, s: skip, q: quit, ?: these keys). A rejection is remembered
    by later ingests; rejecting a join gives the surname's quotes a speaker
    of their own.

    \b
    Example:
      quotes speakers review --format csv
      quotes speakers review --confirm 3 --reject 4
    """
    both = set(confirm_ids) & set(reject_ids)
    if both:
        raise click.UsageError(f"pair {min(both)} is both confirmed and rejected")
    interactive = _interactive(output, fmt)
    with _store_from(ctx, db_path, write=bool(confirm_ids or reject_ids or interactive)) as store:
        pairs = {p.id: p for p in speaker_ops.review_pairs(store)}
        if confirm_ids or reject_ids:
            # Rejections first: a merge confirmed first would make the other
            # pairs of the merged speaker stale.
            for pair_id, same in [(i, False) for i in reject_ids] + [(i, True) for i in confirm_ids]:
                if pair_id not in pairs:
                    raise QuotesError(f"no open review pair {pair_id}")
                op = speaker_ops.decide(store, pairs[pair_id], same)
                note(f"{'merged' if same else 'kept apart'} pair {pair_id} [op {op}]")
            return
        rows = [
            {"pair": p.id, "kind": "join" if p.log_id else "pair", "speaker": p.speaker.name, "speaker_id": p.speaker.id,
             "candidate": p.alias if p.log_id else p.candidate.name, "candidate_id": p.candidate.id,
             "score": p.score, "reason": p.reason}
            for p in pairs.values()
        ]
        if not interactive:
            emit(rows, fmt, fields, no_headers, output)
            return
        if not pairs:
            note("nothing to review")
            return
        for pair in pairs.values():
            _show_pair(store, pair)
            while True:
                answer = click.prompt("same person? [y/n/s/q/?]", type=click.Choice(["y", "n", "s", "q", "?"]),
                                      show_choices=False, err=True)
                if answer != "?":
                    break
                note(_REVIEW_KEYS)
            if answer == "q":
                break
            if answer in ("y", "n"):
                try:
                    op = speaker_ops.decide(store, pair, answer == "y")
                    note(f"{'same person' if answer == 'y' else 'kept apart'}: pair {pair.id} [op {op}]")
                except speaker_ops.StalePair as e:
                    note(str(e))


def _interactive(output: Any, fmt: str | None) -> bool:
    """Ask about each pair only when a person is at a terminal both ways."""
    return sys.stdin.isatty() and default_format(output) == "table" and fmt is None


_REVIEW_KEYS = (
    "y  the same person: merge the pair (a join stays)\n"
    "n  different people: keep them apart for good (a join's surname gets a speaker of its own)\n"
    "s  skip this one for now\n"
    "q  stop reviewing\n"
    "?  these keys"
)


def _show_pair(store: QuoteStore, pair: Any) -> None:
    """Both sides of a pair as a person needs them: names, and a quote of each with its article."""
    note("")
    if pair.log_id:
        sides = [(f"{pair.alias!r} (a bare surname)", pair.speaker, pair.alias), (pair.speaker.name, pair.speaker, None)]
        note(f"[{pair.id}] did {pair.alias!r} join the right speaker? ({pair.reason})")
    else:
        sides = [(pair.speaker.name, pair.speaker, None), (pair.candidate.name, pair.candidate, None)]
        note(f"[{pair.id}] {pair.speaker.name!r} = {pair.candidate.name!r}? ({pair.reason})")
    for label, speaker, alias in sides:
        aliases = "; ".join(speaker_ops.aliases_of(store, speaker)[:6])
        note(printable(f"  {label}, id {speaker.id}, known as: {aliases}"))
        sample = speaker_ops.sample_quote(store, speaker, alias)
        if sample:
            words = " ".join(sample["quote"].split())
            note(printable(f"    \u201c{words[:110]}{'…' if len(words) > 110 else ''}\u201d  ({sample['article']})"))


@speakers.command("candidates")
@click.argument("name")
@_sub_db_option
@output_options
@click.pass_context
def speakers_candidates(ctx: click.Context, name: str, db_path: str | None, fmt: str | None, fields: str | None,
                        no_headers: bool, output: Any) -> None:
    """The speakers a flagged name (a bare surname, say) might be.

    \b
    Example:
      quotes speakers candidates Reyes
    """
    with _store_from(ctx, db_path, write=False) as store:
        speaker = speaker_ops.find_speaker(store, name)
        rows = speaker_ops.candidates(store, speaker)
        if not rows:
            note(f"no candidates for {speaker.name!r}: nothing in the review queue names it")
            return
        emit(rows, fmt, fields, no_headers, output)


@cli.command()
@click.argument("name")
@db_option
@click.option("--quotes", "quotes_limit", type=click.IntRange(0), default=20, show_default=True,
              help="How many of the speaker's quotes to show.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), help="[default: text on a terminal, json otherwise]")
def speaker(name: str, db_path: str, quotes_limit: int, fmt: str | None) -> None:
    """One speaker's profile: aliases, roles over time, articles, quotes.

    NAME is an id, a name or an alias; a near spelling will do.

    \b
    Example:
      quotes speaker "michele wu"
    """
    import json

    with open_store(db_path) as store:
        profile = query.speaker_profile(store, speaker_ops.find_speaker(store, name), quotes_limit)
    if (fmt or ("text" if sys.stdout.isatty() else "json")) == "json":
        click.echo(json.dumps(profile, ensure_ascii=False))
        return
    say(f"{profile['name']} ({profile['kind']}, id {profile['id']}): {plural(profile['quote_count'], 'quote')}")
    say("aliases: " + "; ".join(f"{a['alias']} ({a['count']})" for a in profile["aliases"]))
    if profile["roles"]:
        say("roles:")
        for role in profile["roles"]:
            span = role["first_seen"] if role["first_seen"] == role["last_seen"] else f"{role['first_seen']} to {role['last_seen']}"
            say(f"  {span or 'undated'}: {role['role']}")
    say("articles:")
    for article in profile["articles"]:
        say(f"  {article['date'] or '':10}  {article['article']}  ({plural(article['quotes'], 'quote')})  {article['title'] or ''}")
    say("quotes:")
    for q in profile["quotes"]:
        say(f"  [{q['id']}] {q['date'] or '':10}  {' '.join(q['quote'].split())}")


@cli.command()
@click.argument("quote_id", type=ROW_ID)
@click.argument("speaker", required=False)
@click.option("--none", "nobody", is_flag=True, help="Nobody named speaks it (no speaker).")
@click.option("--new", "new_name", metavar="NAME", help="A new speaker of this name, made for it.")
@click.option("--kind", type=click.Choice(["person", "organization", "document"]), default="person", show_default=True,
              help="With --new: the new speaker's kind.")
@click.option("--unnamed", metavar="TEXT", help="An unnamed speaker, described as written (\"the victim's mother\").")
@db_option
def reattribute(quote_id: int, speaker: str | None, nobody: bool, new_name: str | None, kind: str,
                unnamed: str | None, db_path: str) -> None:
    """Give quote QUOTE_ID to SPEAKER (an id, a name or an alias), to a new
    speaker (--new), to an unnamed one (--unnamed) or to nobody (--none).

    The change is logged ('quotes history'), can be undone ('quotes undo'),
    and stays when the article is ingested again: the quote is pinned by
    its article and place.

    \b
    Example:
      quotes reattribute 1042 "Patricia H. Hyde"
      quotes reattribute 1042 --new "Ines Vidal"
      quotes reattribute 1042 --unnamed "the victim's mother"
      quotes reattribute 1042 --none
    """
    given = [name for name, value in (("SPEAKER", speaker), ("--none", nobody), ("--new", new_name),
                                      ("--unnamed", unnamed)) if value]
    if len(given) != 1:
        raise click.UsageError("give one of SPEAKER, --none, --new NAME or --unnamed TEXT"
                               + (f" (not {' and '.join(given)})" if given else ""))
    if kind != "person" and not new_name:
        raise click.UsageError("--kind goes with --new")
    with open_store(db_path, write=True) as store:
        if speaker:
            target = speaker_ops.find_speaker(store, speaker)
            op = speaker_ops.reattribute(store, quote_id, target)
            note(f"quote {quote_id} is now {target.name!r}'s [op {op}]")
        elif new_name:
            op, new_id = speaker_ops.reattribute_to_new(store, quote_id, new_name, kind)
            note(f"quote {quote_id} is now the new speaker {new_name!r}'s (id {new_id}) [op {op}]")
        else:
            op = speaker_ops.reattribute_unnamed(store, quote_id, unnamed)
            note(f"quote {quote_id} is now {'spoken by ' + repr(unnamed) if unnamed else 'spoken by nobody named'} [op {op}]")
