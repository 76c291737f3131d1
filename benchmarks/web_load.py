"""The dashboard under load: the main API endpoints, many clients, a record of a million events.

    python benchmarks/web_load.py [--events 1000000] [--seconds 30] [--clients 50] [--workers 2] [--db FILE]
                                  [--timeout 10] [--endpoints events,person,...]

1. Record: N synthetic events (``fill`` of ``benchmarks/record.py``: real event
   shapes, made-up people, parties and dates) in an SQLite file; ``--db FILE``
   keeps the file and reuses it when it already holds N events or more.
2. Server: uvicorn in a subprocess on 127.0.0.1 (``--workers`` processes),
   serving ``create_app(WebSettings(db_url=...))`` with the app's own settings.
3. Load: ``--clients`` concurrent HTTP clients (asyncio + httpx, keep-alive)
   for ``--seconds`` seconds, each taking the main endpoints in turn with
   random parameters: the events list, a person, a party on a date, flows
   over a year, coalitions of the National Assembly (the 2024 seats given in
   the query, the record's rejections as of a random day; the synthetic
   record holds no seat results). A request slower than ``--timeout``
   seconds counts as an error.
Printed: requests/s, p50 and p99 latency (ms) of the good answers and errors
(by kind), per endpoint and in all, and the server's logged exceptions.
Goal (from the issue): p99 under 100 ms and no errors with 1,000,000 events
and 50 clients. The figures are printed, never asserted: exit status 0
unless the server fails to start.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from record import PARTIES, fill, rebuild_derived  # noqa: E402  (benchmarks/record.py)

DB_ENV = "ALLEGIANCE_BENCH_DB"
NA_SEATS = "&".join(f"seat={p}={n}" for p, n in
                    {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17, "JUI-F": 4, "PML-Q": 3, "IPP": 2}.items())


def served_app():
    """The app uvicorn serves (``--factory``): the record named by $ALLEGIANCE_BENCH_DB, default settings."""
    from allegiance.web import WebSettings, create_app

    if os.environ.get("ALLEGIANCE_BENCH_SWITCH"):  # experiments: the interpreter's thread switch interval (s)
        sys.setswitchinterval(float(os.environ["ALLEGIANCE_BENCH_SWITCH"]))
    threads = int(os.environ.get("ALLEGIANCE_BENCH_THREADS") or WebSettings.max_connections)
    return create_app(WebSettings(db_url=os.environ[DB_ENV], max_connections=threads))


def _year(rng: random.Random) -> int:
    return rng.randint(2015, 2025)


def endpoints(n_persons: int) -> dict[str, Callable[[random.Random], str]]:
    """Endpoint name -> a function of a random generator giving a path and query; persons p-000000... as fill() makes them."""
    return {
        "events": lambda r: f"/api/events?party={r.choice(PARTIES)}&limit=50",
        "person": lambda r: f"/api/persons/p-{r.randrange(n_persons):06d}",
        "party": lambda r: f"/api/parties/{r.choice(PARTIES)}?on={_year(r)}-{r.randint(1, 12):02d}-01",
        "flows": lambda r: f"/api/flows?since={(y := _year(r))}-01-01&until={y}-12-31",
        "coalitions": lambda r: f"/api/coalitions?on={_year(r)}-06-30&{NA_SEATS}",
    }


def count_events(url: str) -> int:
    """How many events the record at ``url`` holds (0 when the file is new)."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from allegiance.store.engine import open_database
    from allegiance.store.models import EventRow

    engine = open_database(url)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count(EventRow.id))) or 0
    finally:
        engine.dispose()


def build_record(path: Path, n_events: int) -> str:
    """An SQLite record at ``path`` holding at least ``n_events`` events and its derived record (facts,
    memberships, moves): filled and rebuilt when it holds no events, rebuilt when its derived tables are empty.

    Without the rebuild the API would answer from empty derived tables and the load figures would
    measure nothing of the record's questions."""
    url = f"sqlite:///{path}"
    held = count_events(url) if path.exists() else 0
    if held and held < n_events:
        raise SystemExit(f"{path} holds {held:,} events, fewer than {n_events:,}: give another --db")
    if not held:
        start = time.perf_counter()
        fill(url, n_events)
        print(f"record: {n_events:,} events filled in {time.perf_counter() - start:.0f} s ({path})")
    facts = count_rows(url, "facts")
    if not facts:
        print(f"record: rebuilt its derived tables in {rebuild_derived(url):.0f} s")
        facts = count_rows(url, "facts")
    print(f"record: {max(held, n_events):,} events, {facts:,} facts, {count_rows(url, 'memberships'):,} memberships "
          f"in {path}")
    return url


