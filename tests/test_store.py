"""The record's storage: round trips, schema and migrations, damaged and locked databases, queries."""
import sqlite3
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData, insert, text
from sqlalchemy.orm import Session

from allegiance.record.derive import open_record
from allegiance.record.query import facts, flows
from allegiance.model import Article, Event, Evidence
from allegiance.store import StoreError, article_sources, count_rows, database_url, find_events, open_database
from allegiance.store.engine import create_store_engine, current_revision, head_revision, migrate, store_errors
from allegiance.store.derived import derived_stale, mark_pending, pending_work
from allegiance.store.models import Base, CorrectionRow
from allegiance.store.queries import add_article, iter_record

ARTICLE = Article(doc="a1", text="LAHORE: MNA Ali Raza quit the PML-N and joined the PTI.",
                  published=date(2023, 5, 25), title="Raza joins PTI", url="https://example.org/a1",
                  source="a1.txt", offset=16)
SENTENCE = ARTICLE.text[8:]
EVENTS = [
    Event(doc="a1", type="leave_party", actor="Ali Raza", party="PML-N", date="2023-05-24", confidence=0.9,
          evidence=Evidence(SENTENCE, 24, 24 + len(SENTENCE), "membership.leave")),
    Event(doc="a1", type="join_party", actor="Ali Raza", party="PTI", date="2023-05-24", status="possible",
          evidence=Evidence(SENTENCE, 24, 24 + len(SENTENCE), "membership.join")),
]


def store(url, article=ARTICLE, events=EVENTS):
    engine = open_database(url)
    with Session(engine) as session, session.begin():
        add_article(session, article, events, "test")
    return engine


def add_old_article(engine, article=ARTICLE, events=EVENTS):
    """Store an article and its events in a record of an older schema: only the columns its tables have."""
    tables = MetaData()
    tables.reflect(engine, only=["articles", "events"])
    row = add_article(Session(), article, events, "old")
    with engine.begin() as connection:
        found = connection.execute(insert(tables.tables["articles"]).values(_columns(row, tables.tables["articles"])))
        for event in row.events:
            event.article_id = found.inserted_primary_key[0]
            connection.execute(insert(tables.tables["events"]).values(_columns(event, tables.tables["events"])))


def _columns(row, table) -> dict:
    return {c.name: getattr(row, c.name) for c in table.columns if c.name != "id" and getattr(row, c.name) is not None}


def record(engine):
    with Session(engine) as session:
        return list(iter_record(session))


def test_round_trip(db_url):
    engine = store(db_url)
    assert record(engine) == [(ARTICLE, EVENTS)]
    engine.dispose()


def test_schema_matches_models(db_url):
    engine = open_database(db_url)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision() == "0009_party_names"
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_views_answer_the_common_questions(db_url):
    engine = store(db_url)
    with engine.connect() as connection:
        defections = connection.execute(text("SELECT actor, left_party, joined_party, date, doc FROM v_defections"))
        assert defections.all() == [("Ali Raza", "PML-N", "PTI", "2023-05-24", "a1")]
        sourced = connection.execute(text("SELECT type, url, title FROM v_events_with_sources ORDER BY id")).all()
        assert sourced[0] == ("leave_party", ARTICLE.url, ARTICLE.title) and len(sourced) == 2
    engine.dispose()


def test_old_database_is_upgraded_in_place(db_url):
    engine = migrate(db_url, "0001_initial")
    add_old_article(engine)
    engine.dispose()
    engine = open_database(db_url)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.execute(text("SELECT count(*) FROM v_defections")).scalar() == 1
    assert record(engine) == [(ARTICLE, EVENTS)]
    engine.dispose()


def test_upgrade_to_derived_tables_builds_the_record_once(db_url):
    engine = migrate(db_url, "0003_query_indexes")
    add_old_article(engine)
    engine.dispose()
    engine = open_record(db_url)
    with Session(engine) as session:
        assert not derived_stale(session)
        assert {(f.type, f.party) for f in facts(session)} == {("leave_party", "PML-N"), ("join_party", "PTI")}
        assert flows(session) == {"PML-N": {"PTI": ["Ali Raza"]}}
    engine.dispose()


def test_newer_database_is_refused_untouched(db_url):
    engine = store(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"newer allegiance \(revision 0099_future\); upgrade allegiance"):
        open_database(db_url)
    raw = create_store_engine(db_url)
    with Session(raw) as session:
        assert count_rows(session)["events"] == 2
    raw.dispose()


def test_tables_of_another_program_are_refused(db_url):
    engine = create_store_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)"))
    engine.dispose()
    with pytest.raises(StoreError, match="allegiance did not create"):
        open_database(db_url)


def test_corrupted_file_gives_clear_error_and_is_left_alone(tmp_path):
    path = tmp_path / "record.db"
    garbage = b"this is not a database, it is a shopping list\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match=f"{path}: is not an allegiance database or is damaged"):
        open_database(database_url(str(path)))
    assert path.read_bytes() == garbage


