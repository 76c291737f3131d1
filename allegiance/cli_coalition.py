"""The ``coalitions`` command: parse seats and constraints, call
:func:`allegiance.coalition.analyse`, print what comes back. No arithmetic here.

Register with ``app.command("coalitions")(coalitions)``. With
``make_coalitions_command(seats_source=...)`` the record supplies a house's
seats when none are given: the source is a callable
``(db, house, country, on) -> (seats, ruled-out pairs)``; parties that ruled
each other out in the record are then never put together.
"""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import Callable, Optional

import typer
from rich.console import Console
from rich.table import Table

from .coalition import INDICES, Coalition, CoalitionError, CoalitionReport, Constraints, analyse, game_for_house
from .errors import AllegianceError

SeatsSource = Callable[..., tuple[dict[str, int], frozenset[frozenset[str]]]]
INDEX_NAMES = {"banzhaf": "Banzhaf", "shapley_shubik": "Shapley-Shubik",
               "deegan_packel": "Deegan-Packel", "holler": "Holler"}


class CoalitionFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


# ---------------------------------------------------------------- parsing

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
    """--seat PARTY=N, added to (or overriding) seats from a file."""
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


def parse_pairs(values: list[str]) -> frozenset[frozenset[str]]:
    """--apart A,B: two parties that ruled each other out."""
    pairs = set()
    for value in values:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if len(parts) != 2 or parts[0] == parts[1]:
            raise CoalitionError(f"--apart takes two different parties A,B, not {value!r}")
        pairs.add(frozenset(parts))
    return frozenset(pairs)


def parse_moves(values: list[str]) -> list[tuple[str, str, int]]:
    """--move FROM:TO:N."""
    moves = []
    for value in values:
        parts = value.split(":")
        try:
            source, target, n = (p.strip() for p in parts)
            moves.append((source, target, int(n)))
        except ValueError:
            raise CoalitionError(f"--move takes FROM:TO:N (N a whole number), not {value!r}") from None
    return moves


def _names(values: list[str]) -> frozenset[str]:
    return frozenset(p.strip() for v in values for p in v.split(",") if p.strip())


def _seats(house: str, country: str, seats_file: Optional[Path], seat: list[str], source: Optional[SeatsSource],
           db: Optional[str], on: Optional[str]) -> tuple[dict[str, int], frozenset[frozenset[str]]]:
    base: dict[str, int] = read_seats_csv(seats_file) if seats_file else {}
    apart: frozenset[frozenset[str]] = frozenset()
    if not seats_file and not seat:
        if source is None:
            raise CoalitionError("give the seats: --seats FILE (columns party,seats) or --seat PARTY=N")
        base, apart = source(db, house, country, _date(on))
        if not base:
            raise CoalitionError(f"the record holds no seat results for {house}; ingest results or give --seat PARTY=N")
    return parse_seat_args(seat, base), apart


def _date(value: Optional[str]):
    from datetime import date
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CoalitionError(f"--on {value!r} is not a date; use YYYY-MM-DD") from None


# ---------------------------------------------------------------- output

def _dec(value: Fraction) -> str:
    return f"{float(value):.4f}"


def _label(k: Coalition) -> str:
    return " + ".join(k.members)


def _coalition_table(title: str, rows: list[Coalition]) -> Table:
    table = Table(title=title)
    for col in ("coalition", "parties", "seats", "surplus"):
        table.add_column(col, justify="left" if col == "coalition" else "right")
    for k in rows:
        table.add_row(_label(k), str(len(k.members)), str(k.seats), str(k.surplus))
    return table


