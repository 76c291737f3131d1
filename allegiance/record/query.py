"""Reads of the record: facts, memberships, flows, coalition state, persons by any spelling.

The derived tables (``store/derived.py``: facts, fact_sources, memberships, moves) are kept up to date
by `derive.refresh` after every ingest, reprocess and correction, so questions (a person's timeline, a
party's members on a day, the flows of a period) are indexed reads, fast with millions of events.
Corrections are applied to every answer (renames, merges, splits).
"""
from __future__ import annotations

import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from ..errors import UnknownPerson
from ..model import PERSON_TYPES, Fact, Membership, Source
from ..store.derived import (FactFilter, Move, cell_count, cell_names, coalition_facts, count_facts, count_memberships,
                             fact_by_id, fact_id_of_event, find_facts, find_memberships, find_moves, membership_steps,
                             membership_years, move_counts, move_names, person_by_name, person_exists, person_names,
                             record_version)
from ..store.queries import StoredEvent, find_events, person_rows
from .derive import Applied, applied, memberships_of
from .resolve import NameMention, Person, normalise, resolve

__all__ = ["CoalitionState", "Fact", "FactFilter", "Membership", "Move", "PERSON_TYPES", "Source",
           "UnknownPerson", "coalition_state", "count_facts_matching", "count_joiners",
           "count_flow_cell", "count_leavers", "count_members", "count_possible_members", "event_person", "events", "fact_of_event", "facts", "find_fact",
           "find_person", "flow_cell", "flow_counts", "flow_links", "flows", "joiners", "leavers", "members",
           "memberships", "memberships_page", "moves", "party_on", "possible_members", "timeline", "yearly_moves"]


# --------------------------------------------------------------------------- persons


# --------------------------------------------------------------------------- facts

def facts(session: Session, types: Sequence[str] | None = None, names: dict[str, str] | None = None, *,
          subject: str | None = None, party: str | None = None, since: str | date | None = None,
          until: str | date | None = None, status: str | None = None, min_sources: int | None = None,
          action: str | None = None, limit: int | None = None, offset: int = 0) -> list[Fact]:
    """Facts of the record (of ``types`` when given), by date (undated last) then id.

    Filters: ``subject`` (person id or acting party), ``party`` (the fact's party or counterpart),
    ``since`` / ``until`` (inclusive, on the date the fact is ordered by), ``status``, ``min_sources``,
    ``action`` (of a coalition act).
    ``names`` maps person ids to the names to show. Analyst corrections apply: rejected events are left
    out, persons are merged / split / renamed.
    """
    found = find_facts(session, _filter(types, subject, party, since, until, status, min_sources, action), limit,
                       offset)
    if names is None:
        return found
    return [_renamed(f, names) for f in found]


def count_facts_matching(session: Session, types: Sequence[str] | None = None, *, subject: str | None = None,
                         party: str | None = None, since: str | date | None = None, until: str | date | None = None,
                         status: str | None = None, min_sources: int | None = None) -> int:
    """How many facts `facts` would return with these filters (for pagination)."""
    return count_facts(session, _filter(types, subject, party, since, until, status, min_sources))


def _filter(types, subject, party, since, until, status, min_sources, action=None) -> FactFilter:
    return FactFilter(tuple(types) if types else None, subject, party, str(since) if since else None,
                      str(until) if until else None, status, min_sources, action)


def _renamed(fact: Fact, names: dict[str, str]) -> Fact:
    return replace(fact, name=names.get(fact.subject, fact.name))


def find_fact(session: Session, fact_id: str) -> Fact | None:
    """One fact by id, or None."""
    return fact_by_id(session, fact_id)


def fact_of_event(session: Session, event_id: int) -> Fact | None:
    """The fact an event is a source of, or None for an unknown (or rejected) event."""
    found = fact_id_of_event(session, event_id)
    return fact_by_id(session, found) if found is not None else None


# --------------------------------------------------------------------------- memberships

def memberships(session: Session, all_facts: Sequence[Fact] | None = None, *, person: str | None = None,
                party: str | None = None) -> list[Membership]:
    """Memberships of the record (of a person and/or party when given), or those ``all_facts`` imply."""
    if all_facts is not None:
        return [m for m in memberships_of(all_facts)
                if (person is None or m.person == person) and (party is None or m.party == party)]
    return find_memberships(session, person=person, party=party)


def party_on(session: Session, person: str, day: str | date) -> list[str]:
    """The parties the record places a person in on a day; ``person`` is an id or a name (UnknownPerson if none).

    A membership whose start is unknown counts from the beginning of the record, one whose start is only
    "on or before" counts from that date: the record says no more than its articles.
    """
    pid = find_person(session, person)
    return sorted({m.party for m in find_memberships(session, person=pid, on=str(day))})


