"""Queries of articles, events, persons and corrections (SQL lives only in ``store/``: here, `derived`
for the derived tables, `listing` for paged listings).

Rows go in as typed records (`Article`, `Event`) and come out as typed
records (`StoredEvent`, `ArticleSource`); ORM rows stay inside ``store/``.
"""
from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session

from ..model import Article, Event, Evidence
from .models import ArticleRow, CorrectionRow, EventRow, FactRow, FactSourceRow, PersonRow


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored: its row id, the event record, and what the store adds to it."""

    id: int
    event: Event
    article_id: int
    person_id: str | None
    extractor_version: str
    latest_day: str | None = None   # the latest day the act can have happened (its day when exact)

    @property
    def date_kind(self) -> str:
        return self.event.date_kind


@dataclass(frozen=True)
class ArticleSource:
    """Where an event was reported: the article and the sentence in it."""

    article_id: int
    doc: str
    url: str | None
    title: str | None
    published: date | None
    source: str | None
    sentence: str
    start: int
    end: int


def content_hash(text: str) -> str:
    """The identity of an article: sha256 of its text, so the same text is stored once."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --------------------------------------------------------------------------- writing

def add_article(session: Session, article: Article, events: Iterable[Event], extractor_version: str) -> ArticleRow:
    """Stage an article and its events in the session; the caller commits both together."""
    row = ArticleRow(doc=article.doc, url=article.url, title=article.title, published=article.published,
                     source=article.source, content_hash=content_hash(article.text), text=article.text,
                     text_offset=article.offset, extractor_version=extractor_version,
                     ingested_at=datetime.now(timezone.utc))
    row.events = [_event_row(event, extractor_version, published=article.published) for event in events]
    session.add(row)
    return row


def replace_events(session: Session, article_id: int, events: Iterable[Event], extractor_version: str) -> int:
    """Swap an article's events for new ones (same transaction: all or nothing); returns how many."""
    session.execute(delete(EventRow).where(EventRow.article_id == article_id))
    article = session.get(ArticleRow, article_id)
    published = article.published if article is not None else None
    rows = [_event_row(event, extractor_version, article_id, published) for event in events]
    session.add_all(rows)
    if article is not None:
        article.extractor_version = extractor_version
    session.flush()
    return len(rows)


def replace_article(session: Session, article_id: int, article: Article, events: Iterable[Event],
                    extractor_version: str) -> int:
    """An article read again with new text: its text, metadata and events swapped in the caller's transaction."""
    row = session.get(ArticleRow, article_id)
    row.text, row.content_hash, row.text_offset = article.text, content_hash(article.text), article.offset
    row.title, row.published, row.url, row.source = article.title, article.published, article.url, article.source
    row.ingested_at = datetime.now(timezone.utc)
    return replace_events(session, article_id, events, extractor_version)


def _event_row(event: Event, extractor_version: str, article_id: int | None = None,
               published: date | None = None) -> EventRow:
    """The row of an event; person_id stays NULL until entity resolution fills it. Its span in time: the
    stated day, else the bounds its text gives, else on or before its article's publication."""
    ev = event.evidence
    after, before = act_span(event, published)
    row = EventRow(doc=event.doc, type=event.type, actor=event.actor, party=event.party,
                   counterpart=event.counterpart, action=event.action, scope=event.scope, post=event.post,
                   seats=event.seats, house=event.house, date=event.date, date_kind=event.date_kind,
                   date_after=after, date_before=before, status=event.status,
                   confidence=event.confidence, evidence_sentence=ev.sentence, evidence_start=ev.start,
                   evidence_end=ev.end, rule=ev.rule, extractor_version=extractor_version,
                   party_name=event.party_name, counterpart_name=event.counterpart_name)
    if article_id is not None:
        row.article_id = article_id
    return row