def _print_table(r: CoalitionReport, house: str, out: Console) -> None:
    out.print(f"{house}: {r.game.total} seats, quota {r.game.quota}", highlight=False)
    table = Table(title="seats and power")
    for col in ("party", "seats", *(INDEX_NAMES[i] for i in INDICES)):
        table.add_column(col, justify="left" if col == "party" else "right")
    for p, n in sorted(r.game.seats.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(p, str(n), *(_dec(r.indices[i][p]) for i in INDICES))
    out.print(table)
    out.print(_coalition_table(f"{len(r.minimal)} minimal winning coalitions", r.minimal))
    out.print(_coalition_table("minimum-seat winning", r.minimum_seat))
    out.print(_coalition_table("fewest-party winning", r.fewest_party))
    if r.after is not None:
        what = Table(title="what if")
        for col in ("party", "seats before", "seats after", *(INDEX_NAMES[i] for i in INDICES)):
            what.add_column(col, justify="left" if col == "party" else "right")
        for p in r.game.seats:
            change = {s.index: s for s in r.shifts if s.party == p}
            what.add_row(p, str(r.game.seats[p]), str(r.after.seats[p]),
                         *(f"{_dec(change[i].before)}→{_dec(change[i].after)}" for i in INDICES))
        out.print(what)


def _coalition_dict(k: Coalition) -> dict:
    return {"members": list(k.members), "seats": k.seats, "surplus": k.surplus}


def report_dict(r: CoalitionReport, house: str) -> dict:
    """The JSON shape: exact fractions as strings ("3/10"), decimals beside them."""
    data = {
        "house": house, "quota": r.game.quota, "total": r.game.total, "seats": r.game.seats,
        "minimal_winning": [_coalition_dict(k) for k in r.minimal],
        "minimum_seat": [_coalition_dict(k) for k in r.minimum_seat],
        "fewest_party": [_coalition_dict(k) for k in r.fewest_party],
        "indices": {i: {p: {"exact": str(v), "decimal": _dec(v)} for p, v in r.indices[i].items()}
                    for i in INDICES},
    }
    if r.after is not None:
        data["what_if"] = {"seats": r.after.seats, "shifts": [
            {"party": s.party, "index": s.index, "before": str(s.before), "after": str(s.after),
             "change": str(s.change)} for s in r.shifts]}
    return data


def _print_csv(r: CoalitionReport, house: str) -> None:
    """Long form, one fact a row: section,item,key,value."""
    w = csv.writer(sys.stdout)
    w.writerow(["section", "item", "key", "value"])
    w.writerow(["house", house, "quota", r.game.quota])
    for p, n in r.game.seats.items():
        w.writerow(["seats", p, "seats", n])
        for i in INDICES:
            w.writerow(["index", p, i, _dec(r.indices[i][p])])
    for section, rows in (("minimal_winning", r.minimal), ("minimum_seat", r.minimum_seat),
                          ("fewest_party", r.fewest_party)):
        for k in rows:
            w.writerow([section, "+".join(k.members), "seats", k.seats])
            w.writerow([section, "+".join(k.members), "surplus", k.surplus])
    for s in r.shifts:
        w.writerow(["what_if", s.party, s.index, f"{_dec(s.before)}->{_dec(s.after)}"])


# ---------------------------------------------------------------- command

def make_coalitions_command(seats_source: Optional[SeatsSource] = None):
    """Build the command; ``seats_source`` supplies seats when none are given."""

    def coalitions(
        house: str = typer.Option("NA", "--house", help="House code or name from the country registry."),
        seats: Optional[Path] = typer.Option(None, "--seats", help="CSV file with columns party,seats."),
        seat: list[str] = typer.Option([], "--seat", help="PARTY=N; repeatable; overrides --seats."),
        require: list[str] = typer.Option([], "--require", help="Party that must be in (repeatable, or A,B)."),
        exclude: list[str] = typer.Option([], "--exclude", help="Party that must stay out (repeatable, or A,B)."),
        incompatible: list[str] = typer.Option([], "--apart", help="A,B: two parties never together."),
        order: Optional[str] = typer.Option(None, "--order", help="Left-right order A,B,C: connected coalitions only."),
        what_if: list[str] = typer.Option([], "--move", help="FROM:TO:N seats crossing over; repeatable."),
        country: str = typer.Option("pk", "--country", help="Country data folder (bundled code or a path)."),
        db: Optional[str] = typer.Option(None, "--db", help="Record to read seats from (default $ALLEGIANCE_DB or ./allegiance.db)."),
        on: Optional[str] = typer.Option(None, "--on", help="Seats and rejections as the record stood on this date."),
        fmt: CoalitionFormat = typer.Option(CoalitionFormat.table, "--format", "-f", help="table, json or csv."),
    ) -> None:
        """Winning coalitions and power indices of a house's seats."""
        try:
            house_seats, apart = _seats(house, country, seats, seat, seats_source, db, on)
            game = game_for_house(house, house_seats, country)
            apart = frozenset(p for p in apart if p <= set(house_seats))
            ordering = tuple(p.strip() for p in order.split(",") if p.strip()) if order else None
            constraints = Constraints(_names(require), _names(exclude), parse_pairs(incompatible) | apart, ordering)
            report = analyse(game, constraints, parse_moves(what_if))
        except AllegianceError as exc:
            Console(stderr=True).print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
        if fmt is CoalitionFormat.json:
            print(json.dumps(report_dict(report, house), ensure_ascii=False, indent=2))
        elif fmt is CoalitionFormat.csv:
            _print_csv(report, house)
        else:
            _print_table(report, house, Console())

    return coalitions


coalitions = make_coalitions_command()
