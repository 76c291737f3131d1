"""Parties told together: talks held jointly however the small parser reads the sentence, and a
name several parties share ("the Muslim League") read as the one of them the story names. Every
sentence here is the project's own wording."""
import pytest

from allegiance import extract


def talks(text, published="2024-02-20"):
    return {(e.actor, e.counterpart) for e in extract(text, published=published)
            if e.type == "coalition" and e.action == "talks"}


BOTH_WAYS = {("PML-N", "PPP"), ("PPP", "PML-N")}


@pytest.mark.parametrize("text", [
    "The PML-N and the PPP held talks on Monday on government formation.",
    "PML-N and PPP leaders held talks on Monday.",
    "The PPP and the PML-N on Monday held a second round of talks on forming a coalition government.",
    "Leaders of the PML-N and PPP met on Monday to discuss government formation.",
])
def test_parties_named_together_talk_both_ways(text):
    assert talks(text) == BOTH_WAYS


@pytest.mark.parametrize("text, expected", [
    ("The PML-N held talks with the PPP on Monday on government formation.", {("PML-N", "PPP")}),
    ("The PML-N and the PPP held talks with the MQM-P on Monday on government formation.",
     {("PML-N", "MQM-P"), ("PPP", "MQM-P")}),
    ("The PML-N and the PPP held rallies on Monday.", set()),
])
def test_talks_with_a_third_party_stay_one_way(text, expected):
    assert talks(text) == expected


STORY = ("LAHORE: The PML-N and the PPP traded barbs over the budget on Monday.\n\n"
         "Meanwhile, the Muslim League's senior leader Basharat Raja announced he was quitting the party.")


def test_a_shared_name_is_the_one_party_of_that_family_the_story_names():
    leaves = {(e.actor, e.party) for e in extract(STORY, published="2024-02-20") if e.type == "leave_party"}
    assert leaves == {("Basharat Raja", "PML-N")}



@pytest.mark.parametrize("relation", ["grandson", "widow", "sister", "brother-in-law"])
def test_a_relative_named_to_describe_the_mover_does_not_move(relation):
    text = f"Former senator Walid Ahmed, the {relation} of Allama Iqbal, left the PTI on Wednesday."
    leaves = {e.actor for e in extract(text, published="2023-05-25") if e.type == "leave_party"}
    assert leaves == {"Walid Ahmed"}


@pytest.mark.parametrize("text", [
    "Former MPA Murad Raas met Jahangir Tareen on Friday and formally joined his party.",
    "Jahangir Tareen said on Friday that Murad Raas had joined his party.",
])
def test_his_party_after_a_known_leader_is_the_leaders_party(text):
    joins = {(e.actor, e.party) for e in extract(text, published="2023-06-10") if e.type == "join_party"}
    assert joins == {("Murad Raas", "IPP")}


def test_his_party_of_the_joiner_himself_is_not_a_leaders_party():
    text = "Former MPA Murad Raas, who met Imran Khan and Jahangir Tareen on Friday, rejoined his party."
    joins = {(e.actor, e.party) for e in extract(text, published="2023-06-10") if e.type == "join_party"}
    assert ("Murad Raas", "IPP") not in joins and ("Murad Raas", "PTI") not in joins


@pytest.mark.parametrize("text, expected", [
    ("Senator Dilawar Khan joined the PPP led by Bilawal Bhutto on Saturday.", {("Dilawar Khan", "PPP")}),
    ("Senator Dilawar Khan joined the Tehreek-e-Insaf Parliamentarians led by Pervez Khattak on Saturday.",
     {("Dilawar Khan", "PTI-P")}),
    ("Senator Dilawar Khan joined the PTI-led coalition on Saturday.", set()),
])
def test_a_party_led_by_someone_is_still_the_party_a_led_coalition_is_not(text, expected):
    assert {(e.actor, e.party) for e in extract(text, published="2024-07-06") if e.type == "join_party"} == expected


@pytest.mark.parametrize("text", [
    "The JUI-F chief, Maulana Fazlur Rehman, did not rule out joining hands with the PTI.",
    "The JUI-F did not rule out an alliance with the PTI.",
])
def test_a_refusal_not_made_leaves_the_joining_open(text):
    acts = {(e.actor, e.action, e.counterpart, e.status) for e in extract(text, published="2024-02-20") if e.type == "coalition"}
    assert acts == {("JUI-F", "join", "PTI", "possible")}


@pytest.mark.parametrize("answer, action", [("turned down the offer", "reject"), ("accepted the offer", "join")])
def test_an_offer_answered_in_the_same_sentence(answer, action):
    text = f"The JUI-F had offered the PTI its support, but the PTI {answer}."
    acts = {(e.actor, e.action, e.counterpart) for e in extract(text, published="2013-05-16") if e.type == "coalition"}
    assert acts == {("JUI-F", "talks", "PTI"), ("PTI", action, "JUI-F")}


def test_local_government_as_a_portfolio_is_no_local_election():
    text = ("PESHAWAR: The PTI emerged as the largest party in the Khyber Pakhtunkhwa Assembly with 35 general seats. "
            "The JI, which bagged seven seats, will get the local government portfolio.\n\n"
            "The PML-N, which won 12 seats, said it would sit on the opposition benches.")
    seats = {(e.actor, e.seats, e.house) for e in extract(text, published="2013-05-16") if e.type == "seat_result"}
    assert seats == {("PTI", 35, "PA-KP"), ("JI", 7, "PA-KP"), ("PML-N", 12, "PA-KP")}
