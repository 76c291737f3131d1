"""Azad Jammu and Kashmir and Gilgit-Baltistan politics: a forward bloc that joins a rival is no person, and
the man it elects does not join with it.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2021-07-27")


@pytest.mark.parametrize("text", [
    "Raja Azam Khan was elected chief minister on Thursday after a forward bloc of the PTI joined the PPP.",
    "Sardar Imran Khan became prime minister after a dissident faction of the PTI joined hands with the PML-N.",
    "Haji Karim Khan, a PTI dissident, was elected chief minister of Gilgit-Baltistan on Friday after a "
    "forward bloc of the PTI had joined hands with the PPP and the PML-N.",
])
def test_a_bloc_that_joins_is_not_the_man_it_elects(events, text):
    assert not [e for e in events(text) if e.type == "join_party"]


def test_a_person_who_joins_after_a_cue_still_joins(events):
    found = events("The PTI workers celebrated after Sardar Ali Khan joined the party on Monday.")
    assert [(e.actor, e.party) for e in found if e.type == "join_party"] == [("Sardar Ali Khan", "PTI")]


def test_memberships_suspended_along_with_those_of_others_are_each_an_expulsion(events):
    found = events("The PML-N expelled Ali Khan on Monday. A notification said his membership had been suspended "
                   "along with those of six other members who voted for him, including Sara Malik and Bilal Ahmed.")
    assert {(e.actor, e.party) for e in found if e.type == "expel"} == {
        ("Ali Khan", "PML-N"), ("Sara Malik", "PML-N"), ("Bilal Ahmed", "PML-N")}
