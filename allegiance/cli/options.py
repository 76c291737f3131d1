"""What every command shares, declared once: the ``--db``, ``--country`` and ``--format`` options, the
output formats, and the one mapping of a user's error to a red line and an exit status."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, NoReturn, Optional, TypeVar

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from ..errors import AllegianceError
from ..record import Record

T = TypeVar("T")
err = Console(stderr=True)
DB_HELP = "Database: a SQLite file path or a URL (postgresql://...). Default: $ALLEGIANCE_DB, else ./allegiance.db."
COUNTRY_HELP = "Country data folder (bundled code or a path)."


class Format(str, Enum):
    """How a question's answer is printed."""

    table = "table"
    json = "json"
    csv = "csv"


class EventFormat(str, Enum):
    """How extracted events are written: jsonl is the event contract."""

    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ListFormat(str, Enum):
    """How a list of corrections is printed."""

    table = "table"
    json = "json"


DbOption = Annotated[Optional[str], typer.Option("--db", help=DB_HELP)]
CountryOption = Annotated[str, typer.Option("--country", help=COUNTRY_HELP)]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")]


def fail(message: str, code: int) -> NoReturn:
    """One red line on stderr, then exit with ``code``."""
    err.print(f"[red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def user_errors(exit_code: int | None = None) -> Iterator[None]:
    """A user's error (`AllegianceError`) becomes one line and an exit status: the error's own, or
    ``exit_code`` for every error when given. No tracebacks for user error."""
    try:
        yield
    except AllegianceError as exc:
        fail(str(exc), exit_code or exc.exit_code)


def on_record(db: Optional[str], work: Callable[[Session], T], write: bool = False) -> T:
    """Open the record, run ``work(session)`` in one transaction (through the single writer when
    ``write``), close; a user's error becomes one line and an exit status. Shared by every command
    that reads or corrects the record."""
    with user_errors(), Record.open(db) as record, record.session(write) as session:
        return work(session)
