"""The record derived from stored events: persons, facts, memberships, flows, coalition state.

Events are what one article says; the record is what the articles say
together. Everything here is computed from query results (SQL stays in
``store/queries.py``), so the record always agrees with the stored events and
a re-ingest or reprocess needs no separate rebuild, except for persons, whose
ids are stored so that they stay stable across runs (`assign_persons`).

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
"""
from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from .corrections import Applied, applied
from .errors import AllegianceError
from .resolve import NameMention, Person, normalise, person_id, resolve
from .store.engine import writer
from .store.queries import DatedEvent, dated_events, link_persons, person_rows, upsert_persons

PERSON_TYPES = ("leave_party", "join_party", "resign_post", "expel")
FACT_WINDOW_DAYS = 7  # reports of one act may date it a few days apart ("on Monday" read differently)


# --------------------------------------------------------------------------- persons

def assign_persons(session: Session) -> int:
    """Resolve every person-type event's actor to a person, store persons, link events; returns links changed.

    Stored persons are passed to `resolve` as known, so their ids never change
    and events already linked stay linked to the same person.
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
    upsert_persons(session, rows)
    links = {d.stored.id: corrections.person(resolved[d.stored.event.actor].id, d.stored.event.actor)
             if d.stored.event.actor in resolved else None for d in events}
    return link_persons(session, links)


def _merged_aliases(person: Person, known: Sequence[Person]) -> list[str]:
    """Aliases seen now plus those stored before, so a spelling no longer in the record is not forgotten."""
    before = next((k for k in known if k.id == person.id), None)
    names = set(person.aliases) | (set(before.aliases) | {before.name} if before else set())
    return sorted(names - {person.name})


def refresh_record(engine: Engine) -> int:
    """What ingest (or the CLI) calls after storing: resolve persons (corrections applied) in one write transaction.

    Facts, memberships and flows are computed on read, so persons are the only part of the record
    that needs refreshing; events stored since the last refresh are grouped by their name until then.
    """
    with Session(writer(engine)) as session, session.begin():
        return assign_persons(session)


# --------------------------------------------------------------------------- facts

@dataclass(frozen=True)
class Source:
    """One report of a fact: the event, its article and what it said."""

    event_id: int
    doc: str
    article_id: int
    date: str | None
    published: date | None
    status: str
    sentence: str


@dataclass(frozen=True)
class Fact:
    """One act merged across articles, with every source kept (never overwritten)."""

    id: str
    type: str
    subject: str              # person id (resolved, else derived from the name) or the acting party
    name: str                 # the person's or party's name as best written
    party: str | None
    post: str | None
    counterpart: str | None
    action: str | None
    house: str | None
    seats: int | None
    scope: str | None
    date: str | None          # earliest date a source gives
    first_reported: date | None
    status: str               # fact if any source says so, else possible, else denied
    conflict: bool            # some sources report the act, others deny it
    sources: tuple[Source, ...]
    confirmed: bool = False   # an analyst confirmed one of its sources (corrections.confirm_event)

    @property
    def source_count(self) -> int:
        return len(self.sources)

    @property
    def event_ids(self) -> tuple[int, ...]:
        return tuple(s.event_id for s in self.sources)

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.doc for s in self.sources))

    @property
    def when(self) -> str | None:
        """The date to order by: the stated date, else the first article's date ("on or before")."""
        return self.date or (self.first_reported.isoformat() if self.first_reported else None)

    @property
    def date_certain(self) -> bool:
        return self.date is not None


def facts(session: Session, types: Sequence[str] | None = None, names: dict[str, str] | None = None) -> list[Fact]:
    """Every fact of the record (of ``types`` when given), by date then id.

    ``names`` maps person ids to names (default: the persons table), to name
    each fact by its person's fullest form. Analyst corrections apply: rejected
    events are left out, persons are merged / split / renamed.
    """
    corrections = applied(session)
    names = corrections.names(_person_names(session) if names is None else names)
    groups: dict[tuple, list[DatedEvent]] = defaultdict(list)
    for dated in dated_events(session, types):
        if dated.stored.id not in corrections.rejected:
            groups[_act_key(dated, corrections)].append(dated)
    out = [_fact(key, cluster, names, corrections) for key, events in groups.items() for cluster in _by_date(events)]
    return sorted(out, key=lambda f: (f.when is None, f.when or "", f.id))


def _person_names(session: Session) -> dict[str, str]:
    return applied(session).names({pid: name for pid, name, _aliases in person_rows(session)})


def _subject(dated: DatedEvent, corrections: Applied | None = None) -> str:
    """Who acts: the resolved person, else an id derived from the name (same rule as resolution);
    analyst merges and splits applied."""
    e = dated.stored.event
    if e.type in PERSON_TYPES:
        pid = dated.stored.person_id or person_id(e.actor)
        return corrections.person(pid, e.actor) if corrections is not None else pid
    return e.actor


def _act_key(dated: DatedEvent, corrections: Applied | None = None) -> tuple:
    """What makes two reports the same act, apart from the date."""
    e = dated.stored.event
    what = {"leave_party": (e.party,), "join_party": (e.party,), "expel": (e.party,),
            "resign_post": ((e.post or "").lower(),), "coalition": (e.counterpart, e.action, e.scope),
            "seat_result": (e.house, e.seats)}.get(e.type, ())
    return (e.type, _subject(dated, corrections), *what)


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
    return next((f for f in facts(session) if f.id == fact_id), None)


