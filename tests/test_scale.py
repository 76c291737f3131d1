"""Backfill at scale: WARC archives the test writes itself (warcio), a real LocalCluster of worker processes,
the real PostgreSQL.

The archives hold the bundled demo articles (the project's own words) as pages of a Pakistani news site, a
sports page, pages of a foreign site, an image, a 404, a request record, a duplicate page under another
address, and a record cut short; an unreadable shard goes with them. The record after a cluster ingest
must equal a serial ingest's, table by table (`test_faults.snapshot`), also when a worker process is
killed (SIGKILL) mid-run or the client is interrupted and run again.
"""
from __future__ import annotations

import html
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

import pytest
from sqlalchemy import create_engine, exc, text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from allegiance.cluster import ingest_on_cluster, list_shards
from allegiance.errors import ClusterError
from allegiance.pipeline import ingest
from allegiance.read import demo_corpus, iter_articles
from allegiance.warc import WarcCounts, iter_warc

from test_faults import differences, snapshot

pytestmark = pytest.mark.slow

SITE = "https://www.dawn.com/news"
SPORT = """Karachi: The national side won the third one-day match by six wickets on Sunday, chasing 281 with
eleven balls to spare. The opening pair put on a century stand before the spinners slowed the scoring, and
the captain finished the game with a six over long-on. The series now stands at two matches each."""


