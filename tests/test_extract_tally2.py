"""Whole-story phrasings of tallies, resignations and expulsions (tally2 stress set).
Sentences written for these tests."""
from datetime import date

from allegiance.model import Article


def events(extractor, text, published="2021-03-04"):
    return extractor.extract(Article(doc="t", text=text, published=date.fromisoformat(published)))


def seats(extractor, text, published="2021-03-04"):
    return {(e.actor, e.seats, e.house) for e in events(extractor, text, published) if e.type == "seat_result"}


def test_federal_capital_in_a_senate_story_is_no_house(extractor):
    text = ("The PTI bagged 18 of the 48 seats contested in Wednesday's Senate elections, but lost in the federal "
            "capital where the opposition candidate won.\n\nAccording to the unofficial results, the PPP won eight "
            "seats and the BAP six.")
    assert seats(extractor, text) == {("PTI", 18, "Senate"), ("PPP", 8, "Senate"), ("BAP", 6, "Senate")}


def test_a_province_share_beside_the_whole_result_is_no_result(extractor):
    text = ("In Wednesday's Senate elections, the PPP won eight seats and the PTI 18.\n\n"
            "In Sindh, the PPP bagged seven of the 11 seats on offer.")
    assert seats(extractor, text) == {("PPP", 8, "Senate"), ("PTI", 18, "Senate")}


def test_a_places_seats_in_an_opening_of_phrase_are_a_part(extractor):
    text = ("The PTI won 35 seats in the Khyber Pakhtunkhwa Assembly in Saturday's polls.\n\n"
            "Of the province's 35 National Assembly seats, the PTI bagged 17 and the JUI-F six.")
    assert seats(extractor, text, "2013-05-13") == {("PTI", 35, "PA-KP")}


def test_a_party_inside_a_relative_aside_does_not_own_the_seats(extractor):
    text = ("Independent candidates, the overwhelming majority of whom were backed by the PTI after the party "
            "lost its symbol, bagged 101 National Assembly seats in the general elections.")
    assert seats(extractor, text, "2024-02-11") == {("IND", 101, "NA")}


def expelled(extractor, text, published="2020-12-26"):
    return {(e.actor, e.party) for e in events(extractor, text, published) if e.type == "expel"}


def test_the_rest_of_a_counted_group_listed_next(extractor):
    text = ("The JUI-F on Friday expelled four senior leaders, including former chairman Maulana Muhammad Khan "
            "Sherani, for criticising the party chief. The others shown the door are former MNA Hafiz Hussain "
            "Ahmed, former senator Maulana Gul Naseeb Khan and Maulana Shujaul Mulk.")
    assert expelled(extractor, text) == {("Maulana Muhammad Khan Sherani", "JUI-F"), ("Hafiz Hussain Ahmed", "JUI-F"),
                                         ("Maulana Gul Naseeb Khan", "JUI-F"), ("Maulana Shujaul Mulk", "JUI-F")}


def test_others_with_no_group_before_are_nobody_expelled(extractor):
    text = ("The JUI-F on Friday expelled Maulana Muhammad Khan Sherani for criticising the party chief. "
            "The others at the meeting were Hafiz Hussain Ahmed and Maulana Shujaul Mulk.")
    assert expelled(extractor, text) == {("Maulana Muhammad Khan Sherani", "JUI-F")}


def resigned(extractor, text, published="2022-04-17"):
    return {(e.actor, e.post, e.status) for e in events(extractor, text, published) if e.type == "resign_post"}


def test_a_person_inside_the_subjects_relative_clause_does_not_resign(extractor):
    text = ("Deputy Speaker Qasim Khan Suri on Saturday resigned from his office. Suri, who had dismissed the "
            "resolution against then prime minister Imran Khan, sent his resignation to the Speaker on Saturday.")
    assert {a for a, _p, _s in resigned(extractor, text)} == {"Qasim Khan Suri"}