def test_locked_database_gives_clear_error_and_keeps_data(tmp_path):
    path = tmp_path / "record.db"
    store(database_url(str(path))).dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO persons (id, name, aliases) VALUES ('p1', 'Someone', '[]')")
    try:
        with pytest.raises(StoreError, match=f"{path}: database is locked by another program"):
            url = f"sqlite:///{path}?timeout=0.2"
            with store_errors(url), Session(open_database(url)) as session, session.begin():
                add_article(session, ARTICLE.__class__(doc="b", text="other text"), [], "test")
    finally:
        holder.close()
    engine = open_database(database_url(str(path)))
    assert record(engine) == [(ARTICLE, EVENTS)]
    engine.dispose()


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_database(database_url(str(tmp_path / "nowhere" / "record.db")))


def test_database_url(monkeypatch):
    monkeypatch.delenv("ALLEGIANCE_DB", raising=False)
    assert database_url(None) == "sqlite:///allegiance.db"
    assert database_url("/tmp/r.db") == "sqlite:////tmp/r.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("ALLEGIANCE_DB", "sqlite:///env.db")
    assert database_url(None) == "sqlite:///env.db" and database_url("x.db") == "sqlite:///x.db"


def test_queries(db_url):
    engine = store(db_url)
    with Session(engine) as session, session.begin():
        session.add(CorrectionRow(kind="reject", target="event:1", payload={"why": "test"},
                                  created_at=datetime.now(timezone.utc)))
    with Session(engine) as session:
        assert count_rows(session) == {"articles": 1, "events": 2, "persons": 0, "corrections": 1}
        assert [s.event.type for s in find_events(session, party="PTI")] == ["join_party"]
        assert len(find_events(session, person="ali raza", since="2023-05-24", until="2023-05-24")) == 2
        assert find_events(session, since="2023-05-25") == [] and len(find_events(session, limit=1)) == 1
        found = find_events(session, type="leave_party", status="fact")
        assert [(s.event, s.person_id) for s in found] == [(EVENTS[0], None)]
        source = article_sources(session, found[0].id)
        assert [(s.doc, s.url, s.published, s.sentence) for s in source] == \
            [("a1", ARTICLE.url, ARTICLE.published, SENTENCE)]
        assert article_sources(session, 10_000) == []
    engine.dispose()


# --------------------------------------------------------------------------- property: store round trip

SAFE_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
OPTIONAL = st.none() | SAFE_TEXT
EVIDENCE = st.builds(Evidence, sentence=SAFE_TEXT, start=st.integers(0, 10**6), end=st.integers(0, 10**6),
                     rule=SAFE_TEXT)
EVENT = st.builds(Event, doc=SAFE_TEXT, type=st.sampled_from(["leave_party", "join_party", "coalition"]),
                  actor=SAFE_TEXT, evidence=EVIDENCE, party=OPTIONAL, counterpart=OPTIONAL, action=OPTIONAL,
                  scope=OPTIONAL, post=OPTIONAL, seats=st.none() | st.integers(0, 10**6), house=OPTIONAL,
                  date=st.none() | st.dates().map(date.isoformat), status=st.sampled_from(["fact", "possible"]),
                  confidence=st.floats(0, 1))
ARTICLES = st.builds(Article, doc=SAFE_TEXT, text=SAFE_TEXT, published=st.none() | st.dates(), title=OPTIONAL,
                     url=OPTIONAL, source=OPTIONAL, offset=st.integers(0, 10**6))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ARTICLES, st.lists(EVENT, max_size=4)), max_size=4, unique_by=lambda p: p[0].text))
def test_round_trip_property(stored):
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(database_url(str(Path(folder) / "r.db")))
        with Session(engine) as session, session.begin():
            for article, events in stored:
                add_article(session, article, events, "prop")
        assert record(engine) == stored
        engine.dispose()


def test_upgrade_from_0005_derives_a_record_an_interrupted_ingest_left_underived(db_url):
    """Before 0006 an ingest killed between storing and deriving left events unlinked and no facts, and
    nothing said so: the upgrade notes the whole record for deriving, and the first open does it."""
    engine = migrate(db_url, "0005_move_cells")
    add_old_article(engine)
    engine.dispose()
    engine = open_record(db_url)
    with Session(engine) as session:
        assert not pending_work(session)
        assert {(f.type, f.party) for f in facts(session)} == {("leave_party", "PML-N"), ("join_party", "PTI")}
        assert flows(session) == {"PML-N": {"PTI": ["Ali Raza"]}}
    engine.dispose()


def test_pending_derivation_is_finished_on_open_or_left_with_a_warning_when_read_only(tmp_path, caplog):
    path = tmp_path / "record.db"
    url = database_url(str(path))
    engine = open_record(url)
    with Session(engine) as session, session.begin():
        row = add_article(session, ARTICLE, EVENTS, "test")
        session.flush()
        mark_pending(session, row.id)  # as an ingest killed before deriving leaves it
    engine.dispose()
    read_only = open_record(f"sqlite:///file:{path}?mode=ro&uri=true")
    with Session(read_only) as session:
        assert pending_work(session).articles and facts(session) == []
    read_only.dispose()
    assert "derived record is stale" in caplog.text
    engine = open_record(url)
    with Session(engine) as session:
        assert not pending_work(session) and flows(session) == {"PML-N": {"PTI": ["Ali Raza"]}}
    engine.dispose()
