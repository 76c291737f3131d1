"""A party the registry lacks is stored with its name, asked about by its made-up code or its name, and
flagged as unregistered in the CLI and the API (migration 0009_party_names).

The articles are the project's own words; the parties in them are invented.
"""
import json
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from allegiance.cli import app
from allegiance.model import Article, Event, Evidence
from allegiance.pipeline import ingest
from allegiance.settings import WebSettings
from allegiance.store import find_events, open_database
from allegiance.store.engine import migrate
from allegiance.store.queries import add_article, unregistered_party
from allegiance.web import create_app

runner = CliRunner()
ARTICLES = {
    "n1.txt": "date 2024-03-11\nMULTAN: Former provincial minister Tariq Mehmood Bhatti joined the Awam Raabta "
              "Party on Saturday after leaving the PML-N.\n",
    "n2.txt": "date 2024-03-12\nLAHORE: MPA Sadia Rauf Khokhar joined the PTI on Monday.\n",
}
SENTENCE = "Nadeem Abbas joined the Sabz Inqilab Party."
NEW_PARTY_EVENT = Event(doc="d1", type="join_party", actor="Nadeem Abbas", party="SIP", party_name="Sabz Inqilab Party",
                        evidence=Evidence(SENTENCE, 0, len(SENTENCE), "membership.join+party_unknown"))
COALITION = Event(doc="d1", type="coalition", actor="PPP", party=None, counterpart="SIP",
                  counterpart_name="Sabz Inqilab Party", action="join",
                  evidence=Evidence(SENTENCE, 0, len(SENTENCE), "coalition.join+party_unknown"))
ARTICLE = Article(doc="d1", text=SENTENCE, published=date(2024, 3, 1))


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    folder = tmp_path_factory.mktemp("open-world")
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    path = folder / "record.db"
    assert ingest([str(folder)], f"sqlite:///{path}").new == len(ARTICLES)
    return path


# --------------------------------------------------------------------------- storage

def test_party_names_survive_the_round_trip(db_url):
    engine = open_database(db_url)
    with Session(engine) as session, session.begin():
        add_article(session, ARTICLE, [NEW_PARTY_EVENT, COALITION], "test")
    with Session(engine) as session:
        stored = [s.event for s in find_events(session)]
        assert {(e.party, e.party_name, e.counterpart, e.counterpart_name) for e in stored} == {
            ("SIP", "Sabz Inqilab Party", None, None), (None, None, "SIP", "Sabz Inqilab Party")}
        assert unregistered_party(session, "sip") == ("SIP", "Sabz Inqilab Party")
        assert unregistered_party(session, "sabz inqilab party") == ("SIP", "Sabz Inqilab Party")
        assert unregistered_party(session, "PTI") is None  # a registry party has no stored name
    engine.dispose()


def test_upgrade_to_0009_keeps_events_and_the_view_lists_the_names(db_url):
    engine = migrate(db_url, "0006_pending_derive")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO articles (id, doc, content_hash, text, text_offset, extractor_version, "
                                "ingested_at) VALUES (1, 'd1', 'h', 'x', 0, 'old', CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO events (article_id, doc, type, actor, party, status, confidence, "
                                "evidence_sentence, evidence_start, evidence_end, rule, extractor_version) VALUES "
                                "(1, 'd1', 'join_party', 'Nadeem Abbas', 'PTI', 'fact', 0.9, 'x', 0, 1, 'r', 'old')"))
    engine.dispose()
    engine = open_database(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT actor, party, party_name, counterpart_name, url "
                                       "FROM v_events_with_sources")).all()
    assert rows == [("Nadeem Abbas", "PTI", None, None, None)]
    engine.dispose()


# --------------------------------------------------------------------------- CLI

def test_extracted_names_are_stored_and_listed_by_events(record):
    events = json.loads(run("events", "--db", record, "--format", "json").stdout)
    joins = {(e["actor"], e["party"], e.get("party_name")) for e in events if e["type"] == "join_party"}
    assert ("Tariq Mehmood Bhatti", "ARP", "Awam Raabta Party") in joins
    assert ("Sadia Rauf Khokhar", "PTI", None) in joins


@pytest.mark.parametrize("asked", ["ARP", "arp", "Awam Raabta Party", "awam raabta party"])
def test_party_command_finds_an_unregistered_party_by_code_or_name(record, asked):
    result = run("party", asked, "--db", record, "--on", "2024-04-01", "--format", "json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert (answer["party"], answer["name"], answer["unregistered"]) == ("ARP", "Awam Raabta Party", True)
    assert [m["name"] for m in answer["members"]] == ["Tariq Mehmood Bhatti"]


def test_party_command_flags_it_in_the_table_and_not_a_registry_party(record):
    table = run("party", "ARP", "--db", record, "--on", "2024-04-01")
    assert table.exit_code == 0 and "unregistered" in table.stdout and "Awam Raabta Party" in table.stdout
    registered = json.loads(run("party", "PTI", "--db", record, "--on", "2024-04-01", "--format", "json").stdout)
    assert registered["unregistered"] is False and registered["party"] == "PTI"


def test_a_party_neither_the_registry_nor_the_record_knows_is_refused(record):
    result = run("party", "PTX", "--db", record)
    assert result.exit_code == 2 and "did you mean PTI" in " ".join(result.output.split())
    too_long = run("party", "x" * 65, "--db", record)
    assert too_long.exit_code == 2 and "1 to 64 characters" in too_long.output


# --------------------------------------------------------------------------- API

def test_api_flags_an_unregistered_party_and_gives_event_names(record):
    web = create_app(WebSettings(db_url=f"sqlite:///{record}", cached_answers=0))
    with TestClient(web) as client:
        found = client.get("/api/parties/arp", params={"on": "2024-04-01"}).json()
        assert found["party"] == {"code": "ARP", "name": "Awam Raabta Party", "aliases": [], "unregistered": True}
        assert [m["name"] for m in found["members"]] == ["Tariq Mehmood Bhatti"]
        assert client.get("/api/parties/PTI").json()["party"]["unregistered"] is False
        assert client.get("/api/parties/PTX").status_code == 404
        events = client.get("/api/events", params={"type": "join_party"}).json()
        items = events["items"] if isinstance(events, dict) else events
        assert {(e["party"], e["party_name"]) for e in items} >= {("ARP", "Awam Raabta Party"), ("PTI", None)}
        page = client.get("/parties/ARP", params={"on": "2024-04-01"})
        assert page.status_code == 200 and "Not in the country" in page.text
