"""The coalition calculator, who governs together, and governments and alliances as dated intervals."""
from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, Query, Request

from ...analyse.house import parse_seat_args
from ...analyse.views import coalition_pairs, coalition_view
from ...country.registry import load_registry
from ...record.governments import check_question, governments, scope_dict, tie_dict
from ..deps import reading
from ..schemas import AS_KNOWN_ON, CoalitionStateOut, CoalitionsOut, GovernmentsOut, answer, coalitions_out


def make_router(settings) -> APIRouter:
    """The ``/api`` routes of coalitions, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter()

    @router.get("/coalitions", response_model=CoalitionsOut, tags=["coalitions"])
    def coalitions(request: Request, house: str = Query("NA", max_length=64, description="House code or name."),
                   on: date | None = Query(None, description="Seats and rejections as the record stood on this day."),
                   seat: list[str] = Query([], max_length=100, description="PARTY=N; repeat; default: the record's."),
                   require: list[str] = Query([], max_length=100, description="A party that must be in."),
                   exclude: list[str] = Query([], max_length=100, description="A party that stays out."),
                   independents: Literal["single", "exclude"] = Query(
                       "single", description="Independents (IND): single-seat players, or left out of the game."),
                   as_known_on: date | None = AS_KNOWN_ON):
        """Seats, majority, minimal winning coalitions (the record's rejections respected) and the four
        power indices, exactly (fractions) and as decimals."""
        with reading(request, as_known_on) as session:
            seats = parse_seat_args(seat, {}) if seat else None
            view = coalition_view(session, house, on, seats, require, exclude, settings.country,
                                  settings.max_coalitions, settings.shown_coalitions, independents)
            return answer(coalitions_out(view), CoalitionsOut)

    @router.get("/coalition-state", response_model=CoalitionStateOut, tags=["coalitions"], deprecated=True)
    def coalition_state(request: Request, house: str = Query("NA", max_length=64), on: date | None = Query(None)):
        """Which parties govern together in a house's scope on a day, as dated ties (the same data as
        /api/governments?house=...&on=..., which also gives alliances and periods: use that instead)."""
        day = on or date.today()
        check_question(load_registry(settings.country), house, day)  # 422 before the record is read
        with reading(request) as session:
            scope, ties = coalition_pairs(session, house, day, settings.country)
            return answer(CoalitionStateOut(house=house, scope=scope, on=day.isoformat(),
                                            pairs=[sorted(t.parties) for t in ties],
                                            facts=[t.start.fact for t in ties],
                                            ties=[tie_dict(t) for t in ties]), CoalitionStateOut)

    @router.get("/governments", response_model=GovernmentsOut, tags=["coalitions"])
    def governments_route(request: Request,
                          house: str | None = Query(None, max_length=64,
                                                    description="House code or name (default: every scope)."),
                          on: date | None = Query(None, description="As of this day (default: the record's latest).")):
        """Which parties governed together, and in which alliances, per scope: dated intervals opened and
        closed by coalition facts (or a new government after an election), each edge with its source."""
        registry = load_registry(settings.country)
        check_question(registry, house, on)  # an unknown house or a future day: 422 before the record is read
        with reading(request) as session:
            found = governments(session, registry, settings.country, house, on)
            return answer({"items": [scope_dict(g) for g in found]}, GovernmentsOut)

    return router
