"""The JSON API's shapes: pydantic response and request models (apart from the domain dataclasses), the
functions that turn the library's answers into them, and `answer`, which serializes in the route's thread.
Lists are paged: ``limit`` (default and cap from the settings) and ``offset``; answers carry ``items``,
``total``, ``limit`` and ``offset``.
"""
from __future__ import annotations

from datetime import date
from enum import Enum
from fractions import Fraction
from functools import lru_cache
from typing import Generic, TypeVar

from fastapi import Query, Response
from pydantic import BaseModel, Field, TypeAdapter

from ..analyse.coalition import INDICES, Coalition
from ..analyse.views import CoalitionView, PersonEntry
from ..model import EVENT_TYPES, Fact, Membership
from ..store.listing import ArticleRecord
from ..store.queries import StoredCorrection, StoredEvent

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
    date_kind: str = Field(description="exact: the text gives the day; between: it bounds it (date_after..date_before); on_or_before: only its report bounds it.")
    date_after: str | None = Field(None, description="The earliest day the act can have happened (None: unbounded).")
    date_before: str | None = Field(None, description="The latest day the act can have happened (its report's, at most).")
    status: str
    confidence: float
    party_name: str | None = Field(None, description="The name of a party the registry lacks (party is a code "
                                   "made from it); null for a registry party.")
    counterpart_name: str | None = Field(None, description="The same for counterpart.")
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
    when: str | None = Field(description="The stated date, else the latest day it can have happened (on or before).")
    date_kind: str = Field(description="exact: the text gives the day; between: it bounds it (date_after..date_before); on_or_before: only its report bounds it.")
    date_after: str | None
    date_before: str | None
    first_reported: date | None
    first_doc: str | None = Field(description="The earliest source's document: who reported it first.")
    first_url: str | None
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
    start_after: str | None = Field(None, description="A bounded start's earliest day, where the text gives one.")
    end_after: str | None = None
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
    unregistered: bool = Field(False, description="The record names this party but the country's registry lacks "
                               "it: its code was made from its name, and the registry should add it.")


class PartyDetail(BaseModel):
    party: PartyOut
    on: str
    members: list[MembershipOut] = Field(description="Members on the day, by name (at most limit).")
    joiners: list[MembershipOut] = Field(description="Joined up to the day, latest first (at most limit).")
    leavers: list[MembershipOut] = Field(description="Left up to the day, latest first (at most limit).")
    members_total: int
    joiners_total: int
    leavers_total: int
    possible_members: list[MembershipOut] = Field(
        default_factory=list, description="Possibly members on the day: their start is only bounded (on or before "
        "a later day, on or after start_after when known), by name (at most limit).")
    possible_total: int = 0


class FlowOut(BaseModel):
    source: str = Field(description="The party left.")
    target: str = Field(description="The party joined.")
    count: int
    exact: int = Field(0, description="How many of them left on a stated day (the others on or before, or within "
                                      "the span their report gives).")
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


class MoveSourceOut(BaseModel):
    fact: str
    sentence: str


class SeatMoveOut(BaseModel):
    kind: str
    source: str = Field(alias="from")
    target: str | None = Field(alias="to")
    seats: int
    person: str | None
    date: str | None
    applied: bool
    note: str | None
    sources: list[MoveSourceOut]
    events: list[int]

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


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
    independents: str = Field("single", description="How independents (IND) count: single-seat players or excluded.")
    election: str | None = Field(None, description="The day of the record's tally the seats start from.")
    tally: dict[str, int] | None = Field(None, description="The election's tally, before the moves since.")
    moves: list[SeatMoveOut] = Field([], description="The record's seat moves since the election, with sources.")


class CoalitionStateOut(BaseModel):
    house: str
    scope: str
    on: str
    pairs: list[list[str]] = Field(description="Parties governing together on the day, each pair sorted.")
    facts: list[str | None] = Field(description="The fact that opened each pair's tie, in the order of pairs "
                                    "(None: opened by an election).")
    ties: list["TieOut"] = Field(description="Each pair as a dated tie: its opening (and closing) edge, with "
                                 "its day, how sure the day is and its source.")


class EdgeOut(BaseModel):
    kind: str
    date: str
    bound: str
    fact: str | None
    sentence: str | None
    doc: str | None


