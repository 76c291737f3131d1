"""leave_party and join_party on phrasings real news uses and the dev set lacked.

Sentences are the project's own; facts may be real, the wording is not copied.
"""
from allegiance import extract
from allegiance.extractor.party_names import new_party_code, split_party


def keys(events, *fields):
    return {tuple(getattr(e, f) for f in fields) for e in events}


def membership(events):
    return {(e.type, e.actor, e.party, e.party_name) for e in events if e.type in ("leave_party", "join_party")}


# --- parties the registry lacks or spells its own way -------------------------------------------

def test_unknown_party_keeps_its_name_and_a_made_up_code():
    text = "Former senator Rehmat Ali Dasti joined the Qaumi Inqilab Party on Monday in Multan."
    events = extract(text, published="2024-03-05")
    assert ("join_party", "Rehmat Ali Dasti", "QIP", "Qaumi Inqilab Party") in membership(events)
    [event] = [e for e in events if e.type == "join_party"]
    assert event.to_dict()["party_name"] == "Qaumi Inqilab Party"
    assert event.evidence.rule.endswith("+party_unknown")  # flagged for the registry


def test_unknown_party_named_between_the_and_party_in_quotes():
    text = "Dr Saleem Akhtar Bhatti on Friday joined the \u2018Awam Raj Tehreek\u2019 party in Lahore."
    found = membership(extract(text, published="2024-03-09"))
    assert any(t == "join_party" and a == "Dr Saleem Akhtar Bhatti" and name and "Awam Raj" in name
               for t, a, _p, name in found)


def test_unknown_party_is_never_replaced_by_the_party_left():
    text = ("PML-N MPA Chaudhry Naveed Aslam Warraich quit the PML-N on Sunday and joined the "
            "Kissan Ittehad Party the same evening.")
    found = membership(extract(text, published="2024-01-15"))
    assert ("leave_party", "Chaudhry Naveed Aslam Warraich", "PML-N", None) in found
    joins = {(p, n) for t, a, p, n in found if t == "join_party"}
    assert joins == {("KIP", "Kissan Ittehad Party")}


def test_registry_party_spelled_differently_is_that_party():
    text = "Ali Asjad Malhi on Tuesday joined the Istekham-e-Pakistan Party of Jahangir Tareen."
    assert ("join_party", "Ali Asjad Malhi", "IPP", None) in membership(extract(text, published="2023-06-13"))


def test_a_stray_space_in_a_hyphenated_party_name():
    text = "Nasrullah Khan Zehri has resigned from the Pakistan Tehreek-i- Insaf with immediate effect."
    assert ("leave_party", "Nasrullah Khan Zehri", "PTI", None) in membership(extract(text, published="2023-05-21"))


def test_a_name_that_fits_several_registry_parties_makes_no_new_party():
    text = "Sheikh Waqas Akram said the Pakistan Muslim League had always welcomed workers."
    assert not any(e.party_name for e in extract(text, published="2023-05-21"))


def test_new_party_codes():
    assert new_party_code("Awam Pakistan Party") == "APP"
    assert new_party_code("Tehreek-e-Naujawanan") == "TN"
    assert split_party("NEW:Qaumi Inqilab Party") == ("QIP", "Qaumi Inqilab Party")
    assert split_party("PTI") == ("PTI", None)


# --- lists of people ----------------------------------------------------------------------------

def test_list_after_an_unnamed_group_joining_takes_its_party():
    text = ("Six independent members of the Gilgit-Baltistan Assembly joined the PTI on Tuesday. "
            "These included Ghulam Haider Shigri (Astore 1), Sardar Qurban Ali (Nagar 2) and "
            "Mir Naeem Abbas (Hunza 1).")
    found = keys(extract(text, published="2020-11-25"), "type", "actor", "party")
    assert found == {("join_party", "Ghulam Haider Shigri", "PTI"), ("join_party", "Sardar Qurban Ali", "PTI"),
                     ("join_party", "Mir Naeem Abbas", "PTI")}


def test_among_them_continues_the_act():
    text = ("Five more winning independents defected to the PML-N on Thursday. Among them are Malik Nadeem "
            "Kamran from Okara, Rana Tahir Shabbir from Vehari and Syed Imran Ahmad Shah from Multan.")
    found = keys(extract(text, published="2024-02-15"), "type", "actor", "party")
    assert {("join_party", "Malik Nadeem Kamran", "PML-N"), ("join_party", "Rana Tahir Shabbir", "PML-N"),
            ("join_party", "Syed Imran Ahmad Shah", "PML-N")} <= found


