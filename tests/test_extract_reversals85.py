"""Reversals and returns: a party taking back a person it had expelled ('readmitted', 're-admitted').

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import person_moves


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2024-03-12")


@pytest.mark.parametrize("text, person, party", [
    ("QUETTA: The BNP on Monday expelled two district leaders. The party also re-admitted former MPA "
     "Sardar Akhtar Hussain Lango, who had been expelled in 2019.", "Sardar Akhtar Hussain Lango", "BNP"),
    ("MULTAN: The PPP on Monday re-admitted ex-MNA Rana Mehmoodul Hassan Qureshi into the party, four years "
     "after he was expelled for anti-party activities.", "Rana Mehmoodul Hassan Qureshi", "PPP"),
])
def test_a_party_readmitting_a_person_is_a_join(moves, text, person, party):
    assert ("join_party", person, party, "fact") in moves(text)


def test_readmitted_by_no_party_is_no_join(moves):
    text = "KARACHI: A city hospital re-admitted former senator Khalid Mehmood Soomro after he fell ill on Monday."
    assert not [m for m in moves(text) if m[0] == "join_party"]


@pytest.mark.parametrize("text, person, party", [
    ("KARACHI: PPP leaders welcomed the return of former MPA Haji Nawaz Chandio to the party fold on Sunday.",
     "Haji Nawaz Chandio", "PPP"),
    ("LAHORE: The return of Sardar Asif Nakai to the PML-N was announced at a ceremony on Monday.",
     "Sardar Asif Nakai", "PML-N"),
])
def test_the_return_of_a_named_person_to_a_party_is_a_join(moves, text, person, party):
    assert ("join_party", person, party, "fact") in moves(text)


def test_the_return_of_a_person_from_abroad_is_no_join(moves):
    text = "LAHORE: The return of Nawaz Sharif from London was celebrated by PML-N workers on Saturday."
    assert not [m for m in moves(text) if m[0] == "join_party"]


def test_a_karachi_district_in_a_description_is_no_person(moves):
    text = ("KARACHI: Also at the ceremony was Ms Shazia Jamali, a former town nazim from Korangi, who joined "
            "the PPP on Monday.")
    found = moves(text)
    assert ("join_party", "Ms Shazia Jamali", "PPP", "fact") in found
    assert not [m for m in found if m[1] == "Korangi"]
