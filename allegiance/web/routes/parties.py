"""The country's parties; a party's members on a day, joiners, leavers."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Path, Query, Request

from ...analyse.views import parties, party_view
from ...record.query import RecordMemo
from ..deps import reading
from ..schemas import ListParams, PartyDetail, PartyOut, answer, membership_out, party_out


def make_router(settings) -> APIRouter:
    """The ``/api`` routes of parties, their limits taken from ``settings`` (a `WebSettings`)."""
    router = APIRouter()
    params = ListParams(settings)

    @router.get("/parties", response_model=list[PartyOut], tags=["record"])
    def party_list(q: str | None = params.text):
        """The country's parties; q keeps those whose code, name or an alias contains it."""
        return answer([party_out(p) for p in parties(settings.country, q)], list[PartyOut])

    @router.get("/parties/{code}", response_model=PartyDetail, tags=["record"])
    def party(request: Request, code: str = Path(max_length=64),
              on: date | None = Query(None, description="Default: today."),
              limit: int = Query(settings.default_limit, ge=1, le=settings.max_limit,
                                 description="Items per list (the totals are exact)."),
              as_known_on: date | None = params.as_known_on):
        """A party's members on a day, and everyone who joined or left it up to that day."""
        memo = request.app.state.memo if as_known_on is None else RecordMemo()  # a copy's versions are its own
        with reading(request, as_known_on) as session:
            view = party_view(session, code, on or date.today(), settings.country, memo, limit)
        return answer(PartyDetail(party=party_out(view.party), on=view.on,
                                  members=[membership_out(m) for m in view.members],
                                  joiners=[membership_out(m) for m in view.joiners],
                                  leavers=[membership_out(m) for m in view.leavers], members_total=view.members_total,
                                  joiners_total=view.joiners_total, leavers_total=view.leavers_total,
                                  possible_members=[membership_out(m) for m in view.possible],
                                  possible_total=view.possible_total), PartyDetail)

    return router