def test_a_list_inside_another_act_is_not_continued():
    text = ("Several lawmakers joined the PPP on Monday. PTI leaders, including Asad Umar and Shafqat Mahmood, "
            "later held a press conference in Islamabad.")
    assert not [e for e in extract(text, published="2023-06-05") if e.actor in ("Asad Umar", "Shafqat Mahmood")]


def test_the_party_a_group_joins_is_not_the_party_they_come_from():
    text = ("Nawabzada Haji Lashkari Raisani joined the PPP in Quetta on Friday. Other BAP leaders who joined "
            "the party included Mir Jan Muhammad Buledi and Sardar Khalid Khan Langove.")
    found = keys(extract(text, published="2023-01-20"), "type", "actor", "party")
    assert ("join_party", "Mir Jan Muhammad Buledi", "PPP") in found
    assert ("join_party", "Sardar Khalid Khan Langove", "PPP") in found
    assert not any(t == "join_party" and p == "BAP" for t, _a, p in found)


def test_new_members_of_a_party_joined_it():
    text = ("Malik Asad Khokhar from Kasur and Chaudhry Iftikhar Nazir from Narowal are the new members of "
            "the PML-N in Punjab, a spokesman said on Sunday.")
    found = keys(extract(text, published="2018-08-05"), "type", "actor", "party")
    assert {("join_party", "Malik Asad Khokhar", "PML-N"), ("join_party", "Chaudhry Iftikhar Nazir", "PML-N")} <= found


def test_defection_to_a_party_is_a_join():
    text = ("The move follows an earlier defection by Chaudhry Shujaat Warraich, a key figure of the Gujrat "
            "family, to the PML-N.")
    found = keys(extract(text, published="2024-07-01"), "type", "actor", "party")
    assert ("join_party", "Chaudhry Shujaat Warraich", "PML-N") in found


# --- who acts -----------------------------------------------------------------------------------

def test_speaker_of_a_claim_about_counted_people_is_not_the_mover():
    text = "Raja Basharat claimed that eleven MPAs and four MNAs will join the PML-Q within a week."
    assert not [e for e in extract(text, published="2018-05-02") if e.type == "join_party"]


def test_for_people_to_join_names_those_people_not_the_subject():
    text = "Jahangir Khan Tareen played a key role for the independent MNAs to join the PTI."
    assert not [e for e in extract(text, published="2018-08-01") if e.type == "join_party"]


def test_the_person_parted_with_is_not_the_one_who_joins():
    text = ("Senior leader Usman Dar on Monday decided to part ways with Imran Khan and joined the "
            "Istehkam-e-Pakistan Party.")
    events = extract(text, published="2023-10-23")
    assert not [e for e in events if e.actor == "Imran Khan"]


# --- kinds of leaving ---------------------------------------------------------------------------

def test_ending_an_association_with_a_party_is_leaving_it():
    text = "Sardar Yar Muhammad Rind on Sunday ended his 30-year association with the PPP."
    assert ("leave_party", "Sardar Yar Muhammad Rind", "PPP") in keys(extract(text, published="2023-04-03"),
                                                                      "type", "actor", "party")


def test_severing_ties_with_a_led_party_is_leaving_it():
    text = "Mian Hamid Yasin announced severing ties with the Imran Khan-led PTI on Saturday."
    assert ("leave_party", "Mian Hamid Yasin", "PTI") in keys(extract(text, published="2023-05-28"),
                                                              "type", "actor", "party")


def test_deserters_of_a_party_named_in_a_list_left_it():
    text = ("Several PML-Q deserters including Chaudhry Wajahat Hussain, Tariq Bashir Cheema and "
            "Hussain Elahi attended the meeting.")
    found = keys(extract(text, published="2022-08-09"), "type", "actor", "party")
    assert {("leave_party", "Chaudhry Wajahat Hussain", "PML-Q"), ("leave_party", "Tariq Bashir Cheema", "PML-Q"),
            ("leave_party", "Hussain Elahi", "PML-Q")} <= found


