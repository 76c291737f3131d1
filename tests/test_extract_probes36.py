"""Sentences that one-line probes of common press idioms got wrong, one test per general form: coalition
idioms (support 'no longer' given, candidates fielded jointly, parties walking out together, partners in an
aside, a state told in passing), posts and tallies, coreference, datelines, status and possessive idioms.
Every sentence here is the project's own wording."""
import pytest

from allegiance import extract


def coalitions(text, published="2024-03-04"):
    return {(e.actor, e.counterpart, e.action, e.status) for e in extract(text, published=published)
            if e.type == "coalition"}


def test_support_no_longer_given_is_a_leaving_not_a_joining():
    text = ("QUETTA: The BNP-M would no longer support the federal government, Sardar Akhtar Mengal "
            "announced on Sunday.")
    got = coalitions(text)
    assert {action for _a, _c, action, _s in got} == {"leave"}
    assert {actor for actor, _c, _a, _s in got} == {"BNP"}


def test_candidates_fielded_jointly_with_a_party_are_an_electoral_alliance():
    text = "LAHORE: The PML-Q has decided to field joint candidates with the PTI in Punjab."
    assert ("PML-Q", "PTI", "join", "fact") in coalitions(text)


def test_two_parties_fielding_joint_candidates_join_each_other():
    got = coalitions("LAHORE: The PML-Q and the PTI will field joint candidates in the Punjab by-elections.")
    assert {("PML-Q", "PTI"), ("PTI", "PML-Q")} <= {(a, c) for a, c, action, _s in got if action == "join"}


def test_backing_a_joint_candidate_of_others_is_not_fielding_one():
    got = coalitions("LAHORE: The PML-Q backed the joint candidate in the Punjab by-elections.")
    assert not got


def test_each_party_of_a_conjoined_subject_walks_out_of_the_coalition():
    text = ("ISLAMABAD: The ruling PTI lost two of its allies on Sunday when the MQM-P and the BAP walked out "
            "of the coalition.")
    got = {(a, c) for a, c, action, _s in coalitions(text, "2022-03-28") if action == "leave"}
    assert {("MQM-P", "PTI"), ("BAP", "PTI")} <= got


def test_a_person_who_leaves_a_party_and_backs_another_is_no_act_of_the_party_left():
    text = ("DERA GHAZI KHAN: Former MNA Sardar Ahmed Nawaz Khosa on Sunday bid farewell to the PML-N and "
            "threw his weight behind the PPP.")
    events = extract(text, published="2024-03-04")
    assert not [e for e in events if e.type == "coalition"]
    assert ("leave_party", "PML-N") in {(e.type, e.party) for e in events}


def test_a_partner_named_in_an_aside_does_not_act_with_its_partner():
    text = ("QUETTA: The BNP-M quit the ruling coalition on Wednesday. The Balochistan Awami Party, the PTI's "
            "main partner in the province, said it had no plans to part ways with the government.")
    got = coalitions(text, "2020-06-18")
    assert ("BAP", "PTI", "leave", "denied") in got
    assert not any(actor == "PTI" for actor, _c, _a, _s in got)


def test_ties_severed_with_an_alliance_leave_it():
    text = "KARACHI: The PPP has severed its ties with the PDM after being issued a show-cause notice."
    assert ("PPP", "PDM", "leave", "fact") in coalitions(text, "2021-04-12")


def test_a_party_committee_meeting_another_party_leadership_about_power_sharing_holds_talks():
    text = ("KARACHI: A three-member PML-N committee led by Ishaq Dar met the MQM-P leadership on Monday to "
            "discuss power-sharing.")
    assert ("PML-N", "MQM-P", "talks", "fact") in coalitions(text)


def test_a_meeting_with_a_party_leadership_about_floods_is_no_talks():
    text = "KARACHI: A PML-N committee met the MQM-P leadership on Monday to discuss relief for flood victims."
    assert not coalitions(text)


def test_an_offer_being_weighed_was_made_by_the_party_it_came_from():
    text = ("LAHORE: Sources said the PML-Q was weighing an offer from the PML-N to join the Punjab "
            "government.")
    assert ("PML-N", "PML-Q", "talks", "fact") in coalitions(text)


