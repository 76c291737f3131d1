"""Queries of the derived record (tables ``facts``, ``fact_sources``, ``memberships``, ``moves``).

``record/derive.py`` computes facts, memberships and moves from events; this module
writes them (for every subject, or only for the subjects an ingest touched)
and answers the record's questions from them with indexed SQL, so a person's
timeline, a party's members on a day and the flows of a period stay fast
with millions of events.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Integer, Select, Text, and_, bindparam, case, delete, func, insert, or_, select
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from ..model import PERSON_TYPES, Fact, Membership, Source
from .models import (ArticleRow, EventRow, FactPartyRow, FactRow, FactSourceRow, MembershipRow, MoveRow,
                     PendingArticleRow, PersonRow, RecordMetaRow)
from .queries import DatedEvent, _stored

CHUNK = 500  # bounded IN lists: SQLite caps bound parameters


@dataclass(frozen=True)
class Move:
    """A person who left a party and then joined another: one name in one cell of the flows matrix."""

    person: str
    name: str
    from_party: str
    to_party: str
    left_on: str               # the leave's day, or the latest day it can have happened
    leave_fact: str
    join_fact: str
    exact: bool = False        # the leave's day is stated (else it is bounded: on or before ``left_on``)
    left_after: str | None = None  # a bounded leave's earliest day, where its text gives one


@dataclass(frozen=True)
class FactFilter:
    """Which facts a question is about; every field given must match (``None``: any)."""

    types: tuple[str, ...] | None = None
    subject: str | None = None
    party: str | None = None           # the fact's party or coalition counterpart
    since: str | None = None           # inclusive; a fact whose span (exact day, or bounds) meets the window
    until: str | None = None
    status: str | None = None
    min_sources: int | None = None
    action: str | None = None          # a coalition act's action (join, leave, reject, talks)


def _chunks(items: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --------------------------------------------------------------------------- what to rebuild

PENDING_ALL = "pending_all"  # record_meta key: resolve every person again, rebuild every subject


@dataclass(frozen=True)
class Pending:
    """Derivation still to do: articles whose subjects must be rebuilt, or (``all``) everything."""

    articles: frozenset[int] = frozenset()
    all: bool = False

    def __bool__(self) -> bool:
        return self.all or bool(self.articles)


def mark_pending(session: Session, article_id: int) -> None:
    """Note, in the caller's transaction (the one storing the article), that its subjects need deriving."""
    session.add(PendingArticleRow(article_id=article_id))


def mark_all_pending(session: Session) -> None:
    """Note, in the caller's transaction (one replacing events), that the whole record needs deriving."""
    if session.get(RecordMetaRow, PENDING_ALL) is None:
        session.add(RecordMetaRow(key=PENDING_ALL, value="1"))
    session.flush()


def pending_work(session: Session) -> Pending:
    """What derivation is still to do (nothing after a finished ingest)."""
    ids = frozenset(session.scalars(select(PendingArticleRow.article_id)))
    return Pending(ids, session.get(RecordMetaRow, PENDING_ALL) is not None)


def clear_pending(session: Session, done: Pending) -> None:
    """Delete the pending work ``done``, in the transaction that did it; work noted meanwhile by another
    writer (other article ids) stays."""
    for some in _chunks(sorted(done.articles)):
        session.execute(delete(PendingArticleRow).where(PendingArticleRow.article_id.in_(some)))
    if done.all:
        session.execute(delete(RecordMetaRow).where(RecordMetaRow.key == PENDING_ALL))

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
    e = EventRow.__table__.c
    base = select(EventRow.__table__, ArticleRow.published, ArticleRow.url).join(ArticleRow, e.article_id == ArticleRow.id)
    for some in _chunks(sorted(subjects)):
        query = base.where(or_(and_(e.type.in_(PERSON_TYPES), e.person_id.in_(some)),
                               and_(e.type.in_(PERSON_TYPES), e.person_id.is_(None), e.actor.in_(some)),
                               and_(e.type.not_in(PERSON_TYPES), e.actor.in_(some))))
        for row in session.execute(query):
            found[row.id] = DatedEvent(_stored(row), row.published, row.url)
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
    fact_rows, source_rows, party_rows = [], [], []
    for f in facts:
        fact_rows.append(_fact_row(f))
        source_rows.extend(_source_row(f.id, i, s) for i, s in enumerate(f.sources))
        party_rows.extend({"fact_id": f.id, "party": p, "day": f.when, "date_after": f.date_after}
                          for p in _parties_of(f))
    _insert(session, FactRow, fact_rows)
    _insert(session, FactSourceRow, source_rows)
    _insert(session, FactPartyRow, party_rows)
    _insert(session, MembershipRow, [_membership_row(m) for m in memberships])
    _insert(session, MoveRow, [vars(m) for m in moves])
    session.execute(delete(RecordMetaRow).where(RecordMetaRow.key == "derived_stale"))
    session.flush()


