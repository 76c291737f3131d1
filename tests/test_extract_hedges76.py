"""Hedged, rumoured and denied moves of people: a reported move that the person later calls untrue
without naming it again ('Mr X said such reports were false').

Sentences are written for these tests; each states what a reader would record (GUIDELINE.md).
"""
import pytest

from conftest import story_reader


@pytest.fixture(scope="module")
def events(extractor):
    return story_reader(extractor, "2019-03-11")


def _moves(found):
    return sorted((e.type, e.actor, e.party, e.status) for e in found if e.type in ("join_party", "leave_party"))


def test_such_reports_were_false_denies_the_rumoured_join(events):
    found = events("Meanwhile, the PML-Q's Sheikhupura district president, Chaudhry Arshad Mehmood Virk, "
                   "was said by party workers to be mulling over joining the PML-N. "
                   "Mr Virk said on Sunday that such reports were false.")
    assert _moves(found) == [("join_party", "Chaudhry Arshad Mehmood Virk", "PML-N", "denied")]


def test_a_rumour_no_one_calls_false_stays_possible(events):
    found = events("Meanwhile, the PML-Q's Sheikhupura district president, Chaudhry Arshad Mehmood Virk, "
                   "was said by party workers to be mulling over joining the PML-N. "
                   "Mr Virk said on Sunday that he would address a rally in Muridke next week.")
    assert _moves(found) == [("join_party", "Chaudhry Arshad Mehmood Virk", "PML-N", "possible")]


def test_a_spokesmans_former_minister_is_his_principal(events):
    found = events("Former provincial minister Mir Daud Khan Jamali is set to join the Pakistan Peoples Party. "
                   "Sardar Nawab Ali Marri's spokesman, however, said the former minister would not be leaving the BAP.")
    assert ("leave_party", "Sardar Nawab Ali Marri", "BAP", "denied") in _moves(found)
    assert not any(e.type == "leave_party" and e.actor == "Mir Daud Khan Jamali" for e in found)


def test_rumours_of_a_switch_that_were_denied_give_denied_moves(events):
    found = events("In Mardan, rumours that PTI MPA Gul Rehman Yousafzai was about to switch to the Awami National "
                   "Party were denied by the lawmaker himself.")
    assert _moves(found) == [("join_party", "Gul Rehman Yousafzai", "ANP", "denied"),
                             ("leave_party", "Gul Rehman Yousafzai", "PTI", "denied")]



def test_reports_of_a_join_rubbished_by_a_relative_are_denied(events):
    found = events("Meanwhile, reports that PML-N MNA from Layyah Sardar Bahadur Khan Sehar was about to join "
                   "the PTI were rubbished by his younger brother.")
    assert ("join_party", "Sardar Bahadur Khan Sehar", "PTI", "denied") in _moves(found)
