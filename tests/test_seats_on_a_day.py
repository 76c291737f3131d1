"""Seats as they stood on a day, on the project's own made-up articles: after an election's tally, the moves
the record holds (a counted group of independents joining a party, a named independent joining, a
resignation) change the seats by exactly those moves, each with its sentence; the numeric form "N
independents joined X" is extracted as a coalition join of IND."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from fastapi.testclient import TestClient

from conftest import make_app

from allegiance.cli import app
from allegiance.model import Article
from allegiance.pipeline import ingest

ARTICLES = {
    "tally": "date 2024-02-11\nISLAMABAD: In the February 8 elections, independent candidates won 101 seats in the "
             "National Assembly, the PML-N won 75 seats, the PPP won 54 seats and the MQM-P won 17 seats.\n",
    "group": "date 2024-02-20\nISLAMABAD: 82 independent MNAs joined the Sunni Ittehad Council on Monday, the party "
             "said in a statement.\nIndependent MNA Waseem Akhtar joined the PML-N on Monday in Lahore.\n",
    "later": "date 2024-02-27\nISLAMABAD: Six independent MNAs joined the PML-N on Tuesday after winning National Assembly "
             "seats.\nPPP MNA Rashid Kamal resigned as MNA on Tuesday, citing family reasons.\n",
}
SENTENCES = {
    ("IND", "SIC", 82): "82 independent MNAs joined the Sunni Ittehad Council on Monday, the party said in a statement.",
    ("IND", "PML-N", 1): "Independent MNA Waseem Akhtar joined the PML-N on Monday in Lahore.",
    ("IND", "PML-N", 6): "Six independent MNAs joined the PML-N on Tuesday after winning National Assembly seats.",
    ("PPP", None, 1): "PPP MNA Rashid Kamal resigned as MNA on Tuesday, citing family reasons.",
}


@pytest.fixture
def record_url(tmp_path, db_url) -> str:
    for name, text in ARTICLES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest([tmp_path / f"{name}.txt" for name in ARTICLES], db_url)
    return db_url


def _coalitions(url: str, *args: str) -> dict:
    result = CliRunner().invoke(app, ["coalitions", "--db", url, "--house", "NA", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seats_differ_from_the_tally_by_exactly_the_reported_moves(record_url):
    answer = _coalitions(record_url, "--on", "2024-03-01")
    record = answer["record"]
    assert record["tally"] == {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17}
    applied = [m for m in record["moves"] if m["applied"]]
    assert {(m["from"], m["to"], m["seats"]): m["sources"][0]["sentence"] for m in applied} == SENTENCES
    expected = Counter(record["tally"])
    for m in applied:
        expected[m["from"]] -= m["seats"]
        if m["to"]:
            expected[m["to"]] += m["seats"]
    assert answer["seats"] == {p: n for p, n in expected.items() if n} == {
        "IND": 12, "PML-N": 82, "SIC": 82, "PPP": 53, "MQM-P": 17}


def test_a_day_between_the_moves_sees_only_the_earlier_ones(record_url):
    answer = _coalitions(record_url, "--on", "2024-02-21")
    assert [(m["from"], m["to"], m["seats"]) for m in answer["record"]["moves"]] == [("IND", "SIC", 82), ("IND", "PML-N", 1)]
    assert answer["seats"]["IND"] == 18 and answer["seats"]["PML-N"] == 76
    assert _coalitions(record_url, "--on", "2024-02-12")["seats"] == {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17}


@pytest.mark.parametrize("sentence, expected", [
    ("82 independent MNAs joined the Sunni Ittehad Council on Monday.", [("IND", "SIC")]),
    ("Six independent MNAs joined the PML-N on Tuesday.", [("IND", "PML-N")]),
    ("Four independent candidates joined the PTI on Friday.", []),                 # candidates may hold no seat
    ("Three independent members of the Punjab Assembly joined the PPP on Friday.", [("IND", "PPP")]),
    ("Independents joined the PML-N in large numbers, the party claimed.", []),    # no figure: the names say more
    ("Independent MNA Waseem Akhtar joined the PML-N on Monday.", []),            # a person joins: join_party
])
def test_counted_independents_joining_a_party(extractor, sentence, expected):
    events = extractor.extract(Article(doc="t", text=sentence))
    found = [(e.actor, e.counterpart) for e in events if e.type == "coalition" and e.evidence.rule == "coalition.join.independents"]
    assert found == expected


def test_tally_and_moves_side_by_side_in_the_command_and_the_api(record_url):
    table = CliRunner().invoke(app, ["coalitions", "--db", record_url, "--house", "NA", "--on", "2024-03-01"])
    assert table.exit_code == 0, table.output
    lines = [" ".join(line.replace("│", " ").split()) for line in table.stdout.splitlines()]
    assert "IND (unattached) 101 -89 12" in lines and "SIC 0 +82 82" in lines and "total 247 -1 246" in lines
    assert "12 independents (each a one-seat player)" in table.stdout
    cli = _coalitions(record_url, "--on", "2024-03-01")["record"]
    with TestClient(make_app(record_url), raise_server_exceptions=False) as client:
        api = client.get("/api/coalitions", params={"house": "NA", "on": "2024-03-01"}).json()
        assert (api["election"], api["tally"], api["moves"]) == (cli["election"], cli["tally"], cli["moves"])
        assert api["independents"] == "single" and api["indices"]["banzhaf"]["IND"]["exact"] != "0"
        out = client.get("/api/coalitions", params={"house": "NA", "on": "2024-03-01", "independents": "exclude"}).json()
        assert out["indices"]["banzhaf"]["IND"]["exact"] == "0"
        assert all("IND" not in "".join(k["members"]) for k in out["minimal_winning"])
        unticked = client.get("/api/coalitions", params={"house": "NA", "on": "2024-03-01", "exclude": "IND"}).json()
        assert unticked["independents"] == "exclude" and unticked["excluded"] == ["IND"]  # the calculator's toggle
        assert "IND" not in unticked["in_play"]["banzhaf"]
        refused = client.get("/api/coalitions", params={"house": "NA", "on": "2024-02-12", "independents": "exclude"})
        assert refused.status_code == 422 and "independents" in refused.json()["error"]


BY_ELECTION = ("date 2024-04-22\nLAHORE: The PML-N won two National Assembly seats in the by-elections held on Sunday, "
               "while the SIC won one seat.\n")


def test_a_by_election_fills_seats_and_is_no_new_tally(tmp_path, db_url):
    for name, text in {**ARTICLES, "bypoll": BY_ELECTION}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest(sorted(tmp_path.glob("*.txt")), db_url)
    record = _coalitions(db_url, "--on", "2024-05-01")
    assert record["record"]["election"] == "2024-02-08"
    assert record["record"]["tally"] == {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17}
    filled = [(m["from"], m["to"], m["seats"], m["date"]) for m in record["record"]["moves"] if m["kind"] == "by-election"]
    assert sorted(filled) == [("vacant", "PML-N", 2, "2024-04-21"), ("vacant", "SIC", 1, "2024-04-21")]
    assert all("by-elections" in m["sources"][0]["sentence"] for m in record["record"]["moves"] if m["kind"] == "by-election")
    assert record["seats"]["PML-N"] == 84 and record["seats"]["SIC"] == 83
    before = _coalitions(db_url, "--on", "2024-04-01")["seats"]
    assert before["PML-N"] == 82 and before["SIC"] == 82
