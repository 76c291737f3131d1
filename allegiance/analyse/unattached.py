"""Independents are not a party: coalition arithmetic with unattached seats.

A tally reports independents (``IND``) as one line, but they do not vote as one. Two honest readings,
chosen with ``--independents``:

* ``single`` (the default): each independent is a player with one seat. Banzhaf and Shapley-Shubik come
  exactly from the generating functions of `analyse.coalition` (a hundred one-seat players cost nothing
  there). Minimal winning coalitions with independents are never listed one by one -- there can be
  C(101, 40) of them -- but by *type*: a set S of parties plus j independents is minimal winning exactly
  when seats(S) + j equals the quota (every member, party or independent, is then pivotal), and there
  are C(k, j) such coalitions. Deegan-Packel and Holler are exact sums over the types. A listed
  coalition names its independents as one member ``IND×j``.
* ``exclude``: independents hold seats but play no part: coalitions are of parties only, and must still
  reach the house's majority.

IND's index in the report is the value of *one* independent seat (``single``), or 0 (``exclude``).
"""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from math import comb
from typing import Sequence

from ..errors import CoalitionError
from ..model import SeatMove
from .coalition import (INDICES, MAX_COALITIONS, Coalition, CoalitionReport, Constraints, Game, PowerShift, _best,
                        _search_winning, banzhaf, check_constraints, minimal_winning_coalitions, power_indices,
                        shapley_shubik, what_if)

INDEPENDENT = "IND"
MODES = ("single", "exclude")


def pooled(members: Sequence[str], j: int) -> tuple[str, ...]:
    """A coalition's members with its j independents as one name."""
    return (*members, f"{INDEPENDENT}×{j}") if j else tuple(members)


def _parties(game: Game) -> dict[str, int]:
    return {p: n for p, n in game.seats.items() if p != INDEPENDENT}


def _check(game: Game, c: Constraints, mode: str) -> None:
    if mode not in MODES:
        raise CoalitionError(f"--independents takes single or exclude, not {mode!r}")
    named = set(c.required) | set(c.excluded) | {p for pair in c.incompatible for p in pair} | set(c.order or ())
    if INDEPENDENT in named:
        raise CoalitionError("independents are unattached seats, not a party to require, exclude, order or keep apart; "
                             "leave them out of the game with --independents exclude")
    if mode == "single" and c.order is not None:
        raise CoalitionError("independents have no place in a left-right order: use --independents exclude with --order")


def _check_parties(game: Game, c: Constraints) -> None:
    """The constraints name parties of the house (the parties may hold less than the quota: checked apart)."""
    parties = _parties(game)
    if parties and sum(parties.values()):
        check_constraints(Game(parties, min(game.quota, sum(parties.values()))), c)


def _party_game(game: Game) -> Game:
    """The parties alone, with the house's quota: refused, with what to do, when they cannot reach it."""
    parties = _parties(game)
    held = sum(parties.values())
    if held < game.quota:
        raise CoalitionError(f"without the {game.seats.get(INDEPENDENT, 0)} independents the parties hold {held} seats, "
                             f"below the majority of {game.quota}: no coalition of parties can win; "
                             "count independents as single-seat players (--independents single)")
    return Game(parties, game.quota)


# ---------------------------------------------------------------- minimal winning coalitions by type

def mwc_types(game: Game, c: Constraints, limit: int = MAX_COALITIONS) -> list[tuple[tuple[str, ...], int, int]]:
    """(parties, j independents, how many coalitions) for every type of minimal winning coalition."""
    k, parties = game.seats.get(INDEPENDENT, 0), _parties(game)
    out: list[tuple[tuple[str, ...], int, int]] = []
    if sum(parties.values()) >= game.quota:
        out += [(m.members, 0, 1) for m in minimal_winning_coalitions(Game(parties, game.quota), c, limit)]
    low = game.quota - k
    if k and low <= 0 and not c.required:
        out.append(((), game.quota, comb(k, game.quota)))  # independents alone
    if k and sum(parties.values()) >= max(1, low):
        partial = Game(parties, max(1, low))
        for members in _search_winning(partial, c, limit):
            total = sum(parties[p] for p in members)
            if total < game.quota and members:
                j = game.quota - total
                out.append((tuple(sorted(members, key=lambda p: (-parties[p], p))), j, comb(k, j)))
    return out


def _listed(game: Game, types: list[tuple[tuple[str, ...], int, int]]) -> list[Coalition]:
    seats = game.seats
    rows = [Coalition(pooled(ms, j), sum(seats[p] for p in ms) + j, sum(seats[p] for p in ms) + j - game.quota)
            for ms, j, _n in types]
    return sorted(rows, key=lambda k: (k.seats, len(k.members)))


