"""Stage 'derive' of the walk (... -> store -> derive -> analyse -> serve): the record's derived tables
(facts, fact_sources, memberships, moves), computed from stored events and corrections.

Events are what one article says; the record is what the articles say together. `refresh` (after every
ingest, reprocess and correction) resolves persons and rebuilds only the persons and parties the change
touched, so a new article costs the same in a large record as in a small one; `open_record` opens a
record, building the derived tables once when the schema has just gained them.

The derivation still to do is durable: an article is stored with a ``pending_articles`` row in the same
transaction, ``--reprocess`` notes ``pending_all`` in each transaction that replaces events, and `refresh`
deletes what it has done in the transaction that does it (`store.derived.pending_work`). An ingest
killed, out of disk or cut off between storing and deriving therefore leaves its work noted, not lost:
`finish_pending` does it at the end of every ingest (also one that stored nothing new) and whenever a
command opens the record (`open_record`). Every command opens the record able to write (it may have
to upgrade the schema too), so reading commands finish pending work before they answer; only a record
that cannot be written (a read-only file, a read-only role) is left stale, with a warning.

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
refresh rebuild only the subjects an ingest touched. Corrections (`Applied`)
are applied every time the record is derived or read.
"""
from __future__ import annotations

import hashlib
import logging
import os
import signal
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session

from ..model import PERSON_TYPES, Fact, Membership, Source
from ..store.derived import (Move, bump_version, clear_pending, derived_stale, events_of_subjects,
                             pending_work, person_names, replace_derived, subjects_of_articles)
from ..store.engine import open_database, store_errors, writer
from ..store.queries import (DatedEvent, StoredCorrection, StoredEvent, act_span, correction_rows, dated_events,
                             link_persons, matching_event_ids, person_rows, upsert_persons)
from .resolve import NameMention, Person, normalise, person_id, resolve

log = logging.getLogger(__name__)
EVENT_KINDS = ("confirm", "reject")
CRASH_ENV = "ALLEGIANCE_CRASH_AT"  # fault tests: the process kills itself (SIGKILL) at the named point


