"""The answer cache's two economies, on a real SQLite record: the record's version is read from the
database only when the record's files change, and the kept answers stay within their bounds."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import anyio
import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session


from allegiance.store.derived import bump_version
from allegiance.store.engine import open_database, writer
from allegiance.web.cache import AnswerCache, RecordVersion


def run_async(function, *args):
    """``anyio.run`` in a thread of its own: the browser tests' Playwright keeps an event loop running in
    the main thread for the whole session."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(anyio.run, function, *args).result()


def counting_reads(engine) -> list[str]:
    """Every query of the record's version the engine runs, appended to the returned list."""
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda *args: seen.append(args[2]) if "record_meta" in args[2] else None)
    return seen


def bump(url: str) -> None:
    """A commit from another engine (another process would do the same): a new record version."""
    other = open_database(url)
    with Session(writer(other)) as session, session.begin():
        bump_version(session)
    other.dispose()


def test_the_version_is_read_again_only_after_a_commit(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    engine = open_database(url)
    watch = RecordVersion(engine, max_age=3600, recheck=0)
    first = run_async(watch.current)
    reads = counting_reads(engine)
    assert [run_async(watch.current) for _ in range(20)] == [first] * 20
    assert reads == []  # nothing changed on disk: no query
    bump(url)
    second = run_async(watch.current)
    assert second != first and len(reads) == 1
    assert run_async(watch.current) == second and len(reads) == 1
    engine.dispose()


def test_the_version_is_read_again_when_it_is_old_even_with_unchanged_files(tmp_path):
    """A file's modification clock ticks coarsely: past max_age the version is asked again anyway."""
    engine = open_database(f"sqlite:///{tmp_path / 'r.db'}")
    watch = RecordVersion(engine, max_age=0, recheck=0)
    run_async(watch.current)
    reads = counting_reads(engine)
    run_async(watch.current)
    assert len(reads) == 1
    engine.dispose()


def test_the_files_are_looked_at_once_per_recheck_window(tmp_path):
    """Within the window (a millisecond when serving) the version is not looked for at all: a commit
    shows once the window has passed."""
    url = f"sqlite:///{tmp_path / 'r.db'}"
    engine = open_database(url)
    watch = RecordVersion(engine, max_age=3600, recheck=3600)
    first = run_async(watch.current)
    bump(url)
    assert run_async(watch.current) == first
    watch.recheck = 0
    assert run_async(watch.current) != first
    engine.dispose()


async def _get(app, path: str, query: bytes = b"") -> tuple[int, bytes]:
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    await app({"type": "http", "method": "GET", "path": path, "query_string": query, "headers": []}, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_kept_answers_are_bounded_in_bytes_and_dropped_with_their_version(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    engine = open_database(url)
    calls: list[str] = []

    async def route(scope, receive, send):  # the app behind the cache: a 1,000-byte answer per URL
        calls.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": scope["path"].encode().ljust(1000, b".")})

    cache = AnswerCache(route, engine, entries=100, max_total=3500)
    for name in "abcde":
        run_async(_get, cache, f"/api/{name}")
    assert len(cache.kept) == 3 and cache.kept_bytes == 3000  # 3,500 bytes hold three answers: a and b went
    status, body = run_async(_get, cache, "/api/e")
    assert status == 200 and body.startswith(b"/api/e") and calls.count("/api/e") == 1  # served from the cache
    run_async(_get, cache, "/api/a")
    assert calls.count("/api/a") == 2  # evicted, so asked again
    bump(url)
    run_async(_get, cache, "/api/e")
    assert calls.count("/api/e") == 2 and len(cache.kept) == 1 and cache.kept_bytes == 1000
    engine.dispose()


def test_requests_for_one_url_at_the_same_time_run_the_route_once(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'r.db'}")
    calls: list[str] = []

    async def slow_route(scope, receive, send):
        calls.append(scope["path"])
        await anyio.sleep(0.05)  # long enough for every other request to arrive meanwhile
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"answer"})

    cache = AnswerCache(slow_route, engine)
    answers: list[tuple[int, bytes]] = []

    async def ten_at_once():
        async def one():
            answers.append(await _get(cache, "/api/flows", b"since=2024-01-01"))
        async with anyio.create_task_group() as group:
            for _ in range(10):
                group.start_soon(one)

    run_async(ten_at_once)
    assert answers == [(200, b"answer")] * 10 and calls == ["/api/flows"]
    assert cache.running == {}
    engine.dispose()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_database_server_is_asked_for_the_version_at_most_every_so_often(new_db):
    """PostgreSQL has no file to look at: the version is asked again after server_max_age, or at once
    after this process changed the record (forget)."""
    url = new_db()
    engine = open_database(url)
    watch = RecordVersion(engine, server_max_age=3600)
    first = run_async(watch.current)
    bump(url)
    assert run_async(watch.current) == first  # within the age: the version known
    watch.forget()
    second = run_async(watch.current)
    assert second != first
    watch.server_max_age = 0
    bump(url)
    assert run_async(watch.current) != second
    engine.dispose()
