"""Everyday political news (stress set mixed4): kinds of act the extractor missed in whole
stories, each shown by short sentences written for these tests (GUIDELINE.md says what a
reader records)."""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2024-02-20")


def _of(found, kind):
    return [e for e in found if e.type == kind]


# ------------------------------------------------ an earlier election's result told as background

@pytest.mark.parametrize("text, want", [
    ("In 2018, the PTI won 116 general seats in the National Assembly.", ("PTI", 116, "NA")),
    ("In the 2013 general election the PML-F won four seats in the Sindh Assembly.", ("PML-F", 4, "PA-Sindh")),
])
def test_an_earlier_elections_result_is_recorded(events, text, want):
    found = _of(events(text), "seat_result")
    assert {(e.actor, e.seats, e.house) for e in found} == {want}
    assert all(e.date is None for e in found)


def test_the_storys_own_result_outranks_an_earlier_one_for_the_same_party(events):
    text = "The MQM-P, which had won only six National Assembly seats in 2018, bagged 17 seats in the National Assembly this time."
    assert {(e.actor, e.seats) for e in _of(events(text), "seat_result")} == {("MQM-P", 17)}


# ------------------------------------------------ a span of time after the house is when, not the post

@pytest.mark.parametrize("span", ["moments", "minutes", "hours"])
def test_a_time_span_after_the_house_does_not_name_the_post(events, span):
    text = (f"PTI lawmakers on Monday announced their resignations from the National Assembly {span} before the vote. "
            "Asad Umar handed his resignation to the party's chief whip on Monday.")
    found = _of(events(text, "2022-04-12"), "resign_post")
    assert [(e.actor, e.post) for e in found] == [("Asad Umar", "MNA")]


# ------------------------------------------------ the membership of a house is a seat, not a party

@pytest.mark.parametrize("text", [
    'Murad Saeed of the PTI said on Monday: "I resign from the membership of the National Assembly."',
    'Sadia Abbasi of the PML-N said: "I hereby resign from the membership of the Senate."',
])
def test_resigning_the_membership_of_a_house_is_not_leaving_the_party(events, text):
    assert not _of(events(text, "2022-04-12"), "leave_party")


def test_resigning_the_membership_of_a_party_is_leaving_it(events):
    found = _of(events("Murad Saeed said on Monday he had resigned from the membership of the PTI.", "2022-04-12"), "leave_party")
    assert [(e.actor, e.party) for e in found] == [("Murad Saeed", "PTI")]
