"""Coalition acts in whole stories of government formation and break-up (stress set coal2):
fellow actors and witnesses beside the act, relative clauses that describe, and acting
parties a bad parse hides. Sentences are written for these tests (GUIDELINE.md)."""
import pytest

from conftest import coalition_reader


@pytest.fixture(scope="module")
def coalitions(extractor):
    return coalition_reader(extractor, "2024-02-20")


def test_party_along_with_the_actor_joins_too(coalitions):
    found = coalitions("The ANP had joined the PPP-led government in April along with the JUI-F, giving it a majority.",
                       "2008-09-01")
    assert ("ANP", "PPP", "join") in found and ("JUI-F", "PPP", "join") in found
    assert ("ANP", "JUI-F", "join") not in found


def test_parties_present_at_a_signing_are_not_partners(coalitions):
    found = coalitions("The accord was signed by BNP chief Akhtar Mengal and PTI leader Jahangir Tareen in the "
                       "presence of MQM-P convener Khalid Maqbool Siddiqui at the Parliament Lodges.", "2018-08-09")
    assert not any("MQM-P" in (a, c) for a, c, _ in found)


def test_fellow_of_the_opposition_is_no_partner(coalitions):
    found = coalitions("HDTB leader Maulana Hidayat said his party would sit in opposition with the NP in the provincial assembly.",
                       "2024-02-27")
    assert ("HDTB", None, "join") in found
    assert ("HDTB", "NP", "join") not in found


def test_relative_clause_partnership_is_no_act(coalitions):
    found = coalitions("ANP leader Mian Iftikhar said his party would not quit the provincial government, where it is the "
                       "senior partner of the PPP.", "2010-05-02")
    assert not any(action == "join" for _, _, action in found)


def test_party_subject_parsed_as_modifier_still_acts(coalitions):
    found = coalitions("The JI, which had backed the PTI for five years, announced on Friday that it would sit on the "
                       "opposition benches in the Senate.", "2018-05-05")
    assert ("JI", None, "join") in found


def test_who_clause_of_a_party_chief_acts_for_the_party(coalitions):
    found = coalitions("“We will not be part of any government,” said ANP chief Aimal Wali Khan, who had earlier turned "
                       "down an invitation from the PPP to join the coalition.", "2024-02-21")
    assert ("ANP", "PPP", "reject") in found and ("PPP", "ANP", "talks") in found


def test_refusing_talks_is_a_rejection_of_each_party_listed(coalitions):
    found = coalitions("JI emir Hafiz Naeem said the party would not hold talks with the PML-N, the PPP or the MQM-P.",
                       "2024-02-22")
    assert {("JI", "PML-N", "reject"), ("JI", "PPP", "reject"), ("JI", "MQM-P", "reject")} <= found
    assert not any(action == "talks" for _, _, action in found)


def test_denied_past_talks_stay_talks(coalitions):
    found = coalitions("The JI did not hold talks with the PML-N on the coalition, Hafiz Naeem said.", "2024-02-22")
    assert ("JI", "PML-N", "talks") in found and ("JI", "PML-N", "reject") not in found


def test_title_case_headline_ending_an_alliance_is_no_join(coalitions):
    found = coalitions("PPP Ends Alliance With ANP In Balochistan\n\nQUETTA: The PPP on Monday ended its alliance with the ANP.",
                       "2012-03-06")
    assert ("PPP", "ANP", "leave") in found
    assert ("PPP", "ANP", "join") not in found and ("ANP", "PPP", "join") not in found


def test_support_for_a_candidate_is_not_between_its_givers(coalitions):
    found = coalitions("The ANP and the BNP on Monday announced their support for Mr Tareen’s candidacy.", "2018-08-14")
    assert ("ANP", "BNP", "join") not in found and ("BNP", "ANP", "join") not in found


def test_approaching_a_party_for_its_votes_is_talks(coalitions):
    found = coalitions("Sources said the PML-N had also approached the JUI-F for its votes in the Senate, but no decision was taken.",
                       "2018-03-05")
    assert ("PML-N", "JUI-F", "talks") in found


def test_ruling_out_cooperation_is_a_rejection(coalitions):
    found = coalitions("The JI, however, ruled out any cooperation with the PPP.", "2024-02-15")
    assert ("JI", "PPP", "reject") in found


def test_the_government_acts_for_the_party_leading_it(coalitions):
    found = coalitions("Information Minister Marriyum Aurangzeb denied that the government had offered any ministry to "
                       "the BNP.", "2023-01-20")
    assert ("PML-N", "BNP", "talks") in found


