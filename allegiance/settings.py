"""What the web app is told: built once by the caller (CLI or test), never read from module globals."""
from __future__ import annotations

import os
from dataclasses import dataclass

MAX_INPUT_BYTES = 5_000_000  # input files larger than this are refused (read.py; `extract --max-bytes`)
REVIEW_TOKEN_ENV = "ALLEGIANCE_REVIEW_TOKEN"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
LOOPBACK_HOST_HEADERS = ("127.0.0.1", "localhost", "[::1]", "::1")  # what a browser on this machine sends


@dataclass(frozen=True)
class WebSettings:
    """The record to serve and the limits of the service.

    ``review_token`` None disables the review actions (they answer 403 and say how to set one).
    """

    db_url: str
    country: str = "pk"
    review_token: str | None = None
    default_limit: int = 50        # items per page when a request gives no limit
    max_limit: int = 500           # a larger limit is refused with 422
    max_body_bytes: int = 64 * 1024  # request bodies above this are refused with 413
    max_query_bytes: int = 4 * 1024  # query strings above this are refused with 414
    max_coalitions: int = 100_000    # the coalition search stops (422) past this many minimal winning coalitions
    shown_coalitions: int = 50       # coalitions listed in one answer (the count is always given)
    flow_names: int = 50             # names listed per party-to-party flow (the count is always given)
    allowed_hosts: tuple[str, ...] | None = None  # Host headers accepted (None: any); loopback names when local
    max_connections: int = 8        # requests served at once, each with its own database connection
    cached_answers: int = 50_000     # API answers kept per record version and process (0: none); see web/cache.py
    cached_bytes: int = 64 * 1024 * 1024  # ... and at most this many bytes of them


def review_token_from(value: str | None) -> str | None:
    """The operator's review token: the option given, else ``$ALLEGIANCE_REVIEW_TOKEN``; blank means none."""
    token = value if value is not None else os.environ.get(REVIEW_TOKEN_ENV)
    return token.strip() or None if token else None


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the service on this machine."""
    return host in LOOPBACK_HOSTS or host.startswith("127.")
