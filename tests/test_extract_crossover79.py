"""Moves whose origin party the sentence does not state, or states by a leader's name, and the wire
manner of explaining Pakistani parties (helper crossover79).

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import person_moves


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2022-11-15")


# ------------------------------------------------- a defector's origin from an earlier paragraph

@pytest.mark.parametrize("text, person, joined", [
    ("LAHORE: The PPP held a rally in Okara on Sunday to mark its foundation day.\n\n"
     "Separately, Rana Aftab Khichi crossed over to the PML-N on Monday.", "Rana Aftab Khichi", "PML-N"),
    ("KARACHI: The MQM-P on Monday named its candidates for the Karachi by-polls.\n\n"
     "Meanwhile, Saleem Qureshi defected to the Sharif-led party at a ceremony in Lahore.", "Saleem Qureshi", "PML-N"),
])
def test_a_party_told_of_in_another_paragraph_is_not_the_defectors_origin(moves, text, person, joined):
    found = moves(text)
    assert ("join_party", person, joined, "fact") in found
    assert not {m for m in found if m[0] == "leave_party"}


@pytest.mark.parametrize("text, person, left, joined", [
    ("LAHORE: The PPP suffered another blow on Sunday as its lawmakers in south Punjab quit the party.\n\n"
     "Rana Aftab Khichi crossed over to the PML-N on Monday.", "Rana Aftab Khichi", "PPP", "PML-N"),
    ("KARACHI: The exodus from the MQM-P continued on Monday.\n\n"
     "The latest to defect to the PSP was Saleem Qureshi.", "Saleem Qureshi", "MQM-P", "PSP"),
])
def test_a_paragraph_that_told_of_people_leaving_a_party_gives_the_origin(moves, text, person, left, joined):
    found = moves(text)
    assert ("join_party", person, joined, "fact") in found
    assert ("leave_party", person, left, "fact") in found


# ------------------------------------------------- foreign datelines

@pytest.mark.parametrize("text", [
    "New Delhi/Islamabad: Former federal minister Ghulam Sarwar Awan on Monday joined the PPP.",
    "Washington: Former federal minister Ghulam Sarwar Awan on Monday joined the PPP, his aides said.",
])
def test_a_foreign_dateline_city_is_no_mover(moves, text):
    found = moves(text)
    assert ("join_party", "Ghulam Sarwar Awan", "PPP", "fact") in found
    assert {m[1] for m in found} == {"Ghulam Sarwar Awan"}


# ------------------------------------------------- 'those who jumped ship' names no one

@pytest.mark.parametrize("text", [
    "PESHAWAR: Pervez Khattak launched the PTI-P on Monday. The PTI said those who had jumped ship were traitors.",
    "PESHAWAR: Pervez Khattak launched the PTI-P on Monday. The PTI said the people who had jumped ship were traitors.",
])
def test_an_unnamed_antecedent_of_who_is_not_the_last_named_person(moves, text):
    assert not {m for m in moves(text) if m[0] == "leave_party"}


# ------------------------------------------------- 'membership in the X'

def test_a_membership_in_a_named_party_names_the_party_suspending_it(moves):
    text = ("MULTAN: Makhdoom Javed Hashmi joined the PTI on Sunday. The party's central leadership had "
            "suspended Hashmi's membership in the PML-N last year.")
    found = moves(text)
    assert ("expel", "Makhdoom Javed Hashmi", "PML-N", "fact") in found
    assert not {m for m in found if m[0] == "expel" and m[2] != "PML-N"}


# ------------------------------------------------- 'Among those who joined was X' after a launch

def test_a_bare_cleft_join_after_a_launch_joins_the_launched_party(moves):
    text = ("PESHAWAR: Pervez Khattak launched the Pakistan Tehreek-e-Insaf Parliamentarians at a hotel in "
            "Peshawar on Monday.\n\nAmong those who joined was Mahmood Khan, the former chief minister.")
    assert ("join_party", "Mahmood Khan", "PTI-P", "fact") in moves(text)


def test_a_bare_cleft_join_after_a_rally_joins_nothing(moves):
    text = "PESHAWAR: The PTI held a rally in Peshawar on Monday.\n\nAmong those who joined was Mahmood Khan."
    assert not {m for m in moves(text) if m[0] == "join_party"}


# ------------------------------------------------- 'told Reuters he would not join'

@pytest.mark.parametrize("text, status", [
    ("ISLAMABAD: Usman Buzdar told Reuters on Friday he would not join the IPP.", "denied"),
    ("ISLAMABAD: Usman Buzdar told AFP on Friday he would join the IPP soon.", "fact"),
])
def test_a_mover_telling_a_wire_agency_of_his_move_is_reported_speech(moves, text, status):
    found = {m for m in moves(text) if m[0] == "join_party"}
    assert found and all(m[1] == "Usman Buzdar" and m[2] == "IPP" for m in found)
    assert {m[3] for m in found} == {status}


def test_telling_someone_to_join_is_still_no_join(moves):
    assert not moves("ISLAMABAD: Imran Khan told Usman Buzdar to join the IPP.")
