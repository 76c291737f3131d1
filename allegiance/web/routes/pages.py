"""The dashboard's HTML pages, rendered on the server from Jinja2 templates (autoescape on).

Each route parses its parameters (bad ones give the 422 error page), calls one view of `analyse/views.py`
and renders a template. Data for charts goes into the page as JSON through ``|tojson`` inside a
``<script type="application/json">`` block, read by the page's own script from ``static/``; no page
loads anything from outside the app.
"""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ...analyse.coalition import INDICES, CoalitionError
from ...model import EVENT_TYPES
from ...country.registry import load_registry
from ..schemas import MAX_ID, EventType, Status
from ..deps import reading
from .feeds import make_router as make_feeds_router
from ...store.listing import article_page, get_article
from ...analyse.views import (EventFilter, coalition_view, event_persons, flow_view, governments_view, overview_view, parties, party_view, person_view,
                    persons, review_view, search, segments)

INDEX_NAMES = {"banzhaf": "Banzhaf", "shapley_shubik": "Shapley-Shubik", "deegan_packel": "Deegan-Packel",
               "holler": "Holler"}


def make_pages_router(settings) -> APIRouter:
    """The HTML routes (left out of the OpenAPI schema: the API is under /api)."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
    page_q = Query(1, ge=1, le=100_000)

    def render(request: Request, name: str, **context):
        return request.app.state.templates.TemplateResponse(request, name, {"settings": settings, **context})

    @router.get("/")
    def overview(request: Request, on: date | None = Query(None)):
        with reading(request) as session:
            view = overview_view(session, on or date.today(), settings.country, request.app.state.memo)
            moves = {"periods": view.moves.periods, "parties": view.moves.parties, "joined": view.moves.joined,
                     "left": view.moves.left}
            return render(request, "overview.html", view=view, moves=moves)

    @router.get("/governments")
    def governments_page(request: Request, house: str | None = Query(None, max_length=64),
                         on: date | None = Query(None)):
        if house is not None:
            load_registry(settings.country).house(house)  # an unknown house is the error page, not an empty one
        with reading(request) as session:
            view = governments_view(session, house, on, settings.country)
            return render(request, "governments.html", view=view,
                          houses=list(load_registry(settings.country).houses))

    @router.get("/parties")
    def party_list(request: Request):
        return render(request, "parties.html", parties=parties(settings.country))

    @router.get("/parties/{code}")
    def party(request: Request, code: str = Path(max_length=64), on: date | None = Query(None)):
        with reading(request) as session:
            return render(request, "party.html", view=party_view(session, code, on or date.today(), settings.country,
                                                                 request.app.state.memo, settings.max_limit))

    @router.get("/persons")
    def person_list(request: Request, q: str | None = Query(None, max_length=200), page: int = page_q):
        with reading(request) as session:
            size = settings.default_limit
            found = persons(session, q, size, (page - 1) * size)
            return render(request, "persons.html", persons=found.items, total=found.total,
                          page=page, pages=max(1, -(-found.total // size)), q=q or "")

    @router.get("/persons/{person}")
    def person(request: Request, person: str = Path(max_length=200)):
        with reading(request) as session:
            return render(request, "person.html", view=person_view(session, person))

    @router.get("/flows")
    def flows(request: Request, since: date | None = Query(None), until: date | None = Query(None)):
        with reading(request) as session:
            view = flow_view(session, since, until, settings.flow_names)
            links = [{"from": f.source, "to": f.target, "flow": f.count} for f in view.flows]
            return render(request, "flows.html", view=view, links=links)

    @router.get("/coalitions")
    def coalitions(request: Request, house: str = Query("NA", max_length=64), on: date | None = Query(None)):
        with reading(request) as session:
            houses = list(load_registry(settings.country).houses.values())
            try:
                view = coalition_view(session, house, on, None, (), (), settings.country, settings.max_coalitions,
                                      settings.shown_coalitions)
            except CoalitionError as error:  # no seats for this house in the record: say so on the page
                return render(request, "coalitions.html", view=None, error=str(error), houses=houses, on=on,
                              house=house)
            return render(request, "coalitions.html", view=view, error=None, houses=houses, on=on, house=house,
                          indices=INDICES, index_names=INDEX_NAMES)

    @router.get("/search")
    def find(request: Request, q: str = Query("", max_length=200)):
        with reading(request) as session:
            return render(request, "search.html", result=search(session, q, settings.country, settings.max_limit))

    @router.get("/review")
    def review(request: Request, type: EventType | None = Query(None), party: str | None = Query(None, max_length=64),
               person: str | None = Query(None, max_length=200), status: Status | None = Query(None),
               page: int = page_q):
        with reading(request) as session:
            size = settings.default_limit
            where = EventFilter(type.value if type else None, party or None, person or None, None, None,
                                status.value if status else None)
            found = review_view(session, where, size, (page - 1) * size)
            return render(request, "review.html", page=found.page, verdicts=found.verdicts, number=page,
                          pages=max(1, -(-found.page.total // size)), where=where, types=EVENT_TYPES,
                          enabled=bool(settings.review_token))

    @router.get("/articles")
    def article_list(request: Request, page: int = page_q):
        with reading(request) as session:
            size = settings.default_limit
            found = article_page(session, size, (page - 1) * size)
            return render(request, "articles.html", page=found, number=page, pages=max(1, -(-found.total // size)))

    @router.get("/articles/{article_id}")
    def article(request: Request, article_id: int = Path(ge=1, le=MAX_ID)):
        with reading(request) as session:
            record, stored = get_article(session, article_id)
            return render(request, "article.html", record=record, events=stored,
                          parts=segments(record.article, stored), persons=event_persons(session, stored))

    @router.get("/docs")
    def docs(request: Request):
        return render(request, "docs.html")

    router.include_router(make_feeds_router(settings))  # /watch and the Atom feeds
    return router
