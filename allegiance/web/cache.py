"""Answers of the JSON API kept per version of the record, with ETags.

The record changes only when an ingest or a correction refreshes it, and each
refresh gives it a new version (``record_meta``). A GET answer of the API is
therefore the same for the same URL until the version changes: this
middleware keeps the latest answers (bounded in number and in bytes), serves
them again without touching the record's tables, tags every answer with an
ETag built from the version and the body, and answers ``If-None-Match`` with
304. A review action refreshes the record, so the next read sees it.

Reading the version is itself a database round trip in a worker thread, and
under load a cached answer then waits for a thread behind the slow requests.
`RecordVersion` avoids it for an SQLite file: every commit changes the size
or the modification time of the database file or of its write-ahead log, so
the version is read again only when those change (and at least every
``max_age`` seconds, since a file's clock ticks coarsely enough that two
commits of the same size could share a tick). The files themselves are looked
at no more than once a millisecond: each look gives up the interpreter lock
for a system call, and under load the event loop then waits for the worker
threads to hand it back (a tenth of a busy worker's time went there). An
answer can therefore lag a commit by a millisecond at most. A database server
(PostgreSQL) has no file to look at: its version is asked at most twice a
second, so an answer can lag a commit by half a second there (asking on every
request took a worker thread and a round trip from every cached answer, and
held a server under load to 700 requests/s). A review action, the one change
the server itself makes, makes the next request ask at once.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections import OrderedDict

import anyio
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store.derived import record_version
from ..store.engine import sqlite_file

Key = tuple[str, str, bytes]


class RecordVersion:
    """The record's current version, read from the database only when it may have changed (module docstring)."""

    def __init__(self, engine: Engine, max_age: float = 1.0, recheck: float = 0.001, server_max_age: float = 0.5):
        self.engine, self.max_age, self.recheck, self.server_max_age = engine, max_age, recheck, server_max_age
        self.checked = 0.0
        database = sqlite_file(engine.url)
        self.files = [database, f"{database}-wal"] if database else None
        self.known: tuple[tuple, float, str] | None = None  # (files' signature, when read, version)

    async def current(self) -> str:
        now = time.monotonic()
        if self.files is None:  # a database server: asked again once ``server_max_age`` has passed
            if self.known is not None and now - self.known[1] < self.server_max_age:
                return self.known[2]
            version = await anyio.to_thread.run_sync(self._read)
            self.known = ((), now, version)
            return version
        if self.known is not None and now - self.checked < self.recheck:
            return self.known[2]
        signature = self._signature()
        self.checked = now
        if self.known is not None and self.known[0] == signature and now - self.known[1] < self.max_age:
            return self.known[2]
        version = await anyio.to_thread.run_sync(self._read)  # the signature was taken first: no commit is missed
        self.known = (signature, now, version)
        return version

    def forget(self) -> None:
        """Ask the database again at the next request (this process has just changed the record)."""
        self.known = None

    def _signature(self) -> tuple:
        out = []
        for path in self.files:
            try:
                st = os.stat(path)
                out.append((st.st_ino, st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def _read(self) -> str:
        with Session(self.engine) as session:
            return record_version(session)


class AnswerCache:
    """ASGI middleware over the routes: cached GET answers under ``prefix`` (see the module docstring).

    At most ``entries`` answers and ``max_total`` bytes of bodies are kept, none above ``max_bytes``;
    the least recently used go first, and every answer of an older version goes when the version changes."""

    def __init__(self, app: ASGIApp, engine: Engine, entries: int = 512, max_bytes: int = 512 * 1024,
                 max_total: int = 64 * 1024 * 1024, prefix: str = "/api/"):
        self.app, self.prefix = app, prefix
        self.version = RecordVersion(engine)
        self.entries, self.max_bytes, self.max_total = entries, max_bytes, max_total
        self.kept: OrderedDict[Key, tuple[list, bytes]] = OrderedDict()
        self.kept_version: str | None = None
        self.kept_bytes = 0
        self.running: dict[Key, _Flight] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET":  # a review action: the next answer must see what it changed
            try:
                await self.app(scope, receive, send)
            finally:
                self.version.forget()
            return
        try:
            version = await self.version.current()
        except Exception:  # the record cannot be read: no cache, the route answers (and reports) as usual
            await self.app(scope, receive, send)
            return
        if version != self.kept_version:
            self.kept.clear()
            self.kept_version, self.kept_bytes = version, 0
        key = (version, scope["path"], scope.get("query_string") or b"")
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        else:
            found = await self._answer_once(scope, receive, key)
        await _send(send, scope, *found)

    async def _answer_once(self, scope: Scope, receive: Receive, key: Key) -> tuple[list, bytes]:
        """The route's answer for ``key``, computed once however many ask for it at the same time: the
        first runs the route, the others wait for its answer (a popular URL that is not kept yet, or no
        longer, would otherwise be computed by every request that arrives meanwhile)."""
        flight = self.running.get(key)
        if flight is not None:
            await flight.done.wait()
            if flight.answer is not None:
                return flight.answer
        flight = self.running[key] = _Flight()
        try:
            flight.answer = await self._answer(scope, receive, key)
            return flight.answer
        finally:
            del self.running[key]
            flight.done.set()

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
        if status == 200 and len(body) <= self.max_bytes and key[0] == self.kept_version:
            self._keep(key, answer)
        return answer

    def _keep(self, key: Key, answer: tuple[list, bytes]) -> None:
        if key in self.kept:  # two requests for one URL ran at once: keep one answer
            return
        self.kept[key] = answer
        self.kept_bytes += len(answer[1])
        while len(self.kept) > self.entries or self.kept_bytes > self.max_total:
            _key, (_head, body) = self.kept.popitem(last=False)
            self.kept_bytes -= len(body)


class _Flight:
    """One route run that other requests for the same key wait for."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.answer: tuple[list, bytes] | None = None


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
