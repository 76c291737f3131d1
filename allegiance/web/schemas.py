"""The JSON API under ``/api``: events, facts, persons, parties, memberships, flows, coalitions,
articles, search, and the review actions. Each route parses its parameters, calls one library
function and formats the answer through a pydantic model (the schema lives here, apart from the
domain dataclasses). Lists are paged: ``limit`` (default and cap from the settings) and ``offset``;
answers carry ``items``, ``total``, ``limit`` and ``offset``.
"""
from __future__ import annotations

from datetime import date
from enum import Enum
from fractions import Fraction
from functools import lru_cache
from typing import Generic, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel, Field, TypeAdapter

from ..record import corrections
from ..analyse.house import parse_seat_args
from ..analyse.coalition import INDICES, Coalition
from ..record.query import Fact, Membership, find_fact
from ..model import EVENT_TYPES
from ..store.queries import StoredCorrection, StoredEvent, get_event
from .deps import reading, review_token, writing
from ..store.listing import ArticleRecord, article_page, get_article
from ..analyse.views import (CoalitionView, EventFilter, PersonEntry, coalition_pairs, coalition_view, event_pages,
                    filter_facts, flow_view, membership_list, parties, party_view, person_view, persons, search)

T = TypeVar("T")
MAX_ID = 2**63 - 1  # row ids are 64-bit integers in SQLite and PostgreSQL
EventType = Enum("EventType", {t: t for t in EVENT_TYPES}, type=str)


class Status(str, Enum):
    fact = "fact"
    possible = "possible"
    denied = "denied"


# --------------------------------------------------------------------------- response models

class PageOut(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="How many items match, over all pages.")
    limit: int
    offset: int


class EvidenceOut(BaseModel):
    sentence: str
    start: int = Field(description="Character offset in the article as read (before a leading date line was removed).")
    end: int
    rule: str


class EventOut(BaseModel):
    id: int
    doc: str
    type: str
    actor: str
    party: str | None
    counterpart: str | None
    action: str | None
    scope: str | None
    post: str | None
    seats: int | None
    house: str | None
    date: str | None
    status: str
    confidence: float
    evidence: EvidenceOut
    article_id: int
    person_id: str | None


class SourceOut(BaseModel):
    event_id: int
    doc: str
    article_id: int
    date: str | None
    published: date | None
    status: str
    sentence: str


class FactOut(BaseModel):
    id: str
    type: str
    subject: str
    name: str
    party: str | None
    post: str | None
    counterpart: str | None
    action: str | None
    house: str | None
    seats: int | None
    scope: str | None
    date: str | None
    when: str | None = Field(description="The stated date, else the first report's date (on or before).")
    first_reported: date | None
    status: str
    conflict: bool
    confirmed: bool
    source_count: int
    sources: list[SourceOut]


class MembershipOut(BaseModel):
    person: str
    name: str
    party: str
    start: str | None
    start_certain: bool
    end: str | None
    end_certain: bool
    opened_by: str | None
    closed_by: str | None
    disputed: bool


class PersonOut(BaseModel):
    id: str
    name: str
    aliases: list[str]


class PersonDetail(BaseModel):
    id: str
    name: str
    memberships: list[MembershipOut]
    facts: list[FactOut]


class PartyOut(BaseModel):
    code: str
    name: str
    aliases: list[str]


class PartyDetail(BaseModel):
    party: PartyOut
    on: str
    members: list[MembershipOut] = Field(description="Members on the day, by name (at most limit).")
    joiners: list[MembershipOut] = Field(description="Joined up to the day, latest first (at most limit).")
    leavers: list[MembershipOut] = Field(description="Left up to the day, latest first (at most limit).")
    members_total: int
    joiners_total: int
    leavers_total: int


class FlowOut(BaseModel):
    source: str = Field(description="The party left.")
    target: str = Field(description="The party joined.")
    count: int
    names: list[str] = Field(description="The people who moved (at most the server's cap; count is exact).")


class FlowsOut(BaseModel):
    since: str | None
    until: str | None
    flows: list[FlowOut]


class CoalitionOut(BaseModel):
    members: list[str]
    seats: int
    surplus: int


class IndexValue(BaseModel):
    exact: str = Field(description="The exact value as a fraction, e.g. '3/10'.")
    decimal: float