def test_an_apposition_role_beats_a_describing_word_before_the_name(extractor):
    text = ("PTI leader Asad Umar on Wednesday stepped down as the party's secretary general. Senior leader Shah "
            "Mahmood Qureshi, the party's vice chairman, said he would not resign from his post under any pressure.")
    found = {(a, p) for a, p, s in resigned(extractor, text, "2023-05-25") if s == "denied"}
    assert [a for a, _p in found] == ["Shah Mahmood Qureshi"]
    assert all("vice chairman" in p for _a, p in found)


def test_an_aides_principal_hung_on_the_verb_stays_in_the_post(extractor):
    text = ("Lt Gen (retd) Asim Saleem Bajwa on Monday resigned as Special Assistant to the Prime Minister on "
            "Information and Broadcasting, saying he wanted to devote his time to the authority.")
    assert resigned(extractor, text, "2020-10-13") == {
        ("Asim Saleem Bajwa", "Special Assistant to the Prime Minister on Information and Broadcasting", "fact")}


def test_to_a_place_after_a_title_is_no_part_of_the_post(extractor):
    text = "Federal minister Ali Khan on Monday resigned as minister, and went to Lahore."
    assert all("Lahore" not in p for _a, p, _s in resigned(extractor, text, "2020-10-13"))


def test_no_question_of_his_resigning_is_a_denial_by_the_speaker(extractor):
    text = ("PPP provincial president Anwar Saifullah Khan said there was no question of his resigning, blaming "
            "terrorism for the party's poor showing.")
    assert resigned(extractor, text, "2013-05-13") == {("Anwar Saifullah Khan", "PPP provincial president", "denied")}


def test_a_question_of_resigning_raised_is_no_act(extractor):
    text = ("PPP provincial president Anwar Saifullah Khan said workers had raised the question of his resigning "
            "after the defeat.")
    assert resigned(extractor, text, "2013-05-13") == set()


def test_a_role_before_a_name_in_commas_is_the_post(extractor):
    text = ("Separately, the chief minister's adviser on agriculture, Malik Naveed Anwar, tendered his "
            "resignation on Tuesday, citing personal reasons.")
    found = resigned(extractor, text, "2020-04-08")
    assert [a for a, _p, _s in found] == ["Malik Naveed Anwar"]
    assert all("adviser on agriculture" in p for _a, p, _s in found)


def test_a_cabinet_named_by_its_leader_is_the_cabinet(extractor):
    text = ("Punjab Food Minister Samiullah Chaudhry on Tuesday resigned from his post. The minister is the first "
            "to quit the Buzdar cabinet over the report.")
    assert {p for _a, p, _s in resigned(extractor, text, "2020-04-08")} == {"Punjab Food Minister"}


def test_they_are_lists_the_counted_group_whose_membership_was_cancelled(extractor):
    text = ("The PTI on Wednesday cancelled the party membership of three assembly members who sold their votes. "
            "They are Sardar Idrees Khattak, Yasmeen Bibi and Qurban Ali Shah. A notification said they were no "
            "longer members of the PTI.")  # (the list sentence is parsed as the context of the next one)
    assert expelled(extractor, text, "2018-04-19") == {("Sardar Idrees Khattak", "PTI"), ("Yasmeen Bibi", "PTI"),
                                                       ("Qurban Ali Shah", "PTI")}


def test_they_are_after_no_expelled_group_is_nobody(extractor):
    text = ("The PTI on Wednesday held a meeting of its assembly members. "
            "They are Sardar Idrees Khattak, Yasmeen Bibi and Qurban Ali Shah.")
    assert expelled(extractor, text, "2018-04-19") == set()


def test_the_holder_named_after_a_role_and_its_place(extractor):
    text = ("The PTI on Wednesday suspended the membership of its district president in Charsadda, Haji Fazal "
            "Wahid, for a month for criticising the decision.")
    assert expelled(extractor, text, "2018-04-19") == {("Haji Fazal Wahid", "PTI")}


