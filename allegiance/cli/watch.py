"""``allegiance watch``: follow outlets (feeds, sitemaps, home pages) into the record."""
from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Optional

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .options import CountryOption, DbOption, err, fail, user_errors

CONTACT_HELP = ("An e-mail address or URL put in the User-Agent, so a site owner can reach you "
                "(default: $ALLEGIANCE_CONTACT).")


def watch_command(
    sources: Path = typer.Argument(..., help="A file of outlet URLs (home pages, RSS/Atom feeds, sitemaps), one a "
                                   "line, with optional every=30m rate=1 lang=ur settings."),
    db: DbOption = None,
    every: str = typer.Option("15m", "--every", help="Time between rounds: 90s, 15m, 2h, 1d, 1h30m."),
    once: bool = typer.Option(False, "--once", help="One round, then exit (for cron)."),
    contact: Optional[str] = typer.Option(None, "--contact", envvar="ALLEGIANCE_CONTACT", show_envvar=False,
                                          help=CONTACT_HELP),
    rate: float = typer.Option(1.0, "--rate", min=0.01, max=100, help="Requests per second per host (a source's rate= wins)."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=64, help="Hosts fetched at once."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for an answer."),
    retries: int = typer.Option(3, "--retries", min=0, max=10, help="Further tries after a 429, a 5xx or a network error."),
    proxy: Optional[str] = typer.Option(None, "--proxy", help="An HTTP proxy URL for every request."),
    country: CountryOption = "pk",
) -> None:
    """Follow the outlets in SOURCES: new articles are fetched, read, extracted and stored as they appear.
    Ctrl-C stops cleanly after the article in hand; the next run goes on where this one stopped."""
    from ..store.engine import database_url
    from ..watch import FetchSettings, follow, parse_duration
    from ..watch.round import RoundOptions

    try:
        interval = parse_duration(every)
    except ValueError as error:
        fail(f"--every: {error}", 2)
    if not sources.is_file():
        fail(f"{sources}: no such SOURCES file; give a file with one outlet URL a line", 2)
    url = database_url(db)
    stop = threading.Event()
    settings = FetchSettings(contact=contact, rate=rate, concurrency=concurrency, timeout=timeout, retries=retries,
                             proxy=proxy)
    with user_errors(), _progress() as progress, _stopped_by_ctrl_c(stop):
        task = progress.add_task("watching", total=None)

        def show(summary, what: str) -> None:
            progress.update(task, description=f"{summary.new} new, {summary.changed} changed, "
                            f"{len(summary.failed)} failed: {what}")

        def report(summary) -> None:
            progress.console.print(summary.line(), highlight=False, soft_wrap=True)
            for page, why in summary.failed:
                progress.console.print(f"[yellow]failed[/] {page}: {why}", highlight=False, soft_wrap=True)

        follow(sources, url, every=interval, once=once, fetch=settings,
               options=RoundOptions(country=country, stop=stop, progress=show), on_round=report,
               on_problem=lambda p: progress.console.print(f"[yellow]skipped[/] {p}", highlight=False,
                                                           soft_wrap=True))


class _stopped_by_ctrl_c:
    """The first Ctrl-C asks for a clean stop (the article in hand is finished); a second one interrupts."""

    def __init__(self, stop: threading.Event) -> None:
        self.stop, self.previous = stop, None

    def __enter__(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum, _frame) -> None:
        if self.stop.is_set():
            raise KeyboardInterrupt
        self.stop.set()
        err.print("stopping after the article in hand (Ctrl-C again to interrupt)", highlight=False)

    def __exit__(self, *_exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                    transient=True, disable=not err.is_terminal)
