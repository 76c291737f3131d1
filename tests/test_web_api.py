"""The JSON API over a real record (the demo corpus and a made-up story, ingested with the real
extractor): filters and pages, 422 and 404 with messages, the coalition calculator's arithmetic, and
the review actions with and without the operator's token."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from conftest import REVIEW_TOKEN, make_app

from allegiance.read import demo_corpus
from allegiance.pipeline import ingest


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(make_app(web_db.url), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def review_client(tmp_path):
    """A record of its own (review actions change it), served with the review token."""
    url = f"sqlite:///{tmp_path / 'review.db'}"
    ingest([demo_corpus()], url)
    with TestClient(make_app(url), raise_server_exceptions=False) as test_client:
        yield test_client


def error(response, status: int) -> str:
    assert response.status_code == status, (response.status_code, response.text[:300])
    assert "Traceback" not in response.text
    return response.json()["error"]


# --------------------------------------------------------------------------- events and pages

def test_events_filters_mirror_the_cli(client):
    leaves = client.get("/api/events", params={"type": "leave_party", "party": "PTI"}).json()
    assert leaves["total"] >= 3 and all(e["type"] == "leave_party" and e["party"] == "PTI" for e in leaves["items"])
    window = client.get("/api/events", params={"since": "2023-05-01", "until": "2023-06-30"}).json()["items"]
    assert window and all("2023-05-01" <= e["date"] <= "2023-06-30" for e in window if e["date_kind"] == "exact")
    assert all(e["date_before"] >= "2023-05-01" and (e["date_after"] or "") <= "2023-06-30" for e in window)
    denied = client.get("/api/events", params={"status": "denied"}).json()["items"]
    assert all(e["status"] == "denied" for e in denied)
    named = client.get("/api/events", params={"person": "mazari"}).json()["items"]
    assert named and all("mazari" in e["actor"].lower() for e in named)
    assert all(e["evidence"]["sentence"] and e["article_id"] for e in named)
    corroborated = client.get("/api/events", params={"min_sources": 2}).json()
    facts = client.get("/api/facts", params={"min_sources": 2, "limit": 500}).json()["items"]
    assert corroborated["total"] == sum(len(f["sources"]) for f in facts) > 0


def test_events_are_paged_with_a_total(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    every = client.get("/api/events", params={"limit": 500}).json()
    assert first["total"] == second["total"] == every["total"] == len(every["items"]) > 10
    assert (first["limit"], second["offset"]) == (5, 5)
    assert [e["id"] for e in first["items"] + second["items"]] == [e["id"] for e in every["items"][:10]]
    assert client.get("/api/events").json()["limit"] == 50


@pytest.mark.parametrize("params, word", [
    ({"since": "2023-02-30"}, "since"), ({"until": "yesterday"}, "until"), ({"limit": 0}, "limit"),
    ({"limit": 501}, "limit"), ({"offset": -1}, "offset"), ({"type": "defect"}, "type"),
    ({"status": "rumour"}, "status"),
])
def test_bad_parameters_are_422_with_a_message(client, params, word):
    assert word in error(client.get("/api/events", params=params), 422)


@pytest.mark.parametrize("path, word", [
    ("/api/events/999999", "no event 999999"), ("/api/facts/f-000000000000", "no fact"),
    ("/api/persons/Nobody Such Person", "no person"), ("/api/articles/999999", "no article"),
    ("/api/parties/NOPE", "no party 'NOPE'"), ("/api/nothing", "nothing at"),
])
def test_unknown_ids_are_404_with_a_message(client, path, word):
    assert word in error(client.get(path), 404)


def test_one_event_and_its_article(client):
    event = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/api/events/{event['id']}").json() == event
    article = client.get(f"/api/articles/{event['article_id']}").json()
    ev = event["evidence"]
    offset = article["text_offset"]
    assert article["text"][ev["start"] - offset:ev["start"] - offset + len(ev["sentence"])] == ev["sentence"]
    assert event["id"] in [e["id"] for e in article["event_list"]]
    listed = client.get("/api/articles", params={"limit": 3}).json()
    assert listed["total"] >= 35 and len(listed["items"]) == 3 and listed["items"][0]["title"]


# --------------------------------------------------------------------------- facts, persons, parties, flows

def test_facts_filters_and_min_sources(client):
    several = client.get("/api/facts", params={"min_sources": 2}).json()
    assert several["total"] >= 1 and all(f["source_count"] >= 2 == len(f["sources"]) or f["source_count"] >= 2
                                         for f in several["items"])
    mazari = client.get("/api/facts", params={"person": "Shireen Mazari", "type": "leave_party"}).json()["items"]
    assert mazari and {f["party"] for f in mazari} == {"PTI"} and len({f["subject"] for f in mazari}) == 1
    fact = mazari[0]
    assert client.get(f"/api/facts/{fact['id']}").json()["sources"] == fact["sources"]
    assert "no person" in error(client.get("/api/facts", params={"person": "Nobody Such Person"}), 404)
    dated = client.get("/api/facts", params={"since": "2024-01-01"}).json()["items"]
    assert dated and all(f["when"] >= "2024-01-01" for f in dated)


def test_persons_search_and_timeline(client):
    found = client.get("/api/persons", params={"q": "mazari"}).json()
    assert found["total"] == 1
    person = found["items"][0]
    detail = client.get(f"/api/persons/{person['id']}").json()
    by_name = client.get("/api/persons/Shireen Mazari").json()
    assert detail == by_name and detail["id"] == person["id"]
    assert any(m["party"] == "PTI" and m["end"] for m in detail["memberships"])
    assert all(f["subject"] == person["id"] for f in detail["facts"])
    paged = client.get("/api/persons", params={"limit": 2, "offset": 1}).json()
    assert len(paged["items"]) == 2 and paged["total"] > 20


def test_parties_members_joiners_leavers(client):
    codes = [p["code"] for p in client.get("/api/parties").json()]
    assert {"PTI", "PML-N", "IPP"} <= set(codes) and codes == sorted(codes)
    ipp = client.get("/api/parties/IPP", params={"on": "2023-07-01"}).json()
    assert ipp["on"] == "2023-07-01" and ipp["members_total"] == len(ipp["members"]) >= 3 and ipp["joiners"]
    capped = client.get("/api/parties/IPP", params={"on": "2023-07-01", "limit": 1}).json()
    assert len(capped["members"]) == 1 and capped["members_total"] == ipp["members_total"]
    before = client.get("/api/parties/ipp", params={"on": "2023-01-01"}).json()
    assert before["party"]["code"] == "IPP" and before["members"] == []
    pti = client.get("/api/parties/PTI", params={"on": "2023-12-31"}).json()
    assert any(m["name"] == "Fayyazul Hasan Chohan" for m in pti["leavers"])
    memberships = client.get("/api/memberships", params={"party": "IPP", "on": "2023-07-01"}).json()
    assert memberships["total"] == len(ipp["members"])


def test_flows_over_a_window(client):
    every = client.get("/api/flows").json()["flows"]
    pairs = {(f["source"], f["target"]) for f in every}
    assert ("PTI", "IPP") in pairs and all(f["count"] == len(f["names"]) for f in every)
    window = client.get("/api/flows", params={"since": "2023-05-01", "until": "2023-12-31"}).json()
    assert ("PTI", "IPP") in {(f["source"], f["target"]) for f in window["flows"]}
    assert ("PML-N", "PTI") not in {(f["source"], f["target"]) for f in window["flows"]}
    assert "since" in error(client.get("/api/flows", params={"since": "2023-5-1x"}), 422)


def test_search_people_and_parties(client):
    found = client.get("/api/search", params={"q": "insaf"}).json()
    assert "PTI" in [p["code"] for p in found["parties"]]
    assert any("Chohan" in p["name"] for p in client.get("/api/search", params={"q": "chohan"}).json()["persons"])
    assert "q" in error(client.get("/api/search"), 422)


# --------------------------------------------------------------------------- coalitions

def test_coalition_calculator_arithmetic(client):
    seats = ["A=120", "B=60", "C=50"]
    got = client.get("/api/coalitions", params={"house": "NA", "seat": seats}).json()
    assert (got["quota"], got["majority"], got["total"], got["house_seats"]) == (169, 169, 230, 336)
    assert sorted(k["members"] for k in got["minimal_winning"]) == [["A", "B"], ["A", "C"]]
    assert got["indices"]["shapley_shubik"]["A"] == {"exact": "2/3", "decimal": pytest.approx(2 / 3, abs=1e-6)}
    assert got["indices"]["banzhaf"]["B"]["exact"] == "1/5"
    for index in ("banzhaf", "shapley_shubik", "deegan_packel", "holler"):
        assert sum(v["decimal"] for v in got["indices"][index].values()) == pytest.approx(1, abs=1e-5)
    without_c = client.get("/api/coalitions", params={"seat": seats, "exclude": "C"}).json()
    assert [k["members"] for k in without_c["minimal_winning"]] == [["A", "B"]]
    assert without_c["in_play"]["shapley_shubik"] == {"A": {"exact": "1/2", "decimal": 0.5},
                                                      "B": {"exact": "1/2", "decimal": 0.5}}
    assert without_c["indices"] == got["indices"] and without_c["in_play_seats"] == 180
    stranded = client.get("/api/coalitions", params={"seat": seats, "exclude": "A"}).json()
    assert stranded["in_play"] is None and stranded["minimal_winning_count"] == 0
    assert [k["members"] for k in client.get("/api/coalitions", params={"seat": seats, "require": "C"})
            .json()["minimal_winning"]] == [["A", "C"]]


def test_coalitions_from_the_record(client):
    got = client.get("/api/coalitions", params={"house": "NA"}).json()
    assert got["seats_from_record"] and got["quota"] == 169 and got["seats"]["PML-N"] == 75
    older = client.get("/api/coalitions", params={"house": "NA", "on": "2019-01-01"}).json()
    assert older["seats"].get("PTI") == 116
    state = client.get("/api/coalition-state", params={"house": "NA", "on": "2024-06-01"}).json()
    assert ["MQM-P", "PML-N"] in state["pairs"] and state["scope"] == "national"


def test_coalition_state_gives_the_dated_pairs_of_governments(client):
    """The deprecated /api/coalition-state answers from the dated governments: a pair over by the day
    (MQM-P left PTI's government in 2022) is not in it, and each pair carries its opening edge."""
    before = client.get("/api/coalition-state", params={"house": "NA", "on": "2020-01-01"}).json()
    after = client.get("/api/coalition-state", params={"house": "NA", "on": "2024-06-01"}).json()
    assert ["MQM-P", "PTI"] in before["pairs"] and ["MQM-P", "PTI"] not in after["pairs"]
    for state in (before, after):
        assert len(state["ties"]) == len(state["pairs"]) == len(state["facts"])
        for tie, pair in zip(state["ties"], state["pairs"]):
            assert sorted((tie["party"], tie["other"])) == pair and tie["end"] is None
            assert tie["start"]["date"] <= state["on"] and tie["start"]["bound"] in ("exact", "on_or_before")
    governing = client.get("/api/governments", params={"house": "NA", "on": "2024-06-01"}).json()["items"][0]
    linked = {p for pair in after["pairs"] for p in pair}
    assert linked == {p for group in governing["governing"] for p in group if len(group) > 1}
    assert client.get("/openapi.json").json()["paths"]["/api/coalition-state"]["get"]["deprecated"] is True
    assert client.get("/api/coalition-state", params={"house": "NA", "on": "2999-01-01"}).status_code == 422


@pytest.mark.parametrize("params, word", [
    ({"house": "Moon"}, "unknown house"), ({"seat": "A-12"}, "PARTY=N"), ({"seat": "A=many"}, "whole number"),
    ({"seat": ["A=300", "B=100"]}, "336"), ({"seat": "A=100", "on": "2024-02-31"}, "on"),
    ({"seat": ["A=100", "B=100"], "require": "Z"}, "Z"),
])
def test_coalition_bad_parameters_are_422(client, params, word):
    assert word in error(client.get("/api/coalitions", params=params), 422)


# --------------------------------------------------------------------------- review

def test_review_is_off_without_a_configured_token(web_db):
    with TestClient(make_app(web_db.url, token=None), raise_server_exceptions=False) as off:
        message = error(off.post("/api/review/reject/1", headers={"Authorization": "Bearer anything"}), 403)
    assert "ALLEGIANCE_REVIEW_TOKEN" in message and "--review-token" in message


def test_review_needs_the_right_token_then_rejects(review_client):
    facts = review_client.get("/api/facts", params={"person": "Fayyazul Hasan Chohan", "type": "leave_party"})
    event_id = facts.json()["items"][0]["sources"][0]["event_id"]
    assert "token" in error(review_client.post(f"/api/review/reject/{event_id}"), 401)
    assert "token" in error(review_client.post(f"/api/review/reject/{event_id}",
                                               headers={"Authorization": "Bearer wrong"}), 401)
    assert error(review_client.post(f"/api/review/reject/{event_id}", headers={"X-Review-Token": "wrong"}), 401)
    before = review_client.get("/api/facts", params={"limit": 500}).json()
    assert any(event_id in [s["event_id"] for s in f["sources"]] for f in before["items"])
    done = review_client.post(f"/api/review/reject/{event_id}", headers={"Authorization": f"Bearer {REVIEW_TOKEN}"},
                              json={"note": "checked: wrong"})
    assert done.status_code == 200 and done.json()["kind"] == "reject" and done.json()["note"] == "checked: wrong"
    after = review_client.get("/api/facts", params={"limit": 500}).json()
    assert not any(event_id in [s["event_id"] for s in f["sources"]] for f in after["items"])
    flows = review_client.get("/api/flows").json()["flows"]
    assert "Fayyazul Hasan Chohan" not in [n for f in flows for n in f["names"]]
    page = review_client.get("/review", params={"type": "leave_party"}).text
    assert f'{event_id} <span class="flag">rejected</span>' in page


def test_review_confirm_merge_and_unknown_ids(review_client):
    auth = {"X-Review-Token": REVIEW_TOKEN}
    fact = review_client.get("/api/facts", params={"type": "join_party", "limit": 1}).json()["items"][0]
    event_id = fact["sources"][0]["event_id"]
    assert review_client.post(f"/api/review/confirm/{event_id}", headers=auth).json()["kind"] == "confirm"
    assert review_client.get(f"/api/facts/{fact['id']}").json()["confirmed"] is True
    assert "no event" in error(review_client.post("/api/review/confirm/999999", headers=auth), 404)
    persons = review_client.get("/api/persons", params={"limit": 2}).json()["items"]
    keep, other = persons[0]["id"], persons[1]["id"]
    merged = review_client.post("/api/review/merge", headers=auth, json={"keep": keep, "other": other})
    assert merged.status_code == 200 and merged.json()["kind"] == "merge"
    ids = [p["id"] for p in review_client.get("/api/persons", params={"limit": 500}).json()["items"]]
    assert keep in ids and other not in ids
    assert "already one person" in error(review_client.post("/api/review/merge", headers=auth,
                                                            json={"keep": keep, "other": other}), 409)
    assert "no person" in error(review_client.post("/api/review/merge", headers=auth,
                                                   json={"keep": keep, "other": "p-nobody"}), 404)
    assert "keep" in error(review_client.post("/api/review/merge", headers=auth, json={"other": other}), 422)


def test_read_only_everywhere_else(client):
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/persons/x").status_code == 405


# --------------------------------------------------------------------------- edges

def test_large_bodies_are_refused(client):
    auth = {"Authorization": f"Bearer {REVIEW_TOKEN}", "Content-Type": "application/json"}
    big = b'{"keep": "' + b"a" * 70_000 + b'", "other": "b"}'
    assert "request body" in error(client.post("/api/review/merge", content=big, headers=auth), 413)

    def chunks():
        for _ in range(20):
            yield b"a" * 8192
    streamed = client.post("/api/review/merge", content=chunks(), headers=auth)
    assert streamed.status_code == 413 and "Traceback" not in streamed.text
    assert "query string" in error(client.get("/api/events", params={"person": "x" * 5000}), 414)


def test_a_local_server_answers_only_to_local_host_names(web_db):
    from allegiance.web import WebSettings, create_app
    from allegiance.settings import LOOPBACK_HOST_HEADERS

    app = create_app(WebSettings(db_url=web_db.url, allowed_hosts=LOOPBACK_HOST_HEADERS))
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/api/parties").status_code == 200
        assert local.get("/api/parties", headers={"Host": "localhost:8000"}).status_code == 200
        assert local.get("/api/parties", headers={"Host": "[::1]:8000"}).status_code == 200
        assert local.get("/api/parties", headers={"Host": "[::1]"}).status_code == 200
        for foreign in ("rebound.example", "rebound.example:8000", "[::2]:8000", "127.0.0.1.rebound.example", ""):
            refused = local.get("/api/parties", headers={"Host": foreign})
            assert refused.status_code == 400 and refused.json() == {"error": "invalid host header"}, foreign


def test_unexpected_errors_give_no_traceback(web_db):
    app = make_app(web_db.url)

    def broken():
        raise RuntimeError("secret detail of the server")
    app.add_api_route("/api/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/api/broken")
    assert response.status_code == 500 and response.json() == {"error": "internal error"}
    assert "secret" not in response.text


def test_openapi_documents_every_resource(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/facts", "/api/persons", "/api/parties", "/api/memberships", "/api/flows",
                 "/api/coalitions", "/api/articles", "/api/search", "/api/review/reject/{event_id}",
                 "/api/review/merge"):
        assert path in paths, path
    assert not any(p.startswith("/persons") for p in paths)  # pages stay out of the API schema


@pytest.mark.parametrize("backend", ["postgresql"])
def test_api_on_postgresql(new_db):
    url = new_db()
    ingest([demo_corpus()], url)
    with TestClient(make_app(url), raise_server_exceptions=False) as pg:
        assert pg.get("/api/events", params={"limit": 2, "offset": 2}).json()["total"] > 10
        assert pg.get("/api/parties/IPP", params={"on": date(2023, 7, 1).isoformat()}).json()["members"]
        assert pg.get("/api/articles", params={"limit": 1}).json()["items"][0]["events"] >= 0
        assert pg.get("/api/coalitions").json()["quota"] == 169
        # the version is asked of a database server only every so often, but a review action is seen at once
        leaves = pg.get("/api/facts", params={"type": "leave_party", "limit": 500}).json()
        event_id = leaves["items"][0]["sources"][0]["event_id"]
        assert pg.post(f"/api/review/reject/{event_id}", headers={"X-Review-Token": REVIEW_TOKEN}).status_code == 200
        after = pg.get("/api/facts", params={"type": "leave_party", "limit": 500}).json()
        assert after["total"] == leaves["total"] - 1


def test_answers_are_tagged_and_revalidated_until_the_record_changes(review_client):
    """Same URL, same record version: the same ETag, and 304 for a client that holds it; a review action
    changes the record's version, so the same URL then answers anew with another tag."""
    url = "/api/facts?type=leave_party&limit=500"
    first = review_client.get(url)
    tag = first.headers["etag"]
    again = review_client.get(url)
    assert again.headers["etag"] == tag and again.json() == first.json()
    unchanged = review_client.get(url, headers={"If-None-Match": tag})
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert review_client.get("/api/facts/f-nope").headers.get("etag") is None  # errors are never kept
    event_id = first.json()["items"][0]["sources"][0]["event_id"]
    review_client.post(f"/api/review/reject/{event_id}", headers={"X-Review-Token": REVIEW_TOKEN})
    changed = review_client.get(url, headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert changed.json()["total"] == first.json()["total"] - 1


def test_an_ingest_while_serving_is_seen_at_once(tmp_path):
    """A cached answer is never served past an ingest: the ingest's refresh gives the record a new version."""
    url = f"sqlite:///{tmp_path / 'live.db'}"
    first = tmp_path / "first.txt"
    first.write_text("date 2024-03-04\nLAHORE: MPA Ali Haider quit the PTI on Monday.\n", encoding="utf-8")
    ingest([first], url)
    with TestClient(make_app(url), raise_server_exceptions=False) as live:
        before = live.get("/api/articles").json()
        assert before["total"] == 1 and live.get("/api/articles").json() == before
        later = tmp_path / "later.txt"
        later.write_text("date 2024-03-09\nLAHORE: Ali Haider joined the IPP on Friday.\n", encoding="utf-8")
        ingest([later], url)
        assert live.get("/api/articles").json()["total"] == 2
        assert {f["source"]: f["target"] for f in live.get("/api/flows").json()["flows"]} == {"PTI": "IPP"}
