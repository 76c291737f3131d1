"""People in contact with a party (a joining that may come), acts presupposed by 'after', and a
'he' after someone's spokesman. Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def joins(text, published="2023-06-10"):
    return {(e.actor, e.party, e.status) for e in extract(text, published=published) if e.type == "join_party"}


@pytest.mark.parametrize("text, expected", [
    ("Former senator Rafiq Jamali was in contact with the PML-N leadership, sources said.", ("Rafiq Jamali", "PML-N", "possible")),
    ("Former MNA Nadeem Chan is in touch with the PPP.", ("Nadeem Chan", "PPP", "possible")),
    ("Former MPA Ghulam Mari denied that he was in talks with the GDA.", ("Ghulam Mari", "GDA", "denied")),
])
def test_a_person_in_contact_with_a_party_may_join_it(text, expected):
    assert expected in joins(text)


@pytest.mark.parametrize("text", [
    "The JUI-F, which had also been in contact with the PML-N for a share in the government, sat in the opposition.",
    "BNP chief Akhtar Mengal said the alliance had been in contact with the PML-N.",
    "Jahangir Tareen said he was in contact with several PTI dissidents.",
])
def test_parties_in_contact_or_contacts_with_people_are_no_joining(text):
    assert joins(text) == set()


def test_an_act_after_which_a_past_clause_is_told_is_done():
    text = "Former MPA Zahid Khan was weighing his options after quitting the PTI, his aides said."
    leaves = {(e.actor, e.status) for e in extract(text, published="2023-06-10") if e.type == "leave_party"}
    assert leaves == {("Zahid Khan", "fact")}


def test_an_act_after_which_something_is_expected_stays_possible():
    text = "Former MPA Zahid Khan is expected to contest the by-election after joining the PML-N."
    assert joins(text) == {("Zahid Khan", "PML-N", "possible")}


def test_he_after_a_spokesman_is_the_one_the_spokesman_speaks_for():
    text = ("KARACHI: MQM-P lawmaker Asif Rizvi has left the party, a statement said on Tuesday.\n\n"
            "The statement was read out by his spokesman, Kashif Lodhi. Two sources said he was in contact "
            "with the Pak Sarzameen Party.")
    found = joins(text, "2018-06-12")
    assert ("Asif Rizvi", "PSP", "possible") in found and not any(a == "Kashif Lodhi" for a, _p, _s in found)


def test_a_join_in_another_clause_leaves_the_contact_its_own_and_a_concession_its_own_mood():
    from allegiance import extract
    text = ("Former senator Ali Khan quit the PTI on Tuesday. He did not say which party he would join, though aides "
            "hinted he was in touch with the PML-N's provincial leadership.")
    found = {(e.type, e.actor, e.party, e.status) for e in extract(text, published="2025-07-23")}
    assert ("join_party", "Ali Khan", "PML-N", "possible") in found
