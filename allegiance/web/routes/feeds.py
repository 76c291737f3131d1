"""The Atom feeds of the record's newest facts (``/feeds/party/{code}.atom``, ``/feeds/person/{id}.atom``)
and the dashboard's ``/watch`` page: what each followed source gave."""
from __future__ import annotations

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, Response

from ...analyse.feeds import party_feed, person_feed
from ...store.watch import source_states
from ..deps import reading

ATOM = "application/atom+xml; charset=utf-8"


def make_router(settings) -> APIRouter:
    """The feeds and the watch page (left out of the OpenAPI schema: they are not JSON)."""
    router = APIRouter(include_in_schema=False)

    def base(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @router.get("/feeds/party/{code}.atom")
    def party_atom(request: Request, code: str = Path(max_length=64)):
        with reading(request) as session:
            return Response(party_feed(session, code, settings.country, base(request)), media_type=ATOM)

    @router.get("/feeds/person/{person}.atom")
    def person_atom(request: Request, person: str = Path(max_length=200)):
        with reading(request) as session:
            return Response(person_feed(session, person, base(request)), media_type=ATOM)

    @router.get("/watch", response_class=HTMLResponse)
    def watch(request: Request):
        with reading(request) as session:
            return request.app.state.templates.TemplateResponse(
                request, "watch.html", {"settings": settings, "sources": source_states(session)})

    return router
