"""What every command shares, declared once: the ``--db``, ``--country`` and ``--format`` options, the
option types every command checks its input with (dates, event types, statuses, parties), the output
formats, and the one mapping of a user's error to a red line and an exit status."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from ..errors import AllegianceError
from ..model import EVENT_TYPES
from ..country.registry import DEFAULT_COUNTRY, load_registry

if TYPE_CHECKING:  # the record (SQLAlchemy) is imported by the commands that open it, not by --help
    from sqlalchemy.orm import Session

T = TypeVar("T")
err = Console(stderr=True)
PIPED_WIDTH = 100_000  # a table written to a pipe or a file keeps every cell on one line
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


EventType = Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)
EventType.__doc__ = "An event type of the annotation guideline."


class Status(str, Enum):
    """What the article says of the act."""

    fact = "fact"
    possible = "possible"
    denied = "denied"


def iso_date(value: str | date) -> date:
    """A YYYY-MM-DD option; anything else is refused (exit 2) instead of being compared as text."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2024-02-08") from None


def party_code(name: str | None, country: str = DEFAULT_COUNTRY) -> str | None:
    """The registry's code of a party given by code (any case) or any alias; an unknown one is an
    `UnknownParty` with close names suggested (exit 2)."""
    return load_registry(country).find_party(name).code if name else None


def _date_option(name: str, help: str):
    return Annotated[Optional[date], typer.Option(name, parser=iso_date, metavar="YYYY-MM-DD", help=help)]


SinceOption = _date_option("--since", "On or after this date (YYYY-MM-DD).")
UntilOption = _date_option("--until", "On or before this date (YYYY-MM-DD).")
OnOption = _date_option("--on", "As the record stood on this date (YYYY-MM-DD). Default: today.")
AsKnownOnOption = _date_option("--as-known-on", "Answer as the record knew it on this date: only articles "
                               "published on or before it count (YYYY-MM-DD).")
EventTypeOption = Annotated[Optional[EventType], typer.Option("--type", help="Event type.")]
StatusOption = Annotated[Optional[Status], typer.Option("--status", help="fact, possible or denied.")]
PartyOption = Annotated[Optional[str], typer.Option("--party", help="Party: its code in any case or any of its "
                                                   "names in the country's registry (PTI, pti, Pakistan Tehreek-e-Insaf).")]
DbOption = Annotated[Optional[str], typer.Option("--db", help=DB_HELP)]
CountryOption = Annotated[str, typer.Option("--country", help=COUNTRY_HELP)]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")]


def out() -> Console:
    """Standard output: on a terminal, tables fit its width; to a pipe or a file, every table has its natural
    width, so no cell wraps and no date is split (`--format csv` or `json` is for programs)."""
    console = Console()
    return console if console.is_terminal else Console(width=PIPED_WIDTH)


def titled(title: str, **options) -> Table:
    """A table at least as wide as its title, so the title is never wrapped over the table."""
    return Table(title=title, min_width=len(title) + 4, **options)


def cell(value) -> str:
    """A value as a person reads it in a table: yes/no for booleans, blank for none."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


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


def on_record(db: Optional[str], work: Callable[[Session], T], write: bool = False,
              as_known_on: Optional[date] = None) -> T:
    """Open the record, run ``work(session)`` in one transaction (through the single writer when
    ``write``), close; a user's error becomes one line and an exit status. Shared by every command
    that reads or corrects the record. With ``as_known_on``, ``work`` reads the record as it was known
    on that day (`Record.as_known_on`)."""
    from ..record import Record

    with user_errors(), Record.open(db) as live, _known_on(live, as_known_on) as record, \
            record.session(write) as session:
        return work(session)


@contextmanager
def _known_on(live, day: Optional[date]):
    """`Record.as_known_on`, with a spinner on a terminal while the copy is made and derived."""
    if day is None:
        yield live
        return
    with ExitStack() as stack:
        with err.status(f"the record as known on {day}: copying the articles published by then and deriving "
                        "them", spinner="dots") if err.is_terminal else nullcontext():
            record = stack.enter_context(live.as_known_on(day))
        yield record
