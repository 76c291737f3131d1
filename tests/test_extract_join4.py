"""join_party (and leave_party) in whole stories of people joining parties (stress set join4): the
act told once for a group and its people named elsewhere, on lines of their own below a colon.
Every sentence here is the project's own."""
import pytest

from conftest import person_moves


@pytest.fixture(scope="module")
def moves(extractor):
    return person_moves(extractor, "2024-03-06")


@pytest.mark.parametrize("opener, lines", [
    ("Those who announced their joining were:", "- Rana Tufail Ahmed Khichi, former MPA\n- Mian Sabir Hussain Dhudhi, former MNA"),
    ("The following announced their joining at a press conference:",
     "Rana Tufail Ahmed Khichi, former MPA\nMian Sabir Hussain Dhudhi, former MNA"),
    ("The delegation comprised:", "1. Rana Tufail Ahmed Khichi, former MPA\n2. Mian Sabir Hussain Dhudhi, former MNA"),
    ("The two, who called on the party chief at his residence, were:",
     "Rana Tufail Ahmed Khichi (PP-212, Khanewal)\nMian Sabir Hussain Dhudhi (NA-150, Khanewal)"),
])
def test_a_colon_after_a_group_join_opens_a_list_of_its_people(moves, opener, lines):
    found = moves("MULTAN: A group of former lawmakers joined the PPP on Tuesday at a ceremony in Multan.\n\n"
                  f"{opener}\n\n{lines}\n\nThe party chairman welcomed them.")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "PPP", "fact") in found


@pytest.mark.parametrize("colon, after", [
    ("The party chairman said:", "Rana Tufail Ahmed Khichi was a friend of the party."),
    ("Pressure and Promises:", "Rana Tufail Ahmed Khichi took to social media to complain about the pressure on him."),
])
def test_a_speaker_or_a_heading_colon_opens_no_list(moves, colon, after):
    found = moves(f"MULTAN: A group of former lawmakers joined the PPP on Tuesday.\n\n{colon}\n\n{after}")
    assert not any(actor == "Rana Tufail Ahmed Khichi" for _t, actor, _p, _s in found)


@pytest.mark.parametrize("naming", [
    "Prominent among the new entrants were former MNA Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
    "It consisted of former MNA Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
    "The delegation comprised former MNA Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
    "The group was led by former MNA Rana Tufail Ahmed Khichi and included Mian Sabir Hussain Dhudhi.",
])
def test_a_group_joined_and_its_people_named_in_the_next_sentence(moves, naming):
    found = moves(f"MULTAN: A group of former lawmakers joined the PPP on Tuesday. {naming}")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "PPP", "fact") in found


@pytest.mark.parametrize("sentence", [
    "Separately, in Khanewal, former PTI leader Rana Tufail Ahmed Khichi was welcomed into the party by PPP MNA Raza Hayat Hiraj on Monday.",
    "Former PML-Q MPA Rana Tufail Ahmed Khichi was inducted into the party fold by PPP MNA Raza Hayat Hiraj on Monday.",
])
def test_the_party_one_is_welcomed_into_is_the_welcomers(moves, sentence):
    found = moves(f"MULTAN: The PTI held a rally in Khanewal on Sunday. {sentence}")
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PPP", "fact") in found


@pytest.mark.parametrize("listing", [
    "Those who announced their joining were:\n\n- Rana Tufail Ahmed Khichi, former MPA\n- Mian Sabir Hussain Dhudhi, former MNA\n"
    "- Malik Ghulam Abbas Hiraj, former MPA\n\n",
    "They included Rana Tufail Ahmed Khichi, Mian Sabir Hussain Dhudhi and Malik Ghulam Abbas Hiraj. ",
])
def test_all_three_after_a_list_are_its_people(moves, listing):
    found = moves(f"MULTAN: Three former lawmakers joined the IPP on Tuesday. {listing}"
                  "All three had quit the PTI after the events of May 9.", "2023-07-05")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi", "Malik Ghulam Abbas Hiraj"):
        assert ("join_party", name, "IPP", "fact") in found
        assert ("leave_party", name, "PTI", "fact") in found


@pytest.mark.parametrize("welcome", [
    "Party chairman Bilawal Bhutto-Zardari welcomed them into the party.",
    "Later, PPP co-chairman Asif Ali Zardari welcomed him into the party at Zardari House.",
])
def test_the_one_who_welcomes_them_into_the_party_does_not_join(moves, welcome):
    found = moves(f"MULTAN: Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi joined the PPP on Tuesday. {welcome}")
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PPP", "fact") in found
    assert not any(actor in ("Bilawal Bhutto-Zardari", "Asif Ali Zardari") for _t, actor, _p, _s in found)