def members(session: Session, party: str, on: str | date, limit: int | None = None,
            offset: int = 0) -> list[Membership]:
    """The memberships of a party that cover a day, by name (a page of them with ``limit`` / ``offset``)."""
    return find_memberships(session, party=party, on=str(on), order="name", limit=limit, offset=offset)


def count_members(session: Session, party: str, on: str | date) -> int:
    """How many memberships of a party cover a day."""
    return count_memberships(session, party=party, on=str(on))


def possible_members(session: Session, party: str, on: str | date, limit: int | None = None,
                     offset: int = 0) -> list[Membership]:
    """The memberships of a party that may cover a day: begun on or before a later day, their start only
    bounded (on or after ``start_after``, or with no earlier bound), so the person was possibly a member
    then -- as an undated event is in every window it may lie in. Kept apart from `members`, by name."""
    return find_memberships(session, party=party, on=str(on), order="name", limit=limit, offset=offset,
                            possible=True)


def count_possible_members(session: Session, party: str, on: str | date) -> int:
    """How many memberships `possible_members` would return."""
    return count_memberships(session, party=party, on=str(on), possible=True)


def joiners(session: Session, party: str, since: str | date | None = None, until: str | date | None = None,
            limit: int | None = None, latest_first: bool = False) -> list[Membership]:
    """Memberships of a party that began in the period (inclusive bounds; open bounds when None)."""
    return find_memberships(session, party=party, started=(_day(since), _day(until)), limit=limit,
                            order="latest_start" if latest_first else "person")


def leavers(session: Session, party: str, since: str | date | None = None, until: str | date | None = None,
            limit: int | None = None, latest_first: bool = False) -> list[Membership]:
    """Memberships of a party that ended in the period (by leaving or expulsion)."""
    return find_memberships(session, party=party, ended=(_day(since), _day(until)), limit=limit,
                            order="latest_end" if latest_first else "person")


def count_joiners(session: Session, party: str, since: str | date | None = None,
                  until: str | date | None = None) -> int:
    return count_memberships(session, party=party, started=(_day(since), _day(until)))


def count_leavers(session: Session, party: str, since: str | date | None = None,
                  until: str | date | None = None) -> int:
    return count_memberships(session, party=party, ended=(_day(since), _day(until)))


@dataclass(frozen=True)
class DayCounts:
    """How many of something happened on or before each day: ``days`` sorted, ``totals`` cumulative."""

    days: tuple[str, ...]
    totals: tuple[int, ...]

    @classmethod
    def of(cls, counted: Iterable[tuple[str, int]]) -> "DayCounts":
        days, totals, running = [], [], 0
        for day, n in sorted(counted):
            running += n
            days.append(day)
            totals.append(running)
        return cls(tuple(days), tuple(totals))

    def upto(self, day: str) -> int:
        at = bisect_right(self.days, day)
        return self.totals[at - 1] if at else 0


@dataclass(frozen=True)
class PartyTally:
    """A party's member, joiner and leaver counts on any day, from one read of its memberships.

    The same numbers as `count_members`, `count_joiners` and `count_leavers` (up to a day), each then a
    binary search instead of a count over the party's memberships -- what a server asked about many days
    keeps per record version (`RecordMemo`)."""

    party: str
    undated: int          # memberships with no start day: members on every day before their end
    starts: DayCounts
    ends: DayCounts
    exits: DayCounts      # by the day a membership stops covering: its end (or its start if later)

    def members_on(self, day: str | date) -> int:
        day = str(day)
        return self.undated + self.starts.upto(day) - self.exits.upto(day)

    def joined_by(self, day: str | date) -> int:
        return self.starts.upto(str(day))

    def left_by(self, day: str | date) -> int:
        return self.ends.upto(str(day))


def party_tally(session: Session, party: str) -> PartyTally:
    """A party's `PartyTally`, read from its memberships."""
    steps = membership_steps(session, party)
    return PartyTally(party, sum(n for day, n in steps["starts"] if day is None),
                      DayCounts.of((d, n) for d, n in steps["starts"] if d is not None),
                      DayCounts.of(steps["ends"]), DayCounts.of(steps["exits"]))


class RecordMemo:
    """Answers kept for the record's current version: a long-running reader (the web server) computes a
    party's tally or the yearly moves once per version instead of on every question. Every ``get``
    reads the version in the caller's transaction, so an answer never outlives the record it came from."""

    def __init__(self) -> None:
        self._version: str | None = None
        self._kept: dict[tuple, object] = {}
        self._lock = threading.Lock()

    def get(self, session: Session, key: tuple, compute: Callable[[Session], T]) -> T:
        """The answer kept under ``key`` for the version ``session`` sees, computed by ``compute`` if none."""
        version = record_version(session)
        with self._lock:
            if version != self._version:
                self._version, self._kept = version, {}
            found = self._kept.get(key, _MISSING)
        if found is _MISSING:
            found = compute(session)
            with self._lock:
                if version == self._version:
                    self._kept[key] = found
        return found

    def tally(self, session: Session, party: str) -> PartyTally:
        return self.get(session, ("tally", party), lambda s: party_tally(s, party))

    def yearly_moves(self, session: Session) -> list[tuple[str, str, int, int]]:
        return self.get(session, ("yearly_moves",), yearly_moves)


