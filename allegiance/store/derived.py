"""Queries of the derived record (tables ``facts``, ``fact_sources``, ``memberships``, ``moves``).

``record.py`` computes facts, memberships and moves from events; this module
writes them (for every subject, or only for the subjects an ingest touched)
and answers the record's questions from them with indexed SQL, so a person's
timeline, a party's members on a day and the flows of a period stay fast
with millions of events.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from ..records import Fact, Membership, Source
from .models import ArticleRow, EventRow, FactRow, FactSourceRow, MembershipRow, MoveRow, PersonRow, RecordMetaRow
from .queries import DatedEvent, _stored

CHUNK = 500  # bounded IN lists: SQLite caps bound parameters
PERSON_TYPES = ("leave_party", "join_party", "resign_post", "expel")


@dataclass(frozen=True)
class Move:
    """A person who left a party and then joined another: one name in one cell of the flows matrix."""

    person: str
    name: str
    from_party: str
    to_party: str
    left_on: str
    leave_fact: str
    join_fact: str


@dataclass(frozen=True)
class FactFilter:
    """Which facts a question is about; every field given must match (``None``: any)."""

    types: tuple[str, ...] | None = None
    subject: str | None = None
    party: str | None = None           # the fact's party or coalition counterpart
    since: str | None = None           # inclusive, on the fact's ordering day
    until: str | None = None
    status: str | None = None
    min_sources: int | None = None


def _chunks(items: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --------------------------------------------------------------------------- what to rebuild

def subjects_of_articles(session: Session, article_ids: Collection[int]) -> set[str]:
    """Who acts in these articles' events: person ids for person acts, the acting party otherwise."""
    out: set[str] = set()
    for ids in _chunks(sorted(article_ids)):
        rows = session.execute(select(EventRow.type, EventRow.person_id, EventRow.actor)
                               .where(EventRow.article_id.in_(ids)))
        out.update((pid or actor) if kind in PERSON_TYPES else actor for kind, pid, actor in rows)
    return out


def events_of_subjects(session: Session, subjects: Collection[str]) -> list[DatedEvent]:
    """Every event whose subject is one of ``subjects``, with its article's date, by id."""
    found: dict[int, DatedEvent] = {}
    base = select(EventRow, ArticleRow.published).join(ArticleRow, EventRow.article_id == ArticleRow.id)
    for some in _chunks(sorted(subjects)):
        query = base.where(or_(and_(EventRow.type.in_(PERSON_TYPES), EventRow.person_id.in_(some)),
                               and_(EventRow.type.in_(PERSON_TYPES), EventRow.person_id.is_(None),
                                    EventRow.actor.in_(some)),
                               and_(EventRow.type.not_in(PERSON_TYPES), EventRow.actor.in_(some))))
        for row, published in session.execute(query):
            found[row.id] = DatedEvent(_stored(row), published)
    return [found[i] for i in sorted(found)]


def person_names(session: Session, ids: Collection[str] | None = None) -> dict[str, str]:
    """Person id -> stored name, of these ids (all when None)."""
    if ids is None:
        return {pid: name for pid, name in session.execute(select(PersonRow.id, PersonRow.name))}
    out: dict[str, str] = {}
    for some in _chunks(sorted(ids)):
        out.update((pid, name) for pid, name in
                   session.execute(select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(some))))
    return out


# --------------------------------------------------------------------------- writing

def replace_derived(session: Session, subjects: Collection[str] | None, facts: Iterable[Fact],
                    memberships: Iterable[Membership], moves: Iterable[Move]) -> None:
    """Swap the derived rows of ``subjects`` (all rows when None) for these, in the caller's transaction."""
    _delete_derived(session, subjects)
    fact_rows, source_rows = [], []
    for f in facts:
        fact_rows.append(_fact_row(f))
        source_rows.extend(_source_row(f.id, i, s) for i, s in enumerate(f.sources))
    _insert(session, FactRow, fact_rows)
    _insert(session, FactSourceRow, source_rows)
    _insert(session, MembershipRow, [_membership_row(m) for m in memberships])
    _insert(session, MoveRow, [vars(m) for m in moves])
    session.execute(delete(RecordMetaRow).where(RecordMetaRow.key == "derived_stale"))
    session.flush()


