"""Sindh politics as the Karachi press tells it: tallies of a city council, and a party's standing place on
the opposition benches told as background.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2023-06-16")


def _of(found, kind):
    return [e for e in found if e.type == kind]


LEAD = "HYDERABAD: The council met on Thursday.\n"


@pytest.mark.parametrize("text", [
    "The PPP had won 91 general seats on the city council, while the JI had won 85 and the PTI 42.",
    "In the union council polls, the PPP won 61 seats and the GDA won 12.",
])
def test_a_city_council_tally_is_no_assembly_result(events, text):
    story = LEAD + "The mayor is elected under a law the Sindh Assembly passed last year.\n" + text
    assert not _of(events(story), "seat_result")


def test_an_assembly_tally_is_still_read(events):
    found = _of(events(LEAD + "The PPP won 84 seats in the Sindh Assembly in the February elections."), "seat_result")
    assert [(e.actor, e.seats, e.house) for e in found] == [("PPP", 84, "PA-Sindh")]


@pytest.mark.parametrize("text", [
    "The NPP, which holds two seats in the Sindh Assembly, has long sat on the opposition benches.",
    "The NPP has always sat on the opposition benches in the provincial assembly.",
    "The NPP has sat on the opposition benches since 2013.",
])
def test_a_standing_place_in_opposition_is_no_act(events, text):
    assert not _of(events(LEAD + text), "coalition")


def test_a_decision_to_sit_in_opposition_is_still_an_act(events):
    found = _of(events(LEAD + "The NPP has decided to sit on the opposition benches in the Sindh Assembly."), "coalition")
    assert [(e.actor, e.counterpart, e.action) for e in found] == [("NPP", None, "join")]


def test_a_relative_clause_places_a_level_post(events):
    """'X, who had been the PTI's Sindh president, resigned the provincial presidency': the province the
    clause names is the place of the provincial post, as it is for a role written beside the name."""
    story = LEAD + ("Nadir Akmal Leghari, who had been the PML-F's Sindh president, said he was stepping down "
                    "from the provincial presidency.")
    posts = [e.post for e in _of(events(story), "resign_post")]
    assert posts and all("Sindh" in p for p in posts)


def test_a_second_from_hung_on_the_first_is_a_second_post(events):
    """'resigning from the provincial presidency as well as from the party's core committee' after a long
    'said at a news conference at ...': the parser hangs the second 'from' on the first; both posts are left."""
    story = LEAD + ("Nadir Akmal Leghari spoke to reporters.\nLeghari said at a news conference at the Hyderabad Press "
                    "Club that he was resigning from the provincial presidency as well as from the party's core committee.")
    posts = [e.post for e in _of(events(story), "resign_post")]
    assert any("core committee" in p for p in posts) and any("presiden" in p for p in posts)


@pytest.mark.parametrize("text", [
    "The PPP offered the NPP two ministries, and the two parties held several rounds of talks, "
    "but the NPP never took up the portfolios.",
    "The PPP offered the NPP two ministries. The two parties held several rounds of talks.",
])
def test_the_two_parties_holding_talks_are_the_pair_named_before(events, text):
    pairs = {(e.actor, e.counterpart) for e in _of(events(LEAD + text), "coalition") if e.action == "talks"}
    assert {("PPP", "NPP"), ("NPP", "PPP")} <= pairs


@pytest.mark.parametrize("text", [
    "The NPP said on Monday that it had quit its old arrangement with the PML-F for good.",
    "The NPP said on Monday that it had quit its alliance with the PML-F.",
])
def test_a_deal_quit_is_left_not_made(events, text):
    acts = {(e.actor, e.counterpart, e.action) for e in _of(events(LEAD + text), "coalition")}
    assert ("NPP", "PML-F", "leave") in acts
    assert not any(action == "join" for _, _, action in acts)


@pytest.mark.parametrize("text", [
    "Sources said Firdous Jamal Naqvi, a PTI leader, was considering leaving the party.",
    "Talk centred on Firdous Jamal Naqvi, the former opposition leader in the Sindh Assembly, who is said "
    "to be considering leaving the PTI.",
])
def test_a_name_the_tagger_misses_is_found_by_its_described_aside(events, text):
    found = _of(events(LEAD + text), "leave_party")
    assert [(e.actor, e.party, e.status) for e in found] == [("Firdous Jamal Naqvi", "PTI", "possible")]


def test_the_alliance_joined_is_not_the_party_of_a_relative_clause(events):
    """'X, who had been with the PML-N for years, is expected to join the alliance': the alliance in
    focus is the story's GDA, not the party the aside about X names."""
    story = ("HYDERABAD: Nadir Akmal Leghari on Thursday joined the Grand Democratic Alliance.\n"
             "Former MPA Ghulam Qadir Chandio, who had been with the PML-N for several years, is also expected "
             "to join the alliance next month.")
    joins = {(e.actor, e.party, e.status) for e in _of(events(story), "join_party")}
    assert ("Ghulam Qadir Chandio", "GDA", "possible") in joins