def act_span(event: Event, published: date | None) -> tuple[str | None, str | None]:
    """(on or after, on or before) of an act: its day twice when stated, else its text's bounds, else
    (None, its report's publication)."""
    if event.date:
        return event.date, event.date
    if event.date_after or event.date_before:
        return event.date_after, event.date_before
    return None, published.isoformat() if published else None


# --------------------------------------------------------------------------- reading

def stored_hashes(session: Session, hashes: Sequence[str]) -> set[str]:
    """Which of these content hashes are already stored (one query for a batch)."""
    if not hashes:
        return set()
    found = session.scalars(select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(hashes)))
    return set(found)


def article_ids(session: Session) -> list[int]:
    """Every stored article id, in storage order."""
    return list(session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))


def load_articles(session: Session, ids: Sequence[int]) -> list[tuple[int, Article]]:
    """Stored articles as records, rebuilt exactly as they were read (text, offset, date ...)."""
    rows = session.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids)).order_by(ArticleRow.id))
    return [(row.id, _article(row)) for row in rows]


def article_events(session: Session, article_id: int) -> list[Event]:
    """An article's events, in the order they were stored."""
    rows = session.scalars(select(EventRow).where(EventRow.article_id == article_id).order_by(EventRow.id))
    return [_event(row) for row in rows]


def iter_record(session: Session) -> Iterator[tuple[Article, list[Event]]]:
    """Every stored article with its events, in storage order."""
    for row in session.scalars(select(ArticleRow).order_by(ArticleRow.id)):
        yield _article(row), [_event(e) for e in row.events]


def find_events(session: Session, type: str | None = None, party: str | None = None, person: str | None = None,
                since: str | date | None = None, until: str | date | None = None, status: str | None = None,
                limit: int | None = None, min_sources: int | None = None, offset: int = 0,
                latest_first: bool = False, exclude: Collection[int] = ()) -> list[StoredEvent]:
    """Events matching every filter given, by date then id (``latest_first``: the reverse; undated last).

    ``party`` matches the event's party, its counterpart (a coalition partner) or the party acting in a
    coalition or seat act; ``person`` matches a resolved person id exactly or, case-insensitively, part
    of the actor's name; ``since``/``until`` are inclusive ISO dates and keep every event that may have
    happened in the window (`within`: bounded ones too, their ``date_kind`` says which are exact);
    ``min_sources`` keeps events whose fact (the act across articles) has at least that many sources;
    ``exclude``: event ids left out (the rejected ones).
    """
    query = _event_query(session, select(EventRow), type, person, since, until, status, min_sources)
    query = query.where(EventRow.id.not_in(exclude)) if exclude else query
    branches = _party_branches(query, party)
    return [_stored(row) for row in _page(session, branches, limit, offset, latest_first)]


def count_events(session: Session, type: str | None = None, party: str | None = None, person: str | None = None,
                 since: str | date | None = None, until: str | date | None = None, status: str | None = None,
                 min_sources: int | None = None) -> int:
    """How many events `find_events` would return with these filters (for pagination)."""
    query = _event_query(session, select(func.count(EventRow.id)), type, person, since, until, status, min_sources)
    return sum(session.scalar(branch) or 0 for branch in _party_branches(query, party))


def _event_query(session: Session, query: Select, type: str | None, person: str | None, since, until,
                 status: str | None, min_sources: int | None) -> Select:
    if type:
        query = query.where(EventRow.type == type)
    if person and session.get(PersonRow, person) is not None:
        query = query.where(EventRow.person_id == person)  # a person id: the index answers
    elif person:
        query = query.where(or_(EventRow.person_id == person, func.lower(EventRow.actor).contains(person.lower(), autoescape=True)))
    query = within(query, since, until)
    if status:
        query = query.where(EventRow.status == status)
    if min_sources and min_sources > 1:
        corroborated = select(FactSourceRow.event_id).join(FactRow, FactRow.id == FactSourceRow.fact_id) \
            .where(FactRow.source_count >= min_sources)
        query = query.where(EventRow.id.in_(corroborated))
    return query


