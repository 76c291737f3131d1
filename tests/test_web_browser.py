"""The dashboard in a real browser (Debian's Chromium, headless, through Playwright) against the real
server on 127.0.0.1: every page loads without console errors and without a request leaving the
server (scripts, styles and charts are served by the app), the coalition calculator follows the
party toggles, the person page shows the evidence sentence, and review needs the token.

Each test saves a screenshot of its page in test-artifacts/screenshots/.
"""
from __future__ import annotations

import os
import re

import pytest

from conftest import REVIEW_TOKEN, ROOT, screenshot

DOCS = ROOT / "docs"

PAGES = {
    "overview": "/",
    "parties": "/parties",
    "party": "/parties/PTI?on=2024-03-01",
    "persons": "/persons",
    "person": "/persons/{person}",
    "flows": "/flows",
    "coalitions": "/coalitions",
    "governments": "/governments",
    "articles": "/articles",
    "article": "/articles/{article}",
    "search": "/search?q=PML",
    "review": "/review",
    "api-docs": "/docs",
    "watch": "/watch",
}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def leaver(browser, live_server) -> dict:
    """A stored leave_party event of the demo record (Shireen Mazari's), as the API gives it."""
    context = browser.new_context(base_url=live_server)
    try:
        answer = context.request.get("/api/events", params={"type": "leave_party", "person": "Mazari"})
        assert answer.ok, answer.text()
        items = [e for e in answer.json()["items"] if e["person_id"] and e["status"] == "fact"]
        assert items, "the demo record has Shireen Mazari leaving the PTI"
        return items[0]
    finally:
        context.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_cleanly(page, leaver, name):
    path = PAGES[name].format(person=leaver["person_id"], article=leaver["article_id"])
    response = page.goto(path)
    page.wait_for_load_state("networkidle")
    screenshot(page, name)
    assert response.status == 200, f"{path}: {response.status}"
    assert page.title(), f"{path} has no title"
    page.watch.assert_clean()


def test_person_page_shows_the_evidence_sentence(page, leaver):
    page.goto(f"/persons/{leaver['person_id']}")
    page.wait_for_load_state("networkidle")
    screenshot(page, "person-evidence")
    sentence = squash(leaver["evidence"]["sentence"])
    assert sentence in squash(page.inner_text("main"))
    marked = [squash(t) for t in page.locator("main mark").all_inner_texts()]
    assert sentence in marked, f"the evidence sentence is highlighted: {marked}"
    page.watch.assert_clean()


def test_calculator_follows_the_party_toggles(page):
    page.goto("/coalitions")
    page.wait_for_load_state("networkidle")
    in_play, count = page.locator("#in-play-seats"), page.locator("#mwc-count")
    before, count_before = int(in_play.inner_text()), count.inner_text()
    row = page.locator("#seats tbody tr").nth(2)  # a middle party: the others can still win without it
    party, seats = row.get_attribute("data-party"), int(row.locator("td").nth(2).inner_text())
    assert seats > 0 and row.locator("td.index").first.inner_text().strip()

    with page.expect_response(lambda r: "/api/coalitions" in r.url) as answer:
        row.locator("input.toggle").uncheck()
    data = answer.value.json()
    assert answer.value.status == 200 and party in data["excluded"]
    page.wait_for_function("v => document.querySelector('#in-play-seats').textContent.trim() === v",
                           arg=str(before - seats))
    assert count.inner_text() == str(data["minimal_winning_count"]) != count_before
    shown = page.locator("#mwc li").all_inner_texts()
    assert len(shown) == len(data["minimal_winning"]) > 0
    assert all(party not in text.split(":")[0].split(" + ") for text in shown), shown
    assert not any(t.strip() for t in row.locator("td.index").all_inner_texts()), "no power for a party out of play"
    screenshot(page, "coalitions-toggled")

    with page.expect_response(lambda r: "/api/coalitions" in r.url):
        row.locator("input.toggle").check()
    page.wait_for_function("v => document.querySelector('#in-play-seats').textContent.trim() === v", arg=str(before))
    assert count.inner_text() == count_before
    assert row.locator("td.index").first.inner_text().strip()
    page.watch.assert_clean()


def test_governments_timeline_and_as_of_list(page):
    """The demo's national governments: a bar per tie on the timeline, the MQM-P + PTI tie closed by its leave
    in 2022, and the list as of a day in 2019 naming the PTI's partners then."""
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto("/governments?house=NA")
    page.wait_for_load_state("networkidle")
    national = page.locator("section.scope[data-scope=national]")
    bars = national.locator(".gov-timeline .bar")
    assert bars.count() >= 5
    rows = [squash(t) for t in national.locator("table.ties tbody tr").all_inner_texts()]
    mqm = next(r for r in rows if r.startswith("MQM-P + PTI"))
    assert "2022-03-30 (leave)" in mqm and "parted ways" in mqm
    if os.environ.get("ALLEGIANCE_UPDATE_DOCS"):  # the README's picture is refreshed on purpose, never as a side effect
        page.locator("section.scope").first.screenshot(path=str(DOCS / "governments.png"))
    screenshot(page, "governments")

    page.goto("/governments?house=NA&on=2019-01-01")
    page.wait_for_load_state("networkidle")
    as_of = squash(page.locator("section.scope[data-scope=national] .as-of").inner_text())
    assert "As of 2019-01-01" in as_of and "PTI" in as_of and "MQM-P" in as_of and "PML-N + PPP" not in as_of
    page.watch.assert_clean()


def _review_click(page, action: str = "confirm"):
    """Click the first event's review button; the API's answer."""
    with page.expect_response(lambda r: "/api/review/" in r.url) as answer:
        page.locator(f"button.review[data-action={action}]").first.click()
    return answer.value


def _settled(page, unlike: str = "") -> str:
    """The review message once the page has written the answer (not empty, not 'sending', not ``unlike``)."""
    page.wait_for_function("v => { const t = document.querySelector('#review-result').textContent.trim();"
                           " return t !== '' && !t.startsWith('sending') && t !== v; }", arg=unlike)
    return page.locator("#review-result").inner_text()


def test_review_needs_the_token(page):
    page.goto("/review")
    page.wait_for_load_state("networkidle")

    assert _review_click(page).status in (401, 403)
    refused = _settled(page)
    assert "token" in refused, refused
    screenshot(page, "review-refused")

    page.fill("#token", "not-the-token")
    assert _review_click(page).status in (401, 403)
    assert "token" in _settled(page)

    page.fill("#token", REVIEW_TOKEN)
    assert _review_click(page).status == 200
    done = _settled(page, unlike=refused)
    assert "token" not in done, done
    screenshot(page, "review-done")
    # the refusals are the point of this test: only the browser's own log lines for them are allowed
    errors = [e for e in page.watch.errors if not re.search(r"status of 40[13]", e)]
    assert not errors, errors
    assert not page.watch.foreign and not page.watch.dialogs
