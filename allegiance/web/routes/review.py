"""The review actions: confirm or reject an event, merge persons. They need the operator's token."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Request

from ...record import corrections
from ..deps import review_token, writing
from ..schemas import MAX_ID, REVIEW_ERRORS, CorrectionOut, MergeIn, NoteIn, answer, correction_out


def make_router(settings) -> APIRouter:
    """The ``/api/review`` routes; every one needs the review token."""
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

    return review