def within(query: Select, since, until) -> Select:
    """Events that may have happened in the inclusive window: their span (a stated day, a span the text
    gives, or "on or before" the report) meets it. An act with no day, no bound and no dated report cannot be
    placed and is in no window."""
    if since:
        query = query.where(EventRow.date_before >= str(since))
    if until:
        query = query.where(or_(EventRow.date_after.is_(None), EventRow.date_after <= str(until)),
                            EventRow.date_before.is_not(None))
    return query


def _party_branches(query: Select, party: str | None) -> list[Select]:
    """An event involves a party as its party, its coalition counterpart, or as the acting party of a
    coalition or seat act: three disjoint, indexed queries instead of an OR no index can serve."""
    if not party:
        return [query]
    not_party = or_(EventRow.party.is_(None), EventRow.party != party)
    not_counterpart = or_(EventRow.counterpart.is_(None), EventRow.counterpart != party)
    return [query.where(EventRow.party == party),
            query.where(EventRow.counterpart == party, not_party),
            query.where(EventRow.actor == party, EventRow.type.in_(PARTY_ACTS), not_party, not_counterpart)]


PARTY_ACTS = ("coalition", "seat_result")


def _page(session: Session, branches: list[Select], limit: int | None, offset: int,
          latest_first: bool = False) -> list[EventRow]:
    """Rows of the union of ``branches`` by the latest day each act can have happened (its day when exact,
    else its bound; unplaceable last) then id, ``offset`` skipped, ``limit`` kept.

    Each branch is read dated and undated apart, each in index order and cut at ``limit + offset``, so a
    page costs about its own size however many events match.
    """
    cut = None if limit is None else limit + (offset or 0)
    day = EventRow.date_before
    on_date = (day.desc(), EventRow.id.desc()) if latest_first else (day, EventRow.id)
    by_id = EventRow.id.desc() if latest_first else EventRow.id
    dated: list[EventRow] = []
    undated: list[EventRow] = []
    for branch in branches:
        dated += session.scalars(branch.where(day.is_not(None)).order_by(*on_date).limit(cut)).all()
        undated += session.scalars(branch.where(day.is_(None)).order_by(by_id).limit(cut)).all()
    rows = sorted(dated, key=lambda r: (r.date_before, r.id), reverse=latest_first) \
        + sorted(undated, key=lambda r: r.id, reverse=latest_first)
    return rows[offset or 0:None if limit is None else (offset or 0) + limit]


def article_sources(session: Session, event_id: int) -> list[ArticleSource]:
    """The article(s) an event was read from, with the sentence; empty for an unknown event."""
    query = select(EventRow, ArticleRow).join(ArticleRow, EventRow.article_id == ArticleRow.id) \
        .where(EventRow.id == event_id)
    return [ArticleSource(article_id=a.id, doc=a.doc, url=a.url, title=a.title, published=a.published,
                          source=a.source, sentence=e.evidence_sentence, start=e.evidence_start, end=e.evidence_end)
            for e, a in session.execute(query)]


def count_rows(session: Session) -> dict[str, int]:
    """How many rows each table of the record holds."""
    tables = {"articles": ArticleRow, "events": EventRow, "persons": PersonRow, "corrections": CorrectionRow}
    return {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in tables.items()}


def unregistered_party(session: Session, name: str) -> tuple[str, str] | None:
    """(code, name) of a party that stored events name but the registry lacks, given its made-up code
    (any case) or its name; the fullest name the record holds. None when no event names it."""
    for code_col, name_col in ((EventRow.party, EventRow.party_name),
                               (EventRow.counterpart, EventRow.counterpart_name)):
        found = session.execute(
            select(code_col, name_col).where(name_col.is_not(None))
            .where(or_(func.upper(code_col) == name.strip().upper(), func.lower(name_col) == name.strip().lower()))
            .order_by(func.length(name_col).desc(), name_col).limit(1)).first()
        if found is not None:
            return found[0], found[1]
    return None


