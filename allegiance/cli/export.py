"""``allegiance export``: the record as JSON Lines, CSV, Popolo JSON or GraphML, to a file or stdout.

The lead registers it on the app in ``cli.py``::

    app.command("export", help="Export the record: jsonl, csv, popolo or graphml.")(export_command)
"""
from __future__ import annotations

import io
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from ..errors import AllegianceError
from ..analyse.export import export
from ..registry import DEFAULT_COUNTRY
from ..record.derive import open_record
from ..store.engine import database_url, store_errors

err = Console(stderr=True)
DB_HELP = "Database: a SQLite file path or a URL (postgresql://...). Default: $ALLEGIANCE_DB, else ./allegiance.db."


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    popolo = "popolo"
    graphml = "graphml"


def export_command(
    fmt: ExportFormat = typer.Argument(..., metavar="FORMAT", help="jsonl, csv, popolo or graphml."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write. Default: stdout."),
    country: str = typer.Option(DEFAULT_COUNTRY, "--country", help="Country whose parties are the Popolo "
                                "organizations (a bundled code or a data folder)."),
) -> None:
    """Export the record: events (jsonl, csv), persons/parties/memberships (popolo) or the network (graphml)."""
    if output is not None and not output.parent.is_dir():
        _fail(f"{output}: folder {output.parent} does not exist; create it or give another -o", 2)
    if output is not None and output.is_dir():
        _fail(f"{output} is a folder; give a file name with -o", 2)
    url = database_url(db)
    buffer = io.StringIO()  # built in full first: a failed export never leaves a half-written file
    try:
        engine = open_record(url)
        try:
            with store_errors(url), Session(engine) as session:
                export(session, fmt.value, buffer, country)
        finally:
            engine.dispose()
    except AllegianceError as exc:
        _fail(str(exc), exc.exit_code)
    if output is None:
        sys.stdout.write(buffer.getvalue())
        sys.stdout.flush()
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror or exc})", 1)
    err.print(f"wrote {fmt.value} export to {output}", highlight=False, soft_wrap=True)


def _fail(message: str, code: int) -> None:
    err.print(f"[red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)