@pytest.mark.parametrize("inverted", [
    "Also returning to the party were two former district councillors from Khanewal, Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
    "Also joining the PPP were Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
])
def test_people_named_after_were_of_an_inverted_act(moves, inverted):
    found = moves(f"MULTAN: Former MNA Malik Ghulam Abbas Hiraj rejoined the PPP on Tuesday. {inverted}")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "PPP", "fact") in found


def test_both_after_an_inverted_list_are_its_people(moves):
    found = moves("MULTAN: Former MNA Malik Ghulam Abbas Hiraj rejoined the PPP on Tuesday. Also returning to the party "
                  "were Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi. Both had joined the PTI in 2018 and quit it last year.")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("leave_party", name, "PTI", "fact") in found


@pytest.mark.parametrize("sentence", [
    "Former MPA Rana Tufail Ahmed Khichi was presented the party flag by PPP chief Bilawal Bhutto-Zardari on Tuesday.",
    "PPP chief Bilawal Bhutto-Zardari put the party's scarf around the neck of former MPA Rana Tufail Ahmed Khichi on Tuesday.",
    "Former MPA Rana Tufail Ahmed Khichi was also presented the PPP's flag on Tuesday, formally becoming part of the party.",
    "Former MPA Rana Tufail Ahmed Khichi was made part of the PPP on Tuesday.",
])
def test_a_party_flag_or_scarf_given_is_a_joining(moves, sentence):
    found = moves(f"MULTAN: The PTI held a rally in Khanewal on Sunday. {sentence}")
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PPP", "fact") in found
    assert not any(actor == "Bilawal Bhutto-Zardari" for _t, actor, _p, _s in found)


def test_a_flag_put_on_their_shoulders_names_no_one_new(moves):
    found = moves("MULTAN: Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi joined the PPP on Tuesday. "
                  "Bilawal Bhutto-Zardari put the party flag on their shoulders.")
    assert not any(actor == "Bilawal Bhutto-Zardari" for _t, actor, _p, _s in found)


def test_brothers_whose_names_differ_in_one_word_are_two_people(moves):
    found = moves("PESHAWAR: Former minister Malik Anwar Kamal Marwat and his younger brother, former nazim "
                  "Malik Naseer Kamal Marwat, were inducted into the JUI-F on Monday.", "2021-09-14")
    assert ("join_party", "Malik Anwar Kamal Marwat", "JUI-F", "fact") in found
    assert ("join_party", "Malik Naseer Kamal Marwat", "JUI-F", "fact") in found


def test_the_giver_of_the_cap_in_a_relative_clause_does_not_join(moves):
    found = moves("LAHORE: Allama Ghulam Ghaus Baghdadi joined the JI on Tuesday. He was welcomed by Hafiz Naeemur Rehman, "
                  "who put the party's cap on his head.")
    assert ("join_party", "Allama Ghulam Ghaus Baghdadi", "JI", "fact") in found
    assert not any(actor == "Hafiz Naeemur Rehman" for _t, actor, _p, _s in found)


def test_an_alliance_word_in_the_next_clause_does_not_hide_the_party_left(moves):
    found = moves("KARACHI: Rana Tufail Ahmed Khichi joined the PPP on Tuesday. He said he had left the GDA because "
                  "the alliance had no plan for the district.")
    assert ("leave_party", "Rana Tufail Ahmed Khichi", "GDA", "fact") in found


def test_the_lawmakers_just_after_a_list_are_its_people(moves):
    found = moves("KARACHI: Two MQM-P lawmakers joined the PSP on Tuesday.\n\nThe delegation comprised:\n\n"
                  "1. Rana Tufail Ahmed Khichi, MPA\n2. Mian Sabir Hussain Dhudhi, former MNA\n\n"
                  "The lawmakers, who had announced their decision to leave the MQM-P at a news conference earlier "
                  "in the day, said they had no differences with anyone.", "2017-03-08")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "PSP", "fact") in found
        assert ("leave_party", name, "MQM-P", "fact") in found


def test_a_name_whose_first_word_the_parser_cuts_off_still_acts_in_its_relative_clause(moves):
    found = moves("HYDERABAD: Meanwhile, former MPA Khatau Mal Jeewan Kohli, who had joined the PPP in Mithi in 2018 "
                  "after leaving the PML-F, was appointed PPP Tharparkar district president on Tuesday.", "2025-04-23")
    assert ("join_party", "Khatau Mal Jeewan Kohli", "PPP", "fact") in found
    assert ("leave_party", "Khatau Mal Jeewan Kohli", "PML-F", "fact") in found


