"""Batch extraction: paths in, (article, events) out, in input order.

Reading stays in the parent process (it is cheap and reports problems in
order); parsing, the expensive part, runs in ``jobs`` worker processes that
each load the pipeline once.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

from .extractor import get_extractor
from .read import MAX_BYTES, iter_articles
from .model import Article, Event, ReadProblem
from .registry import DEFAULT_COUNTRY

BATCH = 64  # articles per pipeline stream: the network wants full batches
T = TypeVar("T")


K = TypeVar("K")


def _worker_init(country: str, mode: str) -> None:
    """Load the pipeline once per worker process."""
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
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(country, mode)) as pool:
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
    """Every readable article with its events; unreadable inputs go to ``on_problem``."""
    def articles() -> Iterator[tuple[None, Article]]:
        for item in iter_articles(paths, max_bytes=max_bytes):
            if isinstance(item, ReadProblem):
                if on_problem is not None:
                    on_problem(item)
            else:
                yield None, item

    for _key, article, events in extract_keyed(articles(), jobs=jobs, mode=mode, country=country):
        yield article, events