def _delete_derived(session: Session, subjects: Collection[str] | None) -> None:
    if subjects is None:
        for model in (FactSourceRow, FactPartyRow, FactRow, MembershipRow, MoveRow):
            session.execute(delete(model))
        return
    for some in _chunks(sorted(subjects)):
        facts_of = select(FactRow.id).where(FactRow.subject.in_(some))
        session.execute(delete(FactSourceRow).where(FactSourceRow.fact_id.in_(facts_of)))
        session.execute(delete(FactPartyRow).where(FactPartyRow.fact_id.in_(facts_of)))
        session.execute(delete(FactRow).where(FactRow.subject.in_(some)))
        session.execute(delete(MembershipRow).where(MembershipRow.person.in_(some)))
        session.execute(delete(MoveRow).where(MoveRow.person.in_(some)))


def _insert(session: Session, model, rows: list[dict]) -> None:
    """Plain executemany through Core: the ORM's bulk path costs twice as much for rows nobody reads back."""
    connection = session.connection()
    for some in _chunks(rows, 5000):
        connection.execute(insert(model.__table__), list(some))


def _parties_of(f: Fact) -> set[str]:
    """The parties a fact involves: its party, its counterpart, and the acting party of a party act."""
    acting = {f.subject} if f.type not in PERSON_TYPES else set()
    return {p for p in (f.party, f.counterpart) if p} | acting


def _fact_row(f: Fact) -> dict:
    return {"id": f.id, "type": f.type, "subject": f.subject, "name": f.name, "party": f.party, "post": f.post,
            "counterpart": f.counterpart, "action": f.action, "house": f.house, "seats": f.seats, "scope": f.scope,
            "date": f.date, "first_reported": f.first_reported, "first_doc": f.first_doc, "first_url": f.first_url,
            "day": f.when, "date_kind": f.date_kind, "date_after": f.date_after, "date_before": f.date_before,
            "status": f.status,
            "conflict": f.conflict, "confirmed": f.confirmed, "source_count": f.source_count}


def _source_row(fact_id: str, position: int, s: Source) -> dict:
    return {"fact_id": fact_id, "position": position, "event_id": s.event_id, "doc": s.doc,
            "article_id": s.article_id, "date": s.date, "published": s.published, "status": s.status,
            "sentence": s.sentence}


def _membership_row(m: Membership) -> dict:
    return {"person": m.person, "name": m.name, "party": m.party, "start": m.start, "start_certain": m.start_certain,
            "end": m.end, "end_certain": m.end_certain, "opened_by": m.opened_by, "closed_by": m.closed_by,
            "disputed": m.disputed, "start_after": m.start_after, "end_after": m.end_after}


def bump_version(session: Session) -> str:
    """Mark the record changed: a new ``version`` in ``record_meta`` (what caches of answers are keyed by)."""
    row = session.get(RecordMetaRow, "version")
    value = str(int(row.value) + 1) if row is not None and row.value.isdigit() else "1"
    if row is None:
        session.add(RecordMetaRow(key="version", value=value))
    else:
        row.value = value
    session.flush()
    return value


def record_version(session: Session) -> str:
    """The record's current version ("0" before its first refresh); it changes whenever the record does."""
    return session.connection().execute(VERSION_QUERY).scalar() or "0"