def test_the_owner_of_an_aides_role_is_not_the_one_who_resigns():
    events = extract("QUETTA: Chief Minister Sarfraz Bugti's adviser on information, Jan Achakzai, has resigned.",
                     published="2024-03-04")
    assert {e.actor for e in events if e.type == "resign_post"} == {"Jan Achakzai"}


def test_an_unnamed_aide_resigning_gives_no_event_to_the_one_he_served():
    events = extract("QUETTA: Chief Minister Sarfraz Bugti's adviser has resigned.", published="2024-03-04")
    assert not [e for e in events if e.type == "resign_post"]


def test_seat_counts_given_respectively_after_the_seats_were_named_once():
    text = ("ISLAMABAD: The JUI-F won four seats in the National Assembly and the MQM-P 17, while the PML-Q and "
            "the IPP bagged three and two respectively.")
    got = {(e.actor, e.seats) for e in extract(text, published="2024-02-11") if e.type == "seat_result"}
    assert {("PML-Q", 3), ("IPP", 2)} <= got
    assert ("IPP", 3) not in got


def test_a_committee_of_the_senate_left_is_no_senate_seat():
    events = extract("ISLAMABAD: PTI senator Faisal Javed has resigned from the Senate's standing committee on "
                     "information.", published="2024-03-04")
    posts = {e.post for e in events if e.type == "resign_post"}
    assert posts and all("committee" in p for p in posts)


def test_a_named_party_written_with_a_lowercase_party_word_inducts_people():
    events = extract("KARACHI: The Pakistan Awami Raj party has inducted former MPA Khurram Sher Zaman.",
                     published="2023-06-10")
    assert ("join_party", "Khurram Sher Zaman", "PAR") in {(e.type, e.actor, e.party) for e in events}


def test_he_in_the_reason_for_an_expulsion_is_the_one_expelled():
    events = extract("LAHORE: Shujaat Hussain expelled Pervaiz Elahi from the PML-Q after he joined the PTI.",
                     published="2023-06-10")
    got = {(e.type, e.actor, e.party) for e in events}
    assert ("join_party", "Pervaiz Elahi", "PTI") in got
    assert not any(actor == "Shujaat Hussain" for _t, actor, _p in got)


def test_a_print_dateline_dates_the_storys_today_and_weekdays():
    text = "LAHORE, June 11: Former MNA Ghulam Sarwar Khan joined the IPP here today."
    assert {e.date for e in extract(text, published="2023-06-12")} == {"2023-06-11"}
    text = "LAHORE, June 11: Former MNA Ghulam Sarwar Khan joined the IPP on Saturday."
    assert {e.date for e in extract(text, published="2023-06-12")} == {"2023-06-10"}


def test_a_dateline_of_the_day_of_publication_changes_nothing():
    text = "ISLAMABAD, Jun 12 (APP): Former MNA Ghulam Sarwar Khan joined the IPP on Sunday."
    assert {e.date for e in extract(text, published="2023-06-12")} == {"2023-06-11"}


def test_deciding_against_joining_is_a_joining_denied():
    events = extract("LAHORE: Ghulam Sarwar Khan decided against joining the PML-N after meeting his supporters.",
                     published="2024-03-04")
    assert {(e.type, e.party, e.status) for e in events} == {("join_party", "PML-N", "denied")}


def test_warning_against_joining_is_advice_not_an_act():
    assert not extract("LAHORE: Ghulam Sarwar Khan warned against joining the PML-N.", published="2024-03-04")
    assert not extract("LAHORE: Ghulam Sarwar Khan advised his supporters against quitting the PTI.",
                       published="2024-03-04")


def test_a_list_of_those_who_joined_after_an_unnamed_group_moved_names_its_leavers():
    text = ("MULTAN: Eight more PML-N lawmakers from south Punjab quit the party on Monday and joined the PTI. "
            "Those who joined the PTI include Makhdoom Khusro Bakhtiar, Rana Qasim Noon and Sardar Nasrullah "
            "Dareshak.")
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2018-04-10")}
    for name in ("Makhdoom Khusro Bakhtiar", "Rana Qasim Noon", "Sardar Nasrullah Dareshak"):
        assert ("leave_party", name, "PML-N") in got and ("join_party", name, "PTI") in got