class CoalitionsOut(BaseModel):
    house: str
    house_name: str
    on: str | None
    seats: dict[str, int]
    seats_from_record: bool
    house_seats: int
    total: int
    quota: int = Field(description="Seats needed to win: the house's majority.")
    majority: int
    excluded: list[str]
    required: list[str]
    apart: list[list[str]] = Field(description="Pairs that ruled each other out in the record.")
    minimal_winning: list[CoalitionOut]
    minimal_winning_count: int
    indices: dict[str, dict[str, IndexValue]] = Field(description="Power of the whole house: index -> party -> value.")
    in_play: dict[str, dict[str, IndexValue]] | None = Field(
        description="Power among the parties not excluded (the quota unchanged); null when they cannot win.")
    in_play_seats: int


class CoalitionStateOut(BaseModel):
    house: str
    scope: str
    on: str
    pairs: list[list[str]]
    facts: list[str]


class ArticleOut(BaseModel):
    id: int
    doc: str
    title: str
    published: date | None
    url: str | None
    events: int


class ArticleDetail(ArticleOut):
    text: str
    text_offset: int = Field(description="Subtract from evidence offsets to index into text.")
    event_list: list[EventOut]


class SearchOut(BaseModel):
    query: str
    persons: list[PersonOut]
    parties: list[PartyOut]


class MergeIn(BaseModel):
    keep: str = Field(max_length=200, description="The person id to keep.")
    other: str = Field(max_length=200, description="The person id whose events go to keep.")
    note: str | None = Field(None, max_length=2000)


class NoteIn(BaseModel):
    note: str | None = Field(None, max_length=2000)


class CorrectionOut(BaseModel):
    id: int
    kind: str
    target: str
    note: str | None


class ErrorOut(BaseModel):
    error: str


# --------------------------------------------------------------------------- formatting

def event_out(s: StoredEvent) -> EventOut:
    e = s.event
    return EventOut(id=s.id, doc=e.doc, type=e.type, actor=e.actor, party=e.party, counterpart=e.counterpart,
                    action=e.action, scope=e.scope, post=e.post, seats=e.seats, house=e.house, date=e.date,
                    status=e.status, confidence=e.confidence,
                    evidence=EvidenceOut(sentence=e.evidence.sentence, start=e.evidence.start, end=e.evidence.end,
                                         rule=e.evidence.rule), article_id=s.article_id, person_id=s.person_id)


def fact_out(f: Fact) -> dict:
    """A fact as the fields of `FactOut`. Items go out as plain dicts that the answer's model validates
    in one pass: a model built per item and per source cost a third of a party page."""
    return {"id": f.id, "type": f.type, "subject": f.subject, "name": f.name, "party": f.party, "post": f.post,
            "counterpart": f.counterpart, "action": f.action, "house": f.house, "seats": f.seats, "scope": f.scope,
            "date": f.date, "when": f.when, "first_reported": f.first_reported, "status": f.status,
            "conflict": f.conflict, "confirmed": f.confirmed, "source_count": f.source_count,
            "sources": [{"event_id": s.event_id, "doc": s.doc, "article_id": s.article_id, "date": s.date,
                         "published": s.published, "status": s.status, "sentence": s.sentence} for s in f.sources]}


def membership_out(m: Membership) -> dict:
    """A membership as the fields of `MembershipOut` (a plain dict, as for `fact_out`)."""
    return {"person": m.person, "name": m.name, "party": m.party, "start": m.start, "start_certain": m.start_certain,
            "end": m.end, "end_certain": m.end_certain, "opened_by": m.opened_by, "closed_by": m.closed_by,
            "disputed": m.disputed}


def person_out(p: PersonEntry) -> PersonOut:
    return PersonOut(id=p.id, name=p.name, aliases=list(p.aliases))


def party_out(p) -> PartyOut:
    return PartyOut(code=p.code, name=p.name, aliases=list(p.aliases))


def article_out(a: ArticleRecord) -> ArticleOut:
    return ArticleOut(id=a.id, doc=a.article.doc, title=a.title, published=a.article.published,
                      url=a.article.url, events=a.events)


def index_values(values: dict[str, Fraction]) -> dict[str, IndexValue]:
    return {p: IndexValue(exact=str(v), decimal=round(float(v), 6)) for p, v in values.items()}


