"""``allegiance extract``: events of news articles (text, HTML or JSONL), without a record."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..model import Event, ReadProblem, counted
from ..settings import MAX_INPUT_BYTES as MAX_BYTES
from .options import titled
from .options import PIPED_WIDTH, CountryOption, EventFormat, err, user_errors
from .options import out as stdout

CSV_FIELDS = ["doc", "type", "actor", "party", "counterpart", "action", "scope", "post", "seats", "house", "date",
              "status", "confidence", "rule", "start", "end", "sentence",
              "party_name", "counterpart_name"]  # the names of parties the registry lacks (codes made from them)


class Mode(str, Enum):
    select = "select"
    full = "full"


def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write events here instead of stdout."),
    fmt: EventFormat = typer.Option(EventFormat.jsonl, "--format", "-f", help="jsonl (the event contract), csv or table."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for parsing."),
    mode: Mode = typer.Option(Mode.select, "--mode", help="select: parse only sentences that can carry an event; full: parse all."),
    country: CountryOption = "pk",
    max_bytes: int = typer.Option(MAX_BYTES, "--max-bytes", help="Refuse input files larger than this."),
) -> None:
    """Extract allegiance events from news articles (text, HTML or JSONL)."""
    from ..pipeline import extract_paths  # spaCy is loaded by the commands that extract, only

    problems: list[ReadProblem] = []

    def report(problem: ReadProblem) -> None:
        problems.append(problem)
        err.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)

    events: list[Event] = []
    articles = 0
    with user_errors(), progress_bar() as progress:
        task = progress.add_task("extracting", total=None)
        for _article, found in extract_paths(paths, jobs=jobs, mode=mode.value, country=country,
                                             max_bytes=max_bytes, on_problem=report):
            articles += 1
            events.extend(found)
            progress.update(task, advance=1, description=f"{len(events)} events")
    _write(events, output, fmt)
    err.print(f"{counted(articles, 'article')}, {counted(len(events), 'event')}, "
              f"{counted(len(problems), 'input')} skipped", highlight=False)
    if problems:
        err.print("fix or remove the skipped inputs above and run again to include them", highlight=False)
        raise typer.Exit(1)


def progress_bar() -> Progress:
    """A progress bar on stderr, shown only on a terminal."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _write(events: list[Event], output: Optional[Path], fmt: EventFormat) -> None:
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt is EventFormat.jsonl:
            for event in events:
                handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif fmt is EventFormat.csv:
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
            writer.writeheader()
            for event in events:
                row = event.to_dict()
                ev = row.pop("evidence")
                row.update(rule=ev["rule"], start=ev["start"], end=ev["end"], sentence=ev["sentence"])
                writer.writerow({k: row.get(k) for k in CSV_FIELDS})
        else:
            (stdout() if output is None else Console(file=handle, width=PIPED_WIDTH)).print(events_table(events))
    finally:
        if output:
            handle.close()


def events_table(events: list[Event]) -> Table:
    table = titled(counted(len(events), "allegiance event"), show_lines=False)
    for col in ("date", "type", "actor", "party / with", "detail", "status", "doc"):
        table.add_column(col, overflow="fold")
    for e in sorted(events, key=lambda e: (e.date or "", e.doc)):
        with_ = e.party if e.type != "coalition" else f"{e.action} {e.counterpart or '-'}"
        detail = e.post or (f"{e.seats} in {e.house}" if e.seats else "") or (e.scope or "")
        table.add_row(e.date or "", e.type, e.actor, with_ or "", detail, e.status, e.doc)
    return table
