"""What routes are given: a read session, a write session, and the review token check."""
from __future__ import annotations

import secrets
from collections.abc import AsyncIterator

from fastapi import HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from ..record import RecordMemo
from ..store.engine import store_errors, writer
from .settings import REVIEW_TOKEN_ENV


async def read_session(request: Request) -> AsyncIterator[Session]:
    """A session in one read transaction (one consistent view of the record per request).

    Opened and closed on the event loop: opening takes no connection (the route, in its worker thread,
    takes one at its first query) and closing gives it back at once, where a sync dependency would cost
    two more hops to a worker thread per request."""
    settings = request.app.state.settings
    with store_errors(settings.db_url), Session(request.app.state.engine) as session, session.begin():
        yield session


async def write_session(request: Request) -> AsyncIterator[Session]:
    """A session through the single writer; committed when the route returns, rolled back if it fails
    (on the event loop, as for `read_session`)."""
    settings = request.app.state.settings
    with store_errors(settings.db_url), Session(writer(request.app.state.engine)) as session, session.begin():
        yield session


def record_memo(request: Request) -> RecordMemo:
    """The app's answers kept per record version (`record.RecordMemo`)."""
    return request.app.state.memo


BEARER = HTTPBearer(auto_error=False, scheme_name="reviewToken",
                    description="The operator's review token (--review-token, or $ALLEGIANCE_REVIEW_TOKEN).")
HEADER = APIKeyHeader(name="X-Review-Token", auto_error=False, scheme_name="reviewTokenHeader",
                      description="The same token in a header of its own.")


def review_token(request: Request, bearer: HTTPAuthorizationCredentials | None = Security(BEARER),
                 header: str | None = Security(HEADER)) -> None:
    """Let a review action through only with the operator's token (``Authorization: Bearer ...`` or
    ``X-Review-Token``); without a configured token review is disabled."""
    expected = request.app.state.settings.review_token
    if not expected:
        raise HTTPException(403, "review is disabled on this server: start it with --review-token TOKEN "
                                 f"or set {REVIEW_TOKEN_ENV}")
    given = bearer.credentials if bearer is not None else header
    if not given or not secrets.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8")):
        raise HTTPException(401, "a valid review token is required (header 'Authorization: Bearer TOKEN')",
                            headers={"WWW-Authenticate": "Bearer"})
