"""The Musharraf years in the press: lists of lawmakers after a group resignation, tallies of the 2002
polls, alliances of the era. Every sentence here is the project's own wording."""
from allegiance import extract


def events(text, published):
    return extract(text, published=published)


def test_a_list_after_a_group_that_submitted_resignations_takes_its_seat_and_day():
    text = ("QUETTA: The Balochistan Assembly met briefly on Thursday.\n\n"
            "A spokesman said the party's members of the provincial assembly had handed in their resignations to the "
            "Speaker on Tuesday. Those who resigned included Haji Abdul Rauf Mengal and Maulana Noor Ahmed Kakar.")
    got = {(e.type, e.actor, e.post, e.date) for e in events(text, "2007-10-11")}
    assert ("resign_post", "Haji Abdul Rauf Mengal", "MPA", "2007-10-09") in got
    assert ("resign_post", "Maulana Noor Ahmed Kakar", "MPA", "2007-10-09") in got


def test_a_party_office_beside_a_listed_name_is_not_the_seat_the_group_resigned():
    text = ("ISLAMABAD: Forty members of the National Assembly from the opposition benches resigned their seats on "
            "Monday. Among those who resigned were PML-N deputy parliamentary leader Rana Akhtar Hussain, "
            "Malik Zafar Awan and Begum Shamim Akhtar.")
    got = {(e.type, e.actor, e.post) for e in events(text, "2007-10-02") if e.type == "resign_post"}
    assert {("resign_post", "Rana Akhtar Hussain", "MNA"), ("resign_post", "Malik Zafar Awan", "MNA"),
            ("resign_post", "Begum Shamim Akhtar", "MNA")} <= got


def test_a_tally_table_with_dot_leaders_gives_each_row():
    text = ("KARACHI: Unofficial results of Thursday's polls were released on Friday.\n\n"
            "Sindh Assembly (general seats):\n"
            "PPPP ......... 51\n"
            "MQM .......... 31\n"
            "Independents . 9\n")
    got = {(e.actor, e.seats, e.house) for e in events(text, "2002-10-12") if e.type == "seat_result"}
    assert {("PPP", 51, "PA-Sindh"), ("MQM-P", 31, "PA-Sindh"), ("IND", 9, "PA-Sindh")} <= got


def test_a_counted_part_of_a_group_named_beside_it_acts():
    text = ("KARACHI: Dr Arbab Ghulam Rahim said on Sunday that a dozen independents had called on him. Two of them, "
            "Arbab Ghulam Nabi and Pir Sadruddin Kazmi, joined the PML-F at a reception in Hyderabad on Sunday evening.")
    got = {(e.type, e.actor, e.party) for e in events(text, "2002-10-14")}
    assert {("join_party", "Arbab Ghulam Nabi", "PML-F"), ("join_party", "Pir Sadruddin Kazmi", "PML-F")} <= got


def test_most_of_whom_still_names_no_one():
    text = ("LAHORE: The PML-Q inducted twelve former councillors, A, B and C among them, most of whom had "
            "quit the PPP in 2001.")
    assert not [e for e in events(text, "2002-08-20") if e.type == "leave_party"]


def test_an_alliance_named_for_its_cause_takes_the_short_form_it_is_given():
    text = ("LAHORE: The PPP and the PML-N joined the Movement for the Restoration of Democracy (MRD) in 1981. "
            "On Monday the JI refused to join the MRD.")
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2004-03-02") if e.type == "coalition"}
    assert {("PPP", "join", "MRD"), ("PML-N", "join", "MRD"), ("JI", "reject", "MRD")} <= got


def test_a_body_of_the_state_given_a_short_form_is_no_party():
    text = ("ISLAMABAD: Maulana Sherani will remain chairman of the Council of Islamic Ideology (CII), the JUI-F said, "
            "though the party parted ways with the government on Tuesday.")
    assert not [e for e in events(text, "2010-12-15") if "CII" in (e.actor, e.counterpart)]


def test_a_place_word_opening_a_party_name_in_a_table_does_not_change_the_house():
    text = ("LAHORE: Unofficial results were compiled on Saturday.\n\n"
            "Punjab Assembly (general seats):\n"
            "PML-Q ........ 118\n"
            "National Front 11\n"
            "MMA .......... 9\n")
    got = {(e.actor, e.seats, e.house) for e in events(text, "2002-10-12") if e.type == "seat_result"}
    assert ("MMA", 9, "PA-Punjab") in got


def test_a_party_in_the_description_of_the_winner_did_not_win():
    text = ("KARACHI: The National Front, a grouping of three parties led by Sardar Mumtaz Bhutto's Sindh National "
            "Party, won seven seats in the Sindh Assembly in Thursday's elections.")
    assert not [e for e in events(text, "2002-10-12") if e.type == "seat_result" and e.seats == 7 and e.actor != "IND"
                and "Front" not in (e.actor_name or "")]


def test_the_party_in_what_a_party_spokesman_denies_is_the_spokesmans():
    text = ("ISLAMABAD: The PPP has been a partner of the PML-N in the PDM since 2020.\n\n"
            "JUI-F spokesman Hafiz Abdul Ghafoor denied that the party was leaving the alliance.")
    got = {(e.actor, e.action, e.counterpart, e.status) for e in events(text, "2021-04-06") if e.type == "coalition"}
    assert ("JUI-F", "leave", "PDM", "denied") in got


