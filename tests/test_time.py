"""Every act placed in time, and the record as it was known on a day (issue 13, parts 1 and 2).

Articles are written here (our own words) and ingested with the real extractor, on SQLite and on
PostgreSQL: an act with no stated day lies on or before its report, or within the span its text gives,
and every window it may belong to holds it, marked as not exact.
"""
import csv
import io
import json
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from allegiance.analyse.views import EventFilter, event_page
from allegiance.cli import app
from allegiance.extractor.story_time import act_bounds
from allegiance.record import Record
from allegiance.record.derive import open_record
from allegiance.record.query import events, facts, flows, moves, timeline
from allegiance.store.engine import migrate
from conftest import make_app
from test_store import ARTICLE, EVENTS, add_old_article

ARTICLES = {
    "nawaz-left": "date 2024-05-20\nSenior lawyer Ahmed Nawaz has left the PML-N, his aides confirmed.\n",
    "nawaz-again": "date 2024-05-28\nAhmed Nawaz, who has left the PML-N, is expected to announce his next move soon.\n",
    "nawaz-joined": "date 2024-06-03\nAhmed Nawaz joined the PPP on Saturday at a gathering in Multan.\n",
    "rana": "date 2024-05-22\nFormer minister Bilal Rana joined the PPP last week after months of talks.\n",
    "aslam": "date 2024-04-10\nRetired judge Kamran Aslam quit the PTI in January, his family said.\n",
    "mehmood": "date 2024-05-02\nTalat Mehmood joined the PTI on Tuesday in Islamabad.\n",
}


def _acts(found) -> dict[str, str]:
    return {s.event.actor: s.date_kind for s in found}


# --------------------------------------------------------------------------- bounds from the text

@pytest.mark.parametrize("sentence, published, span", [
    ("He joined the PPP last week.", date(2024, 5, 22), (date(2024, 5, 13), date(2024, 5, 19))),
    ("She left the party last month.", date(2024, 3, 5), (date(2024, 2, 1), date(2024, 2, 29))),
    ("He quit earlier this year.", date(2024, 6, 1), (date(2024, 1, 1), date(2024, 6, 1))),
    ("He quit in January.", date(2024, 4, 10), (date(2024, 1, 1), date(2024, 1, 31))),
    ("He quit in November.", date(2024, 4, 10), (date(2023, 11, 1), date(2023, 11, 30))),
    ("He left the PTI in 2019.", date(2024, 4, 10), (date(2019, 1, 1), date(2019, 12, 31))),
])
def test_a_span_the_text_gives_bounds_the_act(sentence, published, span):
    assert act_bounds(sentence, published) == span


@pytest.mark.parametrize("sentence", ["He has left the PML-N.", "He will decide later this year.",
                                      "Workers took part in march after march."])
def test_no_span_leaves_the_act_on_or_before_its_report(sentence):
    assert act_bounds(sentence, date(2024, 5, 20)) is None


def test_extracted_bounds_are_in_the_output_only_when_the_text_gives_them(extractor):
    from allegiance.model import Article

    [joined] = extractor.extract(Article("rana", ARTICLES["rana"].split("\n", 1)[1], published=date(2024, 5, 22)))
    assert (joined.date_kind, joined.to_dict()["date_after"], joined.to_dict()["date_before"]) == \
        ("between", "2024-05-13", "2024-05-19")
    [left] = extractor.extract(Article("n", ARTICLES["nawaz-left"].split("\n", 1)[1], published=date(2024, 5, 20)))
    assert left.date_kind == "on_or_before" and "date_after" not in left.to_dict()  # the contract is unchanged


# --------------------------------------------------------------------------- windows hold every act they may hold

