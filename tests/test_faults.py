"""An interrupted ingest or reprocess, then the same command (or any command) again: the whole record --
every table, the derived ones included -- equals an uninterrupted run's.

* Kills: the real CLI in a subprocess on the demo corpus, killed (SIGKILL) at a named point
  (``$ALLEGIANCE_CRASH_AT``: after the first, a middle and the last article is stored, between the last
  article and the derive stage, inside the derive transaction before its commit, just after it), at a
  random one of those points, or from outside a random time after its first article is stored; then run
  again.
* ``--reprocess`` killed after some articles were re-extracted or inside its derive transaction; then
  either ``--reprocess`` again or a reading command (which finishes the pending derivation on open).
* A full disk: SQLite stopped by ``PRAGMA max_page_count`` (set on every connection the ingest opens),
  PostgreSQL by triggers that raise the server's own ``disk_full`` error (SQLSTATE 53100) once a number
  of rows has been written; at several sizes, from "during the first articles" to "during the derive
  stage". Then the space is freed and the ingest run again.

Records are compared by content: autoincrement ids (articles, events, memberships, moves) are replaced by
what they stand for (an article by its text's hash, an event by its article and rank in it), and
``record_meta``'s ``version`` counter by its presence, since a re-run may refresh once more. Every table
of the database must have a rule here, so a new table cannot escape the comparison.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import Pool

from allegiance.errors import StoreError
from allegiance.pipeline import ingest
from allegiance.read import demo_corpus
from allegiance.record.derive import CRASH_ENV
from allegiance.store.engine import create_store_engine, open_database

pytestmark = pytest.mark.slow

DEMO = demo_corpus()
ARTICLES = len(list(DEMO.glob("*.txt")))
RANDOM_KILLS = int(os.environ.get("ALLEGIANCE_FAULT_TRIALS", "1"))  # random kills (of each kind) per backend
SEED = int(os.environ.get("ALLEGIANCE_FAULT_SEED", "20261204"))


# --------------------------------------------------------------------------- the record, by content

def snapshot(url: str) -> dict[str, list]:
    """Every table of the record as a sorted list of rows, ids replaced by what they stand for."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            assert tables == set(RULES), f"tables without a comparison rule: {tables ^ set(RULES)}"
            rows = {name: [dict(r._mapping) for r in connection.execute(text(f'SELECT * FROM "{name}"'))]
                    for name in tables}
    finally:
        engine.dispose()
    article = {r["id"]: r["content_hash"] for r in rows["articles"]}
    ranked: dict[int, tuple] = {}
    for a in article:
        ids = sorted(r["id"] for r in rows["events"] if r["article_id"] == a)
        ranked.update((eid, (article[a], rank)) for rank, eid in enumerate(ids))
    refs = {"article": article, "event": ranked}
    return {name: sorted((_content(RULES[name], r, refs) for r in table), key=repr) for name, table in rows.items()}


def _content(rule: dict, row: dict, refs: dict) -> tuple:
    out = []
    for column in sorted(row):
        if column in rule.get("drop", ()):
            continue
        value = row[column]
        kind = rule.get("refs", {}).get(column)
        out.append((column, refs[kind].get(value, ("missing", value)) if kind and value is not None else value))
    if rule.get("version") and row["key"] == "version":
        out = [("key", "version"), ("value", "present")]
    return tuple(out)


RULES: dict[str, dict] = {
    "articles": {"drop": ("id", "ingested_at")},
    "events": {"drop": ("id",), "refs": {"article_id": "article"}},
    "persons": {},
    "corrections": {"drop": ("id", "created_at")},
    "facts": {},
    "fact_sources": {"refs": {"event_id": "event", "article_id": "article"}},
    "fact_parties": {},
    "memberships": {"drop": ("id",)},
    "moves": {"drop": ("id",)},
    "record_meta": {"version": True},
    "pending_articles": {"refs": {"article_id": "article"}},
    "alembic_version": {},
    "watch_sources": {},
    "watch_urls": {"refs": {"article_id": "article"}},
}


def differences(got: dict[str, list], want: dict[str, list]) -> list[str]:
    """The tables that differ, with how many rows each side has."""
    return [f"{name}: {len(got[name])} rows, uninterrupted {len(want[name])}" for name in want if got[name] != want[name]]