def coalition_out(k: Coalition) -> CoalitionOut:
    return CoalitionOut(members=list(k.members), seats=k.seats, surplus=k.surplus)


def coalitions_out(v: CoalitionView) -> CoalitionsOut:
    return CoalitionsOut(house=v.house, house_name=v.house_name, on=v.on, seats=v.seats,
                         seats_from_record=v.seats_from_record, house_seats=v.house_seats, total=v.total,
                         quota=v.quota, majority=v.quota, excluded=list(v.excluded), required=list(v.required),
                         apart=[list(p) for p in v.apart],
                         minimal_winning=[coalition_out(k) for k in v.minimal_winning],
                         minimal_winning_count=v.minimal_winning_count,
                         indices={i: index_values(v.indices[i]) for i in INDICES},
                         in_play=None if v.in_play is None else {i: index_values(v.in_play[i]) for i in INDICES},
                         in_play_seats=v.in_play_seats)


def correction_out(c: StoredCorrection) -> CorrectionOut:
    return CorrectionOut(id=c.id, kind=c.kind, target=c.target, note=c.note)


def from_page(page, limit: int, offset: int, convert) -> dict:
    """A page the record read (its items and total), converted item by item."""
    return {"items": [convert(x) for x in page.items], "total": page.total, "limit": limit, "offset": offset}


def answer(value, model) -> Response:
    """``value`` as JSON of ``model``, serialized here, in the route's worker thread.

    A sync route returning a model would have FastAPI validate and serialize it in another worker
    thread, after the route and before the request's session closes: under load every thread could be
    a route waiting for a database connection that such a request still holds, and the server would
    stop. Returned as a response, nothing more runs in a thread after the route (`deps.reading`)."""
    adapter = _adapter(model)
    return Response(adapter.dump_json(adapter.validate_python(value)), media_type="application/json")


@lru_cache(maxsize=None)
def _adapter(model) -> TypeAdapter:
    return TypeAdapter(model)


# --------------------------------------------------------------------------- routes

ERRORS = {404: {"model": ErrorOut, "description": "Unknown id or name"},
          422: {"model": ErrorOut, "description": "Bad parameter (the message says which and why)"}}
REVIEW_ERRORS = {**ERRORS, 401: {"model": ErrorOut, "description": "Missing or wrong review token"},
                 403: {"model": ErrorOut, "description": "Review disabled: no token configured"}}


