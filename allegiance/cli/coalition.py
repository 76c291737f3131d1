"""The ``coalitions`` command: parse seats, constraints and what-ifs into a
:class:`~allegiance.analyse.house.HouseQuestion`, call
:func:`allegiance.analyse.house.analyse_house`, print what comes back. No arithmetic here.

``make_coalitions_command(read_record=True)`` (the app's command) takes a house's seats from the record
when none are given; parties that ruled each other out in the record are then never put together.
``--move-person`` and ``--defections-since`` read the record in any case.
"""
from __future__ import annotations

import csv
import json
import sys
from datetime import date
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.table import Table
from ..analyse.coalition import INDICES, Coalition, CoalitionError, CoalitionReport, SeatMove
from ..country.registry import Registry, load_registry
from ..model import counted
from .options import titled
from .options import out as stdout
from .options import AsKnownOnOption, CountryOption, DbOption, Format, FormatOption, OnOption, iso_date, user_errors

if TYPE_CHECKING:  # the record (SQLAlchemy) is imported when a question is answered, not by --help
    from ..analyse.house import HouseAnalysis, HouseQuestion

class Independents(str, Enum):
    """How independents (IND) count: each a single-seat player, or left out of the game."""

    single = "single"
    exclude = "exclude"


INDEX_NAMES = {"banzhaf": "Banzhaf", "shapley_shubik": "Shapley-Shubik",
               "deegan_packel": "Deegan-Packel", "holler": "Holler"}


# ---------------------------------------------------------------- parsing

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


def parse_people(values: list[str]) -> list[tuple[str, str]]:
    """--move-person "NAME:TO"."""
    people = []
    for value in values:
        name, sep, target = value.rpartition(":")
        if not sep or not name.strip() or not target.strip():
            raise CoalitionError(f"--move-person takes \"NAME:TO\" (a person and the party the seat goes to), not {value!r}")
        people.append((name.strip(), target.strip()))
    return people


def _names(values: list[str]) -> frozenset[str]:
    return frozenset(p.strip() for v in values for p in v.split(",") if p.strip())


def parse_day(value: Optional[str | date], option: str, today: date) -> Optional[date]:
    """A YYYY-MM-DD option, not after today."""
    if not value:
        return None
    try:
        day = iso_date(value)
    except typer.BadParameter:
        raise CoalitionError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None
    if day > today:
        raise CoalitionError(f"{option} {value} is in the future (today is {today.isoformat()})")
    return day


def known_parties(registry: Registry, seats: Optional[dict[str, int]], require: frozenset[str],
                  exclude: frozenset[str], apart: frozenset[frozenset[str]], order: Optional[tuple[str, ...]],
                  moves: list[tuple[str, str, int]], people: list[tuple[str, str]]):
    """Every party named in the question, as the registry's code (any case, any alias); a party the registry
    does not know is refused with close names suggested, never invented."""
    code = lambda name: registry.find_party(name).code  # noqa: E731
    if seats is not None:
        coded: dict[str, int] = {}
        for party, n in seats.items():
            if code(party) in coded:
                raise CoalitionError(f"--seat/--seats: {party} is {code(party)}, listed twice")
            coded[code(party)] = n
        seats = coded
    return (seats, frozenset(map(code, require)), frozenset(map(code, exclude)),
            frozenset(frozenset(map(code, pair)) for pair in apart), tuple(map(code, order)) if order else None,
            [(code(a), code(b), n) for a, b, n in moves], [(name, code(to)) for name, to in people])


def answer(question: HouseQuestion, country: str, db: Optional[str], read_record: bool,
           as_known_on: Optional[date] = None) -> HouseAnalysis:
    """The analysis, reading the record only when the question needs it (no seats given, or what-ifs
    that only the record knows), as it was known on ``as_known_on`` when given."""
    from ..analyse.house import analyse_house
    from ..record import Record

    if question.seats is None and not read_record and not question.record_what_if:
        raise CoalitionError("give the seats: --seats FILE (columns party,seats) or --seat PARTY=N")
    if question.seats is not None and not question.record_what_if:
        return analyse_house(None, question, country)
    with Record.open(db, country) as live, live.as_known_on(as_known_on) as record, record.session() as session:
        return analyse_house(session, question, record.country)