def test_their_resignations_from_the_assembly_and_the_party():
    text = ("Two MPAs, Malik Ahmed Saeed Khan and Rana Babar Hussain, announced their resignations from the "
            "assembly and PML-N on Monday.")
    found = keys(extract(text, published="2018-04-09"), "type", "actor", "party")
    assert {("leave_party", "Malik Ahmed Saeed Khan", "PML-N"), ("leave_party", "Rana Babar Hussain", "PML-N")} <= found


def test_officials_including_a_named_one_resigned_from_party_membership():
    text = ("Several PPP Lyari office-bearers including district president Abdul Razzak Baloch had resigned "
            "from party membership.")
    assert ("leave_party", "Abdul Razzak Baloch", "PPP") in keys(extract(text, published="2021-02-10"),
                                                                 "type", "actor", "party")


def test_the_owner_of_the_party_left_is_not_a_companion():
    text = "MNA Raja Khurram Nawaz stayed away from the session as he parted ways with the Imran Khan-led party."
    events = extract(text, published="2022-03-18")
    assert not [e for e in events if e.actor == "Imran Khan"]


def test_people_likely_to_join_a_leaders_party_are_not_the_leader():
    text = "Sources said some lawmakers from Sindh are likely to join Jahangir Tareen's Istehkam-e-Pakistan Party."
    assert not [e for e in extract(text, published="2023-06-20") if e.actor == "Jahangir Tareen"]


def test_a_person_met_after_an_announcement_did_not_join():
    text = ("Several leaders from Sindh including former senators have announced to join the PPP after "
            "meeting with Asif Ali Zardari in Karachi.")
    assert not [e for e in extract(text, published="2023-06-20") if e.actor == "Asif Ali Zardari"]


# --- acts only wished or supposed ----------------------------------------------------------------

def test_a_conditional_welcome_is_not_a_join():
    text = "\u201cWe would welcome Chaudhry Nisar Ali Khan should he wish to join the PTI,\u201d the spokesman said."
    assert not [e for e in extract(text, published="2018-04-09") if e.type == "join_party"]


def test_an_if_clause_is_not_a_leaving():
    text = "“If anyone wants me to leave the PPP, let them say so,” Malik Sikandar Khan said."
    assert not [e for e in extract(text, published="2021-06-09") if e.type == "leave_party"]


def test_a_leaving_on_a_condition_is_possible():
    text = "Malik Sikandar Khan said he would leave the PPP if the party ignored his district again."
    assert {(e.type, e.status) for e in extract(text, published="2021-06-09")} == {("leave_party", "possible")}


def test_an_invitation_to_join_is_not_a_join():
    text = "The JUI-F leadership extended an invitation to Haji Ghulam Ali to join the party."
    assert not [e for e in extract(text, published="2021-06-09") if e.type == "join_party"]


def test_a_party_presidency_resigned_is_not_the_party_left():
    text = "Jam Kamal Khan, who resigned from the party's presidency on Friday, met the governor."
    assert not [e for e in extract(text, published="2021-10-09") if e.type == "leave_party"]


def test_one_unknown_party_one_name_in_an_article():
    text = ("Zahid Hamid joined the Awam Raj party on Monday. Later the Awam Raj Party said that "
            "Hina Butt had also joined the Awam Raj party.")
    names = {e.party_name for e in extract(text, published="2024-07-01") if e.type == "join_party"}
    assert names == {"Awam Raj Party"}


# --- names and seats ----------------------------------------------------------------------------

def test_a_name_after_a_place_starts_at_its_title():
    text = "The party's former MNA from Khyber Agency Malik Shakir Afridi has also announced to quit the PTI."
    assert ("leave_party", "Malik Shakir Afridi", "PTI") in keys(extract(text, published="2023-05-20"),
                                                                 "type", "actor", "party")


def test_a_party_role_written_with_of_before_the_name_implies_leaving():
    text = ("Senior leader of Pakistan Muslim League-Nawaz (PML-N) Raja Farooq Haider Khan on Friday joined "
            "the Pakistan Tehreek-e-Insaf (PTI).")
    found = keys(extract(text, published="2021-06-19"), "type", "actor", "party")
    assert {("join_party", "Raja Farooq Haider Khan", "PTI"), ("leave_party", "Raja Farooq Haider Khan", "PML-N")} <= found


