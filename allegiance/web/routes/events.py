"""Stored events, as extracted: ``/api/events``."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Path, Query, Request

from ...analyse.views import EventFilter, event_pages
from ...store.queries import get_event
from ..deps import reading
from ..schemas import MAX_ID, EventOut, EventType, ListParams, PageOut, Status, answer, event_out, from_page


def make_router(settings) -> APIRouter:
    """The ``/api`` routes of events, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter()
    params = ListParams(settings)

    @router.get("/events", response_model=PageOut[EventOut], tags=["record"])
    def events(request: Request, type: EventType | None = Query(None, description="Event type."),
               party: str | None = Query(None, max_length=64, description="Party (as party or coalition counterpart)."),
               person: str | None = Query(None, max_length=200, description="Person id, or part of the actor's name."),
               since: date | None = params.since, until: date | None = params.until, status: Status | None = None,
               min_sources: int = Query(1, ge=1, le=1000, description="Only acts reported by at least N articles."),
               limit: int = params.limit, offset: int = params.offset, as_known_on: date | None = params.as_known_on):
        """Stored events, as extracted, by date (or the latest day an undated one can have happened) then id;
        every event names its article and sentence, and its date_kind says whether its day is exact."""
        with reading(request, as_known_on) as session:
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

    return router
