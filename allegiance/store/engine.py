"""Opening the record: a URL in, an upgraded, ready `Engine` out.

SQLite (the embedded default, one file) and PostgreSQL (the record at scale)
are both supported. Every open checks the schema revision: an older database
is upgraded in place by the migrations shipped in ``migrations/`` (one
transaction, so an interrupted upgrade leaves the old schema intact); a
database written by a newer allegiance is refused. Database failures a user
can cause -- a damaged file, a locked one, a server that does not answer --
become a `StoreError` that names the database and says what to do; nothing is
ever written to a file we cannot read.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, exc, inspect
from sqlalchemy.engine import make_url

from ..errors import BadDatabase, NoRecord, StoreError
from .models import Base

DEFAULT_DB = "sqlite:///allegiance.db"
DB_ENV = "ALLEGIANCE_DB"
SQLITE_TIMEOUT = 30.0  # seconds a writer waits for another one before reporting the database locked
MIGRATIONS = Path(__file__).parent / "migrations"
PG_MIGRATION_LOCK = 7_311_982  # advisory lock id: one upgrade at a time on a server
BACKENDS = ("sqlite", "postgresql")
CREATE_HINT = "`allegiance ingest FILES --db {db}` creates one; check the path or $ALLEGIANCE_DB"


def database_url(db: str | None = None) -> str:
    """The database to use: the argument, else ``$ALLEGIANCE_DB``, else ``allegiance.db`` here.

    A bare path means a SQLite file; ``postgresql://`` is given the installed
    psycopg (3) driver so users need not know driver names.
    """
    value = db or os.environ.get(DB_ENV) or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def sqlite_file(url) -> str | None:
    """The file of a SQLite URL (plain or the ``file:`` URI form `create_store_engine` makes), else None."""
    parsed = make_url(url) if isinstance(url, str) else url
    database = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if not database or database == ":memory:":
        return None
    return unquote(database[5:]) if database.startswith("file:") else database


def describe(url: str) -> str:
    """How to name a database in a message: the file for SQLite, the URL without password otherwise."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def parse_url(url: str):
    """The URL parsed, or a `BadDatabase` that says which URLs work."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise BadDatabase(f"{url!r} is not a database URL; give a file path or e.g. "
                          "postgresql://user@host/dbname") from error
    if parsed.get_backend_name() not in BACKENDS:
        raise BadDatabase(f"{parsed.render_as_string(hide_password=True)}: {parsed.get_backend_name()} is not "
                          "supported; give a SQLite file path or a PostgreSQL URL (postgresql://user@host/dbname)")
    return parsed


def existing_record(url: str) -> str:
    """For a command that reads or corrects the record (not ``ingest``/``demo``, which create one): the URL
    of the record at ``url``, never creating one.

    A missing SQLite file, a folder, an empty file or a database without allegiance's schema is a
    `NoRecord`; a file (or its folder) without write permission is opened read-only. The SQLite URL
    returned carries ``mode=rw`` or ``mode=ro`` (`create_store_engine` opens it so), so a file deleted
    later -- under a running server -- is never re-created empty."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:") \
            and "mode" not in parsed.query:
        path = Path(parsed.database)
        if not path.exists():
            raise NoRecord(f"no record at {path}; " + CREATE_HINT.format(db=path))
        if path.is_dir():
            raise NoRecord(f"no record at {path}: it is a folder; give the record's file with --db")
        if path.stat().st_size == 0:
            raise NoRecord(f"no record at {path}: the file is empty; " + CREATE_HINT.format(db=path))
        query = {"mode": "rw"}
        if read_only(path) or read_only(path.parent):
            query = {"mode": "ro"}
            if read_only(path.parent) and not Path(f"{path}-shm").exists():
                query["immutable"] = "1"  # no -shm file can be made beside it: read the file as it stands
        url = parsed.update_query_dict(query).render_as_string(hide_password=False)
    engine = create_store_engine(url)
    try:
        with store_errors(url), engine.connect() as connection:
            revision = current_revision(connection)
    finally:
        engine.dispose()
    if revision is None:
        raise NoRecord(f"no record at {describe(url)}: the database holds no allegiance record; "
                       + CREATE_HINT.format(db=describe(url)))
    return url


def read_only(path: Path) -> bool:
    """A file or folder marked read-only (no write bit; even for root) or not writable by this user."""
    try:
        return not stat.S_IMODE(path.stat().st_mode) & 0o222 or not os.access(path, os.W_OK)
    except OSError:
        return False


def open_database(url: str, *, upgrade: bool = True, pool_size: int | None = None) -> Engine:
    """An engine on the record at ``url``, its schema at the code's head revision; ``pool_size`` holds
    that many connections (a server gives one to each request it runs at once)."""
    engine = create_store_engine(url, pool_size)
    with store_errors(url):
        check_revision(engine, url)
        if upgrade:
            _upgrade(engine, url)
    return engine


