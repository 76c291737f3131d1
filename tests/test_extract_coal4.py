"""coalition acts in whole stories of coalitions made, left and refused (coal4). Every sentence
here is the project's own wording."""
import pytest

from allegiance import extract


def acts(text, published="2024-02-20"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


@pytest.mark.parametrize("text, expected", [
    ("The JUI-F on Tuesday declined to join the opposition alliance Tehreek Tahaffuz Ayeen-e-Pakistan.",
     ("JUI-F", "TTAP", "reject", "fact")),
    ("The BNP-M on Monday joined the TTAP.", ("BNP", "TTAP", "join", "fact")),
])
def test_the_ttap_alliance_is_a_party(text, expected):
    assert expected in acts(text, "2025-07-16")


@pytest.mark.parametrize("text, expected", [
    ("Mir Abdul Quddus Bizenjo of the PML-Q was elected chief minister on Saturday.\n\n"
     "The BNP-M and the ANP also voted for Mr Bizenjo.", {("BNP", "PML-Q"), ("ANP", "PML-Q")}),
    ("The opposition nominated National Party president Mir Hasil Khan Bizenjo as its candidate on Thursday.\n\n"
     "The PML-N and the PPP both extended support to Mr Bizenjo's nomination.", {("PML-N", "NP"), ("PPP", "NP")}),
    ("The PTI insisted on Awami Muslim League chief Sheikh Rashid Ahmed as the nominee.\n\n"
     "The PTI, in turn, said it would vote for Sheikh Rashid.", {("PTI", "AML")}),
])
def test_support_for_a_candidate_goes_to_his_party(text, expected):
    found = {(a, c) for a, c, action, _s in acts(text, "2019-07-12") if action == "join"}
    assert expected <= found and ("PML-N", "PTI") not in found and ("PPP", "PTI") not in found


@pytest.mark.parametrize("text", [
    "Around a dozen PML-N lawmakers voted for the PML-Q's candidate in defiance of the party leadership.",
    "Dissident PML-N lawmakers backed the PML-Q's candidate on Saturday.",
])
def test_members_defying_their_party_do_not_act_for_it(text):
    assert not any(a == "PML-N" for a, _c, _a, _s in acts(text, "2018-01-14"))


@pytest.mark.parametrize("text", [
    "The PTI reached out to the JUI-F on Monday.",
    "The PTI also reached out to the Jamiat Ulema-e-Islam-Fazl.",
])
def test_reaching_out_to_a_party_is_talks(text):
    assert ("PTI", "JUI-F", "talks", "fact") in acts(text)


@pytest.mark.parametrize("text", [
    "Chaudhry Pervaiz Elahi, the joint candidate of the PTI and the PML-Q, polled 186 votes.",
    "Elahi was the joint candidate of the PTI and the PML-Q for chief minister.",
    "The PTI and the PML-Q fielded Elahi as their joint candidate.",
])
def test_parties_with_a_joint_candidate_have_joined_hands(text):
    found = acts(text, "2022-07-23")
    assert ("PTI", "PML-Q", "join", "fact") in found and ("PML-Q", "PTI", "join", "fact") in found


def test_a_candidate_of_one_party_is_no_joint_act():
    assert not acts("Elahi was the candidate of the PML-Q for chief minister.", "2022-07-23")


def test_a_party_that_rejoined_the_cabinet_joined_the_party_leading_it():
    text = ("KARACHI: The MQM on Monday announced it was quitting the Sindh government, saying the PPP had "
            "insulted its leader.\n\nThe MQM had rejoined the provincial cabinet last year after a gap of several months.")
    assert ("MQM-P", "PPP", "join", "fact") in acts(text, "2014-10-21")


@pytest.mark.parametrize("text, expected", [
    ("The PPP asked the JUI-F to reconsider its decision.", ("PPP", "JUI-F", "talks", "fact")),
    ("A PPP delegation visited Nine Zero and requested the MQM to review the decision.", ("PPP", "MQM-P", "talks", "fact")),
])
def test_asking_a_party_to_reconsider_its_decision_is_talks(text, expected):
    assert expected in acts(text, "2010-12-15")


def test_asking_a_party_to_review_a_stance_is_no_talks():
    assert not acts("The PPP asked the PTI to review its stance on the budget.", "2010-12-15")


@pytest.mark.parametrize("text", [
    "The PML-F, which has been sitting on the opposition benches, is also said to be considering support for Mr Abbasi.",
    "The PML-F has been sitting on the opposition benches since 2013.",
])
def test_sitting_in_opposition_all_along_is_a_state_not_a_move(text):
    assert ("PML-F", None, "join", "fact") not in acts(text, "2017-07-31")


def test_counted_parties_are_no_party_in_focus():
    text = ("JI stays away from the new alliance.\n\n"
            "Eleven opposition parties on Sunday joined hands under the banner of the PDM.")
    assert not any(a == "JI" for a, _c, _a, _s in acts(text, "2020-09-21"))


def test_signatories_of_an_alliance_declaration_join_the_alliance():
    text = ("Eleven opposition parties on Sunday formed the PDM to oust the government.\n\n"
            "The PML-N and the PPP signed the 26-point declaration along with the ANP and the NP.")
    found = acts(text, "2020-09-21")
    assert {(p, "PDM", "join", "fact") for p in ("PML-N", "PPP", "ANP", "NP")} <= found


def test_a_declaration_with_no_alliance_named_is_no_joining():
    assert not acts("The PML-N and the PPP signed a declaration on the budget on Sunday.", "2020-09-21")


@pytest.mark.parametrize("text, expected", [
    ("TTAP, formed last year, comprises the PTI, the PkMAP and the MWM.", {("PTI", "TTAP"), ("PkMAP", "TTAP"), ("MWM", "TTAP")}),
    ("The MMA consists of the JUI-F and the JI.", {("JUI-F", "MMA"), ("JI", "MMA")}),
])
def test_the_parties_an_alliance_is_made_of_have_joined_it(text, expected):
    assert expected <= {(a, c) for a, c, action, _s in acts(text, "2025-07-16") if action == "join"}


def test_a_party_that_includes_another_makes_no_alliance():
    assert not acts("The PPP includes the PML-N in its talks.", "2025-07-16")


@pytest.mark.parametrize("text, absent", [
    ('Asked whether the party would now join hands with the PTI, Dr Sattar of the MQM said: "We are not going to join '
     'any container."', ("MQM-P", "PTI", "talks", "fact")),
    ("The PML-N also turned down a suggestion by some of its own leaders to approach the MQM for a joint opposition strategy.",
     ("PML-N", "MQM-P", "talks", "fact")),
])
def test_a_question_put_or_a_proposal_turned_down_is_no_talks(text, absent):
    assert absent not in acts(text, "2014-10-21")
