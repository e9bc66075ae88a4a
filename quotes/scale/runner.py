"""Runs the three steps on a Dask cluster: a LocalCluster this process
starts (``scheduler="local"``) or an existing one (``tcp://host:8786``).

Every worker and this process must see the stage folder (on one machine,
any folder; on a cluster, a shared file system). Inputs may be local paths,
folders, globs, or fsspec URLs (s3://, gs://) that the workers can read.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..articles import SUFFIX_FORMATS, ReadOptions, folder_id_stem, format_of
from ..errors import InputError, QuotesError
from ..ingest import IngestSummary
from .blocks import GroupReport, resolve_group, shard_offsets
from .load import LoadSummary, load
from .shards import ShardReport, extract_shard
from .update import update

DEFAULT_GROUPS = 64
_WORKERS_START_SECONDS = 120
BATCH_SIZE = 200  # as `quotes ingest`: the bare-surname joins run at each batch's end


@dataclass
class PipelineReport:
    shards: list[ShardReport]
    groups: list[GroupReport]
    loaded: LoadSummary | None
    seconds: dict[str, float]  # wall time of each step: extract, resolve, load
    worker_peak_mb: list[float]  # each worker process's peak memory
    updated: IngestSummary | None = None  # into an existing database: what its ingest did


def input_files(inputs: list[str]) -> list[str]:
    """One shard a file: folders walked (readable kinds only, in name
    order), globs expanded; remote URLs (fsspec) and files kept as given."""
    return [source for source, _ in input_sources(inputs)]


def input_sources(inputs: list[str]) -> list[tuple[str, str | None]]:
    """``input_files`` with each file's article id stem: a file found in a
    folder is named by its path below it, as a plain ingest names it."""
    files: list[tuple[str, str | None]] = []
    for item in inputs:
        if "://" in item:
            if any(c in item for c in "*?["):
                import fsspec

                protocol = item.split("://", 1)[0]
                files.extend((f"{protocol}://{p}", None) for p in sorted(fsspec.open_files(item).fs.glob(item)))
            else:
                files.append((item, None))
            continue
        path = Path(item)
        if path.is_dir():
            files.extend((str(p), folder_id_stem(path, p)) for p in sorted(path.rglob("*"))
                         if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                         and format_of(p.name)[0] in SUFFIX_FORMATS.values())
        elif any(c in item for c in "*?["):
            files.extend((p, None) for p in sorted(glob.glob(item, recursive=True)))
        else:
            files.append((item, None))
    if not files:
        raise QuotesError("no input files to read")
    return files


@contextlib.contextmanager
def _interrupt_ignored_by_children() -> Iterator[None]:
    """While the local cluster starts its worker processes, SIGINT is
    ignored here: a process started with SIGINT ignored keeps ignoring it
    (Python installs its KeyboardInterrupt handler only where the parent
    left SIGINT alone), so a Ctrl-C at the terminal, which goes to every
    process of the group, reaches this process alone, which closes the
    cluster and says so in one line. (A signal mask does not do: the
    workers are started through exec, which Dask's nanny runs with the
    default mask.) A Ctrl-C while the workers start is lost; the next one
    is not."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def client_for(scheduler: str, workers: int | None) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise QuotesError("the Dask pipeline needs Dask: pip install -e '.[dask]' in the quotes checkout, or 'quotes-db[dask]'") from None
    # An interrupted run cancels the gathers it waits on; their loop would
    # log each one as "Task exception was never retrieved".
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    if scheduler == "local":
        # Quiet workers: errors come back to this process as one line each.
        from ..parallel import default_jobs

        # At most a worker a core: more only wait for them, each a process of its own.
        workers = min(workers, default_jobs()) if workers else None
        with _interrupt_ignored_by_children():
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.CRITICAL)
            try:
                client = Client(cluster)
                client.wait_for_workers(len(cluster.workers), timeout=_WORKERS_START_SECONDS)
                return client
            except BaseException:
                cluster.close()
                raise
    return Client(scheduler)


# What a stage folder holds: the pipeline's own subfolders.
STAGE_PARTS = ("articles", "quotes", "resolved")
GROUP_RETRIES = 2


