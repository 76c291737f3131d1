"""``allegiance demo`` and ``allegiance serve``: the main job on the bundled corpus, and the dashboard over a
record (the web's server started with the settings these options give)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import typer
from rich.table import Table

from ..settings import LOOPBACK_HOST_HEADERS, WebSettings, is_loopback, review_token_from
from .extract import events_table, progress_bar
from .options import titled
from .options import CountryOption, DbOption, err, user_errors
from .options import out as stdout

if TYPE_CHECKING:  # the extractor, the record and the web are imported by the commands that run them
    from ..analyse.overview import Overview


def demo(
    db: str = typer.Option("allegiance-demo.db", "--db", help="Record to build (SQLite file or database URL)."),
    events: bool = typer.Option(False, "--events", help="Also print every extracted event."),
    no_serve: bool = typer.Option(False, "--no-serve", help="Stop after printing; do not serve the dashboard."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address the dashboard listens on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port the dashboard listens on."),
) -> None:
    """The main job on the bundled demo corpus: ingest it into a record, show what it holds, and serve
    the dashboard over it (unless --no-serve)."""
    from ..analyse.overview import overview
    from ..pipeline import extract_paths, ingest
    from ..read import demo_corpus
    from ..record import Record
    from ..store.engine import database_url

    url = database_url(db)
    with user_errors():
        with progress_bar() as progress:
            task = progress.add_task("ingesting the demo corpus", total=None)
            report = ingest([demo_corpus()], url, progress=lambda r: progress.update(task, completed=r.read))
        with Record.open(url) as record:
            view = overview(record)
    err.print(report.summary(), highlight=False)
    out = stdout()
    if events:
        out.print(events_table([e for _a, found in extract_paths([demo_corpus()]) for e in found]))
    for table in _overview_tables(view):
        out.print(table)
    err.print(f"record: {url} (query it with 'allegiance events --db {db}', 'allegiance flows --db {db}')",
              highlight=False)
    if not no_serve:
        _serve(url, host, port, review_token=None, country="pk")


def serve(
    db: DbOption = None,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; the default keeps it on this machine."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    review_token: Optional[str] = typer.Option(None, "--review-token", help="Token that review actions must send "
                                               "(default $ALLEGIANCE_REVIEW_TOKEN); without one, review is off."),
    country: CountryOption = "pk",
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes; one per core serves "
                                "most (each keeps its own answer cache)."),
) -> None:
    """Serve the dashboard and the JSON API (OpenAPI at /docs) over a record."""
    from ..store.engine import database_url

    _serve(database_url(db), host, port, review_token, country, workers)


def _serve(url: str, host: str, port: int, review_token: Optional[str], country: str, workers: int = 1) -> None:
    from ..web import serve as web_serve

    settings = WebSettings(db_url=url, country=country, review_token=review_token_from(review_token),
                           allowed_hosts=LOOPBACK_HOST_HEADERS if is_loopback(host) else None)
    warning = web_serve.exposure_warning(host)
    if warning:
        err.print(f"[yellow]{warning}[/]", highlight=False, soft_wrap=True)
    err.print(f"dashboard: open {web_serve.url_of(host, port)} (API: {web_serve.url_of(host, port)}docs; Ctrl-C stops)", highlight=False,
              soft_wrap=True)
    if settings.review_token is None:
        err.print("review actions are off: give --review-token or set ALLEGIANCE_REVIEW_TOKEN to turn them on",
                  highlight=False, soft_wrap=True)
    with user_errors():
        web_serve.run(settings, host, port, workers)


def _bound(edge) -> str:
    """A tie's day: "2022-03-30", or "on or before 2022-03-31" when no source states it."""
    return edge.date if edge.bound == "exact" else f"on or before {edge.date}"


def _overview_tables(view: Overview) -> list[Table]:
    defections = titled("Recent defections by party (latest first)")
    for col in ("left", "who", "when", "sources"):
        defections.add_column(col, overflow="fold")
    for party, leaves in sorted(view.defections.items(), key=lambda kv: -len(kv[1])):
        for fact in leaves:
            defections.add_row(party, fact.name, fact.when or "", str(fact.source_count))
    moves = titled("Flows: who left which party for which")
    for col in ("from", "to", "people"):
        moves.add_column(col, overflow="fold")
    for src, targets in sorted(view.flows.items()):
        for dst, names in sorted(targets.items()):
            moves.add_row(src, dst, ", ".join(names))
    governing = titled(f"Coalition state in the {view.house}'s scope today: governing together, dated")
    for col in ("parties", "since", "until", "source"):
        governing.add_column(col, overflow="fold")
    for tie in view.governing:
        governing.add_row(f"{tie.party} + {tie.other}", _bound(tie.start), "in force", tie.start.fact or "")
    for tie in view.ended:
        governing.add_row(f"{tie.party} + {tie.other}", _bound(tie.start), f"{_bound(tie.end)} ({tie.end.kind})",
                          tie.end.fact or "")
    power = titled(f"{view.house}: latest election's seats and Shapley-Shubik power")
    for col in ("party", "seats", "power"):
        power.add_column(col, justify="right" if col != "party" else "left")
    for party, n in sorted(view.seats.items(), key=lambda kv: -kv[1]):
        power.add_row(party, str(n), f"{view.power.get(party, 0):.3f}")
    winning = titled(f"{view.house}: smallest minimal winning coalitions (rejections in the record respected)")
    for col in ("coalition", "seats", "surplus"):
        winning.add_column(col)
    for k in view.winning:
        winning.add_row(" + ".join(k.members), str(k.seats), str(k.surplus))
    return [defections, moves, governing, power, winning]
