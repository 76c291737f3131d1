"""The FastAPI application factory: `create_app(settings)`.

It opens the record (migrating it like every other command), mounts the static files, the JSON API
(`routes/`, one module per resource) and the pages (`routes/pages.py`), and guards the edges:

* request bodies above ``settings.max_body_bytes`` get 413, query strings above
  ``settings.max_query_bytes`` get 414, before any route runs;
* bad parameters give 422 with a readable message; errors a user can cause (`AllegianceError`)
  give 4xx with their message; anything else gives 500 ``{"error": "internal error"}`` and is logged
  on the server -- no traceback ever reaches a client;
* every answer carries a Content-Security-Policy that allows scripts, styles and images from this
  app only (no CDN, no inline script), and refuses framing.
"""
from __future__ import annotations

import gc
import logging
from collections.abc import Sequence
from contextlib import asynccontextmanager
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import anyio
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import AllegianceError
from ..record import Record
from ..record.known import KnownOnCache
from ..country.registry import load_registry
from .cache import AnswerCache
from .routes import make_api_router, make_pages_router

log = logging.getLogger("allegiance.web")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY",
                    "referrer-policy": "no-referrer"}


def web_root() -> Path:
    """The folder holding ``templates/`` and ``static/`` inside the installed package."""
    return Path(str(resources.files("allegiance") / "web"))


def create_app(settings) -> FastAPI:
    """The dashboard and API over the record at ``settings.db_url`` (a `WebSettings`)."""
    record = Record.open(settings.db_url, settings.country, pool_size=settings.max_connections)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # never more requests in worker threads than connections in the pool: none waits for a connection
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.max_connections
        await anyio.to_thread.run_sync(_fill_memo, record)
        await _warm_up(app, settings)
        # what start-up made (modules, routes, compiled queries) lives as long as the server: out of the
        # collector's sight, a full collection scans only what requests leave behind (tens of ms less
        # of a stop that holds every request of the process)
        gc.collect()
        gc.freeze()
        yield
        app.state.known.close()
        record.close()

    app = FastAPI(title="allegiance", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="A sourced, dated record of party switching, coalitions and seats. Read-only, except "
                              "the review actions, which need the operator's token (`Authorization: Bearer ...`).")
    app.state.settings = settings
    app.state.record = record
    app.state.engine = record.engine  # what each request reads through (`deps.reading`)
    app.state.memo = record.memo
    app.state.known = KnownOnCache()  # copies of the record as known on a day, per version (`deps.reading`)
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=web_root() / "static"), name="static")
    app.include_router(make_api_router(settings))
    app.include_router(make_pages_router(settings))
    _add_error_handlers(app)
    if settings.cached_answers:  # the same URL answers the same until the record's version changes
        app.add_middleware(AnswerCache, engine=record.engine, entries=settings.cached_answers,
                           max_total=settings.cached_bytes)
    if settings.allowed_hosts:  # a page on another site cannot reach a loopback server through DNS rebinding
        app.add_middleware(HostCheck, allowed=settings.allowed_hosts)
    app.add_middleware(SizeLimit, max_body=settings.max_body_bytes, max_query=settings.max_query_bytes)
    return app


def _fill_memo(record: Record) -> None:
    """Read every party's tally and the yearly moves before the first request, not during the first
    pages that need them (a tenth of a second per party at a million events, a quarter for the yearly
    moves, which every request of the moment would wait behind)."""
    with Session(record.engine) as session, session.begin():
        for code in sorted(record.registry.parties):
            record.memo.tally(session, code)
        record.memo.yearly_moves(session)


WARM_UP = ("/api/events?limit=1", "/api/facts?limit=1", "/api/persons?limit=1", "/api/parties",
           "/api/flows?since={year_ago}", "/api/coalitions", "/api/coalition-state", "/api/articles?limit=1")


async def _warm_up(app: ASGIApp, settings) -> None:
    """Ask the app a few questions before the first visitor: every kind of answer is then on a path
    that has run (routes, serializers, compiled queries, the database's pages), and the first real
    requests do not all pay for that at once. Failures are ignored: the server starts regardless."""
    year_ago = (date.today() - timedelta(days=365)).isoformat()
    first_party = sorted(load_registry(settings.country).parties)[0]
    paths = [p.format(year_ago=year_ago) for p in WARM_UP] + [f"/api/parties/{first_party}"]
    for path in paths:
        route, _, query = path.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": route, "raw_path": route.encode(), "query_string": query.encode(),
                 "root_path": "", "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 0),
                 "server": ("127.0.0.1", 0)}

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(_message: Message) -> None:
            return None

        try:
            await app(scope, receive, send)
        except Exception:  # noqa: BLE001 -- a question the record cannot answer yet
            log.debug("warm-up %s failed", path, exc_info=True)


def make_templates() -> Jinja2Templates:
    """Jinja2 over ``templates/`` with autoescape on for every template (whatever its file name)."""
    templates = Jinja2Templates(directory=web_root() / "templates")
    templates.env.autoescape = True
    return templates


# --------------------------------------------------------------------------- errors

def status_for(error: AllegianceError) -> int:
    """The HTTP status of an error a user can cause (named beside the error, in `allegiance.errors`)."""
    return error.http_status


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    """JSON ``{"error": message}`` for the API, an HTML page for the dashboard."""
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status, headers=headers)


def validation_message(error: RequestValidationError) -> str:
    """One line per bad parameter: where it is, and what is wrong with it."""
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path", "body", "header"))
        parts.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return error_response(request, 422, validation_message(error))

    @app.exception_handler(AllegianceError)
    async def known(request: Request, error: AllegianceError) -> Response:
        return error_response(request, status_for(error), str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else "request refused"
        if error.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, error.status_code, message, getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        if wants_json(request):
            return JSONResponse({"error": "internal error"}, status_code=500)
        return HTMLResponse("<!doctype html><title>internal error</title><h1>internal error</h1>", status_code=500)


# --------------------------------------------------------------------------- edges

class SizeLimit:
    """ASGI middleware: refuse large bodies (413) and long query strings (414) before any route runs,
    and add the security headers to every answer. A body without Content-Length is counted as it arrives."""

    def __init__(self, app: ASGIApp, max_body: int, max_query: int):
        self.app, self.max_body, self.max_query = app, max_body, max_query

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if len(scope.get("query_string") or b"") > self.max_query:
            await _refuse(send, 414, f"query string above {self.max_query} bytes")
            return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _refuse(send, 413, f"request body above {self.max_body} bytes")
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise HTTPException(413, f"request body above {self.max_body} bytes")
            return message

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _v in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, counted, secured)


class HostCheck:
    """ASGI middleware: answer 400 to a request whose Host header names none of ``allowed`` (any port).

    Starlette's own check cuts the Host at its first colon, so it never matches an IPv6 address such
    as ``[::1]:8000``, which a browser on this machine sends to a server on ::1."""

    def __init__(self, app: ASGIApp, allowed: Sequence[str]):
        self.app, self.allowed = app, {h.lower() for h in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            if host_name(host) not in self.allowed and host not in self.allowed:
                await _refuse(send, 400, "invalid host header")
                return
        await self.app(scope, receive, send)


def host_name(host: str) -> str:
    """A Host header without its port: ``[::1]:8000`` -> ``[::1]``, ``localhost:8000`` -> ``localhost``."""
    if host.startswith("["):
        return host[:host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


async def _refuse(send: Send, status: int, message: str) -> None:
    body = JSONResponse({"error": message}).body
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]})
    await send({"type": "http.response.body", "body": body})