def fact_of_event(session: Session, event_id: int) -> Fact | None:
    """The fact an event is a source of, or None for an unknown event."""
    return next((f for f in facts(session) if event_id in f.event_ids), None)


# --------------------------------------------------------------------------- memberships

@dataclass(frozen=True)
class Membership:
    """A person in a party (Popolo style), with the facts that opened and closed it."""

    person: str                # person id
    name: str
    party: str
    start: str | None          # None: unknown (only a leave is known)
    start_certain: bool        # False: "on or before" start
    end: str | None            # None: still a member as far as the record knows
    end_certain: bool
    opened_by: str | None      # fact id
    closed_by: str | None
    disputed: bool = False     # an opening or closing fact is denied by some source

    def covers(self, day: str) -> bool:
        """Whether the record places the person in the party on ``day`` (end day excluded)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def memberships(session: Session, all_facts: Sequence[Fact] | None = None) -> list[Membership]:
    """Every membership, from join / leave / expel facts that some source reports (denied-only acts are left out)."""
    all_facts = facts(session, ("join_party", "leave_party", "expel")) if all_facts is None else all_facts
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
    return sorted({m.party for m in memberships(session) if m.person == pid and m.covers(str(day))})


def members(session: Session, party: str, on: str | date) -> list[Membership]:
    """The memberships of a party that cover a day, by name."""
    return sorted((m for m in memberships(session) if m.party == party and m.covers(str(on))), key=lambda m: m.name)


def joiners(session: Session, party: str, since: str | date | None = None,
            until: str | date | None = None) -> list[Membership]:
    """Memberships of a party that began in the period (inclusive bounds; open bounds when None)."""
    return [m for m in memberships(session) if m.party == party and m.start and _within(m.start, since, until)]


def leavers(session: Session, party: str, since: str | date | None = None,
            until: str | date | None = None) -> list[Membership]:
    """Memberships of a party that ended in the period (by leaving or expulsion)."""
    return [m for m in memberships(session) if m.party == party and m.end and _within(m.end, since, until)]


def _within(day: str, since: str | date | None, until: str | date | None) -> bool:
    return (since is None or day >= str(since)) and (until is None or day <= str(until))


def flows(session: Session, since: str | date | None = None,
          until: str | date | None = None) -> dict[str, dict[str, list[str]]]:
    """Who went where: {from_party: {to_party: [names]}} for people who left a party in the period and
    joined another on or after leaving (or in the same article)."""
    found = [f for f in facts(session, ("leave_party", "expel", "join_party")) if f.party and f.status != "denied"]
    joins, leaves = defaultdict(list), defaultdict(list)
    for f in found:
        (joins if f.type == "join_party" else leaves)[f.subject].append(f)
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for subject, left_facts in leaves.items():
        ordered = sorted((f for f in left_facts if f.when), key=lambda f: f.when)
        for left, after in zip(ordered, [*ordered[1:], None]):
            joined = _next_join(left, after, joins[subject])
            if joined is not None and _within(left.when, since, until) \
                    and left.name not in out[left.party][joined.party]:
                out[left.party][joined.party].append(left.name)
    return {a: {b: sorted(names) for b, names in sorted(row.items())} for a, row in sorted(out.items())}


def _next_join(left: Fact, next_left: Fact | None, candidates: list[Fact]) -> Fact | None:
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
    for f in facts(session, ("coalition",)):
        if f.action not in ("join", "leave") or not f.counterpart or f.status == "denied" or not f.when:
            continue
        if (scope is not None and scope not in (f.scope, f.house)) or f.when > day:
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
    """A person id from an id or a written name (any spelling resolution would accept); else UnknownPerson."""
    corrections = applied(session)
    names = _all_names(session, corrections)
    if query in names.values():
        return query
    if corrections.person(query) in names.values():  # an id merged into another person
        return corrections.person(query)
    wanted = normalise(query)
    for name, pid in names.items():
        if name.lower() == query.lower() or (wanted and normalise(name) == wanted):
            return pid
    known = [Person(pid, name, tuple(aliases)) for pid, name, aliases in person_rows(session)]
    match = resolve([NameMention(query, "\0query")], known).get(query)
    if match is not None and corrections.person(match.id, query) in names.values():
        return corrections.person(match.id, query)
    raise UnknownPerson(query, _suggestions(query, names, _person_names(session)))


def _suggestions(query: str, names: dict[str, str], preferred: dict[str, str]) -> list[str]:
    """Up to three close names, one per person, in its preferred form."""
    close = difflib.get_close_matches(query, list(names), n=10, cutoff=0.5)
    picked = dict.fromkeys(preferred.get(names[n], n) for n in close)
    return list(picked)[:3]


def _all_names(session: Session, corrections: Applied | None = None) -> dict[str, str]:
    """Every written name of a person -> person id: stored persons and their aliases, and actors of
    person events (linked or not); analyst merges, splits and renames applied."""
    corrections = applied(session) if corrections is None else corrections
    out: dict[str, str] = {}
    for pid, name, aliases in person_rows(session):
        out[name] = corrections.person(pid, name)
        out.update({a: corrections.person(pid, a) for a in aliases})
    for dated in dated_events(session, PERSON_TYPES):
        out.setdefault(dated.stored.event.actor, _subject(dated, corrections))
    out.update({name: pid for pid, name in corrections.renamed.items()})
    return out


def timeline(session: Session, person: str) -> tuple[str, list[Fact]]:
    """A person's id and facts in date order (UnknownPerson when nobody matches)."""
    pid = find_person(session, person)
    return pid, [f for f in facts(session, PERSON_TYPES) if f.subject == pid]
