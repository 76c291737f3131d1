"""Fixtures of the record's tests: one fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL comes from ``$ALLEGIANCE_TEST_PG_URL`` (default: the local server's
``test`` database, used only to CREATE and DROP a database per test). When no
server answers, PostgreSQL tests are skipped -- except under ``CI=true``, where
they fail, so CI can never pass without having run them.
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import Engine, make_url

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