def test_a_list_of_those_who_joined_another_party_names_no_leaver_of_the_group():
    text = ("MULTAN: Eight more PML-N lawmakers from south Punjab quit the party on Monday and joined the PTI. "
            "Those who joined the PPP on the same day include Makhdoom Khusro Bakhtiar.")
    assert not [e for e in extract(text, published="2018-04-10") if e.type == "leave_party"]


def test_parties_forming_a_government_with_a_third_are_partners_of_each_other_too():
    text = ("QUETTA: The PPP and the PML-N have agreed to form a coalition government in Balochistan with the BAP "
            "as a partner.")
    got = {(a, c) for a, c, action, _s in coalitions(text, "2024-03-11") if action == "join"}
    assert {("PPP", "PML-N"), ("PML-N", "PPP"), ("PPP", "BAP"), ("PML-N", "BAP")} <= got


def test_parties_joining_an_alliance_that_stands_are_not_partners_of_each_other():
    got = coalitions("LAHORE: The PPP and the ANP joined the PDM on Sunday.", "2020-09-21")
    assert ("PPP", "ANP", "join", "fact") not in got and ("ANP", "PPP", "join", "fact") not in got


def test_standing_with_a_government_named_by_its_party_joins_that_party():
    text = "ISLAMABAD: The PML-Q has decided to stand with the PTI government, Moonis Elahi said on Tuesday."
    assert ("PML-Q", "PTI", "join", "fact") in coalitions(text, "2022-03-30")


def test_we_in_a_quote_is_the_party_of_a_speaker_named_with_a_long_title_after_it():
    text = ('KARACHI: "We have decided to leave the coalition," MQM-P convener Khalid Maqbool Siddiqui said on '
            'Thursday.')
    got = coalitions(text, "2023-05-26")
    assert {(a, action) for a, _c, action, _s in got} == {("MQM-P", "leave")}


def test_a_party_described_as_an_ally_is_a_state_not_a_joining():
    text = "LAHORE: The MQM-P, which has 17 members in the National Assembly, is a key ally of the government."
    assert not coalitions(text, "2024-04-22")


def test_a_party_now_part_of_a_government_has_joined_it():
    text = "LAHORE: The MQM-P is now part of the PML-N-led government, its convener said."
    assert ("MQM-P", "PML-N", "join", "fact") in coalitions(text, "2024-04-22")


def test_a_team_a_party_sets_up_to_negotiate_with_another_is_that_partys():
    text = "ISLAMABAD: The PTI has set up a three-member team to negotiate with the JUI-F on a joint strategy."
    assert {(a, c, action) for a, c, action, _s in coalitions(text, "2024-02-14")} == {("PTI", "JUI-F", "talks")}


def test_people_named_as_including_in_a_group_of_resigners_resign():
    text = ("KARACHI: Three provincial ministers, including Imtiaz Shaikh and Nasir Shah, resigned from the Sindh "
            "cabinet.")
    assert {e.actor for e in extract(text, published="2024-03-04") if e.type == "resign_post"} == {
        "Imtiaz Shaikh", "Nasir Shah"}


def test_the_principal_of_a_group_of_aides_still_does_not_resign():
    text = "LAHORE: Two advisers to Chief Minister Usman Buzdar relinquished their portfolios on Monday."
    assert not [e for e in extract(text, published="2020-03-04") if e.type == "resign_post"]


@pytest.mark.parametrize("text", [
    "LAHORE: Former MPA Rana Arif switched his loyalties to the PML-N.",
    "LAHORE: Former MPA Rana Arif switched his loyalty to the PML-N.",
    "LAHORE: Former MPA Rana Arif announced his affiliation with the PML-N.",
])
def test_loyalty_switched_or_affiliation_announced_with_a_possessive_joins(text):
    got = {(e.type, e.actor, e.party) for e in extract(text, published="2024-03-04")}
    assert ("join_party", "Rana Arif", "PML-N") in got


def test_a_reported_move_denied_later_in_the_sentence_by_its_actor_is_denied():
    text = ("MULTAN: Sources said former MNA Ahmad Hussain Dehar was also considering joining the PPP, though he "
            "denied it when contacted by Dawn.")
    assert {(e.type, e.status) for e in extract(text, published="2023-09-17")} == {("join_party", "denied")}


def test_denying_a_reason_for_a_move_is_no_denial_of_it():
    text = "MULTAN: Former MNA Ahmad Hussain Dehar joined the PPP, though he denied it was about money."
    assert {(e.type, e.status) for e in extract(text, published="2023-09-17")} == {("join_party", "fact")}


