"""Coalition arithmetic: which groups of parties command a majority, and how
much each party's seats are worth. Pure functions over a :class:`Game`.

Everything is exact (``int`` and ``Fraction``). Power indices never walk the
2^n subsets: Banzhaf and Shapley-Shubik count coalitions by seat total with
generating functions, so a 400-party house is as easy as a 10-party one.
Deegan-Packel and Holler are defined on minimal winning coalitions, which a
branch-and-bound search lists without visiting the losing or redundant ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from math import factorial
from typing import Iterable, Sequence

from ..errors import CoalitionError
from ..model import SeatMove

#: Refuse to list more coalitions than this: the answer would be unreadable
#: and the search could run for hours (the count can grow like 2^n / sqrt(n)).
MAX_COALITIONS = 2_000_000

INDICES = ("banzhaf", "shapley_shubik", "deegan_packel", "holler")


# ---------------------------------------------------------------- records

@dataclass(frozen=True, eq=False)
class Game:
    """A weighted majority game: party code -> seats, and the seats needed to win.

    Validated on construction, so every function below can trust its input.
    """

    seats: dict[str, int]
    quota: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "seats", dict(self.seats))
        check_seats(self.seats)
        total = sum(self.seats.values())
        if isinstance(self.quota, bool) or not isinstance(self.quota, int):
            raise CoalitionError(f"the quota must be a whole number of seats, not {self.quota!r}")
        if self.quota < 1:
            raise CoalitionError(f"the quota must be at least 1 seat, not {self.quota}")
        if self.quota > total:
            raise CoalitionError(
                f"the quota ({self.quota}) is above the total of seats ({total}): no coalition can win")

    @property
    def total(self) -> int:
        return sum(self.seats.values())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Game) and (self.seats, self.quota) == (other.seats, other.quota)

    def __hash__(self) -> int:
        return hash((frozenset(self.seats.items()), self.quota))


@dataclass(frozen=True)
class Constraints:
    """Limits on which coalitions count.

    ``incompatible`` holds pairs of parties that ruled each other out.
    ``order`` is a left-right ordering; when given, only *connected* coalitions
    count (Axelrod): a coalition must hold every party between its leftmost
    and rightmost member.
    """

    required: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    incompatible: frozenset[frozenset[str]] = frozenset()
    order: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Coalition:
    """Members (largest first), their seat total and the surplus over the quota."""

    members: tuple[str, ...]
    seats: int
    surplus: int

    def __contains__(self, party: object) -> bool:
        return party in self.members


@dataclass(frozen=True)
class PowerShift:
    """One party's index before and after a what-if."""

    party: str
    index: str
    before: Fraction
    after: Fraction

    @property
    def change(self) -> Fraction:
        return self.after - self.before


NO_CONSTRAINTS = Constraints()


# ---------------------------------------------------------------- validation

def check_seats(seats: dict[str, int]) -> None:
    """Refuse what no house can hold, naming the offending party."""
    if not seats:
        raise CoalitionError("the house is empty: give at least one party with seats")
    for party, n in seats.items():
        if not isinstance(party, str) or not party.strip():
            raise CoalitionError(f"party codes must be non-empty text, not {party!r}")
        if isinstance(n, bool) or not isinstance(n, int):
            raise CoalitionError(f"seats of {party} must be a whole number, not {n!r}")
        if n < 0:
            raise CoalitionError(f"seats of {party} cannot be negative ({n})")
    if sum(seats.values()) == 0:
        raise CoalitionError("the house is empty: every party has 0 seats")


def _check_known(game: Game, parties: Iterable[str], what: str) -> None:
    unknown = sorted(set(parties) - set(game.seats))
    if unknown:
        known = ", ".join(sorted(game.seats))
        raise CoalitionError(f"unknown party in {what}: {', '.join(unknown)}; parties in the house: {known}")


