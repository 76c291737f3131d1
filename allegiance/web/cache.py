"""Answers of the JSON API kept per version of the record, with ETags.

The record changes only when an ingest or a correction refreshes it, and each
refresh gives it a new version (``record_meta``). A GET answer of the API is
therefore the same for the same URL until the version changes: this
middleware keeps the latest answers (bounded in number and size), serves
them again without touching the record's tables, tags every answer with an
ETag built from the version and the body, and answers ``If-None-Match`` with
304. A review action refreshes the record, so the next read sees it.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict

import anyio
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store.derived import record_version

Key = tuple[str, str, bytes]


class AnswerCache:
    """ASGI middleware over the routes: cached GET answers under ``prefix`` (see the module docstring)."""

    def __init__(self, app: ASGIApp, engine: Engine, entries: int = 512, max_bytes: int = 512 * 1024,
                 prefix: str = "/api/"):
        self.app, self.engine, self.prefix = app, engine, prefix
        self.entries, self.max_bytes = entries, max_bytes
        self.kept: OrderedDict[Key, tuple[list, bytes]] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        try:
            version = await anyio.to_thread.run_sync(self._version)
        except Exception:  # the record cannot be read: no cache, the route answers (and reports) as usual
            await self.app(scope, receive, send)
            return
        key = (version, scope["path"], scope.get("query_string") or b"")
        found = self.kept.get(key)
        if found is None:
            found = await self._answer(scope, receive, key)
        else:
            self.kept.move_to_end(key)
        await _send(send, scope, *found)

    def _version(self) -> str:
        with Session(self.engine) as session:
            return record_version(session)

    async def _answer(self, scope: Scope, receive: Receive, key: Key) -> tuple[list, bytes]:
        """Run the route, buffering its answer; keep a 200 answer of bounded size."""
        start: Message = {}
        body = bytearray()

        async def buffered(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await self.app(scope, receive, buffered)
        status = start.get("status", 500)
        headers = [h for h in start.get("headers", []) if h[0].lower() != b"content-length"]
        if status == 200:
            headers.append((b"etag", f'W/"{key[0]}-{hashlib.blake2b(bytes(body), digest_size=8).hexdigest()}"'
                            .encode()))
        answer = ([status, headers], bytes(body))
        if status == 200 and len(body) <= self.max_bytes:
            self.kept[key] = answer
            while len(self.kept) > self.entries:
                self.kept.popitem(last=False)
        return answer


async def _send(send: Send, scope: Scope, head: list, body: bytes) -> None:
    """The answer, or 304 when the client already holds this version of it."""
    status, headers = head
    etag = next((v for k, v in headers if k == b"etag"), None)
    asked = dict(scope.get("headers") or []).get(b"if-none-match")
    if etag is not None and asked is not None and etag in [t.strip() for t in asked.split(b",")]:
        status, body = 304, b""
        headers = [(k, v) for k, v in headers if k.lower() not in (b"content-type",)]
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
