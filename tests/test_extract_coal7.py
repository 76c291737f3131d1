"""coalition acts of allies lining up, partners dropped, seat adjustments and threats (coal7). Every sentence
here is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-01-12"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("text", [
    "ISLAMABAD: The ANP said it would not be part of any PTI-led set-up.",
    "ISLAMABAD: The ANP said it would not be part of any PTI-led setup.",
])
def test_no_part_of_a_set_up_rules_out_its_leader(text):
    assert ("ANP", "PTI", "reject", "fact") in acts(text, "2018-08-04")


@pytest.mark.parametrize("text", [
    "In Lahore, the PML-N and the IPP have reached an agreement on seats.",
    "In Lahore, the PML-N and the Istehkam-e-Pakistan Party have also reached an understanding on Punjab Assembly seats.",
])
def test_a_place_opening_the_sentence_leaves_the_parties_as_subject(text):
    found = acts(text)
    assert ("PML-N", "IPP", "join", "fact") in found and ("IPP", "PML-N", "join", "fact") in found


def test_a_list_of_places_opening_the_sentence_is_no_subject():
    assert not acts("In Larkana, Sukkur and Dadu, the PPP has won most seats.")


def test_talks_between_parties_with_long_names_split_by_the_parser():
    text = "Talks between the PPP and the Jamiat Ulema-e-Islam-Fazl on a seat adjustment in Sindh remain stalled."
    found = acts(text)
    assert ("PPP", "JUI-F", "talks", "fact") in found and ("JUI-F", "PPP", "talks", "fact") in found


def test_a_delegation_meeting_a_party_chief_is_talks():
    text = ("BNP-M chief Sardar Akhtar Mengal is undecided. A PML-N delegation led by Ishaq Dar met Mr Mengal in Quetta on "
            "Monday and handed him a list of promises on missing persons.")
    assert ("PML-N", "BNP", "talks", "fact") in acts(text)


def test_a_member_meeting_a_party_chief_is_no_talks():
    text = "BNP-M chief Sardar Akhtar Mengal is undecided. A PML-N lawmaker met Mr Mengal at a wedding in Quetta on Monday."
    assert not {a for a in acts(text) if a[2] == "talks"}


def test_a_call_about_a_joint_candidate_is_talks():
    text = "The JUI-F has eight seats. PPP co-chairman Asif Ali Zardari telephoned Maulana Fazlur Rehman on Sunday to discuss a joint candidate."
    assert ("PPP", "JUI-F", "talks", "fact") in acts(text)
