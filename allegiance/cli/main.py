"""The ``allegiance`` command. Each command parses its options, calls one
library function and formats what comes back; no logic lives here."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..pipeline import extract_paths
from .coalition import make_coalitions_command
from .export import export_command
from .review import review_app
from .record import events_command, flows_command, ingest_command, party_command, person_command, sources_command
from ..errors import AllegianceError
from ..read import MAX_BYTES
from ..model import Event, ReadProblem

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read political news; keep a sourced, dated record of party switching, coalitions and seats.")
err = Console(stderr=True)
CSV_FIELDS = ["doc", "type", "actor", "party", "counterpart", "action", "scope", "post", "seats", "house", "date",
              "status", "confidence", "rule", "start", "end", "sentence"]


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class Mode(str, Enum):
    select = "select"
    full = "full"


def demo_corpus() -> Path:
    """The bundled articles the project wrote itself, with their gold events (gold.jsonl)."""
    return Path(str(resources.files("allegiance") / "data" / "demo"))


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write events here instead of stdout."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (the event contract), csv or table."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for parsing."),
    mode: Mode = typer.Option(Mode.select, "--mode", help="select: parse only sentences that can carry an event; full: parse all."),
    country: str = typer.Option("pk", "--country", help="Country data folder (bundled code or a path)."),
    max_bytes: int = typer.Option(MAX_BYTES, "--max-bytes", help="Refuse input files larger than this."),
) -> None:
    """Extract allegiance events from news articles (text, HTML or JSONL)."""
    problems: list[ReadProblem] = []

    def report(problem: ReadProblem) -> None:
        problems.append(problem)
        err.print(f"[yellow]skipped[/] {problem}", highlight=False, soft_wrap=True)

    events: list[Event] = []
    articles = 0
    try:
        with _progress() as progress:
            task = progress.add_task("extracting", total=None)
            for _article, found in extract_paths(paths, jobs=jobs, mode=mode.value, country=country,
                                                 max_bytes=max_bytes, on_problem=report):
                articles += 1
                events.extend(found)
                progress.update(task, advance=1, description=f"{len(events)} events")
    except AllegianceError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(exc.exit_code)
    _write(events, output, fmt)
    err.print(f"{articles} articles, {len(events)} events, {len(problems)} inputs skipped", highlight=False)
    if problems:
        err.print("fix or remove the skipped inputs above and run again to include them", highlight=False)
        raise typer.Exit(1)


@app.command()
def demo(
    db: str = typer.Option("allegiance-demo.db", "--db", help="Record to build (SQLite file or database URL)."),
    events: bool = typer.Option(False, "--events", help="Also print every extracted event."),
    no_serve: bool = typer.Option(False, "--no-serve", help="Stop after printing; do not serve the dashboard."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address the dashboard listens on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port the dashboard listens on."),
) -> None:
    """The main job on the bundled demo corpus: ingest it into a record, show what it holds, and serve
    the dashboard over it (unless --no-serve)."""
    from ..pipeline import ingest
    from ..analyse.overview import overview
    from ..store.engine import database_url

    url = database_url(db)
    try:
        with _progress() as progress:
            task = progress.add_task("ingesting the demo corpus", total=None)
            report = ingest([demo_corpus()], url, progress=lambda r: progress.update(task, completed=r.read))
        view = overview(url)
    except AllegianceError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(exc.exit_code)
    err.print(report.summary(), highlight=False)
    out = Console()
    if events:
        out.print(_table([e for _a, found in extract_paths([demo_corpus()]) for e in found]))
    for table in _overview_tables(view):
        out.print(table)
    err.print(f"record: {url} (query it with 'allegiance events --db {db}', 'allegiance flows --db {db}')",
              highlight=False)
    if not no_serve:
        _serve(url, host, port, review_token=None, country="pk")


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", help="Record to serve: a SQLite file path or a URL "
                                     "(postgresql://...). Default: $ALLEGIANCE_DB, else ./allegiance.db."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; the default keeps it on this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    review_token: Optional[str] = typer.Option(None, "--review-token", help="Token that review actions must send "
                                               "(default $ALLEGIANCE_REVIEW_TOKEN); without one, review is off."),
    country: str = typer.Option("pk", "--country", help="Country data folder (bundled code or a path)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes; one per core serves "
                                "most (each keeps its own answer cache)."),
) -> None:
    """Serve the dashboard and the JSON API (OpenAPI at /docs) over a record."""
    from ..store.engine import database_url
    _serve(database_url(db), host, port, review_token, country, workers)


def _serve(url: str, host: str, port: int, review_token: Optional[str], country: str, workers: int = 1) -> None:
    from ..web.serve import exposure_warning, run, url_of
    from ..settings import LOOPBACK_HOST_HEADERS, WebSettings, is_loopback, review_token_from

    settings = WebSettings(db_url=url, country=country, review_token=review_token_from(review_token),
                           allowed_hosts=LOOPBACK_HOST_HEADERS if is_loopback(host) else None)
    warning = exposure_warning(host)
    if warning:
        err.print(f"[yellow]{warning}[/]", highlight=False, soft_wrap=True)
    err.print(f"dashboard: open {url_of(host, port)} (API: {url_of(host, port)}docs; Ctrl-C stops)", highlight=False,
              soft_wrap=True)
    if settings.review_token is None:
        err.print("review actions are off: give --review-token or set ALLEGIANCE_REVIEW_TOKEN to turn them on",
                  highlight=False, soft_wrap=True)
    try:
        run(settings, host, port, workers)
    except AllegianceError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code)


def _overview_tables(view) -> list[Table]:
    defections = Table(title="Recent defections by party (latest first)")
    for col in ("left", "who", "when", "sources"):
        defections.add_column(col, overflow="fold")
    for party, leaves in sorted(view.defections.items(), key=lambda kv: -len(kv[1])):
        for fact in leaves:
            defections.add_row(party, fact.name, fact.when or "", str(fact.source_count))
    moves = Table(title="Flows: who left which party for which")
    for col in ("from", "to", "people"):
        moves.add_column(col, overflow="fold")
    for src, targets in sorted(view.flows.items()):
        for dst, names in sorted(targets.items()):
            moves.add_row(src, dst, ", ".join(names))
    governing = Table(title=f"Coalition state in the {view.house}'s scope today (pairs in the record)")
    governing.add_column("parties governing together")
    for a, b in view.governing:
        governing.add_row(f"{a} + {b}")
    power = Table(title=f"{view.house}: latest election's seats and Shapley-Shubik power")
    for col in ("party", "seats", "power"):
        power.add_column(col, justify="right" if col != "party" else "left")
    for party, n in sorted(view.seats.items(), key=lambda kv: -kv[1]):
        power.add_row(party, str(n), f"{view.power.get(party, 0):.3f}")
    winning = Table(title=f"{view.house}: smallest minimal winning coalitions (rejections in the record respected)")
    for col in ("coalition", "seats", "surplus"):
        winning.add_column(col)
    for k in view.winning:
        winning.add_row(" + ".join(k.members), str(k.seats), str(k.surplus))
    return [defections, moves, governing, power, winning]


app.command("coalitions", help="Winning coalitions and power indices of a house.")(
    make_coalitions_command(read_record=True))
app.command("ingest", help="Read, extract and store articles in the record (SQLite by default).")(ingest_command)
app.command("events", help="Query the events stored in the record.")(events_command)
app.command("person", help="A person's timeline with its sources.")(person_command)
app.command("party", help="A party's members on a date, its joiners and leavers.")(party_command)
app.command("flows", help="Who left which party for which: a party-to-party matrix.")(flows_command)
app.command("sources", help="The articles and sentences behind an event or a fact.")(sources_command)
app.command("export", help="Export the record: jsonl, csv, popolo or graphml.")(export_command)
app.add_typer(review_app, name="review", help="Analyst corrections: confirm, reject, merge, split, rename, list, undo.")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _write(events: list[Event], output: Optional[Path], fmt: Format) -> None:
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt is Format.jsonl:
            for event in events:
                handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif fmt is Format.csv:
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
            writer.writeheader()
            for event in events:
                row = event.to_dict()
                ev = row.pop("evidence")
                row.update(rule=ev["rule"], start=ev["start"], end=ev["end"], sentence=ev["sentence"])
                writer.writerow({k: row.get(k) for k in CSV_FIELDS})
        else:
            Console(file=handle, width=None if output is None else 160).print(_table(events))
    finally:
        if output:
            handle.close()


def _table(events: list[Event]) -> Table:
    table = Table(title=f"{len(events)} allegiance events", show_lines=False)
    for col in ("date", "type", "actor", "party / with", "detail", "status", "doc"):
        table.add_column(col, overflow="fold")
    for e in sorted(events, key=lambda e: (e.date or "", e.doc)):
        with_ = e.party if e.type != "coalition" else f"{e.action} {e.counterpart or '-'}"
        detail = e.post or (f"{e.seats} in {e.house}" if e.seats else "") or (e.scope or "")
        table.add_row(e.date or "", e.type, e.actor, with_ or "", detail, e.status, e.doc)
    return table


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # python -m allegiance.cli
    main()