def prepare_stage(stage: str, replace_stage: bool) -> None:
    """An empty stage folder, or one whose earlier stage goes whole: a stage
    written over another leaves shards of both (a load of it fails, or
    mixes two inputs). Files of anyone else's are never removed."""
    folder = Path(stage)
    if not folder.exists():
        return
    held = [entry.name for entry in folder.iterdir()]
    if not held:
        return
    if not replace_stage:
        raise QuotesError(f"{stage}: not empty (an earlier stage?); give an empty or new folder, "
                          "or --replace-stage to replace the stage in it whole")
    foreign = sorted(set(held) - set(STAGE_PARTS))
    if foreign:
        raise QuotesError(f"{stage}: holds files that are no stage's ({', '.join(foreign[:3])}); "
                          "give an empty or new folder")
    for part in STAGE_PARTS:
        shutil.rmtree(folder / part, ignore_errors=True)


def run(inputs: list[str], db_path: str | None, scheduler: str = "local", stage: str | None = None,
        options: ReadOptions | None = None, groups: int = DEFAULT_GROUPS, workers: int | None = None,
        say: Callable[[str], None] = lambda message: None, replace: bool = False,
        replace_stage: bool = False) -> PipelineReport:
    """Extract, resolve and (with ``db_path``) load; the stage folder is
    kept when given, else a temporary one is removed at the end.

    Into a database that exists already, the cluster extracts and the
    database's own ingest resolves the new quotes against its speakers and
    hand-made decisions (see ``update``): the groups are not resolved."""
    sources = input_sources(inputs)
    files = [source for source, _ in sources]
    if stage:
        prepare_stage(stage, replace_stage)
    existing = db_path is not None and Path(db_path).exists()
    with tempfile.TemporaryDirectory(prefix="quotes-stage-") as scratch:
        where = stage or scratch
        Path(where).mkdir(parents=True, exist_ok=True)
        client = client_for(scheduler, workers)
        try:
            say(f"{len(files):,} input files on {len(client.scheduler_info()['workers'])} Dask workers")
            started = time.perf_counter()
            shard_futures = client.map(extract_shard, range(len(files)), files, [stem for _, stem in sources], stage=where,
                                       groups=groups,
                                       options=options or ReadOptions(), pure=False)
            shards = client.gather(shard_futures)
            for report in shards:
                for warning in report.warnings:
                    say(f"warning: {warning}")
            failed = [report.error for report in shards if report.error]
            if failed:
                raise InputError(failed[0] + (f" (and {len(failed) - 1} more input files failed)" if len(failed) > 1 else ""))
            seconds = {"extract": time.perf_counter() - started}
            started = time.perf_counter()
            resolved: list[GroupReport] = []
            if not existing:
                offsets = shard_offsets([report.articles for report in shards])
                # A group is resolved again, from its Parquet files into a
                # fresh file, when an attempt fails: one in a few dozen
                # stages on a loaded machine, a new group's database had
                # failed in its schema's transaction in a worker
                # ("cannot start a transaction within a transaction", "SQL
                # statements in progress"). The likely cause, two attempts
                # of one group sharing one file, is gone (blocks.py: each
                # attempt writes its own); the retries stay for any other.
                group_futures = client.map(resolve_group, range(groups), stage=where, offsets=offsets,
                                           batch_articles=BATCH_SIZE, pure=False, retries=GROUP_RETRIES)
                resolved = client.gather(group_futures)
            seconds["resolve"] = time.perf_counter() - started
            peaks = list(client.run(_peak_memory_mb).values())
        finally:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None and scheduler == "local":
                cluster.close()
        started = time.perf_counter()
        loaded = updated = None
        if existing:
            updated = update(where, db_path, replace=replace, batch_size=BATCH_SIZE,  # type: ignore[arg-type]
                             warn=lambda message: say(f"warning: {message}"))
        elif db_path:
            loaded = load(where, db_path, warn=lambda message: say(f"warning: {message}"))
        seconds["load"] = time.perf_counter() - started
    return PipelineReport(shards, resolved, loaded, seconds, peaks, updated)


def _peak_memory_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