def dangling_sources(url: str) -> int:
    """Fact sources citing an event that is not stored."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM fact_sources s WHERE NOT EXISTS "
                                           "(SELECT 1 FROM events e WHERE e.id = s.event_id)")).scalar()
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- databases and runs

@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def databases(backend, tmp_path_factory, request):
    """A factory of fresh databases of the backend (optionally copies of another), dropped at the end."""
    folder = tmp_path_factory.mktemp(f"faults-{backend}")
    admin = request.getfixturevalue("pg_admin") if backend == "postgresql" else None
    created: list[str] = []

    def make(copy_of: str | None = None) -> str:
        name = f"allegiance_fault_{uuid.uuid4().hex[:12]}"
        if admin is None:
            path = folder / f"{name}.db"
            if copy_of:
                shutil.copy(make_url(copy_of).database, path)  # WAL checkpointed: every writer has exited
            return f"sqlite:///{path}"
        template = f' TEMPLATE "{make_url(copy_of).database}"' if copy_of else ""
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{template}'))
        created.append(name)
        return admin.url.set(database=name).render_as_string(hide_password=False)

    yield make
    if admin is not None:
        with admin.connect() as connection:
            for name in created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def cli(url: str, *args: str, crash_at: str | None = None, kill_after: float | None = None,
        after_first_article: bool = False) -> int:
    """Run ``allegiance`` in a subprocess; killed at ``crash_at`` or ``kill_after`` seconds after it starts
    (or after it stored its first article); its exit code."""
    env = {**os.environ, CRASH_ENV: crash_at} if crash_at else {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    command = [sys.executable, "-m", "allegiance.cli", *args, "--db", url]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_after is not None:
        if after_first_article:
            _first_article_stored(url, child)
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
    _out, err = child.communicate(timeout=300)
    if child.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"allegiance {' '.join(args)} exited {child.returncode}: {err.decode()[-2000:]}")
    return child.returncode


@pytest.fixture(scope="module")
def clean(databases):
    """The uninterrupted ingest of the demo corpus: its database, its snapshot and how long it ran."""
    url = databases()
    started = time.monotonic()
    assert cli(url, "ingest", str(DEMO)) == 0
    took = time.monotonic() - started
    return url, snapshot(url), took


@pytest.fixture(scope="module")
def clean_reprocessed(databases, clean):
    """The clean record, then an uninterrupted ``ingest --reprocess``."""
    url = databases(copy_of=clean[0])
    assert cli(url, "ingest", "--reprocess") == 0
    return snapshot(url)


def test_the_uninterrupted_record_is_whole(clean):
    _url, want, _took = clean
    assert len(want["articles"]) == ARTICLES and want["pending_articles"] == []
    for table in ("persons", "facts", "fact_sources", "fact_parties", "memberships", "moves"):
        assert want[table], f"{table} is empty"


# --------------------------------------------------------------------------- kills during ingest

# the first article, a middle one, the last one; "derive": after the last article (and the reprocess stage),
# before deriving; inside the derive transaction, before its commit; just after its commit
KILL_POINTS = ["stored:1", f"stored:{ARTICLES // 2}", f"stored:{ARTICLES}", "derive", "derive:commit", "derive:done"]


@pytest.mark.parametrize("point", KILL_POINTS)
def test_ingest_killed_at_a_point_then_run_again_equals_uninterrupted(databases, clean, point):
    url = databases()
    assert cli(url, "ingest", str(DEMO), crash_at=point) == -signal.SIGKILL
    assert cli(url, "ingest", str(DEMO)) == 0
    assert differences(snapshot(url), clean[1]) == []


@pytest.mark.parametrize("trial", range(RANDOM_KILLS))
def test_ingest_killed_at_a_random_point_then_run_again_equals_uninterrupted(databases, clean, trial, backend):
    rng = random.Random(f"{SEED}-{backend}-point-{trial}")
    point = rng.choice([f"stored:{rng.randint(1, ARTICLES)}", "derive:commit", "derive:done"])
    url = databases()
    assert cli(url, "ingest", str(DEMO), crash_at=point) == -signal.SIGKILL
    assert cli(url, "ingest", str(DEMO)) == 0
    assert differences(snapshot(url), clean[1]) == [], f"killed at {point}"


@pytest.mark.parametrize("trial", range(RANDOM_KILLS))
def test_ingest_killed_at_a_random_time_then_run_again_equals_uninterrupted(databases, clean, trial, backend):
    """Killed from outside a random time after its first article is stored (extraction comes first and
    storing takes a fraction of a second, so a delay from the start would mostly kill the model loading)."""
    delay = random.Random(f"{SEED}-{backend}-time-{trial}").uniform(0.0, 0.4)
    url = databases()
    killed = cli(url, "ingest", str(DEMO), kill_after=delay, after_first_article=True) == -signal.SIGKILL
    left = _counts(url)
    print(f"killed {delay:.2f} s after the first article: {left}" if killed else "ran to the end before the kill")
    assert cli(url, "ingest", str(DEMO)) == 0
    assert differences(snapshot(url), clean[1]) == [], f"killed {delay:.2f} s after the first article: {left}"


def _counts(url: str) -> dict[str, int]:
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            return {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                    for t in ("articles", "pending_articles", "facts")}
    finally:
        engine.dispose()


def _first_article_stored(url: str, child: subprocess.Popen, timeout: float = 120.0) -> None:
    """Wait until the ingest ``child`` has committed an article (or ended)."""
    engine = create_store_engine(url)
    deadline = time.monotonic() + timeout
    try:
        while child.poll() is None and time.monotonic() < deadline:
            try:
                with engine.connect() as connection:
                    if connection.execute(text("SELECT count(*) FROM articles")).scalar():
                        return
            except Exception:  # no schema yet, or the writer holds the lock: look again
                pass
            time.sleep(0.02)
    finally:
        engine.dispose()


def test_ingest_killed_before_deriving_is_finished_by_the_next_command(databases, clean):
    """Killed after the last article, before the derive stage: a reading command finishes the record."""
    url = databases()
    assert cli(url, "ingest", str(DEMO), crash_at="derive") == -signal.SIGKILL
    stale = snapshot(url)
    assert len(stale["pending_articles"]) == ARTICLES and stale["facts"] == []
    assert cli(url, "events", "--type", "join_party") == 0
    assert differences(snapshot(url), clean[1]) == []


# --------------------------------------------------------------------------- kills during --reprocess

@pytest.mark.parametrize("point, again", [(f"reprocessed:{ARTICLES // 3}", "reprocess"),
                                          (f"reprocessed:{ARTICLES // 3}", "read"),
                                          ("derive:commit", "reprocess")])
def test_reprocess_killed_then_run_again_equals_uninterrupted(databases, clean, clean_reprocessed, point, again):
    url = databases(copy_of=clean[0])
    assert cli(url, "ingest", "--reprocess", crash_at=point) == -signal.SIGKILL
    if again == "reprocess":
        assert cli(url, "ingest", "--reprocess") == 0
    else:
        assert cli(url, "flows") == 0
    assert dangling_sources(url) == 0
    assert differences(snapshot(url), clean_reprocessed) == []


# --------------------------------------------------------------------------- a full disk

def _fill_sqlite(pages: int):
    """Every new SQLite connection limited to ``pages`` pages: the disk is full beyond them."""
    def limit(connection, _record) -> None:
        if isinstance(connection, sqlite3.Connection):
            connection.execute(f"PRAGMA max_page_count = {pages}")
    event.listen(Pool, "connect", limit)
    return lambda: event.remove(Pool, "connect", limit)


def _fill_postgresql(url: str, rows: int):
    """Triggers on every table of the record that fail with the server's ``disk_full`` error once ``rows``
    rows have been written (rolled-back ones count, as they take space)."""
    engine = create_store_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE SEQUENCE fault_rows"))
        connection.execute(text(f"""
            CREATE FUNCTION fault_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF nextval('fault_rows') > {rows} THEN
                RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
              END IF;
              RETURN NEW;
            END $$"""))
        for table in RULES:
            if table != "alembic_version":
                connection.execute(text(f'CREATE TRIGGER fault_disk_full BEFORE INSERT OR UPDATE ON "{table}" '
                                        "FOR EACH ROW EXECUTE FUNCTION fault_disk_full()"))

    def free() -> None:
        with engine.begin() as connection:
            for table in RULES:
                if table != "alembic_version":
                    connection.execute(text(f'DROP TRIGGER fault_disk_full ON "{table}"'))
            connection.execute(text("DROP FUNCTION fault_disk_full()"))
            connection.execute(text("DROP SEQUENCE fault_rows"))
        engine.dispose()
    return free


def _size(url: str, backend: str) -> int:
    """The clean record's size: pages (SQLite) or rows (PostgreSQL)."""
    engine = create_store_engine(url)
    with engine.connect() as connection:
        if backend == "sqlite":
            size = connection.exec_driver_sql("PRAGMA page_count").scalar()
        else:
            size = sum(connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in RULES)
    engine.dispose()
    return size


FULL_AT = [0.3, 0.6, 0.8, 0.95]  # of the clean record's size: from the first articles to the derive stage


@pytest.mark.parametrize("fraction", FULL_AT)
def test_disk_full_during_ingest_then_freed_and_run_again_equals_uninterrupted(databases, clean, backend, fraction,
                                                                              extractor):
    url = databases()
    open_database(url).dispose()  # the schema is in place before the disk fills (the triggers need the tables)
    limit = int(_size(clean[0], backend) * fraction)
    free = _fill_sqlite(limit) if backend == "sqlite" else _fill_postgresql(url, limit)
    try:
        with pytest.raises(StoreError, match="full|space"):
            ingest([DEMO], url)
    finally:
        free()
    full = snapshot(url)
    print(f"disk full at {fraction}: {len(full['articles'])} articles stored, {len(full['pending_articles'])} pending")
    assert len(full["articles"]) < ARTICLES or full["pending_articles"], "the disk never filled"
    ingest([DEMO], url)
    assert differences(snapshot(url), clean[1]) == []