VERSION_QUERY = select(RecordMetaRow.__table__.c.value).where(RecordMetaRow.__table__.c.key == "version")


def derived_stale(session: Session) -> bool:
    """Whether the derived tables must be rebuilt in full (an upgrade from a schema without them)."""
    return session.get(RecordMetaRow, "derived_stale") is not None


# --------------------------------------------------------------------------- reading facts

FACTS, SOURCES, MEMBERSHIPS, MOVES = (FactRow.__table__, FactSourceRow.__table__, MembershipRow.__table__,
                                     MoveRow.__table__)


def _fact_ids(f: FactFilter):
    """The ids (and days) of the facts a filter selects, and the day column to order by. A party
    question starts from ``fact_parties`` by index, so a page of a party's facts reads only that page."""
    if f.party is not None:
        fp = FactPartyRow
        query = select(fp.fact_id.label("id"), fp.day.label("day")).join(FactRow, FactRow.id == fp.fact_id) \
            .where(fp.party == f.party)
        day = fp.day
    else:
        query, day = select(FactRow.id.label("id"), FactRow.day.label("day")), FactRow.day
    if f.types:
        query = query.where(FactRow.type.in_(list(f.types)))
    if f.subject is not None:
        query = query.where(FactRow.subject == f.subject)
    if f.since is not None:
        query = query.where(day >= f.since)
    if f.until is not None:  # a bounded act may lie in the window if its span starts by its end
        after = fp.date_after if f.party is not None else FactRow.date_after
        query = query.where(or_(after.is_(None), after <= f.until), day.is_not(None))
    if f.status is not None:
        query = query.where(FactRow.status == f.status)
    if f.min_sources:
        query = query.where(FactRow.source_count >= f.min_sources)
    if f.action is not None:
        query = query.where(FactRow.action == f.action)
    return query, day


def find_facts(session: Session, f: FactFilter = FactFilter(), limit: int | None = None,
               offset: int = 0) -> list[Fact]:
    """Facts matching the filter, by day (undated last) then id, with their sources.

    Dated and undated facts are read by two queries, so that the dated ones come in index order
    (an ``ORDER BY day IS NULL`` would make the database sort every match to return one page).
    """
    if f.subject is not None and f.party is None and limit is None and not offset:
        return _facts_read_whole(session, f)
    query, day = _fact_ids(f)
    dated = query.where(day.is_not(None)).order_by(day, query.selected_columns[0])
    undated = query.where(day.is_(None)).order_by(query.selected_columns[0])
    ids = [row[0] for row in session.connection().execute(dated.limit(limit).offset(offset or None))]
    if limit is None or len(ids) < limit:
        skipped = max(0, offset - _count(session, dated)) if offset and not ids else 0
        rest = None if limit is None else limit - len(ids)
        ids += [row[0] for row in session.connection().execute(undated.limit(rest)
                                                  .offset(skipped or None))]
    return facts_by_ids(session, ids)


def newest_facts(session: Session, f: FactFilter, limit: int) -> list[Fact]:
    """The ``limit`` facts matching the filter with the latest days (dated facts only), newest first: what a
    feed of the record offers its subscribers."""
    query, day = _fact_ids(f)
    latest = query.where(day.is_not(None)).order_by(day.desc(), query.selected_columns[0].desc()).limit(limit)
    return facts_by_ids(session, [row[0] for row in session.connection().execute(latest)])


def _count(session: Session, query: Select) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def facts_by_ids(session: Session, ids: Sequence[str]) -> list[Fact]:
    """These facts, in this order, with their sources (unknown ids left out)."""
    found: dict[str, Fact] = {}
    for some in _chunks(list(ids)):
        found.update((fact.id, fact) for fact in _with_sources(session, FACTS.c.id.in_(some)))
    return [found[i] for i in ids if i in found]


