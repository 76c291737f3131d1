"""`allegiance serve` as an operator runs it: a real process tree on loopback, several workers on one
port, a clear error when the port is taken, and Ctrl-C stopping every process."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from allegiance.read import demo_corpus
from allegiance.pipeline import ingest

ALLEGIANCE = [sys.executable, "-m", "allegiance.cli"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "record.db"
    ingest([demo_corpus()], f"sqlite:///{path}")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(db: Path, port: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*ALLEGIANCE, "serve", "--db", str(db), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_until_served(server: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()[1]
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/parties", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("the server did not answer within 60 s")


def children(pid: int) -> set[int]:
    """The processes a process started (from /proc)."""
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(p) for p in text)
    return found


def listeners(pid: int, port: int) -> int:
    """How many listening sockets on ``port`` the process holds (from /proc)."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and int(fields[1].split(":")[1], 16) == port:  # 0A: LISTEN
            inodes.add(fields[9])
    held = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        held += target.startswith("socket:[") and target[8:-1] in inodes
    return held


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_each_listen_on_the_port_and_all_answer(demo_db):
    port = free_port()
    server = start(demo_db, port, "--workers", "2")
    try:
        wait_until_served(server, port)  # one worker answers; the other may still be starting
        deadline = time.monotonic() + 60
        while len(serving := [pid for pid in children(server.pid) if listeners(pid, port)]) < 2:
            assert time.monotonic() < deadline, f"{len(serving)} worker(s) listening after 60 s"
            time.sleep(0.2)
        assert len(serving) == 2  # each worker its own socket on the same port
        with ThreadPoolExecutor(16) as pool:  # many connections at once: every one answered
            statuses = list(pool.map(lambda i: httpx.get(f"http://127.0.0.1:{port}/api/events",
                                                         params={"limit": 1, "offset": i}).status_code, range(64)))
        assert statuses == [200] * 64
    finally:
        os.killpg(server.pid, signal.SIGINT)  # Ctrl-C in the operator's terminal reaches the whole group
        server.wait(30)
    assert not any(Path(f"/proc/{pid}").exists() for pid in serving)


def test_a_taken_port_is_an_error_that_says_what_to_do(demo_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for extra in ([], ["--workers", "2"]):
            server = start(demo_db, port, *extra)
            out, err = server.communicate(timeout=60)
            assert server.returncode != 0
            assert f"cannot listen on 127.0.0.1:{port}" in err and "another --port" in err
            assert "Traceback" not in err


def test_many_requests_at_once_on_few_threads_all_answer(demo_db):
    """40 different questions at once to a server with 2 worker threads and 2 database connections,
    nothing kept between answers: every one is answered. (Requests that held their connection while
    waiting for a worker thread once stopped the server this way: every thread held a request that
    waited for a connection.)"""
    from conftest import _Server

    from allegiance.web import WebSettings, create_app

    server = _Server(create_app(WebSettings(db_url=f"sqlite:///{demo_db}", max_connections=2, cached_answers=0)))
    server.start()
    server.wait()
    paths = [*(f"/api/events?limit=5&offset={i}" for i in range(15)),
             *(f"/api/parties/PTI?on=2023-{m:02d}-01" for m in range(1, 13)),
             *(f"/api/facts?limit=3&offset={i}" for i in range(13))]
    try:
        with httpx.Client(base_url=server.url, timeout=20) as client, ThreadPoolExecutor(len(paths)) as pool:
            started = time.monotonic()
            statuses = list(pool.map(lambda path: client.get(path).status_code, paths))
            took = time.monotonic() - started
    finally:
        server.stop()
    assert statuses == [200] * len(paths) and took < 15