def test_they_in_a_clause_below_means_the_named_group():
    text = ("Sardar Asif Khan Kakar from Zhob and Mir Zahid Rind from Kech held a joint press conference where "
            "they announced to join the BAP.")
    found = keys(extract(text, published="2018-08-01"), "type", "actor", "party")
    assert {("join_party", "Sardar Asif Khan Kakar", "BAP"), ("join_party", "Mir Zahid Rind", "BAP")} <= found


def test_a_party_welcoming_a_person_into_its_ranks_is_a_join():
    text = ("Imran Khan criticised the PPP for welcoming Nadeem Afzal Chan, the former opposition whip, into "
            "its ranks.")
    found = keys(extract(text, published="2023-01-10"), "type", "actor", "party")
    assert ("join_party", "Nadeem Afzal Chan", "PPP") in found
    assert not any(a == "Imran Khan" for _t, a, _p in found)


def test_rejoining_intra_party_elections_is_no_join():
    text = "Gohar Ali Khan is expected to rejoin the intra-party elections as a candidate."
    assert not [e for e in extract(text, published="2024-03-01") if e.type == "join_party"]


def test_leaving_with_a_person_names_the_person_left_not_a_companion():
    text = ("Senior leader Hammad Azhar on Monday decided to part ways with Imran Khan and joined the "
            "Istehkam-e-Pakistan Party.")
    assert not [e for e in extract(text, published="2023-10-23") if e.actor == "Imran Khan"]


def test_bidding_adieu_to_a_leaders_party():
    text = "Party stalwart Tanvir Ashraf Kaira bid adieu to Bhutto's party and joined the PTI on Friday."
    found = keys(extract(text, published="2017-06-17"), "type", "actor", "party")
    assert ("join_party", "Tanvir Ashraf Kaira", "PTI") in found


def test_a_one_word_name_inside_a_list_is_a_person():
    text = ("Seven members of the PPP including Nadeem Afzal Chan, Raja Riaz, Samsam Bukhari, Kalimullah and "
            "Asghar Ali Shah left the party on Monday.")
    found = keys(extract(text, published="2018-04-09"), "type", "actor", "party")
    assert ("leave_party", "Kalimullah", "PPP") in found
    assert len([a for t, a, _p in found if t == "leave_party"]) == 5


def test_left_it_means_the_party_in_focus():
    text = ("GUJRANWALA: Former MPA Chaudhry Akmal Cheema returned to the PML-N fold on Friday, a year after "
            "he left it.")
    found = keys(extract(text, published="2023-09-09"), "type", "actor", "party")
    assert {("join_party", "Chaudhry Akmal Cheema", "PML-N"), ("leave_party", "Chaudhry Akmal Cheema", "PML-N")} <= found


def test_the_new_party_is_the_party_just_launched():
    text = ("Pervez Khattak on Monday launched the Pakistan Tehreek-e-Insaf Parliamentarians, drawing leaders who "
            "had deserted Imran Khan's PTI. Mahmood Khan, the former chief minister, joined the new party as its "
            "vice chairman, Khattak told reporters.")
    found = keys(extract(text, published="2023-07-18"), "type", "actor", "party")
    assert ("join_party", "Mahmood Khan", "PTI-P") in found
    assert ("join_party", "Mahmood Khan", "PTI") not in found


def test_all_of_whom_covers_the_whole_list():
    text = ("Former governor Imran Ismail, former ministers Ali Zaidi and Amir Kiani, and former minister "
            "Murad Raas, all of whom quit the PTI after May 9, joined the IPP on Thursday.")
    found = keys(extract(text, published="2023-06-09"), "type", "actor", "party")
    assert {("leave_party", a, "PTI") for a in ("Imran Ismail", "Ali Zaidi", "Amir Kiani", "Murad Raas")} <= found


def test_a_given_name_alone_is_the_one_person_who_bears_it():
    text = ("LAHORE: Chaudhry Moonis Elahi on Monday parted ways with the PTI. "
            "Moonis had joined the PTI last year alongside his father.")
    found = keys(extract(text, published="2023-06-12"), "type", "actor", "party")
    assert ("join_party", "Chaudhry Moonis Elahi", "PTI") in found


def test_switching_loyalties_to_a_party_is_a_join():
    text = "Former MNA Rai Mansab Ali switched loyalties to the PML-N on Monday."
    assert ("join_party", "Rai Mansab Ali", "PML-N") in keys(extract(text, published="2023-06-12"),
                                                            "type", "actor", "party")