def _delete_derived(session: Session, subjects: Collection[str] | None) -> None:
    if subjects is None:
        for model in (FactSourceRow, FactRow, MembershipRow, MoveRow):
            session.execute(delete(model))
        return
    for some in _chunks(sorted(subjects)):
        facts_of = select(FactRow.id).where(FactRow.subject.in_(some))
        session.execute(delete(FactSourceRow).where(FactSourceRow.fact_id.in_(facts_of)))
        session.execute(delete(FactRow).where(FactRow.subject.in_(some)))
        session.execute(delete(MembershipRow).where(MembershipRow.person.in_(some)))
        session.execute(delete(MoveRow).where(MoveRow.person.in_(some)))


def _insert(session: Session, model, rows: list[dict]) -> None:
    for some in _chunks(rows, 5000):
        session.execute(insert(model), list(some))


def _fact_row(f: Fact) -> dict:
    return {"id": f.id, "type": f.type, "subject": f.subject, "name": f.name, "party": f.party, "post": f.post,
            "counterpart": f.counterpart, "action": f.action, "house": f.house, "seats": f.seats, "scope": f.scope,
            "date": f.date, "first_reported": f.first_reported, "day": f.when, "status": f.status,
            "conflict": f.conflict, "confirmed": f.confirmed, "source_count": f.source_count}


def _source_row(fact_id: str, position: int, s: Source) -> dict:
    return {"fact_id": fact_id, "position": position, "event_id": s.event_id, "doc": s.doc,
            "article_id": s.article_id, "date": s.date, "published": s.published, "status": s.status,
            "sentence": s.sentence}


def _membership_row(m: Membership) -> dict:
    return {"person": m.person, "name": m.name, "party": m.party, "start": m.start, "start_certain": m.start_certain,
            "end": m.end, "end_certain": m.end_certain, "opened_by": m.opened_by, "closed_by": m.closed_by,
            "disputed": m.disputed}


def derived_stale(session: Session) -> bool:
    """Whether the derived tables must be rebuilt in full (an upgrade from a schema without them)."""
    return session.get(RecordMetaRow, "derived_stale") is not None


# --------------------------------------------------------------------------- reading facts

def _filtered(query: Select, f: FactFilter) -> Select:
    if f.types:
        query = query.where(FactRow.type.in_(list(f.types)))
    if f.subject is not None:
        query = query.where(FactRow.subject == f.subject)
    if f.party is not None:
        query = query.where(or_(FactRow.party == f.party, FactRow.counterpart == f.party))
    if f.since is not None:
        query = query.where(FactRow.day >= f.since)
    if f.until is not None:
        query = query.where(FactRow.day <= f.until)
    if f.status is not None:
        query = query.where(FactRow.status == f.status)
    if f.min_sources:
        query = query.where(FactRow.source_count >= f.min_sources)
    return query


def find_facts(session: Session, f: FactFilter = FactFilter(), limit: int | None = None,
               offset: int = 0) -> list[Fact]:
    """Facts matching the filter, by day (undated last) then id, with their sources."""
    ids = _filtered(select(FactRow.id), f).order_by(FactRow.day.is_(None), FactRow.day, FactRow.id)
    ids = ids.limit(limit).offset(offset or None)
    rows = session.scalars(_filtered(select(FactRow), f).where(FactRow.id.in_(ids))
                           .order_by(FactRow.day.is_(None), FactRow.day, FactRow.id)).all()
    return _with_sources(session, rows, select(FactSourceRow).where(FactSourceRow.fact_id.in_(ids)))


def count_facts(session: Session, f: FactFilter = FactFilter()) -> int:
    """How many facts match the filter (for pagination)."""
    return session.scalar(_filtered(select(func.count()).select_from(FactRow), f)) or 0


def fact_by_id(session: Session, fact_id: str) -> Fact | None:
    row = session.get(FactRow, fact_id)
    if row is None:
        return None
    return _with_sources(session, [row], select(FactSourceRow).where(FactSourceRow.fact_id == fact_id))[0]


def fact_id_of_event(session: Session, event_id: int) -> str | None:
    return session.scalar(select(FactSourceRow.fact_id).where(FactSourceRow.event_id == event_id).limit(1))


