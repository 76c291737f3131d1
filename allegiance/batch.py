"""Batch extraction: paths in, (article, events) out, in input order.

Reading stays in the parent process (it is cheap and reports problems in
order); parsing, the expensive part, runs in ``jobs`` worker processes that
each load the pipeline once.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from .extractor import get_extractor
from .read import MAX_BYTES, iter_articles
from .records import Article, Event, ReadProblem
from .registry import DEFAULT_COUNTRY

BATCH = 64  # articles per pipeline stream: the network wants full batches


def _worker_init(country: str, mode: str) -> None:
    get_extractor(country, mode)


def _work(payload: tuple[str, str, list[Article]]) -> list[list[Event]]:
    country, mode, articles = payload
    return list(get_extractor(country, mode).extract_many(articles))


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_paths(paths: Sequence[str | os.PathLike], *, jobs: int = 1, mode: str = "select",
                  country: str = DEFAULT_COUNTRY, max_bytes: int = MAX_BYTES,
                  on_problem: Callable[[ReadProblem], None] | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Every readable article with its events; unreadable inputs go to ``on_problem``."""
    def articles() -> Iterator[Article]:
        for item in iter_articles(paths, max_bytes=max_bytes):
            if isinstance(item, ReadProblem):
                if on_problem is not None:
                    on_problem(item)
            else:
                yield item

    if jobs <= 1:
        extractor = get_extractor(country, mode)
        for batch in _batches(articles(), BATCH):
            yield from zip(batch, extractor.extract_many(batch))
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(country, mode)) as pool:
        batches = _batches(articles(), BATCH)
        pending = []
        for batch in batches:
            pending.append((batch, pool.submit(_work, (country, mode, batch))))
            if len(pending) >= jobs * 2:
                done_batch, future = pending.pop(0)
                yield from zip(done_batch, future.result())
        for done_batch, future in pending:
            yield from zip(done_batch, future.result())
