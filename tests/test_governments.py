"""Governments and alliances as dated intervals, derived from the record's coalition facts, on the
project's own made-up articles: opened by a join, closed by a leave, a rejection after joining or a new
government after an election; every edge with its sentence; the same answers on SQLite and PostgreSQL,
from the library, the command and the API."""
from __future__ import annotations

import json
from datetime import date

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from conftest import make_app

from allegiance.cli import app
from allegiance.country.registry import load_registry
from allegiance.pipeline import ingest
from allegiance.record import Record
from allegiance.model import Fact, Source
from allegiance.record.governments import (Edge, Tie, election_days, elections_of, groups_on, governments,
                                           load_alliances, periods, scope_ties)

ARTICLES = {
    "e2018": "date 2018-07-28\nISLAMABAD: In the July 25 elections the PTI won 116 seats in the National Assembly, "
             "the PML-N won 64 seats and the PPP bagged 43 seats.\n",
    "g2018": "date 2018-08-05\nISLAMABAD: The MQM-P on Saturday joined the PTI in the federal government after the "
             "two parties signed a written agreement.\nThe PML-Q also joined the PTI-led coalition at the centre on "
             "Saturday.\n",
    "pdm": "date 2020-09-21\nISLAMABAD: The JUI-F on Sunday joined the Pakistan Democratic Movement, the opposition "
           "alliance formed to oust the government.\n",
    "l2022": "date 2022-03-31\nISLAMABAD: The MQM-P on Wednesday quit the federal government and parted ways with the "
             "PTI, leaving the ruling coalition short of a majority.\n",
    "e2024": "date 2024-02-11\nISLAMABAD: In the February 8 elections, independent candidates won 101 seats in the "
             "National Assembly, the PML-N won 75 seats, the PPP won 54 seats and the MQM-P won 17 seats.\n",
    "g2024": "date 2024-02-21\nISLAMABAD: The PML-N and the PPP on Tuesday reached an agreement to form the federal "
             "government together.\n",
}
LEAVE = "The MQM-P on Wednesday quit the federal government and parted ways with the PTI"
AGREEMENT = "The PML-N and the PPP on Tuesday reached an agreement to form the federal government together."


@pytest.fixture
def record_url(tmp_path, db_url) -> str:
    for name, text in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest([tmp_path / f"{name}.txt" for name in ARTICLES], db_url)
    return db_url


def _national(url: str, on: date | None = None):
    with Record.open(url) as record, record.session() as session:
        return governments(session, record.registry, record.country, "NA", on)[0]


def test_governments_open_and_close_with_their_sources(record_url):
    national = _national(record_url)
    assert national.elections == ("2018-07-25", "2024-02-08")
    ties = {(t.party, t.other): t for t in national.ties}
    assert set(ties) == {("MQM-P", "PTI"), ("PML-Q", "PTI"), ("PML-N", "PPP")}
    mqm = ties["MQM-P", "PTI"]
    assert (mqm.start.kind, mqm.start.date, mqm.start.bound) == ("join", "2018-08-04", "exact")
    assert "joined the PTI in the federal government" in mqm.start.sentence
    assert (mqm.end.kind, mqm.end.date) == ("leave", "2022-03-30") and LEAVE in mqm.end.sentence
    # nobody reported the PML-Q leaving: the government after the 2024 election closes it, with that source
    pmlq = ties["PML-Q", "PTI"]
    assert (pmlq.end.kind, pmlq.end.date) == ("new_government", "2024-02-20") and AGREEMENT in pmlq.end.sentence
    assert ties["PML-N", "PPP"].end is None
    assert national.governing == (("PML-N", "PPP"),)
    assert [(p.start, p.end, p.groups) for p in national.periods] == [
        ("2018-08-04", "2022-03-30", (("MQM-P", "PML-Q", "PTI"),)),
        ("2022-03-30", "2024-02-20", (("PML-Q", "PTI"),)),
        ("2024-02-20", None, (("PML-N", "PPP"),))]
    assert [(t.party, t.alliance, t.end) for t in national.alliances] == [("JUI-F", "PDM", None)]


