"""A leaving told once for a group whose parties differ ('all of whom ditched their old parties to join the
PPP'), then its members named with the party each came from. Every sentence here is the
project's own wording."""
from allegiance import extract


def moves(text, published="2023-05-02"):
    return {(e.type, e.actor, e.party) for e in extract(text, published=published)}


GROUP = ("MULTAN: The PPP has won over several south Punjab politicians, all of whom ditched their old "
         "parties to join the PPP at Bilawal House.\n\n"
         "Former provincial minister Syed Ali Raza Gardezi and former MPA Malik Aslam Bhutta from the PML-N "
         "joined the PPP on Monday. Former MNA from the PTI Rana Ahmed Khan also joined the PPP.")


def test_each_named_member_of_the_group_left_the_party_written_beside_the_name():
    got = moves(GROUP)
    assert {("leave_party", "Syed Ali Raza Gardezi", "PML-N"), ("leave_party", "Malik Aslam Bhutta", "PML-N"),
            ("leave_party", "Rana Ahmed Khan", "PTI")} <= got
    assert ("join_party", "Rana Ahmed Khan", "PPP") in got


def test_without_the_groups_farewell_a_former_member_joining_is_a_joining_alone():
    text = GROUP.replace(", all of whom ditched their old parties to join the PPP at Bilawal House.", ".")
    got = moves(text)
    assert ("join_party", "Rana Ahmed Khan", "PPP") in got
    assert not any(t == "leave_party" for t, _a, _p in got)


def test_respective_parties_in_one_sentence_give_each_person_their_own():
    text = ("LARKANA: Former MPA Ali Nawaz Shah of the PML-N and PTI leader Saeed Khan quit their respective "
            "parties and joined the PPP on Sunday.")
    got = moves(text)
    assert {("leave_party", "Ali Nawaz Shah", "PML-N"), ("leave_party", "Saeed Khan", "PTI")} <= got


def test_a_group_told_of_further_on_is_another_group():
    text = ("LAHORE: Two groups joined the PTI on Tuesday. Earlier in the day, former PML-Q MNA Chaudhry Zaheer "
            "Ahmed joined the PTI at Zaman Park.\n\nIn the evening a second group parted ways with their "
            "respective parties and joined the PTI. Former MPA Rana Sohail from the PML-N led the group.")
    got = moves(text)
    assert ("leave_party", "Rana Sohail", "PML-N") in got
    assert ("leave_party", "Chaudhry Zaheer Ahmed", "PML-Q") not in got


def test_an_infinitive_after_for_and_a_noun_phrase_is_that_phrases_act():
    text = ("PESHAWAR: The PTI on Monday decided to drop the QWP from the provincial cabinet. Chief Minister "
            "Mahmood Khan will now begin the legal process needed for the two sides to part ways, the spokesman said.")
    got = moves(text, published="2019-11-10")
    assert not any(t == "leave_party" for t, _a, _p in got)
