"""The walk read -> extract -> store on a Dask distributed cluster, derive once at the end (``ingest --cluster``).

A decade of a country's news is tens of millions of archived pages; one 2-core machine extracts about
40 articles a second. This module runs the serial pipeline's stages on a cluster people already operate
(Dask distributed), with PostgreSQL as the record every worker writes to:

  1. the client opens the record (schema, and derivation an earlier run left pending) and lists the
     shards: each input path is one task (a WARC file, a JSONL file, a folder's files);
  2. every worker loads the spaCy pipeline once (`ExtractorPlugin`, a worker plugin) and opens the record;
  3. a task reads its shard (`allegiance.warc`: filter before extraction), skips text already stored (one
     query per batch), extracts a batch of articles and stores it in one transaction, each article with
     its ``pending_articles`` note (`pipeline.store_batch`); it publishes its counts on a progress topic
     (the client's terminal, and the dashboard's worker log events);
  4. the client derives once, at the end, for the persons and parties the stored articles touch
     (`record.derive.finish_pending`).

Faults: the scheduler retries a task whose worker died (``allowed_failures``) and the task's own retries
cover a failure inside it; what was committed before stays, and the content hash makes every write
idempotent (the same shard twice, or a retried task, adds nothing), so the final record equals a serial
run's. A shard that cannot be read is reported and skipped. An interrupted client leaves the committed
batches and their pending notes: the next run (or any command) derives them and adds no duplicates.

The record must be PostgreSQL: workers on several machines (or several processes) cannot share an
SQLite file safely, so ``--cluster`` with SQLite is refused with what to do instead.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import fsspec
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from .country.registry import DEFAULT_COUNTRY
from .errors import ClusterError, StoreError
from .extractor import get_extractor
from .model import Article, ReadProblem
from .pipeline import BATCH, IngestReport, store_batch
from .read import folder_archives, is_warc, iter_articles
from .record.derive import finish_pending, open_record
from .store.engine import open_database, store_errors
from .store.queries import content_hash, stored_hashes
from .warc import WarcCounts, iter_warc

PROGRESS_TOPIC = "allegiance-progress"  # worker log events: the dashboard's and the client's progress
PLUGIN_NAME = "allegiance-extractor"
LOCAL = "local:"
TASK_RETRIES = 2          # a task that raised is run again this many times before its shard is reported
ALLOWED_FAILURES = 3      # a task whose worker died is rescheduled this many times (scheduler setting)
CONNECT_TIMEOUT = "10s"


# --------------------------------------------------------------------------- what a run did

@dataclass
class ShardReport:
    """What one task did with one shard: the filter's counts and what was stored; sent to the client."""

    shard: str
    worker: str = ""
    counts: WarcCounts = field(default_factory=WarcCounts)
    articles: int = 0   # articles that passed the filter (all of a non-WARC shard's)
    new: int = 0
    unchanged: int = 0
    events: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0     # the worker's CPU time on this shard (a loaded machine's wall time lies)
    write_seconds: float = 0.0   # PostgreSQL writes and lookups, a share of seconds
    peak_bytes: int = 0          # the worker process's peak resident memory


