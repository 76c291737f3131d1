"""One conftest, one fixture per kind; no work at import time.

* Extraction: ``extractor`` (select mode), ``full_extractor``, ``nlp``: the spaCy pipeline is loaded
  once per test session.
* The record: ``new_db`` (a factory of fresh, empty databases), ``db_url`` (one of them), on SQLite and on
  PostgreSQL (``backend``). PostgreSQL comes from ``$ALLEGIANCE_TEST_PG_URL`` (default: the local
  server's ``test`` database, used only to CREATE and DROP a database per test). When no server answers,
  PostgreSQL tests are skipped -- except under ``CI=true``, where they fail, so CI can never pass without
  having run them.
* The web dashboard: a real record, a real server, a real browser.

  * ``web_db``: an SQLite record of the bundled demo corpus plus one made-up story whose text carries a
    ``<script>``; the story's person is then renamed (a real review correction) to a name that carries
    markup.
  * ``live_server``: uvicorn serving ``create_app(settings)`` on 127.0.0.1, on a free port, in a
    background thread, with a review token.
  * ``browser``: Debian's Chromium driven by Playwright, headless. When Chromium or Playwright is missing
    the browser tests are skipped -- except under ``CI=true``, where they fail, so CI cannot pass without
    having run them.
  * ``page``: a fresh page that records console errors, page errors, dialogs and every request that would
    leave the server.

Tests that load the spaCy model, drive the browser or need PostgreSQL are marked ``slow``
(``pytest -m "not slow"`` runs the rest).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from allegiance.extractor import get_extractor
from allegiance.pipeline import ingest
from allegiance.read import demo_corpus
from allegiance.record.corrections import rename_person
from allegiance.settings import WebSettings
from allegiance.store.engine import open_database
from allegiance.store.queries import find_events
from allegiance.web import create_app

SLOW_FIXTURES = {"extractor", "full_extractor", "nlp", "web_db", "browser", "page", "live_server", "pg_admin"}


def pytest_collection_modifyitems(items) -> None:
    """Mark ``slow`` the tests that load the model, drive the browser or run on PostgreSQL."""
    for item in items:
        params = getattr(item, "callspec", None)
        on_pg = params is not None and params.params.get("backend") == "postgresql"
        if on_pg or SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


# --------------------------------------------------------------------------- extraction

@pytest.fixture(scope="session")
def extractor():
    return get_extractor(mode="select")


@pytest.fixture(scope="session")
def full_extractor():
    return get_extractor(mode="full")


def story_reader(extractor, published: str):
    """The events of a story the test writes: ``read(text, published=...)``, the story dated ``published``
    unless the call says otherwise."""
    from allegiance.model import Article

    def read(text: str, published: str = published):
        return extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))
    return read


def coalition_reader(extractor, published: str):
    """(actor, counterpart, action) of each coalition act in a story the test writes, dated ``published``
    unless the call says otherwise."""
    read = story_reader(extractor, published)

    def coalitions(text: str, published: str = published) -> set[tuple]:
        return {(e.actor, e.counterpart, e.action) for e in read(text, published) if e.type == "coalition"}
    return coalitions


def person_moves(extractor, published: str):
    """(type, actor, party or post, status) of each leave, join, expulsion and resignation in a written story."""
    read = story_reader(extractor, published)

    def moves(text: str, published: str = published) -> set[tuple]:
        return {(e.type, e.actor, e.party or e.post, e.status) for e in read(text, published)
                if e.type in ("leave_party", "join_party", "expel", "resign_post")}
    return moves


@pytest.fixture(scope="session")
def nlp(extractor):
    return extractor.nlp


# --------------------------------------------------------------------------- the record

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_admin() -> Engine:
    """An AUTOCOMMIT engine on the test server (for CREATE/DROP DATABASE), or skip/fail."""
    url = make_url(os.environ.get("ALLEGIANCE_TEST_PG_URL", PG_DEFAULT)).set(drivername="postgresql+psycopg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except exc.OperationalError as error:
        engine.dispose()
        message = f"PostgreSQL does not answer at {url.render_as_string()}: {str(error.orig).splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: PostgreSQL tests must run)")
        pytest.skip(message)
    yield engine
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_db(backend, tmp_path, request):
    """A factory of fresh, empty database URLs of this test's backend; PG databases are dropped after."""
    created: list[str] = []
    admin: Engine | None = None

    def make(name: str = "record") -> str:
        nonlocal admin
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / (name + '.db')}"
        admin = request.getfixturevalue("pg_admin")
        database = f"allegiance_test_{uuid.uuid4().hex[:16]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{database}"'))
        created.append(database)
        return admin.url.set(database=database).render_as_string(hide_password=False)

    yield make
    for database in created:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))


@pytest.fixture
def db_url(new_db) -> str:
    """One fresh, empty database of the test's backend."""
    return new_db()