# --------------------------------------------------------------------------- rows -> records

def _article(row: ArticleRow) -> Article:
    return Article(doc=row.doc, text=row.text, published=row.published, title=row.title, url=row.url,
                   source=row.source, offset=row.text_offset)


def _event(row: EventRow) -> Event:
    return Event(doc=row.doc, type=row.type, actor=row.actor, party=row.party, counterpart=row.counterpart,
                 action=row.action, scope=row.scope, post=row.post, seats=row.seats, house=row.house,
                 date=row.date, date_after=row.date_after if row.date_kind == "between" else None,
                 date_before=row.date_before if row.date_kind == "between" else None, status=row.status,
                 confidence=row.confidence,
                 party_name=row.party_name, counterpart_name=row.counterpart_name,
                 evidence=Evidence(row.evidence_sentence, row.evidence_start, row.evidence_end, row.rule))


def _stored(row: EventRow) -> StoredEvent:
    return StoredEvent(id=row.id, event=_event(row), article_id=row.article_id, person_id=row.person_id,
                       extractor_version=row.extractor_version, latest_day=row.date_before)


# --------------------------------------------------------------------------- the derived record (record/derive.py)

@dataclass(frozen=True)
class DatedEvent:
    """A stored event with its article's publication date: the date a report is known "on or before"."""

    stored: StoredEvent
    published: date | None
    url: str | None = None


def dated_events(session: Session, types: Sequence[str] | None = None) -> list[DatedEvent]:
    """Every stored event of these types (all when None) with its article's date, in storage order."""
    events = EventRow.__table__
    query = select(events, ArticleRow.published, ArticleRow.url).join(ArticleRow, events.c.article_id == ArticleRow.id)
    if types:
        query = query.where(events.c.type.in_(list(types)))
    # Core rows, not ORM objects: a full rebuild reads every event, and the ORM's identity map costs half of it
    return [DatedEvent(_stored(row), row.published, row.url) for row in session.execute(query.order_by(events.c.id))]


def get_event(session: Session, event_id: int) -> StoredEvent | None:
    """One stored event by id, or None."""
    row = session.get(EventRow, event_id)
    return _stored(row) if row is not None else None


def person_rows(session: Session) -> list[tuple[str, str, list[str]]]:
    """Every stored person as (id, name, aliases), by id."""
    rows = session.execute(select(PersonRow.id, PersonRow.name, PersonRow.aliases).order_by(PersonRow.id))
    return [(pid, name, list(aliases or [])) for pid, name, aliases in rows]


def upsert_persons(session: Session, persons: Iterable[tuple[str, str, Sequence[str]]]) -> int:
    """Insert or update persons given as (id, name, aliases); ids are kept, so links stay valid."""
    count = 0
    for pid, name, aliases in persons:
        row = session.get(PersonRow, pid)
        if row is None:
            session.add(PersonRow(id=pid, name=name, aliases=list(aliases)))
        elif row.name != name or list(row.aliases or []) != list(aliases):
            row.name, row.aliases = name, list(aliases)
        count += 1
    session.flush()
    return count


def link_persons(session: Session, links: dict[int, str | None]) -> list[tuple[int, str | None, str | None]]:
    """Set ``events.person_id`` for the given event ids; returns the changes as (event id, old, new)."""
    changed: list[tuple[int, str | None, str | None]] = []
    ids = list(links)
    for start in range(0, len(ids), 500):  # bounded IN lists: SQLite caps bound parameters
        for row in session.scalars(select(EventRow).where(EventRow.id.in_(ids[start:start + 500]))):
            if row.person_id != links[row.id]:
                changed.append((row.id, row.person_id, links[row.id]))
                row.person_id = links[row.id]
    session.flush()
    return changed


# --------------------------------------------------------------------------- corrections (record/corrections.py)

