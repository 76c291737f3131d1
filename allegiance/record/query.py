"""The record derived from stored events: persons, facts, memberships, flows, coalition state.

Events are what one article says; the record is what the articles say
together. It is computed here from events and corrections and kept in the
derived tables (``store/derived.py``: facts, fact_sources, memberships,
moves), which `refresh_record` brings up to date after every ingest,
reprocess and correction -- only for the persons and parties the change
touched, so a new article costs the same in a large record as in a small
one. Questions (a person's timeline, a party's members on a day, the flows
of a period) are then indexed reads, fast with millions of events.

* **fact**: events of one act (same type, same person or actor, same party /
  post / counterpart+action / house+seats) whose dates lie within
  `FACT_WINDOW_DAYS` of each other; an undated report joins the latest such
  act reported on or before its article's date. A fact keeps every source;
  when sources disagree (one reports the act, another denies it) the fact is
  flagged ``conflict`` and both stay side by side.
* **membership**: a person in a party from a join to a leave or expulsion;
  a bound known only from an article's date is "on or before" that date
  (``start_certain`` / ``end_certain`` False). A leave without a known join
  gives a membership with an unknown start.
* **move**: a leave followed by a join of another party (the flows matrix).

Everything a subject (a person, or the party acting in a coalition or seat
act) did is derived from that subject's events alone, which is what lets a
refresh rebuild only the subjects an ingest touched.
"""
from __future__ import annotations

import hashlib
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from .corrections import Applied, applied
from ..errors import AllegianceError
from ..model import PERSON_TYPES, Fact, Membership, Source
from .resolve import NameMention, Person, normalise, person_id, resolve
from ..store.derived import (FactFilter, Move, bump_version, coalition_facts, count_facts, count_memberships,
                            derived_stale, events_of_subjects, fact_by_id, fact_id_of_event, find_facts,
                            find_memberships, find_moves, membership_steps, membership_years, move_counts, move_names,
                            person_by_name, person_exists, person_names, record_version, replace_derived,
                            subjects_of_articles)
from ..store.engine import writer
from ..store.queries import (DatedEvent, StoredEvent, dated_events, find_events, link_persons, person_rows,
                            upsert_persons)

__all__ = ["CoalitionState", "Fact", "FactFilter", "Membership", "Move", "PERSON_TYPES", "Relinked", "Source",
           "UnknownPerson", "assign_persons", "coalition_state", "count_facts_matching", "count_joiners",
           "count_leavers", "count_members", "event_person", "events", "fact_of_event", "facts", "find_fact",
           "find_person", "flow_counts", "flow_links", "flows", "joiners", "leavers", "members", "memberships",
           "memberships_page", "moves", "next_join", "party_on", "rebuild", "refresh", "refresh_record", "subject_of",
           "timeline", "yearly_moves"]

FACT_WINDOW_DAYS = 7  # reports of one act may date it a few days apart ("on Monday" read differently)


# --------------------------------------------------------------------------- persons

@dataclass(frozen=True)
class Relinked:
    """What entity resolution changed: event links (event id, old person, new person), and persons whose
    fullest name changed (their facts carry the name)."""

    links: list[tuple[int, str | None, str | None]]
    renamed: set[str]

    @property
    def persons(self) -> set[str]:
        """Every person whose derived rows must be rebuilt."""
        return {pid for _event, old, new in self.links for pid in (old, new) if pid} | self.renamed