def _players(coalition: Coalition) -> int:
    """Members counted as players: IND×j is j of them."""
    return sum(int(m.split("×")[1]) if m.startswith(f"{INDEPENDENT}×") else 1 for m in coalition.members)


def _holler_dp(game: Game, types: list[tuple[tuple[str, ...], int, int]]) -> tuple[dict[str, Fraction], dict[str, Fraction]]:
    """Holler and Deegan-Packel over the types; IND's value is one independent's."""
    k = game.seats.get(INDEPENDENT, 0)
    count = {p: 0 for p in game.seats}
    share = {p: Fraction(0) for p in game.seats}
    total = 0
    for members, j, n in types:
        size = len(members) + j
        total += n
        for p in members:
            count[p] += n
            share[p] += Fraction(n, size)
        if j:
            one = comb(k - 1, j - 1)   # the coalitions of this type that hold a given independent
            count[INDEPENDENT] += one
            share[INDEPENDENT] += Fraction(one, size)
    if not total:
        raise CoalitionError("no coalition can win")
    weight = sum(n for p, n in count.items() if p != INDEPENDENT) + k * count.get(INDEPENDENT, 0)
    return ({p: Fraction(n, weight) for p, n in count.items()}, {p: v / total for p, v in share.items()})


def single_indices(game: Game, limit: int = MAX_COALITIONS) -> dict[str, dict[str, Fraction]]:
    """The four indices with every independent a one-seat player; IND's value is one independent's."""
    k = game.seats.get(INDEPENDENT, 0)
    players = {**_parties(game), **{f"{INDEPENDENT}#{i}": 1 for i in range(1, k + 1)}}
    spread = Game(players, game.quota)
    fold = lambda values: {**{p: values[p] for p in _parties(game)},  # noqa: E731
                           **({INDEPENDENT: values[f"{INDEPENDENT}#1"]} if k else {})}
    holler, dp = _holler_dp(game, mwc_types(game, Constraints(), limit))
    return {"banzhaf": fold(banzhaf(spread)), "shapley_shubik": fold(shapley_shubik(spread)),
            "deegan_packel": dp, "holler": holler}


# ---------------------------------------------------------------- one call

def analyse_unattached(game: Game, constraints: Constraints, moves: Sequence[tuple[str, str, int] | SeatMove] = (),
                       mode: str = "single", limit: int = MAX_COALITIONS) -> CoalitionReport:
    """`coalition.analyse` for a house whose IND seats are unattached: the report's game keeps the tally
    (IND with all its seats), its coalitions and indices follow ``mode``."""
    _check(game, constraints, mode)
    minimal, indices = _answer(game, constraints, mode, limit)
    after = what_if(game, moves) if moves else None
    shifts, after_minimal = [], []
    if after is not None:
        after_minimal, after_indices = _answer(after, constraints, mode, limit)
        zero = Fraction(0)
        parties = list(game.seats) + [p for p in after.seats if p not in game.seats]
        shifts = [PowerShift(p, i, indices[i].get(p, zero), after_indices[i].get(p, zero)) for p in parties for i in INDICES]
    report = CoalitionReport(game, constraints, minimal, _best(minimal, lambda k: k.seats),
                             _best(minimal, _players), indices, after, shifts, after_minimal)
    return replace(report, unattached=game.seats.get(INDEPENDENT, 0), independents=mode)


def _answer(game: Game, c: Constraints, mode: str, limit: int) -> tuple[list[Coalition], dict[str, dict[str, Fraction]]]:
    if INDEPENDENT not in game.seats or game.seats[INDEPENDENT] == 0:
        return minimal_winning_coalitions(game, c, limit), power_indices(game, limit)
    if mode == "exclude":
        parties = _party_game(game)
        check_constraints(parties, c)
        indices = power_indices(parties, limit)
        return (minimal_winning_coalitions(parties, c, limit),
                {i: {**v, INDEPENDENT: Fraction(0)} for i, v in indices.items()})
    _check_parties(game, c)
    return _listed(game, mwc_types(game, c, limit)), single_indices(game, limit)


def house_indices(game: Game, mode: str = "single", limit: int = MAX_COALITIONS) -> dict[str, dict[str, Fraction]]:
    """The four indices of a house, its independents counted as ``mode`` says (plain when it has none)."""
    if not game.seats.get(INDEPENDENT):
        return power_indices(game, limit)
    if mode == "exclude":
        indices = power_indices(_party_game(game), limit)
        return {i: {**v, INDEPENDENT: Fraction(0)} for i, v in indices.items()}
    return single_indices(game, limit)