@dataclass
class ClusterReport(IngestReport):
    """An ingest's report (`pipeline.IngestReport`) with the cluster's figures."""

    shards: int = 0
    shards_done: int = 0
    pages: int = 0          # WARC response records seen
    kept: int = 0           # pages handed to extraction
    write_seconds: float = 0.0
    task_seconds: float = 0.0
    cpu_seconds: float = 0.0
    startup_seconds: float = 0.0  # the cluster up and every worker's pipeline loaded
    run_seconds: float = 0.0      # from the first task submitted to the derived record refreshed
    workers: dict[str, tuple[int, float]] = field(default_factory=dict)  # worker -> (articles, seconds)
    peak_bytes: dict[str, int] = field(default_factory=dict)  # worker -> peak resident memory

    def rates(self) -> dict[str, float]:
        """Articles a second, per worker."""
        return {w: n / s for w, (n, s) in self.workers.items() if s > 0}

    def summary(self) -> str:
        """One line for a terminal."""
        return (f"{self.shards_done} of {self.shards} shards; {self.pages} pages seen, {self.kept} kept; "
                + super().summary())

    def add(self, shard: ShardReport) -> None:
        """Count a finished shard."""
        self.shards_done += 1
        self.pages += shard.counts.records
        self.kept += shard.counts.kept
        self.read += shard.articles
        self.new += shard.new
        self.unchanged += shard.unchanged
        self.events += shard.events
        self.write_seconds += shard.write_seconds
        self.task_seconds += shard.seconds
        self.cpu_seconds += shard.cpu_seconds
        done, spent = self.workers.get(shard.worker, (0, 0.0))
        self.workers[shard.worker] = (done + shard.articles, spent + shard.seconds)
        self.peak_bytes[shard.worker] = max(self.peak_bytes.get(shard.worker, 0), shard.peak_bytes)


@dataclass(frozen=True)
class ShardOptions:
    """How a task extracts and where it writes, sent with every task."""

    db_url: str
    country: str = DEFAULT_COUNTRY
    mode: str = "select"
    batch: int = BATCH  # articles extracted and committed together (one transaction, one progress event)


# --------------------------------------------------------------------------- the worker side

class ExtractorPlugin(WorkerPlugin):
    """Loads the spaCy pipeline and opens the record once per worker process, not once per task."""

    name = PLUGIN_NAME

    def __init__(self, options: ShardOptions):
        self.options = options
        self.engine: Engine | None = None

    def setup(self, worker) -> None:
        get_extractor(self.options.country, self.options.mode)
        self.engine = open_database(self.options.db_url, upgrade=False, pool_size=1)

    def teardown(self, worker) -> None:
        if self.engine is not None:
            self.engine.dispose()


def ingest_shard(shard: str, options: ShardOptions) -> ShardReport:
    """The task: read one shard, extract its new articles and store them in batches (see module docstring)."""
    worker = get_worker()
    plugin: ExtractorPlugin = worker.plugins[PLUGIN_NAME]
    report = ShardReport(shard=shard, worker=worker.address)
    started, cpu = time.perf_counter(), time.process_time()
    extractor = get_extractor(options.country, options.mode)
    seen: set[str] = set()
    for batch in _batches(_shard_articles(shard, options.country, report.counts), options.batch):
        fresh = _fresh(plugin.engine, batch, seen, report)
        if fresh:
            items = list(zip(fresh, extractor.extract_many(fresh)))
            _write(plugin.engine, items, report)
        report.seconds = time.perf_counter() - started
        _publish(worker, report)
    report.seconds = time.perf_counter() - started
    report.cpu_seconds = time.process_time() - cpu
    report.peak_bytes = _peak_memory()
    return report


def _shard_articles(shard: str, country: str, counts: WarcCounts) -> Iterator[Article]:
    """The shard's articles; its problems are noted in ``counts`` (and reported by the client)."""
    found = iter_warc(shard, country, counts) if is_warc(shard) else iter_articles([shard], archives=False)
    for item in found:
        if isinstance(item, ReadProblem):
            if not is_warc(shard):
                counts.problems.append(item)
            continue
        yield item


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _fresh(engine: Engine, batch: list[Article], seen: set[str], report: ShardReport) -> list[Article]:
    """The articles of a batch whose text is neither stored nor met earlier in this shard (one query)."""
    report.articles += len(batch)
    started = time.perf_counter()
    with Session(engine) as session:
        stored = stored_hashes(session, [content_hash(a.text) for a in batch])
    report.write_seconds += time.perf_counter() - started
    fresh = []
    for article in batch:
        digest = content_hash(article.text)
        if digest in stored or digest in seen:
            report.unchanged += 1
        else:
            seen.add(digest)
            fresh.append(article)
    return fresh