def test_accepting_an_offer_joins_the_offerer(coalitions):
    found = coalitions("The BAP, which had been in talks with the PPP, instead accepted the PML-N’s offer of two ministries.",
                       "2024-02-25")
    assert ("PML-N", "BAP", "talks") in found and ("BAP", "PML-N", "join") in found
    assert ("BAP", "PPP", "join") not in found


def test_accepting_an_offer_of_talks_is_no_join(coalitions):
    found = coalitions("The JI accepted the PTI’s offer of talks on the coalition.", "2024-02-25")
    assert ("JI", "PTI", "join") not in found


def test_support_secured_from_parties_is_their_act(coalitions):
    found = coalitions("In Karachi, the PPP has secured the support of the MQM-P and the GDA for its nominee for chief minister.",
                       "2024-02-24")
    assert ("MQM-P", "PPP", "join") in found and ("GDA", "PPP", "join") in found
    assert ("PPP", "MQM-P", "join") not in found


def test_a_partys_exit_is_its_leaving_the_government(coalitions):
    found = coalitions("The BNP’s exit from the coalition came a day after the budget vote.", "2020-06-18")
    assert ("BNP", "PTI", "leave") in found


def test_exit_from_a_race_is_no_coalition_act(coalitions):
    found = coalitions("The JI’s exit from the race surprised the PTI.", "2020-06-18")
    assert not any(action == "leave" for _, _, action in found)


def test_some_of_a_partys_members_joining_the_opposition_is_the_partys_act(coalitions):
    found = coalitions("Three of the JWP’s four MNAs joined the opposition on Monday.", "2022-03-29")
    assert ("JWP", None, "join") in found


def test_a_meeting_about_a_merger_is_talks_both_ways(coalitions):
    found = coalitions("The PSP and the MQM-P met in Karachi on Wednesday amid speculation of a merger.", "2023-01-13")
    assert {("PSP", "MQM-P", "talks"), ("MQM-P", "PSP", "talks")} <= found


def test_surname_alone_acts_for_the_party_written_before_the_full_name(coalitions):
    text = ("QUETTA: NP president Dr Abdul Malik Baloch met the press on Monday.\n\n"
            "The weather was hot and the roads were closed for the rally in the city.\n\n"
            "Dr Baloch, however, ruled out joining hands with the PPP for now, saying his party would sit on the "
            "opposition benches.")
    found = coalitions(text, "2024-02-27")
    assert ("NP", "PPP", "reject") in found and ("NP", None, "join") in found
    assert ("PPP", None, "join") not in found


def test_backing_a_party_names_only_the_party_backed(coalitions):
    found = coalitions("JI Decides To Back PTI In KP As PML-N Bid Falters\n\nPESHAWAR: The JI on Monday decided to support "
                       "the PTI in forming the government.", "2013-05-20")
    assert ("JI", "PTI", "join") in found and ("JI", "PML-N", "join") not in found


def test_the_offer_just_told_is_the_one_declined(coalitions):
    text = ("According to party sources, PML-N leader Hamza Shahbaz had contacted PML-Q leader Chaudhry Pervaiz Elahi and "
            "offered the PML-Q the office of speaker in the Punjab Assembly. Mr Elahi declined the offer.")
    found = coalitions(text, "2018-07-31")
    assert ("PML-N", "PML-Q", "talks") in found and ("PML-Q", "PML-N", "reject") in found


def test_parties_that_will_work_together_join_both_ways(coalitions):
    text = ("The decision was announced by JI emir Sirajul Haq after a meeting with PTI chairman Imran Khan. "
            "The two parties, which had contested the polls under a seat adjustment, will now work together in the "
            "province, he said.")
    found = coalitions(text, "2013-05-20")
    assert {("JI", "PTI", "join"), ("PTI", "JI", "join")} <= found


def test_a_joint_nominee_beside_an_agreement_keeps_it_joint(coalitions):
    found = coalitions("The PPP and the PML-N on Sunday agreed to form a coalition government in Balochistan, with the "
                       "PPP’s Sarfraz Bugti as their joint nominee for chief minister.", "2024-02-26")
    assert {("PPP", "PML-N", "join"), ("PML-N", "PPP", "join")} <= found


def test_a_delegation_calling_on_a_party_chief_is_talks(coalitions):
    found = coalitions("A PML-N delegation called on JUI-F chief Maulana Fazlur Rehman in Islamabad and sought his party’s "
                       "support in the Senate.", "2018-03-05")
    assert ("PML-N", "JUI-F", "talks") in found