def check_constraints(game: Game, c: Constraints) -> None:
    """Reject constraints that name unknown parties or contradict themselves."""
    _check_known(game, c.required, "required")
    _check_known(game, c.excluded, "excluded")
    for pair in c.incompatible:
        if len(pair) != 2:
            raise CoalitionError(f"incompatible parties come in pairs, not {sorted(pair)}")
        _check_known(game, pair, "incompatible")
        if pair <= c.required:
            a, b = sorted(pair)
            raise CoalitionError(f"{a} and {b} are both required but ruled each other out")
    both = sorted(c.required & c.excluded)
    if both:
        raise CoalitionError(f"required and excluded at once: {', '.join(both)}")
    if c.order is not None:
        _check_known(game, c.order, "order")
        missing = sorted(set(game.seats) - set(c.order))
        if missing:
            raise CoalitionError(f"the order must place every party; missing: {', '.join(missing)}")
        if len(set(c.order)) != len(c.order):
            raise CoalitionError("the order names a party twice")


# ---------------------------------------------------------------- coalition search

def _coalition(game: Game, members: Sequence[str], total: int | None = None,
               ordered: bool = False) -> Coalition:
    """A record; the search passes its running total and already-sorted
    members, which saves most of the time on a long listing."""
    if not ordered:
        members = _by_size(game, members)
    if total is None:
        total = sum(game.seats[p] for p in members)
    return Coalition(tuple(members), total, total - game.quota)


def _by_size(game: Game, parties: Iterable[str]) -> list[str]:
    """Largest first: the search then meets the smallest member last."""
    return sorted(parties, key=lambda p: (-game.seats[p], p))


def _conflicts(c: Constraints) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for pair in c.incompatible:
        a, b = tuple(pair)
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def _too_many(limit: int) -> CoalitionError:
    return CoalitionError(f"more than {limit} coalitions: narrow the question with constraints")


