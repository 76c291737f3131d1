"""What a user wants first from a record: recent defections by party, who went
where, which parties govern together, and which coalitions can win the house.

The main job (``allegiance demo``) ingests the bundled corpus and prints this.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from .coalition import Coalition, CoalitionError, Constraints, game_for_house, minimal_winning_coalitions, shapley_shubik
from ..record.seats import read_house, ruled_out_pairs
from ..record.query import Fact, coalition_state, facts, flows
from ..registry import load_registry
from ..record.derive import open_record


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


def overview(db_url: str, country: str = "pk", on: date | None = None, recent: int = 8) -> Overview:
    """Read the record at ``db_url`` into an :class:`Overview`."""
    registry = load_registry(country)
    house = registry.house(registry.default_house)
    on = on or date.today()
    engine = open_record(db_url)
    try:
        with Session(engine) as session:
            leaves = [f for f in facts(session, ("leave_party",)) if f.status == "fact"]
            by_party: dict[str, list[Fact]] = {}
            for fact in sorted(leaves, key=lambda f: f.when or "", reverse=True):
                by_party.setdefault(fact.party or "?", []).append(fact)
            state = coalition_state(session, house.scope, on)
            seats = read_house(session, house, country, on)[0].seats  # the tally after the record's moves
            apart = ruled_out_pairs(session, house.scope, on)
            moves = flows(session)
    finally:
        engine.dispose()
    winning, power = _house_power(house.code, seats, apart, country)
    return Overview({p: fs[:recent] for p, fs in by_party.items()}, moves, list(state.pairs), house.code, seats,
                    winning, power)


def _house_power(house: str, seats: dict[str, int], apart, country: str) -> tuple[list[Coalition], dict[str, float]]:
    """Minimal winning coalitions (rejections respected) and Shapley-Shubik shares; empty without seats."""
    if not seats:
        return [], {}
    try:
        game = game_for_house(house, seats, country)
        constraints = Constraints(frozenset(), frozenset(), frozenset(p for p in apart if p <= set(seats)), None)
        winning = minimal_winning_coalitions(game, constraints)
        power = {party: float(value) for party, value in shapley_shubik(game).items()}
    except CoalitionError:
        return [], {}
    return sorted(winning, key=lambda k: (k.seats, len(k.members)))[:10], power