def test_the_first_word_of_a_party_named_in_full_stands_for_it():
    text = ("LAHORE: The Jamaat-i-Islami has been unhappy with its partners in the MMA for months.\n\n"
            "Its secretary general said on Friday that the Jamaat could quit the MMA if the dispute was not settled.")
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2007-09-15") if e.type == "coalition"}
    assert ("JI", "leave", "MMA") in got


def test_a_first_word_before_a_noun_or_in_another_name_is_no_party():
    text = ("QUETTA: The Hazara Democratic Party held a rally on Monday. Elders of the Hazara community said "
            "the Jamaat-ud-Dawa had no role in the rally.")
    assert not [e for e in events(text, "2013-01-15") if e.type == "coalition"]


def test_prose_that_tells_a_tables_figure_takes_the_tables_house():
    text = ("ISLAMABAD: Unofficial results of the National Assembly polls were released on Saturday.\n\n"
            "The religious alliance, the MMA, won 45 seats, most of them in Balochistan.\n\n"
            "The party position in the National Assembly:\n\n"
            "Party | Seats\n"
            "MMA | 45\n"
            "PML-N | 14\n")
    got = {(e.actor, e.seats, e.house) for e in events(text, "2002-10-12") if e.type == "seat_result"}
    assert ("MMA", 45, "NA") in got and ("PML-N", 14, "NA") in got
    assert not [e for e in got if e[2] != "NA"]


def test_a_counted_group_whose_membership_is_cancelled_is_the_group_named_that_many_before():
    text = ("LAHORE: Four PML-N members of the Punjab Assembly voted for the PML-Q candidate on Monday.\n\n"
            "The group includes Rana Aftab Ahmed, Malik Iqbal Channar, Sheikh Alauddin and Chaudhry Arshad Jutt.\n\n"
            "Party leaders were furious. A statement issued by the PML-N on Monday night said the primary "
            "membership of all four defectors had been cancelled.")
    got = {(e.type, e.actor, e.party) for e in events(text, "2002-11-26") if e.type == "expel"}
    assert {("expel", n, "PML-N") for n in ("Rana Aftab Ahmed", "Malik Iqbal Channar", "Sheikh Alauddin",
                                              "Chaudhry Arshad Jutt")} <= got


def test_an_offer_to_join_the_government_is_its_leading_partys():
    text = "ISLAMABAD: The MMA on Thursday turned down an offer to join the federal government."
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2002-11-22") if e.type == "coalition"}
    assert ("MMA", "reject", "PML-Q") in got and ("PML-Q", "talks", "MMA") in got


def test_the_alliance_as_a_subject_is_the_alliance_just_named():
    text = ("PESHAWAR: The MMA met in Peshawar on Monday.\n\n"
            "Its provincial chief Maulana Gul Naseeb Khan said the alliance had been in contact with the ANP.")
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2008-02-26") if e.type == "coalition"}
    assert ("MMA", "talks", "ANP") in got


def test_a_bare_resignation_sent_after_a_group_resigned_its_seats_is_of_that_seat():
    text = ("LAHORE: Forty members of the Punjab Assembly resigned their seats on Monday.\n\n"
            "Rana Sanaullah Gill, who is abroad, sent his resignation by fax.")
    got = {(e.actor, e.post) for e in events(text, "2007-10-02") if e.type == "resign_post"}
    assert ("Rana Sanaullah Gill", "MPA") in got


def test_a_minister_sending_a_resignation_keeps_the_ministers_post():
    text = ("LAHORE: Forty members of the Punjab Assembly resigned their seats on Monday.\n\n"
            "Provincial Minister for Food Malik Aslam Bhatti sent his resignation to the chief minister.")
    got = {(e.actor, e.post) for e in events(text, "2007-10-02") if e.type == "resign_post"}
    assert ("Malik Aslam Bhatti", "MPA") not in got


def test_a_faction_called_by_its_leaders_name_in_brackets_is_a_party_of_its_own():
    text = "PESHAWAR: The Pakistan Peoples Party (Sherpao) joined the MMA government in the NWFP on Monday."
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2002-11-30") if e.type == "coalition"}
    assert ("PPP-S", "join", "MMA") in got and not any(a == "PPP" for a, _, _ in got)


def test_a_place_in_brackets_after_a_party_is_its_chapter_not_a_faction():
    text = "KARACHI: The PPP (Sindh) said on Monday it had approached the MQM for talks."
    got = {(e.actor, e.action, e.counterpart) for e in events(text, "2002-11-30") if e.type == "coalition"}
    assert ("PPP", "talks", "MQM-P") in got


def test_talks_of_governing_with_the_government_are_with_its_leading_party():
    text = ("ISLAMABAD: Raja Pervaiz Ashraf on Sunday denied reports that the PPP had held talks with the "
            "government on a power-sharing formula.")
    got = {(e.actor, e.action, e.counterpart, e.status) for e in events(text, "2006-06-05") if e.type == "coalition"}
    assert ("PPP", "talks", "PML-Q", "denied") in got


def test_a_protests_talks_with_the_government_are_no_coalition_talks():
    text = "LAHORE: The TLP held talks with the government on Monday to end its sit-in on the Faizabad interchange."
    assert not [e for e in events(text, "2017-11-21") if e.type == "coalition"]