def count_rows(url: str, table: str) -> int:
    """Rows of one table of the record at ``url``."""
    from sqlalchemy import text

    from allegiance.store.engine import open_database

    engine = open_database(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db_url: str, port: int, workers: int, log) -> subprocess.Popen:
    """uvicorn serving the app in a subprocess on 127.0.0.1:port (its stderr to ``log``); returns once it answers."""
    import httpx

    env = {**os.environ, DB_ENV: db_url}
    command = [sys.executable, "-m", "uvicorn", "--factory", "web_load:served_app", "--app-dir", str(ROOT / "benchmarks"),
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
               "--log-level", "warning", "--no-access-log"]
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop_server(server)
    raise SystemExit("the server did not answer within 120 s")


def stop_server(server: subprocess.Popen) -> None:
    """Ask the server to stop; kill it and its workers if it has not after 10 s (requests still running).

    The server leads its own process group, so a kill reaches the workers too (killing only the
    parent left workers behind that went on serving queued requests and skewed the next run)."""
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    server.wait()


def server_errors(log_path: Path) -> Counter:
    """The server's logged exceptions (the last line of each traceback, shortened), counted."""
    lines = log_path.read_text(errors="replace").splitlines()
    return Counter(line[:160] for line in lines if re.match(r"[\w.]+(Error|Exception)\w*: ", line))


async def _client(client, paths: dict, rng: random.Random, deadline: float, timings: dict, errors: dict,
                  first: int) -> None:
    names = list(paths)
    turn = first
    while time.perf_counter() < deadline:
        name = names[turn % len(names)]
        turn += 1
        start = time.perf_counter()
        try:
            response = await client.get(paths[name](rng))
            kind = str(response.status_code) if response.status_code >= 400 else None
        except Exception as error:  # a refused, reset or timed-out request is an error of the run
            kind = type(error).__name__
        elapsed = (time.perf_counter() - start) * 1000
        if kind:
            errors[name][kind] += 1
        else:
            timings[name].append(elapsed)


async def load(base_url: str, paths: dict, clients: int, seconds: float, timeout: float):
    """``clients`` concurrent clients for ``seconds``: latencies (ms) of good answers and errors by kind, per endpoint."""
    import httpx

    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, Counter] = defaultdict(Counter)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=timeout) as client:
        warm = random.Random(0)
        for name, make in paths.items():  # one untimed request each: imports, caches, connections
            path, start = make(warm), time.perf_counter()
            try:
                status = (await client.get(path)).status_code
            except httpx.HTTPError as error:
                status = type(error).__name__
            print(f"  warm-up {name}: {path} -> {status} in {(time.perf_counter() - start) * 1000:.0f} ms")
        start = time.perf_counter()
        deadline = start + seconds
        await asyncio.gather(*(_client(client, paths, random.Random(i), deadline, timings, errors, i)
                               for i in range(clients)))
        wall = time.perf_counter() - start
    return timings, errors, wall


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


def report(names: list[str], timings: dict[str, list[float]], errors: dict[str, Counter], wall: float, events: int,
           clients: int) -> None:
    print(f"\nload: {clients} clients for {wall:.1f} s against {events:,} events")
    print(f"{'endpoint':<18}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}  error kinds")
    every: list[float] = []
    for name in names:
        values, failed = timings.get(name, []), errors.get(name, Counter())
        every += values
        done = len(values) + sum(failed.values())
        kinds = ", ".join(f"{k} x{n}" for k, n in failed.most_common())
        print(f"{name:<18}{done:>10}{done / wall:>9.1f}{percentile(values, 50):>9.1f}"
              f"{percentile(values, 99):>9.1f}{sum(failed.values()):>8}  {kinds}")
    n_errors = sum(sum(c.values()) for c in errors.values())
    total = len(every) + n_errors
    print(f"{'all':<18}{total:>10}{total / wall:>9.1f}{percentile(every, 50):>9.1f}"
          f"{percentile(every, 99):>9.1f}{n_errors:>8}")
    met = percentile(every, 99) < 100 and not n_errors
    print(f"goal p99 < 100 ms and no errors: {'met' if met else 'not met'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--timeout", type=float, default=10, help="seconds after which a request counts as an error")
    ap.add_argument("--endpoints", default=None, help="a comma-separated subset of: " + ", ".join(endpoints(1)))
    ap.add_argument("--db", type=Path, default=None, help="an SQLite file to keep (reused when it holds enough events)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = build_record(args.db or Path(tmp) / "load.db", args.events)
        port, log_path = free_port(), Path(tmp) / "server.log"
        with log_path.open("w") as log:
            server = start_server(db_url, port, args.workers, log)
            try:
                paths = endpoints(min(50000, count_events(db_url)))  # fill() makes min(50000, N) persons
                if args.endpoints:
                    paths = {name: paths[name] for name in args.endpoints.split(",")}
                timings, errors, wall = asyncio.run(load(f"http://127.0.0.1:{port}", paths, args.clients,
                                                         args.seconds, args.timeout))
            finally:
                stop_server(server)
        report(list(paths), timings, errors, wall, count_events(db_url), args.clients)
        logged = server_errors(log_path)
        print(f"server log: {sum(logged.values())} exceptions" +
              "".join(f"\n  {n} x {line}" for line, n in logged.most_common()))


if __name__ == "__main__":
    main()