def test_a_rival_possessive_after_a_tally_is_its_tally(extractor):
    text = "In the Punjab Assembly, the PML-N secured 102 seats against the PPP's 78, while the PML-Q won 66."
    assert seats(extractor, text, "2008-02-21") == {("PML-N", 102, "PA-Punjab"), ("PPP", 78, "PA-Punjab"),
                                                    ("PML-Q", 66, "PA-Punjab")}


def test_a_possessive_strength_alone_is_no_tally(extractor):
    text = "The PPP's 78 members in the Punjab Assembly will vote against the chief minister."
    assert seats(extractor, text, "2008-02-21") == set()


def test_at_a_number_and_the_next_clauses_place(extractor):
    text = ("The PPP swept Sindh with 71 seats, followed by the MQM at 38, and in the NWFP, "
            "the ANP topped the tally with 31.")
    assert seats(extractor, text, "2008-02-21") == {("PPP", 71, "PA-Sindh"), ("MQM-P", 38, "PA-Sindh"), ("ANP", 31, "PA-KP")}


def test_a_hyphened_role_before_the_name_fills_a_vague_post(extractor):
    text = ("The MQM-P also faced dissent, with its Hyderabad zonal in-charge Farhan Siddiqui quitting the party "
            "post on Tuesday.")
    assert [p.endswith("Hyderabad zonal in-charge") for _a, p, _s in resigned(extractor, text, "2018-06-13")] == [True]


def test_an_ex_prefix_is_no_role_word(extractor):
    text = "Pakistan's ex-interior minister Sarfraz Bugti resigned his seat on Monday."
    assert all("ex" not in p.split("-")[0].split() for _a, p, _s in resigned(extractor, text, "2023-12-18"))


def test_a_table_with_a_bar_between_party_and_seats(extractor):
    text = ("The final results show the following position in the Khyber Pakhtunkhwa Assembly:\n\n"
            "Party | Seats\nPTI | 66\nMMA | 10\nIndependents | 6\n\nPolling on two seats was postponed.")
    assert seats(extractor, text, "2018-07-29") == {("PTI", 66, "PA-KP"), ("MMA", 10, "PA-KP"), ("IND", 6, "PA-KP")}


def test_a_bar_row_that_is_no_party_gives_nothing(extractor):
    text = "Turnout in the Khyber Pakhtunkhwa Assembly polls:\n\nDistrict | Percent\nPeshawar | 38\nMardan | 41\n"
    assert seats(extractor, text, "2018-07-29") == set()


def test_the_principal_of_a_group_of_aides_does_not_resign(extractor):
    text = ("QUETTA: Two advisers to Chief Minister Jam Kamal Khan Alyani relinquished their portfolios on "
            "Wednesday. Adviser to the Chief Minister on Fisheries Akbar Askani handed his resignation to the "
            "chief minister.")
    assert {a for a, _p, _s in resigned(extractor, text, "2021-10-21")} == {"Akbar Askani"}


def test_list_lines_ending_in_the_seat_noun(extractor):
    text = ("According to the ECP, the party position in the National Assembly is:\n\n"
            "PML-N: 75 seats\nPPP: 54 seats\nJUI-F: 4 Seats\n")
    assert seats(extractor, text, "2024-02-12") == {("PML-N", 75, "NA"), ("PPP", 54, "NA"), ("JUI-F", 4, "NA")}


def test_an_active_perfect_under_a_noun_is_no_passive(extractor):
    found = {(e.actor, e.party, e.status) for e in events(
        extractor, "The ANP denied reports that it had expelled Zahid Khan on Monday.", "2019-05-14") if e.type == "expel"}
    assert found == {("Zahid Khan", "ANP", "denied")}


def test_a_show_cause_notice_is_no_expulsion(extractor):
    text = "The party issued a show-cause notice to MPA Sadia Sohail on Monday, asking why she should not be expelled."
    assert expelled(extractor, text, "2019-05-14") == set()