def test_talks_told_in_a_past_clause_of_time_are_held_whatever_the_main_clause_weighs():
    text = ("KARACHI: The MQM-P on Monday said it was weighing an offer from the PPP to join the Sindh government, "
            "days after the two parties held a round of talks at Bilawal House.")
    got = coalitions(text, "2024-05-14")
    assert ("MQM-P", "PPP", "talks", "fact") in got


GROUP_RESIGNS = ("PESHAWAR: Three PTI lawmakers in the Khyber Pakhtunkhwa Assembly on Thursday tendered their "
                 "resignations to the Speaker. ")


def test_a_group_that_resigned_named_between_dashes_in_the_next_sentence_resigns_each():
    text = GROUP_RESIGNS + ("The MPAs - Arbab Wasim Hayat from Peshawar, Ziaullah Bangash from Kohat and Malik Liaqat "
                            "Ali - said they would continue to support Imran Khan.")
    got = {(e.actor, e.post, e.date) for e in extract(text, published="2025-03-14") if e.type == "resign_post"}
    assert got == {(n, "MPA", "2025-03-13") for n in ("Arbab Wasim Hayat", "Ziaullah Bangash", "Malik Liaqat Ali")}


def test_a_person_named_after_the_set_off_members_is_not_one_of_them():
    text = GROUP_RESIGNS + "The MPAs, Arbab Wasim Hayat and Ziaullah Bangash, said Imran Khan remained their leader."
    assert {e.actor for e in extract(text, published="2025-03-14") if e.type == "resign_post"} == {
        "Arbab Wasim Hayat", "Ziaullah Bangash"}


def test_members_set_off_with_no_resignation_before_them_resign_nothing():
    text = ("PESHAWAR: The PTI held a meeting on Thursday. The MPAs - Arbab Wasim Hayat and Ziaullah Bangash - said "
            "they would continue to support Imran Khan.")
    assert not extract(text, published="2025-03-14")


BY_POLLS = """PML-N emerges as largest party in Punjab by-polls

LAHORE: The PML-N won 10 of the 12 Punjab Assembly seats in Sunday's by-elections, while the SIC managed to bag only one. An independent candidate won the remaining seat.

In the National Assembly by-elections held the same day, the PML-N secured two of the five seats, the SIC two and the PPP one.

Party position after the by-elections:
PML-N — 10
SIC — 1
Independent — 1
"""


def test_a_table_repeating_the_figures_of_one_house_is_that_houses_not_the_one_named_last():
    got = {(e.actor, e.seats, e.house) for e in extract(BY_POLLS, published="2024-04-22") if e.type == "seat_result"}
    assert {("PML-N", 10, "PA-Punjab"), ("SIC", 1, "PA-Punjab"), ("IND", 1, "PA-Punjab"),
            ("PML-N", 2, "NA"), ("SIC", 2, "NA"), ("PPP", 1, "NA")} == got


def test_parties_forming_an_alliance_join_it_and_not_each_other():
    text = ("HYDERABAD: The PML-F, the National Peoples Party and the Sindh United Party on Thursday formed the "
            "Grand Democratic Alliance.")
    got = {(a, c) for a, c, action, _s in coalitions(text, "2017-11-03") if action == "join"}
    assert got == {("PML-F", "GDA"), ("NPP", "GDA"), ("SUP", "GDA")}


def test_parties_counted_and_named_with_including_form_the_alliance():
    text = ("HYDERABAD: Six parties including the PML-F, the National Peoples Party and the Sindh United Party on "
            "Thursday formed the Grand Democratic Alliance.")
    got = {(a, c) for a, c, action, _s in coalitions(text, "2017-11-03") if action == "join"}
    assert got == {("PML-F", "GDA"), ("NPP", "GDA"), ("SUP", "GDA")}


def test_a_relative_the_parser_hangs_on_the_mover_himself_does_not_move():
    text = ("DERA GHAZI KHAN: Sardar Dost Muhammad Khosa, son of veteran politician Sardar Zulfiqar Khosa, on "
            "Wednesday joined the PTI.")
    assert {e.actor for e in extract(text, published="2023-10-06")} == {"Sardar Dost Muhammad Khosa"}