def test_as_of_a_day_only_what_was_known_then(record_url):
    assert _national(record_url, date(2019, 1, 1)).governing == (("MQM-P", "PML-Q", "PTI"),)
    day = _national(record_url, date(2023, 1, 1))
    assert day.governing == (("PML-Q", "PTI"),) and day.members == {"PDM": ("JUI-F",)}
    assert all(t.end is None or t.end.date <= "2023-01-01" for t in day.ties)
    assert _national(record_url, date(2018, 1, 1)).governing == ()


def test_command_and_api_agree(record_url):
    result = CliRunner().invoke(app, ["governments", "--db", record_url, "--house", "NA", "--on", "2023-01-01",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    cli = json.loads(result.stdout)
    with TestClient(make_app(record_url), raise_server_exceptions=False) as client:
        api = client.get("/api/governments", params={"house": "NA", "on": "2023-01-01"})
        assert api.status_code == 200, api.text
        assert api.json()["items"] == cli
        assert client.get("/api/governments", params={"house": "Atlantis"}).status_code in (400, 404, 422)
        assert client.get("/api/governments", params={"on": "soon"}).status_code == 422
        future = client.get("/api/governments", params={"on": "2999-01-01"})
        assert future.status_code == 422 and "in the future" in future.json()["error"]
    assert cli[0]["governing"] == [["PML-Q", "PTI"]]
    table = CliRunner().invoke(app, ["governments", "--db", record_url, "--house", "NA"])
    assert table.exit_code == 0 and "PML-N + PPP" in table.stdout and "new_government" in table.stdout


@pytest.mark.parametrize("args, message", [
    (["--house", "Atlantis"], "unknown house"),
    (["--on", "2999-01-01"], "in the future"),
    (["--on", "yesterday"], "not a date"),
])
def test_command_refuses_what_it_cannot_use(tmp_path, args, message):
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(app, ["governments", "--db", str(missing), *args])
    assert result.exit_code == 2 and message in result.output
    assert not missing.exists()  # a read never creates a database


def _tie(a, b, start, end=None, alliance=None):
    edge = lambda day, kind: Edge(kind, day, "exact", None, None, None)  # noqa: E731
    return Tie("national", a, b, alliance, edge(start, "join"), edge(end, "leave") if end else None)


def test_groups_are_connected_parties_and_periods_merge_equal_stretches():
    ties = [_tie("A", "B", "2020-01-01"), _tie("B", "C", "2020-02-01", "2020-03-01"), _tie("D", "E", "2020-02-01")]
    assert groups_on(ties, "2020-02-15") == (("A", "B", "C"), ("D", "E"))
    assert groups_on(ties, "2020-03-01") == (("A", "B"), ("D", "E"))  # closed on its leave day
    assert [p.start for p in periods(ties)] == ["2020-01-01", "2020-02-01", "2020-03-01"]


def _fact(i, subject, counterpart, action, day, status="fact", scope="national"):
    source = Source(i, f"doc{i}", i, day, date.fromisoformat(day), status, f"sentence {i}")
    return Fact(f"f-{i}", "coalition", subject, subject, None, None, counterpart, action, None, None, scope, day,
                date.fromisoformat(day), status, False, (source,))


def _result(i, party, seats, day):
    source = Source(i, f"doc{i}", i, day, date.fromisoformat(day), "fact", f"tally {i}")
    return Fact(f"s-{i}", "seat_result", party, party, None, None, None, None, "NA", seats, None, day,
                date.fromisoformat(day), "fact", False, (source,))


def test_elections_seat_parties_and_only_seated_parties_form_the_new_government():
    results = [_result(1, "PML-N", 75, "2024-02-08"), _result(2, "PPP", 54, "2024-02-10"), _result(3, "IND", 101, "2024-02-08"),
               _result(4, "PTI", 116, "2018-07-25")]
    assert election_days(results, "NA") == ("2018-07-25", "2024-02-08")
    assert elections_of(results, "NA")[1].seated == frozenset({"PML-N", "PPP", "IND"})
    registry = load_registry("pk")
    acts = [_fact(1, "PML-Q", "PTI", "join", "2018-08-18"),
            _fact(2, "GDA", "PTI", "join", "2018-08-18"),          # an alliance joins a party's coalition: governs
            _fact(3, "JUI-F", "PDM", "join", "2020-09-20"),        # a party joins an alliance: membership
            _fact(4, "PTI", "MWM", "join", "2024-02-15"),          # PTI holds no seat in the 2024 tally: no new government
            _fact(5, "PML-N", "PPP", "join", "2024-02-20"),
            _fact(6, "PPP", "PML-N", "talks", "2024-02-12"),
            _fact(7, "MQM-P", "PML-N", "join", "2024-02-21", status="possible")]
    ties, members = scope_ties(acts, elections_of(results, "NA"), "national", registry.house("NA"), "national",
                               load_alliances("pk", registry))
    ends = {(t.party, t.other): (t.end.kind, t.end.date) if t.end else None for t in ties}
    assert ends == {("PML-Q", "PTI"): ("new_government", "2024-02-20"), ("GDA", "PTI"): ("new_government", "2024-02-20"),
                    ("MWM", "PTI"): None, ("PML-N", "PPP"): None}
    assert [(t.party, t.other) for t in members] == [("JUI-F", "PDM")]
    rejected = scope_ties([*acts, _fact(8, "PPP", "PML-N", "reject", "2024-03-01")], elections_of(results, "NA"),
                          "national", registry.house("NA"), "national", {})[0]
    assert next(t for t in rejected if t.party == "PML-N").end.kind == "reject"


def test_alliances_are_data():
    registry = load_registry("pk")
    alliances = load_alliances("pk", registry)
    assert {"PDM", "GDA", "MMA", "TTAP"} <= set(alliances)
    assert all(p in registry.parties for a in alliances.values() for p in a.founders)


def test_the_demo_overview_dates_its_governments_and_closes_them(web_db):
    """On the demo record, "who governs together" is dated: the PTI's 2018 partners are not shown as governing
    in 2024, and the MQM-P + PTI tie ends with the MQM-P leaving in March 2022."""
    from allegiance.analyse.overview import overview
    with Record.open(web_db.url) as record:
        view = overview(record, date(2024, 6, 1))
    assert view.governing and all(t.start.date and t.end is None for t in view.governing)
    assert not any({t.party, t.other} == {"MQM-P", "PTI"} for t in view.governing)
    ended = {(t.party, t.other): t.end for t in view.ended}
    assert (ended["MQM-P", "PTI"].kind, ended["MQM-P", "PTI"].date) == ("leave", "2022-03-30")


def test_an_undated_join_told_beside_the_leave_it_explains_does_not_reopen_the_tie():
    """"BNP-M parts ways with the PTI on Wednesday ... it had backed Imran Khan in 2018": the join has no day of
    its own and takes the story's, a day after the leave; the tie still closes on the leave."""
    registry = load_registry("pk")
    leave = _fact(1, "BNP", "PTI", "leave", "2020-06-17")
    story = leave.sources[0]
    background = Source(2, story.doc, 2, None, date(2020, 6, 18), "fact", "sentence 2")
    join = Fact("f-2", "coalition", "BNP", "BNP", None, None, "PTI", "join", None, None, "national", None,
                date(2020, 6, 18), "fact", False, (background,))
    ties, _ = scope_ties([leave, join], (), "national", registry.house("NA"), "national", {})
    assert [(t.start.kind, t.end.kind if t.end else None, t.end.date if t.end else None) for t in ties] == \
        [("join", "leave", "2020-06-17")]
    elsewhere = Fact("f-3", "coalition", "BNP", "BNP", None, None, "PTI", "join", None, None, "national", None,
                     date(2020, 6, 18), "fact", False, (Source(3, "other", 3, None, date(2020, 6, 18), "fact", "sentence 3"),))
    reopened, _ = scope_ties([leave, elsewhere], (), "national", registry.house("NA"), "national", {})
    assert [t.end for t in reopened] == [None]   # another story's undated join is a new tie after the leave