def _facts_read_whole(session: Session, f: FactFilter) -> list[Fact]:
    """Every fact of one subject matching the filter, in `find_facts` order, by one query: a person's
    facts are few, so sorting them costs nothing, and a person's page is the most asked question."""
    if f == FactFilter(types=f.types, subject=f.subject):  # a person's timeline: one statement, built once
        types = {"types": list(f.types)} if f.types else {}
        return _facts_with_sources(session, _subject_statement(bool(f.types)), {"subject": f.subject, **types})
    return _with_sources(session, _fact_ids(f)[0].whereclause, order=(FACTS.c.day.is_(None), FACTS.c.day, FACTS.c.id))


@lru_cache(maxsize=4)
def _subject_statement(typed: bool) -> Select:
    """A subject's facts (of some types) with their sources, in `find_facts` order, values as parameters."""
    where = FACTS.c.subject == bindparam("subject")
    if typed:
        where = and_(where, FACTS.c.type.in_(bindparam("types", expanding=True)))
    return _sources_statement(where, (FACTS.c.day.is_(None), FACTS.c.day, FACTS.c.id))


def _with_sources(session: Session, where, order: tuple = (FACTS.c.id,)) -> list[Fact]:
    """The facts ``where`` selects, in ``order``, each with its sources (read by the same query, the
    fact's row repeated beside each source)."""
    return _facts_with_sources(session, _sources_statement(where, order), {})


def _sources_statement(where, order: tuple) -> Select:
    s = SOURCES.c
    return select(FACTS, s.event_id, s.doc, s.article_id, s.date.label("source_date"), s.published,
                  s.status.label("source_status"), s.sentence) \
        .select_from(FACTS.outerjoin(SOURCES, s.fact_id == FACTS.c.id)).where(where).order_by(*order, s.position)


def _facts_with_sources(session: Session, query: Select, values: dict) -> list[Fact]:
    rows: dict[str, object] = {}
    sources: dict[str, list[Source]] = defaultdict(list)
    for r in session.connection().execute(query, values).all():  # Core rows: no ORM step for plain columns
        if r.id not in rows:
            rows[r.id] = r
        if r.event_id is not None:
            sources[r.id].append(Source(r.event_id, r.doc, r.article_id, r.source_date, r.published,
                                        r.source_status, r.sentence))
    return [_fact(r, tuple(sources[i])) for i, r in rows.items()]


def count_facts(session: Session, f: FactFilter = FactFilter()) -> int:
    """How many facts match the filter (for pagination)."""
    return _count(session, _fact_ids(f)[0])


def fact_by_id(session: Session, fact_id: str) -> Fact | None:
    found = facts_by_ids(session, [fact_id])
    return found[0] if found else None


def fact_id_of_event(session: Session, event_id: int) -> str | None:
    return session.scalar(select(FactSourceRow.fact_id).where(FactSourceRow.event_id == event_id).limit(1))


def _fact(r, sources: tuple[Source, ...]) -> Fact:
    return Fact(id=r.id, type=r.type, subject=r.subject, name=r.name, party=r.party, post=r.post,
                counterpart=r.counterpart, action=r.action, house=r.house, seats=r.seats, scope=r.scope, date=r.date,
                first_reported=r.first_reported, status=r.status, conflict=bool(r.conflict), sources=sources,
                confirmed=bool(r.confirmed), date_after=r.date_after, date_before=r.date_before,
                first_doc=r.first_doc, first_url=r.first_url)


# --------------------------------------------------------------------------- reading memberships and moves

def find_memberships(session: Session, person: str | None = None, party: str | None = None,
                     on: str | None = None, started: tuple[str | None, str | None] | None = None,
                     ended: tuple[str | None, str | None] | None = None, *, order: str = "person",
                     limit: int | None = None, offset: int = 0, possible: bool = False) -> list[Membership]:
    """Memberships of a person and/or party; ``on`` keeps those covering a day (with ``possible``: those
    that may cover it, their start only bounded -- on or before a later day, on or after ``start_after``
    or with no earlier bound), ``started`` / ``ended`` those whose start / end lies in an inclusive window.
    ``order``: ``person`` (person, party, then the spans in order), ``name``, ``latest_start`` or
    ``latest_end`` (newest first)."""
    shape, values = _membership_filter(person, party, on, started, ended, possible)
    if limit is not None:
        values["limit"] = limit
    if offset:
        values["offset"] = offset
    query = _membership_statement(False, shape, order, limit is not None, bool(offset))
    rows = session.connection().execute(query, values).all()
    return [Membership(pid, name, party_, start, bool(start_certain), end, bool(end_certain), opened_by, closed_by,
                       bool(disputed), start_after, end_after)
            for pid, name, party_, start, start_certain, end, end_certain, opened_by, closed_by, disputed, start_after,
            end_after in rows]


