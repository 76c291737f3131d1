"""The dashboard's defences: markup from articles, names and query strings stays inert; review needs
the operator's token; large requests are refused; errors are short JSON, never a traceback.

HTTP checks go through the ASGI app in process (``TestClient``); the "never executes" checks load the
same pages from the live server in Chromium and fail on any dialog or page error.
"""
from __future__ import annotations

from urllib.parse import quote

import pytest
from markupsafe import escape

from conftest import MARKUP_NAME, REVIEW_TOKEN, SCRIPT, make_app, screenshot

QUERY_SCRIPT = "<script>alert(4)</script>"
QUERY_IMG = '"><img src=x onerror=alert(5)>'
HUGE_ID = "99999999999999999999"  # past 64 bits
TRACEBACK_MARKS = ("Traceback", 'File "', "sqlalchemy.")


@pytest.fixture(scope="module")
def client(web_db):
    from fastapi.testclient import TestClient

    with TestClient(make_app(web_db.url), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def story_article(client) -> int:
    """The row id of the made-up story whose text carries a <script>."""
    items = client.get("/api/articles", params={"limit": 500}).json()["items"]
    return next(a["id"] for a in items if a["doc"] == "zz-made-up-story")


@pytest.fixture(scope="module")
def story_event(client, web_db) -> int:
    """The id of the story's join event (its evidence sentence carries the <script>)."""
    items = client.get("/api/events", params={"person": web_db.story_person, "type": "join_party"}).json()["items"]
    assert items, "the made-up story's join is in the record"
    return items[0]["id"]


def assert_inert(html: str, markup: str) -> None:
    """``markup`` is not in the page as markup; it is there escaped (as text)."""
    assert markup not in html
    assert str(escape(markup)) in html or markup.replace("<", "\\u003c") in html


def assert_short_json_error(response, statuses=range(400, 500)) -> None:
    assert response.status_code in statuses, (response.status_code, response.text[:300])
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body.get("error"), str) and body["error"]
    for mark in TRACEBACK_MARKS:
        assert mark not in response.text, response.text


# --------------------------------------------------------------------------- escaping (server side)

def test_script_in_an_article_is_escaped(client, story_article):
    html = client.get(f"/articles/{story_article}").text
    assert_inert(html, SCRIPT)
    api = client.get(f"/api/articles/{story_article}")  # the API gives the text as data, typed as JSON
    assert api.headers["content-type"].startswith("application/json") and SCRIPT in api.json()["text"]


def test_script_in_an_evidence_sentence_is_escaped(client, web_db):
    html = client.get(f"/persons/{web_db.story_person}").text
    assert_inert(html, SCRIPT)


@pytest.mark.parametrize("path", ["/persons/{pid}", "/persons?q=Qasim", "/search?q=Qasim", "/flows", "/"])
def test_markup_in_a_name_is_escaped(client, web_db, path):
    html = client.get(path.format(pid=web_db.story_person)).text
    assert MARKUP_NAME not in html
    assert "<img src=x" not in html and "<script>alert(3)" not in html
    if path != "/":
        assert str(escape(MARKUP_NAME)) in html


@pytest.mark.parametrize("path", ["/search?q={}", "/persons?q={}", "/review?party={}", "/review?person={}",
                                  "/parties/{}", "/persons/{}", "/coalitions?house={}"])
@pytest.mark.parametrize("markup", [QUERY_SCRIPT, QUERY_IMG])
def test_markup_in_a_query_parameter_is_escaped(client, path, markup):
    response = client.get(path.format(quote(markup, safe="")))
    assert response.status_code < 500
    assert markup not in response.text
    assert "<script>alert(4)" not in response.text and "<img src=x" not in response.text