def make_api_router(settings) -> APIRouter:
    """The ``/api`` routes, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter(prefix="/api", responses=ERRORS)
    limit_q = Query(settings.default_limit, ge=1, le=settings.max_limit, description="Items per page.")
    offset_q = Query(0, ge=0, le=10_000_000, description="Items to skip.")
    since_q = Query(None, description="On or after this ISO date (YYYY-MM-DD).")
    until_q = Query(None, description="On or before this ISO date (YYYY-MM-DD).")
    text_q = Query(None, max_length=200)

    @router.get("/events", response_model=PageOut[EventOut], tags=["record"])
    def events(request: Request, type: EventType | None = Query(None, description="Event type."),
               party: str | None = Query(None, max_length=64, description="Party (as party or coalition counterpart)."),
               person: str | None = Query(None, max_length=200, description="Person id, or part of the actor's name."),
               since: date | None = since_q, until: date | None = until_q, status: Status | None = None,
               min_sources: int = Query(1, ge=1, le=1000, description="Only acts reported by at least N articles."),
               limit: int = limit_q, offset: int = offset_q):
        """Stored events, as extracted, by date then id; every event names its article and sentence."""
        with reading(request) as session:
            where = EventFilter(type.value if type else None, party, person, since, until,
                                status.value if status else None, min_sources)
            return answer(from_page(event_pages(session, where, limit, offset), limit, offset, event_out),
                          PageOut[EventOut])

    @router.get("/events/{event_id}", response_model=EventOut, tags=["record"])
    def event(request: Request, event_id: int = Path(ge=1, le=MAX_ID)):
        """One stored event."""
        with reading(request) as session:
            found = get_event(session, event_id)
            if found is None:
                raise HTTPException(404, f"no event {event_id} in the record")
            return answer(event_out(found), EventOut)

    @router.get("/facts", response_model=PageOut[FactOut], tags=["record"])
    def facts(request: Request, type: EventType | None = Query(None, description="Fact type."),
              party: str | None = Query(None, max_length=64, description="Party, coalition counterpart or actor."),
              person: str | None = Query(None, max_length=200, description="Person id or any spelling of a name."),
              since: date | None = since_q, until: date | None = until_q, status: Status | None = None,
              min_sources: int = Query(1, ge=1, le=1000, description="At least this many reporting articles."),
              limit: int = limit_q, offset: int = offset_q):
        """Acts merged across articles, each with every source; filters as for events, plus min_sources."""
        with reading(request) as session:
            page = filter_facts(session, type.value if type else None, party, person, since, until,
                                status.value if status else None, min_sources, limit, offset)
            return answer(from_page(page, limit, offset, fact_out), PageOut[FactOut])

    @router.get("/facts/{fact_id}", response_model=FactOut, tags=["record"])
    def fact(request: Request, fact_id: str = Path(max_length=64)):
        """One fact by id (f-...)."""
        with reading(request) as session:
            found = find_fact(session, fact_id)
            if found is None:
                raise HTTPException(404, f"no fact {fact_id!r} in the record; fact ids start with f-")
            return answer(fact_out(found), FactOut)

    @router.get("/persons", response_model=PageOut[PersonOut], tags=["record"])
    def person_list(request: Request, q: str | None = text_q, limit: int = limit_q, offset: int = offset_q):
        """Persons of the record by name; q keeps those whose name or an alias contains it."""
        with reading(request) as session:
            return answer(from_page(persons(session, q, limit, offset), limit, offset, person_out),
                          PageOut[PersonOut])

    @router.get("/persons/{person}", response_model=PersonDetail, tags=["record"])
    def person(request: Request,
               person: str = Path(max_length=200, description="A person id or any spelling of the name.")):
        """A person's memberships and facts (timeline) with their sources."""
        with reading(request) as session:
            view = person_view(session, person, reports=False)
        return answer(PersonDetail(id=view.id, name=view.name,
                                   memberships=[membership_out(m) for m in view.memberships],
                                   facts=[fact_out(f) for f in view.facts]), PersonDetail)

    @router.get("/parties", response_model=list[PartyOut], tags=["record"])
    def party_list(q: str | None = text_q):
        """The country's parties; q keeps those whose code, name or an alias contains it."""
        return answer([party_out(p) for p in parties(settings.country, q)], list[PartyOut])

    @router.get("/parties/{code}", response_model=PartyDetail, tags=["record"])
    def party(request: Request, code: str = Path(max_length=64),
              on: date | None = Query(None, description="Default: today."),
              limit: int = Query(settings.default_limit, ge=1, le=settings.max_limit,
                                 description="Items per list (the totals are exact).")):
        """A party's members on a day, and everyone who joined or left it up to that day."""
        with reading(request) as session:
            view = party_view(session, code, on or date.today(), settings.country, request.app.state.memo, limit)
        return answer(PartyDetail(party=party_out(view.party), on=view.on,
                                  members=[membership_out(m) for m in view.members],
                                  joiners=[membership_out(m) for m in view.joiners],
                                  leavers=[membership_out(m) for m in view.leavers], members_total=view.members_total,
                                  joiners_total=view.joiners_total, leavers_total=view.leavers_total), PartyDetail)

    @router.get("/memberships", response_model=PageOut[MembershipOut], tags=["record"])
    def memberships(request: Request, party: str | None = Query(None, max_length=64),
                    person: str | None = Query(None, max_length=200),
                    on: date | None = Query(None, description="Only memberships covering this day."),
                    limit: int = limit_q, offset: int = offset_q):
        """Memberships (person in party from start to end), from the facts."""
        with reading(request) as session:
            page = membership_list(session, settings.country, party, person, on, limit, offset)
            return answer(from_page(page, limit, offset, membership_out), PageOut[MembershipOut])

    @router.get("/flows", response_model=FlowsOut, tags=["record"])
    def flows(request: Request, since: date | None = Query(None, description="Leaves on or after this ISO date."),
              until: date | None = Query(None, description="Leaves on or before this ISO date.")):
        """Who left which party for which in the window: one link per pair of parties."""
        with reading(request) as session:
            view = flow_view(session, since, until, settings.flow_names)
            return answer(FlowsOut(since=view.since, until=view.until,
                                   flows=[FlowOut(source=f.source, target=f.target, count=f.count, names=f.names)
                                          for f in view.flows]), FlowsOut)

    @router.get("/coalitions", response_model=CoalitionsOut, tags=["coalitions"])
    def coalitions(request: Request, house: str = Query("NA", max_length=64, description="House code or name."),
                   on: date | None = Query(None, description="Seats and rejections as the record stood on this day."),
                   seat: list[str] = Query([], max_length=100, description="PARTY=N; repeat; default: the record's."),
                   require: list[str] = Query([], max_length=100, description="A party that must be in."),
                   exclude: list[str] = Query([], max_length=100, description="A party that stays out.")):
        """Seats, majority, minimal winning coalitions (the record's rejections respected) and the four
        power indices, exactly (fractions) and as decimals."""
        with reading(request) as session:
            seats = parse_seat_args(seat, {}) if seat else None
            view = coalition_view(session, house, on, seats, require, exclude, settings.country,
                                  settings.max_coalitions, settings.shown_coalitions)
            return answer(coalitions_out(view), CoalitionsOut)

    @router.get("/coalition-state", response_model=CoalitionStateOut, tags=["coalitions"])
    def coalition_state(request: Request, house: str = Query("NA", max_length=64), on: date | None = Query(None)):
        """Which parties govern together in a house's scope on a day, from the coalition facts."""
        with reading(request) as session:
            day = on or date.today()
            scope, pairs, fact_ids = coalition_pairs(session, house, day, settings.country)
            return answer(CoalitionStateOut(house=house, scope=scope, on=day.isoformat(),
                                            pairs=[list(p) for p in pairs], facts=fact_ids), CoalitionStateOut)

    @router.get("/articles", response_model=PageOut[ArticleOut], tags=["articles"])
    def articles(request: Request, limit: int = limit_q, offset: int = offset_q):
        """Stored articles, latest first."""
        with reading(request) as session:
            return answer(from_page(article_page(session, limit, offset), limit, offset, article_out),
                          PageOut[ArticleOut])

    @router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
    def article(request: Request, article_id: int = Path(ge=1, le=MAX_ID)):
        """One article: its text and the events read from it."""
        with reading(request) as session:
            record, stored = get_article(session, article_id)
            return answer(ArticleDetail(**article_out(record).model_dump(), text=record.article.text,
                                        text_offset=record.article.offset, event_list=[event_out(s) for s in stored]),
                          ArticleDetail)

    @router.get("/search", response_model=SearchOut, tags=["record"])
    def find(request: Request, q: str = Query(..., min_length=1, max_length=200)):
        """People and parties whose name or an alias contains q."""
        with reading(request) as session:
            found = search(session, q, settings.country, settings.max_limit)
            return answer(SearchOut(query=found.query, persons=[person_out(p) for p in found.persons],
                                    parties=[party_out(p) for p in found.parties]), SearchOut)

    review = APIRouter(prefix="/review", tags=["review"], responses=REVIEW_ERRORS,
                       dependencies=[Depends(review_token)])

    @review.post("/confirm/{event_id}", response_model=CorrectionOut)
    def confirm(request: Request, event_id: int = Path(ge=1, le=MAX_ID), body: NoteIn | None = None):
        """Confirm an event: its fact is marked confirmed. Needs the review token."""
        with writing(request) as session:
            done = corrections.confirm_event(session, event_id, body.note if body else None)
        return answer(correction_out(done), CorrectionOut)

    @review.post("/reject/{event_id}", response_model=CorrectionOut)
    def reject(request: Request, event_id: int = Path(ge=1, le=MAX_ID), body: NoteIn | None = None):
        """Reject an event: it leaves facts, memberships and flows. Needs the review token."""
        with writing(request) as session:
            done = corrections.reject_event(session, event_id, body.note if body else None)
        return answer(correction_out(done), CorrectionOut)

    @review.post("/merge", response_model=CorrectionOut)
    def merge(request: Request, body: MergeIn):
        """Merge two persons that resolution kept apart. Needs the review token."""
        with writing(request) as session:
            done = corrections.merge_persons(session, body.keep, body.other, body.note)
        return answer(correction_out(done), CorrectionOut)

    router.include_router(review)
    return router