def _search_minimal(game: Game, c: Constraints, limit: int) -> list[Coalition]:
    """Branch and bound over parties sorted largest first.

    Starting from the required parties, add parties in descending seat order;
    the moment the total reaches the quota, the party just added is the
    smallest optional member and was pivotal, so every optional member is
    pivotal: the coalition is minimal. Going further would add a party whose
    departure leaves the coalition winning, so the branch stops there.
    A branch is cut when even every remaining party would not reach the quota.
    """
    seats, quota = game.seats, game.quota
    base = _by_size(game, c.required)
    base_total = sum(seats[p] for p in base)
    if base_total >= quota:
        return [_coalition(game, base, base_total, ordered=True)]
    conflicts = _conflicts(c)
    pool = [p for p in _by_size(game, seats) if p not in c.required and p not in c.excluded
            and not (conflicts.get(p, frozenset()) & c.required) and seats[p] > 0]
    w = [seats[p] for p in pool]
    suffix = [0] * (len(pool) + 1)
    for i in range(len(pool) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + w[i]
    found: list[Coalition] = []
    chosen: list[str] = list(base)
    ordered = not base

    def grow(start: int, total: int) -> None:
        for j in range(start, len(pool)):
            if total + suffix[j] < quota:
                return
            p = pool[j]
            if conflicts and conflicts.get(p, frozenset()).intersection(chosen):
                continue
            if total + w[j] >= quota:
                found.append(_coalition(game, (*chosen, p), total + w[j], ordered))
                if len(found) > limit:
                    raise _too_many(limit)
            else:
                chosen.append(p)
                grow(j + 1, total + w[j])
                chosen.pop()

    grow(0, base_total)
    return found


def _feasible_interval(members: Sequence[str], c: Constraints, conflicts: dict[str, frozenset[str]]) -> bool:
    chosen = set(members)
    if not c.required <= chosen or chosen & c.excluded:
        return False
    return not any(conflicts.get(p, frozenset()) & chosen for p in chosen)


def _intervals(game: Game, c: Constraints) -> Iterable[tuple[str, ...]]:
    """Every feasible winning connected coalition: O(n^2) runs of the order."""
    order = c.order or ()
    conflicts = _conflicts(c)
    for left in range(len(order)):
        total = 0
        for right in range(left, len(order)):
            total += game.seats[order[right]]
            run = order[left:right + 1]
            if total >= game.quota and _feasible_interval(run, c, conflicts):
                yield run


def _minimal_connected(game: Game, c: Constraints) -> list[tuple[str, ...]]:
    """Axelrod's minimal connected winning coalitions: dropping either end
    member (unless required) leaves a losing coalition. Interior members cannot
    leave without breaking the coalition, so they are not tested."""
    out = []
    for run in _intervals(game, c):
        total = sum(game.seats[p] for p in run)
        ends = {run[0], run[-1]} - c.required
        if len(run) == 1 or all(total - game.seats[p] < game.quota for p in ends):
            out.append(run)
    return out


def minimal_winning_coalitions(game: Game, constraints: Constraints = NO_CONSTRAINTS,
                               limit: int = MAX_COALITIONS) -> list[Coalition]:
    """Winning coalitions in which every member is pivotal (its departure loses).

    Under constraints, "minimal" means no member whose departure keeps a
    coalition that still satisfies the constraints and wins: required
    parties always stay; with an ``order`` only the end members can leave.
    Sorted by seat total, then by fewest parties.
    """
    check_constraints(game, constraints)
    if constraints.order is not None:
        return _sorted(game, _minimal_connected(game, constraints))
    return _ranked(_search_minimal(game, constraints, limit))


def _sorted(game: Game, found: Iterable[Sequence[str]]) -> list[Coalition]:
    return _ranked([_coalition(game, m) for m in found])


def _ranked(coalitions: list[Coalition]) -> list[Coalition]:
    """Smallest total first, then fewest parties: the likeliest governments on top."""
    return sorted(coalitions, key=lambda k: (k.seats, len(k.members)))


def winning_coalitions(game: Game, constraints: Constraints = NO_CONSTRAINTS,
                       limit: int = MAX_COALITIONS) -> list[Coalition]:
    """Every coalition that satisfies the constraints and reaches the quota.

    There can be up to 2^n of them, so this is for small houses or narrow
    questions; ``limit`` stops a runaway listing with a clear error.
    """
    check_constraints(game, constraints)
    if constraints.order is not None:
        return _sorted(game, _intervals(game, constraints))
    return _sorted(game, _search_winning(game, constraints, limit))


def _search_winning(game: Game, c: Constraints, limit: int) -> list[tuple[str, ...]]:
    """Include/skip each optional party; cut branches that cannot reach the quota."""
    seats, quota = game.seats, game.quota
    conflicts = _conflicts(c)
    pool = [p for p in _by_size(game, seats) if p not in c.required and p not in c.excluded
            and not (conflicts.get(p, frozenset()) & c.required)]
    suffix = [0] * (len(pool) + 1)
    for i in range(len(pool) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + seats[pool[i]]
    found: list[tuple[str, ...]] = []
    chosen: list[str] = list(c.required)

    def walk(i: int, total: int) -> None:
        if total + suffix[i] < quota:
            return
        if i == len(pool):
            found.append(tuple(chosen))
            if len(found) > limit:
                raise _too_many(limit)
            return
        p = pool[i]
        if not conflicts.get(p, frozenset()).intersection(chosen):
            chosen.append(p)
            walk(i + 1, total + seats[p])
            chosen.pop()
        walk(i + 1, total)

    walk(0, sum(seats[p] for p in c.required))
    return found


def minimum_seat_winning(game: Game, constraints: Constraints = NO_CONSTRAINTS,
                         limit: int = MAX_COALITIONS) -> list[Coalition]:
    """The winning coalitions with the fewest seats (least surplus), all ties.

    A smallest winning coalition is always minimal (a removable member would
    leave a smaller winning one), so it is found among the minimal ones.
    """
    return _best(minimal_winning_coalitions(game, constraints, limit), lambda k: k.seats)


def fewest_party_winning(game: Game, constraints: Constraints = NO_CONSTRAINTS,
                         limit: int = MAX_COALITIONS) -> list[Coalition]:
    """The winning coalitions with the fewest parties (Leiserson's bargaining
    proposition), all ties. Like the smallest ones, they are minimal."""
    return _best(minimal_winning_coalitions(game, constraints, limit), lambda k: len(k.members))


def _best(coalitions: list[Coalition], key) -> list[Coalition]:
    if not coalitions:
        return []
    low = min(key(k) for k in coalitions)
    return [k for k in coalitions if key(k) == low]


# ---------------------------------------------------------------- generating functions

def _positive(game: Game) -> dict[str, int]:
    """Parties with seats. A 0-seat party is never pivotal and, by the null
    player property, leaving it out changes no one else's Banzhaf or SS value."""
    return {p: n for p, n in game.seats.items() if n > 0}


def _divide(packed: int, shift: int, mask: int) -> int:
    """Divide a packed polynomial by (1 + x^w) modulo x^quota, exactly.

    ``packed`` holds the coefficients in fixed-width bit fields; ``shift`` is w
    fields. Modulo 2^size, 1/(1+Y) = (1-Y)(1+Y^2)(1+Y^4)...; the true quotient
    has small non-negative coefficients, so the ring answer is that quotient.
    That is log2(quota/w) big-integer shifts instead of a Python loop.
    """
    size = mask.bit_length()
    out = (packed - (packed << shift)) & mask
    step = shift * 2
    while step < size:
        out = (out + (out << step)) & mask
        step *= 2
    return out


def banzhaf_swings(game: Game) -> dict[str, int]:
    """Raw Banzhaf counts: for each party, the losing coalitions of the others
    that it turns into winning ones.

    The generating function prod(1 + x^w) counts coalitions by seat total;
    it is packed into one integer, B bits per total (B > n, so no count
    overflows its field), truncated below the quota. Dividing out a party's
    own factor leaves the others; its swings are the others' coalitions with
    totals in [quota - w, quota). Parties with equal seats share the work.
    """
    weights = _positive(game)
    n, quota = len(weights), game.quota
    width = n + 1
    mask = (1 << (quota * width)) - 1
    packed = 1
    for w in weights.values():
        packed = (packed + (packed << (w * width))) & mask
    field_sum = (1 << width) - 1
    swings: dict[int, int] = {}
    for w in set(weights.values()):
        others = _divide(packed, w * width, mask)
        window = others >> (max(0, quota - w) * width)
        swings[w] = window % field_sum  # sum of the fields: like casting out nines in base 2^B
    return {p: swings.get(n_, 0) if n_ > 0 else 0 for p, n_ in game.seats.items()}


def banzhaf(game: Game) -> dict[str, Fraction]:
    """Normalised Banzhaf index: each party's share of all swings."""
    swings = banzhaf_swings(game)
    total = sum(swings.values())
    return {p: Fraction(s, total) for p, s in swings.items()}


def _by_total_and_size(weights: list[int], quota: int, width: int) -> list[int]:
    """Coefficients of prod(1 + z x^w) for totals below the quota.

    Slot s of the list is a polynomial in z (coalition size) packed into one
    integer, ``width`` bits per size. Lists of per-total integers stay small
    where few coalitions reach: cheaper than one giant packed integer.
    """
    table = [0] * quota
    table[0] = 1
    for w in weights:
        if w < quota:
            table[w:] = [a + (b << width) for a, b in zip(table[w:], table)]
    return table


def _without(table: list[int], w: int, width: int) -> list[int]:
    """Divide a party's factor (1 + z x^w) out of the table, w slots at a time."""
    quota = len(table)
    if w >= quota:
        return table
    out = table[:w]
    for start in range(w, quota, w):
        out.extend([a - (b << width) for a, b in zip(table[start:start + w], out[start - w:start])])
    return out


def shapley_shubik(game: Game) -> dict[str, Fraction]:
    """Shapley-Shubik index: the share of orderings in which a party is pivotal.

    A party of w seats is pivotal after a coalition S of k others when
    quota - w <= seats(S) < quota, in k!(n-1-k)! of the n! orderings. The
    generating function by (total, size) gives those counts for every k.
    """
    weights = _positive(game)
    n, quota = len(weights), game.quota
    width = n + 1
    table = _by_total_and_size(list(weights.values()), quota, width)
    weight_of = [factorial(k) * factorial(n - 1 - k) for k in range(n)]
    field = (1 << width) - 1
    value: dict[int, Fraction] = {}
    for w in set(weights.values()):
        others = _without(table, w, width)
        window = sum(others[max(0, quota - w):])
        raw = sum(((window >> (k * width)) & field) * weight_of[k] for k in range(n))
        value[w] = Fraction(raw, factorial(n))
    return {p: value[s] if s > 0 else Fraction(0) for p, s in game.seats.items()}


# ---------------------------------------------------------------- indices on minimal winning coalitions

def holler(game: Game, limit: int = MAX_COALITIONS) -> dict[str, Fraction]:
    """Holler's public good index: share of minimal winning coalitions a party
    belongs to. Power as membership of the coalitions that matter, not swings."""
    return _holler(game, minimal_winning_coalitions(game, limit=limit))


def deegan_packel(game: Game, limit: int = MAX_COALITIONS) -> dict[str, Fraction]:
    """Deegan-Packel index: each minimal winning coalition is equally likely
    and splits its spoils equally among its members."""
    return _deegan_packel(game, minimal_winning_coalitions(game, limit=limit))


def _holler(game: Game, mwc: list[Coalition]) -> dict[str, Fraction]:
    counts = dict.fromkeys(game.seats, 0)
    for k in mwc:
        for p in k.members:
            counts[p] += 1
    total = sum(counts.values())
    return {p: Fraction(n, total) for p, n in counts.items()}


def _deegan_packel(game: Game, mwc: list[Coalition]) -> dict[str, Fraction]:
    """Counts memberships by coalition size in integers, then one Fraction per
    party and size: summing 1/|S| as Fractions would cost a gcd per term."""
    by_size: dict[str, dict[int, int]] = {p: {} for p in game.seats}
    for k in mwc:
        size = len(k.members)
        for p in k.members:
            by_size[p][size] = by_size[p].get(size, 0) + 1
    return {p: sum((Fraction(n, s) for s, n in sizes.items()), Fraction(0)) / len(mwc)
            for p, sizes in by_size.items()}


def power_indices(game: Game, limit: int = MAX_COALITIONS) -> dict[str, dict[str, Fraction]]:
    """All four indices: index name -> party -> exact value (one MWC search)."""
    mwc = minimal_winning_coalitions(game, limit=limit)
    return {"banzhaf": banzhaf(game), "shapley_shubik": shapley_shubik(game),
            "deegan_packel": _deegan_packel(game, mwc), "holler": _holler(game, mwc)}


# ---------------------------------------------------------------- what if

def what_if(game: Game, moves: Iterable[tuple[str, str, int] | SeatMove]) -> Game:
    """The game after seats move: each move is (from_party, to_party, n_seats) or a :class:`SeatMove`.

    The quota stays: a house's majority does not change when members cross
    the floor, nor when a seat falls vacant (it is a share of the house's
    total membership). Moves apply in order, so a chain (A->B, then B->C)
    works. A tuple must name parties of the house; a ``SeatMove`` may bring
    seats to a party new to the house, and one with no target vacates them.
    """
    seats = dict(game.seats)
    for move in moves:
        if isinstance(move, SeatMove):
            source, target, n = _check_seat_move(seats, move)
        else:
            source, target, n = _check_move(seats, move)
        seats[source] -= n
        if target is not None:
            seats[target] = seats.get(target, 0) + n
    return Game(seats, game.quota)


def _check_seat_move(seats: dict[str, int], move: SeatMove) -> tuple[str, str | None, int]:
    n = move.seats
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise CoalitionError(f"a move carries a positive whole number of seats, not {n!r}")
    who = f" ({move.person})" if move.person else ""
    if move.source not in seats:
        raise CoalitionError(f"cannot move a seat{who} from {move.source}: it holds no seats in the house; "
                             f"parties in the house: {', '.join(sorted(seats))}")
    if n > seats[move.source]:
        raise CoalitionError(f"cannot move {n} seats{who} from {move.source}: it holds {seats[move.source]}")
    return move.source, move.target, n


def _check_move(seats: dict[str, int], move: tuple[str, str, int]) -> tuple[str, str, int]:
    try:
        source, target, n = move
    except (TypeError, ValueError):
        raise CoalitionError(f"a move is (from, to, seats), not {move!r}") from None
    unknown = [p for p in (source, target) if p not in seats]
    if unknown:
        raise CoalitionError(f"unknown party in move {source}->{target}: {', '.join(unknown)} "
                             "(add it with 0 seats to move seats into a new party)")
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise CoalitionError(f"a move carries a positive whole number of seats, not {n!r}")
    if n > seats[source]:
        raise CoalitionError(f"cannot move {n} seats from {source}: it holds {seats[source]}")
    return source, target, n


def compare_indices(before: Game, after: Game, limit: int = MAX_COALITIONS) -> list[PowerShift]:
    """Every party's four indices before and after, for a what-if table."""
    return _shifts(before, power_indices(before, limit), after, power_indices(after, limit))


def _shifts(before: Game, old: dict, after: Game, new: dict) -> list[PowerShift]:
    parties = list(before.seats) + [p for p in after.seats if p not in before.seats]
    zero = Fraction(0)
    return [PowerShift(p, idx, old[idx].get(p, zero), new[idx].get(p, zero))
            for p in parties for idx in INDICES]


# ---------------------------------------------------------------- one call for a report

@dataclass(frozen=True)
class CoalitionReport:
    """Everything the ``coalitions`` command shows, computed in one place."""

    game: Game
    constraints: Constraints
    minimal: list[Coalition]
    minimum_seat: list[Coalition]
    fewest_party: list[Coalition]
    indices: dict[str, dict[str, Fraction]]
    after: Game | None = None
    shifts: list[PowerShift] = field(default_factory=list)
    after_minimal: list[Coalition] = field(default_factory=list)
    unattached: int = 0                  # independents' seats counted apart (`analyse.unattached`), 0: none
    independents: str | None = None      # how they were counted: single, exclude (None: as a tally's bloc)


def analyse(game: Game, constraints: Constraints = NO_CONSTRAINTS,
            moves: Sequence[tuple[str, str, int] | SeatMove] = (), limit: int = MAX_COALITIONS) -> CoalitionReport:
    """Minimal winning coalitions under the constraints, the smallest and the
    fewest-party ones among them, the four indices (of the unconstrained
    game: power is a property of the seats), and the what-if when moves are
    given: the game after them, the indices' shifts and the minimal winning
    coalitions after (same constraints, less those naming a party gone from the house)."""
    minimal = minimal_winning_coalitions(game, constraints, limit)
    indices = power_indices(game, limit)
    after = what_if(game, moves) if moves else None
    shifts = _shifts(game, indices, after, power_indices(after, limit)) if after is not None else []
    after_minimal = minimal_winning_coalitions(after, constraints, limit) if after is not None else []
    return CoalitionReport(game, constraints, minimal, _best(minimal, lambda k: k.seats),
                           _best(minimal, lambda k: len(k.members)), indices, after, shifts, after_minimal)
