"""The walk read -> extract -> store -> derive, serial or in worker processes (one pool).

`extract_paths` runs read -> extract (the ``extract`` command, the benchmarks); `ingest` runs the whole
walk into the record. Reading stays in the parent process (it is cheap and reports problems in order);
parsing, the expensive part, runs in ``jobs`` worker processes that each load the pipeline once.

Stages of an ingest, per input:
  1. read articles from the paths (``allegiance.read``); unreadable inputs are
     reported and the batch goes on;
  2. skip an article whose text is already stored (sha256 of the text): an
     unchanged corpus costs a read and a lookup, not a parse;
  3. extract the new articles' events (``jobs`` worker processes);
  4. store each article together with its events in one transaction;
  5. derive: resolve persons and bring the derived record up to date for what the stored articles touch.

Because every article is committed whole or not at all, together with a note that its subjects must
be derived (``pending_articles``), and stored text is never stored twice, an ingest killed at any
moment (or stopped by a full disk) and run again ends with the same record as an uninterrupted run:
the derive stage does all pending work, whichever run stored it, also when nothing new was stored, and
deletes the notes in the transaction that does it. ``reprocess=True`` also re-extracts every
article already stored, from its stored text, with the current extractor, and swaps its events in one
transaction that also notes the whole record for deriving (``pending_all``). Events are stored with
``person_id`` NULL: entity resolution is a later stage. Corrections are never touched.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session

from .extractor import EXTRACTOR_VERSION, get_extractor
from .read import MAX_BYTES, iter_articles
from .country.registry import DEFAULT_COUNTRY
from .model import Article, Event, ReadProblem, contract_events, counted
from .processes import end_with_parent
from .record.derive import crash_point, finish_pending, open_record
from .store.derived import mark_all_pending, mark_pending
from .store.engine import store_errors, writer
from .store.queries import (add_article, article_ids, content_hash, load_articles, replace_article, replace_events,
                            stored_hashes)

BATCH = 64  # articles per pipeline stream: the network wants full batches
K = TypeVar("K")
T = TypeVar("T")


@dataclass
class IngestReport:
    """What an ingest did: articles read, newly stored, already stored, re-extracted; events stored."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    reprocessed: int = 0
    events: int = 0
    problems: list[ReadProblem] = field(default_factory=list)

    def summary(self) -> str:
        """One line for a terminal."""
        line = (f"{counted(self.read, 'article')} read: {self.new} new, {self.unchanged} unchanged; "
                f"{counted(self.events, 'event')} stored; {counted(len(self.problems), 'input')} skipped")
        return line + (f"; {counted(self.reprocessed, 'article')} reprocessed" if self.reprocessed else "")


@dataclass(frozen=True)
class _Options:
    """How to extract, handed to worker processes."""

    country: str = DEFAULT_COUNTRY
    mode: str = "select"


def ingest(paths: Sequence[str | os.PathLike], db_url: str, jobs: int = 1, reprocess: bool = False,
           progress: Callable[[IngestReport], None] | None = None,
           on_problem: Callable[[ReadProblem], None] | None = None,
           country: str = DEFAULT_COUNTRY, mode: str = "select", max_bytes: int = MAX_BYTES) -> IngestReport:
    """Read, extract and store ``paths`` into the record at ``db_url``; see the module docstring."""
    report, options, notify = IngestReport(), _Options(country, mode), _notify(progress)
    engine = open_record(db_url)
    try:
        with store_errors(db_url):
            fresh = _new_articles(paths, engine, report, max_bytes, notify, on_problem)
            new_ids: set[int] = set()
            for _hash, article, events in _extract(fresh, jobs, options):
                store_new(engine, article, events, report, new_ids, on_problem)
                notify(report)
            if reprocess:
                _reprocess(engine, new_ids, jobs, options, report, notify)
            crash_point("derive")
            finish_pending(engine)  # this run's work and any an interrupted run left: persons, derived record
    finally:
        engine.dispose()
    return report


def _notify(progress: Callable[[IngestReport], None] | None) -> Callable[[IngestReport], None]:
    """The progress callback, or one that does nothing, so the stages need not check."""
    return progress if progress is not None else (lambda _report: None)


