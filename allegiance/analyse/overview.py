"""What a user wants first from a record: recent defections by party, who went
where, which parties govern together, and which coalitions can win the house.

The main job (``allegiance demo``) ingests the bundled corpus and prints this.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import Fact
from ..record import Record
from ..record.query import coalition_state, facts, flows
from .coalition import Coalition, CoalitionError
from .house import HouseQuestion, HouseSeats, analyse_seats, house_seats


@dataclass(frozen=True)
class Overview:
    """The first page of a record, as plain data (the CLI and the web render it)."""

    defections: dict[str, list[Fact]]          # party left -> leave facts, latest first
    flows: dict[str, dict[str, list[str]]]     # from party -> to party -> names
    governing: list[tuple[str, str]]           # party pairs in coalition in the default house's scope, today
    house: str
    seats: dict[str, int]
    winning: list[Coalition]                   # minimal winning coalitions that respect the record's rejections
    power: dict[str, float]                    # Shapley-Shubik share per party


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
        state = coalition_state(session, house.scope, on)
        try:  # the tally after the record's moves, and the rejections
            seats = house_seats(session, question, country)
        except CoalitionError:  # no seat results in the record
            seats = None
        moves = flows(session)
    winning, power = _house_power(seats, question)
    return Overview({p: fs[:recent] for p, fs in by_party.items()}, moves, list(state.pairs), house.code,
                    seats.seats if seats else {}, winning, power)


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