def count_memberships(session: Session, person: str | None = None, party: str | None = None,
                      on: str | None = None, started: tuple[str | None, str | None] | None = None,
                      ended: tuple[str | None, str | None] | None = None, possible: bool = False) -> int:
    """How many memberships `find_memberships` would return (for pagination)."""
    shape, values = _membership_filter(person, party, on, started, ended, possible)
    return session.connection().execute(_membership_statement(True, shape), values).scalar() or 0


def _membership_filter(person: str | None, party: str | None, on: str | None,
                       started: tuple[str | None, str | None] | None,
                       ended: tuple[str | None, str | None] | None, possible: bool = False) -> tuple[tuple, dict]:
    """The shape of a memberships question (which filters it has) and the values of its parameters."""
    given = {"person": person, "party": party, "on": on,
             "started_from": started[0] if started else None, "started_to": started[1] if started else None,
             "ended_from": ended[0] if ended else None, "ended_to": ended[1] if ended else None}
    values = {k: v for k, v in given.items() if v}
    shape = (tuple(sorted(values)), started is not None, ended is not None, possible)
    return shape, values


@lru_cache(maxsize=256)
def _membership_statement(count: bool, shape: tuple, order: str = "person", limit: bool = False,
                          offset: bool = False) -> Select:
    """The statement of a memberships question of this shape, its values left as parameters: built once
    per shape, since building a statement each time was half the time of a party page."""
    names, started, ended, possible = shape
    m = MEMBERSHIPS.c
    query = select(func.count()).select_from(MEMBERSHIPS) if count else select(*MEMBERSHIP_COLUMNS)
    if "person" in names:
        query = query.where(m.person == bindparam("person"))
    if "party" in names:
        query = query.where(m.party == bindparam("party"))
    if "on" in names and possible:
        query = query.where(m.start_certain.is_(False), m.start > bindparam("on"),
                            or_(m.start_after.is_(None), m.start_after <= bindparam("on")),
                            or_(m.end.is_(None), m.end > bindparam("on")))
    elif "on" in names:
        query = query.where(or_(m.start.is_(None), m.start <= bindparam("on")),
                            or_(m.end.is_(None), m.end > bindparam("on")))
    for column, window, name in ((m.start, started, "started"), (m.end, ended, "ended")):
        if window:
            query = query.where(column.is_not(None))
            query = query.where(column >= bindparam(f"{name}_from")) if f"{name}_from" in names else query
            query = query.where(column <= bindparam(f"{name}_to")) if f"{name}_to" in names else query
    if count:
        return query
    query = query.order_by(*MEMBERSHIP_ORDERS[order])
    query = query.limit(bindparam("limit", type_=Integer)) if limit else query
    return query.offset(bindparam("offset", type_=Integer)) if offset else query


_m = MEMBERSHIPS.c
MEMBERSHIP_COLUMNS = (_m.person, _m.name, _m.party, _m.start, _m.start_certain, _m.end, _m.end_certain,
                      _m.opened_by, _m.closed_by, _m.disputed, _m.start_after, _m.end_after)
MEMBERSHIP_ORDERS = {"person": (_m.person, _m.party, _m.id), "name": (_m.name, _m.person, _m.id),
                     "latest_start": (_m.start.desc(), _m.id.desc()), "latest_end": (_m.end.desc(), _m.id.desc())}