# --------------------------------------------------------------------------- read and skip known text

def _new_articles(paths: Sequence[str | os.PathLike], engine: Engine, report: IngestReport, max_bytes: int,
                  progress: Callable[[IngestReport], None],
                  on_problem: Callable[[ReadProblem], None] | None) -> Iterator[tuple[str, Article]]:
    """Articles whose text is not stored yet (nor seen earlier in this run), keyed by content hash."""
    seen: set[str] = set()
    for item in iter_articles(paths, max_bytes=max_bytes):
        if isinstance(item, ReadProblem):
            _problem(item, report, on_problem)
            continue
        report.read += 1
        digest = content_hash(item.text)
        if digest in seen or _is_stored(engine, digest):
            report.unchanged += 1
            progress(report)
            continue
        seen.add(digest)
        yield digest, item


def _is_stored(engine: Engine, digest: str) -> bool:
    """Whether this text is in the record; a short read of its own, so no write lock is held."""
    with Session(engine) as session:
        return bool(stored_hashes(session, [digest]))


def _problem(problem: ReadProblem, report: IngestReport, on_problem: Callable[[ReadProblem], None] | None) -> None:
    """Count a skipped input and tell the caller at once (the batch goes on)."""
    report.problems.append(problem)
    if on_problem is not None:
        on_problem(problem)


# --------------------------------------------------------------------------- extract

def _worker_init(country: str, mode: str, parent: int) -> None:
    """Load the pipeline once per worker process, which ends with its parent (even one killed with -9)."""
    end_with_parent(parent)
    get_extractor(country, mode)


def _work(payload: tuple[str, str, list[Article]]) -> list[list[Event]]:
    country, mode, articles = payload
    return list(get_extractor(country, mode).extract_many(articles))


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_keyed(items: Iterable[tuple[K, Article]], *, jobs: int = 1, mode: str = "select",
                  country: str = DEFAULT_COUNTRY) -> Iterator[tuple[K, Article, list[Event]]]:
    """Events of each (key, article), in input order; parsing runs in ``jobs`` processes when > 1.

    Batches stream through the pool with a bounded number in flight, so memory
    stays flat however large the corpus. The key travels with its article
    (ingest keys by content hash or stored id; `extract_paths` needs none).
    """
    if jobs <= 1:
        extractor = get_extractor(country, mode)
        for batch in _batches(items, BATCH):
            yield from _joined(batch, extractor.extract_many([a for _k, a in batch]))
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                             initargs=(country, mode, os.getpid())) as pool:
        pending: deque[tuple[list[tuple[K, Article]], Future]] = deque()
        for batch in _batches(items, BATCH):
            pending.append((batch, pool.submit(_work, (country, mode, [a for _k, a in batch]))))
            if len(pending) >= jobs * 2:
                done, future = pending.popleft()
                yield from _joined(done, future.result())
        for done, future in pending:
            yield from _joined(done, future.result())


def _joined(batch: list[tuple[K, Article]], events: Iterable[list[Event]]) -> Iterator[tuple[K, Article, list[Event]]]:
    for (key, article), found in zip(batch, events):
        yield key, article, found


