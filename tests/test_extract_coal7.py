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


@pytest.mark.parametrize("text", [
    "PESHAWAR: The PTI on Sunday decided to expel its ally, the QWP, from the provincial government.",
    "PESHAWAR: The PTI on Sunday removed the QWP from the coalition government in Khyber Pakhtunkhwa.",
])
def test_a_party_expelling_its_partner_from_the_government_leaves_it(text):
    assert ("PTI", "QWP", "leave", "fact") in acts(text, "2017-07-31")


@pytest.mark.parametrize("text", [
    "PESHAWAR: The PTI on Sunday removed two QWP ministers from the provincial cabinet.",
    "PESHAWAR: The PTI on Sunday expelled Mr Sherpao from the party.",
])
def test_expelling_people_is_no_coalition_act(text):
    assert not {a for a in acts(text, "2017-07-31") if a[2] == "leave"}


@pytest.mark.parametrize("text, partner", [
    ("The BAP, the other partner in the province, said it would stay in the PTI-led government.", "PTI"),
    ("The MQM-P said it would remain with the PML-N at the Centre.", "PML-N"),
])
def test_a_partner_staying_in_the_government_joins_its_leader(text, partner):
    found = [e for e in extract(text, published="2022-03-31") if e.type == "coalition"]
    assert [(e.counterpart, e.action, e.status, e.date) for e in found] == [(partner, "join", "fact", None)]


@pytest.mark.parametrize("text", [
    "The two parties have remained in alliance with the PML-N during the past few years.",
    "The PPP urged the MQM-P to stay in the government.",
    "\"We can no longer stay in the PML-N government,\" MQM-P convener Khalid Maqbool Siddiqui said.",
])
def test_no_stay_in_background_appeals_or_leavings(text):
    assert not {a for a in acts(text, "2022-03-31") if a[2] == "join"}


def test_a_stay_beside_a_denied_leaving_is_that_denial():
    text = ("MQM-P convener Khalid Maqbool Siddiqui resigned as minister on Sunday. He said his party would remain in the "
            "ruling coalition. \"We are not leaving the coalition, only the ministry,\" he said.")
    found = acts(text, "2020-01-13")
    assert ("MQM-P", "PTI", "leave", "denied") in found and ("MQM-P", "PTI", "join", "fact") not in found


def test_a_merger_with_a_party_whose_code_another_actor_shares_names_no_government():
    text = ("KARACHI: The Pak Sarzameen Party and the MQM Haqiqi Committee of Afaq Ahmed on Friday announced the merger with "
            "the Muttahida Qaumi Movement-Pakistan ahead of local government elections in Karachi.")
    found = acts(text, "2023-01-14")
    assert ("PSP", "MQM-P", "join", "fact") in found
    assert not {a for a in found if a[1] in ("PML-N", "PPP")}


@pytest.mark.parametrize("text", [
    "Other parties that have declared their support for the PML-N include the MQM-P with 17 seats; the IPP with three; "
    "the BAP with two.",
    "The allies backing the PML-N include the MQM-P, the IPP and the BAP.",
])
def test_the_backers_a_list_names_join_the_party_supported(text):
    found = {(a, c) for a, c, action, status in acts(text, "2024-02-20") if action == "join"}
    assert found == {("MQM-P", "PML-N"), ("IPP", "PML-N"), ("BAP", "PML-N")}


def test_a_list_of_members_without_support_is_no_backing():
    found = acts("The parties that won seats in Karachi include the MQM-P, the PPP and the JI.", "2024-02-20")
    assert not {a for a in found if a[2] == "join"}


def test_the_q_league_with_its_letter_is_the_pml_q():
    assert ("PML-Q", "PTI", "join", "fact") in acts("The Pakistan Muslim League-Q joined the PTI-led coalition.", "2018-08-03")


@pytest.mark.parametrize("text", [
    "The PPP chairman arrived in Karachi. Bilawal is expected to seal a deal with the MQM-P on Sunday.",
    "The PPP chairman arrived in Karachi. Bilawal Bhutto-Zardari is set to finalise an agreement with the MQM-P.",
])
def test_a_chief_expected_to_seal_a_deal_acts_for_his_party(text):
    assert ("PPP", "MQM-P", "join", "possible") in acts(text, "2023-11-14")


