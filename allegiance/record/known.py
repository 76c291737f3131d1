"""The record as it was known on a day (``--as-known-on D``, API ``as_known_on``).

A desk asks when a defection first became news; a researcher reproduces an analysis made on a past day.
Both want the answers the record would have given then: only articles published on or before D count,
so facts merge only those reports, first reports and spans are theirs, and memberships, moves and
coalition state follow. The record is copied, so restricted, into a temporary SQLite file
(`store.snapshot.copy_known_on`) and derived there by the live record's own code (`derive.rebuild`):
every question then runs unchanged on the copy. A long-running reader keeps its copies per record
version and day (`KnownOnCache`), so only the first question about a day pays for the copy.
"""
from __future__ import annotations

import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ..store.derived import record_version
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


class KnownOnCache:
    """Derived copies of the record as known on a day, kept for the life of a process (the web server).

    A copy costs a copy of every article published by the day and a full derive; a server asked the
    same past day again (a researcher paging through an analysis, a desk's links) should not pay it
    each time. Copies are keyed by (record version, day): when the record changes, copies of older
    versions are no longer handed out and are deleted once no request reads them; at most ``keep``
    copies are kept (least recently asked deleted first, never while in use). Each copy is built once
    even when requests for it arrive together."""

    def __init__(self, keep: int = 8) -> None:
        self.keep = keep
        self._entries: OrderedDict[tuple[str, date], _Copy] = OrderedDict()
        self._lock = threading.Lock()
        self._latest: str | None = None
        weakref.finalize(self, _close_all, self._entries)

    @contextmanager
    def engine(self, live: Engine, day: date, progress: Progress | None = None) -> Iterator[Engine]:
        """An engine on the copy of the record at ``live`` as known on ``day`` for its current version."""
        with Session(live) as session:
            version = record_version(session)
        key = (version, day)
        with self._lock:
            self._latest = version
            entry = self._entries.setdefault(key, _Copy())
            self._entries.move_to_end(key)
            entry.users += 1
        try:
            with entry.building:
                if entry.engine is None:
                    entry.build(live, day, progress)
            yield entry.engine
        finally:
            with self._lock:
                entry.users -= 1
                self._evict()

    def __len__(self) -> int:
        return sum(1 for e in self._entries.values() if e.engine is not None)

    def close(self) -> None:
        """Delete every copy (the server stops)."""
        with self._lock:
            _close_all(self._entries)

    def _evict(self) -> None:
        """Drop copies of older versions and the least recently asked beyond ``keep``, none in use."""
        stale = [k for k, e in self._entries.items() if e.users == 0 and (k[0] != self._latest or e.engine is None)]
        idle = [k for k, e in self._entries.items() if e.users == 0 and k not in stale]
        stale += idle[:max(0, len(self._entries) - len(stale) - self.keep)]
        for key in stale:
            self._entries.pop(key).close()


class _Copy:
    """One derived copy: its folder and engine (None until built)."""

    def __init__(self) -> None:
        self.users = 0
        self.building = threading.Lock()
        self.engine: Engine | None = None
        self._folder: tempfile.TemporaryDirectory | None = None

    def build(self, live: Engine, day: date, progress: Progress | None) -> None:
        folder = tempfile.TemporaryDirectory(prefix="allegiance-known-")
        copy = open_database(f"sqlite:///{Path(folder.name) / 'known.db'}")
        try:
            copy_known_on(live, copy, day, progress)
            with Session(writer(copy)) as session, session.begin():
                rebuild(session)
        except BaseException:
            copy.dispose()
            folder.cleanup()
            raise
        self.engine, self._folder = copy, folder

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
        if self._folder is not None:
            self._folder.cleanup()
        self.engine = self._folder = None


def _close_all(entries: OrderedDict) -> None:
    while entries:
        entries.popitem()[1].close()