def page(title: str, text: str) -> bytes:
    """An HTML news page around a text, one paragraph a line."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return (f"<html><head><title>{html.escape(title)}</title></head><body><nav>Home | Politics | Sport</nav>"
            f"<article><h1>{html.escape(title)}</h1>\n{paragraphs}</article><footer>All rights reserved</footer>"
            "</body></html>").encode("utf-8")


def write_warc(path: Path, pages: list[tuple[str, int, str, bytes]], gzip: bool = True) -> None:
    """A WARC file of response records (url, status, content type, body), each with a request record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, status, kind, body in pages:
            writer.write_record(writer.create_warc_record(url, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders(f"{status} {'OK' if status == 200 else 'Not Found'}",
                                       [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))


def demo_pages() -> list[tuple[str, int, str, bytes]]:
    """The demo corpus's articles as pages of a Pakistani news site."""
    return [(f"{SITE}/{p.stem}", 200, "text/html; charset=utf-8", page(p.stem.replace("-", " "), p.read_text("utf-8")))
            for p in sorted(demo_corpus().glob("*.txt"))]


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> list[str]:
    """Three shards: two readable archives (one gzipped, one not) and one that is no archive at all."""
    folder = tmp_path_factory.mktemp("warc")
    political = demo_pages()
    half = len(political) // 2
    first = political[:half] + [
        (f"{SITE}/sport-series-levelled", 200, "text/html", page("Series levelled", SPORT)),
        ("https://www.example.org/world/story", 200, "text/html", political[0][3]),  # not a Pakistani site
        (f"{SITE}/logo.jpg", 200, "image/jpeg", b"\xff\xd8\xff\xe0 not really a picture"),
        (f"{SITE}/missing", 404, "text/html", b"<html><body>Not found</body></html>"),
        (f"{SITE}/copy-of-first", 200, "text/html", political[0][3]),  # the same page under another address
    ]
    write_warc(folder / "a.warc.gz", first[:4])
    write_warc(folder / "a-rest.warc.gz", first[4:])
    rest = (folder / "a-rest.warc.gz").read_bytes()
    (folder / "a-rest.warc.gz").unlink()
    with (folder / "a.warc.gz").open("ab") as out:  # a damaged gzip member in the middle, then the rest
        out.write(_cut_record(political[1], gzip=True) + rest)
    write_warc(folder / "b.warc", political[half:], gzip=False)
    whole = (folder / "b.warc").read_bytes()
    (folder / "b.warc").write_bytes(whole + _cut_record(political[0]))
    (folder / "c.warc.gz").write_bytes(b"this is no web archive at all" * 10)
    return [str(folder / "a.warc.gz"), str(folder / "b.warc"), str(folder / "c.warc.gz")]


def _cut_record(item: tuple[str, int, str, bytes], gzip: bool = False) -> bytes:
    """One response record whose end is missing, as a broken download leaves it."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    url, status, kind, body = item
    headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url + "-cut", "response", payload=BytesIO(body), http_headers=headers))
    return buffer.getvalue()[:-200] if not gzip else buffer.getvalue()[:len(buffer.getvalue()) // 2]


@pytest.fixture(scope="module")
def serial_record(archives, pg_admin) -> dict:
    """The record of a serial ingest of the archives (the reference every cluster run must equal)."""
    with _database(pg_admin) as url:
        report = ingest(archives, url)
        assert report.new > 10 and report.problems
        return snapshot(url)


@contextmanager
def _database(admin) -> Iterator[str]:
    """A fresh PostgreSQL database (module-scoped fixtures cannot use conftest's per-test ``new_db``)."""
    database = f"allegiance_test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        yield admin.url.set(database=database).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of one LocalCluster of two single-threaded worker processes, shared by the cluster tests
    (``ingest --cluster ADDRESS``); ``local:N`` itself is run by the CLI tests."""
    from distributed import LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def pg_url(pg_admin) -> Iterator[str]:
    with _database(pg_admin) as url:
        yield url


# --------------------------------------------------------------------------- the reader and its filter

def test_the_filter_keeps_the_political_pages_of_the_countrys_sites_only(archives):
    counts = WarcCounts()
    found = list(iter_warc(archives[0], counts=counts))
    articles = [a for a in found if not hasattr(a, "message")]
    assert {a.url for a in articles} >= {f"{SITE}/copy-of-first", demo_pages()[5][0]}  # read past the damage
    assert not any("example.org" in a.url or a.url.endswith(("logo.jpg", "missing", "sport-series-levelled"))
                   for a in articles)
    assert counts.records == len(articles) + 4 and counts.html == counts.records - 2
    damaged = [p for p in found if hasattr(p, "message")]
    assert len(damaged) == 1 and "damaged" in damaged[0].message and damaged[0].source.startswith(archives[0] + "@")
    assert all(a.source.startswith(archives[0] + "@") for a in articles)


def test_a_record_cut_short_and_an_unreadable_shard_are_reported_with_where(archives, tmp_path):
    problems = [p for p in iter_articles(archives[1:]) if hasattr(p, "message")]
    assert [p.source.rsplit("@", 1)[0] for p in problems] == archives[1:]
    assert "cut short" in problems[0].message and "download" in problems[0].message
    assert int(problems[0].source.rsplit("@", 1)[1]) > 0
    missing = list(iter_warc(tmp_path / "absent.warc.gz"))
    assert len(missing) == 1 and "cannot open" in missing[0].message


def test_an_archive_is_read_from_a_url_as_from_its_path(archives):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(Path(archives[0]).parent))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{Path(archives[0]).name}"
        by_url = [(a.url, a.text) for a in iter_warc(url) if not hasattr(a, "message")]
    finally:
        server.shutdown()
    assert by_url and by_url == [(a.url, a.text) for a in iter_warc(archives[0]) if not hasattr(a, "message")]


def test_cluster_refuses_sqlite_and_a_malformed_local_cluster_before_touching_the_record(archives, tmp_path, pg_url):
    with pytest.raises(ClusterError, match="PostgreSQL"):
        ingest_on_cluster(archives, f"sqlite:///{tmp_path / 'r.db'}", "local:1")
    assert not (tmp_path / "r.db").exists()
    with pytest.raises(ClusterError, match="local:N"):
        ingest_on_cluster(archives, pg_url, "local:0")
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            assert not connection.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
    finally:
        engine.dispose()


def test_a_folder_gives_a_shard_per_archive_and_one_for_its_other_files(archives):
    folder = str(Path(archives[0]).parent)
    assert list_shards([folder]) == sorted(archives) + [folder]
    by_folder = [a.url for a in iter_articles([folder]) if not hasattr(a, "message")]
    by_archive = [a.url for a in iter_articles(sorted(archives)) if not hasattr(a, "message")]
    assert by_folder == by_archive and by_folder


# --------------------------------------------------------------------------- the cluster

def test_cluster_ingest_equals_serial_and_again_adds_nothing(archives, serial_record, pg_url, scheduler):
    report = ingest_on_cluster(archives, pg_url, scheduler)
    assert report.shards_done == 3 and report.pages > report.kept > 10
    assert sorted(p.source.rsplit("@", 1)[0] for p in report.problems) == archives
    assert set(report.rates()) and all(peak > 0 for peak in report.peak_bytes.values())
    assert differences(snapshot(pg_url), serial_record) == []
    again = ingest_on_cluster(archives, pg_url, scheduler)
    assert again.new == 0 and again.unchanged == report.read
    assert differences(snapshot(pg_url), serial_record) == []


def test_a_worker_killed_mid_run_leaves_the_same_record(archives, serial_record, pg_url, scheduler):
    killed: list[int] = []

    def kill_a_worker(report) -> None:
        if not killed and report.new > 0:
            pids = _worker_pids()
            if pids:
                killed.append(pids[0])
                os.kill(pids[0], signal.SIGKILL)

    ingest_on_cluster(archives, pg_url, scheduler, batch=2, progress=kill_a_worker)
    assert killed, "a worker was killed during the run"
    assert differences(snapshot(pg_url), serial_record) == []


def _worker_pids() -> list[int]:
    """The processes of this test's local Dask workers: spawned children of this process (nannies are
    objects in this process; multiprocessing's resource tracker is no worker)."""
    import psutil
    return [p.pid for p in psutil.Process().children(recursive=True)
            if "spawn_main" in " ".join(p.cmdline()) and "resource_tracker" not in " ".join(p.cmdline())]


def test_the_client_interrupted_then_run_again_adds_no_duplicates(archives, serial_record, pg_url):
    command = [sys.executable, "-m", "allegiance.cli", "ingest", *archives, "--db", pg_url, "--cluster", "local:2",
               "--batch", "2"]  # many small commits: the interrupt comes mid-run
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    _wait_for_first_articles(pg_url, child)
    os.killpg(child.pid, signal.SIGINT)
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 130, err.decode()
    assert b"run the same command again" in err
    again = subprocess.run(command, capture_output=True, timeout=300)
    assert again.returncode == 1, again.stderr.decode()  # the unreadable shard is reported
    assert differences(snapshot(pg_url), serial_record) == []


def _wait_for_first_articles(url: str, child: subprocess.Popen, timeout: float = 120.0) -> None:
    engine = create_engine(url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and child.poll() is None:
            try:
                with engine.connect() as connection:
                    if connection.execute(text("SELECT count(*) FROM articles")).scalar():
                        return
            except exc.SQLAlchemyError:
                pass
            time.sleep(0.2)
    finally:
        engine.dispose()
    raise AssertionError("the cluster stored no article in time")


def test_the_cli_says_what_to_do_when_no_scheduler_answers(archives, pg_url):
    done = subprocess.run([sys.executable, "-m", "allegiance.cli", "ingest", archives[0], "--db", pg_url,
                           "--cluster", "tcp://127.0.0.1:9"], capture_output=True, timeout=120)
    assert done.returncode == 5
    assert b"dask scheduler" in done.stderr


def test_worth_parsing_is_the_selections_own_test():
    from allegiance.extractor.select import candidate_chunks, worth_parsing
    move = "Karachi: Senator Asad Rind left the PPP on Monday. He will announce his plans later."
    quiet = "Lahore: The weather stayed dry across the province. Markets were calm in the afternoon."
    assert worth_parsing(move) and candidate_chunks(move)
    assert not worth_parsing(quiet) and not candidate_chunks(quiet)
    assert worth_parsing("لاہور: اسد رند نے پیپلز پارٹی چھوڑ دی۔")  # Urdu passages go to the Urdu rules
