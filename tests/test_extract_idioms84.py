"""Moves told by ellipsis, comparison and idiom: 'Y followed suit', 'Z did the same', 'W too changed
sides', 'joined the exodus', 'the list of deserters grew with X', 'crossed the floor to'. The echo carries
the act told before it, and only a move: 'A criticised the decision, and B followed suit' is no event.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2022-10-14")


def _moves(found, name):
    return {(e.type, e.party, e.status) for e in found if e.actor == name and e.type in ("leave_party", "join_party")}


@pytest.mark.parametrize("text", [
    "PESHAWAR: Former MPA Qaiser Jamal Afridi quit the Awami National Party on Thursday and joined the "
    "Jamiat Ulema-e-Islam (Fazl). Former district nazim Haji Gul Rehman Mohmand followed suit.",
    "PESHAWAR: Former MPA Qaiser Jamal Afridi quit the Awami National Party on Thursday and joined the "
    "Jamiat Ulema-e-Islam (Fazl). Former district nazim Haji Gul Rehman Mohmand did the same.",
    "PESHAWAR: Former MPA Qaiser Jamal Afridi quit the Awami National Party on Thursday and joined the "
    "Jamiat Ulema-e-Islam (Fazl). His nephew, former district nazim Haji Gul Rehman Mohmand, too changed sides.",
])
def test_an_echo_carries_the_move_told_before(events, text):
    found = events(text)
    assert _moves(found, "Haji Gul Rehman Mohmand") == {("leave_party", "ANP", "fact"), ("join_party", "JUI-F", "fact")}


def test_an_echo_in_the_same_sentence_carries_that_clause_move(events):
    found = events("QUETTA: Nawabzada Tariq Magsi joined the Balochistan Awami Party on Wednesday, and on "
                   "Thursday Sardar Fateh Muhammad Hasni followed suit.")
    assert ("join_party", "BAP", "fact") in _moves(found, "Sardar Fateh Muhammad Hasni")


@pytest.mark.parametrize("text", [
    "KARACHI: Former MNA Ali Raza Abidi quit the Muttahida Qaumi Movement-Pakistan on Monday. Senior leader "
    "Aamir Khan criticised the decision, and Farooq Sattar followed suit.",
    "KARACHI: Former MNA Ali Raza Abidi quit the Muttahida Qaumi Movement-Pakistan on Monday. "
    "Former MPA Farooq Sattar denied that he had changed sides.",
    "KARACHI: Former MNA Ali Raza Abidi quit the Muttahida Qaumi Movement-Pakistan on Monday. Senior leader "
    "Aamir Khan criticised the decision. Former MPA Farooq Sattar did the same.",
])
def test_an_echo_of_what_is_not_a_move_is_no_event(events, text):
    found = events(text)
    assert not _moves(found, "Farooq Sattar")


def test_joining_the_exodus_and_the_list_of_deserters_leave(events):
    found = events("LAHORE: Former MPA Sabeen Gul Khan announced on Monday that she was leaving the Pakistan "
                   "Tehreek-e-Insaf. Former MNA Rai Murtaza Iqbal joined the exodus hours later. The list of "
                   "deserters grew with former provincial minister Samiullah Chaudhry in the evening.")
    assert _moves(found, "Rai Murtaza Iqbal") == {("leave_party", "PTI", "fact")}
    assert _moves(found, "Samiullah Chaudhry") == {("leave_party", "PTI", "fact")}


def test_an_expected_echo_is_possible_and_not_the_speakers(events):
    found = events("LAHORE: Former MPA Sabeen Gul Khan left the Pakistan Tehreek-e-Insaf and joined the "
                   "Pakistan Peoples Party on Monday. PPP leader Hasan Murtaza told reporters that former MNA "
                   "Rai Murtaza Iqbal was expected to follow suit.")
    assert ("join_party", "PPP", "possible") in _moves(found, "Rai Murtaza Iqbal")
    assert not _moves(found, "Hasan Murtaza")


def test_crossing_the_floor_to_a_party_is_a_switch(events):
    found = events("QUETTA: PML-N MPA Mir Aamir Rind crossed the floor to the BAP benches in the Balochistan "
                   "Assembly on Tuesday.")
    assert _moves(found, "Mir Aamir Rind") == {("leave_party", "PML-N", "fact"), ("join_party", "BAP", "fact")}


# ------------------------------------------------ 'the ruling party' an idiom leaves: which one

def test_a_government_of_a_past_year_is_not_the_ruling_party(events):
    found = events("MULTAN: Former MNA Malik Ghulam Abbas Hiraj parted company with the ruling party on Friday. "
                   "Hiraj, who was a parliamentary secretary in the PML-Q government in 2004, is expected to "
                   "contest the polls as an independent.", published="2018-03-10")
    assert _moves(found, "Malik Ghulam Abbas Hiraj") == {("leave_party", "PML-N", "fact")}


def test_the_ruling_party_on_a_caretakers_first_day_is_the_outgoing_one(events):
    found = events("ISLAMABAD: Former MNA Rana Tariq Sial quit the PML-Q on Thursday, hours before the assemblies' "
                   "term ended. Former MNA Malik Ghulam Abbas Hiraj parted company with the ruling party the same day.",
                   published="2018-06-01")
    assert _moves(found, "Malik Ghulam Abbas Hiraj") == {("leave_party", "PML-N", "fact")}


def test_a_switch_echoing_a_departure_takes_the_storys_destination(events):
    found = events("LAHORE: Former minister Raza Hayat Hiraj quit the PML-N on Monday and joined the PTI at Bani "
                   "Gala. Former MNA Mian Tariq Shah left the PML-N later in the day. Former MPA Rai Aslam Kharal "
                   "switched loyalties as well.")
    assert _moves(found, "Rai Aslam Kharal") == {("leave_party", "PML-N", "fact"), ("join_party", "PTI", "fact")}


def test_an_echo_after_a_day_in_the_same_sentence_carries_that_clause_move(events):
    found = events("KARACHI: Not every independent took the same road. Ali Khurshidi, who won NA-242 in Karachi with "
                   "the MQM's backing, had already joined the Pakistan Peoples Party on Saturday, and on Monday Mir "
                   "Khan Jamali, who won from Dera Jamali as an independent, followed suit at a meeting with Asif "
                   "Zardari in Karachi.", published="2024-02-20")
    assert _moves(found, "Mir Khan Jamali") == {("join_party", "PPP", "fact")}
    assert [e.date for e in found if e.actor == "Mir Khan Jamali"] == ["2024-02-19"]
    assert not _moves(found, "Asif Zardari")
