"""An unnamed group's switch whose members the next sentence names calling on the leader of the party they
joined ('Several leaders of the BAP parted ways with the party and joined the PPP. MPAs A, B and C called on
the PPP leader.'), and meetings that are no switch.

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2023-06-12")


def _moves(found):
    return sorted((e.type, e.actor, e.party, e.date) for e in found if e.type in ("join_party", "leave_party"))


def test_members_calling_on_the_new_leader_did_the_groups_switch(events):
    found = events("Several leaders of the National Party parted ways with the party on Sunday and joined the PPP. "
                   "MPAs Mir Kabir Ahmed Shahi and Sardar Ghulam Rasool Khetran called on PPP co-chairman Asif Ali Zardari in Karachi.")
    assert _moves(found) == [
        ("join_party", "Mir Kabir Ahmed Shahi", "PPP", "2023-06-11"),
        ("join_party", "Sardar Ghulam Rasool Khetran", "PPP", "2023-06-11"),
        ("leave_party", "Mir Kabir Ahmed Shahi", "NP", "2023-06-11"),
        ("leave_party", "Sardar Ghulam Rasool Khetran", "NP", "2023-06-11"),
    ]


def test_members_calling_on_the_new_patron_joined_with_the_group(events):
    found = events("A number of former councillors joined the Istehkam-i-Pakistan Party on Saturday. "
                   "Former MPAs Rana Javed Iqbal and Chaudhry Naveed Akhtar called on IPP patron Jahangir Khan Tareen at his residence.")
    assert _moves(found) == [
        ("join_party", "Chaudhry Naveed Akhtar", "IPP", "2023-06-10"),
        ("join_party", "Rana Javed Iqbal", "IPP", "2023-06-10"),
    ]


@pytest.mark.parametrize("text", [
    # a meeting with a purpose of its own, with no switch before it
    "Several opposition lawmakers met the chief minister on Thursday. MPAs Sardar Hussain Babak and Inayatullah Khan "
    "called on him and handed over a list of stalled schemes.",
    # the switch is told, but the meeting is with someone of another party
    "Several leaders of the BAP joined the PPP on Sunday. MPAs Mir Asad Baloch and Mir Zia Langove called on "
    "National Party chief Abdul Malik Baloch to discuss the budget.",
    # the people named are the joined party's own hosts
    "Several leaders of the BAP joined the PPP on Sunday. PPP leaders Nisar Ahmed Khuhro and Saeed Ghani met them in Karachi.",
    # the switch was only an invitation
    "The PPP invited several leaders of the BAP to join it. MPAs Mir Asad Baloch and Mir Zia Langove called on the PPP leader.",
])
def test_a_meeting_that_is_no_switch_makes_no_event(events, text):
    assert _moves(events(text)) == []


def test_thrown_in_their_lot_with_a_party_is_joining_it(events):
    found = events("Within a month, Sardar Ali Raza Dreshak and Malik Naeem Awan have thrown in their lot with the PTI.")
    assert {(e.type, e.actor, e.party) for e in found if e.type == "join_party"} == {
        ("join_party", "Sardar Ali Raza Dreshak", "PTI"), ("join_party", "Malik Naeem Awan", "PTI")}


def test_a_groups_dated_leaving_keeps_its_day_for_those_named_after_it(events):
    found = events("Two more MPAs of the MQM-P parted ways with the party on Wednesday and joined the PSP. "
                   "MPAs Syed Arshad Hussain and Nasreen Jalil Khan announced their decision at a news conference.",
                   published="2023-06-08")
    assert ("leave_party", "Syed Arshad Hussain", "MQM-P", "2023-06-07") in _moves(found)


def test_a_groups_background_leaving_stays_undated_for_those_named_after_it(events):
    found = events("Four former MPAs who had deserted the PTI joined the IPP on Wednesday. "
                   "Those who joined include Syed Arshad Hussain of Multan and Chaudhry Naveed Akhtar of Jhang.",
                   published="2023-06-08")
    assert ("leave_party", "Syed Arshad Hussain", "PTI", None) in _moves(found)


def test_the_politico_is_the_person_just_named(events):
    found = events("Sarfraz Bugti was elected chief minister on Friday. The politico had resigned as the caretaker "
                   "interior minister in December last year and joined the Bilawal-led party.")
    assert ("join_party", "Sarfraz Bugti", "PPP") in {(e.type, e.actor, e.party) for e in found}


def test_a_group_led_by_a_named_person_acts_through_him(events):
    found = events("Six PML-Q MPAs deserted the party on Sunday and switched loyalties to the PPP. The group, led by "
                   "Sardar Abdul Qayyum Jatoi of Muzaffargarh, called on PPP co-chairman Asif Ali Zardari at Bilawal House "
                   "and announced their decision to join the PPP. Mr Zardari garlanded the lawmakers and welcomed them into the party.")
    joined = {(e.actor, e.party) for e in found if e.type == "join_party"}
    assert ("Sardar Abdul Qayyum Jatoi", "PPP") in joined
    assert not any("Zardari" in actor for actor, _ in joined)  # the host does not join


def test_the_person_announcing_the_decision_right_after_a_groups_switch_made_it(events):
    # 'announced the decision' is not itself a candidate for parsing (select.py); the sentence after it is
    found = events("Two prayer leaders of the JUI-F on Monday announced that they had left the JUI-F and joined the PTI. "
                   "Maulana Abdul Rauf Tanoli, who had been with the JUI-F for decades, announced the decision at a gathering. "
                   "He was accompanied by Qari Abdul Majeed Sadiq, who also bid farewell to the party.")
    assert {("join_party", "Maulana Abdul Rauf Tanoli", "PTI"), ("leave_party", "Maulana Abdul Rauf Tanoli", "JUI-F")} <= \
        {(e.type, e.actor, e.party) for e in found}


def test_the_joined_partys_spokesman_announcing_the_decision_does_not_join(events):
    found = events("Two MPAs of the JUI-F joined the PTI on Monday. PTI spokesman Shaukat Ali Yousafzai announced the decision "
                   "at a news conference. He said more leaders would join the party soon.")
    assert not [e for e in found if e.actor == "Shaukat Ali Yousafzai"]


def test_the_independents_who_filed_affidavits_are_those_who_joined(events):
    found = events("Independent members of the Punjab Assembly on Wednesday formally joined the Sunni Ittehad Council. "
                   "The independents who submitted their affidavits to the election commissioner included Rana Aftab Ahmed "
                   "and Mian Aslam Iqbal.", published="2024-02-22")
    assert _moves(found) == [("join_party", "Mian Aslam Iqbal", "SIC", "2024-02-21"),
                             ("join_party", "Rana Aftab Ahmed", "SIC", "2024-02-21")]


def test_others_who_attended_are_no_joiners(events):
    found = events("Independent members of the Punjab Assembly on Wednesday formally joined the Sunni Ittehad Council. "
                   "The officials who attended the ceremony included Rana Aftab Ahmed and Mian Aslam Iqbal.", published="2024-02-22")
    assert _moves(found) == []


def test_those_who_left_with_the_group_joined_what_it_joined(events):
    found = events("In a setback to the ruling PML-N, seven lawmakers from south Punjab on Monday resigned from the party "
                   "and joined the newly formed Janoobi Punjab Suba Mahaz. Mazari said the front would work for a new province. "
                   "The others who left the ruling party were MNAs Rana Abdul Sattar (Multan) and Sardar Jamal Leghari (Rajanpur).",
                   published="2018-04-10")
    moves = _moves(found)
    assert ("join_party", "Rana Abdul Sattar", "JSPM", "2018-04-09") in moves
    assert ("leave_party", "Rana Abdul Sattar", "PML-N", "2018-04-09") in moves


def test_a_group_that_only_left_gives_those_listed_no_joining(events):
    found = events("Seven lawmakers from south Punjab on Monday resigned from the PML-N. "
                   "The others who left the ruling party were MNAs Rana Abdul Sattar and Sardar Jamal Leghari.",
                   published="2018-04-10")
    assert not [e for e in found if e.type == "join_party"]


def test_a_counted_labelled_group_named_next_left_its_party(events):
    found = events("Three more PML-N lawmakers from Punjab joined the PTI on Tuesday. MNA Mian Abdul Rauf Laleka, MPA "
                   "Chaudhry Khalid Warraich and MPA Rana Zafar Iqbal announced joining the PTI at a ceremony in Bani Gala.",
                   published="2018-05-30")
    moves = _moves(found)
    assert ("leave_party", "Chaudhry Khalid Warraich", "PML-N", "2018-05-29") in moves
    assert ("leave_party", "Rana Zafar Iqbal", "PML-N", "2018-05-29") in moves


def test_a_counted_group_of_former_members_named_next_left_nothing_now(events):
    found = events("Three former PML-N lawmakers from Punjab joined the PTI on Tuesday. MNA Mian Abdul Rauf Laleka, MPA "
                   "Chaudhry Khalid Warraich and MPA Rana Zafar Iqbal announced joining the PTI at a ceremony in Bani Gala.",
                   published="2018-05-30")
    assert not [e for e in found if e.type == "leave_party"]
