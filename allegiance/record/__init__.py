"""Stage 'record' of the walk (read -> extract -> resolve -> store -> derive -> analyse -> serve): what the
articles say together, derived from the stored events and kept in the derived tables.

- `resolve`: person names across articles -> one person with a stable id;
- `corrections`: analyst corrections, kept apart from extracted data and re-applied;
- `query`: facts, memberships, moves and coalition state, derived and read;
- `seats`: a house's seats on a day, from the record: the tally, then the seat moves behind it;
- `known`: the record as it was known on a day (only articles published by then), derived apart.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from ..country.registry import DEFAULT_COUNTRY, Registry, load_registry
from ..store.engine import database_url, existing_record, store_errors, writer
from .derive import open_record
from .known import known_on
from .query import RecordMemo

__all__ = ["Record"]


class Record:
    """One record, as `sqlite_utils.Database` is one database: the engine on it (schema migrated, derived
    tables built), the country's registry and the memo of what is kept per record version. The CLI, the web
    and the demo take a `Record` instead of a URL and a country string::

        with Record.open("sqlite:///allegiance.db") as record, record.session() as session:
            ...
    """

    def __init__(self, engine: Engine, url: str, country: str = DEFAULT_COUNTRY) -> None:
        self.engine, self.url, self.country = engine, url, country
        self.memo = RecordMemo()

    @classmethod
    def open(cls, url: str | None = None, country: str = DEFAULT_COUNTRY, *, pool_size: int | None = None,
             create: bool = False) -> Record:
        """The record at ``url`` (None: ``$ALLEGIANCE_DB``, else ./allegiance.db; a plain path is a SQLite
        file); ``pool_size`` holds that many connections. Without ``create`` (only ingest and the demo
        create a record) a database holding no record is a `NoRecord` error, a read-only file is opened
        read-only, and a SQLite file deleted while open is never re-created (`store.engine.existing_record`)."""
        url = database_url(url)
        opened = url if create else existing_record(url)
        return cls(open_record(opened, pool_size=pool_size), url, country)

    @cached_property
    def registry(self) -> Registry:
        """The country's parties, houses and scopes."""
        return load_registry(self.country)

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A session in one transaction (through the single writer when ``write``), committed at the end;
        a database error becomes a `StoreError` that says what to do."""
        with store_errors(self.url), Session(writer(self.engine) if write else self.engine) as session, \
                session.begin():
            yield session

    @contextmanager
    def as_known_on(self, day: date | None) -> Iterator[Record]:
        """This record as it was known on ``day`` (only articles published by then; `known.known_on`), a
        temporary copy derived apart and deleted on exit; the record itself when ``day`` is None."""
        if day is None:
            yield self
            return
        with store_errors(self.url), known_on(self.engine, day) as engine:
            yield Record(engine, f"{self.url} (as known on {day})", self.country)

    def close(self) -> None:
        """Close every connection to the database."""
        self.engine.dispose()

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
