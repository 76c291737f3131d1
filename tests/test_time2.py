"""Issue 13, the rest of "every act placed in time": bounds the record itself gives an undated act,
party members on a day with bounded starts, dated coalition pairs, and the as-known-on cache.

Articles are written for these tests (made-up people, real parties)."""
from __future__ import annotations

import pytest

from allegiance.pipeline import ingest
from allegiance.record.query import flow_links, flows, memberships, moves
from conftest import ingest_stories

ARTICLES = {
    "khan-joined": "date 2023-03-06\nFormer senator Zafar Khan joined the PML-N on Saturday in Lahore.\n",
    "khan-left": "date 2024-05-20\nFormer senator Zafar Khan has left the PML-N, his spokesman said.\n",
    "khan-ppp": "date 2024-06-03\nZafar Khan joined the PPP on Saturday at a rally in Multan.\n",
    "rana": "date 2024-05-22\nFormer minister Bilal Rana joined the PPP last week after months of talks.\n",
}


def test_a_leave_lies_on_or_after_the_join_it_closes(stories_session):
    [move] = moves(stories_session)
    assert (move.name, move.from_party, move.to_party, move.exact) == ("Zafar Khan", "PML-N", "PPP", False)
    assert (move.left_after, move.left_on) == ("2023-03-04", "2024-05-20")
    [left_pmln] = [m for m in memberships(stories_session, party="PML-N")]
    assert (left_pmln.start, left_pmln.end, left_pmln.end_after) == ("2023-03-04", "2024-05-20", "2023-03-04")


def test_flows_leave_out_windows_before_the_bound_and_keep_those_after(stories_session):
    assert flows(stories_session, since="2022-01-01", until="2022-12-31") == {}
    assert flows(stories_session, since="2023-01-01", until="2023-03-03") == {}
    assert flows(stories_session, since="2023-06-01", until="2023-06-30") == {"PML-N": {"PPP": ["Zafar Khan"]}}
    assert flow_links(stories_session, "2023-03-04", "2023-03-04") == [("PML-N", "PPP", 1, ["Zafar Khan"], 0)]


def test_a_cells_names_come_a_page_at_a_time(stories_session):
    from allegiance.record.query import flow_cell

    assert flow_cell(stories_session, "PML-N", "PPP", "2023-06-01", "2023-06-30") == ["Zafar Khan"]
    assert flow_cell(stories_session, "PML-N", "PPP", "2023-06-01", "2023-06-30", limit=50, offset=1) == []
    assert flow_cell(stories_session, "PML-N", "PPP", "2022-06-01", "2022-06-30") == []


def test_party_members_on_a_day_flag_a_start_only_bounded(stories_session):
    from allegiance.record.query import count_possible_members, members, possible_members

    [rana] = [m for m in memberships(stories_session, party="PPP") if m.name == "Bilal Rana"]
    assert (rana.start_certain, rana.start_after, rana.start) == (False, "2024-05-13", "2024-05-19")
    assert [m.name for m in possible_members(stories_session, "PPP", "2024-05-15")] == ["Bilal Rana"]
    assert count_possible_members(stories_session, "PPP", "2024-05-15") == 1
    assert "Bilal Rana" not in {m.name for m in members(stories_session, "PPP", "2024-05-15")}
    assert rana.possibly_covers("2024-05-15") and not rana.covers("2024-05-15")
    assert possible_members(stories_session, "PPP", "2024-05-01") == []          # before the week it was reported for
    assert possible_members(stories_session, "PPP", "2024-05-20") == []          # a member by then, no longer "possibly"
    assert "Bilal Rana" in {m.name for m in members(stories_session, "PPP", "2024-05-20")}


def test_party_api_and_cli_show_possible_members(stories_db):
    from typer.testing import CliRunner

    from allegiance.cli import app
    from conftest import make_app
    from fastapi.testclient import TestClient

    with TestClient(make_app(stories_db)) as client:
        body = client.get("/api/parties/PPP", params={"on": "2024-05-15"}).json()
        assert body["possible_total"] == 1 and [m["name"] for m in body["possible_members"]] == ["Bilal Rana"]
        assert body["possible_members"][0]["start_after"] == "2024-05-13"
        assert "Possibly members on 2024-05-15: 1" in client.get("/parties/PPP", params={"on": "2024-05-15"}).text
    result = CliRunner().invoke(app, ["party", "PPP", "--db", stories_db, "--on", "2024-05-15", "--format", "json"])
    assert result.exit_code == 0, result.output
    import json
    assert [m["name"] for m in json.loads(result.output)["possible_members"]] == ["Bilal Rana"]