def assign_persons(session: Session) -> Relinked:
    """Resolve every person-type event's actor to a person, store persons, link events.

    Stored persons are passed to `resolve` as known, so their ids never change and events already
    linked stay linked to the same person.
    """
    events = dated_events(session, PERSON_TYPES)
    known = [Person(pid, name, tuple(aliases)) for pid, name, aliases in person_rows(session)]
    mentions = [NameMention(d.stored.event.actor, d.stored.event.doc, d.stored.event.party) for d in events]
    resolved = resolve(mentions, known)
    persons = {p.id: p for p in resolved.values()}
    rows = [(p.id, p.name, _merged_aliases(p, known)) for p in persons.values()]
    corrections = applied(session)  # analyst merges / splits, applied after resolution
    rows += [(pid, name, sorted(set(spellings) - {name})) for pid, (name, spellings)
             in corrections.split_persons.items() if pid not in persons]
    stored_names = {k.id: k.name for k in known}
    renamed = {pid for pid, name, _aliases in rows if stored_names.get(pid) != name}
    upsert_persons(session, rows)
    links = {d.stored.id: corrections.person(resolved[d.stored.event.actor].id, d.stored.event.actor)
             if d.stored.event.actor in resolved else None for d in events}
    return Relinked(link_persons(session, links), renamed)


def _merged_aliases(person: Person, known: Sequence[Person]) -> list[str]:
    """Aliases seen now plus those stored before, so a spelling no longer in the record is not forgotten."""
    before = next((k for k in known if k.id == person.id), None)
    names = set(person.aliases) | (set(before.aliases) | {before.name} if before else set())
    return sorted(names - {person.name})


def refresh_record(engine: Engine, articles: Collection[int] | None = None) -> int:
    """What ingest (or the CLI) calls after storing: `refresh` in one write transaction."""
    with Session(writer(engine)) as session, session.begin():
        return refresh(session, articles)


def refresh(session: Session, articles: Collection[int] | None = None,
            subjects: Collection[str] | None = None) -> int:
    """Resolve persons, then bring the derived tables up to date; returns how many event links changed.

    With ``articles`` (ids of articles just stored) and/or ``subjects`` (persons or parties a correction
    is about) only those subjects, the ones acting in those articles and the persons whose links changed
    are rebuilt; with neither, everything is (after a reprocess).
    """
    changed = assign_persons(session)
    if derived_stale(session) or (articles is None and subjects is None):
        rebuild(session)
    else:
        rebuild(session, subjects_of_articles(session, articles or ()) | set(subjects or ()) | changed.persons)
    return len(changed.links)


def rebuild(session: Session, subjects: Collection[str] | None = None) -> None:
    """Recompute facts, memberships and moves of ``subjects`` (all when None) and store them; the record's
    version changes in any case (new articles without events change it too)."""
    bump_version(session)
    if subjects is not None and not subjects:
        return
    corrections = applied(session)
    if subjects is None:
        events, names = dated_events(session), person_names(session)
    else:
        events = events_of_subjects(session, subjects)
        names = person_names(session, {d.stored.person_id for d in events if d.stored.person_id} | set(subjects))
    found = _facts_of(events, corrections, corrections.names(names))
    if subjects is not None:  # only whole subjects are rebuilt; their events were all loaded
        found = [f for f in found if f.subject in subjects]
    spans = _memberships_of(found)
    replace_derived(session, subjects, found, spans, _moves_of(found))


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


def _facts_of(events: Iterable[DatedEvent], corrections: Applied, names: dict[str, str]) -> list[Fact]:
    """Group events into facts: one act, reports within the date window; rejected events left out."""
    groups: dict[tuple, list[DatedEvent]] = defaultdict(list)
    for dated in events:
        if dated.stored.id not in corrections.rejected:
            groups[_act_key(dated, corrections)].append(dated)
    out = [_fact(key, cluster, names, corrections) for key, evs in groups.items() for cluster in _by_date(evs)]
    return sorted(out, key=lambda f: (f.when is None, f.when or "", f.id))


def subject_of(stored: StoredEvent, corrections: Applied | None = None) -> str:
    """Who acts: the resolved person, else an id derived from the name (same rule as resolution),
    analyst merges and splits applied; for a party act, the acting party. Whose derived rows it feeds."""
    e = stored.event
    if e.type in PERSON_TYPES:
        pid = stored.person_id or person_id(e.actor)
        return corrections.person(pid, e.actor) if corrections is not None else pid
    return e.actor