def ingest_stories(db_url: str, folder: Path, stories: dict[str, str]) -> str:
    """Written stories (name -> text) saved as articles in `folder` and ingested, every one new; the URL back."""
    folder.mkdir()
    for name, body in stories.items():
        (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    assert ingest([folder], db_url).new == len(stories)
    return db_url


@pytest.fixture
def stories_db(db_url, tmp_path, request) -> str:
    """The test module's ``ARTICLES`` (name -> text) ingested into a fresh record; its URL."""
    return ingest_stories(db_url, tmp_path / "in", request.module.ARTICLES)


@pytest.fixture
def stories_session(stories_db, record_session) -> Iterator[Session]:
    """A session on the record of the module's ``ARTICLES``."""
    with record_session(stories_db) as session:
        yield session


@pytest.fixture
def record_session():
    """Opens a session on a record's URL; the engines are disposed of after the test."""
    engines = []

    def open_session(url: str) -> Session:
        from allegiance.record.derive import open_record

        engines.append(open_record(url))
        return Session(engines[-1])
    yield open_session
    for engine in engines:
        engine.dispose()


# --------------------------------------------------------------------------- the web dashboard

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ENV = "ALLEGIANCE_TEST_CHROMIUM"  # another Chromium binary (default: chromium on PATH, else CHROMIUM)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REVIEW_TOKEN = "review-token-for-tests-7f3a9c"
SCRIPT = "<script>alert(1)</script>"
MARKUP_NAME = "Qasim <img src=x onerror=alert(2)><script>alert(3)</script> Baloch"
STORY_PERSON = "Qasim Noor Baloch"
# A made-up story (the project's own words); its first sentence is the evidence of a join.
STORY = f"""date 2024-03-05
Lahore: Provincial lawmaker Qasim Noor Baloch joined the PPP on Tuesday {SCRIPT} in Lahore, the party said.
He had left the PML-Q earlier in the week.
"""
STORY_EVIDENCE = f"Provincial lawmaker Qasim Noor Baloch joined the PPP on Tuesday {SCRIPT} in Lahore"


def _absent(message: str) -> None:
    """Skip the test, or fail it under CI=true."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: the browser tests must run)")
    pytest.skip(message)


@dataclass(frozen=True)
class WebRecord:
    """The test record: its URL and the ids the tests look up."""

    url: str
    story_person: str  # person id of the made-up story's lawmaker (renamed to MARKUP_NAME)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> WebRecord:
    """The demo corpus and the made-up story, ingested; the story's person renamed to a name with markup."""
    folder = tmp_path_factory.mktemp("web")
    (folder / "story").mkdir()
    (folder / "story" / "zz-made-up-story.txt").write_text(STORY, encoding="utf-8")
    url = f"sqlite:///{folder / 'record.db'}"
    ingest([demo_corpus(), folder / "story"], url)
    engine = open_database(url)
    try:
        with Session(engine) as session, session.begin():
            found = [e for e in find_events(session, type="join_party") if e.event.actor == STORY_PERSON]
            assert found and found[0].person_id, "the made-up story gives a join with a person"
            pid = found[0].person_id
            rename_person(session, pid, MARKUP_NAME, note="markup in a name")
    finally:
        engine.dispose()
    return WebRecord(url=url, story_person=pid)


def make_app(db_url: str, token: str | None = REVIEW_TOKEN):
    """The dashboard as served: ``create_app(settings)`` on the record."""
    return create_app(WebSettings(db_url=db_url, review_token=token))


@pytest.fixture(scope="session")
def web_app(web_db):
    return make_app(web_db.url)


class _Server(threading.Thread):
    """uvicorn on a socket bound beforehand (no race for the port), in a daemon thread."""

    def __init__(self, app) -> None:
        super().__init__(daemon=True)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))

    def run(self) -> None:
        self.server.run(sockets=[self.sock])

    def wait(self, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while not self.server.started:
            if not self.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.join(10)
        self.sock.close()


@pytest.fixture(scope="session")
def live_server(web_app) -> Iterator[str]:
    """The base URL of the dashboard served by uvicorn on 127.0.0.1."""
    server = _Server(web_app)
    server.start()
    server.wait()
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (Debian's) for the session; never downloads a browser."""
    path = os.environ.get(CHROMIUM_ENV) or shutil.which("chromium") or CHROMIUM
    if not Path(path).is_file():
        _absent(f"Chromium is not installed ({path}); apt-get install chromium, or set {CHROMIUM_ENV}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _absent("Playwright is not installed; pip install -e '.[test]'")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@dataclass
class Watch:
    """What a page did that a test may forbid."""

    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.errors, f"console or page errors: {self.errors}"
        assert not self.foreign, f"requests leaving the server: {self.foreign}"
        assert not self.dialogs, f"dialogs opened (script ran): {self.dialogs}"


LOCAL_SCHEMES = ("data:", "blob:", "about:")


@pytest.fixture
def page(browser, live_server):
    """A fresh page on the dashboard; ``page.watch`` holds its errors, foreign requests and dialogs."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    watch = Watch()

    def on_console(message) -> None:
        if message.type == "error":
            watch.errors.append(f"console: {message.text} at {message.location}")

    def on_request(request) -> None:
        if not request.url.startswith((live_server + "/", *LOCAL_SCHEMES)):
            watch.foreign.append(request.url)

    def on_dialog(dialog) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    opened.on("console", on_console)
    opened.on("pageerror", lambda error: watch.errors.append(f"pageerror: {error}"))
    opened.on("request", on_request)
    opened.on("dialog", on_dialog)
    opened.watch = watch
    opened.set_default_timeout(10_000)
    yield opened
    context.close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot as test-artifacts/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