def test_an_undated_act_is_in_every_window_it_may_belong_to(stories_session):
    early_may = events(stories_session, since="2024-04-25", until="2024-05-10")
    kinds = _acts(early_may)
    assert kinds["Talat Mehmood"] == "exact"
    assert kinds["Ahmed Nawaz"] == "on_or_before"  # left on or before 20 May: maybe in this window
    assert "Bilal Rana" not in kinds               # joined the week of 13 May, not before
    assert "Kamran Aslam" not in kinds             # quit in January
    assert _acts(events(stories_session, since="2024-05-14", until="2024-05-14"))["Bilal Rana"] == "between"
    assert _acts(events(stories_session, since="2024-01-15", until="2024-01-20"))["Kamran Aslam"] == "between"
    after = _acts(events(stories_session, since="2024-05-21"))
    assert "Talat Mehmood" not in after and "Bilal Rana" not in after and after["Ahmed Nawaz"] == "exact"


def test_facts_windows_and_first_reports(stories_session):
    [left] = [f for f in facts(stories_session, ["leave_party"]) if f.name == "Ahmed Nawaz"]
    assert left.date_kind == "on_or_before" and left.date_before == "2024-05-20" and left.source_count == 2
    assert (left.first_doc, left.first_reported) == ("nawaz-left", date(2024, 5, 20))
    window = {f.name: f.date_kind for f in facts(stories_session, since="2024-05-13", until="2024-05-15")}
    assert window == {"Ahmed Nawaz": "on_or_before", "Bilal Rana": "between"}
    assert {f.name for f in facts(stories_session, party="PPP", since="2024-05-13", until="2024-05-15")} == {"Bilal Rana"}


def test_flows_count_a_bounded_leave_in_the_windows_it_may_lie_in(stories_session):
    [move] = moves(stories_session)
    assert (move.name, move.from_party, move.to_party, move.exact, move.left_on) == \
        ("Ahmed Nawaz", "PML-N", "PPP", False, "2024-05-20")
    assert flows(stories_session, since="2024-03-01", until="2024-03-31") == {"PML-N": {"PPP": ["Ahmed Nawaz"]}}
    assert flows(stories_session, since="2024-05-21") == {}


def test_latest_events_include_undated_ones_by_their_latest_day(stories_session):
    latest = event_page(stories_session, EventFilter(), 4, latest_first=True).items
    assert [(s.event.actor, s.date_kind, s.latest_day) for s in latest] == [
        ("Ahmed Nawaz", "exact", "2024-06-01"), ("Ahmed Nawaz", "on_or_before", "2024-05-28"),
        ("Ahmed Nawaz", "on_or_before", "2024-05-20"), ("Bilal Rana", "between", "2024-05-19")]


# --------------------------------------------------------------------------- as it was known on a day

def test_the_record_as_known_on_a_day_gives_the_earlier_picture(stories_db):
    with Record.open(stories_db) as live:
        with live.as_known_on(date(2024, 5, 25)) as then, then.session() as session:
            assert flows(session) == {}  # the join was reported on 3 June
            _pid, known = timeline(session, "Ahmed Nawaz")
            assert [(f.type, f.source_count, f.first_doc) for f in known] == [("leave_party", 1, "nawaz-left")]
            assert {s.event.actor for s in events(session)} == {"Ahmed Nawaz", "Bilal Rana", "Kamran Aslam",
                                                                "Talat Mehmood"}
        with live.as_known_on(date(2024, 4, 1)) as then, then.session() as session:
            assert events(session) == []
        with live.session() as session:  # the record itself is untouched
            assert flows(session) == {"PML-N": {"PPP": ["Ahmed Nawaz"]}}