def test_pages_carry_a_content_security_policy(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


# --------------------------------------------------------------------------- escaping (in the browser)

@pytest.mark.parametrize("name,path", [
    ("xss-article", "/articles/{article}"),
    ("xss-person", "/persons/{pid}"),
    ("xss-search", "/search?q=" + quote(QUERY_SCRIPT + QUERY_IMG, safe="")),
    ("xss-persons-query", "/persons?q=" + quote(QUERY_IMG, safe="")),
    ("xss-flows", "/flows"),
    ("xss-unknown-party", "/parties/" + quote(QUERY_SCRIPT, safe="")),
])
def test_markup_never_runs_in_the_browser(page, web_db, story_article, name, path):
    response = page.goto(path.format(article=story_article, pid=web_db.story_person))
    page.wait_for_load_state("networkidle")
    screenshot(page, name)
    assert response.status < 500
    assert not page.watch.dialogs, f"a script from the data ran: {page.watch.dialogs}"
    assert page.evaluate("document.querySelectorAll('img[src=x], img[src$=\"/x\"]').length") == 0
    # an injected inline script would at least show as a CSP refusal; only the 404 of an unknown party is expected
    errors = [e for e in page.watch.errors if "the server responded with a status of 404" not in e]
    assert not errors, errors
    assert not page.watch.foreign


def test_article_shows_the_script_as_text(page, story_article):
    page.goto(f"/articles/{story_article}")
    assert SCRIPT in page.inner_text("body")
    assert not page.watch.dialogs


def test_person_shows_the_markup_name_as_text(page, web_db):
    page.goto(f"/persons/{web_db.story_person}")
    assert MARKUP_NAME in page.inner_text("body")
    assert not page.watch.dialogs


# --------------------------------------------------------------------------- review needs the token

def test_review_without_token_is_refused(client, story_event):
    response = client.post(f"/api/review/confirm/{story_event}")
    assert response.status_code in (401, 403)
    assert_short_json_error(response)


@pytest.mark.parametrize("headers", [{"Authorization": "Bearer wrong-token"}, {"X-Review-Token": "wrong-token"},
                                     {"Authorization": "Bearer " + REVIEW_TOKEN[:-1]},
                                     {"Authorization": REVIEW_TOKEN}, {"Authorization": "Basic " + REVIEW_TOKEN}])
def test_review_with_a_wrong_token_is_refused(client, story_event, headers):
    response = client.post(f"/api/review/confirm/{story_event}", headers=headers)
    assert response.status_code in (401, 403)
    assert_short_json_error(response)


def test_review_merge_without_token_is_refused(client, web_db):
    response = client.post("/api/review/merge", json={"keep": web_db.story_person, "other": web_db.story_person})
    assert response.status_code in (401, 403)


def test_review_with_the_token_is_done(client, story_event):
    for headers in ({"Authorization": f"Bearer {REVIEW_TOKEN}"}, {"X-Review-Token": REVIEW_TOKEN}):
        response = client.post(f"/api/review/confirm/{story_event}", headers=headers, json={"note": "checked"})
        assert response.status_code == 200, response.text
        assert response.json()["kind"] == "confirm"


def test_review_is_disabled_without_a_configured_token(web_db, story_event):
    from fastapi.testclient import TestClient

    with TestClient(make_app(web_db.url, token=None), raise_server_exceptions=False) as no_token:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
            response = no_token.post(f"/api/review/confirm/{story_event}", headers=headers)
            assert response.status_code == 403
            assert_short_json_error(response)


# --------------------------------------------------------------------------- limits and errors

def test_oversized_body_is_refused(client, story_event):
    body = b'{"note": "' + b"x" * (200 * 1024) + b'"}'
    for headers in ({}, {"Authorization": f"Bearer {REVIEW_TOKEN}"}):
        response = client.post(f"/api/review/confirm/{story_event}", content=body,
                               headers={"content-type": "application/json", **headers})
        assert response.status_code == 413
        assert_short_json_error(response, {413})


def test_oversized_body_without_length_is_refused(client, story_event):
    def chunks():
        for _ in range(100):
            yield b"x" * 4096

    response = client.post(f"/api/review/confirm/{story_event}", content=chunks(),
                           headers={"content-type": "application/json", "Authorization": f"Bearer {REVIEW_TOKEN}"})
    assert response.status_code == 413, response.text[:300]


def test_oversized_query_string_is_refused(client):
    response = client.get("/api/events", params={"person": "x" * 10_000})
    assert response.status_code in (413, 414, 422)
    assert_short_json_error(response)


@pytest.mark.parametrize("path", [
    "/api/nothing-here", "/api/events?limit=abc", "/api/events?limit=0", "/api/events?limit=100000",
    "/api/events?offset=-1", "/api/events?since=not-a-date", "/api/events?type=bogus", "/api/events?status=maybe",
    "/api/events/0", "/api/events/999999999", "/api/events/abc", "/api/persons/nobody-at-all",
    "/api/parties/NOPE", "/api/parties/PTI?on=2024-13-45", "/api/facts/x", "/api/articles/999999",
    "/api/coalitions?house=NOWHERE", "/api/coalitions?seat=PTI%3Dmany", "/api/coalitions?seat=%3D%3D",
    "/api/flows?since=yesterday", "/api/search", "/api/search?q=", "/api/memberships?party=NOPE",
    "/api/persons/" + quote(SCRIPT, safe=""),
    "/api/events/" + HUGE_ID, "/api/articles/" + HUGE_ID,
])
def test_bad_requests_get_a_short_json_error(client, path):
    assert_short_json_error(client.get(path))


def test_review_of_a_huge_event_id_is_a_client_error(client):
    response = client.post(f"/api/review/confirm/{HUGE_ID}", headers={"Authorization": f"Bearer {REVIEW_TOKEN}"})
    assert_short_json_error(response)


def test_article_page_of_a_huge_id_is_a_client_error(client):
    assert client.get(f"/articles/{HUGE_ID}").status_code in (404, 422)


def test_wrong_method_gets_a_short_json_error(client):
    assert_short_json_error(client.delete("/api/events"), {405})
    assert_short_json_error(client.post("/api/events", json={}), {405})


def test_bad_json_body_gets_a_short_json_error(client):
    response = client.post("/api/review/merge", content=b"{not json", headers={
        "content-type": "application/json", "Authorization": f"Bearer {REVIEW_TOKEN}"})
    assert_short_json_error(response)


def test_error_pages_show_no_traceback(client):
    for path in ("/nothing-here", "/parties/NOPE", "/persons/nobody-at-all", "/articles/999999", "/flows?since=x"):
        response = client.get(path)
        assert 400 <= response.status_code < 500, (path, response.status_code)
        for mark in ("Traceback", 'File "'):
            assert mark not in response.text


def test_oversized_streamed_body_to_the_live_server_is_refused(live_server, story_event):
    import httpx

    def chunks():
        for _ in range(64):
            yield b"x" * 4096

    response = httpx.post(f"{live_server}/api/review/confirm/{story_event}", content=chunks(), timeout=10,
                          headers={"content-type": "application/json", "Authorization": f"Bearer {REVIEW_TOKEN}"})
    assert response.status_code == 413, response.text[:300]


def test_no_other_origin_may_call_the_api(client, story_event):
    preflight = client.options(f"/api/review/confirm/{story_event}", headers={
        "Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization"})
    assert "access-control-allow-origin" not in preflight.headers
    answer = client.get("/api/events", headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in answer.headers
