"""A group's act told first and its members named a sentence or two later ('Those who joined included A
and B. The others were C and D.'), and lists that are no act.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2023-06-13")


def _moves(found):
    return sorted((e.type, e.actor, e.party, e.date) for e in found if e.type in ("join_party", "leave_party"))


def test_the_others_were_go_on_with_the_group_that_joined(events):
    found = events("Nine notables from Thatta joined the Pakistan Peoples Party at Bilawal House on Monday. "
                   "Those who joined included Syed Ahmed Ali Shah and Mian Abdul Qadir. "
                   "The others were Chaudhry Nasir Ali and Malik Aslam Bhatti.")
    assert _moves(found) == [
        ("join_party", "Chaudhry Nasir Ali", "PPP", "2023-06-12"),
        ("join_party", "Malik Aslam Bhatti", "PPP", "2023-06-12"),
        ("join_party", "Mian Abdul Qadir", "PPP", "2023-06-12"),
        ("join_party", "Syed Ahmed Ali Shah", "PPP", "2023-06-12"),
    ]


def test_the_rest_were_go_on_with_the_group_that_left(events):
    found = events("Four PML-Q lawmakers parted ways with their party on Monday. "
                   "They included Malik Khizar Awan and Rana Arshad Khan. "
                   "The rest were Sheikh Ijaz Ansari and Chaudhry Asif Bhagat.")
    assert _moves(found) == [
        ("leave_party", "Chaudhry Asif Bhagat", "PML-Q", "2023-06-12"),
        ("leave_party", "Malik Khizar Awan", "PML-Q", "2023-06-12"),
        ("leave_party", "Rana Arshad Khan", "PML-Q", "2023-06-12"),
        ("leave_party", "Sheikh Ijaz Ansari", "PML-Q", "2023-06-12"),
    ]


def test_the_others_of_a_meeting_are_no_movers(events):
    found = events("A delegation of traders met the deputy commissioner on Monday to discuss the closure of markets. "
                   "Those present included Haji Muhammad Aslam and Sheikh Tariq Mehmood. "
                   "The others were Mian Abdul Qadir and Chaudhry Nasir Ali.")
    assert _moves(found) == []


def test_the_others_at_a_meeting_after_one_expulsion_are_nobody(events):
    found = events("The party on Monday expelled Malik Aslam Bhatti from the PML-Q for indiscipline. "
                   "The others at the meeting were Mian Abdul Qadir and Chaudhry Nasir Ali.")
    assert [e.actor for e in found if e.type in ("expel", "leave_party")] == ["Malik Aslam Bhatti"]


def test_a_definite_group_told_by_its_bare_act_is_named_after_were(events):
    found = events("Five former MNAs from south Punjab announced their departure from the Pakistan Tehreek-i-Insaf on Monday.\n\n"
                   "The former lawmakers who quit were Mian Tariq Abdullah, Sardar Amir Gopang and Rana Shahid Mehmood.")
    assert _moves(found) == [
        ("leave_party", "Mian Tariq Abdullah", "PTI", "2023-06-12"),
        ("leave_party", "Rana Shahid Mehmood", "PTI", "2023-06-12"),
        ("leave_party", "Sardar Amir Gopang", "PTI", "2023-06-12"),
    ]


def test_those_who_joined_were_welcomed_by_the_host_who_does_not_join(events):
    found = events("Six MPAs joined the PPP on Monday.\n\nThose who joined were welcomed by Asif Ali Zardari at Bilawal House.")
    assert _moves(found) == []


def test_he_who_answers_the_caller_is_the_one_called(events):
    found = events("The PML-Q president, Chaudhry Shujaat Hussain, telephoned former minister Sardar Ali Khosa on Sunday "
                   "and asked him to stay. He told the PML-Q chief that he would join the Pakistan Tehreek-i-Insaf next month.")
    assert [(e.type, e.actor, e.party) for e in found if e.type == "join_party"] == [
        ("join_party", "Sardar Ali Khosa", "PTI")]


def test_he_who_speaks_to_no_one_named_by_role_is_still_the_subject(events):
    found = events("PTI leader Malik Aslam Bhatti met Chaudhry Nasir Ali on Sunday. "
                   "He said that he would join the Pakistan Peoples Party next month.")
    assert [(e.actor, e.party) for e in found if e.type == "join_party"] == [("Malik Aslam Bhatti", "PPP")]


def test_a_superscript_digit_in_a_tally_does_not_break_the_story(events, caplog):
    found = events("The PML-N won ² seats in the Punjab Assembly, the Election Commission said on Monday. "
                   "Malik Aslam Bhatti joined the PPP on Sunday.")
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert [(e.type, e.actor) for e in found if e.type == "join_party"] == [("join_party", "Malik Aslam Bhatti")]


def test_joining_it_is_joining_the_party_just_named(events):
    found = events("Three lawmakers from south Punjab joined the PTI on Sunday at Bani Gala.\n\n"
                   "Mr Gopang had won his seat as an independent in 2013 and joined the PML-N a month later.\n\n"
                   "Sources in the PTI said another lawmaker from Rajanpur, Sardar Aslam Mazari, was also in contact with "
                   "the party leadership and was expected to join it in the coming days.", published="2018-05-14")
    assert [(e.actor, e.party) for e in found if e.actor == "Sardar Aslam Mazari"] == [("Sardar Aslam Mazari", "PTI")]