# ---------------------------------------------------------------- output

def _dec(value: Fraction) -> str:
    return f"{float(value):.4f}"


def _label(k: Coalition) -> str:
    return " + ".join(k.members)


def _coalition_table(title: str, rows: list[Coalition]) -> Table:
    table = titled(title)
    for col in ("coalition", "parties", "seats", "surplus"):
        table.add_column(col, justify="left" if col == "coalition" else "right")
    for k in rows:
        table.add_row(_label(k), str(len(k.members)), str(k.seats), str(k.surplus))
    return table


def _moves_table(title: str, moves) -> Table:
    table = titled(title)
    for col in ("date", "move", "who", "applied"):
        table.add_column(col, no_wrap=col != "applied")
    table.add_column("why (facts: sentence)", overflow="fold", ratio=1, min_width=30)
    for m in moves:
        table.add_row(m.date or "", m.label(), m.person or m.kind, "yes" if m.applied else f"no: {m.note}", _why(m))
    return table


def _why(m: SeatMove) -> str:
    """Each sentence once, after the facts it supports."""
    by_sentence: dict[str, list[str]] = {}
    for f, t in zip(m.facts, m.sentences):
        by_sentence.setdefault(t, []).append(f)
    return "\n".join(f"{', '.join(fs)}: {t}" for t, fs in by_sentence.items()) or "-"


def _print_record(record, out: Console) -> None:
    tally = ", ".join(f"{p} {n}" for p, n in sorted(record.tally.items(), key=lambda kv: (-kv[1], kv[0])))
    out.print(f"{record.house} from the record on {record.on or 'the latest date'}: tally of {record.election} "
              f"({tally})", highlight=False)
    if record.moves:
        applied = sum(m.applied for m in record.moves)
        out.print(_side_by_side(record))
        out.print(_moves_table(f"seat moves in the record since the election: {applied} applied", record.moves))
    else:
        out.print("no seat moves in the record since the election", highlight=False)


def _side_by_side(record) -> Table:
    """The election's tally and the seats after the moves since, party by party; IND as unattached seats."""
    table = titled(f"the tally of {record.election} and the seats on {record.on or 'the latest date'}")
    for col in ("party", "tally", "moves", "now"):
        table.add_column(col, justify="left" if col == "party" else "right")
    parties = sorted(set(record.tally) | set(record.seats),
                     key=lambda p: (-record.seats.get(p, 0), -record.tally.get(p, 0), p))
    for p in parties:
        before, after = record.tally.get(p, 0), record.seats.get(p, 0)
        label = "IND (unattached)" if p == "IND" else p
        table.add_row(label, str(before), f"{after - before:+d}" if after != before else "", str(after))
    before, after = sum(record.tally.values()), sum(record.seats.values())
    table.add_row("total", str(before), f"{after - before:+d}" if after != before else "", str(after))
    return table


