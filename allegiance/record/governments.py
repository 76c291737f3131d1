"""Governments and alliances as dated intervals, derived at query time from the record's coalition facts.

No table holds them: they follow from the facts as the record stands (corrections applied), so a new
article or an analyst's correction changes them at once, and no migration is needed.

Per scope (``national``, a province: the ``scope`` of ``houses.tsv``), a *tie* is an interval in which
two parties govern together, or a party belongs to a named alliance (``alliances.txt``):

* **opened** by a coalition ``join`` reported as fact (an agreement, "joined hands", "formed the
  government with"): a party joining an alliance opens its membership of the alliance, any other join
  (an alliance joining a party's coalition included) a government tie between the two;
* **closed** by a ``leave`` of either party, by a ``reject`` after the tie opened ("ruled out staying in
  the government"), or -- government ties only -- by a *new government after an election*: an election
  of the house that forms the scope's government (the first house of the scope in ``houses.tsv``, its
  dates and seated parties read from the record's seat results) ends every tie opened before it; the
  tie closes on the first join after the election between two parties the election seated (the new
  government's), else on the election day.

Each side of a tie (an :class:`Edge`) names the fact and sentence behind it, and its *bound*: ``exact``
when a source states the day, ``on_or_before`` when the act is dated by its earliest report.
A coalition act with no scope stated counts in the scope of the country's default house: articles name
the province when the act is provincial. Acts reported only as possible or denied open nothing: a
government is what the record reports as done. Groups of parties governing together on a day are the
connected parties of the ties in force that day (A with B and B with C: A, B and C together).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from sqlalchemy.orm import Session

from ..country.registry import House, Registry, country_dir
from ..errors import OptionError
from ..model import Fact
from ..store.derived import party_tie_facts
from .query import facts

ELECTION_GAP_DAYS = 180   # seat results further apart than this are of different elections
OPENERS, CLOSERS = ("join",), ("leave", "reject")
INDEPENDENT = "IND"      # independents joining a party are seat moves (record.seats), not a government


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Alliance:
    """A named alliance of parties (``alliances.txt``)."""

    code: str
    name: str
    names: tuple[str, ...]
    founders: tuple[str, ...]


@dataclass(frozen=True)
class Edge:
    """One side of a tie: the act that opened or closed it, when, how sure the day is, and its source."""

    kind: str                 # join, leave, reject, election, new_government
    date: str
    bound: str                # exact | on_or_before
    fact: str | None
    sentence: str | None
    doc: str | None


@dataclass(frozen=True)
class Tie:
    """Two parties governing together (``alliance`` None), or ``party`` in ``alliance``, over an interval."""

    scope: str
    party: str
    other: str
    alliance: str | None
    start: Edge
    end: Edge | None          # None: still in force at the record's latest

    @property
    def parties(self) -> tuple[str, str]:
        return (self.party, self.other)

    def covers(self, day: str) -> bool:
        """In force on ``day``: from its opening day, up to (not on) its closing day."""
        return self.start.date <= day and (self.end is None or day < self.end.date)


@dataclass(frozen=True)
class Period:
    """A stretch of days over which the same groups govern together in a scope."""

    start: str
    end: str | None
    groups: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ScopeGovernments:
    """A scope's government ties, alliance memberships, periods, and what held on ``on``."""

    scope: str
    house: str                                  # the house that forms the scope's government
    on: str | None
    elections: tuple[str, ...]
    ties: tuple[Tie, ...]
    alliances: tuple[Tie, ...]
    periods: tuple[Period, ...]
    governing: tuple[tuple[str, ...], ...]      # groups governing together on ``on`` (latest when None)
    members: dict[str, tuple[str, ...]]         # alliance -> member parties on ``on``

    def in_force(self, day: str | None = None) -> list[Tie]:
        """The government ties and alliance memberships in force on ``day`` (default: ``on``, else the latest)."""
        return [t for t in (*self.ties, *self.alliances) if _holds(t, day or self.on)]


# --------------------------------------------------------------------------- data

