"""The coalition analysis of a house, written once for the CLI, the web and the demo's overview.

A question (`HouseQuestion`: a house, a day, seats or none, constraints, what-if moves) is answered in
two steps:

1. `house_seats`: the seats -- given, else the house's latest results in the record after the seat
   moves it holds (`record.seats`) -- and the pairs of parties that ruled each other out in the
   record, read once; with no session the record is not read at all;
2. `analyse_seats`: the game (quota: the house's majority, from the country's registry), the
   constraints (required, excluded, apart, left-right order) and the arithmetic
   (`coalition.analyse`: minimal winning coalitions, the smallest and fewest-party ones, the four power
   indices, the what-if after the moves).

`analyse_house` runs both. The overview runs them apart, so that it still shows the seats when the
arithmetic has nothing to say.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..errors import CoalitionError
from ..model import SeatMove
from ..record.seats import RecordHouse, apply_moves, record_house, ruled_out_pairs
from ..country.registry import DEFAULT_COUNTRY, House, load_registry
from .coalition import MAX_COALITIONS, CoalitionReport, Constraints, Game, analyse, check_seats
from .unattached import INDEPENDENT, MODES, analyse_unattached


@dataclass(frozen=True)
class HouseQuestion:
    """What is asked of a house; empty fields ask nothing."""

    house: str = "NA"
    on: date | None = None                             # the record as it stood on this day (None: its latest)
    seats: dict[str, int] | None = None                # given seats; None: the record's
    require: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    apart: frozenset[frozenset[str]] = frozenset()     # pairs never together, besides the record's rejections
    order: tuple[str, ...] | None = None               # left-right order: connected coalitions only
    moves: tuple[tuple[str, str, int], ...] = ()       # what-if: (from, to, seats)
    people: tuple[tuple[str, str], ...] = ()           # what-if: (person, to party), seats from the record
    defections_since: date | None = None               # what-if: every defection in the record since this day
    independents: str = "single"                       # IND seats: single-seat players, or exclude (unattached.py)

    @property
    def record_what_if(self) -> bool:
        """Whether the question asks for what-if moves that only the record can give."""
        return bool(self.people or self.defections_since)


@dataclass(frozen=True)
class HouseSeats:
    """The seats a question is answered on, and what the record says beside them."""

    house: House
    seats: dict[str, int]
    apart: frozenset[frozenset[str]] = frozenset()     # ruled out in the record, both parties seated
    record: RecordHouse | None = None                  # the record's house, when its seats are used
    what_if: tuple[SeatMove, ...] = ()                 # what-if moves read from the record


@dataclass(frozen=True)
class HouseAnalysis:
    """The answer: the seats it rests on, the arithmetic, and the record's what-if moves marked applied or not
    (None: none asked)."""

    seats: HouseSeats
    report: CoalitionReport
    what_if: list[SeatMove] | None = field(default=None)


def house_seats(session: Session | None, question: HouseQuestion, country: str = DEFAULT_COUNTRY) -> HouseSeats:
    """The seats of the question (given, else the record's) and the record's ruled-out pairs among them;
    the record is read through ``session`` (None: not at all), each part of it once."""
    spec = load_registry(country).house(question.house)
    if session is None:
        return HouseSeats(spec, dict(question.seats or {}))
    record, apart = None, frozenset()
    if question.seats is None or question.record_what_if:
        record = record_house(session, spec, country, question.on, question.people, question.defections_since)
        apart = record.apart
    else:
        apart = ruled_out_pairs(session, spec.scope, question.on)  # the rejections only, by index
    seats = dict(question.seats) if question.seats is not None else record.seats
    if not seats:
        raise CoalitionError(f"the record holds no seat results for {spec.code}; ingest results or give the seats "
                             "(--seat PARTY=N, or seat=PARTY=N in the API)")
    return HouseSeats(spec, seats, frozenset(p for p in apart if p <= set(seats)),
                      record if question.seats is None else None, record.what_if if record is not None else ())


def analyse_seats(found: HouseSeats, question: HouseQuestion, limit: int = MAX_COALITIONS) -> HouseAnalysis:
    """The game on the seats, the constraints of the question and the record, and the arithmetic."""
    game = house_game(found.house, found.seats)
    constraints = Constraints(question.require, question.exclude, question.apart | found.apart, question.order)
    moves, marked = what_if_moves(found.seats, found.what_if, list(question.moves))
    if question.independents not in MODES:
        raise CoalitionError(f"independents are counted as single or exclude, not {question.independents!r}")
    if found.seats.get(INDEPENDENT):  # unattached seats, never one party
        report = analyse_unattached(game, constraints, moves, question.independents, limit)
    else:
        report = analyse(game, constraints, moves, limit)
    return HouseAnalysis(found, report, marked if question.record_what_if else None)


def analyse_house(session: Session | None, question: HouseQuestion, country: str = DEFAULT_COUNTRY,
                  limit: int = MAX_COALITIONS) -> HouseAnalysis:
    """`house_seats`, then `analyse_seats`: the whole answer to a question about a house."""
    return analyse_seats(house_seats(session, question, country), question, limit)


def house_game(house: House, seats: dict[str, int]) -> Game:
    """A game whose quota is the house's majority. Seats may add up to less than the house (vacancies) but
    never to more."""
    check_seats(seats)
    total = sum(seats.values())
    if total > house.seats:
        raise CoalitionError(f"the seats add up to {total} but the {house.name} has {house.seats}")
    return Game(seats, house.majority)


def game_for_house(house_code: str, seats: dict[str, int], country: str = DEFAULT_COUNTRY) -> Game:
    """`house_game` of a house of the country's registry, by code or name."""
    return house_game(load_registry(country).house(house_code), seats)


def what_if_moves(seats: dict[str, int], record_moves: tuple[SeatMove, ...],
                  moves: list[tuple[str, str, int]]) -> tuple[list, list[SeatMove]]:
    """The moves for the arithmetic, and the record-read ones marked applied or not.

    Defections since a date apply when they can (a defector from a party
    without seats in the house is listed, not applied); a named person's move
    and plain moves are the user's own and must fit, else an error.
    """
    defections = [m for m in record_moves if m.kind != "person"]
    _, marked = apply_moves(seats, defections)
    chosen = [m for m in marked if m.applied] + [m for m in record_moves if m.kind == "person"]
    return [*chosen, *moves], marked + [m for m in record_moves if m.kind == "person"]


# --------------------------------------------------------------------------- seats as people write them

def read_seats_csv(path: Path) -> dict[str, int]:
    """A CSV with columns party,seats (header required)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise CoalitionError(f"cannot read seats file {path}: {exc.strerror or exc}") from None
    if not rows or not {"party", "seats"} <= set(rows[0]):
        raise CoalitionError(f"{path}: expected a header with columns party,seats")
    seats: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        _add(seats, row["party"], row["seats"], f"{path} line {line}")
    return seats


def parse_seat_args(values: list[str], seats: dict[str, int]) -> dict[str, int]:
    """PARTY=N values, added to (or overriding) seats from a file."""
    out = dict(seats)
    for value in values:
        party, sep, n = value.partition("=")
        if not sep:
            raise CoalitionError(f"--seat takes PARTY=N, not {value!r}")
        out.pop(party.strip(), None)
        _add(out, party, n, f"--seat {value}")
    return out


def _add(seats: dict[str, int], party: str | None, n: str | None, where: str) -> None:
    party = (party or "").strip()
    if not party:
        raise CoalitionError(f"{where}: party is empty")
    try:
        count = int((n or "").strip())
    except ValueError:
        raise CoalitionError(f"{where}: seats of {party} must be a whole number, not {n!r}") from None
    if party in seats:
        raise CoalitionError(f"{where}: {party} is listed twice")
    seats[party] = count