def membership_steps(session: Session, party: str) -> dict[str, list[tuple[str | None, int]]]:
    """A party's memberships counted by day, for the counts of any day by cumulative sums:
    ``starts`` by start day (None: undated), ``ends`` by end day, and ``exits`` by the day a membership
    stops covering days -- its end, or its start when that is later (a span dated backwards never covers)."""
    m = MEMBERSHIPS.c
    exit_day = case((and_(m.start.is_not(None), m.start > m.end), m.start), else_=m.end)
    out = {}
    for name, day, where in (("starts", m.start, None), ("ends", m.end, m.end.is_not(None)),
                             ("exits", exit_day, m.end.is_not(None))):
        query = select(day, func.count()).where(m.party == party)
        query = query.where(where) if where is not None else query
        out[name] = [(d, n) for d, n in session.connection().execute(query.group_by(day))]
    return out


def membership_years(session: Session) -> list[tuple[str, str, int, int]]:
    """(party, year, memberships that began, memberships that ended) for every party and year with either."""
    m = MEMBERSHIPS.c
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for slot, column in enumerate((m.start, m.end)):
        year = func.substr(column, 1, 4)
        query = select(m.party, year, func.count()).where(column.is_not(None)).group_by(m.party, year)
        for party, when, n in session.connection().execute(query):
            out[(party, when)][slot] = n
    return [(party, when, joined, left) for (party, when), (joined, left) in sorted(out.items())]


def move_names(session: Session, since: str | None = None, until: str | None = None,
               per_cell: int = 50) -> list[tuple[str, str, str]]:
    """(from party, to party, name) of the latest ``per_cell`` moves of each cell of the window, newest
    first, without sorting every move of a wide window.

    SQLite reads each cell by a short backward range of its index (``ix_moves_cell``): a statement
    costs it little. A server database pays a round trip per statement, so PostgreSQL numbers the
    window's moves per cell in one statement (a window function) instead. At a million events, the
    flows of a year: SQLite 50 -> 15 ms read cell by cell; PostgreSQL 42 ms this way, 53 cell by cell."""
    mv = MOVES.c
    if session.get_bind().dialect.name != "sqlite":
        rank = func.row_number().over(partition_by=(mv.from_party, mv.to_party),
                                      order_by=(mv.left_on.desc(), mv.id.desc())).label("rank")
        ranked = _window(select(mv.from_party, mv.to_party, mv.name, rank), since, until).subquery()
        return [(a, b, name) for a, b, name in session.connection().execute(
            select(ranked.c.from_party, ranked.c.to_party, ranked.c.name).where(ranked.c.rank <= per_cell))]
    latest = select(mv.name).where(mv.from_party == bindparam("a"), mv.to_party == bindparam("b"))
    latest = _window(latest, since, until).order_by(mv.left_on.desc(), mv.id.desc()).limit(per_cell)
    connection = session.connection()
    return [(a, b, name) for a, b, _n, _k in move_counts(session, since, until)
            for (name,) in connection.execute(latest, {"a": a, "b": b})]


def cell_names(session: Session, from_party: str, to_party: str, since: str | None = None,
               until: str | None = None, limit: int = 50, offset: int = 0) -> list[str]:
    """A page of the names of one flows cell (the moves from one party to another whose leave may lie in
    the window), latest first as `move_names` gives the first page: the rest of a cell on request, so
    a window whose cells hold thousands of bounded leaves need not list them all at once."""
    mv = MOVES.c
    query = select(mv.name).where(mv.from_party == from_party, mv.to_party == to_party)
    query = _window(query, since, until).order_by(mv.left_on.desc(), mv.id.desc()).limit(limit).offset(offset or None)
    return [name for (name,) in session.connection().execute(query)]


def cell_count(session: Session, from_party: str, to_party: str, since: str | None = None,
               until: str | None = None) -> int:
    """How many moves one flows cell holds in the window (the total `cell_names` pages through)."""
    mv = MOVES.c
    query = select(func.count()).where(mv.from_party == from_party, mv.to_party == to_party)
    return session.connection().execute(_window(query, since, until)).scalar() or 0


def _window(query: Select, since: str | None, until: str | None) -> Select:
    """Moves whose leave may lie in the window (inclusive; open bounds when None): a stated day in it, or a
    bounded leave whose span (``left_after`` to ``left_on``) meets it."""
    query = query.where(MOVES.c.left_on >= since) if since else query
    return query.where(or_(MOVES.c.left_after.is_(None), MOVES.c.left_after <= until),
                       or_(MOVES.c.exact.is_(False), MOVES.c.left_on <= until)) if until else query