class TieOut(BaseModel):
    kind: str
    party: str
    other: str
    start: EdgeOut
    end: EdgeOut | None


class PeriodOut(BaseModel):
    start: str
    end: str | None
    groups: list[list[str]]


class ScopeGovernmentsOut(BaseModel):
    scope: str
    house: str
    on: str | None
    elections: list[str]
    governing: list[list[str]]
    alliances: dict[str, list[str]]
    periods: list[PeriodOut]
    ties: list[TieOut]


class GovernmentsOut(BaseModel):
    items: list[ScopeGovernmentsOut]


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
                    date_kind=e.date_kind, date_after=e.date or e.date_after, date_before=s.latest_day,
                    status=e.status, confidence=e.confidence, party_name=e.party_name,
                    counterpart_name=e.counterpart_name,
                    evidence=EvidenceOut(sentence=e.evidence.sentence, start=e.evidence.start, end=e.evidence.end,
                                         rule=e.evidence.rule), article_id=s.article_id, person_id=s.person_id)


def fact_out(f: Fact) -> dict:
    """A fact as the fields of `FactOut`. Items go out as plain dicts that the answer's model validates
    in one pass: a model built per item and per source cost a third of a party page."""
    return {"id": f.id, "type": f.type, "subject": f.subject, "name": f.name, "party": f.party, "post": f.post,
            "counterpart": f.counterpart, "action": f.action, "house": f.house, "seats": f.seats, "scope": f.scope,
            "date": f.date, "when": f.when, "date_kind": f.date_kind, "date_after": f.date_after,
            "date_before": f.date_before, "first_reported": f.first_reported, "first_doc": f.first_doc,
            "first_url": f.first_url, "status": f.status,
            "conflict": f.conflict, "confirmed": f.confirmed, "source_count": f.source_count,
            "sources": [{"event_id": s.event_id, "doc": s.doc, "article_id": s.article_id, "date": s.date,
                         "published": s.published, "status": s.status, "sentence": s.sentence} for s in f.sources]}


def membership_out(m: Membership) -> dict:
    """A membership as the fields of `MembershipOut` (a plain dict, as for `fact_out`)."""
    return {"person": m.person, "name": m.name, "party": m.party, "start": m.start, "start_certain": m.start_certain,
            "end": m.end, "end_certain": m.end_certain, "start_after": m.start_after, "end_after": m.end_after,
            "opened_by": m.opened_by, "closed_by": m.closed_by, "disputed": m.disputed}


def person_out(p: PersonEntry) -> PersonOut:
    return PersonOut(id=p.id, name=p.name, aliases=list(p.aliases))


def party_out(p) -> PartyOut:
    return PartyOut(code=p.code, name=p.name, aliases=list(p.aliases), unregistered=p.unregistered)


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
                         in_play_seats=v.in_play_seats, independents=v.independents, election=v.election,
                         tally=v.tally, moves=[SeatMoveOut.model_validate(m.as_dict()) for m in v.moves])


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


# --------------------------------------------------------------------------- what routes share

ERRORS = {404: {"model": ErrorOut, "description": "Unknown id or name"},
          422: {"model": ErrorOut, "description": "Bad parameter (the message says which and why)"}}
REVIEW_ERRORS = {**ERRORS, 401: {"model": ErrorOut, "description": "Missing or wrong review token"},
                 403: {"model": ErrorOut, "description": "Review disabled: no token configured"}}


AS_KNOWN_ON = Query(None, description="Answer as the record knew it on this ISO date: only articles published on or "
                                      "before it count (facts, first reports, memberships and flows derived from them).")


class ListParams:
    """The query parameters lists share: limit (default and cap from the settings), offset, since, until, text."""

    def __init__(self, settings) -> None:
        self.limit = Query(settings.default_limit, ge=1, le=settings.max_limit, description="Items per page.")
        self.offset = Query(0, ge=0, le=10_000_000, description="Items to skip.")
        self.since = Query(None, description="On or after this ISO date (YYYY-MM-DD); acts with no stated day are "
                                             "included where their span meets the window (date_kind says which).")
        self.until = Query(None, description="On or before this ISO date (YYYY-MM-DD).")
        self.text = Query(None, max_length=200)
        self.as_known_on = AS_KNOWN_ON


CoalitionStateOut.model_rebuild()