def crash_point(name: str) -> None:
    """Die here, at once and without cleanup, when ``$ALLEGIANCE_CRASH_AT`` names this point (tests of
    interrupted ingests: ``stored:3`` after the third article committed, ``derive:commit`` inside the
    derive transaction before its commit, ...). Does nothing otherwise."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
PERSON_KINDS = ("merge", "split", "rename")


# --------------------------------------------------------------------------- what the corrections say now

@dataclass(frozen=True)
class Applied:
    """Every correction resolved against the current record, ready to apply."""

    rejected: frozenset[int] = frozenset()
    confirmed: frozenset[int] = frozenset()
    person_ops: tuple[StoredCorrection, ...] = ()
    renamed: dict[str, str] = field(default_factory=dict)       # person id -> name
    split_persons: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # id -> (name, spellings)

    def person(self, pid: str | None, actor: str | None = None) -> str | None:
        """The person an event (or id) belongs to once merges and splits are applied, in their order."""
        if pid is None:
            return None
        for op in self.person_ops:
            p = op.payload
            if op.kind == "merge" and pid == p["other"]:
                pid = p["keep"]
            elif op.kind == "split" and pid == p["person"] and actor is not None and spelled(actor, p["names"]):
                pid = p["new"]
        return pid

    def names(self, base: dict[str, str]) -> dict[str, str]:
        """Person id -> name: ``base`` with split persons and renames applied."""
        out = dict(base)
        out.update({pid: name for pid, (name, _names) in self.split_persons.items()})
        out.update(self.renamed)
        return out

    @property
    def empty(self) -> bool:
        return not (self.rejected or self.confirmed or self.person_ops)


def spelled(actor: str, names: Sequence[str]) -> bool:
    key = normalise(actor)
    return any(actor.lower() == n.lower() or (key and normalise(n) == key) for n in names)


def applied(session: Session) -> Applied:
    """The corrections as they apply to the record now (event corrections matched by identity)."""
    verdict: dict[int, str] = {}
    person_ops: list[StoredCorrection] = []
    renamed: dict[str, str] = {}
    splits: dict[str, tuple[str, tuple[str, ...]]] = {}
    for c in correction_rows(session):
        if c.kind in EVENT_KINDS:
            for eid in matching_event_ids(session, c.payload.get("event", {})):
                verdict[eid] = c.kind
        elif c.kind == "rename":
            renamed[c.target] = c.payload["name"]
        else:
            person_ops.append(c)
            if c.kind == "split":
                splits[c.payload["new"]] = (c.payload["name"], tuple(c.payload["names"]))
    return Applied(frozenset(e for e, k in verdict.items() if k == "reject"),
                   frozenset(e for e, k in verdict.items() if k == "confirm"), tuple(person_ops), renamed, splits)


# --------------------------------------------------------------------------- persons, then the derived tables

FACT_WINDOW_DAYS = 7  # reports of one act may date it a few days apart ("on Monday" read differently)


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


def open_record(url: str, *, upgrade: bool = True, pool_size: int | None = None) -> Engine:
    """An engine on the record at ``url`` (`store.engine.open_database`: schema at the code's head); a record
    upgraded from a schema without the derived tables gets them built once, in full, here, and derivation
    left pending by an interrupted ingest or reprocess is finished (`finish_pending`). With
    ``upgrade=False`` nothing is written: the record is taken as it is (`pending_work` says if it is stale)."""
    engine = open_database(url, upgrade=upgrade, pool_size=pool_size)
    if upgrade:
        with store_errors(url):
            _rebuild_if_stale(engine)
            _finish_if_writable(engine, url)
    return engine


def _finish_if_writable(engine: Engine, url: str) -> None:
    """`finish_pending`, unless the record cannot be written: then it is read as it is, with a warning."""
    try:
        finish_pending(engine)
    except exc.OperationalError as error:
        text = str(error.orig).lower()
        if "readonly" not in text and "read-only" not in text:
            raise
        log.warning("%s: the derived record is stale (derivation pending) and the database cannot be written; "
                    "answers may miss the latest articles. Run `allegiance ingest --db ...` where it can write.",
                    url)


def _rebuild_if_stale(engine: Engine) -> None:
    with Session(engine) as session:
        if not derived_stale(session):
            return
    with Session(writer(engine)) as session, session.begin():
        if derived_stale(session):
            rebuild(session)  # events were linked to persons when they were ingested: derive, do not re-resolve


def refresh_record(engine: Engine, articles: Collection[int] | None = None) -> int:
    """`refresh` in one write transaction (``articles=None``: everything)."""
    with Session(writer(engine)) as session, session.begin():
        return refresh(session, articles)


def finish_pending(engine: Engine) -> bool:
    """Do the derivation still pending (`store.derived.pending_work`) in one write transaction, which also
    deletes it; False when there was none (then nothing is written, the record's version stays)."""
    with Session(engine) as session:
        if not pending_work(session):
            return False
    with Session(writer(engine)) as session, session.begin():
        if not pending_work(session):  # another writer finished it meanwhile
            return False
        refresh(session, articles=())
        session.flush()
        crash_point("derive:commit")
    crash_point("derive:done")
    return True


def refresh(session: Session, articles: Collection[int] | None = None,
            subjects: Collection[str] | None = None) -> int:
    """Resolve persons, then bring the derived tables up to date; returns how many event links changed.

    With ``articles`` (ids of articles just stored) and/or ``subjects`` (persons or parties a correction
    is about) only those subjects, the ones acting in those articles or in pending ones, and the persons
    whose links changed are rebuilt; with neither, or with ``pending_all`` noted, everything is. The
    pending work read here is deleted in the caller's transaction, with the rebuild.
    """
    pending = pending_work(session)
    changed = assign_persons(session)
    if derived_stale(session) or pending.all or (articles is None and subjects is None):
        rebuild(session)
    else:
        touched = set(articles or ()) | pending.articles
        rebuild(session, subjects_of_articles(session, touched) | set(subjects or ()) | changed.persons)
    clear_pending(session, pending)
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
    spans = memberships_of(found)
    replace_derived(session, subjects, found, spans, _moves_of(found))


# --------------------------------------------------------------------------- facts

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
            "seat_result": (e.house, e.seats),
            "seat_allocation": (e.house, e.seats, e.post)}.get(e.type, ())
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
    after, before = _span(cluster, dates[0] if dates else None)
    return Fact(id=ident, type=first.type, subject=subject, name=names.get(subject, _longest(cluster)),
                party=first.party, post=first.post, counterpart=first.counterpart, action=first.action,
                house=first.house, seats=first.seats, scope=first.scope, date=dates[0] if dates else None,
                first_reported=published[0] if published else None, status=status,
                conflict="denied" in statuses and len(statuses) > 1, sources=sources,
                confirmed=corrections is not None and any(s.event_id in corrections.confirmed for s in sources),
                date_after=after, date_before=before, first_doc=cluster[0].stored.event.doc, first_url=cluster[0].url)


def _span(cluster: list[DatedEvent], stated: str | None) -> tuple[str | None, str | None]:
    """(on or after, on or before) of an act from all its reports: the stated day, else the narrowest span
    they give together (the latest lower bound, the earliest upper bound or publication)."""
    if stated:
        return stated, stated
    spans = [act_span(d.stored.event, d.published) for d in cluster]
    afters = [a for a, _b in spans if a]
    befores = [b for _a, b in spans if b]
    after, before = (max(afters) if afters else None), (min(befores) if befores else None)
    if after and before and after > before:  # reports that disagree: keep the widest span they give
        after, before = min(afters), max(befores)
    return after, before


def _longest(cluster: list[DatedEvent]) -> str:
    return max((d.stored.event.actor for d in cluster), key=lambda n: (len(n.split()), len(n), n))


# --------------------------------------------------------------------------- memberships and moves

def memberships_of(all_facts: Iterable[Fact]) -> list[Membership]:
    """Every membership from join / leave / expel facts that some source reports (denied-only acts left out)."""
    per: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in all_facts:
        if f.type in ("join_party", "leave_party", "expel") and f.party and f.status != "denied":
            per[(f.subject, f.party)].append(f)
    out: list[Membership] = []
    for (subject, party), found in sorted(per.items()):
        ordered = _in_order(found)
        out.extend(_spans(subject, party, ordered, _floors(ordered)))
    return out


def _in_order(acts: Iterable[Fact]) -> list[Fact]:
    """One person's acts towards one party in the order the record reads them: by day (latest possible day
    for a bounded act), a join before a leave on the same day."""
    return sorted(acts, key=lambda f: (f.when or "9999", f.type != "join_party"))


def _floors(ordered: Sequence[Fact]) -> dict[str, str]:
    """For each bounded act (no stated day) of one person towards one party, the earliest day it can lie
    on by the record itself: its text's bound, or the latest day an act it follows is known to lie on or
    after (a leave comes on or after the join it closes and every earlier dated act in the party).

    Without this, a leave known only as "on or before its report" could lie in every window back to the
    record's start, so every month's flows held every such leave reported since; with it, the window
    test stays an indexed range test on ``left_after`` / ``start_after`` / ``end_after``."""
    out: dict[str, str] = {}
    floor: str | None = None
    for f in ordered:
        if f.date_certain:
            floor = max(floor or "", f.when or "") or None
            continue
        bound = max(floor or "", f.date_after or "") or None
        if bound is not None and f.when is not None:
            out[f.id] = min(bound, f.when)
            floor = out[f.id]
    return out


def _spans(subject: str, party: str, ordered: list[Fact], floors: dict[str, str]) -> list[Membership]:
    """Walk one person's acts towards one party in date order: a join opens, a leave or expulsion closes.
    ``floors``: the earliest day of each bounded act (`_floors`)."""
    out: list[Membership] = []
    opened: Fact | None = None
    for f in ordered:
        if f.type == "join_party":
            opened = opened or f
            continue
        out.append(_membership(subject, party, opened, f, floors))
        opened = None
    if opened is not None:
        out.append(_membership(subject, party, opened, None, floors))
    return out


def _membership(subject: str, party: str, opened: Fact | None, closed: Fact | None,
                floors: dict[str, str]) -> Membership:
    name = (opened or closed).name
    return Membership(person=subject, name=name, party=party, start=opened.when if opened else None,
                      start_certain=bool(opened and opened.date_certain), end=closed.when if closed else None,
                      end_certain=bool(closed and closed.date_certain), opened_by=opened.id if opened else None,
                      closed_by=closed.id if closed else None,
                      disputed=any(f is not None and f.conflict for f in (opened, closed)),
                      start_after=floors.get(opened.id) if opened and not opened.date_certain else None,
                      end_after=floors.get(closed.id) if closed and not closed.date_certain else None)


def _moves_of(all_facts: Iterable[Fact]) -> list[Move]:
    """Each leave (or expulsion) followed by a join of another party: in the same article, or dated on or
    after the leave and before the person's next leave."""
    joins, leaves = defaultdict(list), defaultdict(list)
    for f in all_facts:
        if f.type in ("leave_party", "expel", "join_party") and f.party and f.status != "denied":
            (joins if f.type == "join_party" else leaves)[f.subject].append(f)
    floors = _party_floors(all_facts)
    out: list[Move] = []
    for subject, left_facts in sorted(leaves.items()):
        ordered = sorted((f for f in left_facts if f.when), key=lambda f: (f.when, f.id))
        for left, after in zip(ordered, [*ordered[1:], None]):
            joined = next_join(left, after, joins[subject])
            if joined is not None:
                out.append(Move(subject, left.name, left.party, joined.party, left.when, left.id, joined.id,
                                exact=left.date_certain, left_after=None if left.date_certain else floors.get(left.id)))
    return out


def _party_floors(all_facts: Iterable[Fact]) -> dict[str, str]:
    """`_floors` of every bounded join, leave and expulsion, per person and party."""
    per: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in all_facts:
        if f.type in ("join_party", "leave_party", "expel") and f.party and f.status != "denied":
            per[(f.subject, f.party)].append(f)
    out: dict[str, str] = {}
    for found in per.values():
        out.update(_floors(_in_order(found)))
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
