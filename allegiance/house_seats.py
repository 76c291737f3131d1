"""A house's seats and its ruled-out pairs, as the record holds them.

The coalition arithmetic is pure; this module is the bridge that reads the
stored events it needs: the latest tally of each party in a house (seat
results up to a date), and the pairs of parties that ruled each other out
(coalition ``reject`` acts reported as fact, in the house's scope).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from .registry import load_registry
from .store.engine import open_database
from .store.queries import article_sources, find_events


def latest_seats(session: Session, house: str, on: date | None = None) -> dict[str, int]:
    """The tallies of the house's latest election in the record, on or before ``on``.

    Results of different elections never mix. A tally is dated by its
    election day, else by its article's publication; the latest report
    (article) that gives tallies for the house wins, and each of its parties
    keeps the figure it gives.
    """
    reports: dict[tuple[str, int], dict[str, int]] = {}
    for stored in find_events(session, type="seat_result"):
        event = stored.event
        if event.house != house or not event.seats:
            continue
        when = event.date or _published(session, stored.id)
        if on is not None and when and when > on.isoformat():
            continue
        reports.setdefault((when or "", stored.article_id), {})[event.actor] = event.seats
    if not reports:
        return {}
    return reports[max(reports, key=lambda k: (k[0], len(reports[k]), k[1]))]


def _published(session: Session, event_id: int) -> str | None:
    sources = article_sources(session, event_id)
    return sources[0].published.isoformat() if sources and sources[0].published else None


def ruled_out_pairs(session: Session, scope: str, on: date | None = None) -> frozenset[frozenset[str]]:
    """Pairs that ruled each other out in this scope (or with no scope stated), as facts."""
    pairs = set()
    for stored in find_events(session, type="coalition"):
        event = stored.event
        if event.action != "reject" or event.status != "fact" or not event.counterpart:
            continue
        if event.scope not in (None, scope) or (on is not None and event.date and event.date > on.isoformat()):
            continue
        pairs.add(frozenset((event.actor, event.counterpart)))
    return frozenset(pairs)


def house_from_record(db_url: str, house: str, country: str = "pk",
                      on: date | None = None) -> tuple[dict[str, int], frozenset[frozenset[str]]]:
    """Seats and ruled-out pairs for the coalition command, read from the database at ``db_url``."""
    code = load_registry(country).house(house).code
    scope = load_registry(country).house(house).scope
    engine = open_database(db_url)
    try:
        with Session(engine) as session:
            return latest_seats(session, code, on), ruled_out_pairs(session, scope, on)
    finally:
        engine.dispose()
