"""The dashboard's pages over a real record: each answers, shows what it must, loads nothing from
outside the app, escapes article text, names and query strings; and the ``serve`` / ``demo`` commands."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from typer.testing import CliRunner

from conftest import MARKUP_NAME, SCRIPT, STORY_PERSON, make_app

from allegiance.cli import app as cli_app
from allegiance.model import Article, Event, Evidence
from allegiance.store.queries import StoredEvent
from allegiance.analyse.views import excerpt, segments

EXTERNAL = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(make_app(web_db.url), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def ids(client, web_db) -> dict:
    """Ids the pages are opened with: a person with a sourced fact, an article, the made-up story."""
    fact = client.get("/api/facts", params={"person": "Shireen Mazari", "type": "leave_party"}).json()["items"][0]
    articles = client.get("/api/articles", params={"limit": 500}).json()["items"]
    story = next(a["id"] for a in articles if a["doc"] == "zz-made-up-story")
    return {"person": fact["subject"], "fact": fact, "article": fact["sources"][0]["article_id"], "story": story,
            "story_person": web_db.story_person}


def pages(ids) -> list[str]:
    return ["/", "/?on=2023-06-30", "/parties", "/parties/PTI", "/parties/IPP?on=2023-07-01", "/persons",
            "/persons?q=khan", f"/persons/{ids['person']}", f"/persons/{ids['story_person']}", "/flows",
            "/flows?since=2023-05-01&until=2023-12-31", "/coalitions", "/coalitions?house=NA&on=2019-01-01",
            "/coalitions?house=Senate", "/search?q=PTI", "/review", "/review?type=leave_party&party=PTI", "/articles",
            f"/articles/{ids['article']}", f"/articles/{ids['story']}", "/docs", "/watch"]


def test_every_page_answers_and_loads_nothing_from_outside(client, ids):
    for path in pages(ids):
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        assert response.headers["content-type"].startswith("text/html")
        assert not EXTERNAL.search(response.text), (path, EXTERNAL.search(response.text).group(0))
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "<script>" not in response.text.replace('<script type="application/json"', "")  # no inline code


def test_scripts_and_styles_are_served_from_the_package(client, ids):
    assets = set()
    for path in pages(ids):
        assets |= set(re.findall(r'(?:src|href)="(/static/[^"]+)"', client.get(path).text))
    assert {"/static/vendor/chart.umd.min.js", "/static/vendor/chartjs-chart-sankey.min.js",
            "/static/vendor/swagger-ui-bundle.js", "/static/style.css", "/static/coalitions.js"} <= assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset


def test_person_page_marks_the_evidence_in_its_article(client, ids):
    html = client.get(f"/persons/{ids['person']}").text
    source = ids["fact"]["sources"][0]
    assert f"<mark>{escape(source['sentence'])}</mark>" in html
    assert f'href="/articles/{source["article_id"]}#ev-{source["event_id"]}"' in html
    assert "Memberships" in html and "PTI" in html and 'class="timeline"' in html


def test_article_page_anchors_and_escapes(client, ids):
    source = ids["fact"]["sources"][0]
    html = client.get(f"/articles/{source['article_id']}").text
    assert f'id="ev-{source["event_id"]}"' in html and "<mark>" in html
    story = client.get(f"/articles/{ids['story']}").text
    assert SCRIPT not in story and str(escape(SCRIPT)) in story
    assert re.search(r"<mark>[^<]*" + re.escape(str(escape(SCRIPT))), story)  # the sentence is marked, escaped


def test_article_page_names_the_person_as_the_record_does(client, ids):
    """The events table keeps the name as written and links it to the person, with the analyst's rename
    beside it (escaped: the rename holds markup)."""
    story = client.get(f"/articles/{ids['story']}").text
    row = re.search(r'<a href="/persons/([^"]+)">' + re.escape(STORY_PERSON) + r"</a>([^<]*<span[^>]*>[^<]*)", story)
    assert row and row.group(1) == ids["story_person"]
    assert f"(in the record: {escape(MARKUP_NAME)})" in story and MARKUP_NAME not in story


def test_names_and_query_strings_come_back_escaped(client, ids):
    person = client.get(f"/persons/{ids['story_person']}").text
    assert MARKUP_NAME not in person and str(escape(MARKUP_NAME)) in person
    for path in ("/search?q=" + SCRIPT, "/persons?q=" + SCRIPT, "/review?person=" + SCRIPT,
                 "/persons/" + SCRIPT, "/parties/" + SCRIPT):
        response = client.get(path)
        assert SCRIPT not in response.text, path
        assert response.status_code in (200, 404), path
    assert str(escape(SCRIPT)) in client.get("/search", params={"q": SCRIPT}).text
    listing = client.get("/persons", params={"q": "Baloch"}).text
    assert MARKUP_NAME not in listing and str(escape(MARKUP_NAME)) in listing


def test_bad_parameters_give_an_html_422(client):
    response = client.get("/parties/PTI", params={"on": "2023-02-30"})
    assert response.status_code == 422 and "on:" in unescape(response.text) and "Traceback" not in response.text
    assert client.get("/persons", params={"page": 0}).status_code == 422
    missing = client.get("/persons/Nobody Such Person")
    assert missing.status_code == 404 and "no person" in unescape(missing.text)


def test_overview_chart_data_is_json_in_the_page(client):
    html = client.get("/").text
    block = re.search(r'<script type="application/json" id="moves-data">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["periods"] and "PTI" in data["parties"]
    assert sum(data["left"]["PTI"]) >= 3 and len(data["joined"]["PTI"]) == len(data["periods"])
    assert "Latest events" in html and "/articles/" in html


def test_flows_page_feeds_the_sankey(client):
    html = client.get("/flows", params={"since": "2023-05-01"}).text
    links = json.loads(re.search(r'id="flows-data">(.*?)</script>', html, re.S).group(1))
    api = client.get("/api/flows", params={"since": "2023-05-01"}).json()["flows"]
    moved = {(f["source"], f["target"]): f["count"] for f in api}
    assert {"from": "PTI", "to": "IPP", "flow": moved[("PTI", "IPP")]} in links  # the page draws what the record holds
    assert "Fayyazul Hasan Chohan" in html


def test_coalition_page_offers_the_parties_to_toggle(client):
    html = client.get("/coalitions").text
    assert 'class="toggle" value="PML-N"' in html and '<strong id="quota">169</strong>' in html
    assert 'id="mwc"' in html and "Shapley-Shubik" in html
    senate = client.get("/coalitions", params={"house": "Senate"}).text
    assert "no seat results for Senate" in senate


def test_review_page_says_when_review_is_off(web_db):
    with TestClient(make_app(web_db.url, token=None)) as off:
        html = off.get("/review").text
    assert "Review is disabled" in html and "ALLEGIANCE_REVIEW_TOKEN" in html
    assert 'data-action="reject"' in html


# --------------------------------------------------------------------------- highlighting (library)

TEXT = "First line.\nAli Khan joined the PPP. Then <b>he</b> spoke. The end."


def stored(event_id: int, start: int, sentence: str, offset: int = 0) -> StoredEvent:
    evidence = Evidence(sentence, start + offset, start + offset + len(sentence), "rule")
    return StoredEvent(event_id, Event("d", "join_party", "Ali Khan", evidence), 1, None, "v")


def test_excerpt_cuts_around_the_sentence_with_offsets_from_the_source():
    article = Article("d", TEXT, offset=16)  # a leading "date YYYY-MM-DD\n" was taken off
    sentence = "Ali Khan joined the PPP."
    got = excerpt(article, 12 + 16, 12 + 16 + len(sentence), sentence, context=5)
    assert (got.before, got.marked, got.after) == ("ine.\n", sentence, " Then")
    assert got.clipped_start and got.clipped_end
    moved = excerpt(Article("d", "x " + TEXT), 12, 36, sentence, context=None)  # offsets off: found by search
    assert moved.marked == sentence and moved.before == "x First line.\n"
    assert excerpt(article, 0, 5, "not in the text").marked == ""


def test_segments_mark_overlapping_evidence_once_with_an_anchor_each():
    article = Article("d", TEXT)
    one, two = stored(1, 12, "Ali Khan joined the PPP."), stored(2, 12, "Ali Khan joined the PPP. Then <b>he</b>")
    parts = segments(article, [one, two])
    assert "".join(p.text for p in parts) == TEXT
    marked = [p for p in parts if p.marked]
    assert [p.text for p in marked] == ["Ali Khan joined the PPP.", " Then <b>he</b>"]
    assert marked[0].anchors == (1, 2) and marked[1].anchors == ()


# --------------------------------------------------------------------------- the commands

@pytest.fixture
def served(monkeypatch):
    """Calls to the server runner, recorded instead of serving forever."""
    calls = []
    monkeypatch.setattr("allegiance.web.serve.run",
                        lambda settings, host, port, workers=1: calls.append((settings, host, port, workers)))
    monkeypatch.delenv("ALLEGIANCE_REVIEW_TOKEN", raising=False)
    return calls


def test_serve_binds_to_loopback_by_default(served, tmp_path):
    db = tmp_path / "r.db"
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    settings, host, port, workers = served[0]
    assert (host, port, workers, settings.review_token) == ("127.0.0.1", 8000, 1, None)
    assert "localhost" in settings.allowed_hosts and "127.0.0.1" in settings.allowed_hosts
    assert settings.db_url.endswith("r.db") and "http://127.0.0.1:8000/" in result.output
    assert "review actions are off" in result.output and "warning" not in result.output


def test_serve_options_and_a_warning_off_loopback(served, tmp_path, monkeypatch):
    monkeypatch.setenv("ALLEGIANCE_REVIEW_TOKEN", "from-env")
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "r.db"), "--host", "0.0.0.0",
                                          "--port", "8123", "--workers", "3"])
    assert result.exit_code == 0 and served[0][0].review_token == "from-env"
    assert served[0][1:] == ("0.0.0.0", 8123, 3)
    assert "warning" in result.output and "reachable from other machines" in result.output
    assert served[0][0].allowed_hosts is None
    given = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "r.db"), "--review-token", "given"])
    assert given.exit_code == 0 and served[1][0].review_token == "given"


def test_demo_ends_by_serving_the_dashboard(served, tmp_path):
    result = CliRunner().invoke(cli_app, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "Recent defections by party" in result.stdout and "dashboard: open http://127.0.0.1:8000/" in result.output
    settings, host, port, _workers = served[0]
    assert settings.db_url.endswith("demo.db") and (host, port) == ("127.0.0.1", 8000)
    CliRunner().invoke(cli_app, ["demo", "--db", str(tmp_path / "demo.db"), "--no-serve"])
    assert len(served) == 1