def test_jumping_ship_to_a_party_is_not_leaving_it():
    text = "Sardar Nasrullah Dreshak has jumped ship to the PTI."
    found = keys(extract(text, published="2023-06-12"), "type", "actor", "party")
    assert ("join_party", "Sardar Nasrullah Dreshak", "PTI") in found
    assert ("leave_party", "Sardar Nasrullah Dreshak", "PTI") not in found


def test_reports_called_baseless_are_denied():
    text = "Reports that Sardar Yar Muhammad Rind had joined the PTI are baseless, his spokesman said."
    assert {(e.type, e.status) for e in extract(text, published="2023-06-12")} == {("join_party", "denied")}


def test_announcing_resignation_from_a_party_without_his():
    text = "Makhdoom Javed Hashmi announces resignation from PTI"
    assert ("leave_party", "Makhdoom Javed Hashmi", "PTI") in keys(extract(text, published="2014-10-01"),
                                                                   "type", "actor", "party")


def test_regretting_a_departure_is_not_leaving():
    text = "Imran Khan regretted the departure from the PTI in a long speech."
    assert not [e for e in extract(text, published="2023-06-12") if e.actor == "Imran Khan"]


# --- status of the act's own clause --------------------------------------------------------------

def test_others_said_to_be_joining_later_is_possible():
    text = "Miftah Ismail said that Javed Abbasi and Zahid Binnouri will join the PML-N next month."
    statuses = {e.status for e in extract(text, published="2024-06-01") if e.type == "join_party"}
    assert statuses == {"possible"}


def test_a_mover_announcing_he_will_join_is_a_fact():
    text = "Sardar Ghulam Abbas announced on Monday that he will join the PPP."
    found = {(e.type, e.actor, e.status) for e in extract(text, published="2024-06-03")}
    assert ("join_party", "Sardar Ghulam Abbas", "fact") in found


def test_a_hedge_above_an_as_clause_does_not_reach_the_joining():
    text = ("GILGIT: The PTI is poised to form the government as three independent winners joined the PTI. "
            "These included Raja Zakaria Maqpoon (Skardu 1) and Kazim Mesam (Ghanche 3).")
    statuses = {e.status for e in extract(text, published="2020-11-20") if e.type == "join_party"}
    assert statuses == {"fact"}


def test_a_leaders_name_before_party_is_not_a_new_party():
    text = ("Jahangir Tareen launched the Istehkam-e-Pakistan Party in June. "
            "Murad Raas joined the Jahangir Tareen party on Monday.")
    events = extract(text, published="2023-07-03")
    assert not any(e.party_name for e in events)


def test_a_surname_alone_repeating_the_act_is_one_event():
    text = ("Dissident PTI leader Noor Alam Khan joined the JUI-F on Tuesday in Peshawar. "
            "Speaking to reporters, Mr Khan said he along with his supporters was joining the JUI-F.")
    joins = [e for e in extract(text, published="2024-05-14") if e.type == "join_party"]
    assert [(e.actor, e.party) for e in joins] == [("Noor Alam Khan", "JUI-F")]


def test_an_unknown_party_has_one_code_across_an_article():
    text = ("ISLAMABAD: Former PML-N leader Shahid Khaqan Abbasi launched a new party, Awam Inqilab, on Monday.\\n\\n"
            "The weather in the capital stayed hot through the day and traffic was slow on the main avenue.\\n\\n"
            "Former senator Javed Abbasi joined the Awam Inqilab Party on Tuesday. Zahid Binnouri also joined "
            "Awam Inqilab the same day.")
    codes = {(e.party, e.party_name) for e in extract(text, published="2024-07-09") if e.type == "join_party"}
    assert len(codes) == 1 and list(codes)[0][1].startswith("Awam Inqilab")


def test_welcoming_a_decision_to_join_keeps_the_join():
    text = "The PPP welcomed the decision of Sardar Jamal Khan Leghari to join the party on Friday."
    assert ("join_party", "Sardar Jamal Khan Leghari", "PPP") in keys(extract(text, published="2023-08-04"),
                                                                      "type", "actor", "party")


def test_joining_a_partys_rally_is_not_joining_the_party():
    text = "Thousands of people including Sheikh Rashid Shafiq joined the PTI rally in Rawalpindi on Sunday."
    assert not [e for e in extract(text, published="2023-06-12") if e.type == "join_party"]
