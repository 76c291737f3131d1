"""What routes are given: a read session, a write session, and the review token check."""
from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from fastapi import HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from ..store.engine import store_errors, writer
from ..settings import REVIEW_TOKEN_ENV


@contextmanager
def reading(request: Request, as_known_on: date | None = None) -> Iterator[Session]:
    """A session in one read transaction (one consistent view of the record per request), opened in the
    body of a route, in the route's own worker thread. As a FastAPI dependency it cost a fifth of the
    time of the most asked answers (the dependency to solve, the steps to and from the event loop).
    With ``as_known_on``, on the record as it was known that day: a derived copy kept by the server per
    record version and day (`record.known.KnownOnCache`), so only the first question about a day pays
    for copying the articles published by then."""
    settings = request.app.state.settings
    if as_known_on is None:
        with store_errors(settings.db_url), Session(request.app.state.engine) as session, session.begin():
            yield session
        return
    copies = request.app.state.known
    with store_errors(settings.db_url), copies.engine(request.app.state.engine, as_known_on) as engine, \
            Session(engine) as session, session.begin():
        yield session


@contextmanager
def writing(request: Request) -> Iterator[Session]:
    """A session through the single writer, in the body of a review route: committed before the route
    answers (so an answer is only sent for a change that is stored), rolled back if it fails."""
    settings = request.app.state.settings
    with store_errors(settings.db_url), Session(writer(request.app.state.engine)) as session, session.begin():
        yield session


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