def find_persons(session: Session, text: str | None = None, limit: int | None = None,
                 offset: int = 0) -> tuple[list[tuple[str, str, list[str]]], int]:
    """Persons (id, name, aliases) whose name or an alias contains ``text`` (any case), by name; and how many."""
    query = select(PersonRow.id, PersonRow.name, PersonRow.aliases)
    count = select(func.count()).select_from(PersonRow)
    if text:
        needle = text.lower()  # % and _ are letters here, not wildcards (autoescape)
        match = or_(func.lower(PersonRow.name).contains(needle, autoescape=True), func.lower(PersonRow.id) == needle,
                    func.lower(sa_cast(PersonRow.aliases, Text)).contains(needle, autoescape=True))
        query, count = query.where(match), count.where(match)
    rows = session.connection().execute(query.order_by(func.lower(PersonRow.name), PersonRow.id).limit(limit)
                           .offset(offset or None))
    return [(pid, name, list(aliases or [])) for pid, name, aliases in rows], session.scalar(count) or 0


def move_counts(session: Session, since: str | None = None,
                until: str | None = None) -> list[tuple[str, str, int, int]]:
    """(from party, to party, people, people whose leave has a stated day) of the moves whose leave may lie
    in the window, counted by the database."""
    mv = MOVES.c
    exact = func.count(func.distinct(case((mv.exact.is_(True), mv.person))))
    query = _window(select(mv.from_party, mv.to_party, func.count(func.distinct(mv.person)), exact), since, until)
    query = query.group_by(mv.from_party, mv.to_party).order_by(mv.from_party, mv.to_party)
    return [(a, b, n, k) for a, b, n, k in session.connection().execute(query)]


def find_moves(session: Session, since: str | None = None, until: str | None = None) -> list[Move]:
    """Moves whose leave may lie in the inclusive window (`_window`), by day (or latest day) of leaving."""
    query = _window(select(MOVES), since, until)
    return [Move(r.person, r.name, r.from_party, r.to_party, r.left_on, r.leave_fact, r.join_fact, bool(r.exact),
                 r.left_after)
            for r in session.connection().execute(query.order_by(MOVES.c.left_on, MOVES.c.id))]


def coalition_facts(session: Session, on: str) -> list[Fact]:
    """Coalition joins and leaves between two parties reported as fact or possible, dated on or before ``on``,
    without their sources (the coalition state needs only the pairs and the fact ids)."""
    c = FACTS.c
    query = select(FACTS).where(c.type == "coalition", c.action.in_(("join", "leave")), c.counterpart.is_not(None),
                                c.status != "denied", c.day.is_not(None), c.day <= on)
    return [_fact(r, ()) for r in session.connection().execute(query.order_by(c.day, c.id))]


def party_tie_facts(session: Session) -> list[Fact]:
    """Coalition joins, leaves and rejections between two parties reported as fact, with their sources: what
    governments are derived from (`record.governments`). An indexed read of those acts alone, not of every
    coalition act (a record of a million events holds hundreds of thousands of them without a counterpart)."""
    c = FACTS.c
    query = select(c.id).where(c.type == "coalition", c.action.in_(("join", "leave", "reject")),
                               c.counterpart.is_not(None), c.status == "fact")
    return facts_by_ids(session, [row[0] for row in session.connection().execute(query.order_by(c.day, c.id))])


# --------------------------------------------------------------------------- finding a person fast

def person_by_name(session: Session, name: str) -> str | None:
    """A person id by exact stored name, else by an event actor written exactly so; None if neither."""
    found = session.scalar(select(PersonRow.id).where(PersonRow.name == name).limit(1))
    if found is not None:
        return found
    return session.scalar(select(EventRow.person_id).where(EventRow.actor == name, EventRow.person_id.is_not(None),
                                                           EventRow.type.in_(PERSON_TYPES)).limit(1))


def person_exists(session: Session, pid: str) -> bool:
    return session.scalar(select(PersonRow.id).where(PersonRow.id == pid)) is not None