def _write(engine: Engine, items: list, report: ShardReport) -> None:
    """Store a batch in one transaction; the time it takes is the record's share of the run."""
    started = time.perf_counter()
    counted = IngestReport()
    store_batch(engine, items, counted, set())
    report.write_seconds += time.perf_counter() - started
    report.new += counted.new
    report.unchanged += counted.unchanged
    report.events += counted.events
    report.counts.problems.extend(counted.problems)


def _publish(worker, report: ShardReport) -> None:
    """The shard's counts so far, as a worker log event (the dashboard shows it; the client subscribes)."""
    worker.log_event(PROGRESS_TOPIC, {"shard": report.shard, "worker": report.worker,
                                      "pages": report.counts.records, "kept": report.counts.kept,
                                      "articles": report.articles, "new": report.new, "events": report.events,
                                      "seconds": round(report.seconds, 3)})


def _peak_memory() -> int:
    """The worker process's peak resident memory in bytes: Linux's VmHWM of this process image
    (``ru_maxrss`` would report the spawning parent's peak when that was higher), else ``ru_maxrss``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource
    import sys
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# --------------------------------------------------------------------------- the client side

def ingest_on_cluster(paths: Sequence[str | os.PathLike], db_url: str, cluster: str, *,
                      country: str = DEFAULT_COUNTRY, mode: str = "select", batch: int = BATCH,
                      progress: Callable[[ClusterReport], None] | None = None,
                      on_problem: Callable[[ReadProblem], None] | None = None,
                      on_dashboard: Callable[[str], None] | None = None) -> ClusterReport:
    """Ingest ``paths`` into the PostgreSQL record at ``db_url`` on the Dask cluster at ``cluster``
    (a scheduler address, or ``local:N`` for N local worker processes); see the module docstring."""
    require_shared_record(db_url)
    if cluster.startswith(LOCAL):
        _workers(cluster)  # a malformed local:N is refused before the record is touched
    shards = list_shards(paths)
    report = ClusterReport(shards=len(shards))
    notify = progress or (lambda _r: None)
    options = ShardOptions(db_url, country, mode, batch)
    engine = open_record(db_url)
    started = time.perf_counter()
    try:
        with store_errors(db_url), connect(cluster) as client:
            if on_dashboard is not None and client.dashboard_link:
                on_dashboard(client.dashboard_link)
            client.register_plugin(ExtractorPlugin(options), name=PLUGIN_NAME)  # every worker loads spaCy now
            running = time.perf_counter()
            report.startup_seconds = running - started
            _run(client, shards, options, report, notify, on_problem)
            finish_pending(engine)  # derive once, for every person and party the stored articles touch
            report.run_seconds = time.perf_counter() - running
    finally:
        engine.dispose()
    return report


def require_shared_record(db_url: str) -> None:
    """Refuse a record the workers cannot share: only PostgreSQL is written by many processes and machines."""
    try:
        backend = make_url(db_url).get_backend_name()
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends: no URL at all
        raise StoreError(f"{db_url!r} is no database URL; give --db postgresql+psycopg://USER@HOST/DB") from exc
    if backend != "postgresql":
        raise ClusterError("--cluster needs a PostgreSQL record that every worker can reach (workers cannot share "
                           f"a {backend} file); give --db postgresql+psycopg://USER@HOST/DB, or drop --cluster "
                           "and use --jobs on one machine")


def list_shards(paths: Sequence[str | os.PathLike]) -> list[str]:
    """One shard per input: a local folder gives its WARC files (sorted) and itself (its other article
    files), a glob (``s3://b/*.warc.gz``) its matches, anything else itself."""
    shards: list[str] = []
    for raw in paths:
        name = os.fspath(raw)
        if os.path.isdir(name):  # its archives, then the folder for its other files (archives left out)
            shards.extend(str(p) for p in folder_archives(Path(name)))
            shards.append(name)
        elif any(ch in name for ch in "*?["):
            fs, _token, matches = fsspec.get_fs_token_paths(name)
            shards.extend(sorted(fs.unstrip_protocol(m) for m in matches) or [name])
        else:
            shards.append(name)
    return shards


@contextmanager
def connect(cluster: str) -> Iterator[Client]:
    """A client on the scheduler at ``cluster``, or on a new LocalCluster of N single-threaded worker
    processes for ``local:N``; an unreachable scheduler is a `ClusterError` saying what to do."""
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}):
        if cluster.startswith(LOCAL):
            with _local(_workers(cluster)) as local, Client(local) as client:
                yield client
            return
        try:
            client = Client(cluster, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"no Dask scheduler answers at {cluster!r} ({exc}); start one with `dask scheduler` "
                               "and workers with `dask worker ADDRESS --nthreads 1`, or use --cluster local:N") from exc
        with client:
            yield client


