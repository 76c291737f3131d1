"""The web's routes, one module per resource: each route parses its parameters, calls one library function
and formats the answer (JSON through the models of `web.schemas`, or a page from a template).

- ``/api``: `events`, `facts` (with memberships and flows), `persons` (with search), `parties`, `coalitions`,
  `articles`, `review` (the actions that need the operator's token);
- the HTML pages: `pages`, with `feeds` (the Atom feeds of the newest facts and the ``/watch`` page).
"""
from __future__ import annotations

from fastapi import APIRouter

from ..schemas import ERRORS
from . import articles, coalitions, events, facts, parties, persons, review
from .pages import make_pages_router

__all__ = ["make_api_router", "make_pages_router"]


def make_api_router(settings) -> APIRouter:
    """The ``/api`` routes, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter(prefix="/api", responses=ERRORS)
    for resource in (events, facts, persons, parties, coalitions, articles):
        router.include_router(resource.make_router(settings))
    router.include_router(review.make_router(settings))
    return router
