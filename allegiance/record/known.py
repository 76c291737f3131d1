"""The record as it was known on a day (``--as-known-on D``, API ``as_known_on``).

A desk asks when a defection first became news; a researcher reproduces an analysis made on a past day.
Both want the answers the record would have given then: only articles published on or before D count,
so facts merge only those reports, first reports and spans are theirs, and memberships, moves and
coalition state follow. The record is copied, so restricted, into a temporary SQLite file
(`store.snapshot.copy_known_on`) and derived there by the live record's own code (`derive.rebuild`):
every question then runs unchanged on the copy.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ..store.engine import open_database, writer
from ..store.snapshot import Progress, copy_known_on
from .derive import rebuild


@contextmanager
def known_on(engine: Engine, day: date, progress: Progress | None = None) -> Iterator[Engine]:
    """An engine on a temporary copy of the record at ``engine`` as known on ``day``, derived; deleted on exit."""
    with tempfile.TemporaryDirectory(prefix="allegiance-known-") as folder:
        copy = open_database(f"sqlite:///{Path(folder) / 'known.db'}")
        try:
            copy_known_on(engine, copy, day, progress)
            with Session(writer(copy)) as session, session.begin():
                rebuild(session)
            yield copy
        finally:
            copy.dispose()