def test_the_membership_of_the_three_after_a_list_is_theirs(moves):
    found = moves("KARACHI: Three MQM-P lawmakers joined the PSP on Tuesday.\n\nThe delegation comprised:\n\n"
                  "1. Rana Tufail Ahmed Khichi, MPA\n2. Mian Sabir Hussain Dhudhi, MPA\n3. Malik Ghulam Abbas Hiraj, former MNA\n\n"
                  "A party spokesman said the MQM-P had decided to cancel the basic membership of the three.", "2017-03-08")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi", "Malik Ghulam Abbas Hiraj"):
        assert ("expel", name, "MQM-P", "fact") in found


def test_people_quitting_the_alliance_leave_the_alliance_in_focus(moves):
    found = moves("HYDERABAD: The Grand Democratic Alliance suffered a setback on Tuesday when Rana Tufail Ahmed Khichi "
                  "and Mian Sabir Hussain Dhudhi quit the alliance and joined the PPP.", "2025-04-23")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("leave_party", name, "GDA", "fact") in found
        assert ("join_party", name, "PPP", "fact") in found


@pytest.mark.parametrize("after", [
    "He had announced his resignation from the PML-N at a press conference on Thursday.",
    "He had quit the PML-N at a press conference on Thursday.",
])
def test_he_after_a_join_is_the_joiner_not_the_welcomer_in_a_subordinate_clause(moves, after):
    found = moves("Rana Tufail Ahmed Khichi joins PTI\n\nISLAMABAD: The former MNA formally joined the PTI at Bani Gala on "
                  "Friday, where party chairman Imran Khan put the party's scarf around his neck. " + after, "2018-06-02")
    assert ("leave_party", "Rana Tufail Ahmed Khichi", "PML-N", "fact") in found
    assert not any(actor == "Imran Khan" for _t, actor, _p, _s in found)


def test_the_departure_of_a_family_named_by_its_surname_is_no_one_act(moves):
    found = moves("PESHAWAR: Malik Salahuddin Marwat attended the gathering on Monday. The PPP's provincial leadership "
                  "said the departure of the Marwat brothers was their personal decision.", "2021-09-14")
    assert not any(t == "leave_party" for t, _a, _p, _s in found)


@pytest.mark.parametrize("pending", [
    "he would decide about joining after consulting his supporters",
    "he will think over joining the JUI-F after Eid",
])
def test_a_decision_still_to_come_about_joining_is_possible(moves, pending):
    found = moves("PESHAWAR: Malik Anwar Kamal Marwat was inducted into the JUI-F on Monday. His cousin Malik Salahuddin "
                  f"Marwat was also present but told reporters {pending}.", "2021-09-14")
    assert ("join_party", "Malik Salahuddin Marwat", "JUI-F", "possible") in found


@pytest.mark.parametrize("sentence", [
    "The IPP on Monday inducted two former MNAs, Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
    "The IPP on Monday inducted two former MNAs: Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi.",
    "The IPP on Monday inducted two former MNAs.\n\nThey are:\n- Rana Tufail Ahmed Khichi\n- Mian Sabir Hussain Dhudhi",
])
def test_a_party_inducting_people_is_their_joining(moves, sentence):
    found = moves(f"LAHORE: {sentence}", "2023-11-14")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "IPP", "fact") in found


def test_rejoining_that_ends_a_stint_elsewhere_leaves_that_party(moves):
    found = moves("LAHORE: Former MNA Rana Tufail Ahmed Khichi on Monday rejoined the PPP, ending a five-year stint with the PTI.")
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PPP", "fact") in found
    assert ("leave_party", "Rana Tufail Ahmed Khichi", "PTI", "fact") in found


@pytest.mark.parametrize("first, joined", [
    ("joined the PML-N on Monday", True),
    ("addressed a rally on Monday", False),
])
def test_joining_him_were_is_joining_the_party_he_joined(moves, first, joined):
    found = moves(f"LAHORE: Former MPA Malik Ghulam Abbas Hiraj {first}. Joining him were Rana Tufail Ahmed Khichi "
                  "and Mian Sabir Hussain Dhudhi.")
    assert (("join_party", "Rana Tufail Ahmed Khichi", "PML-N", "fact") in found) is joined
    assert joined or not found


@pytest.mark.parametrize("opening", ["The two", "The newcomers"])
def test_a_group_word_then_names_set_off_by_commas(moves, opening):
    found = moves(f"LAHORE: Two former MPAs joined the PML-N on Monday. {opening}, Rana Tufail Ahmed Khichi and "
                  "Mian Sabir Hussain Dhudhi, later met Maryam Nawaz.")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "PML-N", "fact") in found


