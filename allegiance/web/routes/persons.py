"""Persons of the record, and search across persons and parties."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Path, Query, Request

from ...analyse.views import person_view, persons, search
from ..deps import reading
from ..schemas import (ListParams, PageOut, PersonDetail, PersonOut, SearchOut, answer, fact_out, from_page,
                       membership_out, party_out, person_out)


def make_router(settings) -> APIRouter:
    """The ``/api`` routes of persons, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter()
    params = ListParams(settings)

    @router.get("/persons", response_model=PageOut[PersonOut], tags=["record"])
    def person_list(request: Request, q: str | None = params.text, limit: int = params.limit,
                    offset: int = params.offset):
        """Persons of the record by name; q keeps those whose name or an alias contains it."""
        with reading(request) as session:
            return answer(from_page(persons(session, q, limit, offset), limit, offset, person_out),
                          PageOut[PersonOut])

    @router.get("/persons/{person}", response_model=PersonDetail, tags=["record"])
    def person(request: Request,
               person: str = Path(max_length=200, description="A person id or any spelling of the name."),
               as_known_on: date | None = params.as_known_on):
        """A person's memberships and facts (timeline) with their sources."""
        with reading(request, as_known_on) as session:
            view = person_view(session, person, reports=False)
        return answer(PersonDetail(id=view.id, name=view.name,
                                   memberships=[membership_out(m) for m in view.memberships],
                                   facts=[fact_out(f) for f in view.facts]), PersonDetail)

    @router.get("/search", response_model=SearchOut, tags=["record"])
    def find(request: Request, q: str = Query(..., min_length=1, max_length=200)):
        """People and parties whose name or an alias contains q."""
        with reading(request) as session:
            found = search(session, q, settings.country, settings.max_limit)
            return answer(SearchOut(query=found.query, persons=[person_out(p) for p in found.persons],
                                    parties=[party_out(p) for p in found.parties]), SearchOut)

    return router