def test_calling_on_a_party_to_quit_is_an_appeal_not_a_leaving(coalitions):
    found = coalitions("The PTI called on the PPP to quit the coalition government in Sindh.", "2019-05-05")
    assert not any(action in ("leave", "talks") for _, _, action in found)


def test_a_party_beside_a_government_word_leads_it_only_when_it_modifies_it(coalitions):
    found = coalitions("The ANP’s 13 MNAs had kept the government afloat since the JUI-F walked out of the coalition.",
                       "2011-01-03")
    assert ("JUI-F", "PPP", "leave") in found and ("JUI-F", "ANP", "leave") not in found


def test_finalising_a_power_sharing_formula_is_a_joint_join(coalitions):
    found = coalitions("The PTI and the JI on Friday finalised a power-sharing formula for the province.", "2013-05-18")
    assert {("PTI", "JI", "join"), ("JI", "PTI", "join")} <= found


def test_meeting_to_finalise_a_formula_is_no_join(coalitions):
    found = coalitions("The PTI and the JI decided to meet again on Monday to finalise the power-sharing formula.", "2013-05-18")
    assert not any(action == "join" for _, _, action in found)


def test_playing_the_role_of_opposition_is_joining_it(coalitions):
    found = coalitions("The ANP conceded defeat and announced that it would play the role of a constructive opposition.",
                       "2013-05-18")
    assert ("ANP", None, "join") in found


def test_an_alliance_against_a_party_is_no_partnership_with_it(coalitions):
    found = coalitions("ANP leader Afrasiab Khattak said the party would not join any alliance against the PTI government.",
                       "2013-05-18")
    assert not any(c == "PTI" for _, c, _ in found)


def test_a_leaders_title_before_the_name_gives_the_party(coalitions):
    found = coalitions("Meanwhile, PML-N quaid Mian Nawaz Sharif turned down an offer by JUI-F chief Maulana Fazlur Rehman "
                       "to form a coalition government in the province.", "2013-05-18")
    assert ("JUI-F", "PML-N", "talks") in found and ("PML-N", "JUI-F", "reject") in found


def test_no_intention_of_joining_is_a_rejection(coalitions):
    found = coalitions("JUI-F spokesman Jan Achakzai said the party had no intention of joining hands with the PTI in the province.",
                       "2013-05-18")
    assert ("JUI-F", "PTI", "reject") in found and ("JUI-F", "PTI", "join") not in found


def test_part_of_a_move_against_the_government_is_no_coalition_act(coalitions):
    found = coalitions("PML-N chief Nawaz Sharif said his party would not be part of any move to topple the government.",
                       "2011-01-03")
    assert found == set()


def test_a_party_a_relative_clause_says_was_joined(coalitions):
    found = coalitions("In Lahore, the PML-Q, which the JSPM joined last month, is set to back the PTI in Punjab.", "2018-07-30")
    assert ("JSPM", "PML-Q", "join") in found


def test_a_state_set_against_another_is_no_act(coalitions):
    found = coalitions("The PPP is not part of the federal cabinet but backs the government in Parliament.", "2025-04-22")
    assert found == set()


def test_parties_forming_a_joint_opposition_each_join_the_opposition(coalitions):
    found = coalitions("The JI and the BNP announced that they would form a joint opposition in the assembly.", "2018-08-14")
    assert {("JI", None, "join"), ("BNP", None, "join")} <= found
    assert ("JI", "BNP", "join") not in found


def test_an_opposition_alliance_agreed_is_still_joint(coalitions):
    found = coalitions("The PML-N and the PPP agreed on a new opposition alliance at the APC.", "2018-08-14")
    assert {("PML-N", "PPP", "join"), ("PPP", "PML-N", "join")} <= found


def test_withdrawing_candidates_in_favour_of_another_partys_backs_it(coalitions):
    found = coalitions("The ANP and the NP had earlier withdrawn their candidates in favour of the PPP’s Raza Rabbani.", "2021-02-27")
    assert {("ANP", "PPP", "join"), ("NP", "PPP", "join")} <= found
    assert not any(action == "leave" for _, _, action in found)


def test_negotiations_told_beside_a_deal_are_the_deal_makers_talks(coalitions):
    found = coalitions("The PML-N has already reached an understanding with the IPP for seat adjustment, while negotiations "
                       "with the JUI-F on the same issue are under way.", "2023-11-08")
    assert ("PML-N", "JUI-F", "talks") in found