def _act_key(dated: DatedEvent, corrections: Applied | None = None) -> tuple:
    """What makes two reports the same act, apart from the date."""
    e = dated.stored.event
    what = {"leave_party": (e.party,), "join_party": (e.party,), "expel": (e.party,),
            "resign_post": ((e.post or "").lower(),), "coalition": (e.counterpart, e.action, e.scope),
            "seat_result": (e.house, e.seats)}.get(e.type, ())
    return (e.type, subject_of(dated.stored, corrections), *what)


def _by_date(events: list[DatedEvent]) -> list[list[DatedEvent]]:
    """Split one act's reports into clusters of dates within the window; undated ones join the latest
    cluster dated on or before their article (else the first), or form one cluster of their own."""
    dated = sorted((e for e in events if e.stored.event.date), key=lambda e: (e.stored.event.date, e.stored.id))
    clusters: list[list[DatedEvent]] = []
    for e in dated:
        if clusters and _days(clusters[-1][0].stored.event.date, e.stored.event.date) <= FACT_WINDOW_DAYS:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    undated = [e for e in events if not e.stored.event.date]
    if not clusters:
        return [undated] if undated else []
    for e in undated:
        limit = (e.published + timedelta(days=FACT_WINDOW_DAYS)).isoformat() if e.published else None
        fitting = [c for c in clusters if limit is None or c[0].stored.event.date <= limit]
        (fitting[-1] if fitting else clusters[0]).append(e)
    return clusters


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)


def _fact(key: tuple, cluster: list[DatedEvent], names: dict[str, str], corrections: Applied | None = None) -> Fact:
    cluster = sorted(cluster, key=lambda d: (d.published is None, d.published or date.min, d.stored.id))
    first = cluster[0].stored.event
    statuses = {d.stored.event.status for d in cluster}
    dates = sorted(d.stored.event.date for d in cluster if d.stored.event.date)
    published = sorted(d.published for d in cluster if d.published)
    status = next(s for s in ("fact", "possible", "denied") if s in statuses or s == "denied")
    subject = key[1]
    ident = "f-" + hashlib.sha1(repr((key, dates[0] if dates else None)).encode()).hexdigest()[:12]
    sources = tuple(Source(d.stored.id, d.stored.event.doc, d.stored.article_id, d.stored.event.date, d.published,
                           d.stored.event.status, d.stored.event.evidence.sentence) for d in cluster)
    return Fact(id=ident, type=first.type, subject=subject, name=names.get(subject, _longest(cluster)),
                party=first.party, post=first.post, counterpart=first.counterpart, action=first.action,
                house=first.house, seats=first.seats, scope=first.scope, date=dates[0] if dates else None,
                first_reported=published[0] if published else None, status=status,
                conflict="denied" in statuses and len(statuses) > 1, sources=sources,
                confirmed=corrections is not None and any(s.event_id in corrections.confirmed for s in sources))


def _longest(cluster: list[DatedEvent]) -> str:
    return max((d.stored.event.actor for d in cluster), key=lambda n: (len(n.split()), len(n), n))


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
        return [m for m in _memberships_of(all_facts)
                if (person is None or m.person == person) and (party is None or m.party == party)]
    return find_memberships(session, person=person, party=party)


def _memberships_of(all_facts: Iterable[Fact]) -> list[Membership]:
    """Every membership from join / leave / expel facts that some source reports (denied-only acts left out)."""
    per: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in all_facts:
        if f.type in ("join_party", "leave_party", "expel") and f.party and f.status != "denied":
            per[(f.subject, f.party)].append(f)
    out: list[Membership] = []
    for (subject, party), found in sorted(per.items()):
        out.extend(_spans(subject, party, sorted(found, key=lambda f: (f.when or "9999", f.type != "join_party"))))
    return out


