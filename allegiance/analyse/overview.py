"""What a user wants first from a record: recent defections by party, who went
where, which parties govern together, and which coalitions can win the house.

The main job (``allegiance demo``) ingests the bundled corpus and prints this.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Fact
from ..record import Record
from ..record.governments import Tie, governments
from ..record.query import facts, flows
from .coalition import Coalition, CoalitionError
from .house import HouseQuestion, HouseSeats, analyse_seats, house_seats


@dataclass(frozen=True)
class Overview:
    """The first page of a record, as plain data (the CLI and the web render it)."""

    defections: dict[str, list[Fact]]          # party left -> leave facts, latest first
    flows: dict[str, dict[str, list[str]]]     # from party -> to party -> names
    governing: list[Tie]                       # ties in force in the default house's scope on the day, dated
    house: str
    seats: dict[str, int]
    winning: list[Coalition]                   # minimal winning coalitions that respect the record's rejections
    power: dict[str, float]                    # Shapley-Shubik share per party
    ended: list[Tie] = field(default_factory=list)   # the latest ties that closed by the day, latest first


def overview(record: Record, on: date | None = None, recent: int = 8) -> Overview:
    """Read the record into an :class:`Overview`."""
    country, registry = record.country, record.registry
    house = registry.house(registry.default_house)
    on = on or date.today()
    question = HouseQuestion(house.code, on)
    with record.session() as session:
        leaves = [f for f in facts(session, ("leave_party",)) if f.status == "fact"]
        by_party: dict[str, list[Fact]] = {}
        for fact in sorted(leaves, key=lambda f: f.when or "", reverse=True):
            by_party.setdefault(fact.party or "?", []).append(fact)
        governing, ended = dated_governments(session, record.registry, country, house.code, on)
        try:  # the tally after the record's moves, and the rejections
            seats = house_seats(session, question, country)
        except CoalitionError:  # no seat results in the record
            seats = None
        moves = flows(session)
    winning, power = _house_power(seats, question)
    return Overview({p: fs[:recent] for p, fs in by_party.items()}, moves, governing, house.code,
                    seats.seats if seats else {}, winning, power, ended)


def dated_governments(session, registry, country: str, house: str, on: date,
                      ended: int = 5) -> tuple[list[Tie], list[Tie]]:
    """Who governs together in the house's scope on ``on`` (ties in force, each dated by its opening), and the
    ``ended`` latest ties that closed by then: the overview's governments, dated and closing."""
    scope = governments(session, registry, country, house, on)[0]
    closed = sorted((t for t in scope.ties if t.end is not None), key=lambda t: t.end.date, reverse=True)
    return [t for t in scope.in_force() if t.alliance is None], closed[:ended]


def _house_power(seats: HouseSeats | None, question: HouseQuestion) -> tuple[list[Coalition], dict[str, float]]:
    """Minimal winning coalitions (rejections respected) and Shapley-Shubik shares; empty without seats."""
    if seats is None:
        return [], {}
    try:
        report = analyse_seats(seats, question).report
    except CoalitionError:
        return [], {}
    power = {party: float(value) for party, value in report.indices["shapley_shubik"].items()}
    return sorted(report.minimal, key=lambda k: (k.seats, len(k.members)))[:10], power