def _with_sources(session: Session, rows: Sequence[FactRow], sources_query: Select) -> list[Fact]:
    by_fact: dict[str, list[Source]] = {row.id: [] for row in rows}
    for s in session.scalars(sources_query.order_by(FactSourceRow.fact_id, FactSourceRow.position)):
        if s.fact_id in by_fact:
            by_fact[s.fact_id].append(Source(s.event_id, s.doc, s.article_id, s.date, s.published, s.status,
                                             s.sentence))
    return [_fact(r, tuple(by_fact[r.id])) for r in rows]


def _fact(r: FactRow, sources: tuple[Source, ...]) -> Fact:
    return Fact(id=r.id, type=r.type, subject=r.subject, name=r.name, party=r.party, post=r.post,
                counterpart=r.counterpart, action=r.action, house=r.house, seats=r.seats, scope=r.scope, date=r.date,
                first_reported=r.first_reported, status=r.status, conflict=bool(r.conflict), sources=sources,
                confirmed=bool(r.confirmed))


# --------------------------------------------------------------------------- reading memberships and moves

def find_memberships(session: Session, person: str | None = None, party: str | None = None,
                     on: str | None = None, started: tuple[str | None, str | None] | None = None,
                     ended: tuple[str | None, str | None] | None = None) -> list[Membership]:
    """Memberships of a person and/or party; ``on`` keeps those covering a day, ``started`` / ``ended``
    those whose start / end lies in an inclusive window; by person, party, then order of the spans."""
    query = select(MembershipRow)
    if person is not None:
        query = query.where(MembershipRow.person == person)
    if party is not None:
        query = query.where(MembershipRow.party == party)
    if on is not None:
        query = query.where(or_(MembershipRow.start.is_(None), MembershipRow.start <= on),
                            or_(MembershipRow.end.is_(None), MembershipRow.end > on))
    for column, window in ((MembershipRow.start, started), (MembershipRow.end, ended)):
        if window is not None:
            query = query.where(column.is_not(None))
            query = query.where(column >= window[0]) if window[0] else query
            query = query.where(column <= window[1]) if window[1] else query
    rows = session.scalars(query.order_by(MembershipRow.person, MembershipRow.party, MembershipRow.id))
    return [Membership(person=r.person, name=r.name, party=r.party, start=r.start,
                       start_certain=bool(r.start_certain), end=r.end, end_certain=bool(r.end_certain),
                       opened_by=r.opened_by, closed_by=r.closed_by, disputed=bool(r.disputed)) for r in rows]


def find_moves(session: Session, since: str | None = None, until: str | None = None) -> list[Move]:
    """Moves whose leave lies in the inclusive window, by day of leaving."""
    query = select(MoveRow)
    if since:
        query = query.where(MoveRow.left_on >= since)
    if until:
        query = query.where(MoveRow.left_on <= until)
    return [Move(r.person, r.name, r.from_party, r.to_party, r.left_on, r.leave_fact, r.join_fact)
            for r in session.scalars(query.order_by(MoveRow.left_on, MoveRow.id))]


def coalition_facts(session: Session, on: str) -> list[Fact]:
    """Coalition joins and leaves between two parties reported as fact or possible, dated on or before ``on``,
    without their sources (the coalition state needs only the pairs and the fact ids)."""
    query = select(FactRow).where(FactRow.type == "coalition", FactRow.action.in_(("join", "leave")),
                                  FactRow.counterpart.is_not(None), FactRow.status != "denied",
                                  FactRow.day.is_not(None), FactRow.day <= on)
    return [_fact(r, ()) for r in session.scalars(query.order_by(FactRow.day, FactRow.id))]


# --------------------------------------------------------------------------- finding a person fast

def person_by_name(session: Session, name: str) -> str | None:
    """A person id by exact stored name, else by an event actor written exactly so; None if neither."""
    found = session.scalar(select(PersonRow.id).where(PersonRow.name == name).limit(1))
    if found is not None:
        return found
    return session.scalar(select(EventRow.person_id).where(EventRow.actor == name, EventRow.person_id.is_not(None),
                                                           EventRow.type.in_(PERSON_TYPES)).limit(1))


def person_exists(session: Session, pid: str) -> bool:
    return session.get(PersonRow, pid) is not None