def load_alliances(country: str, registry: Registry) -> dict[str, Alliance]:
    """The country's named alliances, by code (none when the country has no ``alliances.txt``)."""
    path = Path(country_dir(country)) / "alliances.txt"
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        code, name, names, founders = (line.split("\t") + ["", "", ""])[:4]
        names_t = tuple(n.strip() for n in names.split("|") if n.strip())
        known = registry.parties.get(code.strip())
        extra = (known.name, *known.aliases) if known else ()
        out[code.strip()] = Alliance(code.strip(), name.strip(), (*names_t, *extra),
                                     tuple(p.strip() for p in founders.split("|") if p.strip()))
    return out


def _alliance_of(code: str | None, alliances: dict[str, Alliance]) -> str | None:
    """The alliance a fact's party code stands for: its code, or a code made from one of its names."""
    if not code:
        return None
    if code in alliances:
        return code
    key = _key(code)
    return next((a.code for a in alliances.values() if any(_key(n) == key for n in a.names)), None)


def _key(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


# --------------------------------------------------------------------------- elections

@dataclass(frozen=True)
class Election:
    """An election of a house in the record: its day and the parties its results seat."""

    day: str
    seated: frozenset[str]


def elections_of(seat_facts: Iterable[Fact], house: str) -> tuple[Election, ...]:
    """The house's elections in the record: the days of its seat results, reports within
    ``ELECTION_GAP_DAYS`` of each other counted as one election, dated by the earliest."""
    found = sorted((f.when, f.subject) for f in seat_facts if f.house == house and f.when and f.seats)
    out: list[tuple[str, set[str]]] = []
    for day, party in found:
        if not out or (date.fromisoformat(day) - date.fromisoformat(out[-1][0])).days > ELECTION_GAP_DAYS:
            out.append((day, set()))
        out[-1][1].add(party)
    return tuple(Election(day, frozenset(parties)) for day, parties in out)


def election_days(seat_facts: Iterable[Fact], house: str) -> tuple[str, ...]:
    """The days of `elections_of`."""
    return tuple(e.day for e in elections_of(seat_facts, house))


# --------------------------------------------------------------------------- ties

def _edge(f: Fact, kind: str | None = None) -> Edge:
    source = min(f.sources, key=lambda s: (s.published or date.max, s.event_id)) if f.sources else None
    return Edge(kind or f.action or "", f.when or "", "exact" if f.date else "on_or_before", f.id,
                source.sentence if source else None, source.doc if source else None)


def _in_scope(f: Fact, scope: str, house: House, default_scope: str) -> bool:
    if f.scope is not None or f.house is not None:
        return scope in (f.scope, f.house) or f.house == house.code
    return scope == default_scope


def scope_ties(coalition: Sequence[Fact], elections: Sequence[Election], scope: str, house: House,
               default_scope: str, alliances: dict[str, Alliance]) -> tuple[list[Tie], list[Tie]]:
    """(government ties, alliance memberships) of one scope, each with the edges that open and close it."""
    acts = sorted((f for f in coalition if f.status == "fact" and f.counterpart and f.when and f.subject != f.counterpart
                   and INDEPENDENT not in (f.subject, f.counterpart)
                   and f.action in (*OPENERS, *CLOSERS) and _in_scope(f, scope, house, default_scope)),
                  key=lambda f: (f.when, f.action not in OPENERS, f.id))
    acts = _background_first(acts, alliances)
    open_: dict[tuple[str, str, str | None], Tie] = {}
    closed: list[Tie] = []
    pending: dict[tuple[str, str, str | None], str] = {}   # tie -> the election that ends it
    ahead = list(elections)
    seated: frozenset[str] = frozenset()

    def close(key, edge: Edge) -> None:
        closed.append(_closed(open_.pop(key), edge))
        pending.pop(key, None)

    for f in acts:
        while ahead and ahead[0].day <= f.when:
            election = ahead.pop(0)
            seated = election.seated
            pending.update({k: election.day for k, t in open_.items()
                            if t.alliance is None and t.start.date < election.day})
        key = _pair(f, alliances)
        if key is None:
            continue
        if f.action in OPENERS:
            if key[2] is None and {key[0], key[1]} <= seated:  # seated parties join: the new government
                for old in [k for k in pending if k in open_]:
                    close(old, _edge(f, "new_government"))
            if key not in open_:
                a, b, alliance = key
                open_[key] = Tie(scope, a, b, alliance, _edge(f), None)
        elif key in open_:
            close(key, _edge(f))
    for election in ahead:
        pending.update({k: election.day for k, t in open_.items() if t.alliance is None and t.start.date < election.day})
    for key, day in list(pending.items()):
        close(key, Edge("election", day, "exact", None, None, None))
    ties = sorted([*closed, *open_.values()], key=lambda t: (t.start.date, t.party, t.other))
    return [t for t in ties if t.alliance is None], [t for t in ties if t.alliance is not None]


def _background_first(acts: list[Fact], alliances: dict[str, Alliance]) -> list[Fact]:
    """A story of a party quitting a coalition tells, undated, that it had joined ("BNP-M parts ways with the
    PTI ... it had backed Imran Khan in 2018"): such a join is dated by the story's day, after the dated
    leave it explains, and would reopen the tie the leave closed. A join with no day of its own that shares
    a source with a dated closer of the same two parties is ordered just before that closer."""
    closers = [(f, _pair(f, alliances), set(f.docs)) for f in acts if f.action in CLOSERS and f.date]
    moved: dict[str, str] = {}
    for f in acts:
        if f.action not in OPENERS or f.date:
            continue
        key, docs = _pair(f, alliances), set(f.docs)
        earlier = [g.when for g, gkey, gdocs in closers if gkey == key and gdocs & docs and g.when <= f.when]
        if earlier:
            moved[f.id] = min(earlier)
    return sorted(acts, key=lambda f: (moved.get(f.id, f.when), f.action not in OPENERS, f.id))


def _pair(f: Fact, alliances: dict[str, Alliance]) -> tuple[str, str, str | None] | None:
    """(party, other, alliance). A party acting towards an alliance ("the JUI-F joined the PDM", "the PPP
    quit the PDM") is membership of it; an alliance acting towards a party ("the GDA joined the PTI-led
    coalition") governs with it as a party would; two alliances make nothing."""
    mine, theirs = _alliance_of(f.subject, alliances), _alliance_of(f.counterpart, alliances)
    if mine and theirs:
        return None
    if theirs:
        return (f.subject, theirs, theirs)
    a, b = sorted((f.subject, f.counterpart))
    return (a, b, None)


def _closed(tie: Tie, edge: Edge | None) -> Tie:
    return Tie(tie.scope, tie.party, tie.other, tie.alliance, tie.start, edge)


def _holds(tie: Tie, day: str | None) -> bool:
    return tie.end is None if day is None else tie.covers(day)


# --------------------------------------------------------------------------- groups and periods

def groups_on(ties: Sequence[Tie], day: str | None) -> tuple[tuple[str, ...], ...]:
    """Parties governing together on ``day`` (None: at the record's latest): connected by ties in force,
    largest group first."""
    parent: dict[str, str] = {}

    def root(p: str) -> str:
        while parent.setdefault(p, p) != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for t in ties:
        if _holds(t, day):
            parent[root(t.party)] = root(t.other)
    found: dict[str, list[str]] = {}
    for p in parent:
        found.setdefault(root(p), []).append(p)
    return tuple(sorted((tuple(sorted(g)) for g in found.values()), key=lambda g: (-len(g), g)))


def periods(ties: Sequence[Tie]) -> tuple[Period, ...]:
    """The timeline: a new period at every day a tie opens or closes, with the groups of that stretch."""
    days = sorted({t.start.date for t in ties} | {t.end.date for t in ties if t.end is not None})
    out: list[Period] = []
    for start, end in zip(days, [*days[1:], None]):
        groups = groups_on(ties, start)
        if out and out[-1].groups == groups:
            out[-1] = Period(out[-1].start, end, groups)
        else:
            out.append(Period(start, end, groups))
    return tuple(out)


def members_on(alliance_ties: Sequence[Tie], day: str | None) -> dict[str, tuple[str, ...]]:
    """Alliance -> its member parties in force on ``day``."""
    out: dict[str, set[str]] = {}
    for t in alliance_ties:
        if _holds(t, day):
            out.setdefault(t.other, set()).add(t.party)
    return {a: tuple(sorted(ps)) for a, ps in sorted(out.items())}


# --------------------------------------------------------------------------- one call

def governing_house(registry: Registry, scope: str) -> House:
    """The house that forms the scope's government: the first of the scope in ``houses.tsv``."""
    return next(h for h in registry.houses.values() if h.scope == scope)


def scopes_of(registry: Registry, house: str | None) -> list[str]:
    """The scopes asked: the house's (by code or name, `RegistryError` if unknown), else every scope in order."""
    if house is not None:
        return [registry.house(house).scope]
    return list(dict.fromkeys(h.scope for h in registry.houses.values()))


def check_question(registry: Registry, house: str | None, on: date | None, today: date | None = None) -> None:
    """Refuse what the question cannot use, before the record is read: an unknown house (`RegistryError`,
    with the known ones), a day in the future (`OptionError`). The CLI and the API both ask this."""
    if house is not None:
        registry.house(house)
    today = today or date.today()
    if on is not None and on > today:
        raise OptionError(f"on {on.isoformat()} is in the future (today is {today.isoformat()}); "
                          "ask about a past day, or leave it out for the record's latest")


def governments(session: Session, registry: Registry, country: str, house: str | None = None,
                on: date | None = None) -> list[ScopeGovernments]:
    """Governments and alliances of the house's scope (every scope when None) as intervals, and what held
    on ``on`` (None: at the record's latest). The record is read twice (coalition acts, seat results)."""
    day = on.isoformat() if on else None
    coalition = party_tie_facts(session)
    seat_facts = facts(session, ("seat_result",))
    alliances = load_alliances(country, registry)
    default_scope = registry.house(registry.default_house).scope
    out = []
    for scope in scopes_of(registry, house):
        forming = governing_house(registry, scope)
        found = elections_of(seat_facts, forming.code)
        ties, members = scope_ties(coalition, found, scope, forming, default_scope, alliances)
        elections = tuple(e.day for e in found)
        if day is not None:  # nothing reported after the day is known on it
            ties, members = _as_of(ties, day), _as_of(members, day)
            elections = tuple(e for e in elections if e <= day)
        out.append(ScopeGovernments(scope, forming.code, day, elections, tuple(ties), tuple(members),
                                    periods(ties), groups_on(ties, day), members_on(members, day)))
    return out


def _as_of(ties: Sequence[Tie], day: str) -> list[Tie]:
    """The ties opened by ``day``, their closing left open when it came after it."""
    return [t if t.end is None or t.end.date <= day else _closed(t, None)
            for t in ties if t.start.date <= day]


# --------------------------------------------------------------------------- as plain data (CLI json, API)

def edge_dict(edge: Edge | None) -> dict | None:
    return asdict(edge) if edge is not None else None


def tie_dict(tie: Tie) -> dict:
    return {"kind": "alliance" if tie.alliance else "government", "party": tie.party, "other": tie.other,
            "start": edge_dict(tie.start), "end": edge_dict(tie.end)}


def scope_dict(g: ScopeGovernments) -> dict:
    """The JSON shape of the CLI and the API."""
    return {"scope": g.scope, "house": g.house, "on": g.on, "elections": list(g.elections),
            "governing": [list(group) for group in g.governing],
            "alliances": {a: list(ps) for a, ps in g.members.items()},
            "periods": [{"start": p.start, "end": p.end, "groups": [list(x) for x in p.groups]} for p in g.periods],
            "ties": [tie_dict(t) for t in (*g.ties, *g.alliances)]}
