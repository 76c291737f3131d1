"""Commands on the record (``ingest``, ``events``): parse options, call one library function, print.

The lead registers them on the app in ``cli.py``::

    app.command("ingest")(ingest_command)
    app.command("events")(events_command)
"""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.orm import Session

from .errors import AllegianceError
from .ingest import IngestReport, ingest
from .records import ReadProblem
from .store.engine import database_url, open_database, store_errors
from .store.queries import StoredEvent, find_events

err = Console(stderr=True)
DB_HELP = "Database: a SQLite file path or a URL (postgresql://...). Default: $ALLEGIANCE_DB, else ./allegiance.db."
EVENT_FIELDS = ["id", "doc", "type", "actor", "party", "counterpart", "action", "scope", "post", "seats", "house",
                "date", "status", "confidence", "rule", "start", "end", "sentence", "article_id", "person_id"]


class RecordFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def ingest_command(
    paths: Optional[list[str]] = typer.Argument(None, help="Files, folders (read recursively) or '-' for stdin."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for parsing."),
    reprocess: bool = typer.Option(False, "--reprocess", help="Also re-extract every stored article with the "
                                   "current extractor, replacing its events (corrections are kept)."),
) -> None:
    """Extract articles into the record; text already stored is skipped, so running it again is safe."""
    if not paths and not reprocess:
        err.print("[red]error:[/] give files or folders to ingest, or --reprocess to re-extract the record")
        raise typer.Exit(2)
    url = database_url(db)
    try:
        with _progress() as progress:
            task = progress.add_task("ingesting", total=None)

            def show(report: IngestReport) -> None:
                progress.update(task, description=f"{report.read} read, {report.new} new, {report.events} events")
            report = ingest(paths or [], url, jobs=jobs, reprocess=reprocess, progress=show, on_problem=_skipped)
    except AllegianceError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    err.print(report.summary(), highlight=False, soft_wrap=True)
    if report.problems:
        err.print("fix or remove the skipped inputs above and run again to include them", highlight=False)
        raise typer.Exit(1)


def events_command(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    type: Optional[str] = typer.Option(None, "--type", help="Event type, e.g. leave_party, join_party, coalition."),
    party: Optional[str] = typer.Option(None, "--party", help="Party code (as party or coalition counterpart)."),
    person: Optional[str] = typer.Option(None, "--person", help="Person id, or part of the actor's name."),
    since: Optional[str] = typer.Option(None, "--since", help="Events on or after this ISO date."),
    until: Optional[str] = typer.Option(None, "--until", help="Events on or before this ISO date."),
    status: Optional[str] = typer.Option(None, "--status", help="fact, possible or denied."),
    fmt: RecordFormat = typer.Option(RecordFormat.table, "--format", "-f", help="table, json or csv."),
) -> None:
    """Show stored events, filtered; every event names the article and sentence it came from."""
    url = database_url(db)
    try:
        engine = open_database(url)
        with store_errors(url), Session(engine) as session:
            found = find_events(session, type=type, party=party, person=person, since=since, until=until,
                                status=status)
        engine.dispose()
    except AllegianceError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code)
    _write_events(found, fmt)


def _skipped(problem: ReadProblem) -> None:
    err.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                    transient=True, disable=not err.is_terminal)


def _flat(stored: StoredEvent) -> dict:
    """An event as one flat row: the event contract plus its id, article and person."""
    row = stored.event.to_dict()
    evidence = row.pop("evidence")
    row.update(id=stored.id, rule=evidence["rule"], start=evidence["start"], end=evidence["end"],
               sentence=evidence["sentence"], article_id=stored.article_id, person_id=stored.person_id)
    return {key: row.get(key) for key in EVENT_FIELDS}


def _write_events(found: list[StoredEvent], fmt: RecordFormat) -> None:
    if fmt is RecordFormat.json:
        json.dump([_flat(s) for s in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif fmt is RecordFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=EVENT_FIELDS)
        writer.writeheader()
        writer.writerows(_flat(s) for s in found)
    else:
        Console().print(_table(found))


def _table(found: list[StoredEvent]) -> Table:
    table = Table(title=f"{len(found)} stored events")
    for col in ("id", "date", "type", "actor", "party / with", "detail", "status", "doc"):
        table.add_column(col, overflow="fold")
    for stored in found:
        e = stored.event
        with_ = e.party if e.type != "coalition" else f"{e.action} {e.counterpart or '-'}"
        detail = e.post or (f"{e.seats} in {e.house}" if e.seats else "") or (e.scope or "")
        table.add_row(str(stored.id), e.date or "", e.type, e.actor, with_ or "", detail, e.status, e.doc)
    return table