def test_cli_as_known_on_and_bounded_days(stories_db):
    runner = CliRunner()
    result = runner.invoke(app, ["flows", "--db", stories_db, "--as-known-on", "2024-05-25", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {}
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["flows", "--db", stories_db, "-f", "csv"]).stdout)))
    assert [(r["name"], r["exact"]) for r in rows] == [("Ahmed Nawaz", "no")]
    result = runner.invoke(app, ["events", "--db", stories_db, "--since", "2024-05-14", "--until", "2024-05-14", "-f", "json"])
    found = sorted((e["actor"], e["date_kind"], e["date_after"], e["date_before"]) for e in json.loads(result.stdout))
    assert found == [("Ahmed Nawaz", "on_or_before", None, "2024-05-20"),
                     ("Ahmed Nawaz", "on_or_before", None, "2024-05-28"),
                     ("Bilal Rana", "between", "2024-05-13", "2024-05-19")]
    result = runner.invoke(app, ["events", "--db", stories_db, "--until", "2024-05-14"])
    assert result.exit_code == 0 and "on or before 2024-05-20" in result.stdout
    result = runner.invoke(app, ["person", "Ahmed Nawaz", "--db", stories_db, "--as-known-on", "2024-05-21", "-f", "json"])
    assert [f["source_count"] for f in json.loads(result.stdout)["facts"]] == [1]
    assert runner.invoke(app, ["flows", "--db", stories_db, "--as-known-on", "May"]).exit_code == 2


def test_api_as_known_on_and_first_reports(stories_db):
    from fastapi.testclient import TestClient

    with TestClient(make_app(stories_db)) as client:
        then = client.get("/api/flows", params={"as_known_on": "2024-05-25"}).json()
        assert then["flows"] == []
        now = client.get("/api/flows", params={"since": "2024-03-01", "until": "2024-03-31"}).json()["flows"]
        assert [(f["source"], f["target"], f["count"], f["exact"]) for f in now] == [("PML-N", "PPP", 1, 0)]
        person = client.get("/api/persons/Ahmed Nawaz", params={"as_known_on": "2024-05-21"}).json()
        assert [(f["type"], f["first_doc"], f["date_kind"]) for f in person["facts"]] == \
            [("leave_party", "nawaz-left", "on_or_before")]
        party = client.get("/api/parties/PPP", params={"on": "2024-06-30", "as_known_on": "2024-05-30"}).json()
        assert [m["name"] for m in party["members"]] == ["Bilal Rana"]
        assert client.get("/api/events", params={"as_known_on": "yesterday"}).status_code == 422


# --------------------------------------------------------------------------- upgrade

def test_upgrade_places_stored_events_in_time(db_url):
    engine = migrate(db_url, "0006_pending_derive")
    undated = [EVENTS[0].__class__(**{**EVENTS[0].__dict__, "date": None})]
    add_old_article(engine, ARTICLE, undated)
    engine.dispose()
    engine = open_record(db_url)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT date_kind, date_after, date_before FROM events")).one()
    assert tuple(row) == ("on_or_before", None, ARTICLE.published.isoformat())
    with Session(engine) as session:
        [fact] = facts(session)
        assert (fact.date_kind, fact.when, fact.first_doc) == ("on_or_before", "2023-05-25", "a1")
    engine.dispose()


# --------------------------------------------------------------------------- the demo record

def test_on_the_demo_record_no_event_is_left_out_of_a_window_it_may_belong_to(web_db):
    from allegiance.store.queries import find_events

    engine = open_record(web_db.url, upgrade=False)
    with Session(engine) as session:
        every = find_events(session)
        assert every and all(s.latest_day for s in every)  # every demo article is dated: every act is placed
        assert sum(s.date_kind != "exact" for s in every) > len(every) / 4  # the case the issue is about
        for s in every:
            day = s.event.date or s.event.date_after or s.latest_day
            assert s.id in {f.id for f in find_events(session, since=day, until=day, type=s.event.type,
                                                       person=s.person_id or s.event.actor)}
            later = find_events(session, since=s.latest_day, until="2099-12-31", type=s.event.type,
                                person=s.person_id or s.event.actor)
            assert s.id in {f.id for f in later}
        latest = find_events(session, limit=15, latest_first=True)
        assert [s.latest_day for s in latest] == sorted((s.latest_day for s in every), reverse=True)[:15]
    engine.dispose()