def extract_paths(paths: Sequence[str | os.PathLike], *, jobs: int = 1, mode: str = "select",
                  country: str = DEFAULT_COUNTRY, max_bytes: int = MAX_BYTES,
                  on_problem: Callable[[ReadProblem], None] | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Every readable article with its contract events (`contract_events`: the record's internal acts, such as
    reserved seat allocations, are left out); unreadable inputs go to ``on_problem``."""
    def articles() -> Iterator[tuple[None, Article]]:
        for item in iter_articles(paths, max_bytes=max_bytes):
            if isinstance(item, ReadProblem):
                if on_problem is not None:
                    on_problem(item)
            else:
                yield None, item

    for _key, article, events in extract_keyed(articles(), jobs=jobs, mode=mode, country=country):
        yield article, contract_events(events)


def _extract(items: Iterable[tuple[K, Article]], jobs: int, options: _Options) -> Iterator[tuple[K, Article, list[Event]]]:
    """Events of each article, in input order (`extract_keyed`: ``jobs`` processes, bounded memory)."""
    return extract_keyed(items, jobs=jobs, mode=options.mode, country=options.country)


# --------------------------------------------------------------------------- store

def store_article(engine: Engine, article: Article, events: list[Event]) -> int:
    """Commit one new article with its events and the note that its subjects must be derived; its id.

    Raises ``IntegrityError`` when its text is stored already (by this or another writer).
    """
    with Session(writer(engine)) as session, session.begin():
        row = add_article(session, article, events, EXTRACTOR_VERSION)
        session.flush()
        mark_pending(session, row.id)  # derivation to do, durable with the article
        return row.id


def reread_article(engine: Engine, article_id: int, article: Article, events: list[Event]) -> int:
    """Swap a stored article's text and events for a new reading of it in one transaction (like
    ``ingest --reprocess``), noting the whole record for deriving; returns the events stored."""
    with Session(writer(engine)) as session, session.begin():
        count = replace_article(session, article_id, article, events, EXTRACTOR_VERSION)
        mark_all_pending(session)  # facts may cite the replaced events: derive everything, durably
        return count


def store_new(engine: Engine, article: Article, events: list[Event], report: IngestReport, new_ids: set[int],
              on_problem: Callable[[ReadProblem], None] | None) -> None:
    """Commit one article with its events; text stored meanwhile by another ingest counts as unchanged."""
    try:
        new_ids.add(store_article(engine, article, events))
    except exc.IntegrityError:
        if not _is_stored(engine, content_hash(article.text)):
            raise
        report.unchanged += 1
        return
    except exc.DataError as error:  # e.g. a NUL character PostgreSQL text cannot hold
        message = str(error.orig).splitlines()[0]
        _problem(ReadProblem(article.source or article.doc, f"cannot be stored ({message}); clean the text"),
                 report, on_problem)
        return
    report.new += 1
    report.events += len(events)
    crash_point(f"stored:{report.new}")


def store_batch(engine: Engine, items: Sequence[tuple[Article, list[Event]]], report: IngestReport,
                new_ids: set[int], on_problem: Callable[[ReadProblem], None] | None = None) -> None:
    """Commit many new articles with their events in one transaction (a cluster worker's write: one
    round trip per batch, not per article); when another writer stored one of these texts meanwhile,
    or one cannot be stored, the batch is rolled back and stored an article at a time (`store_new`)."""
    try:
        with Session(writer(engine)) as session, session.begin():
            rows = [add_article(session, article, events, EXTRACTOR_VERSION) for article, events in items]
            session.flush()
            ids = [row.id for row in rows]
            for article_id in ids:
                mark_pending(session, article_id)  # derivation to do, durable with the articles
    except (exc.IntegrityError, exc.DataError):
        for article, events in items:
            store_new(engine, article, events, report, new_ids, on_problem)
        return
    new_ids.update(ids)
    report.new += len(ids)
    report.events += sum(len(events) for _article, events in items)


def _reprocess(engine: Engine, skip: set[int], jobs: int, options: _Options, report: IngestReport,
               progress: Callable[[IngestReport], None]) -> None:
    """Re-extract every stored article (except those just stored) and swap its events atomically."""
    with Session(engine) as session:
        ids = [i for i in article_ids(session) if i not in skip]
    for article_id, _article, events in _extract(_stored_articles(engine, ids), jobs, options):
        with Session(writer(engine)) as session, session.begin():
            report.events += replace_events(session, article_id, events, EXTRACTOR_VERSION)
            mark_all_pending(session)  # facts may cite the replaced events: derive everything, durably
        report.reprocessed += 1
        crash_point(f"reprocessed:{report.reprocessed}")
        progress(report)


def _stored_articles(engine: Engine, ids: list[int]) -> Iterator[tuple[int, Article]]:
    """Stored articles rebuilt as records, loaded a batch at a time."""
    for start in range(0, len(ids), BATCH):
        with Session(engine) as session:
            yield from load_articles(session, ids[start:start + BATCH])