_MISSING = object()
T = TypeVar("T")


def memberships_page(session: Session, *, party: str | None = None, person: str | None = None,
                     on: str | date | None = None, limit: int | None = None,
                     offset: int = 0) -> tuple[list[Membership], int]:
    """A page of memberships (of a party and / or person, covering a day) and how many there are."""
    found = find_memberships(session, person=person, party=party, on=_day(on), limit=limit, offset=offset)
    return found, count_memberships(session, person=person, party=party, on=_day(on))


def yearly_moves(session: Session) -> list[tuple[str, str, int, int]]:
    """(party, year, joined, left): memberships that began and ended per party and year."""
    return membership_years(session)


def _day(value: str | date | None) -> str | None:
    return str(value) if value else None


# --------------------------------------------------------------------------- flows

def flows(session: Session, since: str | date | None = None,
          until: str | date | None = None) -> dict[str, dict[str, list[str]]]:
    """Who went where: {from_party: {to_party: [names]}} for people who left a party in the period and
    joined another on or after leaving (or in the same article)."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for move in find_moves(session, _day(since), _day(until)):
        if move.name not in out[move.from_party][move.to_party]:
            out[move.from_party][move.to_party].append(move.name)
    return {a: {b: sorted(names) for b, names in sorted(row.items())} for a, row in sorted(out.items())}


def flow_counts(session: Session, since: str | date | None = None,
                until: str | date | None = None) -> dict[str, dict[str, int]]:
    """How many people went where: {from_party: {to_party: count}}, the shape of `flows` without the names
    (counted by the database, for windows too wide to list everyone)."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for a, b, n, _exact in move_counts(session, _day(since), _day(until)):
        out[a][b] = n
    return dict(out)


def flow_links(session: Session, since: str | date | None = None, until: str | date | None = None,
               names: int = 50) -> list[tuple[str, str, int, list[str], int]]:
    """(from party, to party, people, up to ``names`` of the latest of them, how many of them left on a
    stated day) for each cell of the flows
    matrix, counted and cut by the database, so a window of years answers as fast as a month."""
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a, b, name in move_names(session, _day(since), _day(until), names):
        if name not in named[(a, b)]:
            named[(a, b)].append(name)
    return [(a, b, n, sorted(named[(a, b)]), exact) for a, b, n, exact in move_counts(session, _day(since), _day(until))]


def flow_cell(session: Session, from_party: str, to_party: str, since: str | date | None = None,
              until: str | date | None = None, limit: int = 50, offset: int = 0) -> list[str]:
    """A page of one cell's names (latest leave first): the names `flow_links` leaves out, on request."""
    return cell_names(session, from_party, to_party, _day(since), _day(until), limit, offset)


def count_flow_cell(session: Session, from_party: str, to_party: str, since: str | date | None = None,
                    until: str | date | None = None) -> int:
    """How many moves `flow_cell` pages through."""
    return cell_count(session, from_party, to_party, _day(since), _day(until))


def moves(session: Session, since: str | date | None = None, until: str | date | None = None) -> list[Move]:
    """The moves behind `flows`, each with its leave and join facts, by day of leaving."""
    return find_moves(session, _day(since), _day(until))


# --------------------------------------------------------------------------- coalition state

@dataclass(frozen=True)
class CoalitionState:
    """Which parties govern together in a scope on a day, and the facts that say so."""

    scope: str | None
    on: str
    pairs: tuple[tuple[str, str], ...]     # each pair sorted; parties joined as of ``on``
    facts: tuple[str, ...]                 # ids of the latest fact for each pair

    def partners(self, party: str) -> list[str]:
        return sorted({b if a == party else a for a, b in self.pairs if party in (a, b)})


def coalition_state(session: Session, scope: str | None, on: str | date) -> CoalitionState:
    """Per pair of parties, the latest join or leave fact dated on or before ``on`` decides.

    ``scope`` matches the facts' scope or house (``None``: every fact).
    """
    day = str(on)
    latest: dict[tuple[str, str], Fact] = {}
    for f in coalition_facts(session, day):
        if scope is not None and scope not in (f.scope, f.house):
            continue
        pair = tuple(sorted((f.subject, f.counterpart)))
        if pair not in latest or f.when >= latest[pair].when:
            latest[pair] = f
    joined = sorted(p for p, f in latest.items() if f.action == "join")
    return CoalitionState(scope, day, tuple(joined), tuple(latest[p].id for p in joined))