def _spans(subject: str, party: str, ordered: list[Fact]) -> list[Membership]:
    """Walk one person's acts towards one party in date order: a join opens, a leave or expulsion closes."""
    out: list[Membership] = []
    opened: Fact | None = None
    for f in ordered:
        if f.type == "join_party":
            opened = opened or f
            continue
        out.append(_membership(subject, party, opened, f))
        opened = None
    if opened is not None:
        out.append(_membership(subject, party, opened, None))
    return out


def _membership(subject: str, party: str, opened: Fact | None, closed: Fact | None) -> Membership:
    name = (opened or closed).name
    return Membership(person=subject, name=name, party=party, start=opened.when if opened else None,
                      start_certain=bool(opened and opened.date_certain), end=closed.when if closed else None,
                      end_certain=bool(closed and closed.date_certain), opened_by=opened.id if opened else None,
                      closed_by=closed.id if closed else None,
                      disputed=any(f is not None and f.conflict for f in (opened, closed)))


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
    for a, b, n in move_counts(session, _day(since), _day(until)):
        out[a][b] = n
    return dict(out)


def flow_links(session: Session, since: str | date | None = None, until: str | date | None = None,
               names: int = 50) -> list[tuple[str, str, int, list[str]]]:
    """(from party, to party, people, up to ``names`` of the latest of them) for each cell of the flows
    matrix, counted and cut by the database, so a window of years answers as fast as a month."""
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for a, b, name in move_names(session, _day(since), _day(until), names):
        if name not in named[(a, b)]:
            named[(a, b)].append(name)
    return [(a, b, n, sorted(named[(a, b)])) for a, b, n in move_counts(session, _day(since), _day(until))]


def moves(session: Session, since: str | date | None = None, until: str | date | None = None) -> list[Move]:
    """The moves behind `flows`, each with its leave and join facts, by day of leaving."""
    return find_moves(session, _day(since), _day(until))


def _moves_of(all_facts: Iterable[Fact]) -> list[Move]:
    """Each leave (or expulsion) followed by a join of another party: in the same article, or dated on or
    after the leave and before the person's next leave."""
    joins, leaves = defaultdict(list), defaultdict(list)
    for f in all_facts:
        if f.type in ("leave_party", "expel", "join_party") and f.party and f.status != "denied":
            (joins if f.type == "join_party" else leaves)[f.subject].append(f)
    out: list[Move] = []
    for subject, left_facts in sorted(leaves.items()):
        ordered = sorted((f for f in left_facts if f.when), key=lambda f: (f.when, f.id))
        for left, after in zip(ordered, [*ordered[1:], None]):
            joined = next_join(left, after, joins[subject])
            if joined is not None:
                out.append(Move(subject, left.name, left.party, joined.party, left.when, left.id, joined.id))
    return out


def next_join(left: Fact, next_left: Fact | None, candidates: Sequence[Fact]) -> Fact | None:
    """The first join of another party reported in the same article as the leave, or dated on or after it
    and not after the person's next leave (that join belongs to the next move)."""
    def follows(j: Fact) -> bool:
        if set(j.docs) & set(left.docs):
            return True
        return bool(j.when and j.when >= left.when and (next_left is None or j.when < next_left.when))
    fits = [j for j in candidates if j.party != left.party and follows(j)]
    return min(fits, key=lambda j: j.when or "9999", default=None)


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

class UnknownPerson(AllegianceError, LookupError):
    """No person of that name or id; carries close names to suggest."""

    exit_code = 1

    def __init__(self, query: str, suggestions: Sequence[str]):
        self.query, self.suggestions = query, list(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"no person {query!r} in the record{hint}")


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
           min_sources: int | None = None, limit: int | None = None, offset: int = 0) -> list[StoredEvent]:
    """Stored events by the filters of `store.queries.find_events`, ``person`` read by `event_person`."""
    return find_events(session, type=type, party=party, person=event_person(session, person), since=since,
                       until=until, status=status, min_sources=min_sources, limit=limit, offset=offset)


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