def create_store_engine(url: str, pool_size: int | None = None) -> Engine:
    """An engine with no schema check or upgrade (`open_database` does both): for SQLite, with
    real transactions, WAL and foreign keys. Tools use it to look at a database as it is."""
    parsed = parse_url(url)
    pool = {} if pool_size is None else {"pool_size": pool_size, "max_overflow": 0}
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, **pool)
    path = parsed.database or ""
    if parsed.query.get("uri") == "true" and path.startswith("file:"):  # sqlite:///file:PATH?mode=ro&uri=true
        path = path.removeprefix("file:")
    if path and path != ":memory:":
        folder = Path(path).parent
        if not folder.is_dir():
            raise StoreError(f"{parsed.database}: folder {folder} does not exist; create it or give another --db")
    connect_args = {} if "timeout" in parsed.query else {"timeout": SQLITE_TIMEOUT}
    if "mode" in parsed.query and parsed.database:  # an existing record: a SQLite URI, which never creates the file
        parsed = parsed.set(database="file:" + quote(os.path.abspath(path))) \
            .update_query_dict({"uri": "true"})
    engine = create_engine(parsed, connect_args=connect_args, **pool)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    """Per connection: we issue BEGIN ourselves (so DDL is transactional too), WAL, foreign keys."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except Exception as error:  # a record opened read-only keeps the journal it has
            if "readonly" not in str(error) and "read-only" not in str(error):
                raise
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash loses no committed transaction
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """BEGIN, or BEGIN IMMEDIATE for writers that asked for it (takes the write lock at once,
    so a concurrent writer waits instead of failing half-way)."""
    mode = connection.get_execution_options().get("sqlite_begin", "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin (SQLite)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


# --------------------------------------------------------------------------- migrations

def alembic_config() -> Config:
    """Alembic's configuration built in code: works from an installed wheel, no alembic.ini."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision the code knows."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at; None for an empty one."""
    return MigrationContext.configure(connection).get_current_revision()


def check_revision(engine: Engine, url: str) -> str | None:
    """Refuse a database written by a newer allegiance, or holding tables we did not create."""
    with engine.connect() as connection:
        revision = current_revision(connection)
        if revision is None:
            _refuse_foreign_tables(connection, url)
    if revision is not None and revision not in _known_revisions():
        raise StoreError(f"{describe(url)}: database was written by a newer allegiance (revision {revision}); "
                         "upgrade allegiance")
    return revision


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _refuse_foreign_tables(connection: Connection, url: str) -> None:
    """A database without our revision but with tables of our names belongs to someone else."""
    clash = sorted(set(inspect(connection).get_table_names()) & set(Base.metadata.tables))
    if clash:
        raise StoreError(f"{describe(url)}: holds tables ({', '.join(clash)}) that allegiance did not create; "
                         "give another --db")


def _upgrade(engine: Engine, url: str, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction, one upgrader at a time."""
    with engine.connect() as connection:
        if current_revision(connection) == head_revision() and revision == "head":
            return
    with writer(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def migrate(url: str, revision: str = "head") -> Engine:
    """Upgrade to a given revision (tests build old databases with it); returns the engine."""
    engine = create_store_engine(url)
    with store_errors(url):
        check_revision(engine, url)
        _upgrade(engine, url, revision)
    return engine


# --------------------------------------------------------------------------- errors

@contextmanager
def store_errors(url: str) -> Iterator[None]:
    """Turn a driver error a user can cause into a `StoreError` that names the database."""
    try:
        yield
    except exc.DBAPIError as error:
        advice = _advice(error)
        kind = BadDatabase if advice.startswith("is not an allegiance database") else StoreError
        raise kind(f"{describe(url)}: {advice}") from error


def _advice(error: exc.DBAPIError) -> str:
    """What went wrong, in words, and what to do about it."""
    message = str(error.orig).strip()
    lowered = message.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return ("is not an allegiance database or is damaged; nothing was changed. Restore it from a copy, "
                "or move it aside and give another --db")
    if "locked" in lowered or "busy" in lowered:
        return ("database is locked by another program (another ingest, or a SQLite tool with an open "
                "transaction); close it or wait, then run again. Nothing was lost")
    if "readonly" in lowered or "read-only" in lowered:
        return ("the record is read-only (its file or folder has no write permission): it can be queried, "
                "not changed; make it writable to ingest or correct")
    if "unable to open" in lowered:
        return "cannot open the database file; check the path and its permissions"
    if isinstance(error, exc.OperationalError) and "connect" in lowered:
        return f"cannot connect ({message.splitlines()[0]}); check the server is running and the URL"
    return f"database error: {message.splitlines()[0] if message else type(error.orig).__name__}"