# --------------------------------------------------------------------------- finding a person


def find_person(session: Session, query: str) -> str:
    """A person id from an id or a written name (any spelling resolution would accept); else UnknownPerson.

    An id or a name written exactly as stored is found by index; other spellings are matched against a
    shortlist of the closest stored names (rapidfuzz, at most ``SHORTLIST``), never against every person:
    resolution compares names pairwise, and on a record of tens of thousands of persons one misspelt
    name in a request would otherwise take minutes and gigabytes.
    """
    corrections = applied(session)
    exact = query if person_exists(session, query) else person_by_name(session, query)
    if exact is not None:
        return corrections.person(exact, query)
    if query in corrections.renamed.values():
        return next(pid for pid, name in corrections.renamed.items() if name == query)
    if query in corrections.split_persons:
        return query
    rows = {pid: (name, tuple(aliases)) for pid, name, aliases in person_rows(session)}
    names = _all_names(rows, corrections)
    shortlist = [name for name, _score, _i in
                 process.extract(query, list(names), scorer=fuzz.WRatio, processor=str.lower, limit=SHORTLIST,
                                 score_cutoff=50)]
    wanted = normalise(query)
    for name in shortlist:
        if name.lower() == query.lower() or (wanted and normalise(name) == wanted):
            return names[name]
    candidates = sorted({names[name] for name in shortlist} & set(rows))
    known = [Person(pid, *rows[pid]) for pid in candidates]
    match = resolve([NameMention(query, "\0query")], known).get(query)
    if match is not None and corrections.person(match.id, query) in names.values():
        return corrections.person(match.id, query)
    stored = {pid: rows[pid][0] for pid in candidates}
    raise UnknownPerson(query, _suggestions(query, shortlist, names, corrections.names(stored)))


SHORTLIST = 50  # stored names an unknown spelling is compared with (the closest by rapidfuzz)


def _suggestions(query: str, shortlist: Sequence[str], names: dict[str, str],
                 preferred: dict[str, str]) -> list[str]:
    """Up to three close names, one per person, in its preferred form."""
    close = [name for name, _score, _i in process.extract(query, shortlist, scorer=fuzz.ratio, limit=10,
                                                          score_cutoff=50)]
    picked = dict.fromkeys(preferred.get(names[n], n) for n in close)
    return list(picked)[:3]


def _all_names(rows: dict[str, tuple[str, tuple[str, ...]]], corrections: Applied) -> dict[str, str]:
    """Every written name of a person -> person id: stored persons (``rows``: id -> name, aliases) and
    their aliases, analyst merges, splits and renames applied."""
    out: dict[str, str] = {}
    for pid, (name, aliases) in rows.items():
        out[name] = corrections.person(pid, name)
        out.update({a: corrections.person(pid, a) for a in aliases})
    out.update({name: pid for pid, (name, spellings) in corrections.split_persons.items()})
    out.update({name: pid for pid, name in corrections.renamed.items()})
    return out


def events(session: Session, *, type: str | None = None, party: str | None = None, person: str | None = None,
           since: str | date | None = None, until: str | date | None = None, status: str | None = None,
           min_sources: int | None = None, limit: int | None = None, offset: int = 0,
           rejected: bool = True) -> list[StoredEvent]:
    """Stored events by the filters of `store.queries.find_events`, ``person`` read by `event_person`;
    without ``rejected``, the events an analyst rejected are left out."""
    return find_events(session, type=type, party=party, person=event_person(session, person), since=since,
                       until=until, status=status, min_sources=min_sources, limit=limit, offset=offset,
                       exclude=() if rejected else rejected_events(session))


def rejected_events(session: Session) -> frozenset[int]:
    """Ids of the events an analyst rejected (matched by identity, so across re-extraction)."""
    return applied(session).rejected


def event_person(session: Session, person: str | None) -> str | None:
    """The person filter of an events question: the person's id when resolution accepts the text (their
    events are then found by index), else the text itself (part of an actor's name)."""
    if not person:
        return None
    try:
        return find_person(session, person)
    except UnknownPerson:
        return person


def person_name(session: Session, pid: str) -> str | None:
    """The name a person is shown by: an analyst's rename, else the stored name (read by id)."""
    return applied(session).names(person_names(session, [pid])).get(pid)


def timeline(session: Session, person: str) -> tuple[str, list[Fact]]:
    """A person's id and facts in date order (UnknownPerson when nobody matches).

    An id with facts is answered by one indexed read: facts are stored under the id that corrections
    leave (merged-away and other spellings have none), which is what `find_person` would return."""
    found = facts(session, PERSON_TYPES, subject=person)
    if found:
        return person, found
    pid = find_person(session, person)
    return pid, facts(session, PERSON_TYPES, subject=pid)