def test_a_deal_secured_is_agreed_by_both():
    found = acts("The PML-N last week secured a seat-adjustment deal with the MQM-P in Karachi.", "2023-11-14")
    assert ("PML-N", "MQM-P", "join", "fact") in found and ("MQM-P", "PML-N", "join", "fact") in found


def test_securing_a_seat_is_no_deal():
    assert not acts("The PML-N secured a seat in Karachi after the MQM-P candidate withdrew.", "2023-11-14")


def test_a_party_that_left_an_alliance_in_a_relative_clause_is_no_person_leaving():
    text = ("JUI-F chief Maulana Fazlur Rehman said the PDM was history. The PPP, which left the PDM in 2021, has ruled out "
            "any adjustment with the PML-N.")
    found = extract(text, published="2024-01-12")
    assert not [e for e in found if e.type == "leave_party"]
    assert ("PPP", "PDM", "leave", "fact") in acts(text)


def test_it_after_a_party_named_in_the_sentence_is_that_party():
    text = "ANP leader Aimal Wali Khan said his party had no contact with the PPP and ruled out joining hands with it."
    found = acts(text, "2025-04-26")
    assert ("ANP", "PPP", "reject", "fact") in found and ("ANP", "PPP", "talks", "denied") in found


def test_it_is_no_party_kept_out_with_except():
    found = acts("The PTI has invited all parties, except the PML-N and the PPP, to form the government with it.", "2018-07-30")
    assert not {a for a in found if a[1] in ("PML-N", "PPP") and a[2] == "join"}


def test_returning_to_the_government_joins_its_leader():
    text = "PESHAWAR: The QWP returned to the PTI-led government in 2015 under a written agreement."
    assert ("QWP", "PTI", "join", "fact") in acts(text, "2017-07-30")


def test_analysts_reading_is_no_act():
    assert not acts("Analysts said the MQM-P could return to the PPP-led coalition if its demands were met.", "2011-01-03")


def test_no_alliance_of_any_kind_with_a_party_rules_it_out():
    found = acts("IPP president Aleem Khan said his party would not enter any alliance with the PTI.", "2024-07-14")
    assert ("IPP", "PTI", "reject", "fact") in found and ("PTI", "IPP", "reject", "fact") not in found


def test_not_joining_a_coalition_led_by_a_party_stays_a_denied_joining():
    found = acts("A JUI-F spokesman said the party would not join any coalition led by the PML-N.", "2024-02-14")
    assert ("JUI-F", "PML-N", "join", "denied") in found


@pytest.mark.parametrize("text", [
    "The BAP announced on Monday that it would stand by the PTI in exchange for two ministries.",
    "The BAP said it would stand with the PTI in return for a development package for Balochistan.",
])
def test_standing_by_a_party_for_a_share_of_power_joins_it(text):
    assert ("BAP", "PTI", "join", "fact") in acts(text, "2022-03-31")


def test_standing_by_a_party_on_an_issue_is_no_coalition():
    assert not acts("The BAP said it would stand by the PTI on the issue of inflation.", "2022-03-31")


def test_the_two_parties_of_a_meeting_with_a_chief_named_alone():
    text = ("QUETTA: Nawaz Sharif of the PML-N arrived on Tuesday. NP president Dr Abdul Malik Baloch, who called on Mr Sharif "
            "at a hotel, said the two parties had agreed to contest some seats jointly.")
    found = acts(text, "2023-11-15")
    assert ("NP", "PML-N", "join", "fact") in found and ("PML-N", "NP", "join", "fact") in found


def test_no_part_of_any_alliance_rules_out_every_partner():
    text = "BNP-M chief Sardar Akhtar Mengal said his party would not be part of any electoral alliance before the elections."
    assert ("BNP", None, "reject", "fact") in acts(text, "2023-11-15")


def test_a_refusal_named_in_the_body_is_the_headline_refusal():
    text = ("PPP rules out any alliance\n\nKARACHI: The PPP on Monday ruled out any alliance with the PML-N for the "
            "coming elections.")
    found = acts(text, "2023-11-07")
    assert ("PPP", "PML-N", "reject", "fact") in found and ("PPP", None, "reject", "fact") not in found