COALITION = {
    "mqm-joins": "date 2019-03-06\nThe MQM-P joined the PTI-led coalition at the centre on Monday, its convener said.\n",
    "mqm-leaves": "date 2022-03-31\nThe MQM-P left the PTI-led coalition on Wednesday and sided with the opposition.\n",
}


@pytest.fixture
def coalition_db(db_url, tmp_path):
    return ingest_stories(db_url, tmp_path / "coalition", COALITION)


def test_coalition_state_is_dated_and_closes(coalition_db):
    from fastapi.testclient import TestClient

    from conftest import make_app

    with TestClient(make_app(coalition_db)) as client:
        during = client.get("/api/coalition-state", params={"house": "NA", "on": "2020-01-01"}).json()
        assert during["pairs"] == [["MQM-P", "PTI"]]
        [tie] = during["ties"]
        assert (tie["start"]["kind"], tie["start"]["date"], tie["start"]["bound"]) == ("join", "2019-03-04", "exact")
        assert tie["start"]["doc"] == "mqm-joins" and during["facts"] == [tie["start"]["fact"]]
        after = client.get("/api/coalition-state", params={"house": "NA", "on": "2023-01-01"}).json()
        assert after["pairs"] == [] and after["ties"] == []     # the leave of 2022-03-30 closed it
        assert client.get("/api/coalition-state", params={"house": "Moon"}).status_code == 422


def test_a_day_as_known_is_copied_once_per_record_version(stories_db, tmp_path):
    """The server keeps the copy of the record as known on a day: the second question about the same
    day reads it again; a change of the record makes a new copy (the old one is not handed out)."""
    from datetime import date

    from fastapi.testclient import TestClient

    from allegiance.record.known import KnownOnCache
    from conftest import make_app

    app = make_app(stories_db)
    with TestClient(app) as client:
        copies: KnownOnCache = app.state.known
        first = client.get("/api/flows", params={"as_known_on": "2024-05-25"}).json()
        assert len(copies) == 1
        built = list(copies._entries.values())[0].engine
        again = client.get("/api/flows", params={"as_known_on": "2024-05-25"}).json()
        assert again == first and len(copies) == 1 and list(copies._entries.values())[0].engine is built
        assert first["flows"] == []                      # Zafar Khan's join of the PPP was not yet reported
        assert client.get("/api/flows", params={"as_known_on": "2024-06-10"}).json()["flows"][0]["names"] == \
            ["Zafar Khan"]
        assert len(copies) == 2
        folder = tmp_path / "more"
        folder.mkdir()
        (folder / "late.txt").write_text("date 2024-05-24\nSenator Nadia Qureshi joined the PPP on Thursday.\n",
                                         encoding="utf-8")
        assert ingest([folder], stories_db).new == 1             # the record changes: a new version
        newer = client.get("/api/parties/PPP", params={"on": "2024-05-24", "as_known_on": "2024-05-25"}).json()
        assert "Nadia Qureshi" in {m["name"] for m in newer["members"]}
        assert len(copies) == 1 and all(key[1] == date(2024, 5, 25) for key in copies._entries)
    assert len(copies) == 0                              # the server stopped: every copy deleted


def test_api_gives_the_rest_of_a_flows_link_on_request(stories_db):
    from fastapi.testclient import TestClient

    from conftest import make_app

    with TestClient(make_app(stories_db)) as client:
        [link] = client.get("/api/flows", params={"since": "2023-06-01", "until": "2023-06-30"}).json()["flows"]
        assert (link["source"], link["target"], link["count"], link["names"]) == ("PML-N", "PPP", 1, ["Zafar Khan"])
        page = client.get("/api/flows/names", params={"source": "PML-N", "target": "PPP", "since": "2023-06-01",
                                                      "until": "2023-06-30"}).json()
        assert page == {"items": ["Zafar Khan"], "total": 1, "limit": 50, "offset": 0}
        rest = client.get("/api/flows/names", params={"source": "PML-N", "target": "PPP", "offset": 1}).json()
        assert rest["items"] == [] and rest["total"] == 1
        before = client.get("/api/flows/names", params={"source": "PML-N", "target": "PPP", "until": "2022-12-31"})
        assert before.json()["total"] == 0
        assert client.get("/api/flows/names", params={"source": "PML-N"}).status_code == 422