EVENT_IDENTITY = ("article", "type", "actor", "party", "post", "counterpart", "action", "start", "end")


@dataclass(frozen=True)
class StoredCorrection:
    """A correction as stored: what a human said, about what, and when."""

    id: int
    kind: str
    target: str
    payload: dict
    created_at: datetime
    note: str | None


def event_identity(session: Session, event_id: int) -> dict | None:
    """What identifies an event across re-extraction (row ids change): its article's content hash, type,
    actor, party, post, counterpart, action and evidence offsets; None for an unknown event."""
    found = session.execute(select(EventRow, ArticleRow.content_hash)
                            .join(ArticleRow, EventRow.article_id == ArticleRow.id)
                            .where(EventRow.id == event_id)).first()
    if found is None:
        return None
    row, digest = found
    return {"article": digest, "type": row.type, "actor": row.actor, "party": row.party, "post": row.post,
            "counterpart": row.counterpart, "action": row.action, "start": row.evidence_start,
            "end": row.evidence_end}


def matching_event_ids(session: Session, identity: dict) -> list[int]:
    """The ids of the stored events with this identity (see `event_identity`), by id."""
    columns = {"type": EventRow.type, "actor": EventRow.actor, "party": EventRow.party, "post": EventRow.post,
               "counterpart": EventRow.counterpart, "action": EventRow.action, "start": EventRow.evidence_start,
               "end": EventRow.evidence_end}
    query = select(EventRow.id).join(ArticleRow, EventRow.article_id == ArticleRow.id) \
        .where(ArticleRow.content_hash == identity.get("article"))
    for key, column in columns.items():
        value = identity.get(key)
        query = query.where(column.is_(None) if value is None else column == value)
    return list(session.scalars(query.order_by(EventRow.id)))


def add_correction(session: Session, kind: str, target: str, payload: dict, note: str | None) -> StoredCorrection:
    """Store a correction (the caller commits); returns it with its id."""
    row = CorrectionRow(kind=kind, target=target, payload=payload, note=note, created_at=datetime.now(timezone.utc))
    session.add(row)
    session.flush()
    return _correction(row)


def correction_rows(session: Session) -> list[StoredCorrection]:
    """Every correction, oldest first."""
    return [_correction(row) for row in session.scalars(select(CorrectionRow).order_by(CorrectionRow.id))]


def delete_correction(session: Session, correction_id: int) -> StoredCorrection | None:
    """Remove one correction; returns it, or None when there is no such id."""
    row = session.get(CorrectionRow, correction_id)
    if row is None:
        return None
    found = _correction(row)
    session.delete(row)
    session.flush()
    return found


def _correction(row: CorrectionRow) -> StoredCorrection:
    return StoredCorrection(id=row.id, kind=row.kind, target=row.target, payload=dict(row.payload or {}),
                            created_at=row.created_at, note=row.note)


def delete_persons(session: Session, ids: Iterable[str]) -> int:
    """Remove persons by id (their events' ``person_id`` becomes NULL until the next resolution)."""
    ids = list(ids)
    if not ids:
        return 0
    session.execute(EventRow.__table__.update().where(EventRow.person_id.in_(ids)).values(person_id=None))
    count = session.execute(delete(PersonRow).where(PersonRow.id.in_(ids))).rowcount or 0
    session.flush()
    return count


def events_with_articles(session: Session) -> list[tuple[StoredEvent, ArticleSource]]:
    """Every stored event with the article it was read from (and its sentence), by event id."""
    query = select(EventRow, ArticleRow).join(ArticleRow, EventRow.article_id == ArticleRow.id).order_by(EventRow.id)
    return [(_stored(e), ArticleSource(article_id=a.id, doc=a.doc, url=a.url, title=a.title, published=a.published,
                                       source=a.source, sentence=e.evidence_sentence, start=e.evidence_start,
                                       end=e.evidence_end))
            for e, a in session.execute(query)]
