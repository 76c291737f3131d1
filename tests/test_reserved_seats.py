"""Reserved seats, on the project's own made-up articles: an allocation stated by an article is an internal
``seat_allocation`` event (never in the extraction contract) and, in the record, a dated seat move after the
election's tally; the latest report of a party's reserved seats in a house replaces the earlier figure."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest
from typer.testing import CliRunner

from fastapi.testclient import TestClient

from conftest import make_app

from allegiance.cli import app
from allegiance.model import Article, contract_events
from allegiance.pipeline import extract_paths, ingest

TALLY = ("date 2024-02-11\nISLAMABAD: In the February 8 elections, independent candidates won 101 seats in the "
         "National Assembly, the PML-N won 75 seats, the PPP won 54 seats and the MQM-P won 17 seats.\n")
ALLOCATED = ("date 2024-03-02\nISLAMABAD: The election commission completed the count of the National Assembly on "
             "Saturday.\nThe commission allotted 20 reserved seats for women to the PML-N in the National Assembly.\n"
             "The commission notified 3 PML-N members on reserved seats for non-Muslims.\n"
             "The PPP got 12 reserved seats, officials said.\n"
             "The SIC was denied reserved seats by the commission.\n")
RESTATED = ("date 2024-03-10\nLAHORE: The PML-N now holds 23 reserved seats in the National Assembly, the party said "
            "on Sunday.\nThe PPP's share of reserved seats in the National Assembly rose to 15 after a review.\n")
ALLOCATED_SENTENCES = ("The commission allotted 20 reserved seats for women to the PML-N in the National Assembly.",
                       "The commission notified 3 PML-N members on reserved seats for non-Muslims.")


def _extract(extractor, text: str) -> list[tuple[str, int, str | None, str | None]]:
    events = extractor.extract(Article(doc="t", text=text))
    return [(e.actor, e.seats, e.house, e.post) for e in events if e.type == "seat_allocation"]


@pytest.mark.parametrize("sentence, expected", [
    ("The ECP allotted 20 reserved seats for women to the PML-N in the National Assembly.", [("PML-N", 20, "NA", "women")]),
    ("In the National Assembly, the PPP got 12 reserved seats.", [("PPP", 12, "NA", None)]),
    ("The MQM-P's share of reserved seats in the National Assembly rose to nine.", [("MQM-P", 9, "NA", None)]),
    ("The ECP notified four PPP members on reserved seats for non-Muslims in the National Assembly.",
     [("PPP", 4, "NA", "non-Muslims")]),
    ("The Senate gave two reserved seats for technocrats to the PPP.", [("PPP", 2, "Senate", "technocrats")]),
    ("The Jamiat Ulema-e-Islam got three reserved seats in the National Assembly.", [("JUI-F", 3, "NA", None)]),
])
def test_an_allocation_is_read_in_its_phrasings(extractor, sentence, expected):
    assert _extract(extractor, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The SIC was denied reserved seats in the National Assembly.",
    "The allocation of 23 reserved seats in the National Assembly to the SIC was suspended by the court.",
    "The PTI demanded 23 reserved seats in the National Assembly.",
    "The PTI claims 23 reserved seats in the National Assembly.",
    "The PML-N will get 20 reserved seats in the National Assembly, officials expect.",
    "The PPP won 54 seats in the National Assembly.",                       # a tally, not reserved seats
    "The PPP is projected to receive 20 reserved seats in the Sindh Assembly.",
    "The commission is still deliberating on 26 reserved seats in the National Assembly for the SIC.",
    "Two reserved seats each went to the PML-N and the JUI-F in the National Assembly.",   # whose figure?
])
def test_denied_suspended_demanded_or_claimed_seats_are_no_allocation(extractor, sentence):
    assert _extract(extractor, sentence) == []


def test_an_allocation_is_dated_by_the_day_its_sentence_gives(extractor):
    text = "The ECP allotted 20 reserved seats for women to the PML-N in the National Assembly on Monday."
    [event] = extractor.extract(Article(doc="t", text=text, published=date(2024, 3, 6)))
    assert (event.type, event.date) == ("seat_allocation", "2024-03-04")
    [undated] = extractor.extract(Article(doc="t", text="The PPP got 12 reserved seats in the National Assembly.",
                                          published=date(2024, 3, 6)))
    assert undated.date is None and undated.date_kind == "on_or_before"


def test_a_house_named_earlier_in_the_article_is_the_allocations_house(extractor):
    text = "The National Assembly met on Monday.\nThe PPP got 12 reserved seats, officials said."
    assert _extract(extractor, text) == [("PPP", 12, "NA", None)]
    assert _extract(extractor, "The PPP got 12 reserved seats, officials said.") == []   # no house: no seat moves


def test_allocations_stay_out_of_the_extraction_contract(tmp_path, extractor):
    (tmp_path / "allocated.txt").write_text(ALLOCATED, encoding="utf-8")
    events = extractor.extract(Article(doc="allocated", text=ALLOCATED.split("\n", 1)[1]))
    assert {e.type for e in events} == {"seat_allocation"}
    assert contract_events(events) == []
    assert [e for _a, found in extract_paths([tmp_path]) for e in found] == []
    result = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "" and "seat_allocation" not in result.stdout


@pytest.fixture
def record_url(tmp_path, db_url) -> str:
    for name, text in {"tally": TALLY, "allocated": ALLOCATED, "restated": RESTATED}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest(sorted(tmp_path.glob("*.txt")), db_url)
    return db_url


def _coalitions(url: str, *args: str) -> dict:
    result = CliRunner().invoke(app, ["coalitions", "--db", url, "--house", "NA", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _after(record: dict) -> dict[str, int]:
    expected = Counter(record["tally"])
    for m in record["moves"]:
        if m["applied"]:
            if m["from"] in expected:
                expected[m["from"]] -= m["seats"]
            if m["to"]:
                expected[m["to"]] += m["seats"]
    return {p: n for p, n in expected.items() if n}


def test_an_allocation_differs_from_the_tally_by_exactly_its_seats_with_its_sentences(record_url):
    answer = _coalitions(record_url, "--on", "2024-03-05")
    record = answer["record"]
    assert record["tally"] == {"IND": 101, "PML-N": 75, "PPP": 54, "MQM-P": 17}
    moves = [(m["kind"], m["from"], m["to"], m["seats"], m["applied"]) for m in record["moves"]]
    assert moves == [("reserved", "reserved", "PML-N", 23, True), ("reserved", "reserved", "PPP", 12, True)]
    pmln = record["moves"][0]
    assert sorted(s["sentence"] for s in pmln["sources"]) == sorted(ALLOCATED_SENTENCES)
    assert record["moves"][1]["sources"][0]["sentence"] == "The PPP got 12 reserved seats, officials said."
    assert answer["seats"] == _after(record) == {"IND": 101, "PML-N": 98, "PPP": 66, "MQM-P": 17}
    assert _coalitions(record_url, "--on", "2024-03-01")["seats"] == record["tally"]   # before the allocation


def test_a_later_report_replaces_the_figure_rather_than_adding_to_it(record_url):
    record = _coalitions(record_url, "--on", "2024-03-31")
    later = [(m["from"], m["to"], m["seats"], m["applied"], m["note"]) for m in record["record"]["moves"]
             if m["date"] == "2024-03-10"]
    assert later == [("reserved", "PML-N", 23, False, "restates the figure of 23 reserved seats"),
                     ("reserved", "PPP", 3, True, "replaces the earlier figure of 12")]
    assert record["seats"]["PML-N"] == 98 and record["seats"]["PPP"] == 69      # 54 + 15, never 54 + 12 + 15


def test_the_table_shows_the_tally_and_the_reserved_seats_side_by_side(record_url):
    table = CliRunner().invoke(app, ["coalitions", "--db", record_url, "--house", "NA", "--on", "2024-03-05"])
    assert table.exit_code == 0, table.output
    lines = [" ".join(line.replace("│", " ").split()) for line in table.stdout.splitlines()]
    assert "PML-N 75 +23 98" in lines and "PPP 54 +12 66" in lines
    assert "reserved -> PML-N (23)" in table.stdout
    cli = _coalitions(record_url, "--on", "2024-03-05")
    with TestClient(make_app(record_url), raise_server_exceptions=False) as client:   # the calculator's answer
        api = client.get("/api/coalitions", params={"house": "NA", "on": "2024-03-05"}).json()
    assert (api["tally"], api["moves"]) == (cli["record"]["tally"], cli["record"]["moves"])
    assert api["seats"] == cli["seats"] == {"IND": 101, "PML-N": 98, "PPP": 66, "MQM-P": 17}


@pytest.mark.parametrize("text, expected", [
    ("الیکشن کمیشن نے قومی اسمبلی میں مسلم لیگ ن کو خواتین کی 20 مخصوص نشستیں الاٹ کر دیں۔", [("PML-N", 20, "NA", "women")]),
    ("قومی اسمبلی کا اجلاس پیر کو ہوا۔ پیپلز پارٹی کو اقلیتوں کی 4 مخصوص نشستیں مل گئیں۔", [("PPP", 4, "NA", "non-Muslims")]),
    ("الیکشن کمیشن نے قومی اسمبلی میں سنی اتحاد کونسل کو مخصوص نشستوں سے محروم کر دیا۔", []),    # denied
    ("پیپلز پارٹی کو قومی اسمبلی میں 12 مخصوص نشستیں ملیں گی۔", []),                            # the future
])
def test_an_allocation_in_urdu(extractor, text, expected):
    assert _extract(extractor, text) == expected
