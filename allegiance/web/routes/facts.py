"""The derived record: facts merged across articles, memberships, flows."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Path, Query, Request

from ...analyse.views import filter_facts, flow_view, membership_list
from ...record.query import count_flow_cell, find_fact, flow_cell
from ..deps import reading
from ..schemas import (EventType, FactOut, FlowOut, FlowsOut, ListParams, MembershipOut, PageOut, Status, answer,
                       fact_out, from_page, membership_out)


def make_router(settings) -> APIRouter:
    """The ``/api`` routes of facts, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter()
    params = ListParams(settings)

    @router.get("/facts", response_model=PageOut[FactOut], tags=["record"])
    def facts(request: Request, type: EventType | None = Query(None, description="Fact type."),
              party: str | None = Query(None, max_length=64, description="Party, coalition counterpart or actor."),
              person: str | None = Query(None, max_length=200, description="Person id or any spelling of a name."),
              since: date | None = params.since, until: date | None = params.until, status: Status | None = None,
              min_sources: int = Query(1, ge=1, le=1000, description="At least this many reporting articles."),
              limit: int = params.limit, offset: int = params.offset, as_known_on: date | None = params.as_known_on):
        """Acts merged across articles, each with every source and its first report; filters as for events,
        plus min_sources."""
        with reading(request, as_known_on) as session:
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

    @router.get("/memberships", response_model=PageOut[MembershipOut], tags=["record"])
    def memberships(request: Request, party: str | None = Query(None, max_length=64),
                    person: str | None = Query(None, max_length=200),
                    on: date | None = Query(None, description="Only memberships covering this day."),
                    limit: int = params.limit, offset: int = params.offset):
        """Memberships (person in party from start to end), from the facts."""
        with reading(request) as session:
            page = membership_list(session, settings.country, party, person, on, limit, offset)
            return answer(from_page(page, limit, offset, membership_out), PageOut[MembershipOut])

    @router.get("/flows", response_model=FlowsOut, tags=["record"])
    def flows(request: Request, since: date | None = Query(None, description="Leaves on or after this ISO date."),
              until: date | None = Query(None, description="Leaves on or before this ISO date."),
              as_known_on: date | None = params.as_known_on):
        """Who left which party for which in the window: one link per pair of parties (a leave with no stated
        day counts where its span meets the window; exact says how many of a link's moves have a stated day)."""
        with reading(request, as_known_on) as session:
            view = flow_view(session, since, until, settings.flow_names)
            return answer(FlowsOut(since=view.since, until=view.until,
                                   flows=[FlowOut(source=f.source, target=f.target, count=f.count, names=f.names,
                                                  exact=f.exact)
                                          for f in view.flows]), FlowsOut)

    @router.get("/flows/names", response_model=PageOut[str], tags=["record"])
    def flow_names(request: Request, source: str = Query(..., max_length=64, description="The party left."),
                   target: str = Query(..., max_length=64, description="The party joined."),
                   since: date | None = Query(None, description="Leaves on or after this ISO date."),
                   until: date | None = Query(None, description="Leaves on or before this ISO date."),
                   limit: int = params.limit, offset: int = params.offset,
                   as_known_on: date | None = params.as_known_on):
        """A page of one flows link's names, latest leave first: /api/flows gives each link's count and its
        first names, this the rest on request."""
        with reading(request, as_known_on) as session:
            found = flow_cell(session, source, target, since, until, limit, offset)
            total = count_flow_cell(session, source, target, since, until)
            return answer({"items": found, "total": total, "limit": limit, "offset": offset}, PageOut[str])

    return router