def _print_table(r: CoalitionReport, house: str, out: Console, record=None, what: Optional[list[SeatMove]] = None,
                 size: Optional[int] = None) -> None:
    if record is not None:
        _print_record(record, out)
    of_house = f" of the house's {size}" if size else ""
    parties = len(r.game.seats) - bool(r.unattached)
    loose = f" and {r.unattached} independents ({_how(r)})" if r.unattached else ""
    out.print(f"{house}: {counted(parties, 'party', 'parties')}{loose} counted, holding {r.game.total}{of_house} "
              f"seats; quota {r.game.quota}", highlight=False)
    table = titled("seats and power")
    for col in ("party", "seats", *(INDEX_NAMES[i] for i in INDICES)):
        table.add_column(col, justify="left" if col == "party" else "right")
    for p, n in sorted(r.game.seats.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(_party_label(r, p), str(n), *(_dec(r.indices[i][p]) for i in INDICES))
    out.print(table)
    out.print(_coalition_table(counted(len(r.minimal), "minimal winning coalition"), r.minimal))
    out.print(_coalition_table("minimum-seat winning", r.minimum_seat))
    out.print(_coalition_table("fewest-party winning", r.fewest_party))
    if what:
        out.print(_moves_table("what-if moves read from the record", what))
    elif what is not None:
        out.print("the record holds no what-if moves for this question (no person moved, no defection found)",
                  highlight=False)
    if r.after is not None:
        what_table = titled(f"what if: {r.after.total} seats counted, quota {r.after.quota}")
        for col in ("party", "seats before", "seats after", *(INDEX_NAMES[i] for i in INDICES)):
            what_table.add_column(col, justify="left" if col == "party" else "right")
        for p in _parties(r):
            change = {s.index: s for s in r.shifts if s.party == p}
            what_table.add_row(p, str(r.game.seats.get(p, 0)), str(r.after.seats.get(p, 0)),
                               *(f"{_dec(change[i].before)}→{_dec(change[i].after)}" for i in INDICES))
        out.print(what_table)
        out.print(_coalition_table(f"what if: {counted(len(r.after_minimal), 'minimal winning coalition')}",
                                   r.after_minimal))


def _how(r: CoalitionReport) -> str:
    return "each a one-seat player" if r.independents == "single" else "unattached, left out of the game"


def _party_label(r: CoalitionReport, party: str) -> str:
    """IND is never one party: its row says how its seats were counted."""
    if party != "IND" or not r.unattached:
        return party
    return "IND (unattached; index of each seat)" if r.independents == "single" else "IND (unattached; not counted)"


def _parties(r: CoalitionReport) -> list[str]:
    return list(r.game.seats) + [p for p in (r.after.seats if r.after else {}) if p not in r.game.seats]


def _coalition_dict(k: Coalition) -> dict:
    return {"members": list(k.members), "seats": k.seats, "surplus": k.surplus}


def move_dict(m: SeatMove) -> dict:
    """A move with its sources, for JSON."""
    return m.as_dict()


def report_dict(r: CoalitionReport, house: str, record=None, what: Optional[list[SeatMove]] = None) -> dict:
    """The JSON shape: exact fractions as strings ("3/10"), decimals beside them; the record's
    tally and moves (with their sources) when the seats came from the record."""
    data = {
        "house": house, "quota": r.game.quota, "total": r.game.total, "seats": r.game.seats,
        "independents": {"counted": r.independents or "none", "unattached_seats": r.unattached,
                         "index_is": "each seat's" if r.independents == "single" else "none"},
        "minimal_winning": [_coalition_dict(k) for k in r.minimal],
        "minimum_seat": [_coalition_dict(k) for k in r.minimum_seat],
        "fewest_party": [_coalition_dict(k) for k in r.fewest_party],
        "indices": {i: {p: {"exact": str(v), "decimal": _dec(v)} for p, v in r.indices[i].items()}
                    for i in INDICES},
    }
    if record is not None:
        data["record"] = {"on": record.on, "election": record.election, "tally": record.tally,
                          "tally_facts": list(record.tally_facts), "moves": [move_dict(m) for m in record.moves]}
    if r.after is not None or what is not None:
        after = r.after or r.game   # no move applied: the house stays as it is
        data["what_if"] = {"moves": [move_dict(m) for m in what or ()], "seats": after.seats, "total": after.total,
                           "minimal_winning": [_coalition_dict(k) for k in (r.after_minimal if r.after else r.minimal)],
                           "shifts": [{"party": s.party, "index": s.index, "before": str(s.before),
                                       "after": str(s.after), "change": str(s.change)} for s in r.shifts]}
    return data


def _print_csv(r: CoalitionReport, house: str, record=None, what: Optional[list[SeatMove]] = None) -> None:
    """Long form, one fact a row: section,item,key,value."""
    w = csv.writer(sys.stdout)
    w.writerow(["section", "item", "key", "value"])
    w.writerow(["house", house, "quota", r.game.quota])
    for section, moves in (("record_move", record.moves if record is not None else ()), ("what_if_move", what or ())):
        for n, m in enumerate(moves, start=1):
            item = f"{n}: {m.label()}"
            for key, value in (("kind", m.kind), ("person", m.person), ("date", m.date),
                               ("applied", "yes" if m.applied else "no"), ("note", m.note)):
                if value:
                    w.writerow([section, item, key, value])
            for f, t in zip(m.facts, m.sentences):
                w.writerow([section, item, f"source {f}", t])
    for p, n in r.game.seats.items():
        w.writerow(["seats", p, "seats", n])
        for i in INDICES:
            w.writerow(["index", p, i, _dec(r.indices[i][p])])
    for section, rows in (("minimal_winning", r.minimal), ("minimum_seat", r.minimum_seat),
                          ("fewest_party", r.fewest_party), ("what_if_minimal_winning", r.after_minimal)):
        for k in rows:
            w.writerow([section, "+".join(k.members), "seats", k.seats])
            w.writerow([section, "+".join(k.members), "surplus", k.surplus])
    if r.after is not None:
        for p, n in r.after.seats.items():
            w.writerow(["what_if_seats", p, "seats", n])
    for s in r.shifts:
        w.writerow(["what_if", s.party, s.index, f"{_dec(s.before)}->{_dec(s.after)}"])


# ---------------------------------------------------------------- command

def make_coalitions_command(read_record: bool = False):
    """Build the command; with ``read_record`` the record supplies seats when none are given."""

    def coalitions(
        house: str = typer.Option("NA", "--house", help="House code or name from the country registry."),
        seats: Optional[Path] = typer.Option(None, "--seats", help="CSV file with columns party,seats."),
        seat: list[str] = typer.Option([], "--seat", help="PARTY=N; repeatable; overrides --seats."),
        require: list[str] = typer.Option([], "--require", help="Party that must be in (repeatable, or A,B)."),
        exclude: list[str] = typer.Option([], "--exclude", help="Party that must stay out (repeatable, or A,B)."),
        incompatible: list[str] = typer.Option([], "--apart", help="A,B: two parties never together."),
        order: Optional[str] = typer.Option(None, "--order", help="Left-right order A,B,C: connected coalitions only."),
        what_if: list[str] = typer.Option([], "--move", help="FROM:TO:N seats crossing over; repeatable."),
        move_person: list[str] = typer.Option([], "--move-person",
                                              help='"NAME:TO": the person\'s seat (party from the record) goes to TO; repeatable.'),
        defections_since: Optional[date] = typer.Option(None, "--defections-since", parser=iso_date,
                                                        metavar="YYYY-MM-DD",
                                                        help="What if every defection in the record since this date carried a seat."),
        independents: Independents = typer.Option(
            Independents.single, "--independents",
            help="IND is not one party: single (each independent a one-seat player) or exclude (left out of the game)."),
        country: CountryOption = "pk",
        db: DbOption = None,
        on: OnOption = None,
        fmt: FormatOption = Format.table,
        as_known_on: AsKnownOnOption = None,
    ) -> None:
        """Winning coalitions and power indices of a house's seats."""
        from ..analyse.house import HouseQuestion, parse_seat_args, read_seats_csv

        with user_errors(exit_code=2):
            today = date.today()
            day = parse_day(on, "--on", today)
            since = parse_day(defections_since, "--defections-since", today)
            if since and day and since > day:
                raise CoalitionError(f"--defections-since {defections_since} is after --on {on}")
            given = parse_seat_args(seat, read_seats_csv(seats) if seats else {}) if (seats or seat) else None
            ordering = tuple(p.strip() for p in order.split(",") if p.strip()) if order else None
            given, required, excluded, apart, ordering, moves, people = known_parties(
                load_registry(country), given, _names(require), _names(exclude), parse_pairs(incompatible),
                ordering, parse_moves(what_if), parse_people(move_person))
            question = HouseQuestion(house, day, given, required, excluded, apart, ordering, tuple(moves),
                                     tuple(people), since, independents.value)
            found = answer(question, country, db, read_record, as_known_on)
        report, record, shown = found.report, found.seats.record, found.what_if
        if fmt is Format.json:
            print(json.dumps(report_dict(report, house, record, shown), ensure_ascii=False, indent=2))
        elif fmt is Format.csv:
            _print_csv(report, house, record, shown)
        else:
            _print_table(report, house, stdout(), record, shown, load_registry(country).house(house).seats)

    return coalitions


coalitions = make_coalitions_command()