def _workers(cluster: str) -> int:
    count = cluster[len(LOCAL):]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--cluster {cluster!r}: give local:N with N worker processes, e.g. local:2")
    return int(count)


def _local(workers: int) -> LocalCluster:
    """Worker processes with one thread each: spaCy holds the GIL, so a process per core is the unit."""
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                        memory_limit=0)


def _run(client: Client, shards: list[str], options: ShardOptions, report: ClusterReport,
         notify: Callable[[ClusterReport], None], on_problem: Callable[[ReadProblem], None] | None) -> None:
    """One task per shard; progress from the workers' events; a failed shard reported, the others go on."""
    live = _LiveCounts(report, notify)
    client.subscribe_topic(PROGRESS_TOPIC, live.on_event)
    futures = [client.submit(ingest_shard, shard, options, key=f"allegiance-shard-{i}-{content_hash(shard)[:12]}",
                             retries=TASK_RETRIES, pure=False) for i, shard in enumerate(shards)]
    shard_of = {future.key: shard for future, shard in zip(futures, shards)}
    try:
        for future in as_completed(futures):
            if future.status == "error":
                problem = ReadProblem(shard_of[future.key], f"skipped: its task failed ({future.exception()}); "
                                                            "see the workers' logs, fix it and run again")
                _problem(report, problem, on_problem)
                report.shards_done += 1
            else:
                shard = future.result()
                for problem in shard.counts.problems:
                    _problem(report, problem, on_problem)
                live.finished(shard)
            notify(report)
    except BaseException:
        client.cancel(futures)
        raise
    finally:
        client.unsubscribe_topic(PROGRESS_TOPIC)


def _problem(report: ClusterReport, problem: ReadProblem, on_problem: Callable[[ReadProblem], None] | None) -> None:
    report.problems.append(problem)
    if on_problem is not None:
        on_problem(problem)


class _LiveCounts:
    """The report as it stands, updated by the workers' progress events between shards."""

    def __init__(self, report: ClusterReport, notify: Callable[[ClusterReport], None]):
        self.report, self.notify = report, notify
        self.running: dict[str, dict] = {}
        self.lock = threading.Lock()

    def on_event(self, event: tuple[float, dict]) -> None:
        _time, message = event
        with self.lock:
            self.running[message["shard"]] = message
            self.notify(self.live())

    def finished(self, shard: ShardReport) -> None:
        with self.lock:
            self.running.pop(shard.shard, None)
            self.report.add(shard)

    def live(self) -> ClusterReport:
        """The finished shards' figures plus the running ones'."""
        shown = ClusterReport(**{k: v for k, v in vars(self.report).items()})
        shown.workers = dict(self.report.workers)
        for message in self.running.values():
            shown.pages += message["pages"]
            shown.kept += message["kept"]
            shown.new += message["new"]
            shown.events += message["events"]
            done, spent = shown.workers.get(message["worker"], (0, 0.0))
            shown.workers[message["worker"]] = (done + message["articles"], spent + message["seconds"])
        return shown
