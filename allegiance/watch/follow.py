"""Stage 5 of a watch: rounds, every ``every`` seconds or once, until stopped.

The SOURCES file is read again before each round, so a desk can add an outlet without a restart. A stop
(Ctrl-C in the CLI sets ``stop``) is clean: the page in hand is finished and stored whole, the pages not
fetched yet stay noted in the record, and the next run starts with them.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..record.derive import open_record
from ..store.engine import store_errors
from .fetch import FetchSettings, Fetcher
from .round import RoundOptions, RoundSummary, run_round
from .sources import SourceProblem, read_sources


def follow(sources_path: str | Path, db_url: str, *, every: float = 900.0, once: bool = False,
           fetch: FetchSettings = FetchSettings(), options: RoundOptions = RoundOptions(),
           on_round: Callable[[RoundSummary], None] | None = None,
           on_problem: Callable[[SourceProblem], None] | None = None) -> list[RoundSummary]:
    """Run watch rounds over the sources in ``sources_path`` into the record at ``db_url``; the summaries."""
    stop = options.stop or threading.Event()
    options = replace(options, stop=stop)
    summaries: list[RoundSummary] = []
    engine = open_record(db_url)
    try:
        with store_errors(db_url), Fetcher(fetch) as fetcher:
            while True:
                sources, problems = read_sources(sources_path)
                for problem in problems:
                    if on_problem is not None:
                        on_problem(problem)
                summary = run_round(engine, sources, fetcher, options)
                summaries.append(summary)
                if on_round is not None:
                    on_round(summary)
                if once or stop.is_set() or stop.wait(every):
                    break
                fetcher.requests = 0
    finally:
        engine.dispose()
    return summaries
