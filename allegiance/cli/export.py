"""``allegiance export``: the record as JSON Lines, CSV, Popolo JSON or GraphML, to a file or stdout.
Registered on the app in ``cli/main.py``."""
from __future__ import annotations

import io
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..country.registry import DEFAULT_COUNTRY
from .options import DbOption, err, fail, on_record


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    popolo = "popolo"
    graphml = "graphml"


def export_command(
    fmt: ExportFormat = typer.Argument(..., metavar="FORMAT", help="jsonl, csv, popolo or graphml."),
    db: DbOption = None,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write. Default: stdout."),
    country: str = typer.Option(DEFAULT_COUNTRY, "--country", help="Country whose parties are the Popolo "
                                "organizations (a bundled code or a data folder)."),
    bom: bool = typer.Option(False, "--bom", help="csv: start with a UTF-8 byte order mark, so that spreadsheet "
                             "programs read Urdu and accented names right."),
) -> None:
    """Export the record: events (jsonl, csv), persons/parties/memberships (popolo) or the network (graphml)."""
    if output is not None and not output.parent.is_dir():
        fail(f"{output}: folder {output.parent} does not exist; create it or give another -o", 2)
    if output is not None and output.is_dir():
        fail(f"{output} is a folder; give a file name with -o", 2)
    from ..analyse.export import export

    if bom and fmt is not ExportFormat.csv:
        fail("--bom is for the csv export only", 2)
    buffer = io.StringIO()  # built in full first: a failed export never leaves a half-written file
    if bom:
        buffer.write("\ufeff")
    on_record(db, lambda session: export(session, fmt.value, buffer, country))
    if output is None:
        sys.stdout.write(buffer.getvalue())
        sys.stdout.flush()
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})", 1)
    err.print(f"wrote {fmt.value} export to {output}", highlight=False, soft_wrap=True)