def test_a_welcomer_after_the_group_word_he_welcomes_is_not_of_the_group(moves):
    found = moves("LAHORE: Two former MPAs joined the PML-N on Monday. Welcoming the new entrants, Malik Ghulam Abbas "
                  "Hiraj said the party had always served the people.")
    assert not any(actor == "Malik Ghulam Abbas Hiraj" for _t, actor, _p, _s in found)


def test_staying_in_the_party_said_in_a_second_conjunct_denies_leaving(moves):
    found = moves("LAHORE: Former MPA Rana Tufail Ahmed Khichi said he had no plans to join any other party and would "
                  "remain in the PML-N.")
    assert ("leave_party", "Rana Tufail Ahmed Khichi", "PML-N", "denied") in found


def test_a_bare_joining_after_a_hoped_for_join_is_to_that_party(moves):
    found = moves("PESHAWAR: Maulana Fazl claimed that more tribal elders would join the JUI-F before the elections. "
                  "Malik Salahuddin Marwat was also present but told reporters he would decide about joining after "
                  "consulting his supporters.", "2021-09-14")
    assert ("join_party", "Malik Salahuddin Marwat", "JUI-F", "possible") in found


def test_a_denial_after_a_report_that_he_may_join_settles_it(moves):
    found = moves("LAHORE: Party sources said former MPA Rana Tufail Ahmed Khichi is likely to join the PTI. "
                  "Rana Tufail Ahmed Khichi, however, denied that he was joining the PTI.")
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PTI", "denied") in found
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PTI", "possible") not in found


def test_a_group_welcomed_into_the_party_fold_dates_the_list_below(moves):
    found = moves("KARACHI: PSP chairman Mustafa Kamal on Tuesday welcomed another group of lawmakers into the party fold.\n\n"
                  "The delegation comprised:\n\n1. Rana Tufail Ahmed Khichi, MPA\n2. Mian Sabir Hussain Dhudhi, former MNA\n\n"
                  "Mr Kamal said more would follow.", "2017-03-08")
    for name in ("Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"):
        assert ("join_party", name, "PSP", "fact") in found
    assert not any(actor == "Mustafa Kamal" for _t, actor, _p, _s in found)


def test_rejoined_my_old_party_retells_the_join_just_reported(moves):
    found = moves("LAHORE: Several leaders returned to the PML-N on Tuesday. Prominent among them was former minister "
                  "Rana Tufail Ahmed Khichi. Mr Khichi, who had served as a minister in the PML-Q government, said "
                  "\"I rejoined my old party because it is the party of the people,\" he told reporters.", "2013-03-20")
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PML-N", "fact") in found
    assert ("join_party", "Rana Tufail Ahmed Khichi", "PML-Q", "fact") not in found


def test_those_present_at_a_joining_do_not_join(moves):
    found = moves("MULTAN: Two former MPAs joined the PPP on Tuesday. Among those present were Malik Ghulam Abbas Hiraj "
                  "and Rana Tufail Ahmed Khichi.")
    assert not found


@pytest.mark.parametrize("colon", ["The party also announced its new district office-bearers:", "The speakers at the ceremony were:"])
def test_a_colon_list_of_other_people_after_a_join_names_no_joiners(moves, colon):
    found = moves(f"MULTAN: Two former MPAs joined the PPP on Tuesday.\n\n{colon}\n- Rana Tufail Ahmed Khichi, president\n"
                  "- Mian Sabir Hussain Dhudhi, general secretary")
    assert not found


@pytest.mark.parametrize("office", ["into the Sindh cabinet", "as provincial minister"])
def test_a_party_inducting_someone_into_an_office_is_no_joining(moves, office):
    found = moves(f"KARACHI: The PPP inducted Rana Tufail Ahmed Khichi {office} on Monday.")
    assert not any(t == "join_party" for t, _a, _p, _s in found)


def test_they_said_by_named_people_leaving_an_alliance_is_no_party_act(extractor):
    from datetime import date

    from allegiance.model import Article
    events = extractor.extract(Article(doc="t", published=date(2024, 1, 10), text=(
        "KARACHI: Rana Tufail Ahmed Khichi and Mian Sabir Hussain Dhudhi joined the PPP on Tuesday. Both said they "
        "had left the GDA because the alliance had no plan for the district.")))
    assert not [e for e in events if e.type == "coalition"]
    assert {e.actor for e in events if e.type == "leave_party" and e.party == "GDA"} == {
        "Rana Tufail Ahmed Khichi", "Mian Sabir Hussain Dhudhi"}
